import { hasTitleWord } from "./job-titles.ts";
import { isSpaceCodeUnit } from "./letters.ts";
import { CAPITAL_PARTICLES, cleanName, HAS_LOWER, NAME_WORD } from "./names.ts";
import { isGivenName } from "./person-evidence.ts";
import { fold, words } from "./text.ts";
import {
  NAME_PARTICLES,
  NOT_A_NAME,
  ORG_WORDS,
  PLATFORM_NAMES,
  TEAM_WORD_SET,
} from "./word-lists.ts";

/** A person named in prose: a name, an address or both, and where the mention sits. */
export interface Mention {
  name: string | null;
  email: string | null;
  start: number;
  end: number;
}

/** A word as the text writes it, punctuation and all, and where it starts. */
export interface Token {
  text: string;
  at: number;
}

/**
 * The text's words, each a run of characters that are no space (what `/\S+/g` matches), read
 * in code: the people readers split every message and note into words, and a global pattern's
 * iterator costs several times this per word.
 */
export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCodeUnit(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const at = i;
    while (i < text.length && !isSpaceCodeUnit(text.charCodeAt(i))) i++;
    out.push({ text: text.slice(at, i), at });
  }
  return out;
}
const LEADING_PUNCTUATION = /^[("'“‘«[<*_]+/;
export const TRAILING_PUNCTUATION = /[)"'“”‘’»\]>*_,.;:!?]+$/;

const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
const QUOTED_NICKNAME = /^["“'‘(]\p{Lu}[\p{L}.'’-]{0,15}["”'’)]$/u;

/** A lower-case letter or a digit: a word that opens with one is no name word. */
function opensNoName(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Capitalised words in a row, on one line, particles allowed inside ("Sanne de Vries"). */
function capitalisedRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number; particle: boolean }[] = [];
  const flush = () => {
    while (run.length > 0 && run[run.length - 1]?.particle) run.pop();
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) runs.push({ start: first.start, end: last.end });
    run = [];
  };
  let previousEnd = 0;
  for (const token of tokensOf(text)) {
    const tokenStart = token.at;
    const word = token.text;
    // A new line, or a column gap in a schedule ("Data Modeling   Aisha Bello"), ends a run.
    const gap = tokenStart - previousEnd;
    if (gap >= 2 || (gap === 1 && (text[previousEnd] === "\n" || text[previousEnd] === "\t")))
      flush();
    previousEnd = tokenStart + word.length;
    // A word in lower case or a number opens no run: nothing to read while none is open.
    if (run.length === 0 && opensNoName(word.charCodeAt(0))) continue;
    // "LaToya R. Pennington": a middle initial inside a run keeps it going.
    if (run.length > 0 && MIDDLE_INITIAL.test(word)) {
      run.push({ start: tokenStart, end: tokenStart + word.length, particle: true });
      continue;
    }
    // "James "Jim" Thackeray": a nickname in quotes inside a run is skipped, the run goes on.
    if (run.length > 0 && QUOTED_NICKNAME.test(word)) continue;
    const lead = LEADING_PUNCTUATION.exec(word)?.[0].length ?? 0;
    const trail = TRAILING_PUNCTUATION.exec(word.slice(lead))?.[0] ?? "";
    // "Kwame's": the possessive is not part of the name.
    const core = word.slice(lead, word.length - trail.length).replace(/['’]s$/, "");
    const possessive = core.length < word.length - lead - trail.length;
    const start = tokenStart + lead;
    if (lead > 0) flush();
    if (NAME_WORD.test(core)) {
      run.push({ start, end: start + core.length, particle: false });
    } else if (run.length > 0 && NAME_PARTICLES.has(core) && trail === "") {
      run.push({ start, end: start + core.length, particle: true });
    } else {
      flush();
      continue;
    }
    if (trail !== "" || possessive) flush();
  }
  flush();
  return runs;
}

/** Full names in prose, leading and trailing non-name words dropped ("Met Maya Ortiz" -> "Maya Ortiz"). */
export function nameRuns(
  text: string,
  skip: (word: string, previous?: string) => boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const { start: at, end: runEnd } of capitalisedRuns(text)) {
    const tokens = tokensOf(text.slice(at, runEnd));
    // A particle between two name words belongs to the name ("Sanne de Vries"), but "y" and
    // "e" before a given name join two people ("Rocío y Manuel").
    const skipped = tokens.map(
      (t, k) =>
        skip(t.text, tokens[k - 1]?.text) ||
        (/^(?:y|e)$/.test(t.text) && isGivenName(tokens[k + 1]?.text.replace(/[,.;:]$/, "") ?? "")),
    );
    for (let k = 1; k < tokens.length - 1; k++) {
      // "Notizen von Anke": a particle joins a name only after a given name ("Sanne de Vries").
      let first = k - 1;
      while (first > 0 && !skipped[first - 1]) first--;
      const word = tokens[k]?.text ?? "";
      if (NAME_PARTICLES.has(word) && !isGivenName(tokens[first]?.text ?? "")) {
        skipped[k] = true;
        continue;
      }
      // "Fatima El Amrani", "Omar Ben Salah": a capitalised particle after a given name.
      const capitalParticle =
        CAPITAL_PARTICLES.has(word) && k === first + 1 && isGivenName(tokens[first]?.text ?? "");
      if (
        (NAME_PARTICLES.has(word) || capitalParticle || MIDDLE_INITIAL.test(word)) &&
        !/^(?:y|e)$/.test(tokens[k]?.text ?? "") &&
        !skipped[k - 1] &&
        !skipped[k + 1]
      ) {
        skipped[k] = false;
      }
    }
    if (opensSentenceBeforeName(text, at, tokens, skipped)) skipped[0] = true;
    let i = 0;
    while (i < tokens.length) {
      while (i < tokens.length && skipped[i]) i++;
      let j = i;
      while (j < tokens.length && !skipped[j]) j++;
      const first = tokens[i];
      const last = tokens[j - 1];
      if (first && last && j - i <= 4) {
        const start = at + first.at;
        const end = at + last.at + last.text.length;
        out.push({ name: cleanName(text.slice(start, end)), email: null, start, end });
      }
      i = j;
    }
  }
  return out;
}

/**
 * "Asistirán Marta Quiroga y …", "Attending Priya Nair and …": a sentence's first word, capitalised
 * because it opens the sentence, before a given name and a surname is a verb or an adverb, not
 * part of the name. Only when it is no given name itself and the name after it is complete.
 */
function opensSentenceBeforeName(
  text: string,
  at: number,
  tokens: readonly { text: string }[],
  skipped: readonly boolean[],
): boolean {
  if (tokens.length < 3 || skipped[0] || skipped[1] || skipped[2]) return false;
  if (!/(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at))) return false;
  const first = tokens[0]?.text ?? "";
  const second = (tokens[1]?.text ?? "").replace(/[,.;:]$/, "");
  return !isGivenName(first) && isGivenName(second);
}

/** Thanks that open a sentence before a name ("Dankzij Femke", "Graças à Rita"), beside NOT_A_NAME's. */
const THANKS_WORDS = words("dank|dankzij|dankjewel|dankuwel|obrigado|obrigada|gracas");

/** A French or Italian elision opening a word: one to four letters, an apostrophe, a small letter. */
const ELIDED_WORD = /^\p{Lu}\p{Ll}{0,3}['’]\p{Ll}/u;

/** Never part of a name here: stop, title and org words, the company's and role's words, short capitals. */

export function isNotNameWord(
  word: string,
  companyWords: ReadonlySet<string>,
  roleWords?: ReadonlySet<string>,
  previous?: string,
): boolean {
  // "Maya's" is Maya; "I've", "We're" are the pronoun.
  const bare = word.replace(/['’](?:s|ve|m|d|ll|re)$/i, "");
  const folded = fold(bare);
  return (
    NOT_A_NAME.has(folded) ||
    // "C'est", "L'équipe", "Qu'il", "Dell'azienda": an elided article or pronoun, unlike "O'Brien".
    ELIDED_WORD.test(bare) ||
    THANKS_WORDS.has(folded) ||
    // "Courtney Ashby" keeps her surname; "Ashby" or "Lever" opening a run is the product.
    (PLATFORM_NAMES.has(folded) && !(previous !== undefined && isGivenName(previous))) ||
    ORG_WORDS.has(folded) ||
    TEAM_WORD_SET.has(folded) ||
    companyWords.has(folded) ||
    (roleWords?.has(folded) ?? false) ||
    (!HAS_LOWER.test(word) && word.replace(/[^\p{L}]/gu, "").length < 3) ||
    hasTitleWord(word)
  );
}
