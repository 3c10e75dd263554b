import { describe, expect, it } from "vitest";
import { lookUpArrival } from "../../src/db/inbound.ts";
import { memoryD1, newUserRow } from "../../src/db/memory-d1.ts";

const holding = {
  user: newUserRow(
    {
      id: "u9",
      inbox_address: "in@example.net",
      owner_address: "me@example.net",
      display_name: "Me",
    },
    ["me@example.com"],
  ),
  secrets: { forward_secret: "f".repeat(32), contact_secret: "c".repeat(32) },
  contact: {
    id: "k1",
    company_id: null,
    name: "Pat Known",
    email: "pat@example.org",
    title: null,
    kind: "recruiter" as const,
    notes: "",
    warm: 0,
    do_not_contact: 0,
    linkedin_url: null,
    pending: 0,
  },
};

describe("memoryD1", () => {
  it.each([
    { sender: "pat@example.org", known: true },
    { sender: "stranger@example.org", known: false },
    { sender: null, known: false },
  ])(
    "answers the arrival lookup from memory (sender $sender known: $known)",
    async ({ sender, known }) => {
      const { db, counts } = memoryD1(holding);
      const arrival = await lookUpArrival(db, "in@example.net", sender, "<m@x>", "hash");
      expect(arrival.user).toMatchObject({
        id: "u9",
        addresses: ["me@example.net", "me@example.com"],
        draftLanguage: null,
        followEmployerLanguage: true,
      });
      expect(arrival.secrets).toEqual({ forward: "f".repeat(32), contact: "c".repeat(32) });
      expect(arrival.senderContact?.id ?? null).toBe(known ? "k1" : null);
      expect(arrival.alreadyStored).toBe(false);
      // One batch is one round trip of four statements.
      expect(counts).toEqual({ roundTrips: 1, statements: 4 });
    },
  );

  it("accepts writes and forgets them, counting each round trip", async () => {
    const { db, counts } = memoryD1(holding);
    const write = db.prepare("INSERT INTO touches (id) VALUES (?1)").bind("t1");
    await expect(write.run()).resolves.toMatchObject({ success: true });
    await expect(db.prepare("SELECT id FROM touches").all()).resolves.toMatchObject({
      results: [],
    });
    expect(await db.prepare("SELECT id FROM touches").first()).toBeNull();
    expect(counts).toEqual({ roundTrips: 3, statements: 3 });
  });
});
