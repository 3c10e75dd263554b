import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index.ts";
import { runLeftoversJob } from "../support/queue.ts";
import { draft, fakeMailBinding, numberOf, seekerWithDigest } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe("queue(): approved drafts a reply did not get to send", { timeout: 60_000 }, () => {
  it("sends an approval left behind by an interrupted reply, once", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved', updated_at = ?2 WHERE id = ?1")
      .bind(id, minutesAgo(20))
      .run();
    const mail = fakeMailBinding();
    await runLeftoversJob(mail.env);
    await runLeftoversJob(mail.env);
    const handoffs = mail.sent.filter(
      (m) => m.to.includes(JORDAN.owner) && m.subject.startsWith("Ready to send"),
    );
    expect(handoffs).toHaveLength(1);
    expect(await draft(id)).toMatchObject({ state: "sent", delivered_via: "handoff" });
  });

  it("leaves a fresh approval to the reply that is sending it", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved', updated_at = ?2 WHERE id = ?1")
      .bind(id, minutesAgo(1))
      .run();
    const mail = fakeMailBinding();
    await runLeftoversJob(mail.env);
    expect(await draft(id)).toMatchObject({ state: "approved" });
  });

  it("marks a send interrupted half an hour ago unknown, and never retries it", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'sending', updated_at = ?2 WHERE id = ?1")
      .bind(id, minutesAgo(45))
      .run();
    const mail = fakeMailBinding();
    await runLeftoversJob(mail.env);
    expect(await draft(id)).toMatchObject({ state: "unknown" });
    expect(mail.sent.filter((m) => m.subject.startsWith("Ready to send"))).toHaveLength(0);
    // The user is told it may or may not have gone out.
    const notice = mail.sent.find((m) => m.subject === "Rebound: about the messages you approved");
    expect(notice?.to).toEqual([JORDAN.owner]);
    expect(notice?.text).toMatch(/Outcome unknown[\s\S]*feedback request/);
  });

  it("puts the drafts after an interrupted one back to approved and sends them, once", async () => {
    const seeker = await seekerWithDigest();
    // One claim of three drafts; the invocation died while sending the first in claim order.
    // Emails first: LinkedIn notes are handed off together in one mail, so two of them would
    // make one handoff; the random ids must not decide how many handoffs there are. Then in
    // claim order (due_at, id), the order delivery sends them in.
    const { results } = await env.DB.prepare(
      `SELECT id FROM (
         SELECT id, due_at FROM drafts WHERE user_id = ?1 AND state = 'pending'
           AND body NOT LIKE '%[[add:%' AND due_at < '2021-01-01'
         ORDER BY channel <> 'email', due_at, id LIMIT 3)
       ORDER BY due_at, id`,
    )
      .bind(seeker.userId)
      .all<{ id: string }>();
    const ids = results.map((r) => r.id);
    expect(ids).toHaveLength(3);
    await env.DB.prepare(
      `UPDATE drafts SET state = 'sending', state_reason = 'sending:one-claim', updated_at = ?2
       WHERE id IN (SELECT value FROM json_each(?1))`,
    )
      .bind(JSON.stringify(ids), minutesAgo(45))
      .run();
    const mail = fakeMailBinding();
    await runLeftoversJob(mail.env);
    await runLeftoversJob(mail.env);
    expect((await draft(ids[0] ?? ""))?.state).toBe("unknown");
    expect((await draft(ids[1] ?? ""))?.state).toBe("sent");
    expect((await draft(ids[2] ?? ""))?.state).toBe("sent");
    const handoffs = mail.sent.filter((m) =>
      /^(Ready to send|LinkedIn note|Call script)/.test(m.subject),
    );
    expect(handoffs).toHaveLength(2);
    const notice = mail.sent.find((m) => m.subject === "Rebound: about the messages you approved");
    expect(notice?.text).toMatch(/Sent now/);
    expect(notice?.text).toMatch(/Outcome unknown/);
  });

  // Last in the file: the real queue keeps running the hourly jobs after this test returns,
  // and they would otherwise touch the rows the tests above set up by hand.
  it("is a job of every hourly run: the real queue delivers the approval", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved', updated_at = ?2 WHERE id = ?1")
      .bind(id, minutesAgo(20))
      .run();
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(), cron: "0 * * * *" }),
      env,
    );
    await vi.waitFor(async () => expect(await draft(id)).toMatchObject({ state: "sent" }), {
      timeout: 50_000,
      interval: 20,
    });
  });
});
