import { MAX_HEADER_LINE_CHARS, readHeaderLine } from "./header-rows.ts";
import { FORWARD_SEPARATORS, ORIGINAL_MESSAGE_SEPARATORS } from "./separator-phrases.ts";

/** Separator and signature lines are short; longer lines are never compared against them. */
const MAX_MARKER_LINE_CHARS = 200;

/** Classifies a trimmed line as a forward separator, an "original message" line or a rule. */
export function separatorKind(trimmed: string): "forward" | "original" | "rule" | null {
  if (trimmed.length > MAX_MARKER_LINE_CHARS) {
    return null;
  }
  if (isRuleLine(trimmed)) {
    return "rule";
  }
  const core = separatorCore(trimmed);
  if (core === "") {
    return null;
  }
  if (FORWARD_SEPARATORS.has(core)) {
    return "forward";
  }
  return ORIGINAL_MESSAGE_SEPARATORS.has(core) ? "original" : null;
}

/** Yahoo's "----- Forwarded Message ----- From: …" keeps the headers on the separator's line. */
export function separatorWithHeaders(
  trimmed: string,
): { kind: "forward" | "original"; headers: string } | null {
  if (!trimmed.startsWith("-") || trimmed.length > MAX_HEADER_LINE_CHARS) {
    return null;
  }
  let start = 0;
  while (start < trimmed.length && isDecoration(trimmed[start] ?? "")) {
    start++;
  }
  const lower = trimmed.slice(start, start + 60).toLowerCase();
  for (const [kind, phrases] of [
    ["forward", FORWARD_SEPARATORS],
    ["original", ORIGINAL_MESSAGE_SEPARATORS],
  ] as const) {
    for (const phrase of phrases) {
      const after = trimmed[start + phrase.length] ?? "";
      if (lower.startsWith(phrase) && (isDecoration(after) || after === ":")) {
        let rest = start + phrase.length;
        while (
          rest < trimmed.length &&
          (isDecoration(trimmed[rest] ?? "") || trimmed[rest] === ":")
        ) {
          rest++;
        }
        const headers = trimmed.slice(rest);
        return readHeaderLine(headers) ? { kind, headers } : null;
      }
    }
  }
  return null;
}

/** A horizontal rule: Outlook's line of underscores, or an <hr> rendered as dashes. */
export function isRuleLine(trimmed: string): boolean {
  if (trimmed.length < 10) {
    return false;
  }
  const first = trimmed[0];
  if (first !== "_" && first !== "-" && first !== "=") {
    return false;
  }
  for (const char of trimmed) {
    if (char !== first) {
      return false;
    }
  }
  return true;
}

/** "---------- Forwarded message ---------" -> "forwarded message". */
function separatorCore(trimmed: string): string {
  let start = 0;
  let end = trimmed.length;
  while (start < end && isDecoration(trimmed[start] ?? "")) {
    start++;
  }
  while (end > start && isDecoration(trimmed[end - 1] ?? "")) {
    end--;
  }
  let core = trimmed.slice(start, end);
  if (core.endsWith(":") || core.endsWith("：")) {
    core = core.slice(0, -1);
  }
  return core.trim().toLowerCase().replace(/\s+/g, " ");
}

function isDecoration(char: string): boolean {
  return (
    char === "-" || char === "_" || char === "=" || char === "*" || char === " " || char === "\t"
  );
}
