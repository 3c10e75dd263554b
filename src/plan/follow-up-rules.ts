import type { Category, RejectionReason } from "../../schemas/understanding.ts";
import type { MessageKind } from "../domain/message-kind.ts";

/** Who in an event a rule writes to. */
export type Audience =
  /** Whoever wrote the message (the recruiter who sent the rejection gets the answer). */
  | "writer"
  /** The hiring manager; failing that, whoever wrote. */
  | "decision_maker"
  /** The decision maker, when the user got on with them. */
  | "warm_decision_maker"
  /** People the user met (an interview) or got on with, other than the writer. */
  | "met_others"
  /** Everyone the user met or got on with. */
  | "met"
  /** Everyone the user got on with. */
  | "warm"
  /** People the message introduced the user to. */
  | "referred";

/** How a rule's date relates to a date the employer or the user stated ("in a year", "ab Herbst"). */
export type StatedTiming =
  /** The rule is the "come back then" message: it goes on the stated date instead. */
  | "takes_it"
  /** A gentle touch: dropped when it would fall within a month of the stated date. */
  | "yields";

/** One piece of adviser wisdom as data: on which event, to whom, what, how many days later. */
export interface FollowUpRule {
  id: string;
  categories: readonly Category[];
  /** For rejections: the reasons it applies to; empty means all. */
  reasons: readonly RejectionReason[];
  audience: Audience;
  kind: MessageKind;
  afterDays: number;
  stated?: StatedTiming;
  /** Only when the reply declines to help (true), or only when it does not (false). */
  declined?: boolean;
  /** Only when the employer or the user stated a date. */
  onlyWhenStated?: true;
}

const OUTRIGHT: readonly RejectionReason[] = ["other_candidate", "generic"];
const PAUSED_OR_CLOSED: readonly RejectionReason[] = ["on_hold", "position_closed"];
const ENDED: readonly Category[] = ["rejection", "keep_on_file"];

/**
 * The planning rules. Each comment names the advice it applies (PRODUCT.md, "Why").
 * Spacing, silence, do-not-contact and one-request-per-company limits are applied afterwards,
 * by the guards in plan-follow-ups.ts, for every rule alike.
 */
export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  // 1 + 2. Answer whoever wrote: thanks, and what would have made you stronger (once per company).
  {
    id: "rejection.feedback_request",
    categories: ["rejection"],
    reasons: OUTRIGHT,
    audience: "writer",
    kind: "feedback_request",
    afterDays: 0,
  },
  // 1. A paused search or a closed role: thanks, without reading as a rejection.
  {
    id: "rejection.appreciation",
    categories: ["rejection"],
    reasons: PAUSED_OR_CLOSED,
    audience: "writer",
    kind: "appreciation",
    afterDays: 0,
  },
  // 1. "Not a fit for this role": thanks, plus which roles there would fit.
  {
    id: "rejection.role_fit_question",
    categories: ["rejection"],
    reasons: ["not_a_fit_for_role"],
    audience: "writer",
    kind: "role_fit_question",
    afterDays: 0,
  },
  // 5. "We'll keep you on file": take them up on it.
  {
    id: "keep_on_file.follow_up",
    categories: ["keep_on_file"],
    reasons: [],
    audience: "writer",
    kind: "keep_on_file_follow_up",
    afterDays: 0,
  },
  // 1. Separately thank the hiring manager and each interviewer the user met or got on with.
  {
    id: "met.appreciation",
    categories: ENDED,
    reasons: [],
    audience: "met_others",
    kind: "appreciation",
    afterDays: 0,
  },
  // 4. A personal LinkedIn note to the people met, a few days after any thank-you email.
  {
    id: "met.linkedin_note",
    categories: ENDED,
    reasons: [],
    audience: "met",
    kind: "linkedin_note",
    afterDays: 3,
  },
  // 3. Warm and fresh: a reference or an introduction, within two weeks of the thank-you.
  {
    id: "warm.referral_request",
    categories: ENDED,
    reasons: [],
    audience: "warm",
    kind: "referral_request",
    afterDays: 10,
  },
  // 8. A decision maker the user got on with: a short networking conversation.
  {
    id: "warm.networking_meeting",
    categories: ENDED,
    reasons: [],
    audience: "warm_decision_maker",
    kind: "networking_meeting",
    afterDays: 45,
    stated: "yields",
  },
  // 7. A search put on hold deserves a check-back in about six weeks, or when they said.
  {
    id: "rejection.on_hold_check_back",
    categories: ["rejection"],
    reasons: ["on_hold"],
    audience: "decision_maker",
    kind: "on_hold_check_back",
    afterDays: 42,
    stated: "takes_it",
  },
  // 10. A closed role they say will open again ("wir stellen ab Herbst wieder ein"): ask then.
  {
    id: "rejection.reopening_check_back",
    categories: ["rejection"],
    reasons: ["position_closed"],
    audience: "decision_maker",
    kind: "on_hold_check_back",
    afterDays: 42,
    stated: "takes_it",
    onlyWhenStated: true,
  },
  // 6. A closed position: stay on the radar, gently, a couple of months on.
  {
    id: "rejection.stay_in_touch",
    categories: ["rejection"],
    reasons: ["position_closed"],
    audience: "decision_maker",
    kind: "stay_in_touch",
    afterDays: 60,
    stated: "yields",
  },

  // 7 + 10. New hires often don't last the probation period: a check-in at about 90 days, or
  // on the date they gave ("get back in touch in a year").
  {
    id: "rejection.check_in_90_day",
    categories: ["rejection", "keep_on_file"],
    reasons: ["other_candidate", "generic", "not_a_fit_for_role"],
    audience: "decision_maker",
    kind: "check_in_90_day",
    afterDays: 90,
    stated: "takes_it",
  },
  // 6 + 10. Stay on the radar for a year, every few months, with something of value.
  {
    id: "radar.stay_in_touch_2",
    categories: ENDED,
    reasons: [],
    audience: "decision_maker",
    kind: "stay_in_touch",
    afterDays: 180,
    stated: "yields",
  },
  {
    id: "radar.pass_on_lead",
    categories: ENDED,
    reasons: [],
    audience: "decision_maker",
    kind: "pass_on_lead",
    afterDays: 270,
    stated: "yields",
  },
  {
    id: "radar.stay_in_touch_3",
    categories: ENDED,
    reasons: [],
    audience: "decision_maker",
    kind: "stay_in_touch",
    afterDays: 365,
    stated: "yields",
  },
  // 2. Whatever the feedback said, thank them ...
  {
    id: "feedback.thanks",
    categories: ["feedback"],
    reasons: [],
    audience: "writer",
    kind: "thanks_for_feedback",
    afterDays: 0,
    declined: false,
  },
  // 8. ... and someone who took that time is open to a short networking conversation.
  {
    id: "feedback.networking_meeting",
    categories: ["feedback"],
    reasons: [],
    audience: "writer",
    kind: "networking_meeting",
    afterDays: 30,
    declined: false,
  },
  // 3. If they help, thank them and offer to return the favour ...
  {
    id: "referral.thanks",
    categories: ["referral_offer"],
    reasons: [],
    audience: "writer",
    kind: "thanks_for_referral",
    afterDays: 0,
    declined: false,
  },
  // ... write to the person they introduced you to ...
  {
    id: "referral.introduction",
    categories: ["referral_offer"],
    reasons: [],
    audience: "referred",
    kind: "introduction",
    afterDays: 1,
    declined: false,
  },
  // ... and later tell them how it went (10: close the loop).
  {
    id: "referral.report_back",
    categories: ["referral_offer"],
    reasons: [],
    audience: "writer",
    kind: "report_back",
    afterDays: 21,
    declined: false,
  },
  // 10. Someone who declines to help still gets a gracious thank-you.
  {
    id: "declined.thanks_anyway",
    categories: ["referral_offer", "feedback", "other"],
    reasons: [],
    audience: "writer",
    kind: "thanks_anyway",
    afterDays: 0,
    declined: true,
  },
];
