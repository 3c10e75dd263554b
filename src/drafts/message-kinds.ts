/** Where a draft goes out: email (direct or handoff), or always by hand (LinkedIn, phone). */
export type Channel = "email" | "linkedin" | "call";

/** Every message Rebound drafts, with its channel and why it exists (shown in the digest). */
export const MESSAGE_KINDS = {
  appreciation: { channel: "email", purpose: "Thank them for their time; no hard feelings." },
  feedback_request: {
    channel: "email",
    purpose: "Thank the decision maker and ask, gently, what would have made you stronger.",
  },
  referral_request: {
    channel: "email",
    purpose: "You got on well: ask for a reference or an introduction at your target companies.",
  },
  linkedin_note: { channel: "linkedin", purpose: "A personal LinkedIn invitation note." },
  keep_on_file_follow_up: {
    channel: "email",
    purpose: "They offered to keep you on file: take them up on it.",
  },
  networking_meeting: {
    channel: "email",
    purpose: "Ask for a short conversation about their company and who else to meet.",
  },
  stay_in_touch: {
    channel: "email",
    purpose: "A light note to stay on their radar; add something worth sharing.",
  },
  check_in_90_day: {
    channel: "email",
    purpose: "About 90 days on: new hires don't always work out, so check in.",
  },
  on_hold_check_back: {
    channel: "email",
    purpose: "The search was put on hold about six weeks ago: ask whether it is back on.",
  },
  role_fit_question: {
    channel: "email",
    purpose: "Not a fit for that role: thank them and ask which roles would fit.",
  },
  thanks_for_feedback: { channel: "email", purpose: "They gave feedback: thank them for it." },
  thanks_for_referral: {
    channel: "email",
    purpose: "They offered an introduction or a reference: thank them and offer to return it.",
  },
  introduction: {
    channel: "email",
    purpose: "Write to the person you were referred to, mentioning who referred you.",
  },
  call_script: {
    channel: "call",
    purpose: "A short voicemail script, for when you'd rather call.",
  },
} as const satisfies Record<string, { channel: Channel; purpose: string }>;

export type MessageKind = keyof typeof MESSAGE_KINDS;

export const MESSAGE_KIND_NAMES = Object.keys(MESSAGE_KINDS) as MessageKind[];

/** The channel a kind of message goes out on. */
export function channelOf(kind: MessageKind): Channel {
  return MESSAGE_KINDS[kind].channel;
}
