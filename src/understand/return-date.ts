import * as chrono from "chrono-node";

/** An out-of-office note says when its writer is back within a few months, or it is not a date we trust. */
const MAX_DAYS_AWAY = 120;
const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
};
/** Words that put a date next to "back": the return date, not the date the absence began. */
const RETURN_CUE =
  /\b(until|till|back|return|returning|from)\b|\b(bis|zurück|ab)\b|\b(jusqu|retour|à partir)\b|\b(hasta|regreso|vuelta|a partir)\b|\b(tot|terug|vanaf)\b|\b(fino|rientro|dal)\b/i;

/** The date an out-of-office reply says its writer is back, as an ISO day start (UTC), or null. */
export function findReturnDate(text: string, language: string, receivedAt: string): string | null {
  const reference = new Date(receivedAt);
  const parser = PARSERS[language] ?? chrono.en.casual;
  const results = parser.parse(text.slice(0, 4000), reference, { forwardDate: true });
  const candidates = results
    .map((result) => {
      const date = (result.end ?? result.start).date();
      const before = text.slice(Math.max(0, result.index - 40), result.index);
      return { date, cued: RETURN_CUE.test(before) };
    })
    .filter(({ date }) => {
      const days = (date.getTime() - reference.getTime()) / 86_400_000;
      return days > -1 && days <= MAX_DAYS_AWAY;
    });
  const chosen = candidates.find((c) => c.cued) ?? candidates.at(-1);
  if (!chosen) return null;
  const day = new Date(
    Date.UTC(chosen.date.getFullYear(), chosen.date.getMonth(), chosen.date.getDate()),
  );
  return day.toISOString();
}
