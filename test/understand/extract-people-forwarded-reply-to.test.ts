import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { unwrapForward } from "../../src/understand/mail/unwrap-forward.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "../support/users.ts";

// An inline forward's header block may carry a "Reply-To:" row: an ATS relays the mail from
// its own no-reply address and answers go to the recruiter. That row is the only place her
// address appears. Every name, firm and sentence below is invented for these tests.

interface Block {
  from: string;
  date: string;
  to: string;
  replyTo: string;
  subject: string;
}

/** Each language's labels as its mail clients print them. */
const LABELS: Record<string, Block> = {
  en: { from: "From", date: "Date", to: "To", replyTo: "Reply-To", subject: "Subject" },
  de: { from: "Von", date: "Gesendet", to: "An", replyTo: "Antwort an", subject: "Betreff" },
  fr: { from: "De", date: "Envoyé", to: "À", replyTo: "Répondre à", subject: "Objet" },
  es: { from: "De", date: "Enviado", to: "Para", replyTo: "Responder a", subject: "Asunto" },
  nl: { from: "Van", date: "Verzonden", to: "Aan", replyTo: "Antwoord aan", subject: "Onderwerp" },
  it: { from: "Da", date: "Inviato", to: "A", replyTo: "Rispondi a", subject: "Oggetto" },
  pt: { from: "De", date: "Data", to: "Para", replyTo: "Responder para", subject: "Assunto" },
};

/** A short decision in each language, signed by the recruiter. */
const BODIES: Record<string, string> = {
  en: "Hi Jordan,\n\nThank you for your time. We have decided to move forward with another candidate for the Planner role.\n\nBest,\nGreta Vallorn\nRecruiter, Quillmere",
  de: "Hallo Jordan,\n\nvielen Dank für Ihre Zeit. Wir haben uns leider für eine andere Kandidatin entschieden.\n\nViele Grüße\nGreta Vallorn\nRecruiterin, Quillmere",
  fr: "Bonjour Jordan,\n\nMerci pour votre temps. Nous avons décidé de poursuivre avec une autre candidature.\n\nCordialement,\nGreta Vallorn\nRecruteuse, Quillmere",
  es: "Hola Jordan,\n\nGracias por tu tiempo. Hemos decidido continuar con otra candidatura.\n\nSaludos,\nGreta Vallorn\nReclutadora, Quillmere",
  nl: "Hoi Jordan,\n\nBedankt voor je tijd. We hebben besloten verder te gaan met een andere kandidaat.\n\nMet vriendelijke groet,\nGreta Vallorn\nRecruiter, Quillmere",
  it: "Ciao Jordan,\n\ngrazie per il tuo tempo. Abbiamo deciso di proseguire con un'altra candidatura.\n\nCordiali saluti,\nGreta Vallorn\nRecruiter, Quillmere",
  pt: "Olá Jordan,\n\nobrigada pelo seu tempo. Decidimos seguir com outra candidatura.\n\nAtenciosamente,\nGreta Vallorn\nRecrutadora, Quillmere",
};

const RECRUITER = "greta.vallorn@quillmere.example";

/** How each client sets the block apart: a separator line, quoting, or nothing at all. */
const CLIENTS: Record<string, (header: string[], body: string) => string[]> = {
  gmail: (header, body) => ["---------- Forwarded message ---------", ...header, "", body],
  "apple mail": (header, body) => [
    "Begin forwarded message:",
    "",
    ...[...header, "", ...body.split("\n")].map((l) => (l ? `> ${l}` : ">")),
  ],
  outlook: (header, body) => ["________________________________", ...header, "", body],
};

async function forwardOf(client: string, language: string, replyTo: string): Promise<string> {
  const l = LABELS[language] as Block;
  const header = [
    `${l.from}: Quillmere <no-reply@ats-relay.example>`,
    `${l.date}: 3 December 2026 10:14`,
    `${l.to}: Jordan Lee <jordan.lee@gmail.com>`,
    `${l.replyTo}: ${replyTo}`,
    `${l.subject}: Planner`,
  ];
  const text = [
    "Sad but fine.",
    "",
    ...(CLIENTS[client] as (h: string[], b: string) => string[])(
      header,
      BODIES[language] as string,
    ),
  ];
  return [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Planner",
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <fwd-reply-to@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    ...text,
  ].join("\r\n");
}

const CASES = Object.keys(CLIENTS).flatMap((client) =>
  Object.keys(LABELS).map((language) => [client, language] as const),
);

describe("a forwarded header block's Reply-To row is kept", () => {
  it.each(CASES)("%s, %s: the row is read", async (client, language) => {
    const email = await parseEmail(
      new TextEncoder().encode(await forwardOf(client, language, RECRUITER)),
    );
    expect(unwrapForward(email).original.replyTo.map((m) => m.address)).toEqual([RECRUITER]);
  });

  it.each(CASES)(
    "%s, %s: the relayed recruiter gets the address answers go to",
    async (client, language) => {
      const email = await parseEmail(
        new TextEncoder().encode(await forwardOf(client, language, RECRUITER)),
      );
      const { contacts } = understandEmail(email, JORDAN_SELF).understanding;
      expect(contacts.map((c) => [c.name, c.email])).toEqual([["Greta Vallorn", RECRUITER]]);
    },
  );

  it.each(Object.keys(LABELS))(
    "%s: a shared team Reply-To gives the recruiter no address",
    async (language) => {
      const email = await parseEmail(
        new TextEncoder().encode(await forwardOf("gmail", language, "careers@quillmere.example")),
      );
      const { contacts } = understandEmail(email, JORDAN_SELF).understanding;
      expect(contacts.map((c) => [c.name, c.email])).toEqual([["Greta Vallorn", null]]);
    },
  );
});
