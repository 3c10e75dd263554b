import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { insertUser } from "../../src/db/users.ts";
import { runDigests } from "../../src/digest/run-digests.ts";
import worker from "../../src/index.ts";
import { deliver } from "../support/deliver.ts";
import { FIXTURES } from "../support/fixtures.ts";
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
      const raw =
        typeof message.raw === "string" ? message.raw : await new Response(message.raw).text();
      sent.push({ from: message.from, to: message.to, raw });
      return { messageId: `<platform-${sent.length}@email.cloudflare.net>` };
    },
  };
  return { sent, env: { ...env, EMAIL: binding as unknown as SendEmail } };
}

async function runCron(instant: string, bindings: Env) {
  const controller = createScheduledController({
    scheduledTime: new Date(instant),
    cron: "0 * * * *",
  });
  await worker.scheduled(controller, bindings);
}

let counter = 0;
/** A job seeker with a rejection forwarded and its drafts due long ago, so any instant has drafts. */
async function seekerWithDrafts(timeZone: string, digestHour = 8) {
  counter += 1;
  const owner = `seeker${counter}-${crypto.randomUUID().slice(0, 6)}@gmail.example`;
  const inbox = `jobs-${counter}-${crypto.randomUUID().slice(0, 6)}@rebound.example`;
  const userId = await insertUser(
    env.DB,
    { inboxAddress: inbox, ownerAddress: owner, displayName: "Jordan Lee", timeZone, digestHour },
    new Date(),
  );
  const fixture = FIXTURES.find((f) => f.name === "fwd-gmail-web-en-northwind-panel-note.eml");
  if (!fixture) throw new Error("fixture missing");
  await deliver(fixture.raw.replaceAll(JORDAN.owner, owner), { from: owner, to: inbox });
  await env.DB.prepare(
    "UPDATE drafts SET due_at = '2020-01-01T00:00:00.000Z' WHERE user_id = ?1 AND kind <> 'check_in_90_day'",
  )
    .bind(userId)
    .run();
  return { userId, owner, inbox };
}

const digestsTo = (sent: Sent[], owner: string) => sent.filter((s) => s.to === owner);

describe("scheduled(): the daily digest", () => {
  it("goes out at each user's own local hour, in two time zones", async () => {
    const berlin = await seekerWithDrafts("Europe/Berlin");
    const newYork = await seekerWithDrafts("America/New_York");
    const mail = fakeEmail();

    await runCron("2026-11-23T06:00:00Z", mail.env); // 07:00 Berlin, 01:00 New York
    expect(digestsTo(mail.sent, berlin.owner)).toHaveLength(0);
    expect(digestsTo(mail.sent, newYork.owner)).toHaveLength(0);
    await runCron("2026-11-23T07:00:00Z", mail.env); // 08:00 Berlin
    expect(digestsTo(mail.sent, berlin.owner)).toHaveLength(1);
    expect(digestsTo(mail.sent, newYork.owner)).toHaveLength(0);
    await runCron("2026-11-23T13:00:00Z", mail.env); // 08:00 New York
    expect(digestsTo(mail.sent, newYork.owner)).toHaveLength(1);
    expect(digestsTo(mail.sent, berlin.owner)).toHaveLength(1);
  });

  it("follows daylight saving: 08:00 New York is 13:00 UTC before 8 March and 12:00 after", async () => {
    const seeker = await seekerWithDrafts("America/New_York");
    const mail = fakeEmail();
    await runCron("2026-03-07T12:00:00Z", mail.env); // 07:00 EST
    expect(digestsTo(mail.sent, seeker.owner)).toHaveLength(0);
    await runCron("2026-03-07T13:00:00Z", mail.env); // 08:00 EST
    expect(digestsTo(mail.sent, seeker.owner)).toHaveLength(1);
    await runCron("2026-03-08T11:00:00Z", mail.env); // 07:00 EDT, the transition day
    expect(digestsTo(mail.sent, seeker.owner)).toHaveLength(1);
    await runCron("2026-03-08T12:00:00Z", mail.env); // 08:00 EDT
    expect(digestsTo(mail.sent, seeker.owner)).toHaveLength(2);
  });

  it("never sends twice for one day, even when the cron fires twice or two runs overlap", async () => {
    const seeker = await seekerWithDrafts("Europe/Berlin");
    const mail = fakeEmail();
    await Promise.all([
      runCron("2026-11-24T07:00:00Z", mail.env),
      runCron("2026-11-24T07:00:00Z", mail.env),
    ]);
    await runCron("2026-11-24T07:00:00Z", mail.env);
    await runCron("2026-11-24T09:00:00Z", mail.env);
    expect(digestsTo(mail.sent, seeker.owner)).toHaveLength(1);
  });

  it("sends nothing when there is nothing to say", async () => {
    counter += 1;
    const owner = `quiet${counter}@gmail.example`;
    const userId = await insertUser(
      env.DB,
      { inboxAddress: `quiet${counter}@rebound.example`, ownerAddress: owner, timeZone: "UTC" },
      new Date(),
    );
    const mail = fakeEmail();
    await runCron("2026-11-25T09:00:00Z", mail.env);
    expect(digestsTo(mail.sent, owner)).toHaveLength(0);
    const row = await env.DB.prepare("SELECT status FROM digests WHERE user_id = ?1")
      .bind(userId)
      .first<{ status: string }>();
    expect(row?.status).toBe("empty");
  });

  it("does not let one user's failure stop the others, and retries it the next hour", async () => {
    const failing = await seekerWithDrafts("Europe/Paris");
    const fine = await seekerWithDrafts("Europe/Paris");
    const broken = fakeEmail([failing.owner]);
    await runCron("2026-11-26T07:00:00Z", broken.env);
    expect(digestsTo(broken.sent, fine.owner)).toHaveLength(1);
    expect(digestsTo(broken.sent, failing.owner)).toHaveLength(0);
    const row = await env.DB.prepare("SELECT status, error FROM digests WHERE user_id = ?1")
      .bind(failing.userId)
      .first<{ status: string; error: string }>();
    expect(row).toMatchObject({ status: "failed" });
    expect(row?.error).toMatch(/RATE_LIMIT/);

    const healed = fakeEmail();
    await runCron("2026-11-26T08:00:00Z", healed.env);
    expect(digestsTo(healed.sent, failing.owner)).toHaveLength(1);
    expect(digestsTo(healed.sent, fine.owner)).toHaveLength(0);
  });

  it("sends a well-formed message whose numbers map to the drafts and versions shown", async () => {
    const seeker = await seekerWithDrafts("Europe/Berlin");
    // The binding's EmailMessage does not let a test read the raw message back, so this test
    // calls runDigests, the function scheduled() hands the binding to, with a capturing sender.
    const sent: Sent[] = [];
    await runDigests(
      env.DB,
      async (from, to, raw) => {
        sent.push({ from, to, raw });
        return { messageId: "<platform@email.cloudflare.net>" };
      },
      { serviceAddress: env.SERVICE_ADDRESS, queryBudget: 1000 },
      new Date("2026-11-27T07:00:00Z"),
    );
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
