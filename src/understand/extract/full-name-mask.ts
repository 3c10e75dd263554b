// The written forms of one full name in prose, blanked out: "Jordan Lee", "Jordan A. Lee",
// "Lee, Jordan", "J. Lee", as written, capitalised or in capitals. This was one Unicode pattern
// per name, compiled inside each isolate's first message of each user (about 2 ms); it is read
// in code now, with the same matches (test/understand/full-name-mask.test.ts compares them on
// random texts), and the pattern stays for names the code does not read (letters past the
// Basic Multilingual Plane).
import {
  codePointBefore,
  isLetterCodePoint,
  isSpaceCodeUnit,
  isUpperCodePoint,
} from "./letters.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** As written, capitalised and in capitals ("JORDAN LEE" on a form), each once, in that order. */
function forms(word: string): string[] {
  return [...new Set([word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])];
}

/** The former pattern: `gu`, so the code below must find exactly what it finds. */
export function fullNamePattern(name: string): RegExp | null {
  const parts = name.normalize("NFC").trim().split(/\s+/);
  if (parts.length < 2) return null;
  const either = (w: string) => `(?:${forms(w).map(escapeRe).join("|")})`;
  const given = either(parts[0] ?? "");
  const surname = either(parts[parts.length - 1] ?? "");
  const initial = escapeRe((parts[0] ?? "").charAt(0).toUpperCase());
  const middle = "(?:\\s+\\p{Lu}(?:\\.|[\\p{L}'’-]+)?)?";
  return new RegExp(
    `(?<![\\p{L}])(?:${given}${middle}\\s+${surname}|${surname},?\\s+${given}|${initial}\\.?\\s+${surname})(?![\\p{L}])`,
    "gu",
  );
}

/** A function that blanks every written form of the full name (same length), or null for one word. */
export function fullNameMasker(name: string): ((text: string) => string) | null {
  const parts = name.normalize("NFC").trim().split(/\s+/);
  if (parts.length < 2) return null;
  const givens = forms(parts[0] ?? "");
  const surnames = forms(parts[parts.length - 1] ?? "");
  const initial = (parts[0] ?? "").charAt(0).toUpperCase();
  const all = [...givens, ...surnames, initial];
  // Forms of one length cannot both be written at one place, so the first that is is the one.
  const uneven = (words: string[]) => words.some((w) => w.length !== words[0]?.length);
  if (
    uneven(givens) ||
    uneven(surnames) ||
    all.some((w) => w === "" || /[\ud800-\udfff]/.test(w) || isSpaceCodeUnit(w.charCodeAt(0)))
  ) {
    const pattern = fullNamePattern(name);
    return pattern && ((text) => text.replace(pattern, (m) => "_".repeat(m.length)));
  }
  return (text) => {
    // Most texts never write the surname: nothing to read.
    if (!surnames.some((s) => text.includes(s))) return text;
    let out = "";
    let copied = 0;
    for (let at = 0; at < text.length; ) {
      const end = matchAt(text, at, givens, surnames, initial);
      if (end > at) {
        out += text.slice(copied, at) + "_".repeat(end - at);
        copied = end;
        at = end;
      } else at += 1;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}

/** Where a form of the name written at `at` ends, or -1: the pattern's alternatives in order. */
function matchAt(
  text: string,
  at: number,
  givens: readonly string[],
  surnames: readonly string[],
  initial: string,
): number {
  const before = codePointBefore(text, at);
  if (before !== -1 && isLetterCodePoint(before, false)) return -1;
  // Given name, an optional middle name or initial, the surname: "Jordan A. Lee".
  const given = formAt(text, at, givens);
  if (given >= 0) {
    const spaceEnd = afterSpace(text, given);
    if (spaceEnd > given) {
      const upper = text.codePointAt(spaceEnd) ?? -1;
      if (upper >= 0 && isUpperCodePoint(upper)) {
        const afterUpper = spaceEnd + (upper > 0xffff ? 2 : 1);
        if (text[afterUpper] === ".") {
          const end = spaceThenForm(text, afterUpper + 1, surnames);
          if (end >= 0) return end;
        }
        const wordEnd = afterNameLetters(text, afterUpper);
        if (wordEnd > afterUpper) {
          const end = spaceThenForm(text, wordEnd, surnames);
          if (end >= 0) return end;
        }
        const end = spaceThenForm(text, afterUpper, surnames);
        if (end >= 0) return end;
      }
    }
    const end = spaceThenForm(text, given, surnames);
    if (end >= 0) return end;
  }
  // The surname first: "Lee, Jordan", "LEE JORDAN".
  const surname = formAt(text, at, surnames);
  if (surname >= 0) {
    if (text[surname] === ",") {
      const end = spaceThenForm(text, surname + 1, givens);
      if (end >= 0) return end;
    }
    const end = spaceThenForm(text, surname, givens);
    if (end >= 0) return end;
  }
  // An initial for the given name: "J. Lee", "J Lee".
  if (text.startsWith(initial, at)) {
    const afterInitial = at + initial.length;
    if (text[afterInitial] === ".") {
      const end = spaceThenForm(text, afterInitial + 1, surnames);
      if (end >= 0) return end;
    }
    const end = spaceThenForm(text, afterInitial, surnames);
    if (end >= 0) return end;
  }
  return -1;
}

/** The end of the first of `words` written at `at`, or -1. */
function formAt(text: string, at: number, words: readonly string[]): number {
  for (const w of words) if (text.startsWith(w, at)) return at + w.length;
  return -1;
}

/** After the whitespace at `at` (`at` itself when there is none). */
function afterSpace(text: string, at: number): number {
  let end = at;
  while (end < text.length && isSpaceCodeUnit(text.charCodeAt(end))) end++;
  return end;
}

/** `[\p{L}'’-]*` from `at`. */
function afterNameLetters(text: string, at: number): number {
  let end = at;
  for (;;) {
    const code = text.codePointAt(end);
    if (code === undefined) return end;
    if (code === 0x27 || code === 0x2019 || code === 0x2d || isLetterCodePoint(code, false))
      end += code > 0xffff ? 2 : 1;
    else return end;
  }
}

/** Whitespace, one of `words`, and no letter after it: where that ends, or -1. */
function spaceThenForm(text: string, at: number, words: readonly string[]): number {
  const spaceEnd = afterSpace(text, at);
  if (spaceEnd === at) return -1;
  const end = formAt(text, spaceEnd, words);
  if (end < 0) return -1;
  const next = text.codePointAt(end);
  return next !== undefined && isLetterCodePoint(next, false) ? -1 : end;
}
