/**
 * The verdict of the former hand-written decision (first-match rules over the phrase signals'
 * sums), kept as one feature among many: the model learns how far to trust it.
 */
import type { Category } from "../../../schemas/understanding.ts";
import type { SignalName } from "../classification-patterns.ts";

/** A score this high means the message says it outright (one weight-3 phrase, or two hints). */
const CLEAR = 3;
/** Below CLEAR but at least this is a hint. */
const HINT = 2;

/** Per signal: the sum of the weights that matched, and the heaviest single one. */
export interface Scores {
  sum: Record<SignalName, number>;
  peak: Record<SignalName, number>;
  /** Keeping the CV is said only in the stock line that closes a "no" (sentences.ts). */
  stockClose: boolean;
  /** A freeze or a pause of the search is said outright (an on-hold reason of weight 3). */
  paused: boolean;
  /** What the role needs and the reader lacks is said outright (a fit reason of weight 3). */
  gapNamed: boolean;
}

interface DecisionRule {
  category: Category;
  when: (s: Scores) => boolean;
}

/** Signals that, said outright, name a category of their own. */
const DECISIVE: readonly SignalName[] = [
  "rejection",
  "offer",
  "invite",
  "reschedule",
  "keepOnFile",
  "referral",
  "feedback",
  "acknowledgement",
  "pending",
];
/** Mail about the account, an event or the process itself, not about a decision. */
const HOUSEKEEPING: readonly SignalName[] = [
  "account",
  "event",
  "survey",
  "activity",
  "onboarding",
];
/** What outranks bulk mail or a progress update, apart from a mere hint of regret. */
const BULK_RIVALS = DECISIVE.filter(
  (name) => name !== "acknowledgement" && name !== "rejection" && name !== "pending",
);

function strongest(s: Scores, names: readonly SignalName[]): number {
  return Math.max(0, ...names.map((name) => s.sum[name]));
}

/** Feedback is the bulk of the message: someone says they are giving it, and goes into specifics. */
function givesFeedback({ sum }: Scores): boolean {
  // With an outright "no" in the same message, the feedback must outweigh it, not be one line.
  if (sum.rejection >= CLEAR) return sum.feedback >= HINT && sum.feedbackDetail >= 3;
  return (
    (sum.feedback >= HINT && sum.feedbackDetail >= 3) ||
    (sum.feedback >= CLEAR && sum.feedbackDetail >= 2) ||
    (sum.feedback >= 4 && sum.feedbackDetail >= 1) ||
    sum.feedbackDetail >= 5
  );
}

/**
 * The classifier's judgement, first match wins: a note saying the writer is away is an
 * auto-reply unless it says something else outright; bulk mail is "other"; an offer or a
 * referral outranks the polite regret around it; a recruiter's cold approach is "other";
 * concrete feedback outranks the rejection it explains; a rescheduled slot is not a rejection;
 * an acknowledgement is not a verdict; keeping the CV on file outranks the "no" before it; then
 * a plain rejection or invitation; then hints, classified with a confidence that asks the user.
 */
const DECISION_RULES: readonly DecisionRule[] = [
  {
    category: "auto_reply",
    when: (s) => s.sum.outOfOffice >= CLEAR && strongest(s, DECISIVE) < CLEAR,
  },
  {
    // Portal housekeeping (a sign-in code, an event, a survey, "your application was viewed").
    category: "other",
    when: (s) => strongest(s, HOUSEKEEPING) >= CLEAR && strongest(s, DECISIVE) < CLEAR,
  },
  {
    category: "other",
    // A closed role mentioned in an alert ("2 jobs you saved were removed") is not a rejection.
    when: (s) =>
      s.sum.bulk >= CLEAR && s.peak.rejection < CLEAR && strongest(s, BULK_RIVALS) < CLEAR,
  },
  {
    category: "offer",
    when: (s) =>
      s.sum.offer >= CLEAR && (s.peak.rejection < CLEAR || s.sum.offer >= s.sum.rejection),
  },
  {
    category: "referral_offer",
    when: (s) => s.sum.referral >= CLEAR,
  },
  {
    category: "other",
    when: (s) =>
      s.sum.outreach >= CLEAR &&
      s.sum.outreach >= s.sum.invite &&
      s.sum.rejection < CLEAR &&
      s.sum.keepOnFile < CLEAR,
  },
  {
    // A mentor's or a friend's advice on the search (and on the CV) is not an employer's
    // feedback on a process: it says nothing of how the reader did in one.
    category: "other",
    when: (s) => s.sum.advice >= CLEAR && s.sum.feedbackDetail < HINT && s.sum.rejection < CLEAR,
  },
  {
    // A person's "no" that names the gap that decided it is the "no", however specific.
    category: "rejection",
    when: (s) => s.gapNamed && s.peak.rejection >= CLEAR && s.sum.offer < CLEAR,
  },
  {
    category: "feedback",
    when: givesFeedback,
  },
  {
    category: "interview_invite",
    when: (s) => s.sum.reschedule >= CLEAR && s.sum.rejection < CLEAR * 2,
  },
  {
    category: "other",
    when: (s) => s.sum.acknowledgement >= CLEAR && s.sum.acknowledgement >= s.sum.rejection,
  },
  {
    // A progress update ("still interviewing other candidates") is not yet a verdict.
    category: "other",
    when: (s) =>
      s.sum.pending >= CLEAR && s.peak.rejection < CLEAR && strongest(s, BULK_RIVALS) < CLEAR,
  },
  {
    // A freeze or a paused search is the news, even when the letter keeps the CV until then.
    category: "rejection",
    when: (s) => s.paused && s.sum.rejection >= CLEAR && s.sum.offer < CLEAR,
  },
  {
    // A "no" said outright that closes on a stock keep-your-details line is the "no" (the
    // corpus brief); a rule of its own, so that the model learns how far to trust it.
    category: "rejection",
    when: (s) => s.stockClose && s.sum.rejection >= CLEAR,
  },
  {
    category: "keep_on_file",
    when: (s) => s.sum.keepOnFile >= CLEAR,
  },
  {
    category: "rejection",
    when: (s) => s.sum.rejection >= CLEAR && s.sum.rejection >= s.sum.invite,
  },
  {
    category: "interview_invite",
    when: (s) => s.sum.invite >= CLEAR,
  },
  {
    category: "other",
    when: (s) => s.sum.acknowledgement >= CLEAR,
  },
  {
    category: "feedback",
    when: (s) => s.sum.feedback >= HINT && s.sum.feedbackDetail >= 2,
  },
  {
    category: "keep_on_file",
    when: (s) => s.sum.keepOnFile >= HINT,
  },
  {
    category: "rejection",
    when: (s) => s.sum.rejection >= HINT,
  },
];

/** How many verdicts ruleVerdict can give: one per rule, and "none". */
export const RULE_VERDICTS = DECISION_RULES.length + 1;

/** ruleVerdict as a number: the deciding rule's position, DECISION_RULES.length for none. */
export function ruleVerdictIndex(s: Scores): number {
  const index = DECISION_RULES.findIndex((r) => r.when(s));
  return index < 0 ? DECISION_RULES.length : index;
}
