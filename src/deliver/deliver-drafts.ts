import {
  type ClaimedDraft,
  claimApprovedDrafts,
  markSendingTogether,
  recordSendOutcome,
  type SendOutcome,
} from "../db/deliveries.ts";
import { headerText } from "../domain/header-text.ts";
import { isReboundAddress } from "../domain/inbox-address.ts";
import type { MessageKind } from "../domain/message-kind.ts";
import { outgoingSubject } from "../domain/outgoing-subject.ts";
import type { User } from "../domain/user.ts";
import { composeDirect } from "./compose-direct.ts";
import { composeHandoff, composeLinkedInHandoff } from "./compose-handoff.ts";
import type { Mailer } from "./mailer.ts";
import { classifySendError } from "./send-errors.ts";

/**
 * How one approved draft went, for the confirmation: sent, failed or unknown, or `approved`
 * when it was never attempted (D1 failed first): it goes out with the next hourly run.
 * `recorded` is false for an outcome D1 would not take (the user is still told).
 */
export interface DeliveryReport {
  draftId: string;
  /** Null when the claim failed before the draft was read. */
  kind: MessageKind | null;
  /** The recipient's name or address, when known. */
  to: string | null;
  subject: string;
  outcome: SendOutcome | { state: "approved"; reason: string };
  recorded: boolean;
}

/** Why a draft went to the user instead of straight to the recipient, when the user chose direct. */
const NO_SENDING_ADDRESS =
  "direct sending needs your address on a domain set up for Email Sending; ask the person running Rebound to add one.";

const NOT_ATTEMPTED =
  "Rebound could not start sending it just now; it stays approved and goes out with the next hourly run.";

/**
 * Sends the user's approved drafts, each exactly once. One claim (approved -> sending) takes
 * them all, then each is sent with a deadline and its outcome recorded before the next is
 * tried, in the claim's order. If D1 refuses an outcome (twice), nothing more is attempted:
 * the hourly sweep then marks the one unrecorded send unknown and puts the drafts after it
 * (never attempted) back to approved, because only the first unrecorded draft of a claim can
 * have been attempted. Never throws, so the caller can always confirm. Two D1 statements
 * for the claim and one per draft keep 30 drafts within a reply's 50 queries.
 */
export async function deliverApproved(
  db: D1Database,
  mailer: Mailer,
  user: User,
  serviceAddress: string,
  draftIds: readonly string[],
  now: () => Date,
): Promise<DeliveryReport[]> {
  const notAttempted = (draftId: string, draft?: ClaimedDraft): DeliveryReport => ({
    draftId,
    kind: draft?.kind ?? null,
    to: draft ? (draft.contactName ?? draft.contactEmail) : null,
    subject: "",
    outcome: { state: "approved", reason: NOT_ATTEMPTED },
    recorded: false,
  });
  let claimed: ClaimedDraft[];
  try {
    claimed = await claimApprovedDrafts(db, user.id, draftIds, now());
  } catch (error) {
    console.error("claim failed", user.id, messageOf(error));
    return draftIds.map((id) => notAttempted(id));
  }
  const reports: DeliveryReport[] = [];
  // Several LinkedIn notes approved at once come back in one mail, not one mail each. They are
  // marked as sent together first, so that if D1 refuses an outcome the sweep takes all of them
  // as unknown (the user is told) rather than handing any over a second time.
  const notes = claimed.filter((d) => d.channel === "linkedin");
  if (notes.length > 1) {
    try {
      await markSendingTogether(
        db,
        user.id,
        notes.map((d) => d.id),
      );
    } catch (error) {
      // Not marked, not sent: every draft of the claim is still untouched.
      console.error("marking a grouped handoff failed", user.id, messageOf(error));
      return claimed.map((d) => notAttempted(d.id, d));
    }
    const parties = { serviceAddress, ownerAddress: user.ownerAddress };
    let outcome: SendOutcome;
    try {
      const result = await mailer.notify(composeLinkedInHandoff(notes, parties));
      outcome = { state: "sent", via: "handoff", platformMessageId: result.messageId, note: null };
    } catch (error) {
      const failure = classifySendError(error);
      outcome = { state: failure.outcome, reason: `could not mail it to you: ${failure.reason}` };
    }
    for (const [index, note] of notes.entries()) {
      const recorded = await recordWithOneRetry(db, user.id, note.id, outcome, now);
      const to = note.contactName ?? note.contactEmail;
      const subject = sendingSubject(note);
      reports.push({ draftId: note.id, kind: note.kind, to, subject, outcome, recorded });
      if (!recorded) {
        reports.push(...notes.slice(index + 1).map((d) => notAttempted(d.id, d)));
        reports.push(
          ...claimed.filter((d) => d.channel !== "linkedin").map((d) => notAttempted(d.id, d)),
        );
        return reports;
      }
    }
  }
  const rest = notes.length > 1 ? claimed.filter((d) => d.channel !== "linkedin") : claimed;
  for (const [index, draft] of rest.entries()) {
    const subject = sendingSubject(draft);
    const outcome = await deliverOne(mailer, user, serviceAddress, draft, subject);
    const recorded = await recordWithOneRetry(db, user.id, draft.id, outcome, now);
    const to = draft.contactName ?? draft.contactEmail;
    reports.push({ draftId: draft.id, kind: draft.kind, to, subject, outcome, recorded });
    if (!recorded) {
      reports.push(...rest.slice(index + 1).map((d) => notAttempted(d.id, d)));
      break;
    }
  }
  return reports;
}

async function recordWithOneRetry(
  db: D1Database,
  userId: string,
  draftId: string,
  outcome: SendOutcome,
  now: () => Date,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await recordSendOutcome(db, userId, draftId, outcome, now());
      return true;
    } catch (error) {
      console.error("recording a send failed", userId, draftId, messageOf(error));
    }
  }
  return false;
}

/** The subject the digest showed for this version, else the one computed the same way. */
function sendingSubject(draft: ClaimedDraft): string {
  if (draft.pinned?.subject && draft.pinned.version === draft.version) {
    return headerText(draft.pinned.subject);
  }
  return outgoingSubject({
    subject: draft.subject,
    version: draft.version,
    answerSubject: draft.answers?.subject ?? null,
  });
}

const REBOUND_RECIPIENT =
  "its address is one of Rebound's own, so Rebound did not send it. Reply address N with the person's real address to send it.";

/** Why a draft may not go to the contact's current address, or null when it may. */
function recipientChanged(draft: ClaimedDraft): string | null {
  const pinned = draft.pinned?.recipientEmail ?? null;
  if (draft.channel !== "email" || pinned === null) return null;
  if ((draft.contactEmail ?? "").toLowerCase() === pinned.toLowerCase()) return null;
  return `the address changed since your digest showed it (${pinned}), so Rebound did not send it. It is in your next digest with the new address to approve again.`;
}

async function deliverOne(
  mailer: Mailer,
  user: User,
  serviceAddress: string,
  draft: ClaimedDraft,
  subject: string,
): Promise<SendOutcome> {
  const changed = recipientChanged(draft);
  if (changed) return { state: "failed", reason: changed };
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
  // Behind `address N`'s own check: mail to Rebound would only come back in as mail.
  if (isReboundAddress(contactEmail, user, serviceAddress)) {
    return { state: "failed", reason: REBOUND_RECIPIENT };
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
