import { describe, expect, it } from "vitest";
import { DRAFT_LANGUAGES, type DraftLanguage } from "../../src/domain/draft-language.ts";
import { registerCues } from "../../src/drafts/language.ts";
import {
  foldCodeUnit,
  isLetterCodePoint,
  isUpperCodePoint,
  isWordCodePoint,
} from "../../src/understand/extract/letters.ts";
import { seededRandom } from "../support/seeded-random.ts";

// The register cues were Unicode regular expressions; they are read in code now, and must
// count exactly what the patterns counted. These are the former patterns, kept as the reference.
const FORMER: { readonly [L in DraftLanguage]: { formal: string; informal: string; cs?: true } } = {
  en: {
    formal: "Dear\\s+\\p{L}+|Yours sincerely|Mr\\.?|Mrs\\.?|Ms\\.?",
    informal: "Hi|Hey|Hiya|Cheers|Rooting for you|Best of luck",
  },
  de: {
    formal:
      "Sehr geehrte[rs]?|Sie|Ihnen|Ihre[mnrs]?|Ihr|Herr\\s+\\p{Lu}\\p{L}+|Frau\\s+\\p{Lu}\\p{L}+|Mit freundlichen Grüßen",
    informal: "du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?|Hi|Hey|Liebe Grüße|LG",
    cs: true,
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
    cs: true,
  },
  pt: {
    formal: "prezad[oa]s?|o senhor|a senhora|sr\\.|sra\\.|atenciosamente|vossa",
    informal: "você|tu|teu|tua|olá|oi|abraços?|beijos?",
  },
};

const former = (source: string, cs: boolean | undefined) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, cs ? "gu" : "giu");

function formerCounts(language: DraftLanguage, text: string) {
  const cues = FORMER[language];
  return {
    formal: (text.match(former(cues.formal, cues.cs)) ?? []).length,
    informal: (text.match(former(cues.informal, cues.cs)) ?? []).length,
  };
}

// Pieces of cues, their neighbours and the characters where case and class rules differ.
const PIECES = [
  ..."Dear|Yours sincerely|Mr|Mrs|Ms|Hi|Hey|Hiya|Cheers|Sehr geehrte|Sie|Ihnen|Ihre|Ihr|Herr|Frau|Mit freundlichen Grüßen|du|dich|dein|eure|euer|Liebe Grüße|LG|vous|votre|Madame|tu|toi|te|t'|t’|salut|usted|ustedes|estimad|sr|sra|le |su |interés|tú|qué tal|un abrazo|u|uw|je|jij|geachte|de heer|Lei|La ringrazi|Le |Sua|Egregi|ciao|Ciao|ci sentiamo|prezad|o senhor|você|olá|abraço|beijo".split(
    "|",
  ),
  ..."aeiouorsmnx",
  ..."AEIOUORSMNX",
  "DEAR",
  "SIE",
  "VOCÊ",
  "OLÁ",
  "Tú",
  "TÚ",
  " ",
  "  ",
  "\u00a0",
  "\u202f",
  "\n",
  ".",
  ",",
  "-",
  "_",
  "1",
  "²",
  "½",
  "ſ",
  "\u212a",
  "İ",
  "ı",
  "\u0345",
  "ß",
  "ẞ",
  "Ä",
  "ö",
  "É",
  "µ",
  "ª",
  "×",
  "Ω",
  "Ж",
  "ж",
  "\u{1d400}",
  "\u{1d7ce}",
  "😀",
  "\u{10400}",
  "\u{10428}",
  "\ud800",
  "\u0301",
];

describe("register cues", () => {
  it("count what the former Unicode patterns counted, on random texts of cue pieces", () => {
    const next = seededRandom(1);
    for (let n = 0; n < 4000; n++) {
      const length = 1 + Math.floor(next() * 12);
      let text = "";
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const language of DRAFT_LANGUAGES) {
        const got = registerCues(language, text);
        const want = formerCounts(language, text);
        if (got.formal !== want.formal || got.informal !== want.informal)
          expect({ language, text, got }).toEqual({ language, text, got: want });
      }
    }
  });

  it.each([
    ["en", "Dear Ana, thanks. Yours sincerely, Mr. Smith and Mrs Jones", 4, 0],
    ["en", "Hi Jordan, cheers! Hiya. Best of luck", 0, 4],
    ["en", "Dear 2024 team. Dear\u00a0Ana1", 0, 0],
    [
      "de",
      "Sehr geehrter Herr Weiß, wir danken Ihnen für Ihre Bewerbung. Mit freundlichen Grüßen",
      5,
      0,
    ],
    ["de", "Hallo Jordan, wie geht es dir? Liebe Grüße, LG", 0, 3],
    ["de", "Herr weiß sie SIE", 0, 0],
    ["fr", "Bonjour Madame, votre candidature … Cordialement", 3, 0],
    ["fr", "Salut, je te\tremercie, t'as vu ? Bises", 0, 3],
    ["es", "Estimada Ana, le agradecemos su interés. Sr. Pérez", 4, 0],
    ["es", "Hola, ¿qué tal? Te escribo por tu candidatura. Un abrazo", 0, 4],
    ["nl", "Geachte mevrouw, wij danken u voor uw sollicitatie", 4, 0],
    ["nl", "Hoi Jordan, bedankt voor je interesse. Groetjes", 0, 3],
    ["it", "Gentile Jordan, La ringraziamo per la Sua candidatura. Cordiali saluti", 4, 0],
    ["it", "Ciao Jordan, ti scrivo per la tua candidatura, ci sentiamo", 0, 4],
    ["pt", "Prezada Ana, atenciosamente, a senhora", 3, 0],
    ["pt", "Olá, tudo bem? Você viu? Abraços e beijos", 0, 4],
  ] as const)("%s: %s", (language, text, formal, informal) => {
    expect(registerCues(language, text)).toEqual({ formal, informal });
    expect(formerCounts(language, text)).toEqual({ formal, informal });
  });
});

describe("letters answered in code", () => {
  it("agree with the Unicode classes at every code point", () => {
    const classes = [
      [/^[\p{L}\p{N}]$/u, (c: number) => isWordCodePoint(c, false)],
      [/^[\p{L}\p{N}]$/iu, (c: number) => isWordCodePoint(c, true)],
      [/^\p{L}$/u, (c: number) => isLetterCodePoint(c, false)],
      [/^\p{L}$/iu, (c: number) => isLetterCodePoint(c, true)],
      [/^\p{Lu}$/u, isUpperCodePoint],
    ] as const;
    for (const [pattern, inCode] of classes) {
      const wrong: number[] = [];
      for (let c = 0; c <= 0x10ffff; c += c < 0x3000 ? 1 : 7) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        if (pattern.test(String.fromCodePoint(c)) !== inCode(c)) wrong.push(c);
      }
      expect({ pattern: pattern.source, wrong }).toEqual({ pattern: pattern.source, wrong: [] });
    }
  });

  it("fold as a case-insensitive Unicode pattern compares, for the cues' letters", () => {
    const wrong: string[] = [];
    for (const letter of "abcdefghijklmnopqrstuvwxyzáéíóúàâêôãõçñü.' ") {
      const pattern = new RegExp(`^${letter === "." ? "\\." : letter}$`, "iu");
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const char = String.fromCharCode(c);
        if (pattern.test(char) !== (foldCodeUnit(char) === letter)) wrong.push(`${letter}:${c}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
