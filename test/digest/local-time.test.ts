import { describe, expect, it } from "vitest";
import { isDigestDue, localTime } from "../../src/digest/local-time.ts";

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
