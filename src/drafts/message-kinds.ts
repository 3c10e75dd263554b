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
  "check_in_90_day",
  "on_hold_check_back",
  "role_fit_question",
  "thanks_for_feedback",
  "thanks_for_referral",
  "introduction",
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
      "One polite question about what would have made you stronger, easy to answer whenever suits them.",
  },
  referral_request: {
    channel: "email",
    label: "reference or introduction request",
    purpose:
      "You got on well, so asking for a reference or an introduction at your target companies is fair.",
  },
  linkedin_note: {
    channel: "linkedin",
    label: "LinkedIn note",
    purpose: "Connecting with a personal note about your interview keeps you in their network.",
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
  check_in_90_day: {
    channel: "email",
    label: "90-day check-in",
    purpose:
      "New hires sometimes leave within three months: a friendly hello puts you back in mind.",
  },
  on_hold_check_back: {
    channel: "email",
    label: "check-back on a paused search",
    purpose:
      "The search was put on hold about six weeks ago: a good moment to ask if it is back on.",
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
  introduction: {
    channel: "email",
    label: "introduction",
    purpose: "Someone referred you: a first note that names them, while the introduction is fresh.",
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
