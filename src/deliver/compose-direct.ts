import type { ClaimedDraft } from "../db/deliveries.ts";

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
  const headers: Record<string, string> = {};
  if (draft.answers?.messageId) {
    headers["In-Reply-To"] = draft.answers.messageId;
    headers.References = draft.answers.messageId;
  }
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
    headers,
  };
}

/** "Re: <the subject of the message answered>" for a draft never edited, else its own subject. */
export function outgoingSubject(draft: ClaimedDraft): string {
  if (!draft.answers || draft.version > 1) return draft.subject;
  const original = draft.answers.subject.trim();
  if (original === "") return draft.subject;
  return /^re:/i.test(original) ? original : `Re: ${original}`;
}
