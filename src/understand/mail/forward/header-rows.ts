import { HEADER_LABELS, type HeaderField } from "./header-labels.ts";

/** A header line ("From: …", "To: a, b, c") longer than this is prose, not a header. */
export const MAX_HEADER_LINE_CHARS = 2000;

interface HeaderLine {
  field: HeaderField;
  value: string;
}

/**
 * One line of headers, or several run together the way Yahoo writes them:
 * "From: Giulia <g@x.it>To: jordan@y.com Sent: Friday, 12:03 PM GMT+2Subject: Candidatura".
 */
export function readHeaderLines(line: string): HeaderLine[] {
  const first = readHeaderLine(line);
  if (!first) {
    return [];
  }
  const starts = stuckLabelStarts(line, firstColon(line) + 1);
  if (starts.length === 0) {
    return [first];
  }
  const headers: HeaderLine[] = [];
  let from = 0;
  for (const start of [...starts, line.length]) {
    const header = readHeaderLine(line.slice(from, start).trim());
    if (header) {
      headers.push(header);
    }
    from = start;
  }
  return headers;
}

/** Where a capitalised label ("To:", "Subject:") starts glued to the previous value ("…>To:"). */
function stuckLabelStarts(line: string, from: number): number[] {
  const starts: number[] = [];
  for (let colon = line.indexOf(":", from); colon > 0; colon = line.indexOf(":", colon + 1)) {
    const labelEnd = line[colon - 1] === " " ? colon - 1 : colon;
    let runStart = labelEnd;
    while (runStart > from && labelEnd - runStart < 20 && isLabelChar(line[runStart - 1] ?? "")) {
      runStart--;
    }
    for (let j = runStart; j < labelEnd; j++) {
      const char = line[j] ?? "";
      const before = line[j - 1] ?? " ";
      if (char === char.toLowerCase() || before === " " || before === "\t") {
        continue;
      }
      if (HEADER_LABELS.has(line.slice(j, labelEnd).toLowerCase())) {
        starts.push(j);
        break;
      }
    }
  }
  return starts;
}

function isLabelChar(char: string): boolean {
  return char === "-" || char.toLowerCase() !== char.toUpperCase();
}

/** Parses "From: x", "*From:* x", "De : x", "Subject:\tx" into a field and value. */
export function readHeaderLine(line: string): HeaderLine | null {
  if (line.length > MAX_HEADER_LINE_CHARS) {
    return null;
  }
  const colon = firstColon(line);
  if (colon <= 0 || colon > 32) {
    return null;
  }
  const label = line.slice(0, colon).replaceAll("*", "").trim().toLowerCase().replace(/\s+/g, " ");
  const field = HEADER_LABELS.get(label);
  if (!field) {
    return null;
  }
  let value = line.slice(colon + 1).trim();
  while (value.startsWith("*")) {
    value = value.slice(1).trimStart();
  }
  return { field, value };
}

/** The first colon, ASCII or full-width ("件名："), or -1. */
export function firstColon(text: string): number {
  const ascii = text.indexOf(":");
  const wide = text.indexOf("：");
  if (ascii < 0) {
    return wide;
  }
  return wide < 0 ? ascii : Math.min(ascii, wide);
}
