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

/** The gender of a title written before "[first] last" in `cues` ("Frau Weiß", "Mme Anne Durand"), or null. */
function titledIn(cues: string, first: string | null, last: string): Gender | null {
  for (const [at, gender] of titlesIn(cues)) {
    if (namedAt(cues, at, first, last)) return gender;
  }
  return null;
}

/**
 * Cues read lately, and where a name may follow a title in them, female titles first. A
 * message's drafts go to several people in turn, each with the employer's text and their own
 * note: one entry per recipient, so drafts that alternate between them still read each once.
 */
const recentTitles = new Map<string, readonly [number, Gender][]>();
/** More recipients than one message plans for; past it the oldest cues are dropped. */
const RECENT_TITLES_KEPT = 8;

/**
 * Where a name may start after a title in `cues`, in the order titledIn tries them. A message's
 * drafts greet from the same cues, one draft after another: they are scanned once, not per draft.
 */
function titlesIn(cues: string): readonly [number, Gender][] {
  const known = recentTitles.get(cues);
  if (known !== undefined) return known;
  const ends: [number, Gender][] = [];
  for (const [title, gender] of TITLE_THEN_SPACE) {
    for (const match of cues.matchAll(title))
      ends.push([(match.index ?? 0) + match[0].length, gender]);
  }
  if (recentTitles.size >= RECENT_TITLES_KEPT) {
    const oldest = recentTitles.keys().next().value;
    if (oldest !== undefined) recentTitles.delete(oldest);
  }
  recentTitles.set(cues, ends);
  return ends;
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
 */
export function genderOf(
  name: { first: string | null; last: string | null },
  cues: string,
  language: DraftLanguage,
): Gender | null {
  const titled = name.last ? titledIn(cues, name.first, name.last) : null;
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
