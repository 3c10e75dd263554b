import { describe, expect, it } from "vitest";
import { parseCommands } from "../../src/commands/parse-commands.ts";
import { addDuration, planCommands } from "../../src/commands/plan-commands.ts";
import type { DigestItemNow } from "../../src/db/commands.ts";

const NOW = new Date("2026-12-05T09:00:00.000Z");

function item(number: number, over: Partial<DigestItemNow> = {}): DigestItemNow {
  return {
    number,
    draftId: `d${number}`,
    shownVersion: 1,
    state: "pending",
    version: 1,
    kind: "appreciation",
    channel: "email",
    contactId: `c${number}`,
    contactName: `Person ${number}`,
    contactEmail: `p${number}@example.org`,
    doNotContact: false,
    subject: "Thank you",
    body: "Hi,\n\nThank you.\n\nJordan",
    ...over,
  };
}

const ITEMS = [
  item(1),
  item(2, { kind: "linkedin_note", channel: "linkedin", subject: "" }),
  item(3),
  item(4, { state: "sent" }),
  item(5, { version: 2 }),
  item(6, { state: "superseded" }),
  item(7, { body: "Hi,\n[[add: the article]]\nJordan" }),
  item(8, { state: "failed" }),
  item(9, { contactId: "c1" }),
];

function plan(text: string, items = ITEMS) {
  const result = planCommands(parseCommands(text).commands, items, NOW);
  return {
    approve: result.approve.map((a) => a.number),
    edit: result.edit.map((e) => e.number),
    skip: result.skip.map((s) => s.number),
    snooze: result.snooze.map((s) => `${s.number}@${s.until.slice(0, 10)}`),
    never: result.never.map((n) => n.contactId),
    problems: result.problems.length,
    writes: result.writes.map((w) => w.kind),
  };
}

describe("planCommands", () => {
  it.each([
    ["approve 1 3", { approve: [1, 3], problems: 0, writes: ["approve"] }],
    ["approve all", { approve: [1, 2, 3, 8, 9], problems: 4 }],
    ["approve 4", { approve: [], problems: 1, writes: [] }],
    ["approve 5", { approve: [], problems: 1 }],
    ["approve 6", { approve: [], problems: 1 }],
    ["approve 7", { approve: [], problems: 1 }],
    ["approve 8", { approve: [8], problems: 0 }],
    ["approve 99", { approve: [], problems: 1, writes: [] }],
    ["approve 1\nskip 1", { approve: [1], skip: [], problems: 1 }],
    ["skip 5", { skip: [5], problems: 0 }],
    ["skip 4", { skip: [], problems: 1 }],
    ["edit 1\nNew text", { edit: [1], writes: ["edit"] }],
    ["edit 5\nNew text", { edit: [], problems: 1, writes: [] }],
    ["edit 7\nStill [[add: something]]", { edit: [], problems: 1 }],
    [`edit 2\n${"x".repeat(301)}`, { edit: [], problems: 1 }],
    [`edit 2\n${"x".repeat(250)}`, { edit: [2], problems: 0 }],
    ["snooze 3 2w", { snooze: ["3@2026-12-19"] }],
    ["snooze 3 1m", { snooze: ["3@2027-01-05"] }],
    ["snooze 8 3d", { snooze: [], problems: 1 }],
    ["never 1 9", { never: ["c1"], writes: ["never"] }],
    ["never 42", { never: [], problems: 1, writes: [] }],
    ["targets: Acme, Globex\npause", { writes: ["targets", "paused"], problems: 0 }],
  ])("%j", (text, expected) => {
    expect(plan(text)).toMatchObject(expected);
  });

  it("approves the version the digest showed, so a change made since is not sent", () => {
    const result = planCommands(
      parseCommands("approve 1").commands,
      [item(1, { shownVersion: 1, version: 1 })],
      NOW,
    );
    expect(result.writes).toEqual([{ kind: "approve", drafts: [{ id: "d1", version: 1 }] }]);
  });

  it("keeps an edited subject for email only", () => {
    const email = planCommands(parseCommands("edit 1\nSubject: Hello\nBody").commands, ITEMS, NOW);
    expect(email.writes[0]).toMatchObject({ kind: "edit", subject: "Hello", body: "Body" });
    const note = planCommands(parseCommands("edit 2\nSubject: Hello\nBody").commands, ITEMS, NOW);
    expect(note.writes[0]).toMatchObject({ kind: "edit", subject: "", body: "Body" });
  });

  it("says how many drafts the digest had when a number is out of range", () => {
    const result = planCommands(parseCommands("skip 12").commands, ITEMS, NOW);
    expect(result.problems).toEqual([
      '"skip 12": there is no draft 12 in that digest (it had 1 to 9).',
    ]);
  });
});

describe("addDuration", () => {
  it.each([
    [3, "day", "2026-12-08"],
    [2, "week", "2026-12-19"],
    [1, "month", "2027-01-05"],
    [12, "month", "2027-12-05"],
  ] as const)("%i %s", (amount, unit, date) => {
    expect(addDuration(NOW, amount, unit).toISOString().slice(0, 10)).toBe(date);
  });
});

describe("confirm and not: the digest's people to confirm", () => {
  const PEOPLE = [
    {
      number: 10,
      contactId: "lena",
      name: "Lena Fischer",
      email: "lena@globex.example",
      pending: true,
    },
    { number: 11, contactId: "jonas", name: "Jonas Weber", email: null, pending: true },
    { number: 12, contactId: "sam", name: "Sam Chen", email: null, pending: false },
  ];
  function decide(text: string) {
    const result = planCommands(parseCommands(text).commands, ITEMS, NOW, { people: PEOPLE });
    return {
      confirm: result.confirm.map((p) => p.contactId),
      decline: result.decline.map((p) => p.contactId),
      writes: result.writes,
      problems: result.problems,
    };
  }

  it.each([
    ["confirm 10", ["lena"], [], 0],
    ["confirm 10 11", ["lena", "jonas"], [], 0],
    ["not 11", [], ["jonas"], 0],
    ["confirm 10\nnot 11", ["lena"], ["jonas"], 0],
    ["confirm 10\nnot 10", ["lena"], [], 1],
    ["confirm 12", [], [], 1],
    ["not 12", [], [], 1],
    ["confirm 1", [], [], 1],
    ["confirm 99", [], [], 1],
  ])("%j confirms %j, removes %j, with %i problems", (text, confirmed, declined, problems) => {
    const result = decide(text);
    expect(result.confirm).toEqual(confirmed);
    expect(result.decline).toEqual(declined);
    expect(result.problems).toHaveLength(problems);
    expect(result.writes).toEqual([
      ...(confirmed.length > 0 ? [{ kind: "confirm", contactIds: confirmed }] : []),
      ...(declined.length > 0 ? [{ kind: "decline", contactIds: declined }] : []),
    ]);
  });

  it("explains a draft's number, a contact already confirmed and a number not in the list", () => {
    expect(decide("confirm 1").problems[0]).toContain("1 is a draft, not a person to confirm");
    expect(decide("not 12").problems[0]).toContain("Sam Chen is already one of your contacts");
    expect(decide("confirm 99").problems[0]).toContain('no person 99 under "People to confirm"');
  });
});
