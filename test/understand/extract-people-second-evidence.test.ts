import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { type ExtractInput, extractDetails } from "../../src/understand/extract-details.ts";
import type { Mailbox } from "../../src/understand/mail/parsed-email.ts";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests. Each row is a kind of
// name that one weak place alone would have made a contact, and, beside it where it matters,
// the same name with the second piece of evidence that makes it one.

const SELF = {
  addresses: ["jordan.lee@gmail.com", "jordan@jordanlee.dev"],
  names: ["Jordan Lee"],
};

const mb = (name: string, address: string | null): Mailbox => ({ name, address });

interface Case {
  from: Mailbox;
  replyTo?: Mailbox[];
  text: string;
  category: Category;
  forwarded?: boolean;
}

function contacts(c: Case): [string | null, string | null][] {
  const input: ExtractInput = {
    original: {
      from: c.from,
      to: [mb("Jordan Lee", "jordan.lee@gmail.com")],
      cc: [],
      replyTo: [],
      subject: "Your application",
      date: null,
      body: c.text,
    },
    replyTo: c.replyTo ?? [],
    newest: c.text,
    note: "",
    category: c.category,
    self: SELF,
    invitation: undefined,
    forwarded: c.forwarded ?? true,
  };
  return extractDetails(input)
    .contacts.map((p): [string | null, string | null] => [p.name, p.email])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe("a name from one weak place needs a second piece of evidence", () => {
  it.each<[string, Case, [string | null, string | null][]]>([
    [
      "a relay's display name that the message never uses",
      {
        from: mb("Nora Holloway", "no-reply@hire.lever.co"),
        text: "Hi Jordan,\n\nWe have decided to continue with other applicants.\n\nKestrel Foods Recruiting",
        category: "rejection",
      },
      [],
    ],
    [
      "a relay's display name that the message signs by first name",
      {
        from: mb("Nora Holloway", "no-reply@hire.lever.co"),
        text: "Hi Jordan,\n\nWe have decided to continue with other applicants.\n\nNora\nKestrel Foods Recruiting",
        category: "rejection",
      },
      [["Nora Holloway", null]],
    ],
    [
      "a firm with a person's shape on a relay, written whole in the sentences",
      {
        from: mb("Milo Fairweather", "notifications@smartrecruiters.com"),
        text: "Dear Jordan,\n\nThank you for applying to Milo Fairweather. Milo Fairweather has decided not to proceed.\n\nKind regards,\nRecruitment",
        category: "rejection",
      },
      [],
    ],
    [
      "a relay's display name that signs alone on the last line",
      {
        from: mb("Nora Holloway", "no-reply@hire.lever.co"),
        text: "Hi Jordan,\n\nYour technical test is ready; you have a week to send it back.\n\nNora Holloway",
        category: "interview_invite",
      },
      [["Nora Holloway", null]],
    ],
    [
      "a relay that says a member wrote ('via LinkedIn')",
      {
        from: mb("Nora Holloway via LinkedIn", "inmail-hit-reply@linkedin.com"),
        text: "Hi Jordan,\n\nI am hiring a platform engineer at Kestrel Foods. Open to a chat?\n\nReply\nView profile",
        category: "other",
        forwarded: false,
      },
      [["Nora Holloway", null]],
    ],
    [
      "a firm with a person's shape, on the relay and after the signer's title",
      {
        from: mb("Maëlle Couture", "no-reply@hire.lever.co"),
        text: "Bonjour Jordan,\n\nNous avons retenu un autre profil.\n\nBien cordialement,\nAnouk Besnard\nTalent Acquisition – Maëlle Couture",
        category: "rejection",
      },
      [["Anouk Besnard", null]],
    ],
    [
      "a building before its town and postcode under a team's sign-off",
      {
        from: mb("Kestrel Foods Careers", "noreply@kestrelfoods.example"),
        text: "Dear Jordan,\n\nWe have received your application.\n\nKind regards,\nPeople Team\nKestrel Foods plc\nMorton House, Preston PR1 2QT",
        category: "application_received",
      },
      [],
    ],
    [
      "a building before its town, a building word closing it",
      {
        from: mb("Kestrel Foods Careers", "noreply@kestrelfoods.example"),
        text: "Dear Jordan,\n\nWe have received your application.\n\nKind regards,\nPeople Team\nKestrel Foods\nHolly Tower, Sheffield",
        category: "application_received",
      },
      [],
    ],
    [
      "a square before a town and its state's code, on the firm's line",
      {
        from: mb("Kestrel Foods Careers", "careers@kestrelfoods.example"),
        text: "Dear Jordan,\n\nWe will not move forward.\n\nBest,\nTalent Acquisition Team\nKestrel Foods | Morgan Square, Dayton OH",
        category: "rejection",
      },
      [],
    ],
    [
      "an agency's directors on its registration line, under a firm's sign-off",
      {
        from: mb("Kite Talent", "jobs@kitetalent.example"),
        text: "Hi Jordan,\n\nYour CV is with our consultant now.\n\nThanks,\nKite Talent\nRegistered in Scotland. Directors: Rowan Blair, Isla Munro",
        category: "application_received",
      },
      [],
    ],
    [
      "the candidate chosen instead of the user",
      {
        from: mb("Tobias Renner", "tobias.renner@kestrelfoods.example"),
        text: "Hi Jordan,\n\nIn the end we went with Noor Haddad, an internal candidate. Thank you for your time.\n\nTobias Renner",
        category: "rejection",
      },
      [["Tobias Renner", "tobias.renner@kestrelfoods.example"]],
    ],
    [
      "the candidate chosen instead of the user, in German",
      {
        from: mb("Tobias Renner", "tobias.renner@kestrelfoods.example"),
        text: "Hallo Jordan,\n\nwir haben uns für Lea Becker entschieden.\n\nViele Grüße\nTobias Renner",
        category: "rejection",
      },
      [["Tobias Renner", "tobias.renner@kestrelfoods.example"]],
    ],
    [
      "a founder quoted for a saying",
      {
        from: mb("Kestrel Foods Careers", "careers@kestrelfoods.example"),
        text: "Dear Jordan,\n\nWe will not take your application further. As our founder Imogen Tate likes to say, every no is a not yet.\n\nKestrel Foods Talent",
        category: "rejection",
      },
      [],
    ],
    [
      "a founder quoted for a saying, in Spanish",
      {
        from: mb("Kestrel Foods", "no-reply@teamtailor.com"),
        text: "Hola Jordan,\n\nGracias por tu candidatura. Como dice nuestra fundadora, Lucía Romero, las personas van primero.\n\nEl equipo de Kestrel Foods",
        category: "application_received",
      },
      [],
    ],
    [
      "someone who has left the team, named as history",
      {
        from: mb("Tobias Renner", "tobias.renner@kestrelfoods.example"),
        text: "Hi Jordan,\n\nThe opening dates from when Carmen Ibarra left the team in spring; we have now closed it.\n\nTobias Renner",
        category: "rejection",
      },
      [["Tobias Renner", "tobias.renner@kestrelfoods.example"]],
    ],
    [
      "a colleague's story in an acknowledgement nobody signs",
      {
        from: mb("Kestrel Foods", "no-reply@greenhouse.io"),
        text: "Hi Jordan,\n\nThanks for applying! While you wait, read how Maria Lopez grew from intern to principal engineer with us.\n\nKestrel Foods Talent",
        category: "application_received",
      },
      [],
    ],
    [
      "the hiring manager an acknowledgement names in passing with a title",
      {
        from: mb("Kestrel Foods", "no-reply@greenhouse.io"),
        text: "Hi Jordan,\n\nThanks for applying! Our hiring manager, Esther Abara, will read every application.\n\nKestrel Foods Talent",
        category: "application_received",
      },
      [],
    ],
    [
      "a friend's mail about no job that arrived as it was sent",
      {
        from: mb("Tessa Marlow", "tessa.marlow@icloud.example"),
        text: "hey! still on for the climbing gym Thursday? Dan might join too.\n\nT",
        category: "other",
        forwarded: false,
      },
      [],
    ],
    [
      "the same kind of mail forwarded by the user, who chose it",
      {
        from: mb("Tessa Marlow", "tessa.marlow@icloud.example"),
        text: "hey! great seeing you at the meetup. lunch in January?\n\nTessa",
        category: "other",
        forwarded: true,
      },
      [["Tessa Marlow", "tessa.marlow@icloud.example"]],
    ],
    [
      "full names on a line that labels them the interviewers",
      {
        from: mb("Kestrel Foods Talent Acquisition", "kestrelfoods@myworkday.com"),
        text: "Hallo Jordan,\n\nIhr Vorstellungsgespräch ist bestätigt.\n\nGesprächspartner: Till Oberholzer, Aurelia Wendtland\n\nKestrel Foods Talent Acquisition",
        category: "interview_invite",
      },
      [
        ["Aurelia Wendtland", null],
        ["Till Oberholzer", null],
      ],
    ],
    [
      "given names that name teams, but not a colleague with the team",
      {
        from: mb("Kestrel Foods", "no-reply@greenhouse.io"),
        text: "Hi Jordan,\n\nYou would join the Orion and Phoenix teams; the loop is with the Hudson squad.\n\nKestrel Foods Recruiting",
        category: "interview_invite",
      },
      [],
    ],
    [
      "a colleague named with the team, in passing, is no contact",
      {
        from: mb("Tobias Renner", "tobias.renner@kestrelfoods.example"),
        text: "Hallo Jordan,\n\nMarlene und das Team waren von deinem Interview begeistert, aber wir haben uns anders entschieden.\n\nTobias Renner",
        category: "rejection",
      },
      [["Tobias Renner", "tobias.renner@kestrelfoods.example"]],
    ],
  ])("%s", (_, c, want) => {
    expect(contacts(c)).toEqual(want);
  });
});

describe("through email(): a firm's name on a relay gets no draft", () => {
  it("drafts only to the recruiter who signs, not to the firm the relay's display name gives", async () => {
    const s = await forwardToRebound({
      from: "Maëlle Couture <no-reply@hire.lever.co>",
      subject: "Votre candidature chez Maëlle Couture",
      body: [
        "Bonjour Jordan,",
        "",
        "Merci pour le temps consacré à vos entretiens pour le poste de Chef de projet data.",
        "Après réflexion, nous avons choisi de poursuivre avec un autre candidat.",
        "",
        "Bien cordialement,",
        "Anouk Besnard",
        "Talent Acquisition – Maëlle Couture",
        "Morton House, Lyon 69002",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Anouk Besnard"]);
    for (const d of s.drafts) expect(d.name).toBe("Anouk Besnard");
  });
});
