import type { Category, RejectionReason } from "../../schemas/understanding.ts";
import type { MessageKind } from "../drafts/message-kinds.ts";

/** Who in an event a rule writes to. */
export type Audience =
  /** The hiring manager; failing that, the human who sent the message. */
  | "decision_maker"
  /** Everyone else the user said they got on with (warm), one message each. */
  | "warm_others"
  /** Every person in the event. */
  | "everyone"
  /** Every warm person in the event. */
  | "warm_everyone"
  /** The contact who wrote a direct reply (or sent the forwarded message). */
  | "sender"
  /** People the message introduced the user to. */
  | "referred";

/** One piece of adviser wisdom as data: on which event, to whom, what, how many days later. */
export interface FollowUpRule {
  id: string;
  categories: readonly Category[];
  /** For rejections: the reasons it applies to; empty means all. */
  reasons: readonly RejectionReason[];
  audience: Audience;
  kind: MessageKind;
  afterDays: number;
}

const OUTRIGHT: readonly RejectionReason[] = ["other_candidate", "generic"];
const REJECTION_OR_FILE: readonly Category[] = ["rejection", "keep_on_file"];

/**
 * The planning rules. Each comment names the advice it applies (PRODUCT.md, "Why").
 * Spacing, silence, do-not-contact and one-request-per-company limits are applied afterwards,
 * by the guards in plan-follow-ups.ts, for every rule alike.
 */
export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  // 1 + 2. Thank the decision maker and, in the same note, ask what would have made you stronger.
  {
    id: "rejection.feedback_request",
    categories: ["rejection"],
    reasons: OUTRIGHT,
    audience: "decision_maker",
    kind: "feedback_request",
    afterDays: 0,
  },
  // 1. Thank the hiring manager when the decision was not about another candidate.
  {
    id: "rejection.appreciation",
    categories: ["rejection"],
    reasons: ["on_hold", "position_closed"],
    audience: "decision_maker",
    kind: "appreciation",
    afterDays: 0,
  },
  // 1. "Not a fit for this role": thanks, plus which roles there would fit.
  {
    id: "rejection.role_fit_question",
    categories: ["rejection"],
    reasons: ["not_a_fit_for_role"],
    audience: "decision_maker",
    kind: "role_fit_question",
    afterDays: 0,
  },
  // 1. Separately thank each interviewer the user got on with.
  {
    id: "met.appreciation_interviewers",
    categories: REJECTION_OR_FILE,
    reasons: [],
    audience: "warm_others",
    kind: "appreciation",
    afterDays: 0,
  },
  // 4. A personal LinkedIn note to everyone met, referring to the interview.
  {
    id: "met.linkedin_note",
    categories: REJECTION_OR_FILE,
    reasons: [],
    audience: "everyone",
    kind: "linkedin_note",
    afterDays: 1,
  },
  // 7. New hires often don't last the probation period: check in around 90 days later.
  {
    id: "rejection.check_in_90_day",
    categories: ["rejection"],
    reasons: OUTRIGHT,
    audience: "decision_maker",
    kind: "check_in_90_day",
    afterDays: 90,
  },
  // 7. A search put on hold deserves a check-back in about six weeks.
  {
    id: "rejection.on_hold_check_back",
    categories: ["rejection"],
    reasons: ["on_hold"],
    audience: "decision_maker",
    kind: "on_hold_check_back",
    afterDays: 42,
  },
  // 6. A closed position: stay on the radar, gently, a couple of months on.
  {
    id: "rejection.stay_in_touch",
    categories: ["rejection"],
    reasons: ["position_closed"],
    audience: "decision_maker",
    kind: "stay_in_touch",
    afterDays: 60,
  },
  // 5. "We'll keep you on file": take them up on it.
  {
    id: "keep_on_file.follow_up",
    categories: ["keep_on_file"],
    reasons: [],
    audience: "decision_maker",
    kind: "keep_on_file_follow_up",
    afterDays: 1,
  },
  // 6. ... and stay on the radar after that.
  {
    id: "keep_on_file.stay_in_touch",
    categories: ["keep_on_file"],
    reasons: [],
    audience: "decision_maker",
    kind: "stay_in_touch",
    afterDays: 60,
  },
  // 3. Where the relationship is warm, ask for a reference or an introduction at target companies.
  {
    id: "warm.referral_request",
    categories: REJECTION_OR_FILE,
    reasons: [],
    audience: "warm_everyone",
    kind: "referral_request",
    afterDays: 30,
  },
  // 2. Whatever the feedback said, thank them.
  {
    id: "feedback.thanks",
    categories: ["feedback"],
    reasons: [],
    audience: "sender",
    kind: "thanks_for_feedback",
    afterDays: 0,
  },
  // 8. Someone who took the time to give feedback is open to a short networking conversation.
  {
    id: "feedback.networking_meeting",
    categories: ["feedback"],
    reasons: [],
    audience: "sender",
    kind: "networking_meeting",
    afterDays: 30,
  },
  // 3. If they help, thank them and offer to return the favour ...
  {
    id: "referral.thanks",
    categories: ["referral_offer"],
    reasons: [],
    audience: "sender",
    kind: "thanks_for_referral",
    afterDays: 0,
  },
  // 3. ... and write to the person they introduced you to.
  {
    id: "referral.introduction",
    categories: ["referral_offer"],
    reasons: [],
    audience: "referred",
    kind: "introduction",
    afterDays: 1,
  },
];
