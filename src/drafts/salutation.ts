import type { DraftLanguage, Register } from "../domain/draft-language.ts";

export type Gender = "female" | "male";

/** A recipient as a greeting needs them: names, and a gender only when something says so. */
export interface Addressee {
  first: string | null;
  last: string | null;
  gender: Gender | null;
}

/** Titles before a surname that say how someone is addressed, in the languages we write. */
const TITLE_CUES: readonly [RegExp, Gender][] = [
  [
    /(?:Frau|Mrs\.?|Ms\.?|Miss|Mme\.?|Madame|Mlle|Sra\.?|Señora|Srta\.?|Senhora|mevrouw|mevr\.?|Mw\.?|Sig\.ra|Signora|Dott\.ssa|Dr\.ssa)/iu,
    "female",
  ],
  [
    /(?:Herr|Herrn|Mr\.?|M\.|Monsieur|Sr\.?|Señor|Senhor|meneer|dhr\.?|de heer|Sig\.?|Signor|Dott\.?)/iu,
    "male",
  ],
];

/**
 * Each title as a word, with the spaces after it. Static: a pattern built around each name
 * would be compiled anew for every recipient (about 1 ms each with Unicode letter classes,
 * several per message), which cost more than everything else a draft needs.
 */
const TITLE_THEN_SPACE: readonly [RegExp, Gender][] = TITLE_CUES.map(([title, gender]) => [
  new RegExp(`(?<![\\p{L}])${title.source}\\s+`, "giu"),
  gender,
]);
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * The gender of a title written before "[first] last" in `cues` and the note after it ("Frau
 * Weiß", "Mme Anne Durand"), or null.
 */
function titledIn(
  cues: string,
  note: string | null,
  first: string | null,
  last: string,
): Gender | null {
  const { text, ends } = titlesIn(cues, note);
  for (const [at, gender] of ends) {
    if (namedAt(text, at, first, last)) return gender;
  }
  return null;
}

/** A text read for titles: the cues, a line break and the note (when there is one). */
interface TitledText {
  text: string;
  /** Where a name may start after a title, female titles first. */
  ends: readonly [number, Gender][];
}

/**
 * Texts read lately, by the employer's cues and then by the recipient's note. A message's drafts
 * go to several people in turn, each greeted from the same employer text and their own note: the
 * text is read once per recipient, and no draft joins the two again to look it up.
 */
const recentTitles = new Map<string, Map<string | null, TitledText>>();
/** Employer texts kept: more than one message's; past it the oldest is dropped. */
const RECENT_CUES_KEPT = 4;
/** Notes kept per employer text: more recipients than one message plans for. */
const RECENT_NOTES_KEPT = 16;

/** `cues` and `note` as one text, and where a name may follow a title in it. */
function titlesIn(cues: string, note: string | null): TitledText {
  let byNote = recentTitles.get(cues);
  const known = byNote?.get(note);
  if (known !== undefined) return known;
  const text = note === null ? cues : `${cues}\n${note}`;
  const ends: [number, Gender][] = [];
  for (const [title, gender] of TITLE_THEN_SPACE) {
    for (const match of text.matchAll(title))
      ends.push([(match.index ?? 0) + match[0].length, gender]);
  }
  if (byNote === undefined) {
    if (recentTitles.size >= RECENT_CUES_KEPT) {
      const oldest = recentTitles.keys().next().value;
      if (oldest !== undefined) recentTitles.delete(oldest);
    }
    byNote = new Map();
    recentTitles.set(cues, byNote);
  }
  if (byNote.size >= RECENT_NOTES_KEPT) byNote.clear();
  const read = { text, ends };
  byNote.set(note, read);
  return read;
}

/** Whether `text` at `at` reads "[first ]last" (any spaces between), whole words, any case. */
function namedAt(text: string, at: number, first: string | null, last: string): boolean {
  if (first) {
    const afterFirst = at + first.length;
    if (sameWord(text, at, first) && SPACE.test(text.charAt(afterFirst))) {
      let next = afterFirst;
      while (SPACE.test(text.charAt(next))) next += 1;
      if (sameWord(text, next, last)) return true;
    }
  }
  return sameWord(text, at, last);
}

/** Whether `word` is written at `at` (any case) and no letter follows it. */
function sameWord(text: string, at: number, word: string): boolean {
  const written = text.slice(at, at + word.length);
  if (written.length !== word.length) return false;
  if (written.toLowerCase() !== word.toLowerCase()) return false;
  return !LETTER.test(text.charAt(at + word.length));
}

/** Common first names whose gender is not in doubt, for a salutation that needs one. */
const FEMALE_NAMES = new Set(
  "anna maria maya sophie sophia laura julia lena lea leonie hannah hanna emma mia marie claire camille chloé chloe lucía lucia carmen elena isabel isabella sofia sofía giulia francesca chiara martina sara sarah ana beatriz mariana fernanda inês ines joana femke sanne lotte anouk eva ingrid karin petra sabine susanne katrin kathrin nina olivia emily amelia charlotte grace rachel rebecca jessica jennifer linda susan mary patricia elizabeth priya aisha fatima yuki mei ursula birgit monika heike anja silke manon léa lea inès nathalie isabelle céline celine elodie élodie valentina alessandra federica paola roberta marta raquel cristina patrícia luísa luisa gabriela renata daniela ilse marieke esther noor fleur julie".split(
    " ",
  ),
);
const MALE_NAMES = new Set(
  "jörg jorg lars thomas michael stefan stephan andreas markus martin peter klaus jürgen jurgen hans frank tobias jan lukas luca lucas paul pierre jean louis nicolas julien antoine mathieu matthieu carlos javier miguel juan pablo diego alejandro sergio marco matteo giuseppe giovanni alessandro francesco lorenzo joão joao pedro tiago rafael bruno ricardo daan bram sem thijs ruben pieter willem sam david james john robert william daniel mark steven kevin jason ryan eric adam tom ben max felix jonas leon noah elias finn moritz florian sebastian christian alexander philipp simon sven olaf erik henrik rahul arjun ahmed omar kenji hiroshi luis antonio manuel josé jose fernando gonzalo álvaro alvaro hugo théo theo maxime guillaume vincent olivier laurent rené rene koen joost gert rutger vincenzo davide stefano paolo roberto emanuele gustavo rodrigo henrique".split(
    " ",
  ),
);

/**
 * The recipient's gender, only from evidence: a title in the email or the note ("Frau Weiß",
 * "Mme Durand", "Sr. Gómez"), an English pronoun in the note next to their name ("ask him"),
 * or a first name that leaves no doubt. Null otherwise: the greeting then needs no gender.
 * `note`, when given, is read after the cues as if written on the next line.
 */
export function genderOf(
  name: { first: string | null; last: string | null },
  cues: string,
  language: DraftLanguage,
  note: string | null = null,
): Gender | null {
  const titled = name.last ? titledIn(cues, note, name.first, name.last) : null;
  if (titled) return titled;
  const first = name.first?.toLowerCase() ?? "";
  // Andrea is a woman's name in most languages and a man's in Italian.
  if (first === "andrea") return language === "it" ? "male" : "female";
  if (FEMALE_NAMES.has(first)) return "female";
  if (MALE_NAMES.has(first)) return "male";
  return null;
}

/** The opening line, with its punctuation, by language, register and what is known. */
export function greetingFor(language: DraftLanguage, register: Register, to: Addressee): string {
  const { first, last, gender } = to;
  const formal = register === "formal";
  const full = [first, last].filter(Boolean).join(" ");
  switch (language) {
    case "en":
      if (!first) return formal ? "Dear Sir or Madam," : "Hello,";
      return formal ? `Dear ${first},` : `Hi ${first},`;
    case "de":
      if (!formal) return first ? `Hallo ${first},` : "Hallo,";
      if (last && gender === "female") return `Sehr geehrte Frau ${last},`;
      if (last && gender === "male") return `Sehr geehrter Herr ${last},`;
      return full ? `Guten Tag ${full},` : "Guten Tag,";
    case "fr":
      if (!formal) return first ? `Bonjour ${first},` : "Bonjour,";
      if (last && gender === "female") return `Bonjour Madame ${last},`;
      if (last && gender === "male") return `Bonjour Monsieur ${last},`;
      return full ? `Bonjour ${full},` : "Madame, Monsieur,";
    case "es":
      if (!formal) return first ? `Hola, ${first}:` : "Hola:";
      if (gender === "female") return last ? `Estimada Sra. ${last}:` : `Estimada ${first}:`;
      if (gender === "male") return last ? `Estimado Sr. ${last}:` : `Estimado ${first}:`;
      return full ? `Buenos días, ${full}:` : "Buenos días:";
    case "nl":
      if (!formal) return first ? `Beste ${first},` : "Beste,";
      if (last && gender === "female") return `Geachte mevrouw ${capitalDutch(last)},`;
      if (last && gender === "male") return `Geachte heer ${capitalDutch(last)},`;
      return full ? `Geachte ${full},` : "Geachte heer, mevrouw,";
    case "it":
      if (!formal) return first ? `Ciao ${first},` : "Buongiorno,";
      if (last && gender === "female") return `Gentile Signora ${last},`;
      if (last && gender === "male") return `Gentile Signor ${last},`;
      return full ? `Gentile ${full},` : "Buongiorno,";
    case "pt":
      if (!formal) return first ? `Olá, ${first},` : "Olá,";
      if (gender === "female") return first ? `Prezada ${first},` : "Prezada,";
      if (gender === "male") return first ? `Prezado ${first},` : "Prezado,";
      return full ? `Olá, ${full},` : "Bom dia,";
  }
}

/** The closing before the signature. */
export function signOffFor(language: DraftLanguage, register: Register): string {
  const formal = register === "formal";
  switch (language) {
    case "en":
      return formal ? "Kind regards," : "Best,";
    case "de":
      return formal ? "Mit freundlichen Grüßen" : "Viele Grüße";
    case "fr":
      return formal ? "Bien cordialement," : "À bientôt,";
    case "es":
      return formal ? "Un cordial saludo," : "Un saludo,";
    case "nl":
      return formal ? "Met vriendelijke groet," : "Hartelijke groet,";
    case "it":
      return formal ? "Cordiali saluti," : "A presto,";
    case "pt":
      return formal ? "Atenciosamente," : "Abraços,";
  }
}

/** Whether the body starts in lower case after the greeting (German only: "vielen Dank …"). */
export function bodyStartsLowerCase(language: DraftLanguage): boolean {
  return language === "de";
}

/** "van der Berg" after "Geachte heer" is written "Van der Berg". */
function capitalDutch(last: string): string {
  return last.charAt(0).toUpperCase() + last.slice(1);
}
