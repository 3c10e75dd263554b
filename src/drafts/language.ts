import { type DraftLanguage, isDraftLanguage, type Register } from "../domain/draft-language.ts";

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

/** Words (regex sources) that show which register was used, per language; case matters in German. */
const REGISTER_CUES: {
  readonly [L in DraftLanguage]: { formal: string; informal: string; caseSensitive?: boolean };
} = {
  en: {
    formal: "Dear\\s+\\p{L}+|Yours sincerely|Mr\\.?|Mrs\\.?|Ms\\.?",
    informal: "Hi|Hey|Hiya|Cheers|Rooting for you|Best of luck",
  },
  de: {
    formal:
      "Sehr geehrte[rs]?|Sie|Ihnen|Ihre[mnrs]?|Ihr|Herr\\s+\\p{Lu}\\p{L}+|Frau\\s+\\p{Lu}\\p{L}+|Mit freundlichen Grüßen",
    informal: "du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?|Hi|Hey|Liebe Grüße|LG",
    caseSensitive: true,
  },
  fr: {
    formal: "vous|votre|vos|Madame|Monsieur|Cordialement|Veuillez",
    informal: "tu|toi|ton|tes|salut|bises|coucou|t['’](?=\\p{L})|te(?=\\s)",
  },
  es: {
    formal:
      "usted(?:es)?|estimad[oa]s?|sr\\.|sra\\.|le (?:agradecemos|informamos|escribimos|deseamos|comunicamos)|su (?:candidatura|interés|tiempo|perfil)",
    informal:
      "tú|contigo|tu (?:candidatura|interés|tiempo|perfil)|te (?:agradecemos|escribo|escribimos|deseamos|cuento|comento)|qué tal|un abrazo",
  },
  nl: {
    formal: "u|uw|geachte|met vriendelijke groet|mevrouw|meneer|de heer",
    informal: "je|jij|jou|jouw|jullie|hoi|hey|groetjes",
  },
  it: {
    formal:
      "Lei|La ringrazi\\p{L}*|Le (?:comunichiamo|scriviamo|auguriamo)|Sua|Suo|Gentile|Egregi[oa]|Cordiali saluti|Distinti saluti",
    informal: "ti|tu|tuo|tua|tuoi|tue|ciao|Ciao|ci sentiamo",
    caseSensitive: true,
  },
  pt: {
    formal: "prezad[oa]s?|o senhor|a senhora|sr\\.|sra\\.|atenciosamente|vossa",
    informal: "você|tu|teu|tua|olá|oi|abraços?|beijos?",
  },
};

/** A whole-word pattern over Unicode letters (JavaScript's \\b only knows ASCII). */
function wordPattern(source: string, caseSensitive: boolean): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`,
    caseSensitive ? "gu" : "giu",
  );
}

const CUE_PATTERNS = Object.fromEntries(
  Object.entries(REGISTER_CUES).map(([language, cues]) => [
    language,
    {
      formal: wordPattern(cues.formal, cues.caseSensitive === true),
      informal: wordPattern(cues.informal, cues.caseSensitive === true),
    },
  ]),
) as { readonly [L in DraftLanguage]: { formal: RegExp; informal: RegExp } };

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
  const cues = CUE_PATTERNS[language];
  const score = (text: string) =>
    (text.match(cues.formal) ?? []).length - (text.match(cues.informal) ?? []).length;
  const total = score(employerText) + 2 * score(userNote);
  if (total > 0) return "formal";
  if (total < 0) return "informal";
  return DEFAULT_REGISTER[language];
}
