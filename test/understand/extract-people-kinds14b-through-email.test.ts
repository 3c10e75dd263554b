import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { attachedForward, gmailForward, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Through the Worker's email() handler, one message per kind of person fixed in round 14b: a
// directory's "Surname, Given" From written without quotes, an out-of-office's stand-in reached
// "via" an address, the person a robot's receipt gives the reader to turn to, and a surname that
// is also a greeting word; the guests a forwarded invitation lists as text; an outsider named in brackets as the one who spoke of the user. Every name, firm and address is invented.

/** Jordan's forward, as an attachment, of one original message. */
function forwardedAsAttachment(original: { from: string; subject: string; body: string }): string {
  const inner = [
    `From: ${original.from}`,
    `To: ${JORDAN.name} <${JORDAN.owner}>`,
    `Subject: ${original.subject}`,
    "Date: Mon, 7 Dec 2026 11:05:00 +0100",
    `Message-ID: <${crypto.randomUUID()}@mail.example>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    original.body,
    "",
  ].join("\r\n");
  return attachedForward(inner, { subject: original.subject, note: "fyi" });
}

async function storedAfter(original: { from: string; subject: string; body: string }) {
  const { userId, inbox } = await createJordan();
  await deliver(forwardedAsAttachment(original), { from: JORDAN.owner, to: inbox });
  return stored(userId);
}

describe("email(): people kinds of round 14b", () => {
  it("stores a sender whose directory From is unquoted ('Kessler, Ines <…>') once, with her address", async () => {
    const s = await storedAfter({
      from: "Kessler, Ines <ines.kessler@lindgrat.example>",
      subject: "Ihre Bewerbung als Data Engineer (m/w/d)",
      body: [
        "Hallo Jordan,",
        "",
        "vielen Dank für das Gespräch. Leider haben wir uns für eine andere Kandidatin entschieden.",
        "",
        "Viele Grüße",
        "Ines Kessler",
        "Talent Acquisition, Lindgrat GmbH",
      ].join("\n"),
    });
    expect(s.contacts).toEqual([{ name: "Ines Kessler", email: "ines.kessler@lindgrat.example" }]);
    for (const d of s.drafts) expect(d.name).toBe("Ines Kessler");
  });

  it("stores the stand-in an out-of-office gives 'via' an address for the application", async () => {
    const s = await storedAfter({
      from: "Brook, Talia <talia.brook@quarnby.example>",
      subject: "Automatic reply: Thank you for Friday",
      body: [
        "Thank you for your message. I am out of the office until 4 January.",
        "",
        "For questions about an ongoing application, please contact Omar Haddad via omar.haddad@quarnby.example.",
        "",
        "Kind regards,",
        "Talia Brook",
        "Engineering Manager, Quarnby",
      ].join("\n"),
    });
    expect(s.contacts).toContainEqual({
      name: "Omar Haddad",
      email: "omar.haddad@quarnby.example",
    });
    expect(s.contacts).toContainEqual({
      name: "Talia Brook",
      email: "talia.brook@quarnby.example",
    });
  });

  it("keeps the person a robot's receipt gives the reader ('est là pour vous') with no address and no draft", async () => {
    const s = await storedAfter({
      from: "Maison Vellard <no-reply@ats-mailer.example>",
      subject: "Votre candidature au poste de Developpeur Backend",
      body: [
        "Bonjour Jordan,",
        "",
        "Nous avons bien reçu votre candidature au poste de Développeur Backend chez Maison Vellard.",
        "",
        "Pour toute question sur votre candidature, Camille Renaudat de notre équipe recrutement est là pour vous.",
        "Merci de ne pas répondre à cet e-mail.",
        "",
        "L'équipe recrutement de Maison Vellard",
      ].join("\n"),
    });
    expect(s.contacts).toEqual([{ name: "Camille Renaudat", email: null }]);
    expect(s.drafts).toEqual([]);
  });

  it("stores 'Anna Best' <anna@…> under her full name, not the first name her mailbox spells", async () => {
    const s = await storedAfter({
      from: "Anna Best <anna@korvane.example>",
      subject: "Your application for Platform Engineer",
      body: [
        "Hi Jordan,",
        "",
        "thank you for your time last week. We have decided to move forward with another candidate.",
        "",
        "All the best,",
        "Anna",
        "",
        "Anna Best",
        "Head of Platform, Korvane",
      ].join("\n"),
    });
    expect(s.contacts).toEqual([{ name: "Anna Best", email: "anna@korvane.example" }]);
    for (const d of s.drafts) expect(d.name).toBe("Anna Best");
  });

  it("keeps no contact for an investor named in brackets who only mentioned the user", async () => {
    const s = await storedAfter({
      from: "Tomasz Wielgosz <tomasz@halvard.example>",
      subject: "Re: Founding engineer at Halvard",
      body: [
        "Hi Jordan,",
        "",
        "thanks for writing. Kaia (Morrow, our lead investor at Elmstead) had also mentioned your name, so I'd love to do a first interview.",
        "Does Tuesday at 15:00 work for a 45-minute video call?",
        "",
        "Best,",
        "Tomasz",
        "",
        "Tomasz Wielgosz",
        "Co-founder, Halvard",
      ].join("\n"),
    });
    expect(s.contacts).toEqual([{ name: "Tomasz Wielgosz", email: "tomasz@halvard.example" }]);
    for (const d of s.drafts) expect(d.name).toBe("Tomasz Wielgosz");
  });

  it("stores the guests a forwarded invitation lists as text, with the address a row gives", async () => {
    const { userId, inbox } = await createJordan();
    const raw = gmailForward({
      from: "Paula Grieve <paula.grieve@brennholt.example>",
      subject:
        "Invitation: Panel interview: Data Engineer - Jordan Lee @ Thu Dec 17, 2026 2pm - 3pm",
      body: [
        "Paula Grieve has invited you to a meeting",
        "",
        "Panel interview: Data Engineer - Jordan Lee",
        "Thursday Dec 17, 2026 2:00pm - 3:00pm",
        "",
        "Guests",
        "Paula Grieve - organizer",
        "nils.okafor@brennholt.example",
        "Mei Tanaka",
        "jordan.lee@gmail.com",
        "",
        "Hi Jordan, Nils and Mei will each take half an hour. - Paula",
        "",
        "Invitation from Google Calendar",
      ],
    });
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    const s = await stored(userId);
    expect(s.contacts).toEqual(
      expect.arrayContaining([
        { name: "Paula Grieve", email: "paula.grieve@brennholt.example" },
        { name: "Nils Okafor", email: "nils.okafor@brennholt.example" },
        { name: "Mei Tanaka", email: null },
      ]),
    );
    expect(s.contacts).toHaveLength(3);
  });
});
