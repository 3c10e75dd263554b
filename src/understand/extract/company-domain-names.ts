import { validCompany } from "./company-name.ts";
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
/** Capitalised words read per text: bounds the work on a hostile message. */
const MAX_WORDS = 2000;
/** Small words inside a name that a domain leaves out ("Vale do Itajaí", "Halden & Rue"). */
const CONNECTOR =
  /^(?:&|\+|and|und|et|y|e|of|de|del|della|der|den|des|du|da|do|das|dos|di|la|le|van|von|für|en|per|pour|para|for|zur|zum|voor|the)$/;
/** Domain labels shorter than this spell too many things. */
const MIN_LABEL = 3;

interface Word {
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
  const found = new Map<string, number>();
  for (const line of text.split("\n")) {
    const words = readWords(line);
    for (let i = 0; i < words.length; i++) {
      const first = words[i];
      if (!first || first.letters.charAt(0) !== target.charAt(0)) continue;
      // "fieldnote", "mono&co": a brand written in lower case, exactly as its domain.
      if (!first.capitalised && !first.connector) {
        if (
          first.letters === target &&
          target.length >= 5 &&
          /\p{L}/u.test(first.text) &&
          !ORG_WORDS.has(first.letters)
        )
          found.set(first.text, 1);
        continue;
      }
      const end = spellingEnd(words, i, target);
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
          .slice(i, j + 1)
          .map((w) => w.text)
          .join(" "),
        false,
        true,
      );
      if (name) found.set(name, (found.get(name) ?? 0) + 1);
    }
  }
  return [...found.keys()].sort((a, b) => b.length - a.length);
}

/**
 * Letters as a domain writes them: "Müller" and "mueller" both read "muller", "&" reads "and".
 * The same reading on both sides keeps every prefix comparable.
 */
function spellingLetters(text: string): string {
  return fold(text)
    .replace(/ß/g, "ss")
    .replace(/&|\+/g, "and")
    .replace(/[^a-z0-9]/g, "")
    .replace(/([aou])e/g, "$1");
}

function readWords(line: string): Word[] {
  const out: Word[] = [];
  for (const m of line.matchAll(/[^\s]+/g)) {
    if (out.length >= MAX_WORDS) break;
    const raw = m[0];
    const text = raw.replace(/^["'“‘(]+/, "").replace(/[,:;!?.)"'”’]+$/, "");
    if (text === "") continue;
    out.push({
      text,
      letters: spellingLetters(text),
      capitalised: /^[\p{Lu}\d]/u.test(text),
      connector: CONNECTOR.test(text),
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
  for (let k = 0; k < MAX_NAME_WORDS && start + k < words.length; k++) {
    const word = words[start + k];
    // "de Vries & van Dam": a particle may open the name when it is spelt in the domain.
    if (!word || !(word.capitalised || word.connector)) break;
    const next = new Map<string, { at: number; loose: boolean }>();
    const add = (at: number, loose: boolean) => next.set(`${at}:${loose}`, { at, loose });
    for (const { at, loose } of states) {
      if (word.connector) {
        // A connector gives nothing ("Vale do Itajaí" -> "svi") or itself ("museumofapplied…").
        if (k > 0) add(at, loose);
        if (target.startsWith(word.letters, at) && word.letters !== "")
          add(at + word.letters.length, loose);
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
