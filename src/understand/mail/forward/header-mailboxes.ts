import { decodeWords } from "postal-mime";
import { normaliseAddress } from "../parse-email.ts";
import type { Mailbox } from "../parsed-email.ts";

/** How Outlook writes a delegate's send ("A on behalf of B") in a forwarded From row. */
const ON_BEHALF_OF: readonly string[] = [
  " on behalf of ",
  " im auftrag von ",
  " de la part de ",
  " en nombre de ",
  " per conto di ",
  " namens ",
];

/**
 * One mailbox as forwarded header blocks write it: "Maya Ortiz <maya@x.com>",
 * "Maya Ortiz [mailto:maya@x.com]", "\"Ortiz, Maya\" <maya@x.com>", "maya@x.com",
 * "Maya Ortiz" (no address), "Maya Ortiz < (mailto:maya@x.com) maya@x.com>" (HTML).
 */
export function parseForwardedMailbox(value: string): Mailbox {
  const cleaned = withoutOnBehalfOf(cleanMailboxText(value));
  let address: string | null = null;
  let name = cleaned;
  const open = cleaned.indexOf("<");
  const close = open < 0 ? -1 : cleaned.indexOf(">", open);
  if (open >= 0 && close > open) {
    address = normaliseAddress(cleaned.slice(open + 1, close));
    if (address) {
      name = `${cleaned.slice(0, open)} ${cleaned.slice(close + 1)}`;
    }
  }
  if (!address) {
    const bare = findBareAddress(cleaned);
    if (bare) {
      address = normaliseAddress(bare.address);
      name = `${cleaned.slice(0, bare.start)} ${cleaned.slice(bare.end)}`;
    }
  }
  name = decodeName(name.replace(/[<>]/g, " "));
  if (address && name.toLowerCase() === address) {
    name = "";
  }
  return { name, address };
}

/** Outlook's "Careers <careers@x.com> on behalf of Maya Ortiz": the mailbox is the first part. */
function withoutOnBehalfOf(value: string): string {
  const lower = value.toLowerCase();
  for (const phrase of ON_BEHALF_OF) {
    const at = lower.indexOf(phrase);
    if (at > 0) {
      return value.slice(0, at).trim();
    }
  }
  return value;
}

/** A To/Cc list: ";" separates Outlook's entries ("Ortiz, Maya <…>; Sam Chen <…>"), "," the others. */
export function parseForwardedMailboxList(value: string): Mailbox[] {
  const cleaned = cleanMailboxText(value);
  if (cleaned === "") {
    return [];
  }
  const separator = topLevelIndexOf(cleaned, ";") >= 0 ? ";" : ",";
  const pieces = splitTopLevel(cleaned, separator);
  if (separator === "," && isReversedNameAlone(pieces)) return [{ name: cleaned, address: null }];
  const merged: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? "";
    const next = pieces[i + 1];
    // "Ortiz, Maya <maya@x.com>" split on the comma: one person, not two.
    if (
      separator === "," &&
      next !== undefined &&
      !piece.includes("@") &&
      !piece.includes(" ") &&
      next.includes("<") &&
      !next.trimStart().startsWith("<")
    ) {
      merged.push(`${piece}, ${next}`);
      i++;
      continue;
    }
    merged.push(piece);
  }
  return merged
    .map((piece) => parseForwardedMailbox(piece))
    .filter((mailbox) => mailbox.address !== null || mailbox.name !== "");
}

/**
 * "To: Okafor, Dana": Outlook's row for one person it knows by name alone, surname first. Two
 * single words and no address are that one person, never two people called "Okafor" and "Dana".
 */
function isReversedNameAlone(pieces: readonly string[]): boolean {
  return pieces.length === 2 && pieces.every((p) => /^\p{Lu}[\p{L}'’-]+$/u.test(p.trim()));
}

function cleanMailboxText(value: string): string {
  return value
    .replace(/\s*\(mailto:[^()\s]*\)\s*/gi, " ")
    .replace(/<([^<>\s]*)\s*<mailto:[^<>\s]*>\s*>/gi, "<$1>")
    .replace(/\[mailto:([^[\]\s]*)\]/gi, "<$1>")
    .replace(/mailto:/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

function findBareAddress(text: string): { address: string; start: number; end: number } | null {
  const at = text.indexOf("@");
  if (at < 0) {
    return null;
  }
  let start = at;
  while (start > 0 && !isAddressBoundary(text[start - 1] ?? " ")) {
    start--;
  }
  let end = at + 1;
  while (end < text.length && !isAddressBoundary(text[end] ?? " ")) {
    end++;
  }
  let address = text.slice(start, end);
  while (address.endsWith(".")) {
    address = address.slice(0, -1);
    end--;
  }
  return { address, start, end };
}

function isAddressBoundary(char: string): boolean {
  return " \t<>()[]\"',;:".includes(char);
}

/** A display name as written: encoded words decoded, quotes and bold markers removed. */
export function decodeName(raw: string): string {
  let name = raw.replace(/\s+/g, " ").trim();
  if (name.includes("=?")) {
    name = decodeWords(name);
  }
  // Strip the quotes around "Ortiz, Maya" and 'Maya Ortiz'; several layers happen ("'Maya'").
  for (let i = 0; i < 3; i++) {
    const first = name[0];
    const last = name[name.length - 1];
    if (name.length >= 2 && (first === '"' || first === "'") && first === last) {
      name = name.slice(1, -1).trim();
    }
  }
  // "*Maya Ortiz*": a bold name from HTML-to-text conversion.
  return name
    .replace(/\\"/g, '"')
    .replace(/^[*_]+|[*_]+$/g, "")
    .trim();
}

function topLevelIndexOf(text: string, separator: string): number {
  let inQuotes = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (char === "<" || char === "[")) {
      depth++;
    } else if (!inQuotes && (char === ">" || char === "]")) {
      depth = Math.max(0, depth - 1);
    } else if (!inQuotes && depth === 0 && char === separator) {
      return i;
    }
  }
  return -1;
}

function splitTopLevel(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (
    let index = topLevelIndexOf(rest, separator);
    index >= 0;
    index = topLevelIndexOf(rest, separator)
  ) {
    pieces.push(rest.slice(0, index).trim());
    rest = rest.slice(index + 1);
  }
  pieces.push(rest.trim());
  return pieces.filter((piece) => piece !== "");
}
