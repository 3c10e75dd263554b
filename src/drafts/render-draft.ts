import { fitsLinkedInNote } from "./linkedin-limit.ts";
import { type Channel, channelOf, MESSAGE_KINDS, type MessageKind } from "./message-kinds.ts";
import {
  companyName,
  firstNameOf,
  joinNames,
  rolePhrase,
  targetList,
  topicOf,
} from "./personal-details.ts";
import {
  CALL_SCRIPTS,
  LINKEDIN_FALLBACKS,
  PLACEHOLDERS,
  type Placeholder,
  TEMPLATES,
  type Template,
  WISH_LINES,
  type WrittenKind,
} from "./templates.ts";

export interface DraftContext {
  kind: MessageKind;
  /** note: what the user said about them ("great rapport, we talked about Rust tooling"). */
  recipient: { name: string | null; warm: boolean; note: string };
  /** The job seeker, who signs the message. */
  sender: { name: string };
  company: string | null;
  role: string | null;
  /** The user's target companies, for referral requests. */
  targets: readonly string[];
  /** For an introduction: who referred the user. */
  referrer?: { name: string } | undefined;
  /** For a call script: the message it stands in for. */
  purpose?: MessageKind | undefined;
  /** Chosen by the planner; taken modulo the number of variants. */
  variant: number;
  /** False when nobody got the job (search on hold, role closed): no wishes to a new hire. */
  someoneHired?: boolean | undefined;
}

export interface RenderedDraft {
  kind: MessageKind;
  channel: Channel;
  subject: string;
  body: string;
}

/** Stands in for the signature when the user has not told Rebound their name. */
const NAME_SLOT = "[[add: your name]]";

/** Fills the chosen wording of a kind with the personal details; one mechanism for every kind. */
export function renderDraft(ctx: DraftContext): RenderedDraft {
  const purpose = scriptPurpose(ctx);
  const values = placeholderValues(ctx, purpose);
  const variants = ctx.kind === "call_script" ? callScripts(purpose) : TEMPLATES[ctx.kind];
  const base = { kind: ctx.kind, channel: channelOf(ctx.kind) };
  if (ctx.kind === "linkedin_note") {
    return { ...base, subject: "", body: fittingNote(variants, ctx.variant, values) };
  }
  const template = pick(variants, ctx.variant);
  return {
    ...base,
    subject: capitalise(fill(template.subject, values)),
    body: fill(template.body, values),
  };
}

/** Whether a draft still holds a slot the user must fill in ("[[add: ...]]") before sending. */
export function hasUnfilledSlot(text: string): boolean {
  return /\[\[add:[^\]]*\]\]/.test(text);
}

/** The message a voicemail stands in for; a thank-you when none (or nothing sensible) is given. */
function scriptPurpose(ctx: DraftContext): WrittenKind {
  const purpose = ctx.purpose;
  if (ctx.kind !== "call_script" || purpose === undefined || purpose === "call_script") {
    return "appreciation";
  }
  return CALL_SCRIPTS[purpose] ? purpose : "appreciation";
}

function callScripts(purpose: WrittenKind): readonly Template[] {
  return CALL_SCRIPTS[purpose] ?? CALL_SCRIPTS.appreciation;
}

/**
 * The chosen note if it fits LinkedIn's limit; else the same note signed with a first name, then
 * also without role, company and topic (so colleagues still get different notes); else the next
 * variant, in the same steps; else the shortest notes.
 */
function fittingNote(
  variants: readonly Template[],
  variant: number,
  values: Record<Placeholder, string>,
): string {
  const start = variantIndex(variant, variants.length);
  const signedShort = { ...values, senderName: values.senderFirstName };
  const brief: Record<Placeholder, string> = {
    ...signedShort,
    atCompany: "",
    theRole: "the role",
    forRole: "",
    aboutRole: "",
    aboutTopic: "",
  };
  const rotated = [...variants.slice(start), ...variants.slice(0, start)];
  const candidates = [
    ...rotated.flatMap((template) =>
      [values, signedShort, brief].map((v) => fill(template.body, v)),
    ),
    ...LINKEDIN_FALLBACKS.map((template) => fill(template.body, values)),
  ];
  // The last fallback has no placeholders and always fits.
  return candidates.find(fitsLinkedInNote) ?? candidates.at(-1) ?? "";
}

function pickLine(lines: readonly string[], variant: number): string {
  return lines[variantIndex(variant, lines.length)] ?? "";
}

function variantIndex(variant: number, count: number): number {
  const whole = Number.isFinite(variant) ? Math.trunc(variant) : 0;
  return ((whole % count) + count) % count;
}

function pick(variants: readonly Template[], variant: number): Template {
  const chosen = variants[variantIndex(variant, variants.length)];
  if (chosen === undefined) throw new Error("a message kind has no wording");
  return chosen;
}

function placeholderValues(ctx: DraftContext, purpose: WrittenKind): Record<Placeholder, string> {
  const firstName = firstNameOf(ctx.recipient.name);
  const company = companyName(ctx.company);
  const role = rolePhrase(ctx.role);
  const topic = topicOf(ctx.recipient.note, firstName);
  const sender = ctx.sender.name.replace(/\s+/g, " ").trim();
  const referrer = ctx.referrer?.name.replace(/\s+/g, " ").trim();
  return {
    greeting: firstName ? `Hi ${firstName},` : "Hello,",
    dear: firstName ? `Dear ${firstName},` : "Hello,",
    firstName: firstName ?? "there",
    senderName: sender || NAME_SLOT,
    senderFirstName: firstNameOf(sender) ?? (sender || NAME_SLOT),
    company: company ?? "your team",
    atCompany: company ? ` at ${company}` : "",
    theRole: role ?? "the role",
    forRole: role ? ` for ${role}` : "",
    aboutRole: role ? ` about ${role}` : "",
    topicLine: topic ? topicSentence(topic, ctx.variant) : "",
    aboutTopic: topic ? ` about ${topic}` : "",
    targetsLine: targetsSentence(targetList(ctx.targets, company), ctx.variant),
    referrerName: referrer || "a mutual contact",
    purposeLabel: MESSAGE_KINDS[purpose].label,
    wishLine: pickLine(
      WISH_LINES[ctx.someoneHired === false ? "nobodyHired" : "hired"],
      ctx.variant,
    ),
  };
}

/** One sentence about what the user and the recipient talked about. */
function topicSentence(topic: string, variant: number): string {
  return variantIndex(variant, 2) === 0
    ? `I especially enjoyed our conversation about ${topic}.`
    : `I particularly enjoyed talking with you about ${topic}.`;
}

/** One sentence naming the user's target companies, worded by variant; nothing without targets. */
function targetsSentence(targets: readonly string[], variant: number): string {
  if (targets.length === 0) return "";
  switch (variantIndex(variant, 3)) {
    case 0:
      return `I'm particularly interested in ${joinNames(targets, "and")}, in case you know anyone there.`;
    case 1:
      return `If you happen to know anyone at ${joinNames(targets, "or")}, an introduction would mean a lot.`;
    default:
      return targets.length === 1
        ? `${targets[0]} is at the top of my list, so an introduction there would be especially welcome.`
        : `${joinNames(targets, "and")} are at the top of my list, so an introduction at any of them would be especially welcome.`;
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

function isPlaceholder(key: string): key is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(key);
}

/** Replaces placeholders; a line of placeholders that all came out empty goes, with its gap. */
function fill(template: string, values: Record<Placeholder, string>): string {
  const lines = template.split("\n").flatMap((line) => {
    const filled = line.replace(PLACEHOLDER, (whole, key: string) => {
      if (!isPlaceholder(key)) throw new Error(`unknown placeholder ${whole} in a template`);
      return values[key];
    });
    const onlyPlaceholders = line.trim() !== "" && line.replace(PLACEHOLDER, "").trim() === "";
    return onlyPlaceholders && filled.trim() === "" ? [] : [filled];
  });
  return lines
    .join("\n")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ +([,.;:?!])/g, "$1")
    .replace(/(?<!\.)\.\.(?!\.)/g, ".")
    .replace(/[ \t]+\n|\n[ \t]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
