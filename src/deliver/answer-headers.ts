import { headerText, singleMessageId } from "./header-text.ts";

/** A subject answering another: "Re: <it>", unless it already starts with "Re:". One clean line. */
export function answerSubject(subject: string): string {
  const clean = headerText(subject);
  return /^re:/i.test(clean) ? clean : `Re: ${clean}`;
}

/** In-Reply-To and References for a message answering one other message, or none. */
export function answerHeaders(messageId: string | null): Record<string, string> {
  const id = singleMessageId(messageId);
  return id ? { "In-Reply-To": id, References: id } : {};
}
