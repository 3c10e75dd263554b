import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import {
  draft,
  fakeMailBinding,
  numberOf,
  replyToDigest,
  seekerWithDigest,
  sendDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const mailTo = <T extends { to: string[] }>(sent: T[], address: string) =>
  sent.filter((m) => m.to.includes(address));

describe("forward → digest → reply → delivery, handoff mode (the default)", () => {
  it("welcomes with the private forwarding address, never the bare inbox that refuses forwards", async () => {
    const seeker = await seekerWithDigest();
    expect(seeker.inbox).toMatch(/\+fwd-[0-9a-f]{32}@/);
    expect(seeker.digestText).toContain(seeker.inbox);
    expect(seeker.digestText).not.toContain(`Forward each rejection to ${seeker.bareInbox}`);
  });

  it("hands approved and edited drafts back ready to send, skips, and confirms exactly that", async () => {
    const seeker = await seekerWithDigest();
    const feedback = numberOf(seeker, "feedback_request");
    const maya = numberOf(seeker, "linkedin_note", "Maya Ortiz");
    const sam = numberOf(seeker, "linkedin_note", "Sam Chen");
    const feedbackBefore = await draft(
      seeker.items.find((i) => i.number === feedback)?.draftId ?? "",
    );
    const mail = fakeMailBinding();

    const message = await replyToDigest(
      seeker,
      [
        `Approve ${feedback}`,
        `edit ${maya}`,
        "Hi Maya, our talk about sim-to-real testing stayed with me. Let's stay in touch! Jordan",
        `skip #${sam}`,
        "",
        "Thanks!",
      ].join("\n"),
      mail.env,
    );
    expect(message.rejected).toBeNull();

    // The approved email comes back to the user exactly as the digest showed it, with a mailto link.
    const handoffs = mailTo(mail.sent, JORDAN.owner).filter(
      (m) => m.subject !== "" && !/^Re:/.test(m.subject),
    );
    const emailHandoff = handoffs.find((m) => m.subject.startsWith("Ready to send"));
    expect(emailHandoff?.from).toBe(env.SERVICE_ADDRESS);
    expect(emailHandoff?.text).toContain(
      "To: Rachel Adeyemi <rachel.adeyemi@northwind-robotics.com>",
    );
    expect(emailHandoff?.text).toContain(
      "Subject: Re: Your application for Senior Backend Engineer",
    );
    expect(emailHandoff?.text).toContain(feedbackBefore?.body ?? "missing");
    expect(emailHandoff?.html).toContain(
      'href="mailto:rachel.adeyemi@northwind-robotics.com?subject=Re%3A%20Your%20application',
    );
    // The edited LinkedIn note comes back with the user's own words, not the draft's.
    const note = handoffs.find((m) => m.subject === "LinkedIn note for Maya Ortiz");
    expect(note?.text).toContain("our talk about sim-to-real testing stayed with me");
    expect(note?.text).toContain(
      "https://www.linkedin.com/search/results/people/?keywords=Maya%20Ortiz",
    );
    // Nothing went to anyone but the user.
    expect(mail.sent.every((m) => m.to.length === 1 && m.to[0] === JORDAN.owner)).toBe(true);

    const confirmation = mail.sent.find(
      (m) =>
        m.subject === `Re: Re: ${seeker.digestSubject}` ||
        m.subject === `Re: ${seeker.digestSubject}`,
    );
    expect(confirmation?.headers["in-reply-to"]).toMatch(/^<reply-.*@mail\.gmail\.com>$/);
    expect(confirmation?.text).toContain("Ready for you to send");
    // Answering the confirmation works like answering the digest.
    expect(confirmation?.replyTo).toBe(seeker.replyAddress);
    expect(confirmation?.text).toContain(`${feedback}. Feedback request to Rachel Adeyemi`);
    expect(confirmation?.text).toContain(`${sam}. LinkedIn note to Sam Chen: skipped.`);
    expect(confirmation?.text).toContain(
      `${maya}. LinkedIn note to Maya Ortiz (your text): mailed to you to send by hand.`,
    );
    expect(confirmation?.text).not.toContain("Could not do");
    expect(mail.sent).toHaveLength(3);

    const ids = (n: number) => seeker.items.find((i) => i.number === n)?.draftId ?? "";
    expect(await draft(ids(feedback))).toMatchObject({
      state: "sent",
      delivered_via: "handoff",
      version: 1,
    });
    expect(await draft(ids(maya))).toMatchObject({
      state: "sent",
      delivered_via: "handoff",
      version: 2,
    });
    expect((await draft(ids(maya)))?.body).toBe(
      "Hi Maya, our talk about sim-to-real testing stayed with me. Let's stay in touch! Jordan",
    );
    expect(await draft(ids(sam))).toMatchObject({ state: "skipped" });
    const untouched = ids(numberOf(seeker, "appreciation", "Sam Chen"));
    expect(await draft(untouched)).toMatchObject({ state: "pending" });
  });

  it("answers help with the grammar and examples, and changes nothing", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "help", mail.env);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.text).toContain("approve 1 3");
    expect(mail.sent[0]?.text).toContain("snooze 5 2w");
    for (const item of seeker.items) expect((await draft(item.draftId))?.state).toBe("pending");
  });

  it("snoozes, pauses, resumes and sets targets", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const n = numberOf(seeker, "feedback_request");
    await replyToDigest(
      seeker,
      `snooze ${n} 2w\ntargets: Globex, Initech and Umbrella\npause`,
      mail.env,
    );
    const snoozed = await draft(seeker.items.find((i) => i.number === n)?.draftId ?? "");
    const days = (Date.parse(snoozed?.due_at ?? "") - Date.now()) / 86_400_000;
    expect(snoozed?.state).toBe("pending");
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);
    const user = await env.DB.prepare("SELECT paused, target_companies FROM users WHERE id = ?1")
      .bind(seeker.userId)
      .first<{ paused: number; target_companies: string }>();
    expect(user).toEqual({ paused: 1, target_companies: '["Globex","Initech","Umbrella"]' });
    expect(mail.sent[0]?.text).toContain("Snoozed");
    expect(mail.sent[0]?.text).toContain("Rebound is paused");

    await replyToDigest(seeker, "resume", mail.env);
    const resumed = await env.DB.prepare("SELECT paused FROM users WHERE id = ?1")
      .bind(seeker.userId)
      .first<{ paused: number }>();
    expect(resumed?.paused).toBe(0);
  });

  it("never: marks the person do-not-contact and drops their other drafts", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const feedback = numberOf(seeker, "feedback_request");
    await replyToDigest(seeker, `never ${feedback}`, mail.env);
    const rachel = await env.DB.prepare(
      "SELECT do_not_contact FROM contacts WHERE user_id = ?1 AND name = 'Rachel Adeyemi'",
    )
      .bind(seeker.userId)
      .first<{ do_not_contact: number }>();
    expect(rachel?.do_not_contact).toBe(1);
    const { results } = await env.DB.prepare(
      `SELECT d.state FROM drafts d JOIN contacts c ON c.id = d.contact_id
       WHERE d.user_id = ?1 AND c.name = 'Rachel Adeyemi'`,
    )
      .bind(seeker.userId)
      .all<{ state: string }>();
    expect(results.map((r) => r.state)).toEqual(results.map(() => "skipped"));
    expect(mail.sent[0]?.text).toContain("Rachel Adeyemi (draft");
  });

  it("reports an unknown command and an unknown number, and still applies the valid lines", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const sam = numberOf(seeker, "linkedin_note", "Sam Chen");
    await replyToDigest(seeker, `approve 99\nfrobnicate 2\nskip ${sam}`, mail.env);
    const text = mail.sent.at(-1)?.text ?? "";
    expect(text).toContain("there is no draft 99 in that digest");
    expect(text).toContain('"frobnicate"');
    expect(text).toContain("everything else in your reply was applied");
    expect(await draft(seeker.items.find((i) => i.number === sam)?.draftId ?? "")).toMatchObject({
      state: "skipped",
    });
    const others = seeker.items.filter((i) => i.number !== sam);
    for (const item of others) expect((await draft(item.draftId))?.state).toBe("pending");
  });

  it("refuses to approve a draft that still has a gap to fill", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const n = numberOf(seeker, "feedback_request");
    const id = seeker.items.find((i) => i.number === n)?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET body = body || ?2 WHERE id = ?1")
      .bind(id, "\n[[add: the article you mentioned]]")
      .run();
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(await draft(id)).toMatchObject({ state: "pending" });
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.text).toContain("still has a gap to fill");
  });
});

describe("direct mode: Rebound sends from the user's own domain", () => {
  const direct = { deliveryMode: "direct" as const, sendingAddress: "jordan@jordanlee.dev" };

  it("sends the approved email to the recipient, Reply-To the everyday address, a copy to the user", async () => {
    const seeker = await seekerWithDigest(direct);
    const n = numberOf(seeker, "feedback_request");
    const before = await draft(seeker.items.find((i) => i.number === n)?.draftId ?? "");
    const linkedin = numberOf(seeker, "linkedin_note", "Maya Ortiz");
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `ok ${n} and ${linkedin}`, mail.env);

    const sent = mailTo(mail.sent, "rachel.adeyemi@northwind-robotics.com");
    expect(sent).toHaveLength(1);
    const email = sent[0];
    expect(email?.from).toBe("jordan@jordanlee.dev");
    expect(email?.fromName).toBe("Jordan Lee");
    expect(email?.replyTo).toBe(JORDAN.owner);
    expect(email?.bcc).toEqual([JORDAN.owner]);
    expect(email?.subject).toBe("Re: Your application for Senior Backend Engineer");
    expect(email?.text.trim()).toBe(before?.body.trim());
    // A LinkedIn note is always handed off, even in direct mode.
    expect(mail.sent.some((m) => m.subject === "LinkedIn note for Maya Ortiz")).toBe(true);
    expect(await draft(seeker.items.find((i) => i.number === n)?.draftId ?? "")).toMatchObject({
      state: "sent",
      delivered_via: "direct",
    });
    const confirmation = mail.sent.at(-1);
    expect(confirmation?.text).toContain("Sent");
    expect(confirmation?.text).toContain("<rachel.adeyemi@northwind-robotics.com>: sent");
  });

  it("threads a thank-you under the contact's own reply (In-Reply-To, References, Re: subject)", async () => {
    const seeker = await seekerWithDigest(direct);
    const feedbackReply = [
      "From: Rachel Adeyemi <rachel.adeyemi@northwind-robotics.com>",
      `To: ${seeker.inbox}`,
      "Subject: Re: Thank you, and one question",
      "Date: Fri, 4 Dec 2026 16:02:00 -0800",
      "Message-ID: <feedback-7731@northwind-robotics.com>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hi Jordan,",
      "",
      "Happy to share some feedback. The panel liked your testing approach a lot; the",
      "other candidate simply had more production experience with ROS. I'd work on that.",
      "",
      "Best,",
      "Rachel",
    ].join("\r\n");
    const mail = fakeMailBinding();
    await deliver(
      feedbackReply,
      { from: "rachel.adeyemi@northwind-robotics.com", to: seeker.contactInbox },
      mail.env,
    );
    const thanks = await env.DB.prepare(
      "SELECT id FROM drafts WHERE user_id = ?1 AND kind = 'thanks_for_feedback'",
    )
      .bind(seeker.userId)
      .first<{ id: string }>();
    expect(thanks).not.toBeNull();
    await env.DB.prepare("UPDATE drafts SET due_at = '2020-01-01T00:00:00.000Z' WHERE id = ?1")
      .bind(thanks?.id)
      .run();
    // Tomorrow's digest offers the thank-you.
    await env.DB.prepare("UPDATE digests SET local_date = '2000-01-01' WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    const next = await sendDigest(seeker.userId, seeker.inbox);
    const n = numberOf(next, "thanks_for_feedback");
    await replyToDigest(next, `approve ${n}`, mail.env);
    const sent = mailTo(mail.sent, "rachel.adeyemi@northwind-robotics.com");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers).toMatchObject({
      "in-reply-to": "<feedback-7731@northwind-robotics.com>",
      references: "<feedback-7731@northwind-robotics.com>",
    });
    expect(sent[0]?.subject).toBe("Re: Thank you, and one question");
  });

  it("switches to handoff when the sending domain is not verified, and says how to fix it", async () => {
    const seeker = await seekerWithDigest(direct);
    const n = numberOf(seeker, "feedback_request");
    const mail = fakeMailBinding([
      {
        when: (m) => m.from === "jordan@jordanlee.dev",
        error: () =>
          Object.assign(new Error("sender not verified"), { code: "E_SENDER_NOT_VERIFIED" }),
      },
    ]);
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(mailTo(mail.sent, "rachel.adeyemi@northwind-robotics.com")).toHaveLength(0);
    const handoff = mail.sent.find((m) => m.subject.startsWith("Ready to send"));
    expect(handoff?.text).toContain("Why this came to you: your sending domain is not set up");
    expect(await draft(seeker.items.find((i) => i.number === n)?.draftId ?? "")).toMatchObject({
      state: "sent",
      delivered_via: "handoff",
    });
    expect(mail.sent.at(-1)?.text).toContain("onboard the domain in the Cloudflare dashboard");
  });

  it("records a definite failure with its reason, and sends it when approved again", async () => {
    const seeker = await seekerWithDigest(direct);
    const n = numberOf(seeker, "feedback_request");
    const id = seeker.items.find((i) => i.number === n)?.draftId ?? "";
    let limited = true;
    const mail = fakeMailBinding([
      {
        when: (m) => limited && m.to.includes("rachel.adeyemi@northwind-robotics.com"),
        error: () => new Error("E_RATE_LIMIT_EXCEEDED: too many requests"),
      },
    ]);
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(await draft(id)).toMatchObject({ state: "failed" });
    expect((await draft(id))?.state_reason).toContain("too many messages");
    expect(mail.sent.at(-1)?.text).toContain("Not sent");
    // The next digest offers it again, saying why it did not go.
    await env.DB.prepare("UPDATE digests SET local_date = '2000-01-01' WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    const next = await sendDigest(seeker.userId, seeker.inbox);
    expect(next.items.some((i) => i.draftId === id)).toBe(true);
    expect(next.digestText.replace(/\s+/g, " ")).toContain("Not sent last time: too many messages");

    // Approving again (from the same digest, which showed this version) retries it once.
    limited = false;
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(await draft(id)).toMatchObject({ state: "sent", delivered_via: "direct" });
    expect(mailTo(mail.sent, "rachel.adeyemi@northwind-robotics.com")).toHaveLength(1);
  });

  it("marks an unknown outcome (an error after the request left) and never retries it", async () => {
    const seeker = await seekerWithDigest(direct);
    const n = numberOf(seeker, "feedback_request");
    const id = seeker.items.find((i) => i.number === n)?.draftId ?? "";
    const mail = fakeMailBinding([
      {
        when: (m) => m.to.includes("rachel.adeyemi@northwind-robotics.com"),
        error: () => new Error("Network connection lost."),
      },
    ]);
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(await draft(id)).toMatchObject({ state: "unknown" });
    await replyToDigest(seeker, `approve ${n}`, mail.env);
    expect(
      mail.attempts.filter((m) => m.to.includes("rachel.adeyemi@northwind-robotics.com")),
    ).toHaveLength(1);
    expect(mail.sent.at(-1)?.text).toContain("may already have gone out");
  });
});

describe("pause", () => {
  it("keeps forwarded mail but plans nothing, and sends no digest, until resume", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "pause", mail.env);
    const raw = fixtureRaw("fwd-owa-html-en-silverbirch-on-hold.eml");
    await deliver(raw, { from: "jordan.lee@outlook.com", to: seeker.inbox });
    const stored = await env.DB.prepare(
      "SELECT count(*) AS n FROM inbound_messages WHERE user_id = ?1 AND subject LIKE '%Actuarial%'",
    )
      .bind(seeker.userId)
      .first<{ n: number }>();
    expect(stored?.n).toBe(1);
    const planned = await env.DB.prepare(
      "SELECT count(*) AS n FROM drafts d JOIN contacts c ON c.id = d.contact_id WHERE d.user_id = ?1 AND c.name = 'Grace Liu'",
    )
      .bind(seeker.userId)
      .first<{ n: number }>();
    expect(planned?.n).toBe(0);
    await env.DB.prepare("UPDATE digests SET local_date = '2000-01-01' WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    await expect(sendDigest(seeker.userId, seeker.inbox)).rejects.toThrow(/no digest/);
  });
});
