import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index.ts";
import { draft, fakeMailBinding, numberOf, seekerWithDigest } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

async function runCron(bindings: Env, at = new Date()) {
  await worker.scheduled(
    createScheduledController({ scheduledTime: at, cron: "0 * * * *" }),
    bindings,
  );
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe("scheduled(): approved drafts a reply did not get to send", () => {
  it("sends an approval left behind by an interrupted reply, once", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved', updated_at = ?2 WHERE id = ?1")
      .bind(id, minutesAgo(20))
      .run();
    const mail = fakeMailBinding();
    await runCron(mail.env);
    await runCron(mail.env);
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
    await runCron(mail.env);
    expect(await draft(id)).toMatchObject({ state: "approved" });
  });

  it("marks a send interrupted half an hour ago unknown, and never retries it", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'sending', updated_at = ?2 WHERE id = ?1")
      .bind(id, minutesAgo(45))
      .run();
    const mail = fakeMailBinding();
    await runCron(mail.env);
    expect(await draft(id)).toMatchObject({ state: "unknown" });
    expect(mail.sent.filter((m) => m.subject.startsWith("Ready to send"))).toHaveLength(0);
  });
});
