import {
  type ClaimedDraft,
  claimApprovedDrafts,
  recordSendOutcome,
  type SendOutcome,
} from "../db/deliveries.ts";
import type { User } from "../domain/user.ts";
import { composeDirect, outgoingSubject } from "./compose-direct.ts";
import { composeHandoff, composeLinkedInHandoff } from "./compose-handoff.ts";
import type { Mailer } from "./mailer.ts";
import { classifySendError } from "./send-errors.ts";

/** How one approved draft went out, for the confirmation. */
export interface DeliveryReport {
  draftId: string;
  subject: string;
  outcome: SendOutcome;
}

/** Why a draft went to the user instead of straight to the recipient, when the user chose direct. */
const NO_SENDING_ADDRESS =
  "direct sending needs your address on a domain set up for Email Sending; ask the person running Rebound to add one.";

/**
 * Sends the user's approved drafts, each exactly once: claimed (approved -> sending) before the
 * send, recorded (sent | failed | unknown) after it. A draft someone else claimed is not sent.
 */
export async function deliverApprovedDrafts(
  db: D1Database,
  mailer: Mailer,
  user: User,
  serviceAddress: string,
  draftIds: readonly string[],
  now: () => Date,
): Promise<DeliveryReport[]> {
  const claimed = await claimApprovedDrafts(db, user.id, draftIds, now());
  const reports: DeliveryReport[] = [];
  // Several LinkedIn notes approved at once come back in one mail, not one mail each.
  const notes = claimed.filter((d) => d.channel === "linkedin");
  if (notes.length > 1) {
    const parties = { serviceAddress, ownerAddress: user.ownerAddress };
    let outcome: SendOutcome;
    try {
      const result = await mailer.notify(composeLinkedInHandoff(notes, parties));
      outcome = { state: "sent", via: "handoff", platformMessageId: result.messageId, note: null };
    } catch (error) {
      const failure = classifySendError(error);
      outcome = { state: failure.outcome, reason: `could not mail it to you: ${failure.reason}` };
    }
    for (const note of notes) {
      await recordSendOutcome(db, user.id, note.id, outcome, now());
      reports.push({ draftId: note.id, subject: outgoingSubject(note), outcome });
    }
  }
  for (const draft of notes.length > 1
    ? claimed.filter((d) => d.channel !== "linkedin")
    : claimed) {
    const subject = outgoingSubject(draft);
    const outcome = await deliverOne(mailer, user, serviceAddress, draft, subject);
    await recordSendOutcome(db, user.id, draft.id, outcome, now());
    reports.push({ draftId: draft.id, subject, outcome });
  }
  return reports;
}

async function deliverOne(
  mailer: Mailer,
  user: User,
  serviceAddress: string,
  draft: ClaimedDraft,
  subject: string,
): Promise<SendOutcome> {
  const parties = { serviceAddress, ownerAddress: user.ownerAddress };
  const handoff = async (note: string | null): Promise<SendOutcome> => {
    try {
      const result = await mailer.notify(composeHandoff(draft, subject, parties, note));
      return { state: "sent", via: "handoff", platformMessageId: result.messageId, note };
    } catch (error) {
      const failure = classifySendError(error);
      return { state: failure.outcome, reason: `could not mail it to you: ${failure.reason}` };
    }
  };
  const contactEmail = draft.contactEmail;
  if (draft.channel !== "email" || user.deliveryMode === "handoff" || !contactEmail) {
    return handoff(null);
  }
  if (!user.sendingAddress) return handoff(NO_SENDING_ADDRESS);
  try {
    const result = await mailer.send(
      composeDirect({ ...draft, contactEmail }, subject, {
        sendingAddress: user.sendingAddress,
        displayName: user.displayName,
        ownerAddress: user.ownerAddress,
      }),
    );
    return { state: "sent", via: "direct", platformMessageId: result.messageId, note: null };
  } catch (error) {
    const failure = classifySendError(error);
    if (failure.outcome === "failed" && failure.handoff) return handoff(failure.reason);
    return { state: failure.outcome, reason: failure.reason };
  }
}
