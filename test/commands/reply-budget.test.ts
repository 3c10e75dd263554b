import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import {
  fakeMailBinding,
  makeDraftsDue,
  replyToDigest,
  sendDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/** A D1 binding that counts the queries an invocation makes (each statement of a batch counts). */
function countingDb(db: D1Database) {
  const counter = { queries: 0 };
  const wrapStatement = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key === "bind") {
          return (...args: unknown[]) =>
            wrapStatement((value as (...a: unknown[]) => D1PreparedStatement).apply(target, args));
        }
        if (key === "run" || key === "first" || key === "all" || key === "raw") {
          return (...args: unknown[]) => {
            counter.queries += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(db, {
    get(target, key, receiver) {
      if (key === "prepare") return (sql: string) => wrapStatement(target.prepare(sql));
      if (key === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counter.queries += statements.length;
          return target.batch(statements.map((s) => unwrap.get(s) ?? s));
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const unwrap = new WeakMap<D1PreparedStatement, D1PreparedStatement>();
  return { db: wrapped, counter, unwrap };
}

describe("a command reply fits the free plan's 50 queries per invocation", () => {
  it('"approve all" on a full digest of 30 drafts', async () => {
    const { userId, inbox } = await createJordan(env.DB, { digestHour: 0 });
    for (const name of [
      "fwd-gmail-web-en-northwind-panel-note.eml",
      "fwd-owa-html-en-silverbirch-on-hold.eml",
      "fwd-apple-mail-en-brightwater-keep-on-file.eml",
    ]) {
      const raw = fixtureRaw(name);
      await deliver(raw, { from: JORDAN.owner, to: inbox });
    }
    await makeDraftsDue(userId);
    // A year of stay-in-touch notes is now due at once; those with a slot to fill are set aside,
    // so that the approval below sends close to 30 drafts.
    await env.DB.prepare(
      "UPDATE drafts SET state = 'skipped' WHERE user_id = ?1 AND body LIKE '%[[add:%'",
    )
      .bind(userId)
      .run();
    // Fill the digest to its cap of 30 with copies of a planned thank-you to new people.
    const template = await env.DB.prepare(
      "SELECT * FROM drafts WHERE user_id = ?1 AND channel = 'email' LIMIT 1",
    )
      .bind(userId)
      .first<Record<string, unknown>>();
    const count = await env.DB.prepare(
      "SELECT count(*) AS n FROM drafts WHERE user_id = ?1 AND state = 'pending' AND due_at < '2021-01-01'",
    )
      .bind(userId)
      .first<{ n: number }>();
    for (let i = 0; i < 30 - (count?.n ?? 0); i++) {
      const contactId = crypto.randomUUID();
      await env.DB.batch([
        env.DB.prepare(
          `INSERT INTO contacts (id, user_id, name, email, kind, created_at, updated_at)
           VALUES (?1, ?2, ?3, ?4, 'interviewer', '2026-01-01', '2026-01-01')`,
        ).bind(contactId, userId, `Person ${i}`, `person${i}@example.org`),
        env.DB.prepare(
          `INSERT INTO drafts (id, user_id, contact_id, kind, channel, rule, subject, body, due_at, created_at, updated_at)
           VALUES (?1, ?2, ?3, 'appreciation', 'email', 'test', ?4, ?5, '2020-01-01', '2026-01-01', '2026-01-01')`,
        ).bind(crypto.randomUUID(), userId, contactId, template?.subject, template?.body),
      ]);
    }
    const seeker = await sendDigest(userId, inbox);
    expect(seeker.items).toHaveLength(30);

    const mail = fakeMailBinding();
    const counted = countingDb(env.DB);
    await replyToDigest(seeker, "approve all", { ...mail.env, DB: counted.db });
    const sent = await env.DB.prepare(
      "SELECT channel FROM drafts WHERE user_id = ?1 AND state = 'sent'",
    )
      .bind(userId)
      .all<{ channel: string }>()
      .then((r) => r.results);
    // Every approved LinkedIn note comes back in one mail; each other draft in its own.
    const notes = sent.filter((d) => d.channel === "linkedin").length;
    const handoffs = mail.sent.filter((m) => !m.subject.startsWith("Re:"));
    expect(handoffs).toHaveLength(sent.length - notes + Math.min(notes, 1));
    // A stay-in-touch draft with a gap to fill is refused; every other draft goes out.
    const gaps = await env.DB.prepare(
      "SELECT count(*) AS n FROM drafts WHERE user_id = ?1 AND body LIKE '%[[add:%' AND due_at < '2021-01-01' AND state <> 'skipped'",
    )
      .bind(userId)
      .first<{ n: number }>();
    expect(sent).toHaveLength(30 - (gaps?.n ?? 0));
    expect(sent.length).toBeGreaterThanOrEqual(28);
    expect(counted.counter.queries).toBeLessThanOrEqual(50);
    console.log(`approve all, 30 drafts: ${counted.counter.queries} D1 queries`);
  });
});
