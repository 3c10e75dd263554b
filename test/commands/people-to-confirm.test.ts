import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import {
  fakeMailBinding,
  makeDraftsDue,
  personNumber,
  replyToDigest,
  sendDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const RACHEL = "rachel.adeyemi@northwind-robotics.com";
const LENA = "lena.fischer@globex.example";

/** Rachel (a contact since Jordan forwarded her rejection) writes in, introducing Lena. */
function introduction(messageId: string): string {
  return [
    `From: Rachel Adeyemi <${RACHEL}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Re: Thank you, and an introduction",
    `Message-ID: ${messageId}`,
    "Date: Wed, 4 Nov 2026 10:00:00 +0100",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "Hi Jordan,",
    "",
    `Happy to help. I'd like to introduce you to Lena Fischer (${LENA}),`,
    "she leads hiring at Globex and is looking for someone like you. Reach out to her.",
    "",
    "Rachel",
    "",
  ].join("\r\n");
}

async function lena(userId: string) {
  return env.DB.prepare(
    "SELECT id, pending, email, introduced_by FROM contacts WHERE user_id = ?1 AND email = ?2",
  )
    .bind(userId, LENA)
    .first<{ id: string; pending: number; email: string; introduced_by: string | null }>();
}

async function draftsTo(userId: string, email: string) {
  const { results } = await env.DB.prepare(
    `SELECT d.kind, d.state FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1 AND c.email = ?2 ORDER BY d.kind`,
  )
    .bind(userId, email)
    .all<{ kind: string; state: string }>();
  return results;
}

/**
 * Jordan forwards Northwind's rejection (Rachel becomes a contact), Rachel's own mail
 * introduces Lena, and the next digest goes out; returns the digest and Lena's number in it.
 */
async function digestWithLenaToConfirm() {
  const user = await createJordan(env.DB, { digestHour: 0 });
  const forwarded = await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
    from: JORDAN.owner,
    to: user.inbox,
  });
  expect(forwarded.rejected).toBeNull();
  const intro = await deliver(introduction(`<intro-${crypto.randomUUID()}@x>`), {
    from: RACHEL,
    to: user.contactInbox,
  });
  expect(intro.rejected).toBeNull();
  await makeDraftsDue(user.userId);
  const mail = fakeMailBinding();
  const seeker = await sendDigest(user.userId, user.inbox);
  const person = await lena(user.userId);
  if (!person) throw new Error("Lena was not stored");
  const number = await personNumber(seeker, person.id);
  if (number === null) throw new Error("the digest did not number Lena");
  return { seeker, lenaId: person.id, number, mail };
}

describe("people a contact's mail introduces wait for the user", () => {
  it("holds Lena's introduction without drafting it, and shows her in the digest with who named her", async () => {
    const { seeker, lenaId, number } = await digestWithLenaToConfirm();
    expect((await lena(seeker.userId))?.pending).toBe(1);
    expect(await draftsTo(seeker.userId, LENA)).toEqual([]);
    const held = await env.DB.prepare(
      "SELECT json_extract(draft, '$.kind') AS kind FROM held_follow_ups WHERE contact_id = ?1",
    )
      .bind(lenaId)
      .all<{ kind: string }>();
    expect(held.results.map((r) => r.kind)).toContain("introduction");
    const text = seeker.digestText.replace(/\s+/g, " ");
    expect(text).toContain("People to confirm");
    expect(text).toContain(
      `${number}. Lena Fischer <${LENA}>, introduced by Rachel Adeyemi's email`,
    );
    expect(text).toMatch(/anyone can forge an email's sender/);
    expect(text).toContain(`confirm ${number}`);
    expect(text).toContain(`not ${number}`);
    // Lena's introduction is not offered as a draft.
    expect(seeker.items.some((i) => i.contact === "Lena Fischer")).toBe(false);
  });

  it("puts Confirm and Not them buttons in the HTML digest, as mailto: links to its reply address", async () => {
    const user = await createJordan(env.DB, { digestHour: 0 });
    await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
      from: JORDAN.owner,
      to: user.inbox,
    });
    await deliver(introduction("<intro-html@x>"), { from: RACHEL, to: user.contactInbox });
    await makeDraftsDue(user.userId);
    await env.DB.prepare("UPDATE users SET next_digest_at = '' WHERE id = ?1")
      .bind(user.userId)
      .run();
    const mail = fakeMailBinding();
    const { runJobs, digestJob } = await import("../support/queue.ts");
    await runJobs([digestJob(user.userId, new Date())], mail.env);
    const html = mail.sent[0]?.html ?? "";
    expect(html).toContain("People to confirm");
    const confirm = /href="(mailto:[^"]*?body=confirm%20(\d+))"/.exec(html);
    const not = /href="(mailto:[^"]*?body=not%20(\d+))"/.exec(html);
    expect(confirm?.[2]).toBeDefined();
    expect(not?.[2]).toBe(confirm?.[2]);
    expect(confirm?.[1]).toContain(encodeURIComponent(mail.sent[0]?.replyTo?.split("@")[0] ?? "?"));
  });

  it("confirm N makes her a contact and drafts the introduction, which the next digest offers", async () => {
    const { seeker, lenaId, number } = await digestWithLenaToConfirm();
    const mail = fakeMailBinding();
    const reply = await replyToDigest(seeker, `confirm ${number}`, mail.env);
    expect(reply.rejected).toBeNull();
    const after = await lena(seeker.userId);
    expect(after?.pending).toBe(0);
    expect(after?.email).toBe(LENA);
    expect(await draftsTo(seeker.userId, LENA)).toEqual([
      { kind: "introduction", state: "pending" },
    ]);
    expect(await countRows("held_follow_ups", seeker.userId)).toBe(0);
    const confirmation = mail.sent.at(-1)?.text.replace(/\s+/g, " ") ?? "";
    expect(confirmation).toContain("People confirmed");
    expect(confirmation).toContain(`Lena Fischer <${LENA}> (${number}): now one of your contacts.`);
    expect(confirmation).toContain("The follow-up Rebound planned for them is now drafted");
    expect(mail.attempts.every((m) => m.to.every((to) => to === JORDAN.owner))).toBe(true);

    // Nothing went to Lena; once due (a day after Rachel wrote), a digest offers the introduction.
    await makeDraftsDue(seeker.userId);
    await env.DB.prepare("UPDATE digests SET local_date = '2020-01-01' WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    const next = await sendDigest(seeker.userId, seeker.inbox);
    expect(next.items.some((i) => i.kind === "introduction" && i.contact === "Lena Fischer")).toBe(
      true,
    );
    expect(next.digestText).not.toContain("People to confirm");
    expect(await personNumber(next, lenaId)).toBeNull();
  });

  it("not N removes her and everything held for her", async () => {
    const { seeker, lenaId, number } = await digestWithLenaToConfirm();
    const mail = fakeMailBinding();
    const reply = await replyToDigest(seeker, `not ${number}`, mail.env);
    expect(reply.rejected).toBeNull();
    expect(await lena(seeker.userId)).toBeNull();
    expect(await countRows("held_follow_ups", seeker.userId)).toBe(0);
    const links = await env.DB.prepare(
      "SELECT count(*) AS n FROM inbound_contacts WHERE contact_id = ?1",
    )
      .bind(lenaId)
      .first<{ n: number }>();
    expect(links?.n).toBe(0);
    const confirmation = mail.sent.at(-1)?.text.replace(/\s+/g, " ") ?? "";
    expect(confirmation).toContain("People removed");
    expect(confirmation).toContain(`Lena Fischer <${LENA}> (${number}): removed`);
    // Rachel, who named her, is untouched.
    const rachel = await env.DB.prepare(
      "SELECT pending FROM contacts WHERE user_id = ?1 AND email = ?2",
    )
      .bind(seeker.userId, RACHEL)
      .first<{ pending: number }>();
    expect(rachel?.pending).toBe(0);
  });

  it.each([
    ["a stranger's From and envelope", { from: "mallory@evil.example" }],
    ["the owner's From from a stranger's envelope", { envelopeFrom: "mallory@evil.example" }],
    [
      "an encoded-word From that decodes to the owner",
      { fromHeader: `From: =?UTF-8?B?${btoa(`<${JORDAN.owner}>`)}?=` },
    ],
  ])("refuses confirm from %s: she stays pending, nothing drafted", async (_label, options) => {
    const { seeker, number } = await digestWithLenaToConfirm();
    const mail = fakeMailBinding();
    const reply = await replyToDigest(seeker, `confirm ${number}`, mail.env, options);
    expect(reply.rejected).not.toBeNull();
    expect((await lena(seeker.userId))?.pending).toBe(1);
    expect(await draftsTo(seeker.userId, LENA)).toEqual([]);
    expect(mail.attempts).toEqual([]);
  });

  it("cannot confirm through another user's digest, even with the same number", async () => {
    const { seeker, number } = await digestWithLenaToConfirm();
    const other = await digestWithLenaToConfirm();
    // The other user's digest has its own people: the number means their Lena, not this one.
    const mail = fakeMailBinding();
    await replyToDigest(other.seeker, `confirm ${number}`, mail.env);
    expect((await lena(seeker.userId))?.pending).toBe(1);
    // Another user's digest address with this user's data is refused at the token check.
    const crossed = await replyToDigest(seeker, `confirm ${number}`, mail.env, {
      to: other.seeker.replyAddress.replace(/\+[0-9a-f]{32}@/, `+${"0".repeat(32)}@`),
    });
    expect(crossed.rejected).toMatch(/does not belong to a Rebound digest/);
    expect((await lena(seeker.userId))?.pending).toBe(1);
  });

  it("a replayed confirm changes nothing, and a later not cannot remove a confirmed contact", async () => {
    const { seeker, number } = await digestWithLenaToConfirm();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `confirm ${number}`, mail.env, { messageId: "<once@x>" });
    const drafts = await draftsTo(seeker.userId, LENA);
    expect(drafts).toHaveLength(1);
    await replyToDigest(seeker, `confirm ${number}`, mail.env, { messageId: "<once@x>" });
    expect(await draftsTo(seeker.userId, LENA)).toEqual(drafts);
    // A later "not" cannot delete her now: she is a contact, and the reply says so.
    const sent = mail.sent.length;
    await replyToDigest(seeker, `not ${number}`, mail.env);
    expect((await lena(seeker.userId))?.pending).toBe(0);
    expect(await draftsTo(seeker.userId, LENA)).toEqual(drafts);
    expect(mail.sent.slice(sent).at(-1)?.text.replace(/\s+/g, " ")).toContain(
      "already one of your contacts",
    );
  });

  it("takes the owner's own forward naming her as their word: confirmed once, nothing doubled", async () => {
    const { seeker } = await digestWithLenaToConfirm();
    const forwarded = [
      `From: Jordan Lee <${JORDAN.owner}>`,
      "To: jobs@jordanlee.dev",
      "Subject: Fwd: Thank you, and an introduction",
      "Message-ID: <fwd-intro@x>",
      "Date: Wed, 4 Nov 2026 11:00:00 +0100",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "Rachel introduced me to Lena, great news.",
      "",
      "---------- Forwarded message ---------",
      ...introduction("<intro-original@x>")
        .split("\r\n")
        .filter((line) => /^(From|Subject|Date):/.test(line) || !/^[\w-]+:/.test(line)),
    ].join("\r\n");
    const message = await deliver(forwarded, { from: JORDAN.owner, to: seeker.inbox });
    expect(message.rejected).toBeNull();
    expect((await lena(seeker.userId))?.pending).toBe(0);
    expect(await countRows("held_follow_ups", seeker.userId)).toBe(0);
    const kinds = (await draftsTo(seeker.userId, LENA)).map((d) => d.kind);
    expect(kinds.filter((k) => k === "introduction").length).toBeLessThanOrEqual(1);
  });

  it("drafts one introduction when two of the contact's emails named her", async () => {
    const { seeker, number } = await digestWithLenaToConfirm();
    const again = introduction("<intro-again@x>").replace(
      "Happy to help.",
      "Just checking you saw my note.",
    );
    expect((await deliver(again, { from: RACHEL, to: seeker.contactInbox })).rejected).toBeNull();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `confirm ${number}`, mail.env);
    expect(await draftsTo(seeker.userId, LENA)).toEqual([
      { kind: "introduction", state: "pending" },
    ]);
    expect(await countRows("held_follow_ups", seeker.userId)).toBe(0);
  });

  it("drops what was held for someone nobody confirmed after the text retention period", async () => {
    const { seeker } = await digestWithLenaToConfirm();
    await env.DB.prepare("UPDATE held_follow_ups SET created_at = ?2 WHERE user_id = ?1")
      .bind(seeker.userId, new Date(Date.now() - 366 * 86_400_000).toISOString())
      .run();
    const { runJobs } = await import("../support/queue.ts");
    await runJobs([{ type: "retention", at: new Date().toISOString() }]);
    expect(await countRows("held_follow_ups", seeker.userId)).toBe(0);
    expect((await lena(seeker.userId))?.pending).toBe(1);
  });

  it("answers confirm on a draft's number with what to do instead, and changes nothing", async () => {
    const { seeker } = await digestWithLenaToConfirm();
    const first = seeker.items[0]?.number ?? 1;
    const mail = fakeMailBinding();
    await replyToDigest(seeker, `confirm ${first}`, mail.env);
    expect((await lena(seeker.userId))?.pending).toBe(1);
    expect(mail.sent.at(-1)?.text.replace(/\s+/g, " ")).toContain(
      `${first} is a draft, not a person to confirm`,
    );
  });
});
