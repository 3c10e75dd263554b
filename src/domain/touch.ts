import type { DraftLanguage, Register } from "./draft-language.ts";
import type { DraftState } from "./draft-state.ts";
import { type Channel, channelOf, MESSAGE_KIND_NAMES, type MessageKind } from "./message-kind.ts";

/*
 * Touches: the drafts Rebound has made for a person, and the rules on how often it may reach
 * them. Planning applies these rules; the digest and storage read the same kinds from D1.
 */

/** Stop nudging someone after two touches they did not answer (PRODUCT.md, advice 6). */
export const MAX_UNANSWERED_TOUCHES = 2;

/**
 * Answers: to the message that closed the process (a thank-you, a feedback request, keep on
 * file), or to something the person did (feedback, help, a no). Not unprompted, so the monthly
 * limit (which counts unprompted touches) does not apply to them; they still count as touches.
 */
export const ANSWER_KINDS: ReadonlySet<MessageKind> = new Set([
  "appreciation",
  "feedback_request",
  "role_fit_question",
  "keep_on_file_follow_up",
  "thanks_for_feedback",
  "thanks_for_referral",
  "thanks_anyway",
]);
/** Replies to something the person did: never spaced out, never chasing. */
export const RESPONSIVE_KINDS: ReadonlySet<MessageKind> = new Set([
  "thanks_for_feedback",
  "thanks_for_referral",
  "thanks_anyway",
]);

/** A draft already made for a person, as far as planning cares. */
export interface PastTouch {
  kind: MessageKind;
  channel: Channel;
  /** When it was sent, or is due. */
  dueAt: string;
  state: DraftState;
  /** The language and register it was written in (null for drafts older than migration 0009). */
  language?: DraftLanguage | null;
  register?: Register | null;
}

/** What D1 said about the people a message names, read before planning. */
export interface ContactHistory {
  touches: ReadonlyMap<string, PastTouch[]>;
  lastReplies: ReadonlyMap<string, string>;
  companyFeedbackRequested: boolean;
}

/** Email and calls are touches; a LinkedIn invitation is a one-off on another channel. */
export function isSpaced(kind: MessageKind, channel: Channel): boolean {
  return channel !== "linkedin" && !RESPONSIVE_KINDS.has(kind);
}

/** A message that chases someone: unprompted, by email or phone. */
export function isNudge(kind: MessageKind, channel: Channel): boolean {
  return isSpaced(kind, channel) && !ANSWER_KINDS.has(kind);
}

/** Kinds that chase someone: the silence limit counts these once sent. */
export const NUDGE_KINDS: readonly MessageKind[] = MESSAGE_KIND_NAMES.filter(
  (kind) => kind !== "call_script" && isNudge(kind, channelOf(kind)),
).concat(["call_script"]);

/**
 * What an answer from someone (feedback, help, a no) makes moot while still pending: the nudges,
 * and the questions the answer has overtaken (a feedback request after they gave feedback).
 */
export const MOOT_AFTER_AN_ANSWER: readonly MessageKind[] = [
  ...NUDGE_KINDS,
  "feedback_request",
  "role_fit_question",
  "keep_on_file_follow_up",
];
