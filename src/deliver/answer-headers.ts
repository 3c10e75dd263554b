/** A subject answering another: "Re: <it>", unless it already starts with "Re:". */
export function answerSubject(subject: string): string {
  const clean = subject.trim();
  return /^re:/i.test(clean) ? clean : `Re: ${clean}`;
}

/** In-Reply-To and References for a message answering one other message, or none. */
export function answerHeaders(messageId: string | null): Record<string, string> {
  return messageId ? { "In-Reply-To": messageId, References: messageId } : {};
}
