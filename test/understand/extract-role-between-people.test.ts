import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { findRole } from "../../src/understand/extract/role.ts";
import { forwardToRebound } from "../support/forwarding.ts";

// Kinds of role error in mail between people (founders, referrers, hiring managers, onboarding)
// and in calendar and test invitations; every firm, person and sentence below is invented.

interface Case {
  text?: string;
  subject?: string;
  company?: string | null;
  category?: Category;
}

const role = (c: Case) =>
  findRole(c.text ?? "", c.subject ?? "", c.text ?? "", c.company ?? null, c.category ?? "other");

describe("role: a calendar or test title gives the job, not the step, the guest or the employer's initials", () => {
  it.each<[string, Case, string]>([
    [
      "a step and the guest's name after the dash",
      { subject: "Invitation: Backend Engineer - Technical Interview (Sam Ortiz) @ Tue 3pm" },
      "Backend Engineer",
    ],
    ["a coding challenge", { subject: "Data Analyst - Coding Challenge" }, "Data Analyst"],
    [
      "German, a technical interview",
      { subject: "Einladung: Cloud Engineer (m/w/d) - Technisches Interview" },
      "Cloud Engineer (m/w/d)",
    ],
    [
      "an online assessment named with the employer's initials",
      {
        text: "Tarrow Valley Bank has invited you to take the following test:\n\n  Test: TVB Risk Analyst - Online Assessment\n",
        subject: "Invitation: TVB Risk Analyst - Online Assessment",
        company: "Tarrow Valley Bank",
        category: "interview_invite",
      },
      "Risk Analyst",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "interview_invite", ...c })).toBe(expected);
  });
});

describe("role: an ATS's posting words after the title are not part of it", () => {
  it.each<[string, Case, string]>([
    [
      "a posting number after a comma",
      {
        text: "We regret that you were not selected for the position of Network Technician, Posting #NT-2026-04.",
        subject: "Application status",
      },
      "Network Technician",
    ],
    [
      "a position update after a comma title",
      { subject: "Director, Field Operations - Position Update" },
      "Director, Field Operations",
    ],
    [
      "Portuguese, the position word before the title",
      { text: "Obrigado pela sua candidatura.", subject: "Posição Analista de Sistemas" },
      "Analista de Sistemas",
    ],
    [
      "Italian, the position word before the title",
      { text: "Grazie per la candidatura.", subject: "Posizione Sviluppatore Backend" },
      "Sviluppatore Backend",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "rejection", ...c })).toBe(expected);
  });
});

describe("role: a parenthesis or place after the title that says something else goes", () => {
  it.each<[string, Case, string]>([
    [
      "a remark in a subject",
      {
        text: "Quick note from our side.",
        subject: "We're hiring a Product Designer (and you came to mind)",
      },
      "Product Designer",
    ],
    [
      "who referred",
      {
        text: "Got it, thanks.",
        subject: "Re: Solutions Architect (referred by Mia Novak)",
        category: "application_received",
      },
      "Solutions Architect",
    ],
    [
      "Italian, a town",
      { subject: "Colloquio - Sviluppatore Java (Milano)", category: "interview_invite" },
      "Sviluppatore Java",
    ],
    [
      "French, a town",
      { subject: "Entretien - Ingénieur Data (Lyon)", category: "interview_invite" },
      "Ingénieur Data",
    ],
    [
      "Spanish, a town after 'en'",
      {
        text: "Buscan un/a Analista de Datos con experiencia en SQL.",
        subject: "Oportunidad: Analista de Datos en Sevilla",
      },
      "Analista de Datos",
    ],
    [
      "a sales region stays",
      {
        text: "Thanks for applying for the Solutions Engineer (EMEA) role.",
        category: "application_received",
      },
      "Solutions Engineer (EMEA)",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: what people write when they offer, introduce or welcome", () => {
  it.each<[string, Case, string]>([
    [
      "a founder naming the title",
      {
        text: "We are six people. Officially the title is Founding Product Engineer but you would do much more.",
        subject: "coffee?",
        category: "interview_invite",
      },
      "Founding Product Engineer",
    ],
    ...(
      [
        [
          "German",
          "Wir sind zu viert. Der Titel ist Founding Data Engineer, aber du würdest viel mehr machen.",
          "Founding Data Engineer",
        ],
        [
          "French",
          "Nous sommes quatre. Le titre est Lead Developer, mais tu ferais bien plus.",
          "Lead Developer",
        ],
        [
          "Spanish",
          "Somos cuatro. El título es Ingeniero de Datos Fundador, pero harías mucho más.",
          "Ingeniero de Datos Fundador",
        ],
        [
          "Italian",
          "Siamo in quattro. Il titolo è Founding Engineer, ma faresti molto di più.",
          "Founding Engineer",
        ],
        [
          "Portuguese",
          "Somos quatro. O título é Engenheiro de Dados, mas farias muito mais.",
          "Engenheiro de Dados",
        ],
        [
          "Dutch",
          "We zijn met z'n vieren. De functietitel is Data Engineer, maar je doet veel meer.",
          "Data Engineer",
        ],
      ] as const
    ).map(([lang, text, title]): [string, Case, string] => [
      `${lang}, a founder naming the title`,
      { text, subject: "koffie?", category: "interview_invite" },
      title,
    ]),
    [
      "an offer to join the firm as",
      {
        text: "We'd love you to join Pellory as our Founding Engineer. Numbers below.",
        subject: "Offer",
        company: "Pellory",
        category: "offer",
      },
      "Founding Engineer",
    ],
    [
      "an offer to bring one on as",
      {
        text: "Everyone said yes, and we want to bring you on as our first Data Scientist.",
        subject: "Re: today",
        category: "offer",
      },
      "Data Scientist",
    ],
    [
      "onboarding",
      {
        text: "Welcome aboard! We're glad you're joining us as a Support Engineer on March 3.",
        subject: "Welcome to Pellory",
      },
      "Support Engineer",
    ],
    [
      "Portuguese, the first day",
      {
        text: "Seguem as informações para o seu primeiro dia na Lumo como Analista de Dados:\n- Data: 6 de abril",
        subject: "Bem-vindo(a)",
      },
      "Analista de Dados",
    ],
    [
      "German, the first day",
      {
        text: "Dein erster Tag bei Lumo als Werkstudent Data Engineering ist der 1. März.",
        subject: "Willkommen",
      },
      "Werkstudent Data Engineering",
    ],
    [
      "French, the first day",
      {
        text: "Ton premier jour chez Lumo en tant que Développeur Backend sera le lundi 2 mars.",
        subject: "Bienvenue",
      },
      "Développeur Backend",
    ],
    [
      "Spanish, the first day",
      {
        text: "Tu primer día en Lumo como Analista de Datos será el lunes 2 de marzo.",
        subject: "Bienvenida",
      },
      "Analista de Datos",
    ],
    [
      "Dutch, the first day",
      { text: "Je eerste dag bij Lumo als Data Analist is maandag 2 maart.", subject: "Welkom" },
      "Data Analist",
    ],
    [
      "Italian, a founder looking, then a person named",
      {
        text: "Noi di Brisa stiamo cercando un Backend Developer e Marta mi ha parlato di te.",
        subject: "due parole?",
        category: "interview_invite",
      },
      "Backend Developer",
    ],
    [
      "Spanish, an open vacancy",
      {
        text: "Hay una vacante abierta de Ingeniero/a de Datos y te puedo referir.",
        subject: "¿Te refiero?",
        category: "referral_offer",
      },
      "Ingeniero/a de Datos",
    ],
    [
      "Spanish, the title straight after 'puesto'",
      {
        text: "Gracias por su interés en el puesto Analista de Riesgos en Banco Ferrol.",
        subject: "Actualización",
        company: "Banco Ferrol",
        category: "rejection",
      },
      "Analista de Riesgos",
    ],
    [
      "French, an introduction",
      {
        text: "Sophie est CTO de Lumo. Elle cherche un·e Product Owner pour structurer l'équipe.",
        subject: "Mise en relation",
        category: "referral_offer",
      },
      "Product Owner",
    ],
    [
      "German, an introduction",
      {
        text: "Anna ist CTO bei Lumo. Sie sucht einen Backend-Entwickler für ihr Team.",
        subject: "Vorstellung",
        category: "referral_offer",
      },
      "Backend-Entwickler",
    ],
    [
      "Dutch, an introduction",
      {
        text: "Eva is CTO bij Lumo. Ze zoekt een Data Engineer voor het nieuwe team.",
        subject: "Kennismaking",
        category: "referral_offer",
      },
      "Data Engineer",
    ],
    [
      "applying to be",
      {
        text: "Thanks for applying to be our Developer Advocate. We have filled the role.",
        subject: "You're in our talent community",
        category: "keep_on_file",
      },
      "Developer Advocate",
    ],
    [
      "a count of the same job at a hiring event",
      {
        text: "Two short talks, then drinks. We're also hiring two Product Analyst roles right now.",
        subject: "Data Night - we're hiring",
      },
      "Product Analyst",
    ],
    [
      "an out-of-office to an intro call",
      {
        text: "I'm on leave until June.",
        subject: "Automatic reply: Thanks - Product Analyst intro call",
        category: "auto_reply",
      },
      "Product Analyst",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });

  it.each<[string, Case]>([
    [
      "a chat between friends",
      {
        text: "Hi Sam,\n\nthanks for the chat yesterday, really enjoyed it. Let's grab coffee again soon.",
        subject: "coffee",
      },
    ],
    [
      "'start as' in prose",
      { text: "Let me start as soon as possible with the paperwork.", subject: "hey" },
    ],
    [
      "a jobs fair",
      {
        text: "A Porto Tech Jobs Fair está de volta! Mais de 50 empresas.",
        subject: "Convite: Porto Tech Jobs Fair",
      },
    ],
    [
      "joining as a guest",
      { text: "Happy to have you joining us as a guest at the meetup.", subject: "see you there" },
    ],
  ])("no title: %s", (_kind, c) => {
    expect(role(c)).toBeNull();
  });
});

describe("role: the contract kind alone stays with the title, the workplace goes", () => {
  it.each<[string, Case, string]>([
    [
      "English, a contract",
      { subject: "Application received: Payroll Specialist (Contract)" },
      "Payroll Specialist (Contract)",
    ],
    [
      "French, a CDI",
      { subject: "Candidature reçue : Développeur·se Mobile (CDI)" },
      "Développeur·se Mobile (CDI)",
    ],
    [
      "a workplace",
      { subject: "Your application for Data Engineer (Remote, EU)" },
      "Data Engineer",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "application_received", ...c })).toBe(expected);
  });
});

describe("role: an introduction gives the job at the firm it introduces, not the referrer's", () => {
  it.each<[string, Case, string]>([
    [
      "English, the referrer's closed role first",
      {
        text: "Sorry the Platform Engineer role didn't work out on our side. I mentioned you to Noor, who runs security at Brindle Health and is hiring for a Detection Engineer right now.",
        company: "Brindle Health",
      },
      "Detection Engineer",
    ],
    [
      "French, what the candidate seeks, then the post at the firm",
      {
        text: "Jordan cherche un poste de lead technique, et j'ai pensé au poste de Responsable Sécurité que tu m'as décrit chez Lumo Énergie.",
        company: "Lumo Énergie",
      },
      "Responsable Sécurité",
    ],
    [
      "Spanish, what the candidate seeks, then the post at the firm",
      {
        text: "Jordan busca un puesto de jefe de equipo, y pensé en el puesto de Analista de Riesgos que me contaste en Banco Ferrol.",
        company: "Banco Ferrol",
      },
      "Analista de Riesgos",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role({ category: "referral_offer", ...c })).toBe(expected);
  });
});

describe("role through the Worker: mail between people and calendar titles", () => {
  it("a founder's offer gives the title offered", async () => {
    const s = await forwardToRebound({
      from: "Ines Varga <ines@pellory.example>",
      subject: "Offer :)",
      note: "in writing at last",
      body: [
        "Hi Jordan,",
        "",
        "Noor and I talked it over and we'd love you to join Pellory as our Founding Engineer.",
        "",
        "- $150k base",
        "- start whenever works for you",
        "",
        "Ines",
        "",
        "--",
        "Ines Varga | CEO, Pellory",
      ],
    });
    expect(s.roles).toEqual(["Founding Engineer"]);
  });

  it("a calendar invitation gives the title without the step and the guest", async () => {
    const s = await forwardToRebound({
      from: "Ravi Menon <ravi@brightwater.example>",
      subject:
        "Invitation: Backend Engineer - Technical Interview (Jordan Lee) @ Thu Mar 5, 2026 11am - 12pm (CET)",
      body: [
        "Backend Engineer - Technical Interview (Jordan Lee)",
        "Thursday Mar 5, 2026 ⋅ 11am – 12pm",
        "",
        "Organizer",
        "Ravi Menon",
        "ravi@brightwater.example",
        "",
        "Invitation from Google Calendar",
      ],
    });
    expect(s.roles).toEqual(["Backend Engineer"]);
  });

  it("a rejection names the posting after the title", async () => {
    const s = await forwardToRebound({
      from: "Harrow County Schools <hr@harrowschools.example>",
      subject: "Application Status - Network Technician (Posting #NT-2026-04)",
      body: [
        "Dear Jordan Lee,",
        "",
        "This letter is to inform you that you were not selected for the position of Network Technician, Posting #NT-2026-04.",
        "",
        "Human Resources",
        "Harrow County Schools",
      ],
    });
    expect(s.roles).toEqual(["Network Technician"]);
  });

  it("an introduction after a closed role gives the job at the firm introduced", async () => {
    const s = await forwardToRebound({
      from: "Greta Holm <greta.holm@harrowdigital.example>",
      subject: "Intro: Jordan <> Noor (Brindle Health)",
      body: [
        "Hi Jordan,",
        "",
        "Sorry again that the Platform Engineer role didn't work out on our side.",
        "",
        "I did mention you to Noor Haddad, who runs security at Brindle Health and is hiring for a Detection Engineer right now. I've copied her here.",
        "",
        "Greta",
      ],
    });
    expect(s.roles).toEqual(["Detection Engineer"]);
  });

  it("a French introduction gives the job at the firm introduced", async () => {
    const s = await forwardToRebound({
      from: "Paul Mercier <paul.mercier@gmail.com>",
      subject: "Mise en relation : Jordan ↔ Claire (Lumo Énergie)",
      body: [
        "Bonjour à tous les deux,",
        "",
        "Jordan, Claire Dubois (claire.dubois@lumo-energie.example) est CTO de Lumo Énergie. Elle cherche un·e Lead Developer pour structurer l'équipe produit.",
        "",
        "Je vous laisse organiser un café.",
        "",
        "Paul",
      ],
    });
    expect(s.roles).toEqual(["Lead Developer"]);
  });
});
