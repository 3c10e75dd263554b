import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { fakeBucket } from "../support/fake-bucket.ts";
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
    const bucket = fakeBucket();
    await bucket.put(`raw/${seeker.userId}/a.eml`, "x");
    await bucket.put(`raw/${seeker.userId}/b.eml`, "y");
    await bucket.put(`raw/${other.userId}/c.eml`, "z");
    const before = await rowsOf(seeker.userId);
    expect(before.inbound_messages).toBeGreaterThan(0);
    expect(before.drafts).toBeGreaterThan(0);
    expect(before.digests).toBeGreaterThan(0);

    const { app } = await import("../../src/http/app.ts");
    const response = await app.request(
      `/admin/users/${seeker.userId}`,
      { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } },
      { ...env, ADMIN_TOKEN: TOKEN, RAW_MAIL: bucket.binding } as Env,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, rawObjectsDeleted: 2 });

    const after = await rowsOf(seeker.userId);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    const items = await env.DB.prepare(
      "SELECT count(*) AS n FROM digest_items WHERE digest_id = ?1",
    )
      .bind(seeker.digestId)
      .first<{ n: number }>();
    expect(items?.n).toBe(0);
    expect(bucket.keys()).toEqual([`raw/${other.userId}/c.eml`]);
    expect((await rowsOf(other.userId)).drafts).toBeGreaterThan(0);

    const again = await app.request(
      `/admin/users/${seeker.userId}`,
      { method: "DELETE", headers: { authorization: `Bearer ${TOKEN}` } },
      { ...env, ADMIN_TOKEN: TOKEN } as Env,
    );
    expect(again.status).toBe(404);
  });
});
