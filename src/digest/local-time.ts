/** A moment as a user sees it on their own calendar and clock. */
export interface LocalTime {
  /** "2026-11-23" */
  date: string;
  /** 0–23, correct across daylight-saving changes. */
  hour: number;
}

/** The local date and hour of an instant in an IANA time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    hour: Number(part("hour")),
  };
}

/**
 * Whether the user's digest is due: their local hour has reached their digest hour today.
 * "Reached", not "equals": a run that failed, or an hour skipped by a daylight-saving change,
 * is made up by the next hourly run; the (user, local date) claim keeps it to one a day.
 */
export function isDigestDue(instant: Date, timeZone: string, digestHour: number): boolean {
  return localTime(instant, timeZone).hour >= digestHour;
}
