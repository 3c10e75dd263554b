import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertUser } from "../../src/db/users.ts";
import { fanOutDueUsers, type JobQueue } from "../../src/jobs/fan-out.ts";
import { observedD1, rowsRead, type SeenStatement } from "../support/observed-d1.ts";
import { digestJob, runJobs } from "../support/queue.ts";
import { fakeMailBinding, replyToDigest, seekerWithDigest } from "../support/reply-loop.ts";

type Captured = SeenStatement;

/** The DB binding, recording every statement that reaches D1 and the values bound to it. */
function recordingDb(db: D1Database, captured: Captured[]): D1Database {
  return observedD1(db, (trip, send) => {
    captured.push(...trip.statements);
    return send();
  });
}

/** Each step of SQLite's plan for a statement, as EXPLAIN QUERY PLAN prints it. */
async function planOf({ sql, params }: Captured): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail);
}

/**
 * Plan steps that read a table (or an index of it) from end to end. Every table Rebound has
 * grows with users or history; only table-valued functions over a bound JSON value are small.
 */
function fullScans(plan: readonly string[]): string[] {
  return plan.filter(
    // A subquery's own result is scanned after it was built; its table access is a step of its own.
    (step) =>
      /^SCAN /.test(step) && !/VIRTUAL TABLE|^SCAN CONSTANT ROW|^SCAN \(subquery-\d+\)/.test(step),
  );
}

async function expectNoFullScans(captured: Captured[]) {
  const statements = captured.filter((c) => /^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i.test(c.sql));
  expect(statements.length).toBeGreaterThan(0);
  const offenders: string[] = [];
  for (const statement of statements) {
    const scans = fullScans(await planOf(statement));
    if (scans.length > 0) {
      offenders.push(`${scans.join("; ")} in: ${statement.sql.replace(/\s+/g, " ").slice(0, 160)}`);
    }
  }
  expect(offenders).toEqual([]);
}

describe("every query reads through an index that matches its filter (EXPLAIN QUERY PLAN)", {
  timeout: 60_000,
}, () => {
  it.each([
    [["SCAN drafts"], ["SCAN drafts"]],
    [["SCAN d USING INDEX drafts_due"], ["SCAN d USING INDEX drafts_due"]],
    [["SEARCH d USING INDEX drafts_due (user_id=? AND state=?)"], []],
    [["SCAN json_each VIRTUAL TABLE INDEX 0:"], []],
    [["SCAN j VIRTUAL TABLE INDEX 1:"], []],
    [
      [
        "SCAN (subquery-1)",
        "SEARCH drafts USING INDEX drafts_by_state_updated (state=? AND updated_at<?)",
      ],
      [],
    ],
    [["SCAN (subquery-1)", "SCAN drafts"], ["SCAN drafts"]],
  ])("the check itself: %j has full scans %j", (plan, scans) => {
    expect(fullScans(plan)).toEqual(scans);
  });

  it("the hourly run's due-user page", async () => {
    await insertUser(
      env.DB,
      { inboxAddress: "plan-due@rebound.example", ownerAddress: "plan@gmail.example" },
      new Date("2026-01-01T00:00:00Z"),
    );
    const captured: Captured[] = [];
    const queue: JobQueue = {
      send: async () => ({}) as QueueSendResponse,
      sendBatch: async () => ({}) as QueueSendBatchResponse,
    };
    await fanOutDueUsers(recordingDb(env.DB, captured), queue, new Date("2026-11-23T07:00:00Z"), {
      nextDigestAt: "",
      id: "",
    });
    await expectNoFullScans(captured);
  });

  it("a digest job: the user, the claim, every read of the digest, the record", async () => {
    const seeker = await seekerWithDigest();
    // Today's digest to send again: its claim failed, and the user is due.
    await env.DB.batch([
      env.DB.prepare("UPDATE digests SET status = 'failed' WHERE user_id = ?1").bind(seeker.userId),
      env.DB.prepare("UPDATE users SET next_digest_at = '' WHERE id = ?1").bind(seeker.userId),
    ]);
    const captured: Captured[] = [];
    const mail = fakeMailBinding();
    await runJobs([digestJob(seeker.userId, new Date())], {
      ...mail.env,
      DB: recordingDb(env.DB, captured),
    });
    expect(mail.sent).toHaveLength(1);
    await expectNoFullScans(captured);
  });

  it("the leftovers job: approvals left behind, sends interrupted", async () => {
    const captured: Captured[] = [];
    const mail = fakeMailBinding();
    await runJobs([{ type: "leftovers", at: new Date().toISOString() }], {
      ...mail.env,
      DB: recordingDb(env.DB, captured),
    });
    await expectNoFullScans(captured);
  });

  it("a command reply: approve, skip, snooze", async () => {
    const seeker = await seekerWithDigest();
    const captured: Captured[] = [];
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "approve 1\nskip 2\nsnooze 3 2w", {
      ...mail.env,
      DB: recordingDb(env.DB, captured),
    });
    await expectNoFullScans(captured);
  });
});

/** The DB binding, adding up the rows every statement read (D1's meta.rows_read). */
function rowCountingDb(db: D1Database, count: { rows: number }): D1Database {
  return observedD1(db, async (_trip, send) => {
    const results = await send();
    for (const result of results) count.rows += rowsRead(result);
    return results;
  });
}

/** `count` old rejections forwarded over the past year, and as many applications. */
async function addHistory(userId: string, count: number): Promise<void> {
  const company = await env.DB.prepare("SELECT id FROM companies WHERE user_id = ?1 LIMIT 1")
    .bind(userId)
    .first<{ id: string }>();
  await env.DB.batch([
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
       INSERT INTO inbound_messages (id, user_id, route, content_hash, envelope_from, sender,
                                     subject, received_at, raw_size, status, category, created_at)
       SELECT ?1 || '-old-' || i, ?1, CASE WHEN i % 3 = 0 THEN 'reply' ELSE 'forward' END,
              ?1 || '-hash-' || i, 'old@history.example', 'old@history.example', 'An old one',
              strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d hours', 200 + i * 20)), 4000,
              'processed', CASE WHEN i % 3 = 0 THEN 'feedback' ELSE 'rejection' END,
              strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d hours', 200 + i * 20))
       FROM n`,
    ).bind(userId, count),
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
       INSERT INTO applications (id, user_id, company_id, role, role_key, created_at, updated_at)
       SELECT ?1 || '-app-' || i, ?1, ?2, 'Role ' || i, 'role ' || i,
              strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d hours', 200 + i * 20)),
              strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d hours', 200 + i * 20))
       FROM n`,
    ).bind(userId, company?.id ?? "", count),
  ]);
}

describe("a digest reads a bounded number of rows, however long the history", {
  timeout: 60_000,
}, () => {
  /** Rows the second day's digest reads, and the totals it shows since sign-up. */
  async function secondDigest(history: number) {
    const seeker = await seekerWithDigest();
    await addHistory(seeker.userId, history);
    // The history predates every stored total, as for a user whose digests began before totals
    // were stored: the next digest counts it all once.
    await env.DB.prepare("UPDATE digests SET totals = NULL WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    // Day one's digest again, now with the history in it: it counts the whole history once and
    // stores the totals. Then "tomorrow": day one moved back, the user due again.
    const sendAgain = async (db: D1Database) => {
      await env.DB.batch([
        env.DB.prepare(
          "UPDATE digests SET local_date = date(local_date, '-1 day') WHERE user_id = ?1",
        ).bind(seeker.userId),
        env.DB.prepare("UPDATE users SET next_digest_at = '' WHERE id = ?1").bind(seeker.userId),
      ]);
      const mail = fakeMailBinding();
      await runJobs([digestJob(seeker.userId, new Date())], { ...mail.env, DB: db });
      expect(mail.sent).toHaveLength(1);
      return mail.sent[0]?.text ?? "";
    };
    const first = await sendAgain(env.DB);
    const count = { rows: 0 };
    const second = await sendAgain(rowCountingDb(env.DB, count));
    return { rows: count.rows, first, second };
  }

  it("reads as many rows with 400 old messages and applications as with none", async () => {
    const quiet = await secondDigest(0);
    const busy = await secondDigest(400);
    expect(busy.rows).toBeLessThanOrEqual(quiet.rows + 5);
    expect(quiet.rows).toBeLessThan(200);
  });

  it("still shows the totals since sign-up, carried from the digest before", async () => {
    const busy = await secondDigest(30);
    // The history: 30 applications plus the forward's own, and every third old message (10) a
    // reply with feedback. The chart shows the same totals on both days.
    const inAll = (text: string, label: string) =>
      new RegExp(`${label}\\s+\\d+ this week, (\\d+) in all`).exec(text)?.[1];
    expect(inAll(busy.first, "Applications")).toBe("31");
    expect(inAll(busy.first, "Conversations")).toBe("10");
    expect(inAll(busy.first, "Replies")).toBe("10");
    for (const label of ["Applications", "Conversations", "Replies"]) {
      expect(inAll(busy.second, label)).toBe(inAll(busy.first, label));
    }
  });
});

describe("the retention job reads only what it still has to clear", { timeout: 60_000 }, () => {
  it("reads no more rows with 400 cleared old messages than with none", async () => {
    const at = new Date();
    const run = async () => {
      const count = { rows: 0 };
      const mail = fakeMailBinding();
      await runJobs([{ type: "retention", at: at.toISOString() }], {
        ...mail.env,
        DB: rowCountingDb(env.DB, count),
      });
      return count.rows;
    };
    const seeker = await seekerWithDigest();
    await run();
    const before = await run();
    // Two years of history, already cleared by earlier runs: raw gone, text gone.
    await addHistory(seeker.userId, 800);
    await env.DB.prepare(
      `UPDATE inbound_messages SET raw = NULL, extracted_text = '', note = '', subject = '',
         original_subject = NULL WHERE user_id = ?1 AND id LIKE '%-old-%'`,
    )
      .bind(seeker.userId)
      .run();
    const after = await run();
    expect(after).toBeLessThanOrEqual(before + 5);
  });
});
