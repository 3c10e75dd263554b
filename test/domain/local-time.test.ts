import { describe, expect, it } from "vitest";
import {
  digestDueAt,
  isDigestDue,
  localTime,
  nextDate,
  nextDigestAt,
} from "../../src/domain/local-time.ts";

describe("localTime", () => {
  it.each([
    ["2026-11-23T07:00:00Z", "Europe/Berlin", "2026-11-23", 8],
    ["2026-11-23T23:30:00Z", "Europe/Berlin", "2026-11-24", 0],
    ["2026-11-23T13:00:00Z", "America/New_York", "2026-11-23", 8],
    ["2026-11-23T02:00:00Z", "America/Los_Angeles", "2026-11-22", 18],
    ["2026-11-23T20:30:00Z", "Asia/Kolkata", "2026-11-24", 2],
    // Berlin leaves summer time on 25 October 2026: 07:00 UTC is 08:00 after, 09:00 before.
    ["2026-10-24T07:00:00Z", "Europe/Berlin", "2026-10-24", 9],
    ["2026-10-25T07:00:00Z", "Europe/Berlin", "2026-10-25", 8],
    // New York starts summer time on 8 March 2026.
    ["2026-03-07T13:00:00Z", "America/New_York", "2026-03-07", 8],
    ["2026-03-08T13:00:00Z", "America/New_York", "2026-03-08", 9],
  ])("%s in %s is %s, hour %i", (instant, zone, date, hour) => {
    expect(localTime(new Date(instant), zone)).toEqual({ date, hour });
  });
});

describe("isDigestDue", () => {
  it.each([
    ["2026-11-23T06:59:00Z", "Europe/Berlin", 8, false],
    ["2026-11-23T07:00:00Z", "Europe/Berlin", 8, true],
    ["2026-11-23T15:00:00Z", "Europe/Berlin", 8, true],
    ["2026-11-23T22:00:00Z", "Europe/Berlin", 23, true],
    // On 8 March 2026 New York skips 02:00; a digest hour of 2 is made up at 03:00.
    ["2026-03-08T07:00:00Z", "America/New_York", 2, true],
  ])("%s in %s with digest hour %i: %s", (instant, zone, hour, due) => {
    expect(isDigestDue(new Date(instant), zone, hour)).toBe(due);
  });
});

describe("digestDueAt: when a local day's digest hour starts, in UTC", () => {
  it.each([
    ["2026-11-23", 8, "Europe/Berlin", "2026-11-23T07:00:00.000Z"],
    ["2026-07-01", 8, "Europe/Berlin", "2026-07-01T06:00:00.000Z"],
    ["2026-11-23", 8, "Asia/Kolkata", "2026-11-23T02:30:00.000Z"],
    ["2026-11-23", 0, "Pacific/Auckland", "2026-11-22T11:00:00.000Z"],
    ["2026-11-23", 23, "America/Los_Angeles", "2026-11-24T07:00:00.000Z"],
    // New York skips 02:00–03:00 on 8 March 2026: hour 2 starts when the clock jumps to 03:00.
    ["2026-03-08", 2, "America/New_York", "2026-03-08T07:00:00.000Z"],
    ["2026-03-08", 3, "America/New_York", "2026-03-08T07:00:00.000Z"],
    ["2026-03-08", 8, "America/New_York", "2026-03-08T12:00:00.000Z"],
    // New York repeats 01:00–02:00 on 1 November 2026: the first 01:00 (EDT) counts.
    ["2026-11-01", 1, "America/New_York", "2026-11-01T05:00:00.000Z"],
    ["2026-11-01", 2, "America/New_York", "2026-11-01T07:00:00.000Z"],
    // Berlin: 29 March skips 02:00, 25 October repeats it.
    ["2026-03-29", 2, "Europe/Berlin", "2026-03-29T01:00:00.000Z"],
    ["2026-10-25", 2, "Europe/Berlin", "2026-10-25T00:00:00.000Z"],
    // Lord Howe moves by half an hour: on 4 October 2026 02:00 becomes 02:30.
    ["2026-10-04", 2, "Australia/Lord_Howe", "2026-10-03T15:30:00.000Z"],
    ["2026-12-31", 8, "UTC", "2026-12-31T08:00:00.000Z"],
  ])("%s hour %i in %s starts at %s", (date, hour, zone, expected) => {
    expect(digestDueAt(date, hour, zone).toISOString()).toBe(expected);
  });

  it.each([
    ["Europe/Berlin"],
    ["America/New_York"],
    ["Asia/Kolkata"],
    ["Australia/Lord_Howe"],
    ["America/Santiago"],
  ])(
    "in %s, every day of 2026 and every hour: the instant has that date and hour, and the hour before did not",
    (zone) => {
      let date = "2026-01-01";
      while (date < "2027-01-01") {
        for (let hour = 0; hour < 24; hour++) {
          const at = digestDueAt(date, hour, zone);
          const local = localTime(at, zone);
          expect(local.date).toBe(date);
          expect(local.hour).toBeGreaterThanOrEqual(hour);
          const before = localTime(new Date(at.getTime() - 60_000), zone);
          expect(before.date < date || before.hour < hour).toBe(true);
        }
        date = nextDate(date);
      }
    },
  );
});

describe("nextDigestAt", () => {
  it.each([
    // Before today's hour, or today's not yet done: today's instant (even if it has passed).
    ["2026-11-23T05:00:00Z", "Europe/Berlin", 8, false, "2026-11-23T07:00:00.000Z"],
    ["2026-11-23T10:00:00Z", "Europe/Berlin", 8, false, "2026-11-23T07:00:00.000Z"],
    // Today's done: tomorrow's, across a year end and a daylight-saving change.
    ["2026-11-23T07:00:00Z", "Europe/Berlin", 8, true, "2026-11-24T07:00:00.000Z"],
    ["2026-12-31T13:00:00Z", "America/New_York", 8, true, "2027-01-01T13:00:00.000Z"],
    ["2026-03-07T13:00:00Z", "America/New_York", 8, true, "2026-03-08T12:00:00.000Z"],
  ])("%s in %s, hour %i, today done %s: %s", (now, zone, hour, done, expected) => {
    expect(nextDigestAt(new Date(now), zone, hour, done).toISOString()).toBe(expected);
  });
});
