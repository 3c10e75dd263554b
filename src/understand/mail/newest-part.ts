import EmailReplyParser from "email-reply-parser";
import { lastRead } from "../remembered.ts";
import { headerBlockAt } from "./forward/header-block.ts";
import { readHeaderLine } from "./forward/header-rows.ts";
import { libraryView } from "./forward/library-view.ts";
import { stripQuoteMarkers } from "./forward/quoting.ts";
import { isRuleLine, separatorKind } from "./forward/separators.ts";

/** The newest message of a rejection thread is short; older history below this is never read. */
const MAX_NEWEST_CHARS = 64 * 1024;
/** Reply headers are looked for this far down; a newest message longer than this is kept whole. */
const MAX_HEADER_SCAN_CHARS = 16 * 1024;
/** An attribution ("On …, Maya Ortiz <maya@x.com> wrote:") is one line, wrapped onto at most three. */
const MAX_ATTRIBUTION_CHARS = 400;
const MAX_ATTRIBUTION_LINES = 3;
/**
 * email-reply-parser backtracks badly (20,000 blank lines cost seconds, 16 KB of prose ~9 ms),
 * so it only ever sees this much of the text, sanitised, and only when our scan found nothing.
 */
const LIBRARY_VIEW_CHARS = 4 * 1024;

interface Attribution {
  /** Lower-cased words the attribution line starts with. */
  starts: readonly string[];
  /** Lower-cased endings (after trimming) that close it. */
  ends: readonly string[];
  /** A word that must appear somewhere, when the ending alone is too common (a bare ":"). */
  contains?: string;
}

/** "On <date>, <name> wrote:" in the languages mail clients write it. */
const ATTRIBUTIONS: readonly Attribution[] = [
  { starts: ["on "], ends: ["wrote:", "wrote", "writes:"] },
  { starts: ["am "], ends: [":"], contains: "schrieb" },
  { starts: [""], ends: [":"], contains: " schrieb am " },
  { starts: ["le "], ends: ["a écrit :", "a écrit:", "a écrit"] },
  { starts: ["el "], ends: ["escribió:", "escribió :", "escribió"] },
  { starts: ["op "], ends: [":"], contains: "schreef" },
  // Apple Mail in Dutch: "Op 14 okt. 2025 om 09:10 heeft Maya <maya@x.nl> het volgende geschreven:".
  { starts: ["op "], ends: ["het volgende geschreven:", "het volgende geschreven :"] },
  { starts: ["il "], ends: ["ha scritto:", "ha scritto :", "scritto:"] },
  { starts: ["em ", "no dia "], ends: ["escreveu:", "escreveu :"] },
  { starts: ["den ", "d. ", "på "], ends: [":"], contains: "skrev" },
  { starts: ["w dniu ", "dnia "], ends: ["napisał:", "napisała:", "napisał(a):", "pisze:"] },
  { starts: [""], ends: ["wrote:"], contains: "@" },
];

/** The newest message of a thread: older replies and ">"-quoted lines removed, signature kept. */
export function newestPart(body: string): string {
  const newest = ownWords(body);
  // A message that is all quote (a bare forward of a reply): the whole text is the message.
  return newest === "" ? body.slice(0, MAX_NEWEST_CHARS).trim() : newest;
}

/**
 * Only what the writer of a reply wrote themselves: "" when everything is quoted. Commands
 * are read from this, never from the quote (the digest quotes text from strangers).
 */
export function ownWords(body: string): string {
  const head = body.length > MAX_NEWEST_CHARS ? body.slice(0, MAX_NEWEST_CHARS) : body;
  if (head.trim() === "") {
    return "";
  }
  const { lines, cut } = historyIn(head);
  const kept = (cut >= 0 ? lines.slice(0, cut) : lines).filter(
    (line) => stripQuoteMarkers(line).depth === 0,
  );
  while (kept.length > 0) {
    const last = (kept[kept.length - 1] ?? "").trim();
    if (last !== "" && !isRuleLine(last)) {
      break;
    }
    kept.pop();
  }
  return kept.join("\n").trim();
}

/**
 * Where older history starts in `body` (split on "\n"): the index of the reply header or
 * separator line that opens it, or -1 when none is found. Understanding uses it to step past
 * the user's own message in a thread to the one before it.
 */
export function historyStart(body: string): number {
  return historyIn(body.length > MAX_NEWEST_CHARS ? body.slice(0, MAX_NEWEST_CHARS) : body).cut;
}

/**
 * The text's lines and where older history starts in them (-1: nowhere). Understanding asks
 * it of the same body twice in a row (its newest part, then the older message below), so the
 * last text's answer is kept; the lines are only read, never changed.
 */
const historyIn = lastRead((head: string): { lines: readonly string[]; cut: number } => {
  const lines = head.split("\n");
  let cut = findReplyHeader(lines, lineCountWithin(lines, MAX_HEADER_SCAN_CHARS));
  if (cut < 0 && mayHaveForeignAttribution(lines)) {
    cut = replyHeaderFromLibrary(head, lines);
  }
  return { lines, cut };
});

/** Index of the first line that starts older history, or -1. */
function findReplyHeader(lines: readonly string[], scanLines: number): number {
  for (let i = 0; i < scanLines; i++) {
    const line = lines[i] ?? "";
    if (stripQuoteMarkers(line).depth > 0) {
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "") {
      continue;
    }
    const kind = separatorKind(trimmed);
    if (kind === "forward" || kind === "original") {
      return i;
    }
    if (kind === "rule") {
      if (headerBlockAt(lines, i + 1).fields.has("from")) {
        return i;
      }
      continue;
    }
    if (readHeaderLine(trimmed)?.field === "from") {
      const { fields, end } = headerBlockAt(lines, i);
      if (fields.size >= 2 && (fields.has("date") || fields.has("subject"))) {
        return i;
      }
      // A From line further down this block can only see fewer fields: skip past it.
      i = Math.max(i, end - 1);
      continue;
    }
    if (isAttributionAt(lines, i)) {
      return i;
    }
  }
  return -1;
}

/** How many leading lines fit in `chars` characters. */
function lineCountWithin(lines: readonly string[], chars: number): number {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    total += (lines[i] ?? "").length + 1;
    if (total > chars) {
      return i + 1;
    }
  }
  return lines.length;
}

/** An "On … wrote:" line at `index`, possibly wrapped over the next one or two lines. */
function isAttributionAt(lines: readonly string[], index: number): boolean {
  const first = (lines[index] ?? "").trim();
  if (first.length > MAX_ATTRIBUTION_CHARS) {
    return false;
  }
  // French typography puts a narrow no-break space before the colon ("a écrit\u202f:").
  const lower = first.toLowerCase().replace(/[\u00a0\u202f]/g, " ");
  const candidates = ATTRIBUTIONS.filter((a) => a.starts.some((start) => lower.startsWith(start)));
  if (candidates.length === 0) {
    return false;
  }
  let joined = lower;
  for (let extra = 0; extra < MAX_ATTRIBUTION_LINES; extra++) {
    if (extra > 0) {
      const next = (lines[index + extra] ?? "").trim();
      if (next === "" || stripQuoteMarkers(lines[index + extra] ?? "").depth > 0) {
        return false;
      }
      joined = `${joined} ${next.toLowerCase().replace(/[\u00a0\u202f]/g, " ")}`;
      if (joined.length > MAX_ATTRIBUTION_CHARS) {
        return false;
      }
    }
    const matched = candidates.some(
      (a) =>
        a.ends.some((end) => joined.endsWith(end)) &&
        (a.contains === undefined || joined.includes(a.contains)),
    );
    if (matched) {
      return looksDated(joined) || nextContentIsQuoted(lines, index + extra + 1);
    }
  }
  return false;
}

/** Attributions carry a date or an address; prose that happens to end in "wrote:" does not. */
function looksDated(text: string): boolean {
  return /\d/.test(text) || text.includes("@");
}

function nextContentIsQuoted(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + 3; i++) {
    const line = lines[i] ?? "";
    if (line.trim() !== "") {
      return stripQuoteMarkers(line).depth > 0;
    }
  }
  return false;
}

/**
 * Attributions in languages we do not list ("2025/01/06 10:02、Maya のメッセージ:",
 * "在 2025年1月6日，Maya 写道：") end in a colon and carry a date or address: only then is the
 * library worth its cost.
 */
function mayHaveForeignAttribution(lines: readonly string[]): boolean {
  return lines.slice(0, lineCountWithin(lines, LIBRARY_VIEW_CHARS)).some((line) => {
    const trimmed = line.trim();
    return (
      trimmed.length >= 10 &&
      trimmed.length <= MAX_ATTRIBUTION_CHARS &&
      (trimmed.endsWith(":") || trimmed.endsWith("：")) &&
      stripQuoteMarkers(line).depth === 0 &&
      (/\d{4}|\d:\d\d/.test(trimmed) || trimmed.includes("@"))
    );
  });
}

let replyParser: EmailReplyParser | null = null;

/** Asks email-reply-parser where the quoted history starts, on a short sanitised view. */
function replyHeaderFromLibrary(head: string, lines: readonly string[]): number {
  let header: string | undefined;
  try {
    replyParser ??= new EmailReplyParser();
    const fragments = replyParser.read(libraryView(head, LIBRARY_VIEW_CHARS)).getFragments();
    header = fragments
      .find((fragment) => fragment.isQuoted() && !fragment.isEmpty())
      ?.getContent()
      .trim()
      .split("\n", 1)[0]
      ?.trim();
  } catch {
    return -1;
  }
  if (!header || header.startsWith(">")) {
    return -1;
  }
  // The library joins a wrapped attribution onto one line; match on its opening words.
  const opening = header.slice(0, 40);
  for (let i = 1; i < lines.length; i++) {
    const trimmed = (lines[i] ?? "").trim();
    if (trimmed.length >= 8 && (trimmed.startsWith(opening) || header.startsWith(trimmed))) {
      return i;
    }
  }
  return -1;
}
