/** A moment as a user sees it on their own calendar and clock. */
export interface LocalTime {
  /** "2026-11-23" */
  date: string;
  /** 0–23, correct across daylight-saving changes. */
  hour: number;
}

/**
 * One formatter per time zone, built once per isolate: constructing an Intl.DateTimeFormat
 * costs ~65 µs in workerd, formatting with a built one a few µs.
 */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(instant: Date | number, timeZone: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
  }
  return wall;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date and hour of an instant in an IANA time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const wall = wallClock(instant, timeZone);
  return { date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, hour: wall.hour };
}

/**
 * Whether the user's digest is due: their local hour has reached their digest hour today.
 * "Reached", not "equals": a run that failed, or an hour skipped by a daylight-saving change,
 * is made up by the next hourly run; the (user, local date) claim keeps it to one a day.
 */
export function isDigestDue(instant: Date, timeZone: string, digestHour: number): boolean {
  return localTime(instant, timeZone).hour >= digestHour;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The zone's offset from UTC at an instant, in ms (Berlin in winter: +3,600,000). */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The first instant at which the local date is `date` and the local hour has reached `hour`:
 * when that day's digest falls due. On a day that skips the hour (spring forward) it is the
 * first instant after the gap; on a day that repeats it (fall back) the first of the two.
 */
export function digestDueAt(date: string, hour: number, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour);
  // The offsets in force around that wall-clock time: before and after any transition near it.
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map((t) => offsetAt(t, timeZone)));
  let best: number | null = null;
  for (const offset of offsets) {
    const candidate = wall - offset;
    const local = localTime(new Date(candidate), timeZone);
    if (local.date === date && local.hour >= hour && (best === null || candidate < best)) {
      best = candidate;
    }
  }
  if (best !== null) return new Date(best);
  // A zone that skipped the whole day, or a gap not on an hour: walk the day hour by hour.
  for (let t = wall - 14 * HOUR_MS; t < wall + 14 * HOUR_MS + DAY_MS; t += 15 * 60_000) {
    const local = localTime(new Date(t), timeZone);
    if (local.date > date || (local.date === date && local.hour >= hour)) return new Date(t);
  }
  return new Date(wall);
}

/** The calendar date after `date` ("2026-12-31" -> "2027-01-01"). */
export function nextDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * When the user's next digest falls due, seen from `now`: today's (which may already have
 * passed, so the next hourly run takes it) unless today's is done, then tomorrow's.
 */
export function nextDigestAt(
  now: Date,
  timeZone: string,
  digestHour: number,
  todayDone: boolean,
): Date {
  const { date } = localTime(now, timeZone);
  return digestDueAt(todayDone ? nextDate(date) : date, digestHour, timeZone);
}
