import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { applyRetention } from "../../src/retention/apply-retention.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { runJobs } from "../support/queue.ts";
import { JORDAN } from "../support/users.ts";

const DAY = 86_400_000;

async function forwardedMessage() {
  const { userId, inbox } = await createJordan(env.DB);
  await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
    from: JORDAN.owner,
    to: inbox,
  });
  return userId;
}

async function ageMessages(userId: string, days: number, raw: string | null) {
  await env.DB.prepare(
    "UPDATE inbound_messages SET created_at = ?2, raw = coalesce(?3, raw) WHERE user_id = ?1",
  )
    .bind(userId, new Date(Date.now() - days * DAY).toISOString(), raw)
    .run();
}

async function message(userId: string) {
  return env.DB.prepare(
    "SELECT raw, extracted_text, note, subject, category FROM inbound_messages WHERE user_id = ?1",
  )
    .bind(userId)
    .first<{
      raw: string | null;
      extracted_text: string;
      note: string;
      subject: string;
      category: string | null;
    }>();
}

describe("retention", () => {
  it("the daily retention job drops raw mail after 30 days and text after a year, keeping the facts", async () => {
    const month = await forwardedMessage();
    await ageMessages(month, 31, "raw bytes");
    const year = await forwardedMessage();
    await ageMessages(year, 366, "raw bytes");
    const fresh = await forwardedMessage();
    await ageMessages(fresh, 2, "raw bytes");

    await runJobs([{ type: "retention", at: new Date().toISOString() }]);

    const monthOld = await message(month);
    expect(monthOld?.raw).toBeNull();
    expect(monthOld?.extracted_text).not.toBe("");
    const yearOld = await message(year);
    expect(yearOld).toMatchObject({ raw: null, extracted_text: "", note: "", subject: "" });
    expect(yearOld?.category).not.toBeNull();
    expect((await message(fresh))?.raw).toBe("raw bytes");
  });

  it("deletes raw mail from the real RAW_MAIL bucket once it is past 30 days, not before", async () => {
    const userId = await forwardedMessage();
    const prefix = `raw/${userId}/`;
    const stored = (await env.RAW_MAIL.list({ prefix })).objects.map((o) => o.key);
    expect(stored).toHaveLength(1);
    // The bucket's upload dates cannot be moved back, so the job runs as of a later day.
    const later = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    await runJobs([{ type: "retention", at: later(29) }]);
    expect((await env.RAW_MAIL.list({ prefix })).objects.map((o) => o.key)).toEqual(stored);
    await runJobs([{ type: "retention", at: later(31) }]);
    expect((await env.RAW_MAIL.list({ prefix })).objects).toEqual([]);
  });

  it("spends no more D1 queries than its budget, and none with none left", async () => {
    const userId = await forwardedMessage();
    await ageMessages(userId, 400, "raw bytes");
    expect((await applyRetention(env.DB, undefined, new Date(), 0)).queries).toBe(0);
    expect((await message(userId))?.raw).toBe("raw bytes");
    const one = await applyRetention(env.DB, undefined, new Date(), 1);
    expect(one.queries).toBe(1);
    expect((await message(userId))?.raw).toBeNull();
    expect((await message(userId))?.extracted_text).not.toBe("");
    await applyRetention(env.DB, undefined, new Date(), 50);
    expect((await message(userId))?.extracted_text).toBe("");
  });

  it("honours shorter periods from wrangler.toml vars", async () => {
    const userId = await forwardedMessage();
    await ageMessages(userId, 10, "raw bytes");
    await runJobs([{ type: "retention", at: new Date().toISOString() }], {
      ...env,
      RAW_RETENTION_DAYS: "7",
      TEXT_RETENTION_DAYS: "9",
    } as Env);
    expect(await message(userId)).toMatchObject({ raw: null, extracted_text: "" });
  });
});
