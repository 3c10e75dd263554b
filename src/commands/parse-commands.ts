/**
 * The grammar of a reply to the digest: one command per line, case-insensitive, forgiving of
 * list bullets, separators and trailing punctuation. Pure: text in, commands and problems out.
 *
 * An edit's new text runs until the next line that parses completely as a command ("yes 3",
 * "skip 4", "help", "pause") or the end. Prose that merely starts with a command word ("Yes,
 * I'd love to meet", "No worries", "OK, thanks") is not a complete command, so it stays in
 * the text; blank lines and sign-offs ("Best, Anna") stay too, since drafts end with them.
 */

import { validAddress } from "../digest/compose-digest.ts";
import {
  cleanName,
  LANGUAGE_CODES,
  resolveHour,
  resolveLanguage,
  resolveTimeZone,
} from "./settings-values.ts";

/** Which drafts an approve or skip names. */
export type Targets = { all: true } | { all: false; numbers: number[] };
export type SnoozeUnit = "day" | "week" | "month";
export type Command =
  | { kind: "approve"; targets: Targets; line: string }
  | { kind: "skip"; targets: Targets; line: string }
  | { kind: "edit"; number: number; subject: string | null; body: string; line: string }
  | { kind: "snooze"; numbers: number[]; amount: number; unit: SnoozeUnit; line: string }
  | { kind: "never"; numbers: number[]; line: string }
  | { kind: "confirm"; numbers: number[]; line: string }
  | { kind: "decline"; numbers: number[]; line: string }
  | { kind: "targets"; companies: string[]; line: string }
  | { kind: "pause"; line: string }
  | { kind: "resume"; line: string }
  | { kind: "help"; line: string }
  | { kind: "delete_data"; code: string | null; line: string }
  | { kind: "settings"; line: string }
  | { kind: "name"; name: string; line: string }
  | { kind: "timezone"; zone: string; line: string }
  | { kind: "hour"; hour: number; line: string }
  | { kind: "language"; language: string; line: string }
  | { kind: "delivery"; mode: "direct" | "handoff"; line: string }
  | { kind: "address"; number: number; email: string; line: string }
  | { kind: "fill"; number: number; text: string; line: string }
  | { kind: "export"; line: string }
  | { kind: "calendar"; revoke: boolean; line: string };
/** A line not acted on; `line` is "" when the problem is with the reply as a whole. */
export interface CommandProblem {
  line: string;
  message: string;
}
export interface ParsedReply {
  commands: Command[];
  problems: CommandProblem[];
}

/** Nobody types this much by hand; the cap bounds the work a stranger's reply can cause. */
const MAX_REPLY_CHARS = 20_000;
/** A digest offers far fewer drafts; more commands than this is a paste, not a reply. */
const MAX_COMMANDS = 100;
/** The confirmation lists problems; past this many it says how many more there were. */
const MAX_PROBLEMS = 100;
/** Digest numbering starts at 1; three digits are more than a digest ever shows. */
const MAX_DRAFT_NUMBER = 999;
/** "1-5000" is a typo, not a wish: a range may name at most this many drafts. */
const MAX_RANGE_SPAN = 50;
/** A gap is a phrase or a sentence, not a letter. */
const MAX_FILL_CHARS = 500;
/** Follow-ups are short notes; a longer edit is more likely a paste gone wrong. */
const MAX_EDIT_CHARS = 5_000;
/** A subject is one line; RFC 5322 lines stay well under 998 characters. */
const MAX_SUBJECT_CHARS = 200;
const MAX_COMPANIES = 20;
const MAX_COMPANY_CHARS = 100;
/** Sign-offs are short; a longer line that starts with "Thanks" says something. */
const MAX_COURTESY_CHARS = 40;
/** The longest snooze in each unit: a year at most. */
const MAX_SNOOZE: Readonly<Record<SnoozeUnit, number>> = { day: 365, week: 52, month: 12 };

/** "delete my data", then "delete my data confirm <code>" (the code the first reply sent). */
const DELETE_MY_DATA = /^delete my data(?:\s+confirm\s+([a-z0-9-]{4,20}))?[.!]?$/i;

type Verb = Exclude<Command["kind"], "delete_data">;
type NumberedVerb = "approve" | "skip" | "snooze" | "never" | "confirm" | "decline";

/** Every way to start a command, longest first so "never contact" wins over "never". */
const VERB_PHRASES: readonly (readonly [string, Verb])[] = (
  [
    ["approve", "approve"],
    ["send", "approve"],
    ["yes", "approve"],
    ["okay", "approve"],
    ["ok", "approve"],
    ["skip", "skip"],
    ["drop", "skip"],
    ["no", "skip"],
    ["edit", "edit"],
    ["snooze", "snooze"],
    ["never contact", "never"],
    ["never", "never"],
    ["do not contact", "never"],
    ["don't contact", "never"],
    ["don’t contact", "never"],
    ["dont contact", "never"],
    ["confirm", "confirm"],
    ["not", "decline"],
    ["decline", "decline"],
    ["target companies", "targets"],
    ["targets", "targets"],
    ["target", "targets"],
    ["pause", "pause"],
    ["resume", "resume"],
    ["unpause", "resume"],
    ["help", "help"],
    ["commands", "help"],
    ["?", "help"],
    ["settings", "settings"],
    ["setting", "settings"],
    ["my name", "name"],
    ["name", "name"],
    ["time zone", "timezone"],
    ["timezone", "timezone"],
    ["digest hour", "hour"],
    ["hour", "hour"],
    ["language", "language"],
    ["delivery", "delivery"],
    ["address", "address"],
    ["fill", "fill"],
    ["export", "export"],
    ["calendar", "calendar"],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

/** Words that turn a would-be sign-off ("Thanks, approve all") into something to answer. */
const VERB_WORDS: ReadonlySet<string> = new Set(
  VERB_PHRASES.map(([phrase]) => phrase).filter((phrase) => /^[a-z]+$/.test(phrase)),
);

const COURTESY_PHRASES: readonly string[] = [
  "kind regards",
  "best regards",
  "warm regards",
  "many thanks",
  "all the best",
  "thank you",
  "sincerely",
  "regards",
  "thanks",
  "cheers",
  "best",
  "thx",
  "ta",
];

const NEEDS_NUMBERS: Readonly<Record<NumberedVerb, string>> = {
  approve: 'approve needs the numbers of drafts, like "approve 1 3" or "approve all"',
  skip: 'skip needs the numbers of drafts, like "skip 2" or "skip all"',
  snooze: 'snooze needs the numbers of drafts, like "snooze 5" or "snooze 5 for 2 weeks"',
  never: 'never needs the numbers of drafts, like "never 6"',
  confirm: 'confirm needs the numbers under "People to confirm", like "confirm 8"',
  decline: 'not needs the numbers under "People to confirm", like "not 8"',
};

const SNOOZE_UNITS: ReadonlyMap<string, SnoozeUnit> = new Map([
  ["d", "day"],
  ["day", "day"],
  ["days", "day"],
  ["w", "week"],
  ["wk", "week"],
  ["wks", "week"],
  ["week", "week"],
  ["weeks", "week"],
  ["m", "month"],
  ["mo", "month"],
  ["mos", "month"],
  ["month", "month"],
  ["months", "month"],
]);

/** Words between numbers that carry no meaning: "approve drafts 1 and 3 please". */
const FILLERS: ReadonlySet<string> = new Set(["and", "draft", "drafts", "please"]);
const CLEAR_TARGETS: ReadonlySet<string> = new Set(["none", "clear"]);
const TRAILING_JUNK = ".!?…,;:";

type EditHeader = { number: number; sameLine: string | null } | { problem: string };
type LineOutcome =
  | { type: "nothing" }
  | { type: "command"; command: Command }
  | { type: "edit"; header: EditHeader }
  | { type: "problem"; message: string };

/** Reads every command in a reply; a line that fails is reported and never stops the rest. */
export function parseCommands(text: string): ParsedReply {
  const { kept, truncated } = truncate(text);
  const lines = normalise(kept).split("\n");
  const commands: Command[] = [];
  const problems: CommandProblem[] = [];
  let unlisted = 0;
  const report = (line: string, message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
    else unlisted++;
  };

  let index = 0;
  while (index < lines.length) {
    const line = (lines[index] ?? "").trim();
    index++;
    const outcome = parseLine(line);
    let command: Command | null = null;
    if (outcome.type === "edit") {
      const start = index;
      while (index < lines.length && !isCommandLine(parseLine((lines[index] ?? "").trim()))) {
        index++;
      }
      const cutOff = truncated && index === lines.length;
      const edit = buildEdit(outcome.header, lines.slice(start, index), line, cutOff);
      if (typeof edit === "string") report(line, edit);
      else command = edit;
    } else if (outcome.type === "problem") {
      report(line, outcome.message);
    } else if (outcome.type === "command") {
      command = outcome.command;
    }
    if (command === null) continue;
    if (commands.length === MAX_COMMANDS) {
      problems.push({
        line,
        message: `only the first ${MAX_COMMANDS} commands are read; this line and the rest were ignored`,
      });
      break;
    }
    commands.push(command);
  }

  if (unlisted > 0) {
    problems.push({ line: "", message: `${unlisted} more lines were not understood` });
  }
  if (truncated) {
    problems.push({
      line: "",
      message: "the reply is longer than 20,000 characters; the rest was ignored",
    });
  }
  return { commands, problems };
}

/** A command's canonical one-line form, for the confirmation ("approve 1, 3"). */
export function describeCommand(command: Command): string {
  switch (command.kind) {
    case "approve":
    case "skip":
      return `${command.kind} ${command.targets.all ? "all" : listNumbers(command.targets.numbers)}`;
    case "edit":
      return `edit ${command.number}`;
    case "snooze":
      return `snooze ${listNumbers(command.numbers)} for ${command.amount} ${command.unit}${command.amount === 1 ? "" : "s"}`;
    case "never":
      return `never ${listNumbers(command.numbers)}`;
    case "confirm":
      return `confirm ${listNumbers(command.numbers)}`;
    case "decline":
      return `not ${listNumbers(command.numbers)}`;
    case "targets":
      return `targets: ${command.companies.length === 0 ? "none" : command.companies.join(", ")}`;
    case "pause":
    case "resume":
    case "help":
    case "settings":
    case "export":
      return command.kind;
    case "delete_data":
      return command.code ? "delete my data confirm …" : "delete my data";
    case "name":
      return `name ${command.name}`;
    case "timezone":
      return `timezone ${command.zone}`;
    case "hour":
      return `hour ${command.hour}`;
    case "language":
      return `language ${command.language}`;
    case "delivery":
      return `delivery ${command.mode}`;
    case "address":
      return `address ${command.number} ${command.email}`;
    case "fill":
      return `fill ${command.number}`;
    case "calendar":
      return command.revoke ? "calendar revoke" : "calendar";
  }
}

/** "1, 3, 5-8": runs of three or more read as a range, which parses back the same. */
function listNumbers(numbers: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  while (start < numbers.length) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === (numbers[end] ?? 0) + 1) end++;
    const first = numbers[start];
    const last = numbers[end];
    if (end - start >= 2) parts.push(`${first}-${last}`);
    else for (let i = start; i <= end; i++) parts.push(String(numbers[i]));
    start = end + 1;
  }
  return parts.join(", ");
}

/** Cuts at the last whole line, so "approve 12" is never read as "approve 1". */
function truncate(text: string): { kept: string; truncated: boolean } {
  if (text.length <= MAX_REPLY_CHARS) return { kept: text, truncated: false };
  const head = text.slice(0, MAX_REPLY_CHARS);
  const next = text[MAX_REPLY_CHARS];
  if (next === "\n" || next === "\r") return { kept: head, truncated: true };
  const lastBreak = Math.max(head.lastIndexOf("\n"), head.lastIndexOf("\r"));
  return { kept: lastBreak < 0 ? "" : head.slice(0, lastBreak), truncated: true };
}

/** One kind of line break and of space: mail clients add CRLF, no-break and zero-width spaces. */
function normalise(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}

function isCommandLine(outcome: LineOutcome): boolean {
  return outcome.type === "command" || (outcome.type === "edit" && !("problem" in outcome.header));
}

/** The line begins with a command word: the user meant a command, even one that fails. */
export function beginsWithCommandWord(line: string): boolean {
  const content = stripBullet(line.trim());
  return content !== "" && (DELETE_MY_DATA.test(content) || matchVerb(content) !== null);
}

function parseLine(line: string): LineOutcome {
  const content = stripBullet(line);
  if (content === "") return { type: "nothing" };
  const deletion = DELETE_MY_DATA.exec(content.trim());
  if (deletion) {
    return {
      type: "command",
      command: { kind: "delete_data", code: deletion[1]?.toUpperCase() ?? null, line },
    };
  }
  const verb = matchVerb(content);
  if (verb === null) {
    if (isCourtesy(content)) return { type: "nothing" };
    if (trimTrailingJunk(content) === "") return { type: "nothing" };
    return {
      type: "problem",
      message: `"${firstWord(content)}" is not a command; reply "help" for the list`,
    };
  }
  if (verb.kind === "edit") return { type: "edit", header: parseEditHeader(verb.rest) };
  // A fill's words are the user's text, kept as typed, full stop included.
  const rest = verb.kind === "fill" ? verb.rest : trimTrailingJunk(verb.rest);
  const result = parseArguments(verb.kind, verb.phrase, rest, line);
  return typeof result === "string"
    ? { type: "problem", message: result }
    : { type: "command", command: result };
}

/** The command for a verb and what follows it, or why it cannot be one. */
function parseArguments(
  kind: Exclude<Verb, "edit">,
  phrase: string,
  rest: string,
  line: string,
): Command | string {
  switch (kind) {
    case "approve":
    case "skip": {
      const read = readNumbers(tokenize(rest), kind);
      if (typeof read === "string") return read;
      const targets: Targets = read.all ? { all: true } : { all: false, numbers: read.numbers };
      return { kind, targets, line };
    }
    case "never": {
      const read = readNumbers(tokenize(rest), kind);
      if (typeof read === "string") return read;
      return read.all ? NEEDS_NUMBERS.never : { kind, numbers: read.numbers, line };
    }
    case "confirm":
    case "decline": {
      const read = readNumbers(tokenize(rest), kind);
      if (typeof read === "string") return read;
      // Anyone can forge a contact's From: each person is confirmed by name, never in bulk.
      if (read.all) {
        return `${kind === "confirm" ? "confirm" : "not"} takes each person's number, not "all": the list can hold someone a forged email named`;
      }
      return { kind, numbers: read.numbers, line };
    }
    case "snooze":
      return parseSnooze(tokenize(rest), line);
    case "targets": {
      // Bare "Target" opens too much prose ("Target is my dream company") to be a command.
      if (phrase === "target" && !rest.startsWith(":")) {
        return 'name target companies after a colon, like "targets: Acme, Globex"';
      }
      const companies = parseCompanies(rest);
      return typeof companies === "string" ? companies : { kind, companies, line };
    }
    case "pause":
    case "resume":
    case "help":
    case "settings":
    case "export":
      return rest.trim() === "" ? { kind, line } : `write "${phrase}" on a line by itself`;
    case "calendar": {
      const word = rest.trim().toLowerCase();
      if (word === "") return { kind, revoke: false, line };
      if (word === "revoke" || word === "off" || word === "stop")
        return { kind, revoke: true, line };
      return 'write "calendar" for your follow-ups as a calendar, or "calendar revoke" to turn its web address off';
    }
    default:
      return parseSetting(kind, phrase, rest, line);
  }
}

/** The settings commands: each names one value, checked here so a typo is reported, not stored. */
function parseSetting(
  kind: "name" | "timezone" | "hour" | "language" | "delivery" | "address" | "fill",
  phrase: string,
  rest: string,
  line: string,
): Command | string {
  const value = stripColon(rest);
  switch (kind) {
    case "name": {
      const name = cleanName(value);
      return name
        ? { kind, name, line }
        : 'name takes your name as you sign your emails, like "name Jordan Lee"';
    }
    case "timezone": {
      const zone = resolveTimeZone(value);
      return zone
        ? { kind, zone, line }
        : `"${value.slice(0, 40)}" is not a time zone Rebound knows; use a name like "Europe/Berlin", "America/New_York" or a city like "Berlin"`;
    }
    case "hour": {
      const hour = resolveHour(value);
      return hour === null
        ? 'hour takes the hour of your digest, 0 to 23, like "hour 7" or "hour 7pm"'
        : { kind, hour, line };
    }
    case "language": {
      const language = resolveLanguage(value);
      return language
        ? { kind, language, line }
        : `language takes a code like "de" or "en" (${LANGUAGE_CODES.join(", ")}), or "auto" to write in each employer's language`;
    }
    case "delivery": {
      const mode = value.toLowerCase();
      return mode === "direct" || mode === "handoff"
        ? { kind, mode, line }
        : 'delivery is "direct" (Rebound sends from your address) or "handoff" (mailed to you to send)';
    }
    case "address": {
      const match = /^#?(\d{1,3})\s*[:,]?\s+(\S+)$/.exec(value);
      const email = match ? validAddress(match[2]?.replace(/^<|>$/g, "") ?? "") : null;
      if (!match || !email) {
        return 'address takes a number from "Missing an email address" and the address, like "address 12 maya@example.com"';
      }
      return { kind, number: Number(match[1]), email: email.toLowerCase(), line };
    }
    case "fill": {
      const match = /^#?(\d{1,3})\s*[:,]?\s+(.+)$/s.exec(value);
      if (!match)
        return `${phrase} takes a draft number and your words, like "fill 4 the article on grid storage"`;
      const text = (match[2] ?? "").trim();
      if (text.length > MAX_FILL_CHARS)
        return `the text for fill ${match[1]} is longer than ${MAX_FILL_CHARS} characters`;
      return { kind, number: Number(match[1]), text, line };
    }
  }
}

function stripColon(rest: string): string {
  const text = rest.trim();
  return text.startsWith(":") ? text.slice(1).trim() : text;
}

/** The list bullets clients and people add; a leading number is not one ("1) approve 3"). */
function stripBullet(line: string): string {
  if (line.startsWith("•")) return line.slice(1).trimStart();
  if ((line.startsWith("-") || line.startsWith("*")) && /^[-*]\s/.test(line)) {
    return line.slice(1).trimStart();
  }
  return line;
}

function matchVerb(content: string): { kind: Verb; phrase: string; rest: string } | null {
  for (const [phrase, kind] of VERB_PHRASES) {
    if (startsWithPhrase(content, phrase)) {
      return { kind, phrase, rest: content.slice(phrase.length) };
    }
  }
  return null;
}

/** Whether text starts with a phrase as whole words: "no" starts "No worries", not "Nobody". */
function startsWithPhrase(text: string, phrase: string): boolean {
  if (text.slice(0, phrase.length).toLowerCase() !== phrase) return false;
  const next = text[phrase.length];
  return next === undefined || !/[\p{L}'’]/u.test(next);
}

/** Sign-offs such as "Thanks!" or "Best, Anna": nothing to do and nothing to complain about. */
function isCourtesy(content: string): boolean {
  if (content.length > MAX_COURTESY_CHARS) return false;
  const phrase = COURTESY_PHRASES.find((p) => startsWithPhrase(content, p));
  if (phrase === undefined) return false;
  const remainder = content.slice(phrase.length).toLowerCase();
  if (/\d/.test(remainder)) return false;
  return !remainder.split(/[^\p{L}']+/u).some((word) => VERB_WORDS.has(word));
}

/** Drops trailing sentence punctuation and spaces without a backtracking regex. */
function trimTrailingJunk(text: string): string {
  let end = text.length;
  while (end > 0) {
    const char = text[end - 1] ?? "";
    if (!TRAILING_JUNK.includes(char) && char.trim() !== "") break;
    end--;
  }
  return text.slice(0, end).trim();
}

function firstWord(content: string): string {
  const word = trimTrailingJunk(content.split(/\s/, 1)[0] ?? "");
  const shown = word === "" ? content : word;
  return shown.length > 30 ? `${shown.slice(0, 30)}…` : shown;
}

/** Lower-case words of a number list, with "1 - 3" and "#1–#3" joined into one range token. */
function tokenize(rest: string): string[] {
  const spaced = rest.toLowerCase().replace(/[–—−]/g, "-").replaceAll("-", " - ");
  const raw = spaced
    .split(/[\s,;:&+]+/)
    .map(trimTrailingJunk)
    .filter((token) => token !== "");
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] ?? "";
    const next = raw[i + 1];
    if (token === "-" && tokens.length > 0 && next !== undefined) {
      tokens[tokens.length - 1] += `-${next}`;
      i++;
    } else {
      tokens.push(token);
    }
  }
  return tokens.filter((token) => !FILLERS.has(token));
}

/** Draft numbers, ranges and "all", deduplicated and ascending; or what is wrong with them. */
function readNumbers(
  tokens: readonly string[],
  verb: NumberedVerb,
): { all: boolean; numbers: number[] } | string {
  if (!tokens.some((token) => token === "all" || /\d/.test(token))) return NEEDS_NUMBERS[verb];
  let all = false;
  const numbers = new Set<number>();
  for (const token of tokens) {
    if (token === "all") {
      all = true;
      continue;
    }
    const bare = token.replaceAll("#", "");
    if (bare === "") continue;
    const range = /^(\d+)-(\d+)$/.exec(bare);
    const low = Number(range ? range[1] : bare);
    const high = Number(range ? range[2] : bare);
    if (!range && !/^\d+$/.test(bare)) return `"${token}" is not a number`;
    const [from, to] = low <= high ? [low, high] : [high, low];
    if (from < 1 || to > MAX_DRAFT_NUMBER) {
      return `"${token}" is not a draft number; drafts are numbered 1 to ${MAX_DRAFT_NUMBER}`;
    }
    if (to - from + 1 > MAX_RANGE_SPAN) {
      return `"${token}" covers more than ${MAX_RANGE_SPAN} drafts`;
    }
    for (let n = from; n <= to; n++) numbers.add(n);
  }
  return { all, numbers: [...numbers].sort((a, b) => a - b) };
}

/** "snooze 5", "snooze 5 2w", "snooze 5 and 6 for 2 weeks", "snooze 5 for a month". */
function parseSnooze(tokens: readonly string[], line: string): Command | string {
  let amount = 1;
  let unit: SnoozeUnit = "week";
  let rest = tokens;
  const last = tokens.at(-1);
  const compact = last === undefined ? null : /^(\d+)([a-z]+)$/.exec(last);
  const lastUnit = last === undefined ? undefined : SNOOZE_UNITS.get(last);
  if (compact) {
    const compactUnit = SNOOZE_UNITS.get(compact[2] ?? "");
    if (compactUnit === undefined) {
      return `"${last}" is not a length of time; use days, weeks or months, like "2w"`;
    }
    amount = Number(compact[1]);
    unit = compactUnit;
    rest = tokens.slice(0, -1);
  } else if (lastUnit !== undefined) {
    const count = tokens.at(-2) ?? "";
    if (/^\d+$/.test(count)) amount = Number(count);
    else if (count !== "a" && count !== "an" && count !== "one") {
      return 'say how long before the unit, like "snooze 5 for 2 weeks"';
    }
    unit = lastUnit;
    rest = tokens.slice(0, -2);
  }
  if (rest.at(-1) === "for") rest = rest.slice(0, -1);
  const read = readNumbers(rest, "snooze");
  if (typeof read === "string") return read;
  if (read.all) return NEEDS_NUMBERS.snooze;
  const max = MAX_SNOOZE[unit];
  if (amount < 1 || amount > max) return `a snooze lasts 1 to ${max} ${unit}s`;
  return { kind: "snooze", numbers: read.numbers, amount, unit, line };
}

/**
 * "targets: Acme, Globex and Initech". Names split on commas, semicolons and the word "and";
 * "&" stays inside a name (Procter & Gamble, AT&T). "none" or "clear" empties the list.
 */
function parseCompanies(rest: string): string[] | string {
  let text = rest.trim();
  if (text.startsWith(":")) text = text.slice(1).trim();
  if (text === "") {
    return 'targets needs company names, like "targets: Acme, Globex" (or "targets: none")';
  }
  if (CLEAR_TARGETS.has(text.toLowerCase())) return [];
  const companies = new Map<string, string>();
  for (const piece of text.split(/[,;]/)) {
    let words: string[] = [];
    for (const word of [...piece.trim().split(/\s+/), "and"]) {
      if (word.toLowerCase() !== "and") {
        words.push(word);
        continue;
      }
      const name = words.join(" ").trim();
      words = [];
      if (name === "") continue;
      if (name.length > MAX_COMPANY_CHARS) {
        return `"${name.slice(0, 30)}…" is longer than ${MAX_COMPANY_CHARS} characters`;
      }
      if (!companies.has(name.toLowerCase())) companies.set(name.toLowerCase(), name);
    }
  }
  if (companies.size === 0) {
    return 'targets needs company names, like "targets: Acme, Globex" (or "targets: none")';
  }
  if (companies.size > MAX_COMPANIES) return `targets can list at most ${MAX_COMPANIES} companies`;
  return [...companies.values()];
}

/** "edit 2", "edit #2", "edit 2:" or "edit 2: text that starts the new body". */
function parseEditHeader(rest: string): EditHeader {
  let text = rest.trimStart();
  if (text.startsWith(":")) text = text.slice(1).trimStart();
  if (text.startsWith("#")) text = text.slice(1);
  const match = /^(\d+)(.*)$/s.exec(text);
  if (!match) return { problem: 'edit needs one draft number, like "edit 2"' };
  const number = Number(match[1]);
  const after = match[2] ?? "";
  if (/^[\p{L}\d]/u.test(after)) return { problem: `"${firstWord(text)}" is not a number` };
  if (number < 1 || number > MAX_DRAFT_NUMBER) {
    return {
      problem: `"${match[1]}" is not a draft number; drafts are numbered 1 to ${MAX_DRAFT_NUMBER}`,
    };
  }
  const tail = after.trim();
  if (tail.startsWith(":")) return { number, sameLine: tail.slice(1).trim() };
  if (trimTrailingJunk(tail) === "") return { number, sameLine: null };
  if (/^[\d#,&–—-]/.test(tail) || /^and\s+\d/i.test(tail)) {
    return { problem: 'edit takes one draft number, like "edit 2"' };
  }
  return {
    problem: `put the new text on the lines below "edit ${number}", or after a colon: "edit ${number}: Hi Anna"`,
  };
}

/** The edit command from its header and the lines after it, or why it cannot be one. */
function buildEdit(
  header: EditHeader,
  following: readonly string[],
  line: string,
  cutOff: boolean,
): Command | string {
  if ("problem" in header) return header.problem;
  const { number, sameLine } = header;
  if (cutOff) return `the new text for edit ${number} was cut off because the reply is too long`;
  let lines = following.map((l) => l.trimEnd());
  if (sameLine) lines.unshift(sameLine);
  let subject: string | null = null;
  const first = lines.findIndex((l) => l.trim() !== "");
  const subjectLine = lines[first]?.trim() ?? "";
  if (subjectLine.slice(0, 8).toLowerCase() === "subject:") {
    subject = subjectLine.slice(8).trim();
    lines = lines.slice(first + 1);
    if (subject === "") return `the Subject: line of edit ${number} is empty`;
    if (subject.length > MAX_SUBJECT_CHARS) {
      return `the subject for edit ${number} is longer than ${MAX_SUBJECT_CHARS} characters`;
    }
  }
  const start = lines.findIndex((l) => l.trim() !== "");
  const end = lines.findLastIndex((l) => l.trim() !== "");
  const body = start < 0 ? "" : lines.slice(start, end + 1).join("\n");
  if (body === "") {
    return subject === null
      ? `edit ${number} needs the new text on the lines below it`
      : `edit ${number} needs the new text below its Subject: line`;
  }
  if (body.length > MAX_EDIT_CHARS) {
    return `the new text for edit ${number} is longer than 5,000 characters`;
  }
  return { kind: "edit", number, subject, body, line };
}
