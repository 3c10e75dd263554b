import { describe, expect, it } from "vitest";
import { BENCH_USER_ROW } from "../../scripts/bench-user.ts";
import { lookUpArrival } from "../../src/db/inbound.ts";
import {
  memoryD1,
  NEW_ACCOUNT_LANGUAGE,
  newUserRow,
  recruiterRow,
} from "../../src/db/memory-d1.ts";
import { toUser } from "../../src/db/users.ts";

const who = {
  id: "u7",
  inbox_address: "inbox@example.net",
  owner_address: "owner@example.net",
  display_name: "Noa Owner",
};

const holding = {
  user: newUserRow(who, ["owner@example.com"], NEW_ACCOUNT_LANGUAGE),
  secrets: { forward_secret: "f".repeat(32), contact_secret: "c".repeat(32) },
  contact: recruiterRow({
    id: "k1",
    company_id: null,
    name: "Pat Known",
    email: "pat@example.org",
    title: null,
  }),
};

describe("memoryD1", () => {
  it.each([
    { case: "the held contact", sender: "pat@example.org", contact: "k1" },
    { case: "a stranger", sender: "someone.else@example.org", contact: null },
    { case: "no sender at all", sender: null, contact: null },
  ])("answers the arrival lookup from memory for $case", async ({ sender, contact }) => {
    const { db, counts } = memoryD1(holding);
    const arrival = await lookUpArrival(db, who.inbox_address, sender, "<m@example.net>", "h");
    expect(arrival.user).toMatchObject({
      id: "u7",
      addresses: ["owner@example.net", "owner@example.com"],
    });
    expect(arrival.secrets).toEqual({ forward: "f".repeat(32), contact: "c".repeat(32) });
    expect(arrival.senderContact?.id ?? null).toBe(contact);
    expect(arrival.alreadyStored).toBe(false);
    // One batch: one round trip of four statements.
    expect(counts).toEqual({ roundTrips: 1, statements: 4 });
  });

  it("knows no one when it holds a contact without an address", async () => {
    const { db } = memoryD1({ ...holding, contact: { ...holding.contact, email: "" } });
    const arrival = await lookUpArrival(db, who.inbox_address, "", null, "h");
    expect(arrival.senderContact).toBeNull();
  });

  it("accepts writes and forgets them, counting each round trip", async () => {
    const { db, counts } = memoryD1(holding);
    const write = await db.prepare("INSERT INTO touches (id) VALUES (?1)").bind("t1").run();
    expect(write).toMatchObject({ success: true, meta: { changes: 0 } });
    expect(await db.prepare("SELECT id FROM touches").all()).toMatchObject({ results: [] });
    expect(await db.prepare("SELECT id FROM touches").first()).toBeNull();
    expect(await db.prepare("SELECT id FROM touches").raw()).toEqual([]);
    expect(counts).toEqual({ roundTrips: 4, statements: 4 });
  });
});

describe("newUserRow", () => {
  const settings = [
    "time_zone",
    "digest_hour",
    "target_companies",
    "delivery_mode",
    "prefers_calling",
    "paused",
    "sending_address",
  ];
  it.each([
    { case: "without the draft-language columns", language: {}, columns: [] },
    {
      case: "with a new account's draft-language columns",
      language: NEW_ACCOUNT_LANGUAGE,
      columns: ["draft_language", "follow_employer_language"],
    },
  ])("puts the columns in SELECT_USER's order, $case", ({ language, columns }) => {
    const row = newUserRow(who, [], language);
    expect(Object.keys(row)).toEqual([
      ...Object.keys(who),
      ...settings,
      ...columns,
      "extra_addresses",
    ]);
  });

  it.each([
    { case: "without the draft-language columns", language: {} },
    { case: "with a new account's", language: NEW_ACCOUNT_LANGUAGE },
  ])("reads as a new account's language choice $case", ({ language }) => {
    // A row the memory holds is read as real D1's rows are: toUser takes it as it comes.
    const user = toUser(
      newUserRow(who, ["a@example.com"], language) as Parameters<typeof toUser>[0],
    );
    expect(user.draftLanguage ?? null).toBeNull();
    expect(user.followEmployerLanguage).toBe(true);
    expect(user.addresses).toEqual(["owner@example.net", "a@example.com"]);
  });
});

describe("the bench user's row", () => {
  it("stays what every reported bench figure was measured with, to the byte", () => {
    expect(JSON.stringify(BENCH_USER_ROW)).toBe(
      '{"id":"u1","inbox_address":"jobs@jordanlee.dev","owner_address":"jordan.lee@gmail.com",' +
        '"display_name":"Jordan Lee","time_zone":"UTC","digest_hour":8,"target_companies":"[]",' +
        '"delivery_mode":"handoff","prefers_calling":0,"paused":0,"sending_address":null,' +
        '"extra_addresses":"[\\"jordan.lee@outlook.com\\",\\"jordanlee@icloud.com\\",' +
        '\\"jordan.lee@yahoo.com\\",\\"jordan@jordanlee.dev\\"]"}',
    );
  });
});
