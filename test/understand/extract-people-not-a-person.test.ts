import { describe, expect, it } from "vitest";
import { isNotNameWord, nameRuns } from "../../src/understand/extract/name-runs.ts";
import { isPersonName } from "../../src/understand/extract/names.ts";
import { parseForwardedMailboxList } from "../../src/understand/mail/forward/header-mailboxes.ts";
import { understandPlain } from "../support/plain-message.ts";

// Kinds of invented people seen on forwarded US and UK recruiting mail; every name, firm and
// sentence below is invented for these tests.

describe("a field's name or a firm's word closing a run is nobody's name", () => {
  it.each<[string, string, boolean]>([
    ["a meetup named after a field", "Rose Valley Proteomics", false],
    ["a field of engineering", "Harlow Electronics", false],
    ["a Dutch firm's word", "Brink Digitaal", false],
    ["a surname that merely ends in -ics", "Marta Gyurkovics", true],
    ["an ordinary full name", "Dana Okafor", true],
  ])("%s", (_, name, person) => {
    expect(isPersonName(name)).toBe(person);
  });
});

describe("Outlook's 'Surname, Given' row with no address", () => {
  it.each<[string, string, [string, string | null][]]>([
    ["one person, surname first", "Okafor, Dana", [["Okafor, Dana", null]]],
    [
      "two people with addresses stay two",
      "Dana Okafor <dana@okafor.example>, Sam Reyes <sam@reyes.example>",
      [
        ["Dana Okafor", "dana@okafor.example"],
        ["Sam Reyes", "sam@reyes.example"],
      ],
    ],
    [
      "three bare names are a list",
      "Dana, Sam, Priti",
      [
        ["Dana", null],
        ["Sam", null],
        ["Priti", null],
      ],
    ],
  ])("%s", (_, value, mailboxes) => {
    expect(parseForwardedMailboxList(value).map((m) => [m.name, m.address])).toEqual(mailboxes);
  });
});

describe("a sentence's first word before a full name", () => {
  const skip = (word: string, previous?: string) =>
    isNotNameWord(word, new Set(), new Set(), previous);
  it.each<[string, string, string[]]>([
    [
      "a Spanish verb opening the sentence",
      "La reunión dura una hora. Asistirán Marta Quiroga y Pablo Ferrer.",
      ["Marta Quiroga", "Pablo Ferrer"],
    ],
    [
      "a Portuguese verb opening the text",
      "Participarão Priya Nair e Rui Costa.",
      ["Priya Nair", "Rui Costa"],
    ],
    [
      "a given name opening the sentence keeps its surname",
      "Dana Okafor will join us.",
      ["Dana Okafor"],
    ],
  ])("%s", (_, text, names) => {
    const found = nameRuns(text, skip).flatMap((m) => (m.name?.includes(" ") ? [m.name] : []));
    expect(found).toEqual(names);
  });
});

async function peopleIn(subject: string, body: string): Promise<(string | null)[]> {
  const headers = [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: jobs@jordanlee.dev",
    `Subject: ${subject}`,
  ];
  return (await understandPlain(headers, body)).contacts.map((c) => c.name);
}

describe("whole forwards: no invented person", () => {
  it.each<[string, string, string, (string | null)[]]>([
    [
      "a skill that is also a given name, after 'my' in the user's note",
      "Fwd: Your application",
      "Fair, my Ruby is rusty these days.\n\n---------- Forwarded message ---------\nFrom: Careers <careers@tallowfield.example>\nDate: Mon, 1 Dec 2026 10:00\nSubject: Your application\nTo: Jordan Lee <jordan.lee@gmail.com>\n\nDear Jordan,\n\nThank you for applying to Tallowfield Water. The role needs daily Ruby on Rails work, so we will not move forward.\n\nTallowfield Water Recruiting",
      [],
    ],
    [
      "the user's own name in an Outlook row, surname first",
      "FW: Analyst II - Tallowfield",
      "same story\n\n-----Original Message-----\nFrom: Okafor, Dana <dana.okafor@tallowfield.example>\nSent: Monday, December 1, 2026 10:00 AM\nTo: Lee, Jordan\nSubject: Analyst II - Tallowfield\n\nJordan,\n\nThank you for interviewing for the Analyst II position. We have selected another candidate.\n\nDana Okafor\nTalent Partner\nTallowfield Water",
      ["Dana Okafor"],
    ],
    [
      "a meetup named after a field",
      "Fwd: Good to meet you",
      "nice chat\n\n---------- Forwarded message ---------\nFrom: Sam Reyes <sam.reyes@tallowfield.example>\nDate: Mon, 1 Dec 2026 10:00\nSubject: Good to meet you\nTo: Jordan Lee <jordan.lee@gmail.com>\n\nHi Jordan,\n\nGreat to meet you at the Rose Valley Proteomics meetup. We're hiring a Data Engineer on my team; would you be up for a call?\n\nSam Reyes\nHead of Data, Tallowfield Water",
      ["Sam Reyes"],
    ],
  ])("%s", async (_, subject, body, names) => {
    expect(await peopleIn(subject, body)).toEqual(names);
  });
});
