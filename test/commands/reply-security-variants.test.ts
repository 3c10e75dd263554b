import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import {
  draftStates,
  fakeMailBinding,
  numberOf,
  replyMime,
  replyToDigest,
  type SeekerWithDigest,
  seekerWithDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/**
 * Variants of the attacks in issue 11 on replies to the digest, beyond the ones the other
 * tests in this folder try: each goes through the real email() handler.
 */

async function paused(userId: string): Promise<number | undefined> {
  const row = await env.DB.prepare("SELECT paused FROM users WHERE id = ?1")
    .bind(userId)
    .first<{ paused: number }>();
  return row?.paused;
}

async function repliesRecorded(userId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM command_replies WHERE user_id = ?1")
    .bind(userId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("who may command: other spellings of the From header", () => {
  it.each([
    [
      "Sender: says the owner, From does not",
      "From: Mallory <mallory@evil.example>\r\nSender: <jordan.lee@gmail.com>",
    ],
    [
      "Reply-To: says the owner, From does not",
      "From: mallory@evil.example\r\nReply-To: <jordan.lee@gmail.com>",
    ],
    [
      "two From headers, both the owner",
      "From: <jordan.lee@gmail.com>\r\nFrom: <jordan.lee@gmail.com>",
    ],
    [
      "a quoted local part holding the owner's address",
      'From: "jordan.lee@gmail.com"@evil.example',
    ],
    ["a Cyrillic look-alike of the owner's address", "From: jordan.lee@gmаil.com"],
    ["the owner's address with a plus tag", "From: jordan.lee+x@gmail.com"],
    [
      "the owner's address as a display name",
      'From: "jordan.lee@gmail.com" <mallory@evil.example>',
    ],
    [
      "a folded encoded-word decoding to the owner",
      `From: Jordan\r\n =?UTF-8?B?${btoa("<jordan.lee@gmail.com>")}?=`,
    ],
    ["a group holding the owner", "From: friends: <jordan.lee@gmail.com>;"],
  ])("refuses approve all when %s, changing nothing", async (_label, fromHeader) => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const message = await replyToDigest(seeker, "approve all", mail.env, { fromHeader });
    expect(message.rejected).not.toBeNull();
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.attempts).toEqual([]);
  });

  it("accepts the owner's address written in capitals, and a From folded over two lines", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const upper = await replyToDigest(seeker, "pause", mail.env, {
      fromHeader: `From: Jordan Lee <${JORDAN.owner.toUpperCase()}>`,
      envelopeFrom: JORDAN.owner.toUpperCase(),
    });
    expect(upper.rejected).toBeNull();
    expect(await paused(seeker.userId)).toBe(1);
    const folded = await replyToDigest(seeker, "resume", mail.env, {
      fromHeader: `From: Jordan Lee\r\n <${JORDAN.owner}>`,
    });
    expect(folded.rejected).toBeNull();
    expect(await paused(seeker.userId)).toBe(0);
  });

  it("refuses a reply from another user's owner to this user's digest", async () => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const casey = "casey.morgan@example.org";
    // Casey is a real user of the same deployment: her own inbox, her own owner address.
    await createJordan(env.DB, { ownerAddress: casey, otherAddresses: [] });
    const message = await replyToDigest(seeker, "approve all", mail.env, { from: casey });
    expect(message.rejected).toMatch(/Only the owner/);
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.attempts).toEqual([]);
  });
});

describe("which address a reply reaches", () => {
  it("takes nothing from a digest's reply address named only in Cc: the envelope decides", async () => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const raw = replyMime(seeker, "approve all", {
      to: seeker.bareInbox,
      extraHeaders: `Cc: ${seeker.replyAddress}`,
    });
    const atBare = await deliver(raw, { from: JORDAN.owner, to: seeker.bareInbox }, mail.env);
    expect(atBare.rejected).toMatch(/private forwarding address/);
    // Sent to the forwarding address with the token in Cc: a forward, never a command.
    const atForward = await deliver(
      raw.replace(/^Message-ID: .*$/m, "Message-ID: <cc-token@x>"),
      { from: JORDAN.owner, to: seeker.inbox },
      mail.env,
    );
    expect(atForward.rejected).toBeNull();
    expect(await repliesRecorded(seeker.userId)).toBe(0);
    const after = await draftStates(seeker.userId);
    expect(after.drafts.filter((d) => before.drafts.some((b) => b.id === d.id))).toEqual(
      before.drafts,
    );
    expect(mail.attempts).toEqual([]);
  });

  it("refuses a token moved onto another inbox's local part", async () => {
    const seeker = await seekerWithDigest();
    const other = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const token = seeker.replyAddress.split("+")[1]?.split("@")[0] ?? "";
    const moved = other.replyAddress.replace(/\+[0-9a-f]{32}@/, `+${token}@`);
    const message = await replyToDigest(seeker, "approve all", mail.env, { to: moved });
    expect(message.rejected).toMatch(/does not belong to a Rebound digest/);
    expect(await draftStates(seeker.userId)).toEqual(before);
  });
});

describe("only what the owner typed counts", () => {
  it("applies nothing from commands that are only in quoted lines, and answers nothing", async () => {
    const seeker = await seekerWithDigest();
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "> approve all\n> pause\n>> skip 1", mail.env, {
      quoteDigest: false,
    });
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.attempts).toEqual([]);
  });

  it("applies nothing from an unmarked copy of a confirmation (its help shows example commands)", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "help", mail.env, { quoteDigest: false });
    const confirmation = mail.sent.at(-1)?.text ?? "";
    expect(confirmation).toMatch(/^\s+approve 1$/m);
    const before = await draftStates(seeker.userId);
    const sent = mail.attempts.length;
    // An auto-responder (or a client) that pastes the original under its own words, unquoted.
    await replyToDigest(seeker, `I am away until Monday.\n\n${confirmation}`, mail.env, {
      quoteDigest: false,
    });
    expect(await draftStates(seeker.userId)).toEqual(before);
    expect(mail.attempts.slice(sent).every((m) => m.to.every((to) => to === JORDAN.owner))).toBe(
      true,
    );
  });

  it("deletes nothing when a copy of the deletion-code mail comes back unquoted", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "delete my data", mail.env, { quoteDigest: false });
    const codeMail = mail.sent.at(-1)?.text ?? "";
    expect(codeMail).toMatch(/^delete my data confirm [A-Z0-9]{4}-[A-Z0-9]{4}$/m);
    await replyToDigest(seeker, `Automatic answer: I am away.\n\n${codeMail}`, mail.env, {
      quoteDigest: false,
    });
    const user = await env.DB.prepare("SELECT id FROM users WHERE id = ?1")
      .bind(seeker.userId)
      .first();
    expect(user).not.toBeNull();
    expect((await draftStates(seeker.userId)).drafts.length).toBeGreaterThan(0);
  });

  it("reads an HTML-only reply's own words, not the digest quoted in it", async () => {
    const seeker = await seekerWithDigest();
    const n = numberOf(seeker, seeker.items[0]?.kind ?? "");
    const before = await draftStates(seeker.userId);
    const mail = fakeMailBinding();
    const html = `<div dir="ltr">skip ${n}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sat, 5 Dec 2026 at 08:00, Rebound &lt;${env.SERVICE_ADDRESS}&gt; wrote:<br></div><blockquote class="gmail_quote">approve all<br>pause</blockquote></div>`;
    const raw = replyMime(seeker, "", { quoteDigest: false }).replace(
      /Content-Type: text\/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n[\s\S]*$/,
      `Content-Type: text/html; charset="UTF-8"\r\n\r\n${html}\r\n`,
    );
    await deliver(raw, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    const after = await draftStates(seeker.userId);
    const changed = after.drafts.filter(
      (d) => before.drafts.find((b) => b.id === d.id)?.state !== d.state,
    );
    expect(changed.map((d) => d.state)).toEqual(["skipped"]);
    expect(await paused(seeker.userId)).toBe(0);
  });
});

describe("replays", () => {
  it("does nothing with a replay whose Message-ID is gone and whose quoted part differs", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const pause = replyMime(seeker, "pause", { quoteDigest: false });
    await deliver(pause, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    expect(await paused(seeker.userId)).toBe(1);
    await replyToDigest(seeker, "resume", mail.env, { quoteDigest: false });
    expect(await paused(seeker.userId)).toBe(0);
    const replay = pause
      .replace(/^Message-ID: .*\r\n/m, "")
      .replace(/\r\n$/, "\r\n\r\nOn Sat, Rebound wrote:\r\n> something else entirely\r\n");
    await deliver(replay, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    expect(await paused(seeker.userId)).toBe(0);
    // Header names in other cases are the same header: a lower-case message-id is still read.
    const lower = pause.replace(/^Message-ID:/m, "message-id:");
    await deliver(lower, { from: JORDAN.owner, to: seeker.replyAddress }, mail.env);
    expect(await paused(seeker.userId)).toBe(0);
  });
});

describe("nothing from a reply reaches a header unclean", () => {
  it("sends an edited subject with Unicode line breaks as one clean line, with no extra recipient", async () => {
    const seeker = await seekerWithDigest({
      deliveryMode: "direct",
      sendingAddress: "jordan@jordanlee.dev",
    });
    const item = seeker.items.find((i) => i.kind !== "linkedin_note" && i.kind !== "call_script");
    if (!item) throw new Error("no email draft in the digest");
    const mail = fakeMailBinding();
    await replyToDigest(
      seeker,
      `edit ${item.number}\nSubject: Thanks\u0085Bcc: victim@evil.example\u2028To: x@evil.example\nHi there,\nThank you.\nJordan`,
      mail.env,
    );
    const everyone = mail.attempts.flatMap((m) => [...m.to, ...m.bcc]);
    expect(everyone.some((a) => a.includes("evil.example"))).toBe(false);
    for (const m of mail.attempts) {
      expect(m.subject).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
      for (const value of Object.values(m.headers)) expect(value).not.toMatch(/[\r\n]/);
    }
  });
});

describe("address N never points a draft back at Rebound or the owner", () => {
  it.each([
    ["the forwarding address", (seeker: SeekerWithDigest) => seeker.inbox],
    ["the digest's reply address", (seeker: SeekerWithDigest) => seeker.replyAddress],
    ["the bare inbox", (seeker: SeekerWithDigest) => seeker.bareInbox],
    ["the service address", () => env.SERVICE_ADDRESS],
    ["the owner's address in capitals", () => JORDAN.owner.toUpperCase()],
  ])("refuses %s", async (_label, address) => {
    const seeker = await seekerWithDigest();
    const person = await env.DB.prepare(
      `SELECT p.number, c.id FROM digest_people p JOIN contacts c ON c.id = p.contact_id
       WHERE p.digest_id = ?1 ORDER BY p.number LIMIT 1`,
    )
      .bind(seeker.digestId)
      .first<{ number: number; id: string }>();
    if (!person) throw new Error("the digest listed nobody without an address");
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `address ${person.number} ${address(seeker)}`, mail.env);
    const row = await env.DB.prepare("SELECT email FROM contacts WHERE id = ?1")
      .bind(person.id)
      .first<{ email: string | null }>();
    expect(row?.email).toBeNull();
    expect(mail.sent.at(-1)?.text).toContain("Could not do");
  });
});

describe("deletion codes belong to one user", () => {
  it("deletes nothing when one user's code is sent to another user's digest", async () => {
    const a = await seekerWithDigest();
    const b = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(b, "delete my data", mail.env, { quoteDigest: false });
    const code = /^delete my data confirm ([A-Z0-9]{4}-[A-Z0-9]{4})$/m.exec(
      mail.sent.at(-1)?.text ?? "",
    )?.[1];
    expect(code).toBeDefined();
    await replyToDigest(a, "delete my data", mail.env, { quoteDigest: false });
    await replyToDigest(a, `delete my data confirm ${code}`, mail.env, { quoteDigest: false });
    for (const seeker of [a, b]) {
      const user = await env.DB.prepare("SELECT id FROM users WHERE id = ?1")
        .bind(seeker.userId)
        .first();
      expect(user).not.toBeNull();
    }
    expect(mail.sent.at(-1)?.text).toContain("That code is wrong or has expired");
  });
});
