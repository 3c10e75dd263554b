import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { gmailForward } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// A message's drafts go to several people in turn, and each greeting reads the employer's text
// for that person's title once (src/drafts/salutation.ts remembers the texts it read per
// recipient). Three people on a panel, two women and a man, each named with a title: every
// email to them is greeted with their own title, however the drafts alternate between them.
// Every name, firm and address is invented.

interface Case {
  subject: string;
  body: string;
  greets: [string, string, string];
}

const PANEL = ["Katrin Albers", "Lotte Brandt", "Tobias Voss"] as const;
const ADDRESSES = PANEL.map((name) => `${name.toLowerCase().replace(" ", ".")}@hollowmere.example`);

const CASES: [string, Case][] = [
  [
    "de",
    {
      subject: "Ihre Bewerbung als Data Engineer",
      body: "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Zeit mit Frau Albers, Frau Brandt und Herrn Voss. Leider haben wir uns für einen anderen Kandidaten entschieden.\n\nMit freundlichen Grüßen\nKatrin Albers\nPersonalabteilung, Hollowmere",
      greets: ["Sehr geehrte Frau Albers", "Sehr geehrte Frau Brandt", "Sehr geehrter Herr Voss"],
    },
  ],
  [
    "fr",
    {
      subject: "Votre candidature au poste de Data Engineer",
      body: "Bonjour Monsieur Lee,\n\nnous vous remercions pour vos entretiens avec Mme Albers, Mme Brandt et M. Voss. Malheureusement, nous avons retenu une autre candidature.\n\nCordialement,\nKatrin Albers\nRessources humaines, Hollowmere",
      greets: ["Bonjour Madame Albers", "Bonjour Madame Brandt", "Bonjour Monsieur Voss"],
    },
  ],
  [
    "es",
    {
      subject: "Su candidatura al puesto de Data Engineer",
      body: "Estimado Sr. Lee:\n\nle agradecemos sus entrevistas con la Sra. Albers, la Sra. Brandt y el Sr. Voss. Lamentablemente hemos decidido continuar con otro candidato.\n\nAtentamente,\nKatrin Albers\nRecursos Humanos, Hollowmere",
      greets: ["Estimada Sra. Albers", "Estimada Sra. Brandt", "Estimado Sr. Voss"],
    },
  ],
  [
    "nl",
    {
      subject: "Uw sollicitatie voor de functie Data Engineer",
      body: "Geachte heer Lee,\n\nhartelijk dank voor uw gesprekken met mevrouw Albers, mevrouw Brandt en de heer Voss. Helaas hebben wij gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nKatrin Albers\nHR, Hollowmere",
      greets: ["Geachte mevrouw Albers", "Geachte mevrouw Brandt", "Geachte heer Voss"],
    },
  ],
  [
    "it",
    {
      subject: "La sua candidatura per la posizione di Data Engineer",
      body: "Gentile Sig. Lee,\n\nla ringraziamo per i colloqui con la Sig.ra Albers, la Sig.ra Brandt e il Sig. Voss. Purtroppo abbiamo scelto un altro candidato.\n\nCordiali saluti,\nKatrin Albers\nRisorse Umane, Hollowmere",
      greets: ["Gentile Signora Albers", "Gentile Signora Brandt", "Gentile Signor Voss"],
    },
  ],
  [
    "pt",
    {
      subject: "A sua candidatura à vaga de Data Engineer",
      body: "Prezado Sr. Lee,\n\nagradecemos as suas entrevistas com a Sra. Albers, a Sra. Brandt e o Sr. Voss. Infelizmente decidimos seguir com outro candidato.\n\nAtenciosamente,\nKatrin Albers\nRecursos Humanos, Hollowmere",
      greets: ["Prezada Katrin", "Prezada Lotte", "Prezado Tobias"],
    },
  ],
];

async function greetingsAfter(c: Case): Promise<Map<string, string[]>> {
  const { userId, inbox } = await createJordan();
  const raw = gmailForward({
    from: `${PANEL[0]} <${ADDRESSES[0]}>`,
    cc: `${PANEL[1]} <${ADDRESSES[1]}>, ${PANEL[2]} <${ADDRESSES[2]}>`,
    subject: c.subject,
    body: c.body,
  });
  await deliver(raw, { from: JORDAN.owner, to: inbox });
  const rows = await env.DB.prepare(
    `SELECT c.email, d.body FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1 AND d.channel = 'email'`,
  )
    .bind(userId)
    .all<{ email: string | null; body: string }>();
  const byPerson = new Map<string, string[]>();
  for (const row of rows.results) {
    const first = row.body.split("\n")[0] ?? "";
    byPerson.set(row.email ?? "", [...(byPerson.get(row.email ?? "") ?? []), first]);
  }
  return byPerson;
}

describe("each person on a panel is greeted with their own title, in every email to them", () => {
  it.each(CASES)("%s", async (_language, c) => {
    const greetings = await greetingsAfter(c);
    for (const [i, address] of ADDRESSES.entries()) {
      const theirs = greetings.get(address) ?? [];
      expect(theirs.length).toBeGreaterThan(0);
      for (const line of theirs) expect(line.startsWith(c.greets[i] as string)).toBe(true);
    }
  });
});
