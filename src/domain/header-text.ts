/**
 * Strings on their way into an outgoing header. Whatever came from mail (a contact's subject,
 * a name, a Message-ID) may decode to line breaks or control characters; none of them may
 * reach a header, where a CR/LF would start a header of its own (`\r\nBcc: …`).
 */

/** Longest subject Rebound writes: a subject is one line, and clients cut far shorter. */
const MAX_SUBJECT_CHARS = 250;
/** Longest display name: people's names, not paragraphs. */
const MAX_NAME_CHARS = 120;
/** RFC 5322 caps a line at 998 characters; a Message-ID longer than this is not one we answer. */
const MAX_MESSAGE_ID_CHARS = 250;

/** One line of text: control characters (CR, LF, NUL, DEL, …) become spaces, runs collapse. */
export function headerText(value: string, maxChars = MAX_SUBJECT_CHARS): string {
  const clean = value
    .replace(/[\p{Cc}\u2028\u2029\u0085]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return [...clean].slice(0, maxChars).join("").trimEnd();
}

/** A display name for From/To, or null when nothing printable is left. */
export function headerName(value: string | null | undefined): string | null {
  if (!value) return null;
  return headerText(value, MAX_NAME_CHARS) || null;
}

/** One `<…>` Message-ID token, or null: anything with space, a second bracket or a control is dropped. */
export function singleMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (trimmed.length > MAX_MESSAGE_ID_CHARS) return null;
  return /^<[\x21-\x3b\x3d\x3f-\x7e]+>$/.test(trimmed) ? trimmed : null;
}

/** An email address fit for a header: one addr-spec, no spaces, brackets or controls; or null. */
export function headerAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  return /^[^\s<>(),;:"\\[\]\p{Cc}@]+@[^\s<>(),;:"\\[\]\p{Cc}@]+\.[^\s<>(),;:"\\[\]\p{Cc}@]+$/u.test(
    trimmed,
  )
    ? trimmed
    : null;
}
