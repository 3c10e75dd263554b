import { decodeWords } from "postal-mime";
import { cleanLine, cleanMessageId } from "../understand/mail/clean-text.ts";

/**
 * The top-level header block of a message, read without parsing its body: enough to decide
 * who sent it and where it goes before anything costly runs. Values are unfolded but not
 * decoded, so identity is judged on what the sender wrote, not on what a decoder made of it.
 */
export interface HeaderBlock {
  /** Lower-cased header name -> every raw value, in order. */
  headers: ReadonlyMap<string, readonly string[]>;
  /** The one mailbox of the From header, read strictly from the raw value; null otherwise. */
  sender: string | null;
  messageId: string | null;
  /** Decoded, cleaned of control characters, clipped. */
  subject: string;
  /** Where the header block ends in the raw bytes (the body, with its blank line, follows). */
  end: number;
  /** Whether some header is longer than the full parse is given (see `boundedForParse`). */
  oversized: boolean;
}

/** Real header blocks are a few KB; a bigger one is refused before anything reads it. */
export const MAX_HEADER_BYTES = 64 * 1024;
/** Header lines, folded lines included; Gmail's own mail has about 60. */
export const MAX_HEADER_LINES = 1000;
/** Subjects longer than this are clipped everywhere (RFC 5322 recommends 78 per line). */
export const MAX_SUBJECT_CHARS = 500;

export type HeaderRead = { ok: true; block: HeaderBlock } | { ok: false; problem: string };

/** Reads the header block; refuses one that is too large, too long or never ends. Linear. */
export function readHeaders(raw: Uint8Array): HeaderRead {
  const end = headerEnd(raw, Math.min(raw.byteLength, MAX_HEADER_BYTES));
  if (end < 0) {
    return raw.byteLength > MAX_HEADER_BYTES
      ? { ok: false, problem: `header block over ${MAX_HEADER_BYTES} bytes` }
      : { ok: false, problem: "no header block" };
  }
  const text = new TextDecoder().decode(raw.subarray(0, end));
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_HEADER_LINES) {
    return { ok: false, problem: `header block over ${MAX_HEADER_LINES} lines` };
  }
  const headers = new Map<string, string[]>();
  let current: { name: string; value: string } | null = null;
  const flush = () => {
    if (!current) return;
    const values = headers.get(current.name) ?? [];
    values.push(current.value.trim());
    headers.set(current.name, values);
    current = null;
  };
  for (const line of lines) {
    if (line === "") continue;
    if ((line.startsWith(" ") || line.startsWith("\t")) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    // A line that is neither a header nor a continuation (mbox "From " lines, garbage) is skipped.
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    current = { name, value: line.slice(colon + 1) };
  }
  flush();
  const subjectRaw = (headers.get("subject")?.[0] ?? "").slice(0, MAX_SUBJECT_CHARS * 4);
  return {
    ok: true,
    block: {
      headers,
      sender: soleMailbox(headers.get("from") ?? []),
      messageId: cleanMessageId(headers.get("message-id")?.[0] ?? null),
      subject: cleanLine(decodeWords(subjectRaw)).slice(0, MAX_SUBJECT_CHARS),
      end,
      oversized: [...headers.values()].some((values) =>
        values.some((v) => v.length > MAX_PARSED_HEADER_CHARS),
      ),
    },
  };
}

/**
 * The longest header value the full MIME parse is given. Real headers are under 1 KB (a long
 * References chain a few KB); a 50 KB Cc or a 252 KB Subject only costs parsing time.
 */
export const MAX_PARSED_HEADER_CHARS = 4096;

/**
 * The raw message as the full parse should see it: unchanged, unless a header is oversized;
 * then the header block is rewritten with every value clipped (the body is left as it is).
 */
export function boundedForParse(raw: Uint8Array, block: HeaderBlock): Uint8Array {
  if (!block.oversized) return raw;
  const lines: string[] = [];
  for (const [name, values] of block.headers) {
    for (const value of values) lines.push(`${name}: ${value.slice(0, MAX_PARSED_HEADER_CHARS)}`);
  }
  const head = new TextEncoder().encode(lines.join("\r\n"));
  const body = raw.subarray(block.end);
  const out = new Uint8Array(head.byteLength + body.byteLength);
  out.set(head, 0);
  out.set(body, head.byteLength);
  return out;
}

/** Index of the blank line ending the header block within the first `limit` bytes, or -1. */
function headerEnd(raw: Uint8Array, limit: number): number {
  // A message that is only headers ends at its last byte.
  for (let i = 0; i < limit; i++) {
    if (raw[i] !== 0x0a) continue;
    const next = raw[i + 1];
    if (next === 0x0a) return i;
    if (next === 0x0d && raw[i + 2] === 0x0a) return i;
  }
  return raw.byteLength <= limit ? raw.byteLength : -1;
}

/** A lower-cased addr-spec with nothing that could be read two ways. */
const ADDR_SPEC = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * The single mailbox a raw From header names, or null: no header or several, several
 * addresses, a group, an encoded-word anywhere in the address, or anything after it. The
 * display name may be quoted, plain or encoded; it never decides anything.
 */
export function soleMailbox(values: readonly string[]): string | null {
  if (values.length !== 1) return null;
  const value = stripComments(values[0] ?? "");
  if (value === null) return null;
  const outside = unquoted(value);
  if (outside === null) return null;
  const open = outside.indexOf("<");
  let address: string;
  if (open < 0) {
    if (/[>,;:"]/.test(outside)) return null;
    address = value.trim();
  } else {
    const close = outside.indexOf(">", open);
    if (close < 0) return null;
    // One angle address, nothing but spaces after it, no address-like text before it.
    if (outside.slice(close + 1).trim() !== "") return null;
    const before = outside.slice(0, open);
    if (/[<>@,;:]/.test(before)) return null;
    address = value.slice(open + 1, close).trim();
  }
  address = address.toLowerCase();
  if (address.includes("=?") || !ADDR_SPEC.test(address)) return null;
  if (address.startsWith(".") || address.includes("..") || address.split("@")[0]?.endsWith(".")) {
    return null;
  }
  return address;
}

/** The value with (comments) removed outside quoted strings; null when unbalanced. */
function stripComments(value: string): string | null {
  let out = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && (quoted || depth > 0)) {
      if (depth === 0) out += value.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (!quoted && c === "(") {
      depth += 1;
      continue;
    }
    if (!quoted && c === ")") {
      if (depth === 0) return null;
      depth -= 1;
      out += " ";
      continue;
    }
    if (depth === 0) out += c;
  }
  return depth === 0 && !quoted ? out : null;
}

/** The value with every quoted string blanked to spaces (same length), or null when unbalanced. */
function unquoted(value: string): string | null {
  let out = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted && c === "\\") {
      out += i + 1 < value.length ? "  " : " ";
      i += 1;
      continue;
    }
    if (c === '"') {
      quoted = !quoted;
      out += " ";
      continue;
    }
    out += quoted ? " " : c;
  }
  return quoted ? null : out;
}
