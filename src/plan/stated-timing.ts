import * as chrono from "chrono-node";

/**
 * When the employer (or the user, in a note) says to come back: "get back in touch in a year",
 * "pausing until Fall 2026", "melden Sie sich gern in einem Jahr", "wir stellen ab Herbst wieder
 * ein", "dans six mois". Phrases of time we read ourselves (seasons, "in N months", "next
 * year"); explicit dates by chrono-node, only after a word that says "until"/"from"/"in".
 */

const DAY_MS = 86_400_000;
/** A date closer than this is not a timing to plan around (it is the process itself). */
const MIN_DAYS_AHEAD = 14;
const MAX_DAYS_AHEAD = 730;

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
  nine: 9,
  twelve: 12,
  few: 3,
  couple: 2,
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  sechs: 6,
  neun: 9,
  zwölf: 12,
  paar: 3,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  neuf: 9,
  douze: 12,
  quelques: 3,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  seis: 6,
  nueve: 9,
  doce: 12,
  unos: 3,
  unas: 3,
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  zes: 6,
  negen: 9,
  twaalf: 12,
  due: 2,
  tre: 3,
  quattro: 4,
  sei: 6,
  nove: 9,
  dodici: 12,
  qualche: 3,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  doze: 12,
  alguns: 3,
  algumas: 3,
};

/** Months per unit word, in the seven languages. */
const UNITS: readonly [RegExp, number][] = [
  [/^(?:years?|jahre?n?|jahres|ans?|années?|años?|jaar|jaren|ann[oi]|anos?)$/i, 12],
  [/^(?:months?|monate?n?|monats|mois|mes(?:es)?|maand(?:en)?|mes[ei]|mês)$/i, 1],
  [/^(?:weeks?|wochen?|semaines?|semanas?|weken|settiman[ae])$/i, 0.25],
];

const NUMBER_WORDS = Object.keys(NUMBERS)
  .sort((x, y) => y.length - x.length)
  .join("|");

/** "in a year", "in sechs Monaten", "dans six mois", "dentro de un año", "over een jaar", "tra sei mesi", "daqui a um ano". */
const RELATIVE = new RegExp(
  `(?<![\\p{L}])(?:in|within|after|nach|dans|d['’]ici|en|dentro de|de aquí a|over|na|tra|fra|entro|em|daqui a)\\s+(?:(?:about|around|etwa|rund|environ|cerca de|ongeveer|circa)\\s+)?(?:(?:a|ein|un|een|um)\\s+)?(\\d{1,2}|${NUMBER_WORDS})\\s+(?:of\\s+)?(\\p{L}+)(?![\\p{L}])`,
  "giu",
);

/** "next year" in the seven languages: early next year. */
const NEXT_YEAR =
  /(?<![\p{L}])(?:next year|early next year|nächstes jahr|nächsten jahres|im neuen jahr|l['’]année prochaine|l['’]an prochain|el (?:próximo|proximo) año|el año que viene|volgend jaar|l['’]anno prossimo|il prossimo anno|no (?:próximo|proximo) ano|ano que vem)(?![\p{L}])/iu;

/** Seasons: the month they start in (northern hemisphere, where these languages are mostly written). */
const SEASONS: readonly [RegExp, number][] = [
  [/^(?:fall|autumn|herbst|automne|otoño|otono|herfst|najaar|autunno|outono)$/i, 8],
  [/^(?:spring|frühjahr|frühling|printemps|primavera|voorjaar|lente)$/i, 2],
  [/^(?:summer|sommer|été|ete|verano|zomer|estate|verão|verao)$/i, 5],
  [/^(?:winter|hiver|invierno|inverno)$/i, 11],
];
const SEASON_WORDS =
  /(?<![\p{L}])(fall|autumn|herbst|frühjahr|frühling|sommer|summer|spring|winter|automne|printemps|été|hiver|otoño|primavera|verano|invierno|herfst|najaar|voorjaar|lente|zomer|autunno|estate|inverno|outono|verão)(?:\s+(?:of\s+|de\s+|del\s+|van\s+)?(20\d\d))?(?![\p{L}])/giu;

/** A season is a time only after a word that makes it one ("until Fall", "ab Herbst"; not "Spring Boot"). */
const SEASON_CUE =
  /(?:^|[\s(])(?:in|im|ab|until|till|by|from|this|next|early|late|the|bis|zum|l['’]|au|en|dès|hasta|het|vanaf|a|da|no|na|até|em|de|del|dal|dall['’]|all['’]|nel|nell['’]|in the)\s*$/i;

/** A quarter: "Q3 2026", "im dritten Quartal" is left to the people who write it with a Q. */
const QUARTER = /(?<![\p{L}\d])Q([1-4])\s*(?:of\s+)?(20\d\d)?(?![\d])/gu;

/** "the end of" before a quarter, in the seven languages. */
const QUARTER_END =
  /(?:end of|Ende|fin du|fin de|final del|eind|fine del|fim do)\s*(?:the\s+|des\s+|dem\s+)?$/i;

/** Words before an explicit date that make it a time to come back, not a date in passing. */
const DATE_CUE =
  /(?:until|till|from|after|again in|back in|reach out in|in|bis|ab|nach|im|jusqu['’]?(?:à|en|au)?|à partir d[eu]|dès|en|hasta|a partir de|desde|tot|vanaf|fino a|a partire da|dal|até|a partir de)\s*$/i;

const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
};

/**
 * The date the texts (the employer's message and the user's note) say to come back, as an ISO
 * day start (UTC), or null. The earliest such date wins: it is the first time to act on.
 */
export function findStatedDate(
  texts: readonly string[],
  language: string,
  receivedAt: string,
): string | null {
  const reference = new Date(receivedAt);
  const found: Date[] = [];
  for (const raw of texts) {
    const text = raw.slice(0, 6000);
    for (const match of text.matchAll(RELATIVE)) {
      const count = countOf(match[1] ?? "");
      const unit = UNITS.find(([pattern]) => pattern.test(match[2] ?? ""))?.[1];
      if (count !== null && unit !== undefined) found.push(addMonths(reference, count * unit));
    }
    if (NEXT_YEAR.test(text)) found.push(utcDay(reference.getUTCFullYear() + 1, 0, 15));
    for (const match of text.matchAll(SEASON_WORDS)) {
      const before = text.slice(Math.max(0, (match.index ?? 0) - 16), match.index);
      if (!SEASON_CUE.test(before)) continue;
      const month = SEASONS.find(([pattern]) => pattern.test(match[1] ?? ""))?.[1];
      if (month === undefined) continue;
      const year = match[2] ? Number(match[2]) : null;
      found.push(nextStart(reference, month, year));
    }
    for (const match of text.matchAll(QUARTER)) {
      // "through the end of Q1" is the start of Q2.
      const before = text.slice(Math.max(0, (match.index ?? 0) - 20), match.index);
      const end = QUARTER_END.test(before) ? 3 : 0;
      const month = (Number(match[1]) - 1) * 3 + end;
      found.push(nextStart(reference, month, match[2] ? Number(match[2]) : null));
    }
    const parser = PARSERS[language] ?? chrono.en.casual;
    for (const result of parser.parse(text, reference, { forwardDate: true })) {
      if (!result.start.isCertain("month")) continue;
      const before = text.slice(Math.max(0, result.index - 30), result.index);
      if (DATE_CUE.test(before)) found.push(result.start.date());
    }
  }
  const days = (date: Date) => (date.getTime() - reference.getTime()) / DAY_MS;
  const chosen = found
    .filter((date) => days(date) >= MIN_DAYS_AHEAD && days(date) <= MAX_DAYS_AHEAD)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return chosen
    ? utcDay(chosen.getUTCFullYear(), chosen.getUTCMonth(), chosen.getUTCDate()).toISOString()
    : null;
}

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBERS[word.toLowerCase()] ?? null;
}

function addMonths(from: Date, months: number): Date {
  if (months < 1) return new Date(from.getTime() + Math.round(months * 4 * 7) * DAY_MS);
  const date = new Date(from.getTime());
  date.setUTCMonth(date.getUTCMonth() + Math.round(months));
  return date;
}

/** The first of `month` in `year`, or its next occurrence at least two weeks away. */
function nextStart(reference: Date, month: number, year: number | null): Date {
  if (year !== null) return utcDay(year, month, 1);
  const thisYear = utcDay(reference.getUTCFullYear(), month, 1);
  return thisYear.getTime() - reference.getTime() >= MIN_DAYS_AHEAD * DAY_MS
    ? thisYear
    : utcDay(reference.getUTCFullYear() + 1, month, 1);
}

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}
