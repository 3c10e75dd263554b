import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { isHeadFirstNoun } from "../../src/understand/extract/job-titles.ts";
import { findRole } from "../../src/understand/extract/role.ts";

// Kinds of role error: a tail after the title (the employer, a stage, a status), an inclusive
// mark inside it, a title only in a forwarded subject, mail with no job in play, a referrer's
// sentence naming the job. Every firm, person and sentence below is invented.

interface Case {
  text?: string;
  subject?: string;
  company?: string | null;
  category?: Category;
}

const role = (c: Case) =>
  findRole(c.text ?? "", c.subject ?? "", c.text ?? "", c.company ?? null, c.category ?? "other");

describe("role: a stage or a status after the title's dash is not the title's", () => {
  it.each<[string, Case, string]>([
    [
      "English, the interview's kind on the calendar line",
      {
        subject: "Interview confirmed: Data Engineer (Streaming) – Brackwell",
        text: "Your interview is confirmed.\n\nData Engineer (Streaming) – Technical interview\nMonday, 2 March\n",
        company: "Brackwell",
      },
      "Data Engineer (Streaming)",
    ],
    [
      "English, next steps",
      { subject: "Site Reliability Engineer – Next steps" },
      "Site Reliability Engineer",
    ],
    ["English, a final round", { subject: "Backend Engineer – Final round" }, "Backend Engineer"],
    [
      "German, asking where it stands",
      { subject: "Bewerbung Cloud Engineer (w/m/d) – Stand?" },
      "Cloud Engineer (w/m/d)",
    ],
    [
      "German, after a colon",
      { subject: "Data Engineer (m/w/d): Nächste Schritte" },
      "Data Engineer (m/w/d)",
    ],
    [
      "French, the next steps",
      { subject: "Candidature Analyste Sécurité – Prochaines étapes" },
      "Analyste Sécurité",
    ],
    [
      "French, a follow-up",
      { subject: "Ingénieur DevOps (H/F) – Suivi" },
      "Ingénieur DevOps (H/F)",
    ],
    ["Spanish, a follow-up", { subject: "Analista de Datos – Seguimiento" }, "Analista de Datos"],
    [
      "Italian, the next steps",
      { subject: "Candidatura Sviluppatore Java – Prossimi passi" },
      "Sviluppatore Java",
    ],
    [
      "Portuguese, the next steps",
      { subject: "Candidatura Engenheiro de Dados – Próximos passos" },
      "Engenheiro de Dados",
    ],
    [
      "Dutch, where it stands",
      { subject: "Sollicitatie Data Analist – Stand van zaken" },
      "Data Analist",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "interview_invite", ...c })).toBe(expected);
  });

  it.each<[string, Case, string]>([
    [
      "English, a team after the dash",
      { subject: "Backend Engineer – Payments" },
      "Backend Engineer – Payments",
    ],
    [
      "French, a lower-case title's specialism after the dash",
      {
        text: "Merci pour votre candidature au poste de Chef de projet IT – Migration Cloud. Nous revenons vers vous.",
      },
      "Chef de projet IT – Migration Cloud",
    ],
    [
      "French, a sentence-case specialism after the dash",
      {
        text: "Nous avons bien reçu votre candidature pour le poste d'Ingénieur(e) qualité logiciel – Équipements médicaux au sein de notre groupe.",
      },
      "Ingénieur(e) qualité logiciel – Équipements médicaux",
    ],
    [
      "French, an English title and its product after the dash",
      {
        text: "Pour toute question sur votre candidature au poste de Product Owner – Plateforme Données, écrivez-nous.",
      },
      "Product Owner – Plateforme Données",
    ],
  ])("keeps a dash that belongs to the title: %s", (_kind, c, expected) => {
    expect(role({ category: "application_received", ...c })).toBe(expected);
  });
});

describe("role: the employer after the title goes, whichever company was read", () => {
  it.each<[string, Case, string]>([
    [
      "Spanish, an English title and the brand after it",
      {
        text: "Gracias por participar en el proceso para el puesto Platform Engineer en Marisma.",
        company: "Grupo Ribera",
      },
      "Platform Engineer",
    ],
    [
      "German, bei",
      { text: "Vielen Dank für Ihre Bewerbung als Backend Engineer bei Kranfeld." },
      "Backend Engineer",
    ],
    [
      "French, chez",
      { text: "Merci pour votre candidature au poste de Data Analyst chez Ondivia." },
      "Data Analyst",
    ],
    [
      "Italian, presso",
      { text: "Grazie per la candidatura come Data Engineer presso Lumetra." },
      "Data Engineer",
    ],
    [
      "Dutch, bij",
      { text: "Bedankt voor je sollicitatie als Backend Developer bij Zeewind." },
      "Backend Developer",
    ],
    [
      "Portuguese, na",
      { text: "Obrigado pela candidatura à vaga de Engenheiro de Dados na Solvara." },
      "Engenheiro de Dados",
    ],
    [
      "Spanish, a head-first title keeps its field",
      {
        text: "Gracias por tu candidatura al puesto de Técnico en Sistemas. Lamentablemente no seguimos.",
      },
      "Técnico en Sistemas",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "rejection", ...c })).toBe(expected);
  });
});

describe("role: an inclusive mark inside a title does not cut it", () => {
  it.each<[string, Case, string]>([
    [
      "French, a middle dot and lower-case words after the head",
      {
        text: "Comme convenu, on cherche un·e Ingénieur·e données senior pour reprendre notre entrepôt.",
        category: "interview_invite",
      },
      "Ingénieur·e données senior",
    ],
    [
      "French, a middle dot in the head and the article",
      {
        text: "Nous recherchons un·e Développeur·euse back-end senior pour notre équipe.",
        category: "interview_invite",
      },
      "Développeur·euse back-end senior",
    ],
    [
      "French, a subject in sentence case",
      { subject: "Références - Concepteur(trice) de niveaux" },
      "Concepteur(trice) de niveaux",
    ],
    [
      "French, H/F without parentheses",
      { subject: "Candidature – Développeur·euse back-end H/F" },
      "Développeur·euse back-end H/F",
    ],
    [
      "French, the posting's mark and its town",
      {
        text: "Nous accusons réception de votre candidature pour le poste Chef de projet MOA – Crédits (F/H) - Nantes.",
        category: "application_received",
      },
      "Chef de projet MOA – Crédits (F/H)",
    ],
    [
      "Spanish, a slash and a lower-case specialism",
      {
        text: "Buscamos un/a Desarrollador/a backend con experiencia en Go.",
        category: "interview_invite",
      },
      "Desarrollador/a backend",
    ],
    [
      "Spanish, a slash in a subject",
      { subject: "Entrevista – Técnico/a de soporte" },
      "Técnico/a de soporte",
    ],
    [
      "Portuguese, a parenthesis in the head and the article",
      {
        text: "Estamos procurando um(a) Engenheiro(a) de dados para o time.",
        category: "interview_invite",
      },
      "Engenheiro(a) de dados",
    ],
    [
      "Italian, a slash ending",
      { subject: "Colloquio – Sviluppatore/trice backend" },
      "Sviluppatore/trice backend",
    ],
    [
      "Dutch, a lower-case specialism and the mark",
      { subject: "Uitnodiging – Medewerker klantenservice (m/v/x)" },
      "Medewerker klantenservice (m/v/x)",
    ],
    [
      "German, the mark inside the title",
      { subject: "Einladung: Softwareentwickler (w/m/d) Backend" },
      "Softwareentwickler (w/m/d) Backend",
    ],
    [
      "English, an m/f/x mark",
      { subject: "Interview – Site Reliability Engineer (m/f/x)" },
      "Site Reliability Engineer (m/f/x)",
    ],
    [
      "Dutch, the complement ends before the team",
      {
        text: "We zoeken een Medewerker klantenservice voor ons team in Utrecht.",
        category: "interview_invite",
      },
      "Medewerker klantenservice",
    ],
    [
      "Portuguese, a title in title case ends before the verb",
      {
        text: "Informamos que a vaga de Engenheiro(a) de Machine Learning foi cancelada.",
        category: "rejection",
      },
      "Engenheiro(a) de Machine Learning",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "interview_invite", ...c })).toBe(expected);
  });

  it.each([
    ["Ingénieur·e", true],
    ["Técnico/a", true],
    ["Concepteur(trice)", true],
    ["Medewerker", true],
    ["Sviluppatore", true],
    ["Engineer", false],
    ["Commercial", false],
    ["Softwareentwickler", false],
  ])("%s puts its head first: %s", (word, expected) => {
    expect(isHeadFirstNoun(word)).toBe(expected);
  });
});

describe("role: a subject's “for …” names the job the step is for", () => {
  it.each<[string, Case, string]>([
    [
      "English, an onsite",
      {
        subject: "Velmont: your onsite (virtual) for Staff Data Engineer, Streaming",
        company: "Velmont",
      },
      "Staff Data Engineer, Streaming",
    ],
    [
      "German, an appointment",
      { subject: "Ihr Termin für Data Engineer (m/w/d) bei Quarrix" },
      "Data Engineer (m/w/d)",
    ],
    [
      "French, a convocation",
      { subject: "Convocation pour Ingénieur DevOps (H/F)" },
      "Ingénieur DevOps (H/F)",
    ],
    [
      "Spanish, a test",
      { subject: "Prueba técnica para Desarrollador/a Backend" },
      "Desarrollador/a Backend",
    ],
    [
      "Italian, an interview",
      { subject: "Colloquio per Sviluppatore Java – conferma" },
      "Sviluppatore Java",
    ],
    [
      "Dutch, an invitation",
      { subject: "Uitnodiging voor Data Analist – Zwaluw", company: "Zwaluw" },
      "Data Analist",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "interview_invite", text: "Hi Jordan,\n\nSee you then.", ...c })).toBe(
      expected,
    );
  });

  it("not in a newsletter that counts searches", () => {
    expect(
      role({
        subject: "Jordan, employers are searching for Cloud Engineers",
        text: "Make your profile visible to employers.",
        category: "other",
      }),
    ).toBeNull();
  });
});

describe("role: no title when no application is in play", () => {
  it.each<[string, Case]>([
    [
      "a welcome from the new manager, whose card signs it",
      {
        text: "Hi Jordan,\n\nHeard you signed this morning. Welcome to the team!\n\nSee you in January.\n\nIrene\n\n--\nIrene Fjeldmark\nEngineering Manager, Data Platform\nGreymoor GmbH · Kastanienallee 12, 10435 Berlin",
        company: "Greymoor",
      },
    ],
    [
      "German, the same card",
      {
        text: "Hallo Jordan,\n\nwillkommen im Team! Schön, dass du unterschrieben hast.\n\nViele Grüße\nIrene Fjeldmark\nTeamleiterin Datenplattform\nGreymoor GmbH · Kastanienallee 12, 10435 Berlin",
        company: "Greymoor",
      },
    ],
    [
      "a data-protection notice signed by its office over the employer's name",
      {
        text: "Hi Jordan,\n\nWe keep applicant data for 18 months. Give consent here to stay in touch.\n\nData Protection Officer\nRivalta Partners LLP",
        company: "Rivalta Partners",
      },
    ],
    [
      "a group's talent community after a process at one of its firms",
      {
        text: "Hi Jordan,\n\nI saw that the Data Engineer II process at Norrow didn't work out. I'd like to add you to our talent community for future roles across the group.\n\nBest,\nPia",
        company: "Ambrin Group",
        category: "keep_on_file",
      },
    ],
    [
      "German, a talent pool after a process elsewhere in the group",
      {
        text: "Hallo Jordan,\n\nleider hat es mit der Stelle als Data Engineer bei Norrow nicht geklappt. Gerne nehmen wir Sie in den Talentpool der Gruppe auf.",
        company: "Ambrin Gruppe",
        category: "keep_on_file",
      },
    ],
    [
      "French, a talent pool after a process elsewhere in the group",
      {
        text: "Bonjour Jordan,\n\nle processus pour le poste de Data Analyst chez Norrow n'a pas abouti. Nous aimerions vous inscrire dans notre vivier de talents.",
        company: "Groupe Ambrin",
        category: "keep_on_file",
      },
    ],
    [
      "Spanish, an English title at a sister firm",
      {
        text: "Hola Jordan,\n\nel proceso de Data Engineer en Norrow no salió adelante. Nos gustaría sumarte a nuestra comunidad de talento.",
        company: "Grupo Ambrin",
        category: "keep_on_file",
      },
    ],
    [
      "Italian, a talent pool after a process elsewhere in the group",
      {
        text: "Ciao Jordan,\n\nil processo per Sviluppatore Backend presso Norrow non è andato avanti. Vorremmo inserirti nella nostra community di talenti.",
        company: "Gruppo Ambrin",
        category: "keep_on_file",
      },
    ],
    [
      "Portuguese, a talent pool after a process elsewhere in the group",
      {
        text: "Olá Jordan,\n\no processo para Engenheiro de Dados na Norrow não avançou. Gostaríamos de te incluir na nossa comunidade de talentos.",
        company: "Grupo Ambrin",
        category: "keep_on_file",
      },
    ],
    [
      "Dutch, a talent pool after a process elsewhere in the group",
      {
        text: "Hoi Jordan,\n\nhet proces voor Data Analist bij Norrow is helaas niet doorgegaan. We voegen je graag toe aan onze talentpool.",
        company: "Ambrin Groep",
        category: "keep_on_file",
      },
    ],
    [
      "a newsletter comparing two quoted titles",
      {
        text: "This year “Platform Engineer” overtook “DevOps Engineer” as the most common title in our listings.",
        company: "Miravel Weekly",
      },
    ],
  ])("%s", (_kind, c) => {
    expect(role(c)).toBeNull();
  });

  it("still names the job when the subject names it too", () => {
    expect(
      role({
        subject: "Actualización sobre tu candidatura – Platform Engineer",
        text: "Gracias por tu participación en el proceso para el puesto Platform Engineer en Marisma.",
        company: "Grupo Ribera",
        category: "rejection",
      }),
    ).toBe("Platform Engineer");
  });

  it("still names the job at the employer's own firm", () => {
    expect(
      role({
        text: "I saw that the Data Engineer II process at Norrow didn't work out, but another team here is hiring.",
        company: "Norrow Labs",
        category: "keep_on_file",
      }),
    ).toBe("Data Engineer II");
  });
});

describe("role: a referrer's or a manager's sentence names the job", () => {
  it.each<[string, string, string]>([
    [
      "English, with its specialism",
      "Yes, we're hiring. The role is Senior Software Engineer, Payments Platform, in my org (Noor manages it).",
      "Senior Software Engineer, Payments Platform",
    ],
    [
      "English, as discussed",
      "Role is as we talked about: Lead Game Designer, reporting to me.",
      "Lead Game Designer",
    ],
    [
      "German",
      "Die Stelle ist Backend-Entwickler (m/w/d) im Team Zahlungen.",
      "Backend-Entwickler (m/w/d)",
    ],
    [
      "French",
      "Le poste est celui de Responsable Sécurité, dans mon équipe.",
      "Responsable Sécurité",
    ],
    ["Spanish", "El puesto es de Analista de Riesgos, en mi equipo.", "Analista de Riesgos"],
    ["Italian", "Il ruolo è quello di Sviluppatore Backend, nel mio team.", "Sviluppatore Backend"],
    ["Portuguese", "A vaga é de Engenheira de Dados, na minha equipa.", "Engenheira de Dados"],
    ["Dutch", "De functie is Data Engineer in mijn team.", "Data Engineer"],
  ])("%s", (_kind, text, expected) => {
    expect(role({ text, category: "referral_offer" })).toBe(expected);
  });

  it.each([
    ["where the job is", "The role is Remote and the team is lovely."],
    ["how it is worked", "The position is Hybrid, 3 days in London."],
    ["German, already filled", "Die Stelle ist leider schon vergeben."],
  ])("no title from a sentence saying %s", (_kind, text) => {
    expect(role({ text, category: "referral_offer" })).toBeNull();
  });
});
