import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { forwardToRebound, gmailForward, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Every name, firm and address below is invented for these tests. Each case goes through the
// Worker's email() handler: who is stored as a contact, and who any draft is addressed to.

const sorted = (xs: (string | null)[]) =>
  [...xs].sort((a, b) => String(a).localeCompare(String(b)));

/** The drafts that would be emailed (LinkedIn notes need no address). */
const emailed = (s: Awaited<ReturnType<typeof stored>>) =>
  s.drafts.filter((d) => d.kind !== "linkedin_note");

describe("no draft goes to the back office that only sends the papers", () => {
  it.each<[string, string, string[]]>([
    [
      "en",
      "Offer - Platform Engineer",
      [
        "Hi Jordan,",
        "",
        "We're delighted to offer you the Platform Engineer role: €82,000 base, starting in February.",
        "",
        "The contract follows tomorrow: Greta Brandt from our legal team will send it for signature.",
        "",
        "Maren Holt",
        "Head of Platform, Brindlecoe",
      ],
    ],
    [
      "de",
      "Angebot - Platform Engineer",
      [
        "Hallo Jordan,",
        "",
        "wir freuen uns, Ihnen die Stelle als Platform Engineer anzubieten: 82.000 € brutto, Start im Februar.",
        "",
        "Den Vertrag schickt Ihnen morgen Petra Lorenz aus der Personalabteilung.",
        "",
        "Maren Holt",
        "Head of Platform, Brindlecoe",
      ],
    ],
  ])("%s: only the hiring manager is stored and written to", async (_, subject, body) => {
    const s = await forwardToRebound({
      from: "Maren Holt <maren.holt@brindlecoe.example>",
      subject,
      note: "Offer!!",
      body,
    });
    expect(s.contacts).toEqual([{ name: "Maren Holt", email: "maren.holt@brindlecoe.example" }]);
    for (const d of s.drafts) expect(d.name).toBe("Maren Holt");
  });
});

describe("a sender shown by initials or a nickname is stored by the full name, at their address", () => {
  it("drafts to the recruiter the user's note names in full, at the initials' address", async () => {
    const s = await forwardToRebound({
      from: "M. K. Adeyemi <mk@tessaline.example>",
      subject: "Tessaline - Platform Engineer",
      note: "Sigh. MK = Morayo Adeyemi, the recruiter I spoke to first.",
      body: [
        "Hi Jordan,",
        "",
        "Thank you for spending time with the team. We have decided to move forward with another candidate for the Platform Engineer role.",
        "",
        "All the best,",
        "MK",
      ],
    });
    expect(s.contacts).toEqual([{ name: "Morayo Adeyemi", email: "mk@tessaline.example" }]);
    expect(emailed(s).length).toBeGreaterThan(0);
    for (const d of emailed(s)) expect(d.email).toBe("mk@tessaline.example");
  });

  it("stores the referrer by the name the '--' block under her nickname gives", async () => {
    const s = await forwardToRebound({
      from: "Basti Krüger <basti@halvard.example>",
      subject: "Re: sucht ihr noch?",
      note: "Basti empfiehlt mich!",
      body: [
        "Hey Jordan!",
        "",
        "Ja, wir suchen, und ich empfehle dich gern intern für die Stelle als Senior Data Engineer. Schick mir einfach deinen Lebenslauf.",
        "",
        "Basti",
        "",
        "--",
        "Sebastian Krüger",
        "Staff Engineer · Halvard",
      ],
    });
    expect(s.contacts).toEqual([{ name: "Sebastian Krüger", email: "basti@halvard.example" }]);
    for (const d of s.drafts) expect(d.name).toBe("Sebastian Krüger");
  });
});

describe("a sender whose display name the readers could not parse is still stored", () => {
  it("keeps an agency recruiter with an Irish surname, at his address", async () => {
    const s = await forwardToRebound({
      from: "Tadhg Ó hAodha <tadhg@brightsearch.example>",
      subject: "Lead Platform Engineer | fintech | Dublin",
      note: "another one, logging it",
      body: [
        "Hi Jordan,",
        "",
        "I'm exclusively partnered with a fintech hiring a Lead Platform Engineer. Would you be open to a quick call this week?",
        "",
        "Best regards,",
        "",
        "Tadhg Ó hAodha",
        "Senior Consultant",
        "Bright Search",
      ],
    });
    expect(s.contacts).toEqual([{ name: "Tadhg Ó hAodha", email: "tadhg@brightsearch.example" }]);
  });
});

describe("the referee the user's note names is stored", () => {
  it("keeps her by name beside the one who wrote, and drafts to no one else", async () => {
    const s = await forwardToRebound({
      from: "Tobias Engel <tobias.engel@copperfield.example>",
      subject: "Re: Favour to ask",
      note: "Tobias (my old manager) says yes to being my reference. Second reference is Greta.",
      body: [
        "J,",
        "",
        "Of course, put me down as a reference. I'll fill in their form this weekend.",
        "",
        "Tobias Engel",
      ],
    });
    expect(sorted(s.contacts.map((c) => c.name))).toEqual(["Greta", "Tobias Engel"]);
    for (const d of s.drafts) expect(["Greta", "Tobias Engel"]).toContain(d.name);
  });
});

describe("a friend's note about the weekend adds no one", () => {
  const FRIEND = "robin@kestrelpost.example";

  it("stores no one it names and plans nothing from it", async () => {
    const { userId, inbox, contactInbox } = await createJordan();
    // Robin tipped the user off about a role once, so she is a contact who may write in.
    await deliver(
      gmailForward({
        from: `Robin Okafor <${FRIEND}>`,
        subject: "Role at Copperfield",
        note: "Robin's tip, thanks Robin",
        body: [
          "Hi Jordan,",
          "",
          "Copperfield is hiring a Platform Engineer and I'd be happy to refer you. Send me your CV?",
          "",
          "Robin",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const draftsBefore = await countRows("drafts", userId);
    const contactsBefore = (await stored(userId)).contacts;

    const message = await deliver(
      [
        `From: Robin Okafor <${FRIEND}>`,
        `To: ${contactInbox}`,
        "Subject: saturday??",
        "Date: Sat, 12 Dec 2026 13:27:09 +0100",
        `Message-ID: <${crypto.randomUUID()}@kestrelpost.example>`,
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "",
        "hey you,",
        "",
        "saturday at ours? Ravi Menon from next door is cooking with Sunita Rao, 7ish. bring whoever.",
        "",
        "also can you return my camping stove at some point, no rush",
        "",
        "R",
        "",
      ].join("\r\n"),
      { from: FRIEND, to: contactInbox },
    );
    expect(message.rejected).toBeNull();
    const after = await stored(userId);
    expect(after.contacts).toEqual(contactsBefore);
    expect(after.contacts.map((c) => c.name)).not.toContain("Ravi Menon");
    expect(await countRows("drafts", userId)).toBe(draftsBefore);
    const reply = await env.DB.prepare(
      "SELECT category FROM inbound_messages WHERE user_id = ?1 AND route = 'reply'",
    )
      .bind(userId)
      .first<{ category: string }>();
    expect(reply?.category).toBe("other");
  });
});

describe("the human who signs a robot's mail is stored, with no address to write to", () => {
  it("keeps the coordinator who signs with her title in brackets, and emails no robot", async () => {
    const s = await forwardToRebound({
      from: "Mossgate Recruiting <no-reply@mail.teamtailor.com>",
      subject: "Your application to Mossgate",
      note: "meh",
      body: [
        "Hi Jordan,",
        "",
        "Thank you for applying to be our next Developer Advocate. Unfortunately we won't be taking your application further.",
        "",
        "Best,",
        "Jess (Recruiting Coordinator)",
        "Mossgate",
      ],
    });
    expect(s.contacts).toEqual([{ name: "Jess", email: null }]);
    for (const d of emailed(s)) expect(d.email).toBeNull();
  });
});
