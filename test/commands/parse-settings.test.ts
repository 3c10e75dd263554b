import { describe, expect, it } from "vitest";
import { parseCommands } from "../../src/commands/parse-commands.ts";
import { resolveHour, resolveTimeZone } from "../../src/commands/settings-values.ts";

const only = (text: string) => {
  const { commands, problems } = parseCommands(text);
  return { command: commands[0], problems: problems.map((p) => p.message) };
};

describe("settings, fill, address, export and calendar lines", () => {
  it.each([
    ["settings", { kind: "settings" }],
    ["name Jordan Lee", { kind: "name", name: "Jordan Lee" }],
    ["My name: Anne-Marie O'Neil", { kind: "name", name: "Anne-Marie O'Neil" }],
    ["timezone Europe/Berlin", { kind: "timezone", zone: "Europe/Berlin" }],
    ["Time zone: new york", { kind: "timezone", zone: "America/New_York" }],
    ["timezone Munich", { kind: "timezone", zone: "Europe/Berlin" }],
    ["timezone utc", { kind: "timezone", zone: "UTC" }],
    ["hour 7", { kind: "hour", hour: 7 }],
    ["hour 12am", { kind: "hour", hour: 0 }],
    ["digest hour 18:00", { kind: "hour", hour: 18 }],
    ["language de", { kind: "language", language: "de" }],
    ["Language German", { kind: "language", language: "de" }],
    ["language auto", { kind: "language", language: "auto" }],
    ["delivery Direct", { kind: "delivery", mode: "direct" }],
    ["address 12 Maya@Example.com", { kind: "address", number: 12, email: "maya@example.com" }],
    ["address #3 <sam@example.org>", { kind: "address", number: 3, email: "sam@example.org" }],
    [
      "fill 4 the article on grid storage.",
      { kind: "fill", number: 4, text: "the article on grid storage." },
    ],
    ["export", { kind: "export" }],
    ["calendar", { kind: "calendar", revoke: false }],
    ["calendar revoke", { kind: "calendar", revoke: true }],
  ])("%j", (line, expected) => {
    const { command, problems } = only(line);
    expect(problems).toEqual([]);
    expect(command).toMatchObject(expected);
  });

  it.each([
    ["name", "name takes your name"],
    ["name Call me at 555", "name takes your name"],
    ["hour 24", "hour takes the hour"],
    ["hour 13pm", "hour takes the hour"],
    ["timezone Gotham", "is not a time zone Rebound knows"],
    ["language xx", "language takes a code"],
    ["delivery fast", 'delivery is "direct"'],
    ["address maya@example.com", "address takes a number"],
    ["address 3 not-an-address", "address takes a number"],
    ["fill 4", "fill takes a draft number and your words"],
    ["export everything now", 'write "export" on a line by itself'],
    ["calendar please", 'write "calendar"'],
  ])("%j is a problem, not a command", (line, message) => {
    const { command, problems } = only(line);
    expect(command).toBeUndefined();
    expect(problems[0]).toContain(message);
  });

  it("ends an edit's text only at a line that is a whole command", () => {
    const { commands } = parseCommands(
      "edit 2\nHi Maya,\nName dropping aside, your talk was great.\nJordan\nhour 7",
    );
    expect(commands.map((c) => c.kind)).toEqual(["edit", "hour"]);
    expect(commands[0]).toMatchObject({
      body: "Hi Maya,\nName dropping aside, your talk was great.\nJordan",
    });
  });

  it.each([
    ["Berlin", "Europe/Berlin"],
    ["los angeles", "America/Los_Angeles"],
    ["Bengaluru", "Asia/Kolkata"],
    ["asia/tokyo", "Asia/Tokyo"],
    ["Nowhere/Else", null],
  ])("resolveTimeZone(%j) -> %j", (typed, zone) => {
    expect(resolveTimeZone(typed)).toBe(zone);
  });

  it.each([
    ["0", 0],
    ["23", 23],
    ["7 pm", 19],
    ["12pm", 12],
    ["7h", 7],
    ["-1", null],
  ])("resolveHour(%j) -> %j", (typed, hour) => {
    expect(resolveHour(typed)).toBe(hour);
  });
});
