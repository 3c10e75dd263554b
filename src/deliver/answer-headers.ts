import { singleMessageId } from "../domain/header-text.ts";

/** In-Reply-To and References for a message answering one other message, or none. */
export function answerHeaders(messageId: string | null): Record<string, string> {
  const id = singleMessageId(messageId);
  return id ? { "In-Reply-To": id, References: id } : {};
}
