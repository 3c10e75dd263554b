import { type DraftLanguage, isDraftLanguage, type Register } from "../domain/draft-language.ts";
import {
  codePointBefore,
  foldCodeUnit,
  isLetterCodePoint,
  isSpaceCodeUnit,
  isUpperCodePoint,
  isWordCodePoint,
} from "../understand/extract/letters.ts";

/** The user's choice (users.draft_language, users.follow_employer_language). */
export interface LanguagePreference {
  /** The language the user prefers to write in; null: the employer's. */
  preferred: string | null;
  /** Answer in the employer's language when Rebound can write it (the default). */
  followEmployer: boolean;
}

export const FOLLOW_THE_EMPLOYER: LanguagePreference = { preferred: null, followEmployer: true };

/**
 * The language a draft is written in: the employer's when the user follows it (the default)
 * and Rebound writes it; otherwise the user's preferred language; otherwise English.
 */
export function chooseDraftLanguage(
  employerLanguage: string | null,
  preference: LanguagePreference,
): DraftLanguage {
  const employer = employerLanguage?.toLowerCase().slice(0, 2) ?? null;
  const preferred = preference.preferred?.toLowerCase().slice(0, 2) ?? null;
  if (preference.followEmployer && isDraftLanguage(employer)) return employer;
  if (isDraftLanguage(preferred)) return preferred;
  if (isDraftLanguage(employer)) return employer;
  return "en";
}

/**
 * One way of writing a cue, tried where a word starts (the character before it is no letter
 * or digit): `text` as written, then, after it, nothing (`word`, the cue ends at a word's end),
 * whitespace (`space`), whitespace and a word (`name`, "Dear Ana"), whitespace and a
 * capitalised word of two letters or more (`capitalised`, "Herr Weiß"), or the rest of the word
 * (`rest`, "La ringraziamo"). A cue always ends where no letter or digit follows.
 */
interface Cue {
  text: string;
  after: "word" | "space" | "name" | "capitalised" | "rest";
}

/**
 * Words that show which register was used, per language; case matters in German and Italian.
 * Each list is tried in order and the first cue that fits a place wins, longer forms first
 * ("Ihrem" before "Ihre" before "Ihr"); a match is counted and the search goes on after it.
 * (These were regular expressions with `\p{L}` around them: `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`;
 * the same answers, without compiling fourteen Unicode patterns twice on first sight.)
 */
const REGISTER_CUES: {
  readonly [L in DraftLanguage]: { formal: string; informal: string; caseSensitive?: boolean };
} = {
  en: {
    formal: "dear+name|yours sincerely|mr.|mr|mrs.|mrs|ms.|ms",
    informal: "hi|hey|hiya|cheers|rooting for you|best of luck",
  },
  de: {
    formal:
      "Sehr geehrter|Sehr geehrtes|Sehr geehrte|Sie|Ihnen|Ihrem|Ihren|Ihrer|Ihres|Ihre|Ihr|" +
      "Herr+capitalised|Frau+capitalised|Mit freundlichen Grüßen",
    informal:
      "du|dich|dir|deinem|deinen|deiner|deines|deine|dein|euch|euer|eurem|euren|eurer|eures|eure|" +
      "Hi|Hey|Liebe Grüße|LG",
    caseSensitive: true,
  },
  fr: {
    formal: "vous|votre|vos|madame|monsieur|cordialement|veuillez",
    // "t'" before a letter never counted: the cue had to end before a letter and be followed by one.
    informal: "tu|toi|ton|tes|salut|bises|coucou|te+space",
  },
  es: {
    formal:
      "ustedes|usted|estimados|estimado|estimadas|estimada|sr.|sra.|le agradecemos|le informamos|" +
      "le escribimos|le deseamos|le comunicamos|su candidatura|su interés|su tiempo|su perfil",
    informal:
      "tú|contigo|tu candidatura|tu interés|tu tiempo|tu perfil|te agradecemos|te escribo|" +
      "te escribimos|te deseamos|te cuento|te comento|qué tal|un abrazo",
  },
  nl: {
    formal: "u|uw|geachte|met vriendelijke groet|mevrouw|meneer|de heer",
    informal: "je|jij|jou|jouw|jullie|hoi|hey|groetjes",
  },
  it: {
    formal:
      "Lei|La ringrazi+rest|Le comunichiamo|Le scriviamo|Le auguriamo|Sua|Suo|Gentile|Egregio|" +
      "Egregia|Cordiali saluti|Distinti saluti",
    informal: "ti|tu|tuo|tua|tuoi|tue|ciao|Ciao|ci sentiamo",
    caseSensitive: true,
  },
  pt: {
    formal: "prezados|prezado|prezadas|prezada|o senhor|a senhora|sr.|sra.|atenciosamente|vossa",
    informal: "você|tu|teu|tua|olá|oi|abraços|abraço|beijos|beijo",
  },
};

/**
 * A list's cues by their first character, each group in the list's order: at a place only the
 * cues starting with its character can fit, so the first of them that fits is the list's first.
 */
type CuesByFirst = ReadonlyMap<number, readonly Cue[]>;

function cueList(source: string): CuesByFirst {
  const byFirst = new Map<number, Cue[]>();
  for (const cue of source.split("|")) {
    const [text = "", after = "word"] = cue.split("+");
    const first = text.charCodeAt(0);
    const group = byFirst.get(first);
    const entry = { text, after: after as Cue["after"] };
    if (group === undefined) byFirst.set(first, [entry]);
    else group.push(entry);
  }
  return byFirst;
}

const CUES = Object.fromEntries(
  Object.entries(REGISTER_CUES).map(([language, cues]) => [
    language,
    {
      formal: cueList(cues.formal),
      informal: cueList(cues.informal),
      ignoreCase: cues.caseSensitive !== true,
    },
  ]),
) as {
  readonly [L in DraftLanguage]: {
    formal: CuesByFirst;
    informal: CuesByFirst;
    ignoreCase: boolean;
  };
};

/** Where `cue` ends if it is written at `at`, or -1. */
function cueEnd(text: string, at: number, cue: Cue, ignoreCase: boolean): number {
  const written = cue.text;
  if (text.length - at < written.length) return -1;
  for (let i = 0; i < written.length; i++) {
    const char = text[at + i] ?? "";
    if ((ignoreCase ? foldCodeUnit(char) : char) !== written[i]) return -1;
  }
  let end = at + written.length;
  if (cue.after !== "word" && cue.after !== "rest") {
    const spaceStart = end;
    while (end < text.length && isSpaceCodeUnit(text.charCodeAt(end))) end++;
    if (end === spaceStart) return -1;
    if (cue.after === "space") return spaceStart;
    const first = text.codePointAt(end) ?? -1;
    if (
      cue.after === "capitalised" ? !isUpperCodePoint(first) : !isLetterCodePoint(first, ignoreCase)
    )
      return -1;
    end += first > 0xffff ? 2 : 1;
    const wordStart = end;
    end = afterLetters(text, end, ignoreCase);
    if (cue.after === "capitalised" && end === wordStart) return -1;
  } else if (cue.after === "rest") {
    end = afterLetters(text, end, ignoreCase);
  }
  const next = text.codePointAt(end);
  return next !== undefined && isWordCodePoint(next, ignoreCase) ? -1 : end;
}

function afterLetters(text: string, from: number, ignoreCase: boolean): number {
  let at = from;
  for (
    let code = text.codePointAt(at);
    code !== undefined && isLetterCodePoint(code, ignoreCase);
  ) {
    at += code > 0xffff ? 2 : 1;
    code = text.codePointAt(at);
  }
  return at;
}

/** foldCodeUnit of one code unit, without making a string of it for ASCII. */
function foldedCodeUnit(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  return foldCodeUnit(String.fromCharCode(code)).charCodeAt(0);
}

/** How many times the text says one of the cues, each counted once, left to right. */
function countCues(text: string, cues: CuesByFirst, ignoreCase: boolean): number {
  let count = 0;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    const starting = cues.get(ignoreCase ? foldedCodeUnit(code) : code);
    const before = starting === undefined ? -1 : codePointBefore(text, at);
    if (starting !== undefined && (before === -1 || !isWordCodePoint(before, ignoreCase))) {
      let end = -1;
      for (const cue of starting) {
        end = cueEnd(text, at, cue, ignoreCase);
        if (end >= 0) break;
      }
      if (end > at) {
        count++;
        at = end;
        continue;
      }
    }
    at++;
  }
  return count;
}

/** How many formal and how many informal cues of the language the text says. */
export function registerCues(
  language: DraftLanguage,
  text: string,
): { formal: number; informal: number } {
  const cues = CUES[language];
  return {
    formal: countCues(text, cues.formal, cues.ignoreCase),
    informal: countCues(text, cues.informal, cues.ignoreCase),
  };
}

/** When nothing says otherwise: formal everywhere but English, where "Hi" is the norm at work. */
const DEFAULT_REGISTER: { readonly [L in DraftLanguage]: Register } = {
  en: "informal",
  de: "formal",
  fr: "formal",
  es: "formal",
  nl: "formal",
  it: "formal",
  pt: "formal",
};

/**
 * The register to write in, read from what the employer wrote and what the user wrote about or
 * to this person ("Hallo Herr Weiß" → Sie; "Hola Jordan, ¿qué tal?" → tú). The user's own words
 * count double: they know how they address the person.
 */
export function detectRegister(
  language: DraftLanguage,
  employerText: string,
  userNote: string,
): Register {
  return registerDetector(language, employerText)(userNote);
}

/**
 * detectRegister for one employer text and any note: a message plans several drafts, each
 * asking about the same employer text, which is then read once, not once per draft.
 */
export function registerDetector(
  language: DraftLanguage,
  employerText: string,
): (userNote: string) => Register {
  const score = (text: string) => {
    if (text === "") return 0;
    const { formal, informal } = registerCues(language, text);
    return formal - informal;
  };
  let employer: number | null = null;
  // Each person's note, scored once however many drafts they get.
  const notes = new Map<string, number>();
  return (userNote) => {
    employer ??= score(employerText);
    let note = notes.get(userNote);
    if (note === undefined) {
      note = score(userNote);
      notes.set(userNote, note);
    }
    const total = employer + 2 * note;
    if (total > 0) return "formal";
    if (total < 0) return "informal";
    return DEFAULT_REGISTER[language];
  };
}
