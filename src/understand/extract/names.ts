import { remembered } from "../remembered.ts";
import { hasTitleWord } from "./job-titles.ts";
import { endsWithKnownSurname, isGivenName } from "./person-evidence.ts";
import { isPetForm } from "./short-forms.ts";
import { fold } from "./text.ts";
import { THING_WORDS } from "./thing-words.ts";
import {
  NAME_PARTICLES,
  NOT_A_NAME,
  ORG_WORDS,
  PLATFORM_NAMES,
  TEAM_WORD_SET,
} from "./word-lists.ts";

/** Honorifics and German "i. A." ("on behalf of") before a name in a signature. */
const HONORIFIC =
  /^(?:dr|drs|ir|prof|mr|mrs|ms|mx|miss|herr|frau|mme|mlle|sr|sra|srta|dra|doña|arch|ing|dott|dottssa|dott\.ssa|avv|mag|dipl\.-[a-zäöüß]+|i\.\s?a|i\.\s?v|ppa|pp|p\.p|lcdr|cdr|ltc|lt|capt|cpt|maj|col|sgt|msgt|ssgt|tsgt|cpl|gen|adm|cmdr)\.?\s+/i;

/** One capitalised name word: "Maya", "O'Rourke", "Jean-Luc", "McKenzie", "Łukasz", "Zoë". */
export const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
export const HAS_LOWER = /\p{Ll}/u;

/** Particles written with a capital inside a name. */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set([
  "El",
  "Al",
  "Ben",
  "Bin",
  "Ibn",
  "Abu",
  "Van",
  "Von",
  "De",
  "Da",
  "Di",
  "Du",
  "Del",
  "Della",
  "Der",
  "Den",
  "Le",
  "La",
  "Dos",
  "Das",
  "Ter",
  "Ten",
  // Irish and Scottish Gaelic: "Lorcan Ó Briain", "Aoife Ní Fhloinn", "Eilidh Nic Aoidh".
  "Ó",
  "Ní",
  "Nic",
  "Uí",
  "Mac",
]);

/** "Osei & Brandt LLP", "Kessler GmbH": a firm's legal form is never part of a person's name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  "llp|llc|lp|inc|ltd|plc|gmbh|ag|kg|ohg|ug|sa|sas|sarl|srl|spa|bv|nv|ab|oy|as|aps|pty|co".split(
    "|",
  ),
);

/**
 * Whether a name word is an organisation's ("Labs", "GmbH", "SA"). A two-letter one with an
 * accent is a surname ("Sá" in "Rita Sá Moreira"), not the legal form it folds to.
 */
function isOrganisationWord(word: string): boolean {
  const folded = fold(word);
  if (folded.length <= 2 && folded !== word.toLowerCase()) return false;
  return ORG_WORDS.has(folded) || LEGAL_FORMS.has(folded);
}

/** "(she/her)", "(he/him)", "(they/them)" after a name. */
const PRONOUNS =
  /\s*[([](?:she|he|they|ze|xe|sie|er|elle|il|iel)\s*\/\s*\w+(?:\s*\/\s*\w+)?[)\]]/gi;

/**
 * Removes honorifics, pronouns, quotes and stray punctuation around a name. Remembered: the
 * same name is cleaned by the sender, signature, Cc, note and prose readers of one message.
 */
export const cleanName: (raw: string) => string = remembered((raw) => cleanNameOnce(raw));

function cleanNameOnce(raw: string): string {
  let name = raw
    .normalize("NFC")
    .replace(PRONOUNS, "")
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, "")
    .replace(/^[\s"'“”‘’«»<[*_~-]+|[\s"'“”‘’«»>*_~,;:.!-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // A closing bracket stays when it closes one in the name ("Alex Kim (Bluepeak)").
  while (/[)\]]$/.test(name) && !/[([]/.test(name)) name = name.slice(0, -1).trimEnd();
  while (/^[([]/.test(name) && !/[)\]]/.test(name)) name = name.slice(1).trimStart();
  for (let i = 0; i < 2 && HONORIFIC.test(name); i++) name = name.replace(HONORIFIC, "");
  // "Rajesh "Raj" Venkataraman", "Col. (Ret.) James": a nickname or a retirement mark inside.
  // "Bea (Beatriz) Sousa": the bracketed word is the given name the short one stands for.
  name = name.replace(FULLER_GIVEN_INSIDE, (whole, short: string, full: string) =>
    fold(full).startsWith(fold(short)) && full.length > short.length ? `${full} ` : whole,
  );
  // "J.P. (Jan-Pieter) de Wit": initials, then the given name they stand for.
  name = name.replace(INITIALS_THEN_GIVEN, (whole, initials: string, full: string) =>
    fold(initials).replace(/[^a-z]/g, "") === initialsOf(full) ? `${full} ` : whole,
  );
  name = name.replace(INNER_NICKNAME, " ").replace(/^\((?:ret|retd|ret'd)\.?\)\s+/i, "");
  // "Eleanor Marsh RIBA", "Maya Ortiz PhD": letters after the name are not part of it.
  name = withoutPostNominals(name);
  // "Xu Mingyu (Mike)": a given name in brackets after the name is what they go by.
  const trailing = TRAILING_NICKNAME.exec(name);
  if (trailing?.[1] && isGivenName(trailing[1]) && name.slice(0, trailing.index).includes(" "))
    name = name.slice(0, trailing.index);
  for (let i = 0; i < 2 && HONORIFIC.test(name); i++) name = name.replace(HONORIFIC, "");
  return name;
}

/** Degrees, memberships and generational suffixes written after a name. */
const POST_NOMINAL =
  /^(?:PhD|Ph\.D\.|MBA|MSc|BSc|MEng|MD|JD|CPA|CFA|PMP|SPHR|PHR|SHRM-S?CP|CIPD|F?RIBA|MRICS|FRICS|FCA|ACA|Esq\.?|Jr\.?|Sr\.?|II|III|IV)$/;

/** "Eleanor Marsh RIBA" -> "Eleanor Marsh": only after two name words with small letters. */
function withoutPostNominals(name: string): string {
  const words = name.split(" ");
  while (
    words.length > 2 &&
    POST_NOMINAL.test((words[words.length - 1] ?? "").replace(/^,|,$/g, "")) &&
    HAS_LOWER.test(words[words.length - 2] ?? "")
  )
    words.pop();
  return words.join(" ").replace(/,$/, "");
}

/** A short given name, then the full one in brackets or quotes, then the surname. */
const FULLER_GIVEN_INSIDE =
  /^(\p{Lu}[\p{L}'’-]*)\s+["“'‘(](\p{Lu}[\p{L}'’-]{1,15})["”'’)]\s+(?=\p{Lu})/u;
/** Initials, then the given name they stand for in brackets or quotes, then the surname. */
const INITIALS_THEN_GIVEN =
  /^((?:\p{Lu}\.\s?){1,3})\s*["“'‘(](\p{Lu}[\p{L}'’-]{1,20})["”'’)]\s+(?=\p{L})/u;

/** The folded first letters of a given name's parts: "Jan-Pieter" -> "jp". */
function initialsOf(given: string): string {
  return fold(given)
    .split(/[-\s]+/)
    .map((w) => w.charAt(0))
    .join("");
}

/** A quoted or bracketed single word between two name words. */
const INNER_NICKNAME = /\s+["“'‘(]\p{Lu}[\p{L}.'’-]{0,15}["”'’)]\s+(?=\p{Lu})/gu;
const TRAILING_NICKNAME = /\s+\((\p{Lu}[\p{L}'’-]+)\)$/u;

/** A surname that opens with an elided particle in small letters: "d'Estrelles", "dell'Orto". */
const ELIDED_PARTICLE_NAME = /^(?:d|dell|dall|degl|l)['’]\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** "Proteomics", "Informatics", "Electronics": a field's name, never a person's ("Gyurkovics" is). */
const FIELD_OF_STUDY = /(?:om|mat|on|yt|ot|ist)ics$/;

/**
 * Whether a cleaned phrase reads as a person's name: two to four capitalised words (one too,
 * with `allowSingle`). Remembered, both ways: every reader asks it of the same candidates.
 */
export function isPersonName(name: string, allowSingle = false): boolean {
  return allowSingle ? isOneOrMoreNameWords(name) : isTwoOrMoreNameWords(name);
}

const isTwoOrMoreNameWords = remembered((name) => readsAsPersonName(name, false));
const isOneOrMoreNameWords = remembered((name) => readsAsPersonName(name, true));

function readsAsPersonName(name: string, allowSingle: boolean): boolean {
  const parts = name.split(" ");
  // "María del Carmen Rodríguez de la Fuente": particles do not count towards the four words.
  if (parts.length > 8 || name.length > 60) return false;
  if (parts.length === 1 && !allowSingle) return false;
  let nameWords = 0;
  let lowerSeen = false;
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i] ?? "";
    const inside = i > 0 && i < parts.length - 1;
    if (inside && NAME_PARTICLES.has(word)) continue;
    // "Yara El Amrani", "Omar Ben Salah", "Sanne Van Dijk": a capitalised particle inside a name.
    if (inside && CAPITAL_PARTICLES.has(word)) continue;
    if (inside && /^\p{Lu}\.$/u.test(word)) continue; // middle initial
    // "Marc-Antoine d'Estrelles", "Marco dell'Orto": an elided particle on the surname.
    if (i > 0 && ELIDED_PARTICLE_NAME.test(word)) {
      lowerSeen = true;
      nameWords++;
      continue;
    }
    if (!NAME_WORD.test(word)) return false;
    // "Claire MARTIN": a surname in capitals, as French signatures write it.
    const capitals = !HAS_LOWER.test(word);
    if (capitals && (i === 0 || word.length < 2)) return false;
    lowerSeen ||= !capitals;
    const folded = fold(word);
    // "Hannah Seo": a surname that is also a stop word ("SEO") closes a given name's run.
    const surnameAfterGiven =
      i === parts.length - 1 && i > 0 && isGivenName(parts[0] ?? "") && endsWithKnownSurname(name);
    if (NOT_A_NAME.has(folded) && !surnameAfterGiven) return false;
    if (isOrganisationWord(word) || FIELD_OF_STUDY.test(folded)) return false;
    // "Workday Notification" is a machine; "Courtney Ashby" a person whose surname is a product's.
    if (PLATFORM_NAMES.has(folded) && (i === 0 || parts.length < 2)) return false;
    if (TEAM_WORD_SET.has(folded) || hasTitleWord(word)) return false;
    // "Customer Success", "Summer Internship": a function, a programme, an event.
    if (THING_WORDS.has(folded) && i > 0) return false;
    nameWords++;
  }
  return lowerSeen && nameWords <= 4 && nameWords >= (allowSingle ? 1 : 2);
}

/**
 * A person's name guessed from a "first.last@" address. Only used when neither a display
 * name nor a signature names the person; null when the address is not clearly first.last.
 */
export const nameFromAddress: (address: string) => string | null = remembered((address) =>
  nameAddressSpells(address),
);

function nameAddressSpells(address: string): string | null {
  const local = (address.split("@")[0] ?? "").replace(/\+.*$/, "");
  const parts = local.split(/[._-]/);
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((p) => /^[a-z]{2,}$/.test(p))) return null;
  const name = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(" ");
  return isPersonName(name) ? name : null;
}

/**
 * Same person: identical names, a lone first name against a full one, or a middle name more.
 * Remembered by the pair: a message's people are compared with each other again and again.
 */
export function namesMatch(a: string, b: string): boolean {
  return namesMatchPair(`${a.length}:${a}${b}`);
}

/** The pair as one key: the first name's length, a colon, then both names. */
const namesMatchPair = remembered((pair) => {
  const colon = pair.indexOf(":");
  const length = Number(pair.slice(0, colon));
  const a = pair.slice(colon + 1, colon + 1 + length);
  return sameNameWords(a, pair.slice(colon + 1 + length));
});

function sameNameWords(a: string, b: string): boolean {
  // "R. J. Whitcombe" and "Rowan Whitcombe": initials that open the other's given names.
  const initialled = initialledName(a) ?? initialledName(b);
  if (initialled !== null) return initialsFit(initialled, initialledName(a) ? b : a);
  // "Jean-Luc Picard" and "Jean Luc Picard" (from jean-luc.picard@) are one name.
  const fa = fold(a).replace(/-/g, " ").split(/\s+/);
  const fb = fold(b).replace(/-/g, " ").split(/\s+/);
  if (fa.join(" ") === fb.join(" ")) return true;
  // "Bianchi-Ferraro Giulia" and "Giulia Bianchi-Ferraro": the same words, surname first.
  if (fa.length > 1 && [...fa].sort().join(" ") === [...fb].sort().join(" ")) return true;
  const [shorter, longer] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  const lastShort = shorter[shorter.length - 1] ?? "";
  const hasSurname = () =>
    longer.slice(1).some((w) => w === lastShort || w.startsWith(`${lastShort}-`));
  // "Brad Nguyen" and "Bradley Nguyen", "Paco Ruiz" and "Francisco Ruiz Olmedo": a short or pet
  // form of the first name, the same surname.
  if (
    shorter.length > 1 &&
    shorter[0] !== longer[0] &&
    nicknameOf(shorter[0] ?? "", longer[0] ?? "") &&
    hasSurname()
  )
    return true;
  if (shorter[0] !== longer[0]) return false;
  if (shorter.length === 1) return true;
  return hasSurname();
}

/**
 * "brad" and "bradley", "alex" and "alexandra": one first name the start of the other; "paco" and
 * "francisco", "bob" and "robert": a known pet form of it.
 */
export function nicknameOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (short.length >= 3 && long.startsWith(short)) || isPetForm(a, b);
}

/** "R. J. Whitcombe", "R.J. Whitcombe", "RJ Whitcombe", "A. Okafor": initials, then a surname. */
const INITIALS_THEN_SURNAME = /^((?:\p{Lu}\.\s?){1,3}|\p{Lu}{2,3}\s)\s*(\p{Lu}\p{Ll}[\p{L}'’-]+)$/u;

/** The initials (folded letters) and the surname of a name written with initials, else null. */
export function initialledName(name: string): { initials: string; surname: string } | null {
  const m = INITIALS_THEN_SURNAME.exec(name.trim());
  if (!m?.[1] || !m[2]) return null;
  return { initials: fold(m[1].replace(/[^\p{L}]/gu, "")), surname: fold(m[2]) };
}

/** Whether a full name has the surname and opens with the first of the initials. */
function initialsFit(initialled: { initials: string; surname: string }, name: string): boolean {
  // "R. J. Whitcombe" and "RJ Whitcombe": the same initials and surname, however dotted.
  const other = initialledName(name);
  if (other !== null)
    return other.initials === initialled.initials && other.surname === initialled.surname;
  const words = fold(name).split(/\s+/);
  return (
    words.length >= 2 &&
    words[words.length - 1] === initialled.surname &&
    (words[0] ?? "").startsWith(initialled.initials.charAt(0))
  );
}

/** Whether an address plausibly belongs to a name ("mortiz@", "maya.ortiz@", "m.ortiz@"). */
export function addressFitsName(address: string, name: string): boolean {
  const local = fold(address.split("@")[0] ?? "").replace(/[^a-z]/g, "");
  return fold(name)
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ""))
    .some((w) => w.length >= 3 && local.includes(w));
}

/** Whether a phrase names a team ("Talent Team", "Hiring Team") rather than anyone. */
export function isTeamPhrase(phrase: string): boolean {
  const folded = fold(phrase);
  return (
    folded.split(/[\s-]+/).some((w) => TEAM_WORD_SET.has(w)) ||
    /human resources|recursos humanos|ressources humaines/.test(folded)
  );
}
