/** Where a draft is in its life: see DRAFT_TRANSITIONS below for the moves between states. */
export type DraftState =
  | "pending"
  | "approved"
  | "sending"
  | "sent"
  | "failed"
  | "unknown"
  | "skipped"
  | "superseded";

/**
 * The draft state machine. A draft is offered while pending; the user approves or skips it;
 * an approved draft is sent exactly once (approved -> sending is the claim); a send ends sent,
 * failed (a definite error; approving again retries) or unknown (the request may have left:
 * never retried automatically); planning supersedes drafts made moot by an answer.
 */
export const DRAFT_TRANSITIONS: Readonly<Record<DraftState, readonly DraftState[]>> = {
  pending: ["approved", "skipped", "superseded"],
  // skipped: the user said "never" about the person before it went out.
  approved: ["sending", "pending", "skipped"],
  // approved: the sweep releases drafts of an interrupted claim that were never attempted.
  sending: ["sent", "failed", "unknown", "approved"],
  failed: ["approved", "skipped"],
  sent: [],
  unknown: [],
  skipped: [],
  superseded: [],
};

/** Whether a draft may move from one state to another. */
export function canTransition(from: DraftState, to: DraftState): boolean {
  return DRAFT_TRANSITIONS[from].includes(to);
}
