import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { gmailForward } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Through the Worker's real email() handler, as Gmail forwards it: a "no" that turns to a named
// later opening and keeps the CV for it plans the keep-on-file follow-up; a plain "no" that
// closes on a stock keep-your-details line plans a rejection's follow-ups. Words of our own.

async function planned(raw: string): Promise<{ category: string | undefined; kinds: string[] }> {
  const { userId, inbox } = await createJordan();
  const delivered = await deliver(raw, { from: JORDAN.owner, to: inbox });
  expect(delivered.rejected).toBeNull();
  const stored = await env.DB.prepare("SELECT category FROM inbound_messages WHERE user_id = ?1")
    .bind(userId)
    .first<{ category: string }>();
  const kinds = await env.DB.prepare("SELECT kind FROM drafts WHERE user_id = ?1")
    .bind(userId)
    .all<{ kind: string }>();
  return { category: stored?.category, kinds: kinds.results.map((row) => row.kind) };
}

describe("email(): keeping the CV for a named later opening", () => {
  it.each([
    {
      language: "en",
      from: "Tobias Fairlie <tobias.fairlie@corrib-analytics.example>",
      subject: "Re: Data Analyst",
      body: [
        "Hi Jordan,",
        "",
        "We won't be moving forward with you for the data analyst post; we chose someone with",
        "more retail background. The real reason I'm writing: our pricing team is opening a",
        "senior analyst role in Q3, and I'd like to keep your CV for that role and get in touch",
        "the moment it goes live.",
        "",
        "Tobias Fairlie",
        "Talent Partner, Corrib Analytics",
      ],
    },
    {
      language: "es",
      from: "Nerea Olabarria <nerea.olabarria@ibaizabal-datos.example>",
      subject: "Tu candidatura de analista",
      body: [
        "Hola Jordan:",
        "",
        "Al final no vamos a seguir adelante con tu candidatura para el puesto de analista.",
        "Lo importante de este correo es otra cosa: en octubre abrimos una vacante de analista",
        "sénior y me gustaría guardar tu CV para esa vacante.",
        "",
        "Un saludo,",
        "Nerea Olabarria",
        "Selección, Ibaizabal Datos",
      ],
    },
  ])("$language: stores keep_on_file and plans its follow-up", async (message) => {
    const { category, kinds } = await planned(gmailForward(message));
    expect(category).toBe("keep_on_file");
    expect(kinds).toContain("keep_on_file_follow_up");
  });
});

describe("email(): a plain 'no' that closes on a stock keep-your-details line", () => {
  it.each([
    {
      language: "en",
      from: "Priya Venn <priya.venn@harrowgate-logistics.example>",
      subject: "Your application: Operations Analyst",
      body: [
        "Hi Jordan,",
        "",
        "Thank you for meeting the team last week. After a close call we have chosen another",
        "candidate for the operations analyst post. We'll keep your details on file should",
        "something suitable come up.",
        "",
        "Best wishes,",
        "Priya Venn",
        "Recruitment, Harrowgate Logistics",
      ],
    },
  ])("$language: stores a rejection and plans the rejection's follow-ups", async (message) => {
    const { category, kinds } = await planned(gmailForward(message));
    expect(category).toBe("rejection");
    expect(kinds).toContain("feedback_request");
  });
});

// This whole Dutch letter (a thank-you, the no, the stock line, a signature) read as
// keep-on-file until the keep-share features (classify10): the stock line asks no leave.
describe("email(): a Dutch plain 'no' closing on a stock keep line", () => {
  it("nl: stores a rejection and plans the rejection's follow-ups", async () => {
    const message = {
      language: "nl",
      from: "Sanne Koopmans <sanne.koopmans@dijkstra-zorg.example>",
      subject: "Je sollicitatie als analist",
      body: [
        "Hoi Jordan,",
        "",
        "Dank voor het gesprek van vorige week. We hebben gekozen voor een andere kandidaat.",
        "We bewaren je gegevens in ons systeem, mocht er iets anders langskomen.",
        "",
        "Groet,",
        "Sanne Koopmans",
        "Recruiter, Dijkstra Zorg",
      ],
    };
    const { category, kinds } = await planned(gmailForward(message));
    expect(category).toBe("rejection");
    expect(kinds).toContain("feedback_request");
  });
});

// French and Italian stock lines outweighed the "no" before them until classify12 (see
// classify-keep-point-or-stock.test.ts).
describe("email(): a French or Italian plain 'no' closing on a stock keep line", () => {
  it.each([
    {
      language: "fr",
      from: "Camille Roussel <camille.roussel@verrieres-conseil.example>",
      subject: "Votre candidature : analyste financier",
      body: [
        "Bonjour Jordan,",
        "",
        "Merci pour nos échanges de la semaine dernière. Nous avons choisi de poursuivre avec",
        "un autre candidat. Nous conservons votre CV dans notre vivier pour de futures",
        "opportunités.",
        "",
        "Bien cordialement,",
        "Camille Roussel",
        "Recrutement, Verrières Conseil",
      ],
    },
    {
      language: "it",
      from: "Giulia Ferretti <giulia.ferretti@lanificio-serra.example>",
      subject: "La sua candidatura: analista",
      body: [
        "Buongiorno Jordan,",
        "",
        "grazie per il colloquio di martedì. Abbiamo scelto un altro candidato per la posizione.",
        "Il suo curriculum resterà nel nostro database per eventuali future opportunità.",
        "",
        "Cordiali saluti,",
        "Giulia Ferretti",
        "Risorse Umane, Lanificio Serra",
      ],
    },
  ])("$language: stores a rejection and plans the rejection's follow-ups", async (message) => {
    const { category, kinds } = await planned(gmailForward(message));
    expect(category).toBe("rejection");
    expect(kinds).toContain("feedback_request");
  });
});
