import { validCompany } from "./company-name.ts";
import { lowerCaseWords, nameStarts } from "./letters.ts";
import { fold, words as wordSet } from "./text.ts";
import { ORG_WORDS, TEAM_WORD_SET } from "./word-lists.ts";

/** Words a sending system adds after a name ("Notification", "Support"): never part of it. */
const MAILER_WORDS = wordSet(
  "notification|notifications|support|info|admin|mailer|reply|noreply|donotreply|the|and|of|via|" +
    "from|at|by|for|with|hello|hi|thanks|thank|best|regards|employment|site|portal",
);

/** Words a domain-spelt name may span ("Cooperativa Agroindustrial Pampa" for coopampa). */
const MAX_NAME_WORDS = 5;
/** Organisation words that may follow the spelt part ("Harborline" + "Labs"). */
const MAX_TRAILING_WORDS = 2;
/** Words read from a start: a name with its connectors, and the organisation words after it. */
const MAX_READ_WORDS = 2 * MAX_NAME_WORDS + MAX_TRAILING_WORDS;
/** Word starts read per text and label: bounds the work on a hostile message. */
const MAX_STARTS = 400;
/** Where a lower-case brand is looked for: the subject, the sender and the opening lines. */
const LOWER_CASE_BRAND_CHARS = 3000;
/** Characters read from a word start: a name and the words after it fit. */
const WINDOW_CHARS = 200;
/** Small words inside a name that a domain leaves out ("Vale do Itajaí", "Halden & Rue"). */
const CONNECTOR =
  /^(?:&|\+|and|und|et|y|e|of|de|del|della|der|den|des|du|da|do|das|dos|di|la|le|van|von|für|en|per|pour|para|for|zur|zum|voor|the)$/;
/**
 * How a domain spells "&" (read "and"): the conjunction of any of the seven languages, or "n"
 * ("vosenmaas" for "Vos & Maas", "brandtundsoehne", "rocknroll").
 */
const AMPERSAND_READINGS = ["and", "und", "en", "et", "y", "e", "n"];
/** Domain labels shorter than this spell too many things. */
const MIN_LABEL = 3;

export interface Word {
  text: string;
  /** Lower case, accents and punctuation removed: "Jacarandá" -> "jacaranda". */
  letters: string;
  capitalised: boolean;
  connector: boolean;
  /** Punctuation after the word ends a name ("Pampa," "Pampa."). */
  closes: boolean;
}

/**
 * Names the text writes that a domain label spells: "lumenlog" -> "Lumen Logística",
 * "oakmerecu" -> "Oakmere County Credit Union", "svi" -> "Siderúrgica Vale do Itajaí",
 * "harborline" -> "Harborline". Each word of the name gives the label a prefix of itself,
 * in order; the longest spelling found wins. Empty when the text never writes the name.
 */
export function namesSpeltByDomain(label: string, text: string, extend = true): string[] {
  const target = spellingLetters(label);
  if (target.length < MIN_LABEL) return [];
  // "brisaenergia" for "Brisa Energía": an "ae" across two words is no umlaut's spelling.
  const asWritten = labelLetters(label);
  const targets = asWritten === target ? [target] : [target, asWritten];
  const found = new Map<string, number>();
  let starts = 0;
  // Only a capital that is the label's first letter, or a particle before a capital ("de
  // Vries"), can start its name: one pattern finds them without reading every word.
  for (const at of nameStarts(text, target.charAt(0), MAX_STARTS + 1)) {
    if (++starts > MAX_STARTS) break;
    // A first word sharing one letter with a long label only starts initials ("SVI"), and
    // initials spell short labels: most capitals in a text are rejected here, unread.
    if (target.length > MAX_INITIALS && sharedPrefix(firstWordAt(text, at), target) < 2) continue;
    const lineEnd = text.indexOf("\n", at);
    const window = text.slice(at, Math.min(lineEnd < 0 ? text.length : lineEnd, at + WINDOW_CHARS));
    const words = readWords(window, MAX_READ_WORDS);
    const first = words[0];
    if (!first || first.letters.charAt(0) !== target.charAt(0)) continue;
    const end = Math.max(...targets.map((t) => spellingEnd(words, 0, t)));
    if (end < 0) continue;
    let j = end;
    while (
      extend &&
      j + 1 < words.length &&
      j - end < MAX_TRAILING_WORDS &&
      !words[j]?.closes &&
      words[j + 1]?.capitalised &&
      ORG_WORDS.has(words[j + 1]?.letters ?? "") &&
      !TEAM_WORD_SET.has(words[j + 1]?.letters ?? "") &&
      !MAILER_WORDS.has(words[j + 1]?.letters ?? "")
    )
      j++;
    // The domain spells the whole name: "Kite Talent" keeps the word a team name would drop.
    const name = validCompany(
      words
        .slice(0, j + 1)
        .map((w) => w.text)
        .join(" "),
      false,
      true,
    );
    const named = name && withoutTrailingLowerCase(name);
    if (named) found.set(named, (found.get(named) ?? 0) + 1);
  }
  // "fieldnote", "mono&co": a brand written in lower case, exactly as its domain, near the top.
  if (target.length >= 5 && found.size === 0) {
    for (const run of lowerCaseWords(text.slice(0, LOWER_CASE_BRAND_CHARS))) {
      const word = run.replace(/[.]+$/, "");
      if (
        word.charAt(0) === target.charAt(0) &&
        spellingLetters(word) === target &&
        !ORG_WORDS.has(word)
      ) {
        found.set(word, 1);
        break;
      }
    }
  }
  return [...found.keys()].sort((a, b) => b.length - a.length);
}

/**
 * "Tollgate Marine Services for (the Deck Officer …)": a name the spelling read past, whose
 * capitalised tail was cut off, ends on a connector; no firm's name ends on a lower-case word.
 */
function withoutTrailingLowerCase(name: string): string {
  return name.replace(/(?:\s+\p{Ll}[\p{L}'’]*)+$/u, "");
}

/** Labels this short may be initials, one letter per word ("svi", "frbt"). */
const MAX_INITIALS = 4;

function firstWordAt(text: string, at: number): string {
  const m = /[^\s,;:!?()]+/y;
  m.lastIndex = at;
  return spellingLetters(m.exec(text)?.[0] ?? "");
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Letters as a domain writes them: "Müller" and "mueller" both read "muller", "&" reads "and".
 * The same reading on both sides keeps every prefix comparable.
 */
function spellingLetters(text: string): string {
  return labelLetters(text).replace(/([aou])e/g, "$1");
}

/** Letters without the umlaut's reading: "brisaenergia" stays whole. */
function labelLetters(text: string): string {
  // Most words are plain ASCII: no Unicode decomposition needed.
  const base = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : fold(text);
  return base
    .replace(/ß/g, "ss")
    .replace(/&|\+/g, "and")
    .replace(/[^a-z0-9]/g, "");
}

function readWords(line: string, max: number): Word[] {
  const out: Word[] = [];
  for (const m of line.matchAll(/[^\s]+/g)) {
    if (out.length >= max) break;
    const raw = m[0];
    const text = raw.replace(/^["'“‘(]+/, "").replace(/[,:;!?.)"'”’]+$/, "");
    if (text === "") continue;
    const capitalised = /^[\p{Lu}\d]/u.test(text);
    const connector = CONNECTOR.test(text);
    out.push({
      text,
      // A lower-case word only matters as a brand written whole ("fieldnote"): letters, cheaply.
      letters: capitalised || connector ? spellingLetters(text) : text.toLowerCase(),
      capitalised,
      connector,
      closes: /[,:;!?.)]$/.test(raw) && !/^(?:\p{L}{1,3}\.)+$/u.test(raw),
    });
  }
  return out;
}

/**
 * The index of the last word of a name starting at `start` that spells `target`, or -1.
 * Each word gives a prefix of its letters; a connector gives nothing, and a middle word may
 * give nothing ("Cooperativa Agroindustrial Pampa" -> "coo" + "" + "pampa") when the first
 * word gives at least three letters. Initials ("SVI") are one letter per word.
 */
function spellingEnd(words: readonly Word[], start: number, target: string): number {
  let best = -1;
  // Label offsets reached so far; `loose` when a middle word gave nothing.
  let states: { at: number; loose: boolean }[] = [{ at: 0, loose: false }];
  // "Istituto per la Ricerca e la Bonifica del Veneto": connectors do not count as words.
  let content = 0;
  for (let k = 0; start + k < words.length; k++) {
    const word = words[start + k];
    if (word && !word.connector && ++content > MAX_NAME_WORDS) break;
    // "de Vries & van Dam": a particle may open the name when it is spelt in the domain.
    if (!word || !(word.capitalised || word.connector)) break;
    const next = new Map<string, { at: number; loose: boolean }>();
    const add = (at: number, loose: boolean) => next.set(`${at}:${loose}`, { at, loose });
    for (const { at, loose } of states) {
      if (word.connector) {
        // A connector gives nothing ("Vale do Itajaí" -> "svi") or itself ("museumofapplied…").
        if (k > 0) add(at, loose);
        for (const letters of word.letters === "and" ? AMPERSAND_READINGS : [word.letters])
          if (letters !== "" && target.startsWith(letters, at)) add(at + letters.length, loose);
        continue;
      }
      // A middle word that gives nothing, after a first word that gave three letters or more.
      if (k > 0 && at >= 3 && at < target.length) add(at, true);
      const letters = word.letters;
      for (let n = 1; n <= letters.length && at + n <= target.length; n++) {
        if (letters.charCodeAt(n - 1) !== target.charCodeAt(at + n - 1)) break;
        // A word gives itself whole or a clear abbreviation ("Log" of "Logística"), never
        // all but a letter or two ("Wrenfiel" + "d" of "Data").
        if (n < letters.length && n > letters.length - 3) continue;
        add(at + n, loose);
        if (at + n === target.length) best = start + k;
      }
    }
    if (next.size === 0 || word.closes) break;
    states = [...next.values()];
  }
  return best;
}

/** Times a lower-case brand must be written before it counts: once may be a slip. */
const MIN_LOWER_CASE_USES = 2;

/**
 * "applying to kitestring", "the brightHive team": the spelling, not capitalised, in which the
 * text writes the name its domain or ATS slug spells, when it does so at least twice outside
 * addresses and links. A firm that writes itself in lower case or camel case is called that;
 * null when the text capitalises it or writes it once.
 */
export function lowerCaseBrandWritten(label: string, text: string): string | null {
  if (!/^[a-z]{5,30}$/.test(label)) return null;
  const read = text.slice(0, LOWER_CASE_BRAND_CHARS);
  // Most labels are not written twice at all: found without compiling a pattern for them. A
  // case-blind Unicode pattern matches the label only where the lower-cased text holds it, or
  // at a long s (ſ), which lower-casing keeps while the pattern reads it as "s".
  if (!read.includes("ſ") && timesWritten(read.toLowerCase(), label) < MIN_LOWER_CASE_USES)
    return null;
  const counts = new Map<string, number>();
  const at = new RegExp(`(?<![\\p{L}\\d@./_-])${label}(?![\\p{L}\\d@_]|[./-][\\p{L}\\d])`, "giu");
  for (const m of read.matchAll(at)) {
    const word = m[0];
    if (!/^\p{Ll}/u.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [word, n] of counts)
    if (n >= MIN_LOWER_CASE_USES && (best === null || n > (counts.get(best) ?? 0))) best = word;
  return best;
}

/** How many times `word` is in `text` without overlapping, counted up to MIN_LOWER_CASE_USES. */
function timesWritten(text: string, word: string): number {
  let times = 0;
  for (let at = text.indexOf(word); at >= 0 && times < MIN_LOWER_CASE_USES; ) {
    times += 1;
    at = text.indexOf(word, at + word.length);
  }
  return times;
}
