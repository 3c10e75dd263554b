import { type HeaderField, isAddressField } from "./header-labels.ts";
import { MAX_HEADER_LINE_CHARS, readHeaderLine, readHeaderLines } from "./header-rows.ts";
import { stripQuoteMarkers } from "./quoting.ts";

/** The longest header block seen in real mail is about a dozen lines (Apple Mail with Reply-To, Cc). */
const MAX_HEADER_BLOCK_LINES = 40;
/** Blank lines allowed between header lines (HTML-derived text puts one after each <p>). */
const MAX_BLANKS_IN_HEADER_BLOCK = 2;

/** A forwarded message's header rows, as found in the text. */
export interface HeaderBlock {
  fields: Map<HeaderField, string>;
  /** Index of the first header line. */
  start: number;
  /** Index of the first line after the block (the original's body starts here). */
  end: number;
}

/**
 * The header fields of the block starting at `start` (after up to two blank lines), and the
 * index of the first line after it; no fields and `end === start` when there is no block.
 */
export function headerBlockAt(
  lines: readonly string[],
  start: number,
): { fields: ReadonlySet<HeaderField>; end: number } {
  const block = readHeaderBlock(lines, start);
  return { fields: new Set(block.fields.keys()), end: block.end };
}

/** A bare header block (no separator line) must look like one: From plus Date or Subject plus one more. */
export function looksLikeHeaderBlock(block: HeaderBlock): boolean {
  const { fields } = block;
  if (!fields.has("from") || !(fields.has("date") || fields.has("subject"))) {
    return false;
  }
  return fields.size >= 3;
}

/**
 * Reads the "Label: value" lines of a forwarded header block starting at `start`,
 * tolerating what HTML-to-text conversion does to them: "*bold*" labels, blank lines
 * between rows, a Thunderbird table cell's value on the next line, an address wrapped
 * onto the following line. `leading` is header text that shared the separator's line.
 */
export function readHeaderBlock(
  lines: readonly string[],
  start: number,
  leading = "",
): HeaderBlock {
  const fields = new Map<HeaderField, string>();
  let last: HeaderField | null = null;
  for (const header of readHeaderLines(leading)) {
    if (!fields.has(header.field)) {
      fields.set(header.field, cleanHeaderValue(header.value));
    }
    last = header.field;
  }
  let i = start;
  // Skip the blank lines between a separator and the header rows.
  while (fields.size === 0 && i < lines.length && i < start + 3 && isBlank(lines[i] ?? "")) {
    i++;
  }
  const first = fields.size === 0 ? i : start;
  const limit = Math.min(lines.length, i + MAX_HEADER_BLOCK_LINES);
  let end = i;
  while (i < limit) {
    const line = lines[i] ?? "";
    const trimmed = line.length > MAX_HEADER_LINE_CHARS ? "" : stripQuoteMarkers(line).text.trim();
    if (trimmed === "") {
      if (fields.size === 0) {
        break;
      }
      const next = nextNonBlank(lines, i + 1, MAX_BLANKS_IN_HEADER_BLOCK);
      if (next < 0 || !readHeaderLine(stripQuoteMarkers(lines[next] ?? "").text.trim())) {
        break;
      }
      i = next;
      continue;
    }
    const headers = readHeaderLines(trimmed);
    if (headers.length > 0) {
      let consumed = i;
      for (const [index, header] of headers.entries()) {
        let value = header.value;
        if (value === "" && index === headers.length - 1) {
          const next = valueOnNextLine(lines, i + 1, header.field);
          if (next >= 0) {
            value = stripQuoteMarkers(lines[next] ?? "").text.trim();
            consumed = next;
          }
        }
        if (!fields.has(header.field)) {
          fields.set(header.field, cleanHeaderValue(value));
        }
        last = header.field;
      }
      i = consumed + 1;
      end = i;
      continue;
    }
    const current = last ? (fields.get(last) ?? "") : "";
    if (last && isAddressField(last) && continuesAddress(current, trimmed)) {
      fields.set(last, cleanHeaderValue(`${current} ${trimmed}`));
      i++;
      end = i;
      continue;
    }
    break;
  }
  return fields.size === 0 ? { fields, start, end: start } : { fields, start: first, end };
}

/**
 * Thunderbird's header table, flattened from HTML, puts "Subject:" and its value on lines of
 * their own. The next line is that value only if another header row follows it, or it is an
 * address for an address row: an empty "Subject:" must not swallow the body's first line.
 */
function valueOnNextLine(lines: readonly string[], from: number, field: HeaderField): number {
  const next = nextNonBlank(lines, from, MAX_BLANKS_IN_HEADER_BLOCK);
  if (next < 0) {
    return -1;
  }
  const text = stripQuoteMarkers(lines[next] ?? "").text.trim();
  if (text.length > MAX_HEADER_LINE_CHARS || readHeaderLine(text)) {
    return -1;
  }
  if (isAddressField(field) && text.includes("@")) {
    return next;
  }
  const after = nextNonBlank(lines, next + 1, MAX_BLANKS_IN_HEADER_BLOCK);
  return after >= 0 && readHeaderLine(stripQuoteMarkers(lines[after] ?? "").text.trim())
    ? next
    : -1;
}

/** An address list wrapped onto the next line: unbalanced "<", a trailing comma, or "<addr>" alone. */
function continuesAddress(current: string, next: string): boolean {
  if (next.length > 300) {
    return false;
  }
  const opens = countChar(current, "<") + countChar(current, "[");
  const closes = countChar(current, ">") + countChar(current, "]");
  if (opens > closes) {
    return true;
  }
  if (current.endsWith(",") || current.endsWith(";")) {
    return true;
  }
  return (next.startsWith("<") || next.startsWith("[mailto:")) && next.includes("@");
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (const c of text) {
    if (c === char) {
      count++;
    }
  }
  return count;
}

function cleanHeaderValue(value: string): string {
  let cleaned = value.replace(/\s+/g, " ").trim();
  // "*Your application*": a bold value from HTML-to-text conversion.
  if (cleaned.length > 2 && cleaned.startsWith("*") && cleaned.endsWith("*")) {
    cleaned = cleaned.slice(1, -1).trim();
  }
  return cleaned;
}

function isBlank(line: string): boolean {
  return stripQuoteMarkers(line).text.trim() === "";
}

function nextNonBlank(lines: readonly string[], from: number, maxBlanks: number): number {
  for (let i = from; i < lines.length && i <= from + maxBlanks; i++) {
    if (!isBlank(lines[i] ?? "")) {
      return i;
    }
  }
  return -1;
}
