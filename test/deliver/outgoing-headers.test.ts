import { env } from "cloudflare:workers";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { composeMime, type OutgoingEmail } from "../../src/deliver/compose-mime.ts";
import { headerText, singleMessageId } from "../../src/domain/header-text.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import {
  draft,
  fakeMailBinding,
  makeDraftsDue,
  numberOf,
  replyToDigest,
  sendDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const INJECTION = "\r\nBcc: evil@attacker.example";
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

const message = (over: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  from: { name: "Rebound", address: "rebound@example.com" },
  to: "jordan.lee@gmail.com",
  subject: "Your digest",
  messageId: "<digest.1@example.com>",
  date: new Date("2026-12-07T08:00:00Z"),
  text: "Hello\n",
  html: "<p>Hello</p>",
  ...over,
});

/** The header block of a raw message, unfolded lines kept as they are. */
const headerBlock = (raw: string) => raw.slice(0, raw.indexOf("\r\n\r\n"));

describe("composeMime writes headers no data can break", () => {
  it.each([
    ["a CR/LF in the subject", { subject: `Hello${INJECTION}` }],
    [
      "a CR/LF in the display name",
      { from: { name: `Rebound${INJECTION}`, address: "rebound@example.com" } },
    ],
    ["a CR/LF in In-Reply-To", { headers: { "In-Reply-To": `<a@b>${INJECTION}` } }],
    ["a CR/LF in References", { headers: { References: `<a@b>${INJECTION}` } }],
    ["a bare LF in a custom header", { headers: { "X-Note": `fine\nBcc: evil@attacker.example` } }],
    ["a NUL and a DEL", { subject: "Hi\u0000there\u007f" }],
  ])("%s never starts a header of its own", async (_, over) => {
    const raw = composeMime(message(over));
    const headers = headerBlock(raw);
    expect(headers).not.toMatch(/^Bcc:/im);
    expect([...headers].some((c) => c === "\u0000" || c === "\u007f")).toBe(false);
    // Every line is a header or a folded continuation.
    for (const line of headers.split("\r\n")) expect(line).toMatch(/^([A-Za-z-]+: |[ \t])/);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.bcc ?? []).toHaveLength(0);
  });

  it.each([
    ["a long ASCII subject", "Follow-up ".repeat(60)],
    ["a long non-ASCII subject", "Grüße aus München, ".repeat(20)],
    ["ASCII text shaped like an encoded word", "=?UTF-8?B?PGV2aWxAZXhhbXBsZS5jb20+?= hello"],
  ])("folds and encodes %s, and it reads back as written", async (_, subject) => {
    const raw = composeMime(message({ subject }));
    for (const line of headerBlock(raw).split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe(headerText(subject));
  });

  it("encodes a subject that only looks encoded, so it is not decoded into an address", () => {
    const raw = composeMime(message({ subject: `=?UTF-8?B?${base64("<owner@gmail.com>")}?=` }));
    expect(headerBlock(raw)).not.toContain(`Subject: =?UTF-8?B?${base64("<owner@gmail.com>")}?=`);
  });

  it.each([
    ["<a@b.example>", "<a@b.example>"],
    [" <a@b.example> ", "<a@b.example>"],
    ["<a@b>\r\nBcc: x@y", null],
    ["<a@b> <c@d>", null],
    ["a@b", null],
    ["<a b@c>", null],
    ["", null],
  ])("singleMessageId(%j) is %j", (input, expected) => {
    expect(singleMessageId(input)).toBe(expected);
  });
});

/**
 * A contact's reply whose encoded Subject and Message-ID decode to `\r\nBcc: …`, as stored by
 * inbound, answered in direct mode: the subject the digest shows is the one sent, one line,
 * and the forged Message-ID is dropped rather than threaded.
 */
async function directSeekerAnsweringForgedReply() {
  const { userId, inbox } = await createJordan(env.DB, {
    digestHour: 0,
    deliveryMode: "direct",
    sendingAddress: "jordan@jordanlee.dev",
  });
  await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
    from: JORDAN.owner,
    to: inbox,
  });
  const target = await env.DB.prepare(
    `SELECT d.id, d.contact_id AS contactId FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1 AND d.kind = 'feedback_request' AND c.email IS NOT NULL`,
  )
    .bind(userId)
    .first<{ id: string; contactId: string }>();
  if (!target) throw new Error("no feedback request with an address");
  const replyId = crypto.randomUUID();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO inbound_messages (id, user_id, route, message_id, content_hash, envelope_from,
         subject, received_at, raw_size, status, contact_id, created_at)
       VALUES (?1, ?2, 'reply', ?3, ?4, 'rachel@northwind-robotics.com', ?5, ?6, 100, 'processed', ?7, ?6)`,
    ).bind(
      replyId,
      userId,
      `<reply@northwind-robotics.com>${INJECTION}`,
      crypto.randomUUID(),
      `Your application${INJECTION}`,
      new Date().toISOString(),
      target.contactId,
    ),
    env.DB.prepare("UPDATE drafts SET inbound_id = ?2 WHERE id = ?1").bind(target.id, replyId),
  ]);
  await makeDraftsDue(userId);
  const seeker = await sendDigest(userId, inbox);
  return { seeker, draftId: target.id, contactId: target.contactId };
}

describe("direct sends answering a contact's mail", () => {
  it("send exactly the subject the digest showed, one line, with no forged threading", async () => {
    const { seeker, draftId } = await directSeekerAnsweringForgedReply();
    const shown = "Re: Your application Bcc: evil@attacker.example";
    expect(seeker.digestText.replace(/\s+/g, " ")).toContain(`Subject: ${shown}`);
    const mail = fakeMailBinding();
    const number = numberOf(seeker, "feedback_request");
    await replyToDigest(seeker, `approve ${number}`, mail.env);
    const direct = mail.sent.find((m) => m.to.includes("rachel.adeyemi@northwind-robotics.com"));
    expect(direct?.subject).toBe(shown);
    expect(direct?.bcc).toEqual([JORDAN.owner]);
    expect(direct?.headers["in-reply-to"]).toBeUndefined();
    expect(direct?.headers.references).toBeUndefined();
    expect((await draft(draftId))?.state).toBe("sent");
  });

  it("refuses to send to an address that changed after the digest showed it", async () => {
    const { seeker, draftId, contactId } = await directSeekerAnsweringForgedReply();
    await env.DB.prepare(
      "UPDATE contacts SET email = 'someone.else@attacker.example' WHERE id = ?1",
    )
      .bind(contactId)
      .run();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `approve ${numberOf(seeker, "feedback_request")}`, mail.env);
    expect(mail.sent.some((m) => m.to.includes("someone.else@attacker.example"))).toBe(false);
    const after = await draft(draftId);
    expect(after?.state).toBe("failed");
    expect(after?.state_reason).toMatch(/address changed/);
    const confirmation = mail.sent.find((m) => m.subject.startsWith("Re:"));
    expect(confirmation?.text).toMatch(/address changed since your digest showed it/);
  });
});

describe("direct sends never go to Rebound itself", () => {
  it("fails a draft whose pinned address is the user's own Rebound inbox, and says so", async () => {
    const { seeker, draftId, contactId } = await directSeekerAnsweringForgedReply();
    // An address stored before `address N` refused Rebound's own, pinned by the digest.
    const own = seeker.contactInbox.toUpperCase();
    await env.DB.batch([
      env.DB.prepare("UPDATE contacts SET email = ?2 WHERE id = ?1").bind(contactId, own),
      env.DB.prepare("UPDATE digest_items SET recipient_email = ?2 WHERE draft_id = ?1").bind(
        draftId,
        own,
      ),
    ]);
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `approve ${numberOf(seeker, "feedback_request")}`, mail.env);
    expect(mail.sent.some((m) => m.to.some((to) => to.toLowerCase() === own.toLowerCase()))).toBe(
      false,
    );
    const after = await draft(draftId);
    expect(after?.state).toBe("failed");
    expect(after?.state_reason).toMatch(/one of Rebound's own/);
  });
});
