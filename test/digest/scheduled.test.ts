import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { findUserAddresses, insertUser } from "../../src/db/users.ts";
import worker from "../../src/index.ts";
import { fanOutDueUsers } from "../../src/jobs/fan-out.ts";
import type { Job } from "../../src/jobs/job.ts";
import { deliver } from "../support/deliver.ts";
import { FIXTURES } from "../support/fixtures.ts";
import { digestJob, nextDigestAtOf, runJobs, waitForUserHandled } from "../support/queue.ts";
import { JORDAN } from "../support/users.ts";

interface Sent {
  from: string;
  to: string;
  raw: string;
}

/** An Email Sending binding that keeps what it was asked to send, or fails for some recipients. */
function fakeEmail(failFor: readonly string[] = []) {
  const sent: Sent[] = [];
  const binding = {
    async send(message: EmailMessage & { raw?: ReadableStream | string }) {
      if (failFor.includes(message.to)) throw new Error("E_RATE_LIMIT_EXCEEDED: slow down");
      const key = "EmailMessage::raw";
      const body =
        (message as unknown as Record<string, ReadableStream | string>)[key] ?? message.raw;
      const raw = typeof body === "string" ? body : await new Response(body).text();
      sent.push({ from: message.from, to: message.to, raw });
      return { messageId: `<platform-${sent.length}@email.cloudflare.net>` };
    },
  };
  return { sent, env: { ...env, EMAIL: binding as unknown as SendEmail } };
}

/** The hourly cron at a simulated instant, with the real bindings: jobs go on the real queue. */
async function runCron(instant: string) {
  const controller = createScheduledController({
    scheduledTime: new Date(instant),
    cron: "0 * * * *",
  });
  await worker.scheduled(controller, env);
}

/** Users are created on the simulated calendar, a while before the instants the tests run at. */
const CREATED = new Date("2026-01-01T00:00:00Z");

let counter = 0;
/** A job seeker with a rejection forwarded and its drafts due long ago, so any instant has drafts. */
async function seekerWithDrafts(timeZone: string, digestHour = 8) {
  counter += 1;
  const owner = `seeker${counter}-${crypto.randomUUID().slice(0, 6)}@gmail.example`;
  const inbox = `jobs-${counter}-${crypto.randomUUID().slice(0, 6)}@rebound.example`;
  const userId = await insertUser(
    env.DB,
    { inboxAddress: inbox, ownerAddress: owner, displayName: "Jordan Lee", timeZone, digestHour },
    CREATED,
  );
  const fixture = FIXTURES.find((f) => f.name === "fwd-gmail-web-en-northwind-panel-note.eml");
  if (!fixture) throw new Error("fixture missing");
  const addresses = await findUserAddresses(env.DB, userId);
  await deliver(fixture.raw.replaceAll(JORDAN.owner, owner), {
    from: owner,
    to: addresses?.forwardingAddress ?? "",
  });
  await env.DB.prepare(
    "UPDATE drafts SET due_at = '2020-01-01T00:00:00.000Z' WHERE user_id = ?1 AND kind <> 'check_in_90_day'",
  )
    .bind(userId)
    .run();
  return { userId, owner, inbox };
}

/** The user's digests: local date and status, oldest first. */
async function digestsOf(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT local_date AS date, status, attempts FROM digests WHERE user_id = ?1 ORDER BY local_date",
  )
    .bind(userId)
    .all<{ date: string; status: string; attempts: number }>();
  return results;
}

const digestsTo = (sent: Sent[], owner: string) => sent.filter((s) => s.to === owner);

// The real queue delivers to the real consumer asynchronously: on a loaded machine that can
// take longer than vitest's default 5 s per test (nothing here asserts on time).
const REAL_QUEUE = { timeout: 60_000 };

describe("scheduled() and queue(): the daily digest, through the real queue", REAL_QUEUE, () => {
  it("goes out at each user's own local hour, in two time zones", async () => {
    const berlin = await seekerWithDrafts("Europe/Berlin");
    const newYork = await seekerWithDrafts("America/New_York");

    await runCron("2026-11-23T06:00:00Z"); // 07:00 Berlin, 01:00 New York
    await waitForUserHandled(berlin.userId, "2026-11-23T06:00:00Z");
    await waitForUserHandled(newYork.userId, "2026-11-23T06:00:00Z");
    expect(await digestsOf(berlin.userId)).toEqual([]);
    expect(await digestsOf(newYork.userId)).toEqual([]);
    // Not due yet: each now waits for their own 08:00.
    expect(await nextDigestAtOf(berlin.userId)).toBe("2026-11-23T07:00:00.000Z");
    expect(await nextDigestAtOf(newYork.userId)).toBe("2026-11-23T13:00:00.000Z");

    await runCron("2026-11-23T07:00:00Z"); // 08:00 Berlin
    await waitForUserHandled(berlin.userId, "2026-11-23T07:00:00Z");
    expect(await digestsOf(berlin.userId)).toMatchObject([{ date: "2026-11-23", status: "sent" }]);
    expect(await nextDigestAtOf(berlin.userId)).toBe("2026-11-24T07:00:00.000Z");
    expect(await digestsOf(newYork.userId)).toEqual([]);

    await runCron("2026-11-23T13:00:00Z"); // 08:00 New York
    await waitForUserHandled(newYork.userId, "2026-11-23T13:00:00Z");
    expect(await digestsOf(newYork.userId)).toMatchObject([{ date: "2026-11-23", status: "sent" }]);
    expect(await digestsOf(berlin.userId)).toHaveLength(1);
  });

  it("follows daylight saving: 08:00 New York is 13:00 UTC before 8 March and 12:00 after", async () => {
    const seeker = await seekerWithDrafts("America/New_York");
    await runCron("2026-03-07T12:00:00Z"); // 07:00 EST
    await waitForUserHandled(seeker.userId, "2026-03-07T12:00:00Z");
    expect(await digestsOf(seeker.userId)).toEqual([]);
    await runCron("2026-03-07T13:00:00Z"); // 08:00 EST
    await waitForUserHandled(seeker.userId, "2026-03-07T13:00:00Z");
    // The next one is 08:00 EDT, an hour earlier in UTC.
    expect(await nextDigestAtOf(seeker.userId)).toBe("2026-03-08T12:00:00.000Z");
    await runCron("2026-03-08T11:00:00Z"); // 07:00 EDT, the transition day: nobody is due
    await runCron("2026-03-08T12:00:00Z"); // 08:00 EDT
    await waitForUserHandled(seeker.userId, "2026-03-08T12:00:00Z");
    expect(await digestsOf(seeker.userId)).toMatchObject([
      { date: "2026-03-07", status: "sent" },
      { date: "2026-03-08", status: "sent" },
    ]);
  });

  it("sends nothing when there is nothing to say, and moves on to tomorrow", async () => {
    counter += 1;
    const userId = await insertUser(
      env.DB,
      {
        inboxAddress: `quiet${counter}@rebound.example`,
        ownerAddress: `quiet${counter}@gmail.example`,
        timeZone: "UTC",
      },
      CREATED,
    );
    await runCron("2026-11-25T09:00:00Z");
    await waitForUserHandled(userId, "2026-11-25T09:00:00Z");
    expect(await digestsOf(userId)).toMatchObject([{ date: "2026-11-25", status: "empty" }]);
    expect(await nextDigestAtOf(userId)).toBe("2026-11-26T08:00:00.000Z");
  });

  it("skips paused users without reading them, and takes a new digest hour at the next run", async () => {
    const paused = await seekerWithDrafts("Europe/Berlin");
    const moved = await seekerWithDrafts("Europe/Berlin");
    await env.DB.prepare("UPDATE users SET paused = 1 WHERE id = ?1").bind(paused.userId).run();
    await runCron("2026-11-28T07:00:00Z");
    await waitForUserHandled(moved.userId, "2026-11-28T07:00:00Z");
    expect(await digestsOf(paused.userId)).toEqual([]);
    expect(await nextDigestAtOf(paused.userId)).toBe("2026-01-01T07:00:00.000Z");

    // A later hour the same day: the next run stores 18:00 today, where the day's claim finds
    // today's digest already sent, and moves on to tomorrow at 18:00.
    await env.DB.prepare("UPDATE users SET digest_hour = 18 WHERE id = ?1")
      .bind(moved.userId)
      .run();
    expect(await nextDigestAtOf(moved.userId)).toBe("");
    await runCron("2026-11-28T08:00:00Z");
    await waitForUserHandled(moved.userId, "2026-11-28T08:00:00Z");
    expect(await nextDigestAtOf(moved.userId)).toBe("2026-11-28T17:00:00.000Z");
    await runCron("2026-11-28T17:00:00Z");
    await waitForUserHandled(moved.userId, "2026-11-28T17:00:00Z");
    expect(await nextDigestAtOf(moved.userId)).toBe("2026-11-29T17:00:00.000Z");
    expect(await digestsOf(moved.userId)).toHaveLength(1);
  });

  it("claims each day once, even when the cron fires twice or two runs overlap", async () => {
    const seeker = await seekerWithDrafts("Europe/Berlin");
    await Promise.all([runCron("2026-11-24T07:00:00Z"), runCron("2026-11-24T07:00:00Z")]);
    await runCron("2026-11-24T07:00:00Z");
    await waitForUserHandled(seeker.userId, "2026-11-24T07:00:00Z");
    await runCron("2026-11-24T09:00:00Z");
    expect(await digestsOf(seeker.userId)).toMatchObject([
      { date: "2026-11-24", status: "sent", attempts: 1 },
    ]);
  });
});

describe("queue(): one digest job", REAL_QUEUE, () => {
  it("sends one digest however often the same job is delivered, even concurrently", async () => {
    const seeker = await seekerWithDrafts("Europe/Berlin");
    const mail = fakeEmail();
    const job = digestJob(seeker.userId, "2026-11-24T07:00:00Z");
    await Promise.all([runJobs([job], mail.env), runJobs([job], mail.env)]);
    await runJobs([job], mail.env);
    expect(digestsTo(mail.sent, seeker.owner)).toHaveLength(1);
  });

  it("asks the queue to retry a failed send after a delay, and the retry sends it", async () => {
    const failing = await seekerWithDrafts("Europe/Paris");
    const broken = fakeEmail([failing.owner]);
    const job = digestJob(failing.userId, "2026-11-26T07:00:00Z");
    const [first] = await runJobs([job], broken.env);
    expect(first?.retryMessages).toHaveLength(1);
    expect(first?.explicitAcks).toEqual([]);
    const row = await env.DB.prepare("SELECT status, error FROM digests WHERE user_id = ?1")
      .bind(failing.userId)
      .first<{ status: string; error: string }>();
    expect(row).toMatchObject({ status: "failed" });
    expect(row?.error).toMatch(/RATE_LIMIT/);
    // Still due: the next hourly run would pick the user up too.
    expect(await nextDigestAtOf(failing.userId)).toBe("2026-01-01T07:00:00.000Z");

    const healed = fakeEmail();
    const [second] = await runJobs([job], healed.env, 2);
    expect(second?.explicitAcks).toHaveLength(1);
    expect(digestsTo(healed.sent, failing.owner)).toHaveLength(1);
    expect(await nextDigestAtOf(failing.userId)).toBe("2026-11-27T07:00:00.000Z");
  });

  it("drops a message that is not a job, without retrying it", async () => {
    const [result] = await runJobs([{ type: "digest", userId: 42 }]);
    expect(result?.explicitAcks).toHaveLength(1);
    expect(result?.retryMessages).toEqual([]);
  });

  it("sends a well-formed message whose numbers map to the drafts and versions shown", async () => {
    const seeker = await seekerWithDrafts("Europe/Berlin");
    const mail = fakeEmail();
    await runJobs([digestJob(seeker.userId, "2026-11-27T07:00:00Z")], mail.env);
    const sent = mail.sent;
    const [digest] = digestsTo(sent, seeker.owner);
    expect(digest).toBeDefined();
    const parsed = await PostalMime.parse(digest?.raw ?? "");

    const header = (name: string) => parsed.headers.find((h) => h.key === name)?.value;
    expect(header("auto-submitted")).toBe("auto-generated");
    expect(parsed.from?.address).toBe(env.SERVICE_ADDRESS);
    expect(parsed.to?.[0]?.address).toBe(seeker.owner);
    // The first digest: a welcome, and what today holds in words.
    expect(parsed.subject).toMatch(/^Welcome to Rebound: (an email|\d+ emails) to [A-Z]/);
    const replyTo = parsed.replyTo?.[0]?.address ?? "";
    const [local, domain] = seeker.inbox.split("@");
    expect(replyTo).toMatch(new RegExp(`^${local}\\+[0-9a-f]{32}@${domain}$`));
    expect(parsed.text).toBeTruthy();
    expect(parsed.html).toMatch(/<html/i);

    const stored = await env.DB.prepare(
      "SELECT id, message_id, reply_token_hash, status FROM digests WHERE user_id = ?1",
    )
      .bind(seeker.userId)
      .first<{ id: string; message_id: string; reply_token_hash: string; status: string }>();
    expect(stored?.status).toBe("sent");
    expect(stored?.message_id).toBe(parsed.messageId);
    expect(stored?.reply_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.reply_token_hash).not.toContain(replyTo.split("+")[1]?.split("@")[0]);

    const { results: items } = await env.DB.prepare(
      `SELECT i.number, i.version, d.body, d.subject FROM digest_items i JOIN drafts d ON d.id = i.draft_id
       WHERE i.digest_id = ?1 ORDER BY i.number`,
    )
      .bind(stored?.id)
      .all<{ number: number; version: number; body: string; subject: string }>();
    expect(items.length).toBeGreaterThan(0);
    // Every number means one thing: a draft, or the LinkedIn card standing for its notes.
    const { results: groups } = await env.DB.prepare(
      "SELECT DISTINCT number FROM digest_groups WHERE digest_id = ?1",
    )
      .bind(stored?.id)
      .all<{ number: number }>();
    const numbers = [...items.map((i) => i.number), ...groups.map((g) => g.number)].sort(
      (a, b) => a - b,
    );
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    for (const item of items) {
      expect(item.version).toBe(1);
      // The text part shows each numbered draft in full.
      const firstLine = item.body.split("\n").find((l) => l.trim().length > 20) ?? "";
      expect(parsed.text?.replace(/\s+/g, " ")).toContain(
        firstLine.slice(0, 40).replace(/\s+/g, " "),
      );
    }
  });
});

describe("scheduled(): the hourly fan-out", REAL_QUEUE, () => {
  it("enqueues one job per due user, a page at a time, and the rest as a page job", async () => {
    const zones = ["Asia/Tokyo", "Asia/Tokyo", "Asia/Tokyo"];
    const users = [];
    for (const zone of zones) users.push(await seekerWithDrafts(zone, 9));
    const sent: Job[] = [];
    const recording = {
      send: (body: Job) => {
        sent.push(body);
        return env.JOBS.send(body);
      },
      sendBatch: (batch: Iterable<MessageSendRequest<Job>>) => {
        const list = [...batch];
        sent.push(...list.map((m) => m.body));
        return env.JOBS.sendBatch(list);
      },
    };
    // 09:00 in Tokyo; the page size of 2 leaves at least one user for a page job.
    const at = new Date("2026-11-30T00:00:00Z");
    await fanOutDueUsers(env.DB, recording, at, null, [], 2);
    const digests = sent.filter((j) => j.type === "digest");
    expect(digests).toHaveLength(2);
    expect(sent.filter((j) => j.type === "due_page")).toHaveLength(1);
    // The page job, run by the real consumer, reaches every one of them.
    for (const user of users) await waitForUserHandled(user.userId, at.toISOString());
    for (const user of users) {
      expect(await digestsOf(user.userId)).toMatchObject([{ date: "2026-11-30", status: "sent" }]);
    }
  });
});
