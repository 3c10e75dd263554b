import type { ClaimedDraft } from "../db/deliveries.ts";
import { headerName, headerText } from "../domain/header-text.ts";
import { answerHeaders } from "./answer-headers.ts";

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
  // Every string bound for a header is one clean line: names and subjects may come from mail.
  const fromName = headerName(sender.displayName);
  const toName = headerName(draft.contactName);
  return {
    from: fromName ? { name: fromName, email: sender.sendingAddress } : sender.sendingAddress,
    to: toName ? { name: toName, email: draft.contactEmail } : draft.contactEmail,
    bcc: sender.ownerAddress,
    replyTo: sender.ownerAddress,
    subject: headerText(subject),
    text: draft.body.endsWith("\n") ? draft.body : `${draft.body}\n`,
    headers: answerHeaders(draft.answers?.messageId ?? null),
  };
}
