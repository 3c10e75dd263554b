import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// The employer and the role Rebound stores, through the Worker's email() handler, for each kind
// of error on mail between humans fixed this round. Every firm, person and address is invented.

describe("role through the Worker: mail between humans", () => {
  it("keeps the contract the title carries in parentheses", async () => {
    const s = await forwardToRebound({
      from: "Ines Marsh <ines.marsh@greyfold.example>",
      subject: "Greyfold: next step",
      body: [
        "Hi Jordan,",
        "",
        "Next step for the Platform Engineer (Contract, 9 months) engagement is a pairing session with two engineers.",
        "Please pick a slot that suits you.",
        "",
        "Ines Marsh",
        "Talent Partner, Greyfold",
      ],
    });
    expect(s.roles).toEqual(["Platform Engineer (Contract, 9 months)"]);
  });

  it("keeps both fields an ampersand joins, with the gender marker", async () => {
    const s = await forwardToRebound({
      from: "Agathe Rivière <agathe.riviere@cabinet-vauclair.example>",
      subject: "Ormeau Mobilité – rencontre",
      body: [
        "Bonjour Jordan,",
        "",
        "Le directeur des systèmes d'information d'Ormeau Mobilité souhaite vous rencontrer pour le poste de Responsable Data & IA (H/F).",
        "Seriez-vous disponible jeudi à 14h30 ?",
        "",
        "Agathe Rivière",
        "Consultante, Cabinet Vauclair",
      ],
    });
    expect(s.roles).toEqual(["Responsable Data & IA (H/F)"]);
  });

  it("drops the day of the meeting after the title in a reply's subject", async () => {
    const s = await forwardToRebound({
      from: "Owen Price <owen.price@tarnbrook-recruitment.example>",
      subject: "RE: Cloud Security Engineer - Friday",
      body: [
        "Hi Jordan,",
        "",
        "Bad news I'm afraid: the client has pulled the Cloud Security Engineer role this week after a reorg, so Friday is off.",
        "",
        "Owen Price",
        "Tarnbrook Recruitment",
      ],
    });
    expect(s.roles).toEqual(["Cloud Security Engineer"]);
  });

  it("reads the job an employment contract is for, after an offer", async () => {
    const s = await forwardToRebound({
      from: "Lucía Ferrer <lucia.ferrer@salinas-energia.example>",
      subject: "Contrato y documentación para tu alta",
      body: [
        "Hola Jordan:",
        "",
        "Te acabo de enviar el contrato. Es un contrato indefinido a jornada completa como Ingeniera de Datos, con un periodo de prueba de seis meses.",
        "Para darte de alta necesito una copia del pasaporte y tu número de cuenta.",
        "",
        "Lucía Ferrer",
        "Personas, Salinas Energía",
      ],
    });
    expect(s.roles).toEqual(["Ingeniera de Datos"]);
  });

  it("reads the job an introduction says someone is looking for", async () => {
    const s = await forwardToRebound({
      from: "Tiago Neves <tiago.neves@gmail.example>",
      to: "Jordan Lee <jordan.lee@gmail.com>, Marta Lobo <marta.lobo@jacaranda-saude.example>",
      subject: "Apresentação: Jordan <> Marta (Jacarandá Saúde)",
      body: [
        "Oi Jordan,",
        "",
        "Lembra da Marta Lobo? Ela é cofundadora da Jacarandá Saúde e está procurando uma pessoa Staff Engineer de Plataforma. Mandei o seu CV para ela e ela quer conversar com você.",
        "Marta, este é o Jordan, a melhor pessoa de infraestrutura com quem trabalhei. Deixo vocês conversarem!",
        "",
        "Tiago",
      ],
    });
    expect(s.roles).toEqual(["Staff Engineer de Plataforma"]);
  });

  it("drops a feedback subject's opening words before the title", async () => {
    const s = await forwardToRebound({
      from: "Marco Bellini <marco.bellini@orzo-assicurazioni.example>",
      subject: "Riscontro colloquio Analista Funzionale (Area Sinistri)",
      body: [
        "Gentile Jordan,",
        "",
        "grazie ancora per il colloquio di martedì. La decisione non è ancora presa: Le scriveremo entro la prossima settimana.",
        "",
        "Marco Bellini",
        "Orzo Assicurazioni",
      ],
    });
    expect(s.roles).toEqual(["Analista Funzionale (Area Sinistri)"]);
  });

  it("keeps the job applied for, not a more senior opening named beside it", async () => {
    const s = await forwardToRebound({
      from: "Giulia Rota <giulia.rota@borgo-energia.example>",
      subject: "Il Suo profilo – prossime opportunità",
      body: [
        "Gentile Jordan,",
        "",
        "nel team sono previste due nuove aperture (una posizione di Data Engineer senior e una di Analytics Engineer). La posizione di Data Engineer per cui si era candidata richiede invece la presenza in sede cinque giorni su cinque.",
        "Con il Suo consenso vorrei conservare il Suo CV nella nostra banca dati.",
        "",
        "Giulia Rota",
        "Talent Acquisition, Borgo Energia",
      ],
    });
    expect(s.roles).toEqual(["Data Engineer"]);
  });
});

describe("employer through the Worker: mail between humans", () => {
  it("drops a career portal's compound word from the display name", async () => {
    const s = await forwardToRebound({
      from: "Moorbach Versicherung Karriereportal <noreply-karriere@moorbach-versicherung.example>",
      subject: "Ihr Kandidatenkonto wird gelöscht",
      body: [
        "Guten Tag Jordan Lee,",
        "",
        "Ihr Kandidatenkonto im Karriereportal der Moorbach Versicherung war seit 12 Monaten inaktiv und wird am 30. Juni gelöscht.",
        "",
        "Ihr Karriereportal-Team",
      ],
    });
    expect(s.companies).toEqual(["Moorbach Versicherung"]);
  });

  it("names the client an agency sent the CV to, not the agency", async () => {
    const s = await forwardToRebound({
      from: "Nell Ashby <nell.ashby@harrowgatesearch.example>",
      subject: "RE: Senior Network Engineer - Albury Foods",
      body: [
        "Hi Jordan,",
        "",
        "Great to speak earlier. As discussed, I've now submitted your CV to Albury Foods for the Senior Network Engineer role.",
        "",
        "Thanks,",
        "Nell",
        "",
        "Nell Ashby",
        "Senior Consultant - Infrastructure",
        "Harrowgate Search Ltd",
        "",
        "Harrowgate Search Ltd is registered in England and Wales (No. 01234567).",
      ],
    });
    expect(s.companies).toEqual(["Albury Foods"]);
    expect(s.roles).toEqual(["Senior Network Engineer"]);
  });

  it("never takes a language a round is named after for the firm", async () => {
    const s = await forwardToRebound({
      from: "Tess Marlow <tess.marlow@quaylanetalent.example>",
      subject: "Ormsby Capital - feedback from the C++ round",
      body: [
        "Hi Jordan,",
        "",
        "As promised I pushed for proper feedback. The C++ round is what decided it: they felt you were slower than they needed on the order book exercise.",
        "",
        "Tess",
        "",
        "Tess Marlow",
        "Director, Quant & Technology",
        "Quay Lane Talent",
      ],
    });
    expect(s.companies).toEqual(["Ormsby Capital"]);
  });

  it("names the firm a friend passed the CV to, not the one she says she is still at", async () => {
    const s = await forwardToRebound({
      from: "Priya Venn <priya.venn@lodestonehealth.example>",
      subject: "Tarnvale Robotics - passed your CV along",
      body: [
        "Hey Jordan!",
        "",
        "My neighbour's company, Tarnvale Robotics, is hiring a Senior Software Engineer. I sent your CV to their CTO yesterday; you can ping him directly: odo.brandt@tarnvalerobotics.example.",
        "",
        "For the record I'm still at Lodestone and have nothing to do with Tarnvale.",
        "",
        "Priya",
        "",
        "Priya Venn",
        "Senior Product Manager, Lodestone Health",
      ],
    });
    expect(s.companies).toEqual(["Tarnvale Robotics"]);
  });
});
