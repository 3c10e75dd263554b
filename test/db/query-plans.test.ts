import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertUser } from "../../src/db/users.ts";
import { fanOutDueUsers, type JobQueue } from "../../src/jobs/fan-out.ts";
import { digestJob, runJobs } from "../support/queue.ts";
import { fakeMailBinding, replyToDigest, seekerWithDigest } from "../support/reply-loop.ts";

interface Captured {
  sql: string;
  params: unknown[];
}

/** The DB binding, recording every statement the code prepares and the values bound to it. */
function recordingDb(db: D1Database, captured: Captured[]): D1Database {
  return new Proxy(db, {
    get(target, key) {
      if (key === "prepare") {
        return (sql: string) => {
          const entry: Captured = { sql, params: [] };
          captured.push(entry);
          const statement = target.prepare(sql);
          return new Proxy(statement, {
            get(s, k) {
              if (k === "bind") {
                return (...values: unknown[]) => {
                  entry.params = values;
                  return s.bind(...values);
                };
              }
              const value = Reflect.get(s, k);
              return typeof value === "function" ? value.bind(s) : value;
            },
          });
        };
      }
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
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
    (step) => /^SCAN /.test(step) && !/VIRTUAL TABLE|^SCAN CONSTANT ROW/.test(step),
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

describe("every query reads through an index that matches its filter (EXPLAIN QUERY PLAN)", () => {
  it.each([
    [["SCAN drafts"], ["SCAN drafts"]],
    [["SCAN d USING INDEX drafts_due"], ["SCAN d USING INDEX drafts_due"]],
    [["SEARCH d USING INDEX drafts_due (user_id=? AND state=?)"], []],
    [["SCAN json_each VIRTUAL TABLE INDEX 0:"], []],
    [["SCAN j VIRTUAL TABLE INDEX 1:"], []],
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
