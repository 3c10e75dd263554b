import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { seekerWithDigest } from "../support/reply-loop.ts";

const TOKEN = "test-admin-token-0123456789abcdef";

/** Every table with a user_id column, and how many rows this user has in it. */
async function rowsOf(userId: string): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%user_id %'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of results) {
    const row = await env.DB.prepare(`SELECT count(*) AS n FROM "${name}" WHERE user_id = ?1`)
      .bind(userId)
      .first<{ n: number }>();
    counts[name] = row?.n ?? 0;
  }
  const user = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE id = ?1")
    .bind(userId)
    .first<{ n: number }>();
  counts.users = user?.n ?? 0;
  return counts;
}

describe("DELETE /admin/users/:id", () => {
  it("removes every row of the user and their raw mail, and nobody else's", async () => {
    const seeker = await seekerWithDigest();
    const other = await seekerWithDigest();
    // The real (local) bucket: each forward put its raw message there; add one more.
    await env.RAW_MAIL.put(`raw/${seeker.userId}/extra.eml`, "x");
    const mine = (await env.RAW_MAIL.list({ prefix: `raw/${seeker.userId}/` })).objects.length;
    const theirs = (await env.RAW_MAIL.list({ prefix: `raw/${other.userId}/` })).objects;
    expect(mine).toBeGreaterThan(1);
    expect(theirs.length).toBeGreaterThan(0);
    const before = await rowsOf(seeker.userId);
    expect(before.inbound_messages).toBeGreaterThan(0);
    expect(before.drafts).toBeGreaterThan(0);
    expect(before.digests).toBeGreaterThan(0);

    const { app } = await import("../../src/http/app.ts");
    const response = await app.request(
      `/admin/users/${seeker.userId}`,
      { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } },
      { ...env, ADMIN_TOKEN: TOKEN } as Env,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, rawObjectsDeleted: mine });

    const after = await rowsOf(seeker.userId);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    const items = await env.DB.prepare(
      "SELECT count(*) AS n FROM digest_items WHERE digest_id = ?1",
    )
      .bind(seeker.digestId)
      .first<{ n: number }>();
    expect(items?.n).toBe(0);
    expect((await env.RAW_MAIL.list({ prefix: `raw/${seeker.userId}/` })).objects).toEqual([]);
    expect((await env.RAW_MAIL.list({ prefix: `raw/${other.userId}/` })).objects).toEqual(theirs);
    expect((await rowsOf(other.userId)).drafts).toBeGreaterThan(0);

    const again = await app.request(
      `/admin/users/${seeker.userId}`,
      { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } },
      { ...env, ADMIN_TOKEN: TOKEN } as Env,
    );
    expect(again.status).toBe(404);
  });
});
