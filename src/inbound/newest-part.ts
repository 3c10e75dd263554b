import EmailReplyParser from "email-reply-parser";
import {
  headerFieldsAt,
  isRuleLine,
  readHeaderLine,
  separatorKind,
  stripQuoteMarkers,
} from "./unwrap-forward.ts";

/** The newest message of a rejection thread is short; older history below this is never read. */
const MAX_NEWEST_CHARS = 64 * 1024;
/** An attribution ("On …, Maya Ortiz <maya@x.com> wrote:") is one line, wrapped onto at most three. */
const MAX_ATTRIBUTION_CHARS = 400;
const MAX_ATTRIBUTION_LINES = 3;
/**
 * email-reply-parser backtracks badly (20,000 blank lines cost seconds, 16 KB of prose ~9 ms),
 * so it only ever sees this much of the text, sanitised, and only when our scan found nothing.
 */
const LIBRARY_VIEW_CHARS = 4 * 1024;
const LIBRARY_VIEW_LINE_CHARS = 300;

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
  { starts: ["le "], ends: ["a écrit :", "a écrit:", "a écrit", "a écrit :"] },
  { starts: ["el "], ends: ["escribió:", "escribió :", "escribió"] },
  { starts: ["op "], ends: [":"], contains: "schreef" },
  { starts: ["il "], ends: ["ha scritto:", "ha scritto :", "scritto:"] },
  { starts: ["em ", "no dia "], ends: ["escreveu:", "escreveu :"] },
  { starts: ["den ", "d. ", "på "], ends: [":"], contains: "skrev" },
  { starts: ["w dniu ", "dnia "], ends: ["napisał:", "napisała:", "napisał(a):", "pisze:"] },
  { starts: [""], ends: ["wrote:"], contains: "@" },
];

/** The newest message of a thread: older replies and ">"-quoted lines removed, signature kept. */
export function newestPart(body: string): string {
  const head = body.length > MAX_NEWEST_CHARS ? body.slice(0, MAX_NEWEST_CHARS) : body;
  if (head.trim() === "") {
    return "";
  }
  const lines = head.split("\n");
  let cut = findReplyHeader(lines);
  if (cut < 0 && mayHaveForeignAttribution(lines)) {
    cut = replyHeaderFromLibrary(head, lines);
  }
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
  const newest = kept.join("\n").trim();
  return newest === "" ? head.trim() : newest;
}

/** Index of the first line that starts older history, or -1. */
function findReplyHeader(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
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
      if (headerFieldsAt(lines, i + 1).has("from")) {
        return i;
      }
      continue;
    }
    if (readHeaderLine(trimmed)?.field === "from") {
      const fields = headerFieldsAt(lines, i);
      if (fields.size >= 2 && (fields.has("date") || fields.has("subject"))) {
        return i;
      }
    }
    if (isAttributionAt(lines, i)) {
      return i;
    }
  }
  return -1;
}

/** An "On … wrote:" line at `index`, possibly wrapped over the next one or two lines. */
function isAttributionAt(lines: readonly string[], index: number): boolean {
  const first = (lines[index] ?? "").trim();
  if (first.length > MAX_ATTRIBUTION_CHARS) {
    return false;
  }
  const lower = first.toLowerCase();
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
      joined = `${joined} ${next.toLowerCase()}`;
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
  return lines.some((line) => {
    const trimmed = line.trim();
    return (
      trimmed.length >= 10 &&
      trimmed.length <= MAX_ATTRIBUTION_CHARS &&
      (trimmed.endsWith(":") || trimmed.endsWith("：")) &&
      looksDated(trimmed)
    );
  });
}

let replyParser: EmailReplyParser | null = null;

/** Asks email-reply-parser where the quoted history starts, on a short sanitised view. */
function replyHeaderFromLibrary(head: string, lines: readonly string[]): number {
  let header: string | undefined;
  try {
    replyParser ??= new EmailReplyParser();
    const fragments = replyParser.read(libraryView(head)).getFragments();
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
    if ((lines[i] ?? "").trim().startsWith(opening)) {
      return i;
    }
  }
  return -1;
}

/** Short lines, no blank runs, bounded size: what the library's regexes can handle in time. */
function libraryView(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const line of text.slice(0, LIBRARY_VIEW_CHARS).split("\n")) {
    const trimmedEnd = line.trimEnd().slice(0, LIBRARY_VIEW_LINE_CHARS);
    if (trimmedEnd.trim() === "") {
      if (!blank) {
        out.push("");
      }
      blank = true;
      continue;
    }
    blank = false;
    out.push(trimmedEnd);
  }
  return out.join("\n");
}
