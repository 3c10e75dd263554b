import type { ClaimedDraft } from "../db/deliveries.ts";
import { answerHeaders, answerSubject } from "./answer-headers.ts";

/** The user as a sender: their address on their own domain, name, and everyday address. */
export interface DirectSender {
  sendingAddress: string;
  displayName: string | null;
  ownerAddress: string;
}

/**
 * An approved message as Rebound sends it itself: from the user's address on their domain,
 * Reply-To their everyday address, a blind copy to them, threaded under the message it answers.
 */
export function composeDirect(
  draft: ClaimedDraft & { contactEmail: string },
  subject: string,
  sender: DirectSender,
): EmailMessageBuilder {
  return {
    from: sender.displayName
      ? { name: sender.displayName, email: sender.sendingAddress }
      : sender.sendingAddress,
    to: draft.contactName
      ? { name: draft.contactName, email: draft.contactEmail }
      : draft.contactEmail,
    bcc: sender.ownerAddress,
    replyTo: sender.ownerAddress,
    subject,
    text: draft.body.endsWith("\n") ? draft.body : `${draft.body}\n`,
    headers: answerHeaders(draft.answers?.messageId ?? null),
  };
}

/** "Re: <the subject of the message answered>" for a draft never edited, else its own subject. */
export function outgoingSubject(draft: ClaimedDraft): string {
  if (!draft.answers || draft.version > 1) return draft.subject;
  if (draft.answers.subject.trim() === "") return draft.subject;
  return answerSubject(draft.answers.subject);
}
