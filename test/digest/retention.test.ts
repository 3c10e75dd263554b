import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index.ts";
import { applyRetention } from "../../src/retention/apply-retention.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { fakeBucket } from "../support/fake-bucket.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { fakeMailBinding } from "../support/reply-loop.ts";
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
  it("the hourly run drops raw mail after 30 days and text after a year, keeping the facts", async () => {
    const month = await forwardedMessage();
    await ageMessages(month, 31, "raw bytes");
    const year = await forwardedMessage();
    await ageMessages(year, 366, "raw bytes");
    const fresh = await forwardedMessage();
    await ageMessages(fresh, 2, "raw bytes");
    const bucket = fakeBucket();
    await bucket.put(`raw/${month}/old.eml`, "x", new Date(Date.now() - 31 * DAY));
    await bucket.put(`raw/${fresh}/new.eml`, "y", new Date(Date.now() - 2 * DAY));

    const mail = fakeMailBinding();
    const bindings = { ...mail.env, RAW_MAIL: bucket.binding } as Env;
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(), cron: "0 * * * *" }),
      bindings,
    );

    const monthOld = await message(month);
    expect(monthOld?.raw).toBeNull();
    expect(monthOld?.extracted_text).not.toBe("");
    const yearOld = await message(year);
    expect(yearOld).toMatchObject({ raw: null, extracted_text: "", note: "", subject: "" });
    expect(yearOld?.category).not.toBeNull();
    expect((await message(fresh))?.raw).toBe("raw bytes");
    expect(bucket.keys()).not.toContain(`raw/${month}/old.eml`);
    expect(bucket.keys()).toContain(`raw/${fresh}/new.eml`);
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
    const mail = fakeMailBinding();
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(), cron: "0 * * * *" }),
      { ...mail.env, RAW_RETENTION_DAYS: "7", TEXT_RETENTION_DAYS: "9" } as Env,
    );
    expect(await message(userId)).toMatchObject({ raw: null, extracted_text: "" });
  });
});
