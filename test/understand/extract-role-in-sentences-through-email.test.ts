import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { forwardToRebound, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// The role Rebound stores, through the Worker's email() handler, for each kind of role error in
// mail that people write: a title inside a sentence, a compound with the position noun, a
// parenthesis the sentence added, the papers a subject names, a title someone holds, the
// user's note, two jobs named, a newsletter. Every firm and person is invented.

/** Jordan forwards from a localised Outlook: the original's header block under a rule. */
function outlookForward(
  labels: { fw: string; from: string; sent: string; to: string; subject: string },
  original: { from: string; subject: string; body: string[] },
): string {
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: ${labels.fw}: ${original.subject}`,
    "Date: Mon, 7 Dec 2026 09:12:00 +0100",
    `Message-ID: <${crypto.randomUUID()}@outlook.example>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    "",
    "________________________________",
    `${labels.from}: ${original.from}`,
    `${labels.sent}: Donnerstag, 3. Dezember 2026 10:14`,
    `${labels.to}: Jordan Lee <jordan.lee@outlook.example>`,
    `${labels.subject}: ${original.subject}`,
    "",
    ...original.body,
    "",
  ].join("\r\n");
}
const GERMAN_OUTLOOK = { fw: "WG", from: "Von", sent: "Gesendet", to: "An", subject: "Betreff" };
const FRENCH_OUTLOOK = { fw: "TR", from: "De", sent: "Envoyé", to: "À", subject: "Objet" };

async function rolesAfter(raw: string): Promise<(string | null)[]> {
  const { userId, inbox } = await createJordan();
  await deliver(raw, { from: JORDAN.owner, to: inbox });
  return (await stored(userId)).roles;
}

describe("role through the Worker: a title written in a sentence", () => {
  it("reads a Portuguese title after 'a vaga de' up to the next lower-case word", async () => {
    const s = await forwardToRebound({
      from: "Nuno Barros <nuno.barros@girassol.example>",
      subject: "Retorno do processo",
      body: [
        "Olá Jordan,",
        "",
        "obrigado pelo seu tempo nas entrevistas para a vaga de Engenheiro de Dados Sénior na nossa equipa de plataforma. Infelizmente optámos por outro candidato.",
        "",
        "Cumprimentos,",
        "Nuno Barros",
        "Girassol",
      ],
    });
    expect(s.roles).toEqual(["Engenheiro de Dados Sénior"]);
  });

  it("reads the English title a German founder couples to 'Stelle'", async () => {
    const roles = await rolesAfter(
      outlookForward(GERMAN_OUTLOOK, {
        from: "Greta Sommerfeld <greta@kranbau.example>",
        subject: "Kurzes Update",
        body: [
          "Hallo Jordan,",
          "",
          "die Product-Engineer-Stelle haben wir letzte Woche intern besetzt. Ich hätte es dir früher sagen sollen.",
          "",
          "Viele Grüße",
          "Greta",
          "Gründerin, Kranbau",
        ],
      }),
    );
    expect(roles).toEqual(["Product Engineer"]);
  });
});

describe("role through the Worker: a title wrapped in a quoted forward", () => {
  it("reads the title across Apple Mail's quoted line break", async () => {
    const quoted = [
      "From: Ilse Wouters <ilse.wouters@dijkstroom.example>",
      "Date: 3 December 2026 at 10:14:00 GMT",
      "To: Jordan Lee <jordan.lee@icloud.example>",
      "Subject: Je sollicitatie",
      "",
      "Hoi Jordan,",
      "",
      "Dank je wel voor de fijne gesprekken. We hebben na lang",
      "twijfelen besloten om voor de functie van Senior Backend",
      "Developer verder te gaan met een andere kandidaat.",
      "",
      "Groet,",
      "Ilse",
    ].map((l) => (l ? `> ${l}` : ">"));
    const roles = await rolesAfter(
      [
        `From: Jordan Lee <${JORDAN.owner}>`,
        "To: jobs@jordanlee.dev",
        "Subject: Fwd: Je sollicitatie",
        "Date: Mon, 7 Dec 2026 09:12:00 +0100",
        `Message-ID: <${crypto.randomUUID()}@icloud.example>`,
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        "jammer",
        "",
        "Begin forwarded message:",
        "",
        ...quoted,
        "",
      ].join("\r\n"),
    );
    expect(roles).toEqual(["Senior Backend Developer"]);
  });
});

describe("role through the Worker: what the sentence or the subject adds", () => {
  it("drops the civil-service category a French letter puts after the title", async () => {
    const roles = await rolesAfter(
      outlookForward(FRENCH_OUTLOOK, {
        from: "Claire Moreau <claire.moreau@brumaire.example>",
        subject: "Votre candidature",
        body: [
          "Madame,",
          "",
          "Nous accusons réception de votre candidature au poste de Gestionnaire de paie (catégorie C) au sein de la Direction des ressources humaines.",
          "",
          "Après examen, nous ne pouvons pas y donner une suite favorable.",
          "",
          "Claire Moreau",
          "Chargée de recrutement, Brumaire",
        ],
      }),
    );
    expect(roles).toEqual(["Gestionnaire de paie"]);
  });

  it("drops the papers a German out-of-office subject names before the title", async () => {
    const roles = await rolesAfter(
      outlookForward(GERMAN_OUTLOOK, {
        from: "Greta Sommerfeld <greta@kranbau.example>",
        subject: "Automatische Antwort: Unterlagen Data Engineer (m/w/d)",
        body: [
          "Vielen Dank für Ihre Nachricht.",
          "",
          "Ich bin bis einschließlich 22. August nicht im Büro. Bei Fragen zu Bewerbungen wenden Sie sich bitte an karriere@kranbau.example.",
          "",
          "Greta Sommerfeld",
          "Kranbau GmbH",
        ],
      }),
    );
    expect(roles.filter((r) => r !== null)).toEqual(["Data Engineer (m/w/d)"]);
  });
});

describe("role through the Worker: a title someone holds", () => {
  it("keeps the Spanish writer's own title out", async () => {
    const s = await forwardToRebound({
      from: "Paula Ibarra <paula.ibarra@sierpe.example>",
      subject: "Tu proceso con Sierpe",
      body: [
        "Hola Jordan,",
        "",
        "como Engineering Manager del equipo quería escribirte yo misma: al final hemos elegido a otra persona para este puesto.",
        "",
        "Un abrazo,",
        "Paula",
      ],
    });
    expect(s.roles.filter((r) => r !== null)).toEqual([]);
  });
});

describe("role through the Worker: the user's note", () => {
  it("reads the job from Jordan's note when the mail names none", async () => {
    const s = await forwardToRebound({
      from: "Maya Corrigan <maya@keelwright.example>",
      subject: "Update",
      note: "this was for the Staff Data Engineer role :(",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for your time last week. We've decided to move forward with other candidates.",
        "",
        "Best,",
        "Maya Corrigan",
        "Keelwright",
      ],
    });
    expect(s.roles).toEqual(["Staff Data Engineer"]);
  });
});

describe("role through the Worker: two jobs named", () => {
  it("takes the one the referrer singles out", async () => {
    const s = await forwardToRebound({
      from: "Ilse Wouters <ilse.wouters@keelwright.example>",
      subject: "Re: long time!",
      note: "Ilse can refer me",
      body: [
        "Jordan! So good to hear from you.",
        "",
        "We're hiring quite a bit at Keelwright. There's a Staff Engineer, Ledger role and a Principal Engineer, Risk Platforms role on my side of the org. Honestly the Principal one is the better fit for you.",
        "",
        "Want me to refer you?",
        "",
        "Ilse",
      ],
    });
    expect(s.roles).toEqual(["Principal Engineer, Risk Platforms"]);
  });
});

describe("role through the Worker: a newsletter", () => {
  it("names no job in play when it greets its readers", async () => {
    const s = await forwardToRebound({
      from: "Ondina Dev <news@ondina.example>",
      subject: "Ondina Dev – novembre",
      note: "fyi",
      body: [
        "Ciao a tutti,",
        "",
        "questo mese parliamo di Rust e microservizi. E cerchiamo un Data Engineer per il nostro team!",
        "",
        "A presto,",
        "Ondina Dev",
      ],
    });
    expect(s.roles.filter((r) => r !== null)).toEqual([]);
  });
});
