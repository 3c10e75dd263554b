import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { findDigestRecipient } from "../../src/db/users.ts";
import { sendDigestForUser } from "../../src/digest/run-digests.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { faultyD1, type SeenStatement } from "../support/faulty-d1.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { digestJob, runJobs } from "../support/queue.ts";
import { fakeMailBinding, makeDraftsDue, replyToDigest } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/** Noon UTC today: far from midnight in Berlin, so runs an hour apart share a local date. */
function noonToday(): Date {
  const noon = new Date();
  noon.setUTCHours(12, 0, 0, 0);
  return noon;
}

/**
 * The user's digest job as the hourly run enqueues it, through the real queue() handler. Their
 * next_digest_at is reset first, so only the per-day claim row stands between a run and a
 * second digest: the guard these tests are about.
 */
async function digestRun(userId: string, at: Date, bindings: Env) {
  await env.DB.prepare("UPDATE users SET next_digest_at = '' WHERE id = ?1").bind(userId).run();
  await runJobs([digestJob(userId, at)], bindings);
}

async function seekerWithDueDrafts() {
  const user = await createJordan(env.DB, { digestHour: 0 });
  await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
    from: JORDAN.owner,
    to: user.inbox,
  });
  await makeDraftsDue(user.userId);
  return user;
}

/** Digests sent to this seeker: the Reply-To carries their inbox's local part. */
function digestsFor<T extends { subject: string; replyTo: string | null }>(
  inbox: string,
  sent: T[],
): T[] {
  const local = inbox.split("@")[0] ?? "";
  // A digest answers at the inbox plus a 32-hex reply token (confirmations share its address,
  // but answer a reply: their subject starts "Re:").
  const digestReply = new RegExp(`^${local.replace(/[.+]/g, "\\$&")}\\+[0-9a-f]{32}@`);
  return sent.filter((m) => digestReply.test(m.replyTo ?? "") && !m.subject.startsWith("Re:"));
}

async function digestRow(userId: string) {
  return env.DB.prepare("SELECT id, status, error FROM digests WHERE user_id = ?1")
    .bind(userId)
    .first<{ id: string; status: string; error: string | null }>();
}

/**
 * Fails this user's statements matching a step: the claim is bound to the user id, and the
 * statements after it to the digest id the claim created.
 */
function failStep(userId: string, step: RegExp, mode: "once" | "from") {
  const ours = new Set([userId]);
  let failed = false;
  return (statement: SeenStatement) => {
    if (/INSERT INTO digests/.test(statement.sql) && statement.params[1] === userId) {
      ours.add(String(statement.params[0]));
    }
    if (!statement.params.some((p) => ours.has(String(p)))) return false;
    if (failed && mode === "from") return true;
    if (!failed && step.test(statement.sql)) {
      failed = true;
      return true;
    }
    return false;
  };
}

const STEPS: { step: string; sql: RegExp }[] = [
  { step: "claim", sql: /INSERT INTO digests/ },
  { step: "read the digest's data", sql: /AS draft_id/ },
  { step: "read Claude's cost", sql: /llm_usage/ },
  { step: "record the intent", sql: /UPDATE digests SET subject/ },
  { step: "mark it sent", sql: /UPDATE digests SET status = 'sent', sent_at = \?2/ },
];

describe("a digest is sent exactly once through D1 errors", () => {
  const cases = STEPS.flatMap((s) => (["once", "from"] as const).map((mode) => ({ ...s, mode })));
  it.each(cases)("D1 fails at: $step ($mode)", async ({ sql, mode }) => {
    const { userId, inbox, contactInbox, bareInbox } = await seekerWithDueDrafts();
    const mail = fakeMailBinding();
    const faulty = faultyD1(env.DB, failStep(userId, sql, mode));
    const noon = noonToday();
    await digestRun(userId, noon, { ...mail.env, DB: faulty.db });
    expect(faulty.injected.length).toBeGreaterThan(0);
    // A digest that went out answers commands at once, even before its 'sent' is recorded.
    const [first] = digestsFor(bareInbox, mail.sent);
    if (first) {
      const reply = await replyToDigest(
        {
          userId,
          inbox,
          contactInbox,
          bareInbox,
          replyAddress: first.replyTo ?? "",
          digestId: "",
          digestSubject: first.subject,
          digestText: first.text,
          items: [],
        },
        "help",
        mail.env,
      );
      expect(reply.rejected).toBeNull();
      expect(mail.sent.some((m) => m.subject === `Re: ${first.subject}`)).toBe(true);
    }
    // The next hourly run, with D1 healthy again, sends it only if it never went out.
    await digestRun(userId, new Date(noon.getTime() + 61 * 60_000), mail.env);
    expect(digestsFor(bareInbox, mail.sent)).toHaveLength(1);
    expect((await digestRow(userId))?.status).toBe("sent");
  });
});

describe("a digest send that never answers", () => {
  it("gives up at its deadline, counts as sent (it may have gone), and is never sent again", async () => {
    const { userId, bareInbox } = await seekerWithDueDrafts();
    const noon = noonToday();
    const hung: string[] = [];
    const user = await findDigestRecipient(env.DB, userId);
    if (!user) throw new Error("the user just created is missing");
    await sendDigestForUser(
      env.DB,
      (_from, _to, raw) => {
        hung.push(raw);
        return new Promise(() => undefined);
      },
      { serviceAddress: env.SERVICE_ADDRESS, sendTimeoutMs: 20 },
      user,
      noon,
    );
    const row = await digestRow(userId);
    expect(row?.status).toBe("sent");
    expect(row?.error).toMatch(/did not answer in time/);
    const mail = fakeMailBinding();
    await digestRun(userId, new Date(noon.getTime() + 61 * 60_000), mail.env);
    expect(digestsFor(bareInbox, mail.sent)).toHaveLength(0);
    expect(hung.length).toBeGreaterThan(0);
  });
});

describe("a claim left by a run that died", () => {
  it("is claimed again by a later run when no send had started", async () => {
    const { userId, bareInbox } = await seekerWithDueDrafts();
    const noon = noonToday();
    const localDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(noon);
    await env.DB.prepare(
      `INSERT INTO digests (id, user_id, local_date, status, claimed_at)
       VALUES (?1, ?2, ?3, 'claimed', ?4)`,
    )
      .bind(
        crypto.randomUUID(),
        userId,
        localDate,
        new Date(noon.getTime() - 70 * 60_000).toISOString(),
      )
      .run();
    const mail = fakeMailBinding();
    await digestRun(userId, noon, mail.env);
    expect(digestsFor(bareInbox, mail.sent)).toHaveLength(1);
    expect((await digestRow(userId))?.status).toBe("sent");
  });

  it("is settled as sent, not sent again, when its send had started", async () => {
    const { userId, bareInbox } = await seekerWithDueDrafts();
    const noon = noonToday();
    const localDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(noon);
    const earlier = new Date(noon.getTime() - 70 * 60_000).toISOString();
    await env.DB.prepare(
      `INSERT INTO digests (id, user_id, local_date, status, claimed_at, send_started_at)
       VALUES (?1, ?2, ?3, 'claimed', ?4, ?4)`,
    )
      .bind(crypto.randomUUID(), userId, localDate, earlier)
      .run();
    const mail = fakeMailBinding();
    await digestRun(userId, noon, mail.env);
    expect(digestsFor(bareInbox, mail.sent)).toHaveLength(0);
    expect((await digestRow(userId))?.status).toBe("sent");
  });
});
