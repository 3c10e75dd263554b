import { cleanName, isPersonName } from "./names.ts";
import { disqualifiedAsPerson, isGivenName } from "./person-evidence.ts";
import { fold } from "./text.ts";
import { NAME_PARTICLES } from "./word-lists.ts";

/** A surname of a word or few, a comma, then the given names and what trails them. */
const SURNAME_COMMA_REST = /^\s*([^,]{2,40}?),\s*([^,]{2,50}?)\s*$/u;
/**
 * Ranks and degrees a directory writes after the given name, in the seven languages ("Anneliese
 * Dr.", "Marta PhD", "Chiara Dott.ssa", "Lucía Dra.", "Pieter drs.").
 */
const TRAILING_RANK =
  /^(?:dr|dra|prof|profa|ing|dipl|mag|phd|mba|msc|jr|sr|dott|dott\.ssa|lic|drs|ir|mr|me)\.?$/i;

/**
 * "Wit, Pieter-Jan de", "Dal Monte, Lorenzo", "von der Lahn, Anneliese Dr.": a display name
 * written surname first, as staff directories list people, with the particles a Dutch
 * directory moves behind the given name. The name in reading order, or null when the words
 * after the comma do not open with a given name ("Acme, Inc") that the lexicon knows or the
 * sender's address spells with the surname ("a.vonderlahn@" for "Anneliese").
 */
export function surnameFirstDisplayName(display: string, address: string | null): string | null {
  const m = SURNAME_COMMA_REST.exec(display.replace(/["“”]/g, ""));
  const surname = m?.[1]?.trim();
  const rest = m?.[2]?.trim().split(/\s+/);
  if (surname === undefined || rest === undefined) return null;
  while (rest.length > 1 && TRAILING_RANK.test(rest[rest.length - 1] ?? "")) rest.pop();
  const particles: string[] = [];
  while (rest.length > 1 && NAME_PARTICLES.has(fold(rest[rest.length - 1] ?? "")))
    particles.unshift(rest.pop() ?? "");
  const given = rest[0] ?? "";
  if (!isGivenName(given) && !spellsInitialAndSurname(address, given, surname)) return null;
  const name = cleanName([...rest, ...particles, surname].join(" "));
  return isPersonName(name) ? name : null;
}

/** Whether an address opens with the given name's initial and holds the surname's letters. */
function spellsInitialAndSurname(address: string | null, given: string, surname: string): boolean {
  if (address === null) return false;
  const letters = (t: string) => fold(t).replace(/[^a-z]/g, "");
  const local = letters(address.slice(0, address.lastIndexOf("@")));
  const last = letters(surname);
  return last.length >= 3 && local.startsWith(letters(given).charAt(0)) && local.includes(last);
}

/** Two or three capitalised words, then ranks or degrees a directory may trail ("Dr.", "PhD"). */
const NAME_WORDS_AND_RANKS =
  /^\s*((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)((?: [\p{L}.]+)*)\s*$/u;

/**
 * "Kaltenbach Sven Dr." <s.kaltenbach@…>, "Thiago Sales" <thiago.sales@…>: a copied or invited
 * person's display name that the display-name reader set aside (written surname first without a
 * comma, or with a surname that is also a word), which their personal address spells: the given
 * name, or its initial, first and the surname whole. The name in reading order, or null.
 */
export function addressSpelledDisplayName(display: string, address: string | null): string | null {
  const m = NAME_WORDS_AND_RANKS.exec(display.replace(/["“”]/g, ""));
  if (address === null || !m?.[1]) return null;
  if (!(m[2] ?? "").split(" ").every((w) => w === "" || TRAILING_RANK.test(w))) return null;
  const words = m[1].split(" ");
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const inOrder = isGivenName(first)
    ? words
    : isGivenName(last)
      ? [last, ...words.slice(0, -1)]
      : null;
  if (inOrder === null) return null;
  const given = inOrder[0] ?? "";
  const surname = inOrder[inOrder.length - 1] ?? "";
  const name = inOrder.join(" ");
  return spellsInitialAndSurname(address, given, surname) && !disqualifiedAsPerson(name)
    ? name
    : null;
}
