import type { DraftLanguage } from "../domain/draft-language.ts";
import type { MessageKind } from "../domain/message-kind.ts";

/**
 * The wording of every message Rebound drafts, as data: one pack per language, written in
 * that language (not translated word by word), filled by one engine (render-draft.ts).
 *
 * Placeholders, computed by the engine from the pack's phrases:
 *   {greeting}         "Dear Maya," / "Sehr geehrte Frau Weiß," / "Hola, Lucía:" (by register)
 *   {greetingInline}   the same for a one-line note or a voicemail (a colon becomes a comma)
 *   {signOff}          "Kind regards," / "Mit freundlichen Grüßen" / "Un saludo,"
 *   {senderName}       the job seeker's name; {senderFirstName} their first name
 *   {company}          the company, or the pack's stand-in ("your team") that reads well where used
 *   {atCompany}        " at Northwind Robotics" / " bei Northwind Robotics", or nothing
 *   {theRole}          "the Data Analyst role" / "die Stelle als Data Analyst" / "the role"
 *   {forRole}          " for the Data Analyst role", or nothing
 *   {topicLine}        a sentence on what the user talked about (or wants to ask about), or nothing
 *   {laterTopicLine}   the same, months later ("I still think of our talk about …")
 *   {aboutTopic}       " about sim-to-real testing", or nothing (LinkedIn notes)
 *   {targetsLine}      a sentence naming the user's target companies, or nothing
 *   {futureLine}       "keep me in mind" when the search is open; "pick up where we left off"
 *                      when it is paused; nothing when the role is simply closed
 *   {wishLine}         a good wish: to the team and whoever was hired, or to the team alone
 *   {referrerName}     who referred the user; {introducedName} who they were introduced to
 *   {callCore}         in a voicemail frame: the sentence that says why the user is calling
 *
 * Conditions, resolved before placeholders: `<yes|no>` is the register (formal|informal);
 * `<flag?yes|no>` tests a flag: interviewed (there was an interview), wrote (this person wrote
 * the message being answered), met (the user met them), thanked (they also get a thank-you by
 * email, so a LinkedIn note does not thank twice), paused (the search is on hold), topic.
 * A line whose placeholders all came out empty disappears, with its blank line.
 */
export const PLACEHOLDERS = [
  "greeting",
  "greetingInline",
  "signOff",
  "senderName",
  "senderFirstName",
  "company",
  "atCompany",
  "theRole",
  "forRole",
  "topicLine",
  "laterTopicLine",
  "aboutTopic",
  "targetsLine",
  "futureLine",
  "wishLine",
  "referrerName",
  "introducedName",
  "callCore",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const FLAGS = ["interviewed", "wrote", "met", "thanked", "paused", "topic"] as const;
export type Flag = (typeof FLAGS)[number];

/** One wording of a kind; `topic` says whether it is for drafts with a topic, without, or both. */
export interface Wording {
  subject: string;
  body: string;
  topic?: "with" | "without";
}

/** Every kind but the voicemail script, whose words come from the message it stands in for. */
export type WrittenKind = Exclude<MessageKind, "call_script">;

/** The kinds a voicemail can stand in for (PRODUCT.md, advice 9). */
export const CALLABLE_PURPOSES = [
  "appreciation",
  "feedback_request",
  "keep_on_file_follow_up",
  "networking_meeting",
  "stay_in_touch",
  "check_in_90_day",
  "on_hold_check_back",
  "thanks_for_feedback",
  "thanks_for_referral",
] as const satisfies readonly WrittenKind[];
export type CallablePurpose = (typeof CALLABLE_PURPOSES)[number];

/** The phrases and wordings of one language. */
export interface LanguagePack {
  language: DraftLanguage;
  /** Stands in for {company} when it is unknown; each pack uses {company} where this reads well. */
  noCompany: string;
  atCompany: (company: string) => string;
  theRole: (title: string | null) => string;
  forRole: (title: string) => string;
  topic: {
    talked: (topic: string) => string;
    ask: (topic: string) => string;
    later: (topic: string) => string;
    about: (topic: string) => string;
  };
  futureLine: { open: string; paused: string };
  wish: { hired: string; nobodyHired: string };
  targets: (names: readonly string[]) => string;
  referrerFallback: string;
  introducedFallback: string;
  kinds: { readonly [K in WrittenKind]: readonly Wording[] };
  /** Short LinkedIn notes, tried in order when every wording is over the limit; the last always fits. */
  linkedinFallbacks: readonly string[];
  /** A voicemail: the frame, and the sentence for each message it stands in for. */
  call: { frame: string; cores: { readonly [K in CallablePurpose]: string } };
}

/** The slots a draft may leave for the user, always in this form: "[[add: …]]". */
export const SLOTS = {
  share: "[[add: an article, company news or a lead to share]]",
  lead: "[[add: the lead: a job, a candidate or a contact, with a link]]",
  news: "[[add: one line on how it went]]",
  name: "[[add: your name]]",
} as const;
