import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_CONFIRMATIONS_PER_DIGEST_PER_DAY } from "../../src/commands/receive-command-reply.ts";
import { deliver } from "../support/deliver.ts";
import {
  draftStates,
  fakeMailBinding,
  replyMime,
  replyToDigest,
  seekerWithDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const b64 = (text: string) => btoa(text);

async function paused(userId: string): Promise<number | undefined> {
  const row = await env.DB.prepare("SELECT paused FROM users WHERE id = ?1")
    .bind(userId)
    .first<{ paused: number }>();
  return row?.paused;
}

describe("who may command: identity from the raw From header", () => {
  it.each([
    ["an encoded-word that decodes to the owner", `From: =?UTF-8?B?${b64(`<${JORDAN.owner}>`)}?=`],
    ["the owner and a second address", `From: <${JORDAN.owner}> <other@evil.example>`],
  ])("refuses approve all from %s, changing nothing", async (_label, fromHeader) => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const message = await replyToDigest(seeker, "approve all", mail.env, { fromHeader });
    expect(message.rejected).toMatch(/exactly one From address/);
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.attempts).toEqual([]);
  });
});

describe("never answering machines", () => {
  it("drops an auto-reply recognised only by its subject, without a bounce or an answer", async () => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const raw = replyMime(seeker, "I am out of the office until Monday.", {
      quoteDigest: false,
    }).replace(/^Subject: .*$/m, `Subject: Automatic reply: ${seeker.digestSubject}`);
    const message = await deliver(raw, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    expect(message.rejected).toBeNull();
    expect(mail.attempts).toEqual([]);
    expect(await draftStates(seeker.userId)).toEqual(before);
  });

  it("answers an unmarked auto-responder zero times in six rounds: its text holds no command", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    for (let round = 0; round < 6; round++) {
      await replyToDigest(
        seeker,
        "Thank you for your message. I am currently away and will reply when I am back.",
        mail.env,
      );
    }
    expect(mail.attempts).toEqual([]);
  });

  it(`answers at most ${MAX_CONFIRMATIONS_PER_DIGEST_PER_DAY} replies to one digest a day`, async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    for (let round = 0; round < 6; round++) {
      await replyToDigest(seeker, `targets: Acme ${round}`, mail.env);
    }
    expect(mail.sent).toHaveLength(MAX_CONFIRMATIONS_PER_DIGEST_PER_DAY);
    // Every command still applied: only the answers stop.
    const row = await env.DB.prepare("SELECT target_companies FROM users WHERE id = ?1")
      .bind(seeker.userId)
      .first<{ target_companies: string }>();
    expect(JSON.parse(row?.target_companies ?? "[]")).toEqual(["Acme 5"]);
  });
});

describe("replays", () => {
  it("does nothing with a replayed reply whose Message-ID was removed", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const pause = replyMime(seeker, "pause", { quoteDigest: false });
    await deliver(pause, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    expect(await paused(seeker.userId)).toBe(1);
    await replyToDigest(seeker, "resume", mail.env, { quoteDigest: false });
    expect(await paused(seeker.userId)).toBe(0);

    const withoutId = pause.replace(/^Message-ID: .*\r\n/m, "");
    expect(withoutId).not.toMatch(/Message-ID/i);
    const replay = await deliver(
      withoutId,
      { from: JORDAN.owner, to: seeker.replyAddress },
      mail.env,
    );
    expect(replay.rejected).toBeNull();
    expect(await paused(seeker.userId)).toBe(0);
    const changedId = pause.replace(/^Message-ID: .*$/m, "Message-ID: <replayed@evil.example>");
    await deliver(changedId, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    expect(await paused(seeker.userId)).toBe(0);
  });
});
