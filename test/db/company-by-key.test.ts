import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { companyIdByKey } from "../../src/db/company-by-key.ts";
import { insertUser } from "../../src/db/users.ts";

// One user's companies: the keys a lookup must tell apart, among many others.
const KEYS = [
  "copperline",
  "copperline payments",
  "copperlines",
  "ponte software",
  "abc",
  "abc labs",
  "orchard mutual insurance",
];
const FILLER = Array.from({ length: 400 }, (_, i) => `firm ${String(i).padStart(3, "0")} group`);

let userId = "";
beforeAll(async () => {
  userId = await insertUser(
    env.DB,
    { inboxAddress: "keys@rebound.example", ownerAddress: "keys@gmail.example" },
    new Date("2026-01-01T00:00:00Z"),
  );
  await env.DB.batch(
    [...KEYS, ...FILLER].map((key) =>
      env.DB.prepare(
        `INSERT INTO companies (id, user_id, name, name_key, created_at)
         VALUES (?1, ?2, ?1, ?1, '2026-01-01T00:00:00Z')`,
      ).bind(key, userId),
    ),
  );
});

async function lookUp(key: string): Promise<{ id: string | null; rowsRead: number }> {
  const result = await env.DB.prepare(`SELECT id FROM companies WHERE id = ${companyIdByKey("?2")}`)
    .bind(userId, key)
    .all<{ id: string }>();
  return { id: result.results[0]?.id ?? null, rowsRead: result.meta.rows_read };
}

describe("a company key finds the user's company by the same key or its first whole words", () => {
  it.each([
    ["copperline", "copperline"], // the exact key comes first
    ["copperline payments", "copperline payments"],
    ["copperline payments gmbh", "copperline"], // the shortest of the keys it starts with
    ["copperline analytics", "copperline"],
    ["ponte", "ponte software"], // a longer key that starts with it
    ["ponte software srl", "ponte software"],
    ["orchard mutual", "orchard mutual insurance"],
    ["copper", null], // a word cut short is another name
    ["copperlin", null],
    ["ab", null], // short keys match only themselves
    ["abc", "abc"],
    ["abc systems", null],
    ["unknown firm", null],
    ["", null],
  ])("%j → %j", async (key, want) => {
    expect((await lookUp(key)).id).toBe(want);
  });

  it("reads a handful of rows however many companies the user has", async () => {
    for (const key of ["copperline payments gmbh", "ponte", "firm 123 group", "nobody at all"]) {
      // "firm 123 group" sorts after 123 fillers that share its first word: a scan of the
      // range from that word would read them all.
      expect((await lookUp(key)).rowsRead).toBeLessThan(20);
    }
  });
});
