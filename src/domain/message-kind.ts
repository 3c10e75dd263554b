/** Where a draft goes out: email (direct or handoff), or always by hand (LinkedIn, phone). */
export type Channel = "email" | "linkedin" | "call";

/** Every kind of message Rebound drafts, in the order of the advice (PRODUCT.md, "Why"). */
export const MESSAGE_KIND_NAMES = [
  "appreciation",
  "feedback_request",
  "referral_request",
  "linkedin_note",
  "keep_on_file_follow_up",
  "networking_meeting",
  "stay_in_touch",
  "pass_on_lead",
  "check_in_90_day",
  "on_hold_check_back",
  "role_fit_question",
  "thanks_for_feedback",
  "thanks_for_referral",
  "thanks_anyway",
  "introduction",
  "report_back",
  "call_script",
] as const;

export type MessageKind = (typeof MESSAGE_KIND_NAMES)[number];

export interface MessageKindInfo {
  channel: Channel;
  /** A short name for people: "90-day check-in". */
  label: string;
  /** One line for the digest: why this draft exists. */
  purpose: string;
}

/** Each kind's channel, name and reason, keyed by kind (the digest looks purposes up by kind). */
export const MESSAGE_KINDS: { readonly [K in MessageKind]: MessageKindInfo } = {
  appreciation: {
    channel: "email",
    label: "thank-you",
    purpose: "A short thank-you with no hard feelings stands out: very few candidates send one.",
  },
  feedback_request: {
    channel: "email",
    label: "feedback request",
    purpose:
      "One polite question about what would have made you stronger, easy to answer when it suits them.",
  },
  referral_request: {
    channel: "email",
    label: "reference or introduction request",
    purpose:
      "You got on well and it is still fresh: asking for a reference or an introduction is fair.",
  },
  linkedin_note: {
    channel: "linkedin",
    label: "LinkedIn note",
    purpose: "Connecting with a personal note about your conversation keeps you in their network.",
  },
  keep_on_file_follow_up: {
    channel: "email",
    label: "keep-on-file follow-up",
    purpose: "They offered to keep you on file: taking them up on it keeps your application alive.",
  },
  networking_meeting: {
    channel: "email",
    label: "request for a short conversation",
    purpose: "A 15-minute conversation about their company and field can lead to the next person.",
  },
  stay_in_touch: {
    channel: "email",
    label: "stay-in-touch note",
    purpose:
      "An occasional note with something useful keeps you on their radar: add what to share.",
  },
  pass_on_lead: {
    channel: "email",
    label: "a lead to pass on",
    purpose: "A favour for them (a job, a candidate, a contact): add the lead before sending.",
  },
  check_in_90_day: {
    channel: "email",
    label: "check-in",
    purpose:
      "New hires sometimes leave within three months, and plans change: a friendly hello puts you back in mind.",
  },
  on_hold_check_back: {
    channel: "email",
    label: "check-back on a paused search",
    purpose: "The search was paused: a good moment to ask whether it is back on.",
  },
  role_fit_question: {
    channel: "email",
    label: "question about better-fitting roles",
    purpose: "Not a fit for this role: asking which roles would fit turns the no into a direction.",
  },
  thanks_for_feedback: {
    channel: "email",
    label: "thank-you for feedback",
    purpose:
      "They took the time to give feedback: thanking them, whatever it said, keeps the door open.",
  },
  thanks_for_referral: {
    channel: "email",
    label: "thank-you for help",
    purpose:
      "They offered a reference or an introduction: thank them and offer to return the favour.",
  },
  thanks_anyway: {
    channel: "email",
    label: "thanks anyway",
    purpose: "They could not help: a gracious thank-you keeps the relationship intact.",
  },
  introduction: {
    channel: "email",
    label: "introduction",
    purpose: "Someone referred you: a first note that names them, while the introduction is fresh.",
  },
  report_back: {
    channel: "email",
    label: "report-back to whoever helped",
    purpose: "They helped you: telling them how it went closes the loop (add a line on the news).",
  },
  call_script: {
    channel: "call",
    label: "voicemail script",
    purpose: "You prefer calling: a short voicemail to leave instead of sending an email.",
  },
};

/** The channel a kind of message goes out on. */
export function channelOf(kind: MessageKind): Channel {
  return MESSAGE_KINDS[kind].channel;
}
