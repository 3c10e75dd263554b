import { remembered } from "../remembered.ts";

/** Cuts text to `max` characters, bounding what every pattern after it costs. */
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Case- and accent-insensitive form for comparing names and words. */
export function fold(text: string): string {
  // ASCII text is its own NFKD form and holds no combining mark: only case and the ends change.
  // (Most words folded are ASCII; normalising and the replace cost about as much again.)
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return foldUnicode(text);
  }
  return text.toLowerCase().trim();
}

/**
 * Remembered: names and words with accents are folded again by every reader that compares them.
 * The letters no decomposition takes apart (Turkish ı, Polish ł, Danish ø, Croatian đ) fold to
 * the plain letter that writers put for them ("Yıldız" is "Yildiz", "Łukasz" is "Lukasz").
 */
const foldUnicode = remembered((text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ıłøđ]/g, (c) => STROKED_LETTERS[c] ?? c)
    .trim(),
);

const STROKED_LETTERS: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d" };

/** A line that opens with a clock time ("10:00", "9.30", "14h00"). */
const TIME_SLOT_OPENING = /^\s*\d{1,2}[:.h]\d{2}(?!\d)/;

/** Rejoins paragraphs a mail client hard-wrapped, so a name or a title is not cut in two. */
export function unwrapHardLines(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const previous = out[out.length - 1];
    if (
      previous !== undefined &&
      previous.length >= 60 &&
      !/[.!?:;]\s*$/.test(previous) &&
      /^\s*[\p{Ll}\d(]/u.test(line) &&
      // "10:00 - 11:00  Design - Lena Chou": a schedule's next row, not the wrapped rest.
      !TIME_SLOT_OPENING.test(line)
    ) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join("\n");
}

const SUBJECT_PREFIX =
  /^\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|fw|enc|r|odp|doorst|i)\s*(?:\[\d+\])?\s*:\s*/i;

/** The subject without its "Re:", "Fwd:", "AW:" … prefixes. */
export function stripSubjectPrefixes(subject: string): string {
  let s = subject.trim();
  for (let i = 0; i < 5 && SUBJECT_PREFIX.test(s); i++) s = s.replace(SUBJECT_PREFIX, "");
  return s;
}

/** A set of the words in a "|"-separated list. */
export function words(list: string): Set<string> {
  return new Set(list.split("|"));
}
