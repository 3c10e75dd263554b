import type { DraftLanguage, Register } from "../domain/draft-language.ts";
import { type Channel, channelOf, type MessageKind } from "../domain/message-kind.ts";
import { remembered } from "../understand/remembered.ts";
import { detectRegister } from "./language.ts";
import { PACKS } from "./languages/index.ts";
import { fitsLinkedInNote } from "./linkedin-limit.ts";
import {
  companyName,
  firstNameOf,
  lastNameOf,
  noteTopic,
  roleTitle,
  targetList,
} from "./personal-details.ts";
import { type Gender, genderOf, greetingFor, signOffFor } from "./salutation.ts";
import {
  CALLABLE_PURPOSES,
  type CallablePurpose,
  type Flag,
  type LanguagePack,
  PLACEHOLDERS,
  type Placeholder,
  SLOTS,
  type Wording,
  type WrittenKind,
} from "./wording.ts";

export interface DraftContext {
  kind: MessageKind;
  /** note: what the user said about them ("great rapport, we talked about Rust tooling"). */
  recipient: { name: string | null; warm: boolean; note: string; gender?: Gender | null };
  /** The job seeker, who signs the message. */
  sender: { name: string };
  company: string | null;
  role: string | null;
  /** The user's target companies, for referral requests. */
  targets: readonly string[];
  /** For an introduction: who referred the user. */
  referrer?: { name: string } | undefined;
  /** For a report-back: who the referrer introduced the user to. */
  introduced?: { name: string } | undefined;
  /** For a call script: the message it stands in for. */
  purpose?: MessageKind | undefined;
  /** Among wordings that suit the draft (with or without a topic), which one; modulo their number. */
  variant?: number | undefined;
  /** False when nobody got the job (search on hold, role closed): no wishes to a new hire. */
  someoneHired?: boolean | undefined;
  /** The language to write in (default English) and its register (default: read from `cues`). */
  language?: DraftLanguage | undefined;
  register?: Register | undefined;
  /** What the employer wrote, for the register and the recipient's title ("Frau Weiß"). */
  cues?: string | undefined;
  /** There was an interview (default true); otherwise no draft claims one. */
  interviewed?: boolean | undefined;
  /** This recipient wrote the message being answered (default true). */
  wrote?: boolean | undefined;
  /** The search is paused (on hold): nothing reads as a rejection. */
  paused?: boolean | undefined;
  /** The search is open to the user later ("keep me in mind"); false when simply closed. */
  openToFuture?: boolean | undefined;
  /** A LinkedIn note to someone thanked by email the same day: it connects, it does not thank again. */
  thanked?: boolean | undefined;
}

export interface RenderedDraft {
  kind: MessageKind;
  channel: Channel;
  subject: string;
  body: string;
  language: DraftLanguage;
  register: Register;
  /** Whether a topic from the user's note was used. */
  topic: boolean;
}

/** Fills the wording of a kind in the draft's language; one mechanism for every kind and language. */
export function renderDraft(ctx: DraftContext): RenderedDraft {
  const language = ctx.language ?? "en";
  const pack = PACKS[language];
  const register = ctx.register ?? detectRegister(language, ctx.cues ?? "", ctx.recipient.note);
  const firstName = firstNameOf(ctx.recipient.name);
  const topic = noteTopic(ctx.recipient.note, firstName, language);
  const flags: Record<Flag, boolean> = {
    interviewed: ctx.interviewed ?? true,
    wrote: ctx.wrote ?? true,
    met: ctx.recipient.warm || (ctx.interviewed ?? true),
    thanked: ctx.thanked ?? false,
    paused: ctx.paused ?? false,
    topic: topic !== null,
  };
  const values = placeholderValues(ctx, pack, register, firstName, topic);
  const base = { kind: ctx.kind, channel: channelOf(ctx.kind), language, register };
  const render = (text: string, v = values) => tidy(resolve(fill(text, v), register, flags));
  if (ctx.kind === "call_script") {
    const purpose = scriptPurpose(ctx.purpose);
    const core = render(pack.call.cores[purpose]);
    const body = render(pack.call.frame, { ...values, callCore: core });
    return { ...base, subject: "", body, topic: false };
  }
  const wordings = suitable(pack.kinds[ctx.kind], topic !== null);
  const wording = pick(wordings, ctx.variant ?? 0);
  const usesTopic =
    topic !== null && /\{(?:topicLine|laterTopicLine|aboutTopic)\}/.test(wording.body);
  if (ctx.kind === "linkedin_note") {
    return {
      ...base,
      subject: "",
      body: fittingNote(wordings, wording, pack, render, values),
      topic: usesTopic,
    };
  }
  return {
    ...base,
    subject: capitalise(render(wording.subject)),
    body: render(wording.body),
    topic: usesTopic,
  };
}

/** Whether a draft still holds a slot the user must fill in ("[[add: ...]]") before sending. */
export function hasUnfilledSlot(text: string): boolean {
  return /\[\[add:[^\]]*\]\]/.test(text);
}

/** The message a voicemail stands in for; a thank-you when none (or nothing callable) is given. */
function scriptPurpose(purpose: MessageKind | undefined): CallablePurpose {
  return (CALLABLE_PURPOSES as readonly string[]).includes(purpose ?? "")
    ? (purpose as CallablePurpose)
    : "appreciation";
}

/** The wordings meant for a draft with (or without) a topic; any wording if none is. */
function suitable(wordings: readonly Wording[], hasTopic: boolean): readonly Wording[] {
  const wanted = wordings.filter(
    (w) => (w.topic ?? (hasTopic ? "with" : "without")) === (hasTopic ? "with" : "without"),
  );
  return wanted.length > 0 ? wanted : wordings;
}

/** The chosen note if it fits LinkedIn's limit; else shorter forms of it; else the pack's shortest notes. */
function fittingNote(
  wordings: readonly Wording[],
  chosen: Wording,
  pack: LanguagePack,
  render: (text: string, values?: Record<Placeholder, string>) => string,
  values: Record<Placeholder, string>,
): string {
  const signedShort = { ...values, senderName: values.senderFirstName };
  const brief = { ...signedShort, atCompany: "", aboutTopic: "" };
  const order = [chosen, ...wordings.filter((w) => w !== chosen)];
  // Rendered one at a time, in order, until one fits: the chosen wording nearly always does.
  let last = "";
  for (const w of order) {
    for (const v of [values, signedShort, brief]) {
      last = render(w.body, v);
      if (fitsLinkedInNote(last)) return last;
    }
  }
  for (const text of pack.linkedinFallbacks) {
    last = render(text);
    if (fitsLinkedInNote(last)) return last;
  }
  return last;
}

function pick(wordings: readonly Wording[], variant: number): Wording {
  const whole = Number.isFinite(variant) ? Math.trunc(variant) : 0;
  const chosen = wordings[((whole % wordings.length) + wordings.length) % wordings.length];
  if (chosen === undefined) throw new Error("a message kind has no wording");
  return chosen;
}

/** Text from people (names, topics) cannot open a condition or a placeholder. */
// Remembered: a message's drafts pass the same names, employer and role through it each time.
const plain = remembered((text: string): string =>
  text
    .replace(/[<>{}|]/g, "")
    .replace(/\s+/g, " ")
    .trim(),
);

function placeholderValues(
  ctx: DraftContext,
  pack: LanguagePack,
  register: Register,
  firstName: string | null,
  topic: ReturnType<typeof noteTopic>,
): Record<Placeholder, string> {
  const lastName = lastNameOf(ctx.recipient.name);
  const gender =
    ctx.recipient.gender ??
    genderOf(
      { first: firstName, last: lastName },
      ctx.cues ?? "",
      pack.language,
      ctx.recipient.note,
    );
  const company = companyName(ctx.company);
  const title = roleTitle(ctx.role);
  const sender = plain(ctx.sender.name);
  const topicText = topic ? plain(topic.text) : null;
  const greeting = greetingFor(pack.language, register, {
    first: firstName,
    last: lastName,
    gender,
  });
  const targets = targetList(ctx.targets, company).map(plain);
  const paused = ctx.paused ?? false;
  return {
    greeting,
    greetingInline: greeting.replace(/:$/, ","),
    signOff: signOffFor(pack.language, register),
    senderName: sender || SLOTS.name,
    senderFirstName: firstNameOf(sender) ?? (sender || SLOTS.name),
    company: company ? plain(company) : pack.noCompany,
    atCompany: company ? pack.atCompany(plain(company)) : "",
    theRole: pack.theRole(title ? plain(title) : null),
    forRole: title ? pack.forRole(plain(title)) : "",
    topicLine: topicText && topic ? pack.topic[topic.kind](topicText) : "",
    laterTopicLine:
      topicText && topic?.kind === "talked"
        ? pack.topic.later(topicText)
        : topicText
          ? pack.topic.ask(topicText)
          : "",
    aboutTopic: topicText && topic?.kind === "talked" ? pack.topic.about(topicText) : "",
    targetsLine: targets.length > 0 ? pack.targets(targets) : "",
    futureLine: paused
      ? pack.futureLine.paused
      : (ctx.openToFuture ?? true)
        ? pack.futureLine.open
        : "",
    wishLine: ctx.someoneHired === false || paused ? pack.wish.nobodyHired : pack.wish.hired,
    referrerName: ctx.referrer
      ? plain(ctx.referrer.name) || pack.referrerFallback
      : pack.referrerFallback,
    introducedName: ctx.introduced
      ? plain(ctx.introduced.name) || pack.introducedFallback
      : pack.introducedFallback,
    callCore: "",
  };
}

/** `<yes|no>` by register, `<flag?yes|no>` by flag; conditions do not nest. */
const CONDITION = /<(?:(\w+)\?)?([^<>|]*)\|([^<>|]*)>/g;

/** Resolves conditions, innermost first, so a register choice can sit inside a flag's branch. */
function resolve(text: string, register: Register, flags: Record<Flag, boolean>): string {
  let current = text;
  for (let depth = 0; depth < 4; depth++) {
    const next = current.replace(
      CONDITION,
      (whole, flag: string | undefined, yes: string, no: string) => {
        if (flag === undefined) return register === "formal" ? yes : no;
        if (!(flag in flags)) throw new Error(`unknown condition ${whole} in a wording`);
        return flags[flag as Flag] ? yes : no;
      },
    );
    if (next === current) break;
    current = next;
  }
  if (/[<>]/.test(current)) throw new Error("an unbalanced condition in a wording");
  return current;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function isPlaceholder(key: string): key is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(key);
}

/** Replaces placeholders; a line of placeholders that all came out empty goes, with its gap. */
function fill(template: string, values: Record<Placeholder, string>): string {
  const lines = template.split("\n").flatMap((line) => {
    const filled = line.replace(PLACEHOLDER, (whole, key: string) => {
      if (!isPlaceholder(key)) throw new Error(`unknown placeholder ${whole} in a wording`);
      return values[key];
    });
    const onlyPlaceholders = line.trim() !== "" && line.replace(PLACEHOLDER, "").trim() === "";
    return onlyPlaceholders && filled.trim() === "" ? [] : [filled];
  });
  return lines.join("\n");
}

/** Spaces, doubled stops and gaps left by empty placeholders. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ +([,.;:?!])(?!\p{L})/gu, "$1")
    .replace(/(?<!\.)\.\.(?!\.)/g, ".")
    .replace(/[ \t]+\n|\n[ \t]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The written kinds, for tables over every kind. */
export type { WrittenKind };
