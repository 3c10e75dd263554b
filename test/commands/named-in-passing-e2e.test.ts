import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { gmailForward } from "../support/forwarding.ts";
import {
  fakeMailBinding,
  makeDraftsDue,
  personNumber,
  replyToDigest,
  sendDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

// Every name, company and address below is invented for these tests. A rejection names an
// interviewer only in passing: no contact, no draft, but the digest asks the user about them.

const SELMA = "selma.okonkwo@quillfern.example";

const REJECTION = {
  from: `Selma Okonkwo <${SELMA}>`,
  subject: "Your application for Data Analyst",
  body: [
    "Hi Jordan,",
    "",
    "Thank you for your time last week. The conversation with Tobias was strong, and we enjoyed meeting you.",
    "After careful consideration we have decided to move forward with another candidate for the Data Analyst role.",
    "",
    "Best wishes,",
    "Selma Okonkwo",
    "Talent Partner, Quillfern Analytics",
  ],
};

async function person(userId: string, name: string) {
  return env.DB.prepare(
    `SELECT id, pending, named_in_passing, kind, email FROM contacts
     WHERE user_id = ?1 AND name = ?2`,
  )
    .bind(userId, name)
    .first<{ id: string; pending: number; named_in_passing: number; kind: string }>();
}

async function draftsTo(userId: string, contactId: string) {
  const { results } = await env.DB.prepare(
    "SELECT kind, channel, state FROM drafts WHERE user_id = ?1 AND contact_id = ?2 ORDER BY kind",
  )
    .bind(userId, contactId)
    .all<{ kind: string; channel: string; state: string }>();
  return results;
}

async function heldFor(contactId: string) {
  const { results } = await env.DB.prepare(
    `SELECT json_extract(draft, '$.kind') AS kind, json_extract(draft, '$.channel') AS channel
     FROM held_follow_ups WHERE contact_id = ?1 ORDER BY kind`,
  )
    .bind(contactId)
    .all<{ kind: string; channel: string }>();
  return results;
}

/** Jordan forwards the rejection through email(); the next digest goes out. */
async function digestAskingAboutTobias() {
  const user = await createJordan(env.DB, { digestHour: 0 });
  const forwarded = await deliver(gmailForward(REJECTION), { from: JORDAN.owner, to: user.inbox });
  expect(forwarded.rejected).toBeNull();
  await makeDraftsDue(user.userId);
  const seeker = await sendDigest(user.userId, user.inbox);
  const tobias = await person(user.userId, "Tobias");
  if (!tobias) throw new Error("Tobias was not stored");
  const number = await personNumber(seeker, tobias.id);
  if (number === null) throw new Error("the digest did not number Tobias");
  return { seeker, tobias, number };
}

describe("a person named in passing: the digest asks instead of guessing", () => {
  it("stores them pending as an interviewer, drafts nothing to them, and the digest says who named them", async () => {
    const { seeker, tobias, number } = await digestAskingAboutTobias();
    expect(tobias).toMatchObject({ pending: 1, named_in_passing: 1, kind: "interviewer" });
    expect(await draftsTo(seeker.userId, tobias.id)).toEqual([]);
    // What an interviewer gets after a rejection waits with them: a LinkedIn note.
    expect((await heldFor(tobias.id)).map((h) => h.channel)).toContain("linkedin");
    // Selma, who wrote, is a contact with her drafts, as before.
    expect((await person(seeker.userId, "Selma Okonkwo"))?.pending).toBe(0);
    expect(seeker.items.some((i) => i.contact === "Selma Okonkwo")).toBe(true);
    expect(seeker.items.some((i) => i.contact === "Tobias")).toBe(false);
    const text = seeker.digestText.replace(/\s+/g, " ");
    expect(text).toContain("People to confirm");
    expect(text).toContain(
      `${number}. Tobias, named in Selma Okonkwo's email about Quillfern Analytics`,
    );
    expect(text).toContain("only named them in passing");
    expect(text).not.toMatch(/anyone can forge/);
  });

  it.each([
    [
      "de",
      "Hallo Jordan,",
      "Ihre Bewerbung",
      "vielen Dank für das Gespräch. Das Gespräch mit Tobias war sehr angenehm. Leider haben wir uns für eine andere Person entschieden.",
    ],
    [
      "fr",
      "Bonjour Jordan,",
      "Votre candidature",
      "Merci pour l'entretien. L'échange avec Tobias a été très apprécié. Nous avons toutefois retenu une autre candidature.",
    ],
    [
      "pt",
      "Olá Jordan,",
      "A sua candidatura",
      "Obrigada pela entrevista. A conversa com Tobias foi muito boa, mas decidimos avançar com outra pessoa.",
    ],
  ])(
    "%s: the digest asks about the interviewer the rejection names in passing",
    async (_lang, greeting, subject, line) => {
      const user = await createJordan(env.DB, { digestHour: 0 });
      const body = [greeting, "", line, "", "Selma Okonkwo", "Quillfern Analytics"];
      await deliver(gmailForward({ ...REJECTION, subject, body }), {
        from: JORDAN.owner,
        to: user.inbox,
      });
      await makeDraftsDue(user.userId);
      const seeker = await sendDigest(user.userId, user.inbox);
      const tobias = await person(user.userId, "Tobias");
      expect(tobias).toMatchObject({ pending: 1, named_in_passing: 1, kind: "interviewer" });
      expect(await draftsTo(user.userId, tobias?.id ?? "")).toEqual([]);
      expect(seeker.digestText.replace(/\s+/g, " ")).toMatch(
        /\d+\. Tobias, named in Selma Okonkwo's email/,
      );
    },
  );

  it("confirm N makes them a contact and drafts the note, which the next digest offers", async () => {
    const { seeker, tobias, number } = await digestAskingAboutTobias();
    const held = await heldFor(tobias.id);
    const mail = fakeMailBinding();
    const reply = await replyToDigest(seeker, `confirm ${number}`, mail.env);
    expect(reply.rejected).toBeNull();
    expect((await person(seeker.userId, "Tobias"))?.pending).toBe(0);
    const drafts = await draftsTo(seeker.userId, tobias.id);
    expect(drafts.map(({ kind, channel }) => ({ kind, channel }))).toEqual(held);
    expect(drafts.every((d) => d.state === "pending")).toBe(true);
    expect(await countRows("held_follow_ups", seeker.userId)).toBe(0);
    const confirmation = mail.sent.at(-1)?.text.replace(/\s+/g, " ") ?? "";
    expect(confirmation).toContain(
      `Tobias (Quillfern Analytics) (${number}): now one of your contacts.`,
    );
    expect(mail.attempts.every((m) => m.to.every((to) => to === JORDAN.owner))).toBe(true);

    await makeDraftsDue(seeker.userId);
    await env.DB.prepare("UPDATE digests SET local_date = '2020-01-01' WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    const next = await sendDigest(seeker.userId, seeker.inbox);
    expect(next.items.some((i) => i.contact === "Tobias")).toBe(true);
    expect(next.digestText).toMatch(/Hi Tobias/);
    expect(next.digestText).not.toContain("People to confirm");
  });

  it("not N removes them and what was held for them; Selma stays", async () => {
    const { seeker, tobias, number } = await digestAskingAboutTobias();
    const mail = fakeMailBinding();
    const reply = await replyToDigest(seeker, `not ${number}`, mail.env);
    expect(reply.rejected).toBeNull();
    expect(await person(seeker.userId, "Tobias")).toBeNull();
    expect(await heldFor(tobias.id)).toEqual([]);
    expect((await person(seeker.userId, "Selma Okonkwo"))?.pending).toBe(0);
    expect(mail.sent.at(-1)?.text.replace(/\s+/g, " ")).toContain(
      `Tobias (Quillfern Analytics) (${number}): removed`,
    );
  });

  it("only links someone named in passing who is already a contact at that company", async () => {
    const user = await createJordan(env.DB, { digestHour: 0 });
    const note = "Tobias Reinholt (tobias.reinholt@quillfern.example) ran my technical round.";
    await deliver(gmailForward({ ...REJECTION, subject: "Quillfern: next steps", note }), {
      from: JORDAN.owner,
      to: user.inbox,
    });
    const before = await countRows("contacts", user.userId);
    await deliver(gmailForward(REJECTION), { from: JORDAN.owner, to: user.inbox });
    expect(await countRows("contacts", user.userId)).toBe(before);
    const known = await person(user.userId, "Tobias Reinholt");
    expect(known?.pending).toBe(0);
    const links = await env.DB.prepare(
      "SELECT count(*) AS n FROM inbound_contacts WHERE contact_id = ?1",
    )
      .bind(known?.id)
      .first<{ n: number }>();
    expect(links?.n).toBe(2);
  });

  it.each([
    ["the user's own given name", "The conversation with Jordan was strong, the panel said."],
    [
      "a product with a person's shape",
      "Your profile stays in Quillfern Connect, and Connect will tell you about new roles.",
    ],
  ])("asks about nobody for %s", async (_label, line) => {
    const user = await createJordan(env.DB, { digestHour: 0 });
    const body = [...REJECTION.body];
    body.splice(2, 1, line);
    await deliver(gmailForward({ ...REJECTION, body }), { from: JORDAN.owner, to: user.inbox });
    const { results } = await env.DB.prepare(
      "SELECT name FROM contacts WHERE user_id = ?1 AND pending = 1",
    )
      .bind(user.userId)
      .all<{ name: string }>();
    expect(results).toEqual([]);
  });
});
