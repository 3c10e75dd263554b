// Character classes answered in code, for the hot paths that used to ask a Unicode regular
// expression per language. V8 compiles every pattern that holds `\p{L}` separately for one-byte
// and two-byte text, 0.3–1.5 ms each, and a message's first sight of a language paid for it.
// Here ASCII and Latin-1 are answered from tables, and only characters past Latin-1 reach one
// shared pattern per question (remembered per character), so the answers are exactly the
// patterns' (test/drafts/register-cues.test.ts compares every code point).

/** Latin-1 letters (\p{L}): ª µ º, À–Ö, Ø–ö, ø–ÿ. */
function latin1Letter(code: number): boolean {
  return (
    code === 0xaa ||
    code === 0xb5 ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
  );
}

/** Latin-1 numbers (\p{N}): ² ³ ¹ ¼ ½ ¾. */
function latin1Number(code: number): boolean {
  return code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe);
}

function asciiAlnum(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/** Each question's pattern, with a memo for the characters past Latin-1 it was asked about. */
function wide(pattern: RegExp): (code: number) => boolean {
  const seen = new Map<number, boolean>();
  return (code) => {
    let answer = seen.get(code);
    if (answer === undefined) {
      answer = pattern.test(String.fromCodePoint(code));
      seen.set(code, answer);
    }
    return answer;
  };
}

const wideWordChar = wide(/^[\p{L}\p{N}]$/u);
// Case-insensitive classes are closed under case folding: U+0345 (a combining mark) folds to ι.
const wideWordCharIgnoringCase = wide(/^[\p{L}\p{N}]$/iu);
const wideLetter = wide(/^\p{L}$/u);
const wideLetterIgnoringCase = wide(/^\p{L}$/iu);
const wideUpper = wide(/^\p{Lu}$/u);

/** `[\p{L}\p{N}]` (with the `i` flag when `ignoreCase`) for one code point. */
export function isWordCodePoint(code: number, ignoreCase: boolean): boolean {
  if (code < 0x80) return asciiAlnum(code);
  if (code <= 0xff) return latin1Letter(code) || latin1Number(code);
  return ignoreCase ? wideWordCharIgnoringCase(code) : wideWordChar(code);
}

/** `\p{L}` (with the `i` flag when `ignoreCase`) for one code point. */
export function isLetterCodePoint(code: number, ignoreCase: boolean): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code <= 0xff) return latin1Letter(code);
  return ignoreCase ? wideLetterIgnoringCase(code) : wideLetter(code);
}

/** `\p{Lu}` (no `i` flag) for one code point. */
export function isUpperCodePoint(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  return wideUpper(code);
}

/** JavaScript's `\s`. */
export function isSpaceCodeUnit(code: number): boolean {
  // Most code units are ASCII letters: two comparisons settle them.
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The character a case-insensitive Unicode pattern (`iu`) compares for a code unit of the
 * Basic Multilingual Plane, for the letters drafts' cues are written in: lower case, with the
 * two letters whose simple case folding reaches ASCII while `toLowerCase` does not (ſ, the
 * Kelvin sign), and none of the letters that lower-case to two characters (İ).
 */
export function foldCodeUnit(char: string): string {
  if (char === "ſ") return "s";
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Capitals (with their accents) that a folded first letter stands for. */
export const CAPITALS: Readonly<Record<string, string>> = {
  a: "AÁÀÂÄÃÅ",
  c: "CÇ",
  e: "EÉÈÊË",
  i: "IÍÌÎÏ",
  n: "NÑ",
  o: "OÓÒÔÖÕØ",
  u: "UÚÙÛÜ",
  s: "SŠ",
  z: "ZŽ",
};

/** Particles that may open a name before a capital ("de Vries"), in the order they are tried. */
const NAME_PARTICLES = ["de", "van", "von", "di", "da", "du", "le", "la", "les", "the", "of"];
/** The letters a particle opens with. */
const PARTICLE_FIRSTS = [...new Set(NAME_PARTICLES.map((p) => p.charAt(0)))].join("");

/**
 * Where a name that a domain label opening with `letter` spells may start: a capital standing
 * for the letter ("O", "Ó" … for "o"; the digit itself for a digit), or a particle and a space
 * before any capital ("de Vries"), each after no letter or digit. Read in code; it answers as
 * the per-letter pattern `(?<![\p{L}\d])(?:[CAPITALS]|(?:de|van|…|of) (?=\p{Lu}))` with `gu`
 * did, without compiling one Unicode pattern per letter and text width. At most `limit`.
 */
export function nameStarts(text: string, letter: string, limit: number): number[] {
  const capitals = /^\d$/.test(letter) ? letter : (CAPITALS[letter] ?? letter.toUpperCase());
  const out: number[] = [];
  for (let at = 0; at < text.length && out.length < limit; ) {
    // (What can start here is checked before what stands before it: most characters can't.)
    const here = text.charAt(at);
    if (!capitals.includes(here) && !PARTICLE_FIRSTS.includes(here)) {
      at++;
      continue;
    }
    const before = codePointBefore(text, at);
    if (
      before === -1 ||
      !(isLetterCodePoint(before, false) || (before >= 0x30 && before <= 0x39))
    ) {
      if (capitals.includes(here) && !isSurrogate(text.charCodeAt(at))) {
        out.push(at);
        at += 1;
        continue;
      }
      const particle = NAME_PARTICLES.find(
        (p) =>
          text.startsWith(p, at) &&
          text.charCodeAt(at + p.length) === 0x20 &&
          isUpperCodePoint(text.codePointAt(at + p.length + 1) ?? -1),
      );
      if (particle) {
        out.push(at);
        at += particle.length + 1;
        continue;
      }
    }
    at++;
  }
  return out;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

const LOWER_CASE_RUN = /[a-z][a-z0-9.&+-]{3,40}/g;

/**
 * Words written in lower case ASCII ("fieldnote", "mono&co") that no letter, digit, "&" or "."
 * comes right before: what `(?<![\p{L}\d&.])[a-z][a-z0-9.&+-]{3,40}` with `gu` matches, in order,
 * with the look behind read in code so that no Unicode pattern is compiled.
 */
export function* lowerCaseWords(text: string): Generator<string> {
  const run = new RegExp(LOWER_CASE_RUN);
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    const before = codePointBefore(text, m.index);
    const blocked =
      before === 0x26 ||
      before === 0x2e ||
      (before >= 0x30 && before <= 0x39) ||
      (before !== -1 && isLetterCodePoint(before, false));
    if (!blocked) yield m[0];
    else {
      // Every place right after a-z, 0-9, "&" or "." is blocked too: skip to one that is not.
      let next = m.index + 1;
      while (next < text.length && inLowerRun(text.charCodeAt(next - 1))) next++;
      run.lastIndex = next;
    }
  }
}

/** a-z, 0-9, "&" or ".": after one of these no lower-case word starts. */
function inLowerRun(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x26 ||
    code === 0x2e
  );
}
