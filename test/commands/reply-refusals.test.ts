import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { editDraftText } from "../../src/db/drafts.ts";
import { deliver } from "../support/deliver.ts";
import {
  draft,
  draftStates,
  fakeMailBinding,
  numberOf,
  replyMime,
  replyToDigest,
  type SeekerWithDigest,
  seekerWithDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/** Runs a reply and proves it changed nothing: drafts, contacts, settings, and no mail at all. */
async function expectNothingChanged(
  seeker: SeekerWithDigest,
  act: (bindings: Env) => Promise<unknown>,
): Promise<ReturnType<typeof fakeMailBinding>> {
  const before = await draftStates(seeker.userId);
  const mail = fakeMailBinding();
  await act(mail.env);
  expect(await draftStates(seeker.userId)).toEqual(before);
  expect(mail.attempts).toEqual([]);
  return mail;
}

const evil = "mallory@evil.example";

describe("a reply is a command only from the owner, to a live digest address", () => {
  it("refuses a reply from another address", async () => {
    const seeker = await seekerWithDigest();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings, { from: evil });
      expect(message.rejected).toMatch(/Only the owner/);
    });
  });

  it("refuses a display-name spoof, even with a forged envelope", async () => {
    const seeker = await seekerWithDigest();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings, {
        fromHeader: `From: "${JORDAN.owner}" <${evil}>`,
        envelopeFrom: JORDAN.owner,
      });
      expect(message.rejected).toMatch(/Only the owner/);
    });
  });

  it("refuses an encoded-word From that decodes to the owner's address", async () => {
    const seeker = await seekerWithDigest();
    const encoded = btoa(JORDAN.owner);
    await expectNothingChanged(seeker, async (bindings) => {
      const bare = await replyToDigest(seeker, "approve all", bindings, {
        fromHeader: `From: =?UTF-8?B?${encoded}?=`,
        envelopeFrom: JORDAN.owner,
      });
      expect(bare.rejected).toMatch(/exactly one From/);
      const named = await replyToDigest(seeker, "approve all", bindings, {
        fromHeader: `From: =?UTF-8?B?${encoded}?= <${evil}>`,
        envelopeFrom: JORDAN.owner,
      });
      expect(named.rejected).toMatch(/Only the owner/);
    });
  });

  it("refuses a message with two From headers", async () => {
    const seeker = await seekerWithDigest();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings, {
        fromHeader: `From: Jordan Lee <${JORDAN.owner}>\r\nFrom: Mallory <${evil}>`,
      });
      expect(message.rejected).toMatch(/exactly one From/);
    });
  });

  it("refuses the owner's address when the envelope sender is someone else", async () => {
    const seeker = await seekerWithDigest();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings, { envelopeFrom: evil });
      expect(message.rejected).toMatch(/Only the owner/);
    });
  });

  it("refuses a reply whose DMARC check failed", async () => {
    const seeker = await seekerWithDigest();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings, {
        extraHeaders: "Authentication-Results: mx.cloudflare.net; dmarc=fail header.from=gmail.com",
      });
      expect(message.rejected).toMatch(/Only the owner/);
    });
  });

  it("refuses a token from another user's digest", async () => {
    const mine = await seekerWithDigest();
    const theirs = await seekerWithDigest();
    const token = theirs.replyAddress.split("+")[1]?.split("@")[0];
    const [local, domain] = mine.bareInbox.split("@");
    await expectNothingChanged(mine, async (bindings) => {
      const message = await replyToDigest(mine, "approve all", bindings, {
        to: `${local}+${token}@${domain}`,
      });
      expect(message.rejected).toMatch(/does not belong to a Rebound digest/);
    });
    for (const item of theirs.items) expect((await draft(item.draftId))?.state).toBe("pending");
  });

  it("refuses a made-up token", async () => {
    const seeker = await seekerWithDigest();
    const [local, domain] = seeker.bareInbox.split("@");
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings, {
        to: `${local}+${"0".repeat(32)}@${domain}`,
      });
      expect(message.rejected).toMatch(/does not belong to a Rebound digest/);
    });
  });

  it("refuses an expired token with a message that says what to do", async () => {
    const seeker = await seekerWithDigest();
    await env.DB.prepare("UPDATE digests SET reply_token_expires_at = ?2 WHERE id = ?1")
      .bind(seeker.digestId, new Date(Date.now() - 60_000).toISOString())
      .run();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "approve all", bindings);
      expect(message.rejected).toMatch(/expired\. Reply to your latest digest/);
    });
  });

  it("drops an auto-reply to the digest silently (no bounce, no confirmation)", async () => {
    const seeker = await seekerWithDigest();
    await expectNothingChanged(seeker, async (bindings) => {
      const message = await replyToDigest(seeker, "I am out of the office. approve all", bindings, {
        extraHeaders: "Auto-Submitted: auto-replied",
      });
      expect(message.rejected).toBeNull();
    });
  });
});

describe("a command reply does what it says once, and only from what the user typed", () => {
  it("does nothing the second time the same reply (same Message-ID) arrives", async () => {
    const seeker = await seekerWithDigest();
    const n = numberOf(seeker, "feedback_request");
    const first = fakeMailBinding();
    const raw = replyMime(seeker, `approve ${n}`, { messageId: "<same-reply@mail.gmail.com>" });
    await deliver(raw, { from: JORDAN.owner, to: seeker.replyAddress }, first.env);
    expect(first.sent).toHaveLength(2);
    await expectNothingChanged(seeker, (bindings) =>
      deliver(raw, { from: JORDAN.owner, to: seeker.replyAddress }, bindings),
    );
  });

  it("never executes commands that are only in the quoted digest", async () => {
    const seeker = await seekerWithDigest();
    // The quoted digest below contains "approve 1 3" and "approve all" in its help section.
    expect(seeker.digestText).toContain("approve all");
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "", mail.env);
    expect(await draftStates(seeker.userId)).toEqual(before);
    // A reply with no command of its own gets no answer (an auto-responder's never ends).
    expect(mail.sent).toHaveLength(0);
  });

  it("ignores commands in an Outlook-style quoted block and in a signature", async () => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    await replyToDigest(
      seeker,
      [
        "Sent from my iPhone",
        "approve all",
        "",
        "________________________________",
        `From: Rebound <${env.SERVICE_ADDRESS}>`,
        "Sent: Saturday, December 5, 2026 8:00 AM",
        `To: ${JORDAN.owner}`,
        `Subject: ${seeker.digestSubject}`,
        "",
        "approve all",
      ].join("\n"),
      mail.env,
      { quoteDigest: false },
    );
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.sent).toHaveLength(0);
  });

  it("reports, and does not send, a draft edited since the digest was sent", async () => {
    const seeker = await seekerWithDigest();
    const n = numberOf(seeker, "feedback_request");
    const id = seeker.items.find((i) => i.number === n)?.draftId ?? "";
    await editDraftText(
      env.DB,
      seeker.userId,
      id,
      1,
      { subject: "New", body: "New text" },
      new Date(),
    );
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.text).toContain(`draft ${n} changed since this digest`);
  });

  it("answers approve 99 with an error and changes nothing", async () => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "approve 99", mail.env);
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.text).toContain("Nothing changed");
    expect(mail.sent[0]?.text).toContain("there is no draft 99 in that digest");
  });

  it("sends once when two replies approve the same draft at the same time", async () => {
    const seeker = await seekerWithDigest({
      deliveryMode: "direct",
      sendingAddress: "jordan@jordanlee.dev",
    });
    const n = numberOf(seeker, "feedback_request");
    const mail = fakeMailBinding();
    await Promise.all([
      replyToDigest(seeker, `approve ${n}`, mail.env),
      replyToDigest(seeker, `yes ${n}`, mail.env),
      replyToDigest(seeker, "approve all", mail.env),
    ]);
    const toRachel = mail.attempts.filter((m) =>
      m.to.includes("rachel.adeyemi@northwind-robotics.com"),
    );
    expect(toRachel).toHaveLength(1);
    expect(await draft(seeker.items.find((i) => i.number === n)?.draftId ?? "")).toMatchObject({
      state: "sent",
    });
  });

  it("sends once when the same reply is delivered twice at the same time", async () => {
    const seeker = await seekerWithDigest({
      deliveryMode: "direct",
      sendingAddress: "jordan@jordanlee.dev",
    });
    const n = numberOf(seeker, "feedback_request");
    const mail = fakeMailBinding();
    const raw = replyMime(seeker, `approve ${n}`, { messageId: "<twice@mail.gmail.com>" });
    await Promise.all([
      deliver(raw, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env),
      deliver(raw, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env),
    ]);
    expect(
      mail.attempts.filter((m) => m.to.includes("rachel.adeyemi@northwind-robotics.com")),
    ).toHaveLength(1);
    // One confirmation: the second delivery did nothing at all.
    expect(mail.sent.filter((m) => m.subject.startsWith("Re: "))).toHaveLength(2);
  });
});
