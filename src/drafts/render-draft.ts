import { type Channel, channelOf, type MessageKind } from "./message-kinds.ts";
import { CALL_SCRIPTS, TEMPLATES } from "./templates.ts";

/** Free LinkedIn accounts cap invitation notes at 200 characters (paid ones at 300). */
export const LINKEDIN_NOTE_LIMIT = 200;

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
}

export interface RenderedDraft {
  kind: MessageKind;
  channel: Channel;
  subject: string;
  body: string;
}

/** Fills the kind's template variant with the personal details; one mechanism for every kind. */
export function renderDraft(ctx: DraftContext): RenderedDraft {
  const values = placeholderValues(ctx);
  const channel = channelOf(ctx.kind);
  if (ctx.kind === "call_script") {
    const purpose = ctx.purpose ?? "appreciation";
    const scripts = CALL_SCRIPTS[purpose] ?? CALL_SCRIPTS.appreciation ?? [];
    return {
      kind: ctx.kind,
      channel,
      subject: `Voicemail script (${purpose.replaceAll("_", " ")})`,
      body: fill(pick(scripts, ctx.variant), values),
    };
  }
  const variants = TEMPLATES[ctx.kind];
  if (ctx.kind === "linkedin_note") {
    return {
      kind: ctx.kind,
      channel,
      subject: "",
      body: linkedinNote(variants, ctx.variant, values),
    };
  }
  const template = pick(variants, ctx.variant);
  return {
    kind: ctx.kind,
    channel,
    subject: fill(template.subject, values),
    body: fill(template.body, values),
  };
}

/** The first variant, from the chosen one on, that fits LinkedIn's limit; a short fallback otherwise. */
function linkedinNote(
  variants: readonly { body: string }[],
  variant: number,
  values: Record<string, string>,
): string {
  for (let i = 0; i < variants.length; i++) {
    const note = fill(pick(variants, variant + i).body, values);
    if (note.length <= LINKEDIN_NOTE_LIMIT) return note;
  }
  const short = fill("Hi {firstName}, thank you for your time during my interviews. {sender}", {
    ...values,
    sender: firstNameOf(values.sender ?? "") ?? "",
  });
  return short.length <= LINKEDIN_NOTE_LIMIT ? short : short.slice(0, LINKEDIN_NOTE_LIMIT);
}

function pick<T>(variants: readonly T[], variant: number): T {
  const chosen = variants[((variant % variants.length) + variants.length) % variants.length];
  if (chosen === undefined) throw new Error("a message kind has no variants");
  return chosen;
}

function placeholderValues(ctx: DraftContext): Record<string, string> {
  const firstName = firstNameOf(ctx.recipient.name);
  const company = ctx.company?.trim() || null;
  return {
    greeting: firstName ? `Hi ${firstName},` : "Hello,",
    firstName: firstName ?? "there",
    theRole: theRole(ctx.role),
    company: company ?? "your team",
    atCompany: company ? ` at ${company}` : "",
    topicLine: topicLine(ctx.recipient.note),
    targetsLine: targetsLine(ctx.targets),
    referrer: ctx.referrer?.name ?? "a mutual contact",
    sender: ctx.sender.name.trim(),
  };
}

/** Replaces placeholders; a line that was only a placeholder and came out empty goes away. */
function fill(template: string, values: Record<string, string>): string {
  return template
    .split("\n")
    .flatMap((line) => {
      const filled = line.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
      const onlyPlaceholders = line.replace(/\{\w+\}/g, "").trim() === "";
      return onlyPlaceholders && filled.trim() === "" && line.trim() !== "" ? [] : [filled];
    })
    .join("\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const HONORIFIC =
  /^(dr|prof|mr|mrs|ms|mx|miss|herr|frau|m|mme|mlle|sr|sra|srta|dott|dott\.ssa)\.?$/i;

/** "Maya Ortiz" -> "Maya"; "Ortiz, Maya" -> "Maya"; "Dr. Maya Ortiz" -> "Maya". */
export function firstNameOf(name: string | null): string | null {
  if (!name?.trim()) return null;
  const ordered = name.includes(",") ? (name.split(",")[1] ?? name) : name;
  const words = ordered
    .trim()
    .split(/\s+/)
    .filter((w) => !HONORIFIC.test(w));
  const first = words[0];
  return first && /\p{L}/u.test(first) ? first : null;
}

function theRole(role: string | null): string {
  const trimmed = role?.trim();
  if (!trimmed) return "the role";
  return /\b(role|position|job|opening|post)$/i.test(trimmed)
    ? `the ${trimmed}`
    : `the ${trimmed} role`;
}

/** What the user said they talked about, as one sentence; nothing when the note names no topic. */
export function topicLine(note: string): string {
  const topic =
    /\b(?:talked|chatted|spoke|talking|chatting) about ([^.,;:!?\n]{3,60})|\bdiscussed ([^.,;:!?\n]{3,60})|\basked (?:me )?about ([^.,;:!?\n]{3,60})/i.exec(
      note,
    );
  const subject = (topic?.[1] ?? topic?.[2] ?? topic?.[3])
    ?.replace(/\s+(with|and|but|so)\s+[A-Z][\s\S]*$/, "")
    .trim();
  return subject ? `I especially enjoyed our conversation about ${subject}.` : "";
}

/** "I'm particularly interested in Globex, Initech and Acme, in case you know anyone there." */
export function targetsLine(targets: readonly string[]): string {
  const names = targets
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 5);
  if (names.length === 0) return "";
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `I'm particularly interested in ${list}, in case you know anyone there.`;
}
