import type { Category, RejectionReason } from "../../schemas/understanding.ts";
import { REASON_SIGNALS, SIGNALS, type SignalName } from "./classification-signals.ts";
import { detectLanguage, foldText } from "./detect-language.ts";

export interface ClassifyInput {
  subject: string;
  /** The newest message only, older quoted replies removed. */
  body: string;
  senderAddress: string | null;
  /** The message (or the attached original) carries an auto-reply header. */
  autoReplyHeader: boolean;
}

export interface Classification {
  category: Category;
  reason: RejectionReason | null;
  confidence: number;
  language: string;
}

/** Classification reads the start of a message; a rejection says what it is early. */
const MAX_BODY_CHARS = 8 * 1024;
/** A score this high means the message says it outright (one weight-3 signal, or two hints). */
const CLEAR = 3;
/** Below CLEAR but at least this is a hint: classified, with low confidence for the digest. */
const HINT = 2;

type Scores = Record<SignalName, number>;

/** Decides what a message is from weighted phrase signals; deterministic and cheap. */
export function classifyMessage(input: ClassifyInput): Classification {
  const body = input.body.slice(0, MAX_BODY_CHARS);
  const language = detectLanguage(body);
  const text = ` ${foldText(`${input.subject}\n${body}`).replace(/\s+/g, " ")} `;
  const scores = scoreSignals(text);
  const reason = rejectionReason(text);
  // A search on hold or a position closed says "no" even without a word of regret.
  if (reason === "on_hold" || reason === "position_closed") scores.rejection += CLEAR;
  else if (reason === "not_a_fit_for_role") scores.rejection += 1;
  const decision = decide(scores, input.autoReplyHeader);
  return {
    category: decision.category,
    reason: decision.category === "rejection" ? (reason ?? "generic") : null,
    confidence: decision.confidence,
    language,
  };
}

function scoreSignals(text: string): Scores {
  const scores = {} as Scores;
  for (const name of Object.keys(SIGNALS) as SignalName[]) {
    let total = 0;
    for (const { pattern, weight } of SIGNALS[name]) if (pattern.test(text)) total += weight;
    scores[name] = total;
  }
  return scores;
}

/** Confidence from how clearly the winner spoke and how loudly anything else did. */
function confidence(winner: number, rival: number): number {
  const base = winner >= CLEAR * 2 ? 0.95 : winner >= CLEAR ? 0.88 : winner >= HINT ? 0.62 : 0.5;
  const penalty = rival >= CLEAR ? 0.2 : rival >= HINT ? 0.08 : 0;
  return Math.round(Math.max(0.3, base - penalty) * 100) / 100;
}

/**
 * The order of these checks is the classifier's judgement: a note that says the writer is
 * away is an auto-reply whatever else it says; an offer or a referral outranks the polite
 * regret around it; concrete feedback outranks the rejection it explains; keeping the CV on
 * file outranks the "no" before it; a rescheduled slot is not a rejection.
 */
function decide(sc: Scores, autoReplyHeader: boolean): { category: Category; confidence: number } {
  const strongest = Math.max(sc.rejection, sc.offer, sc.invite, sc.referral, sc.keepOnFile);
  if (sc.outOfOffice >= CLEAR && sc.rejection < CLEAR && sc.offer < CLEAR) {
    return {
      category: "auto_reply",
      confidence: autoReplyHeader ? 0.97 : confidence(sc.outOfOffice, 0),
    };
  }
  if (autoReplyHeader && strongest < CLEAR) {
    return { category: "auto_reply", confidence: sc.outOfOffice > 0 ? 0.95 : 0.7 };
  }
  if (sc.jobAlert >= CLEAR && sc.rejection < CLEAR && sc.invite < CLEAR && sc.keepOnFile < CLEAR) {
    return { category: "other", confidence: 0.85 };
  }
  if (sc.offer >= CLEAR && sc.rejection < CLEAR) {
    return { category: "offer", confidence: confidence(sc.offer, sc.invite) };
  }
  if (sc.referral >= CLEAR) {
    return { category: "referral_offer", confidence: confidence(sc.referral, 0) };
  }
  // Feedback: someone says they are giving it, and the message goes into specifics.
  const feedback = sc.feedback + sc.feedbackDetail;
  // With an explicit "no" in the same message, feedback must be the bulk of it, not a line.
  const saysNo = sc.rejection >= CLEAR;
  const givesFeedback = saysNo
    ? sc.feedback >= HINT && sc.feedbackDetail >= 3
    : (sc.feedback >= HINT && sc.feedbackDetail >= 3) ||
      (sc.feedback >= CLEAR && sc.feedbackDetail >= 2) ||
      (sc.feedback >= 4 && sc.feedbackDetail >= 1) ||
      sc.feedbackDetail >= 5;
  if (givesFeedback) {
    return { category: "feedback", confidence: confidence(feedback, 0) };
  }
  if (sc.reschedule >= CLEAR && sc.rejection < CLEAR * 2) {
    return {
      category: "interview_invite",
      confidence: confidence(sc.reschedule + sc.invite, sc.rejection),
    };
  }
  if (sc.acknowledgement >= CLEAR && sc.acknowledgement >= sc.rejection) {
    return { category: "other", confidence: confidence(sc.acknowledgement, sc.rejection) };
  }
  if (sc.keepOnFile >= CLEAR) {
    return { category: "keep_on_file", confidence: confidence(sc.keepOnFile + sc.rejection, 0) };
  }
  if (sc.rejection >= CLEAR && sc.rejection >= sc.invite) {
    return { category: "rejection", confidence: confidence(sc.rejection, sc.invite) };
  }
  if (sc.invite >= CLEAR) {
    return { category: "interview_invite", confidence: confidence(sc.invite, sc.rejection) };
  }
  if (sc.acknowledgement >= CLEAR) {
    return { category: "other", confidence: confidence(sc.acknowledgement, sc.rejection) };
  }
  if (sc.rejection >= HINT) {
    return { category: "rejection", confidence: confidence(sc.rejection, sc.invite) };
  }
  if (sc.feedback >= HINT && sc.feedbackDetail >= 2) {
    return { category: "feedback", confidence: 0.55 };
  }
  return { category: "other", confidence: strongest > 0 ? 0.45 : 0.5 };
}

/** The first reason whose patterns match, strongest first; null when the message gives none. */
function rejectionReason(text: string): RejectionReason | null {
  for (const { reason, patterns } of REASON_SIGNALS) {
    if (patterns.some((pattern) => pattern.test(text))) return reason;
  }
  return null;
}
