/**
 * Strings read from mail are cleaned here before they are stored or reach a header: no
 * CR/LF (header injection), no other control characters (NUL, escapes, bidi overrides do
 * not belong in a name or subject), and a single `<…>` token for Message-IDs.
 */

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidi overrides.
// Built from strings: these are exactly the characters the patterns exist to find.
const CONTROL_RANGES =
  "\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const LINE_BREAKS_AND_CONTROLS = new RegExp(`[\\u0000-\\u000a\\u000d${CONTROL_RANGES}]+`, "g");
const CONTROLS_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0008${CONTROL_RANGES}]+`, "g");

/** One line: every line break or control character becomes one space; trimmed. */
export function cleanLine(value: string): string {
  return value.replace(LINE_BREAKS_AND_CONTROLS, " ").replace(/ {2,}/g, " ").trim();
}

/** One line, or null when nothing is left. */
export function cleanOptionalLine(value: string | null | undefined): string | null {
  const cleaned = cleanLine(value ?? "");
  return cleaned === "" ? null : cleaned;
}

/** Body text: line breaks become "\n", tabs stay, every other control character goes. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_NEWLINE, "");
}

/** A Message-ID as one `<local@domain>` token of printable ASCII, or null. */
export function cleanMessageId(value: string | null | undefined): string | null {
  const match = /<([\x21-\x3b\x3d\x3f-\x7e]{1,250})>/.exec(value ?? "");
  return match ? `<${match[1]}>` : null;
}
