import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { forwardToRebound, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// The role Rebound stores, through the Worker's email() handler, for each kind of role error:
// a tail after the title, an inclusive mark inside it, a title only in a forwarded block's
// subject, mail with no job in play, a referrer's sentence. Every firm and person is invented.

/** Jordan forwards from Apple Mail: the original's header block and body quoted with "> ". */
function appleMailForward(original: { from: string; subject: string; body: string[] }): string {
  const quoted = [
    `From: ${original.from}`,
    "Date: 3 December 2026 at 10:14:00 GMT",
    "To: Jordan Lee <jordan.lee@icloud.example>",
    `Subject: ${original.subject}`,
    "",
    ...original.body,
  ].map((l) => (l ? `> ${l}` : ">"));
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: Fwd: ${original.subject}`,
    "Date: Mon, 7 Dec 2026 09:12:00 +0100",
    `Message-ID: <${crypto.randomUUID()}@icloud.example>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    "Panel is set!",
    "",
    "Begin forwarded message:",
    "",
    ...quoted,
    "",
  ].join("\r\n");
}

/** Jordan forwards from a German Outlook: the original's header block under a rule, not quoted. */
function outlookForward(original: { from: string; subject: string; body: string[] }): string {
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: WG: ${original.subject}`,
    "Date: Mon, 7 Dec 2026 09:12:00 +0100",
    `Message-ID: <${crypto.randomUUID()}@outlook.example>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    "zur Info",
    "",
    "________________________________",
    `Von: ${original.from}`,
    "Gesendet: Donnerstag, 3. Dezember 2026 10:14",
    "An: Jordan Lee <jordan.lee@outlook.example>",
    `Betreff: ${original.subject}`,
    "",
    ...original.body,
    "",
  ].join("\r\n");
}

async function rolesAfter(raw: string): Promise<(string | null)[]> {
  const { userId, inbox } = await createJordan();
  await deliver(raw, { from: JORDAN.owner, to: inbox });
  return (await stored(userId)).roles;
}

describe("role through the Worker: tails and inclusive marks", () => {
  it("drops the interview's kind after the title's dash", async () => {
    const s = await forwardToRebound({
      from: "Brackwell <notifications@ats-mail.example>",
      subject: "Interview confirmed: Data Engineer (Streaming) – Brackwell",
      body: [
        "Hi Jordan,",
        "",
        "Your interview with Brackwell is confirmed.",
        "",
        "Data Engineer (Streaming) – Technical interview",
        "Monday, March 2, 2026",
        "10:00 AM – 11:00 AM CET",
        "",
        "Good luck!",
        "The Brackwell Team",
      ],
    });
    expect(s.roles).toEqual(["Data Engineer (Streaming)"]);
  });

  it("drops the brand after a Spanish rejection's title", async () => {
    const s = await forwardToRebound({
      from: "Grupo Ribera Talento <talento@gruporibera.example>",
      subject: "Actualización sobre tu candidatura",
      body: [
        "Hola Jordan:",
        "",
        "Gracias por tu participación en el proceso de selección para el puesto Platform Engineer en Marisma.",
        "",
        "Lamentablemente, la posición ha quedado en pausa y no podemos continuar con el proceso por el momento.",
        "",
        "Atentamente,",
        "Talento · Grupo Ribera",
      ],
    });
    expect(s.roles).toEqual(["Platform Engineer"]);
  });

  it("keeps a French title's inclusive head and its lower-case words", async () => {
    const s = await forwardToRebound({
      from: "Inès Marchal <ines@ondivia.example>",
      subject: "Premier échange",
      body: [
        "Bonjour Jordan,",
        "",
        "Ravie de faire votre connaissance. Comme convenu, on cherche un·e Ingénieur·e données senior pour reprendre notre entrepôt.",
        "Je vous propose un premier entretien en visio de 30 minutes jeudi à 17h.",
        "",
        "Inès",
      ],
    });
    expect(s.roles).toEqual(["Ingénieur·e données senior"]);
  });
});

describe("role through the Worker: a title only in a forwarded block's subject", () => {
  it("from Apple Mail, the step's subject names what it is for", async () => {
    const roles = await rolesAfter(
      appleMailForward({
        from: "Dana Orlov <dana.orlov@velmont.example>",
        subject: "Velmont: your onsite (virtual) for Staff Data Engineer, Streaming",
        body: [
          "Hi Jordan,",
          "",
          "I'm writing on behalf of the hiring manager to confirm your virtual onsite on Tuesday:",
          "",
          "13:00 – 13:45  System design",
          "13:55 – 14:40  Coding",
          "",
          "Google Meet links are in the calendar invites.",
          "",
          "Dana Orlov",
          "Recruiting Coordinator",
        ],
      }),
    );
    expect(roles).toEqual(["Staff Data Engineer, Streaming"]);
  });

  it("from Outlook, the step's subject names what it is for", async () => {
    const roles = await rolesAfter(
      outlookForward({
        from: "Karin Velde <karin.velde@quarrix.example>",
        subject: "Ihr Termin für Data Engineer (m/w/d) bei Quarrix",
        body: [
          "Hallo Herr Lee,",
          "",
          "gerne laden wir Sie zu einem Vorstellungsgespräch am Dienstag um 14:00 Uhr in unser Büro ein.",
          "",
          "Mit freundlichen Grüßen",
          "Karin Velde",
        ],
      }),
    );
    expect(roles).toEqual(["Data Engineer (m/w/d)"]);
  });
});

describe("role through the Worker: no title when no application is in play", () => {
  it("a welcome from the new manager keeps her signature's title out", async () => {
    const s = await forwardToRebound({
      from: "Irene Fjeldmark <irene.fjeldmark@greymoor.example>",
      subject: "Welcome aboard",
      note: "from my new boss!",
      body: [
        "Hi Jordan,",
        "",
        "Heard you signed this morning. Welcome to the team!",
        "",
        "Your first two weeks are mostly onboarding. See you in January.",
        "",
        "Irene",
        "",
        "--",
        "Irene Fjeldmark",
        "Engineering Manager, Data Platform",
        "Greymoor GmbH · Kastanienallee 12, 10435 Berlin",
      ],
    });
    expect(s.roles.filter((r) => r !== null)).toEqual([]);
  });

  it("a group's talent community after a process at a sister firm names no job", async () => {
    const s = await forwardToRebound({
      from: "Pia Kestrova <pia.kestrova@ambringroup.example>",
      subject: "Staying in touch",
      body: [
        "Hi Jordan,",
        "",
        "I'm one of the talent partners at Ambrin Group. I saw that the Data Engineer II process at Norrow didn't work out.",
        "",
        "With your permission, I'd like to add you to our talent community and keep your CV on file, so I can reach out when platform roles open across the group.",
        "",
        "Best,",
        "Pia",
        "",
        "Pia Kestrova",
        "Talent Partner · Ambrin Group",
      ],
    });
    expect(s.roles.filter((r) => r !== null)).toEqual([]);
  });
});

describe("role through the Worker: a referrer's sentence names the job", () => {
  it("reads the title the referrer writes", async () => {
    const s = await forwardToRebound({
      from: "Tomas Ambrin <tomas@quarrix.example>",
      subject: "Re: are you hiring?",
      note: "Tomas can refer me!",
      body: [
        "Jordan! Long time.",
        "",
        "Yes, we're hiring and I'd refer you in a heartbeat. The role is Senior Software Engineer, Payments Platform, in my org (Noor manages it).",
        "",
        "Send me your CV as a PDF and I'll submit the referral tonight.",
        "",
        "Tomas",
      ],
    });
    expect(s.roles).toEqual(["Senior Software Engineer, Payments Platform"]);
  });
});
