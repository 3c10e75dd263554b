import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { hasHeadNoun } from "../../src/understand/extract/job-titles.ts";
import { findRole } from "../../src/understand/extract/role.ts";

// Every company, person and title below is invented for these tests.

interface Case {
  /** The newest message (also the body unless `body` is given). */
  text?: string;
  subject?: string;
  body?: string;
  company?: string | null;
  category?: Category;
}

const role = (c: Case) =>
  findRole(
    c.text ?? "",
    c.subject ?? "",
    c.body ?? c.text ?? "",
    c.company ?? null,
    c.category ?? "rejection",
  );

describe("a role is a job: it has a job noun", () => {
  it.each([
    ["Site Reliability Engineer", true],
    ["Frontend-Entwickler:in React", true],
    ["Werkstudent*in Data Engineering", true],
    ["Ingeniero/a de Datos (m/f/d)", true],
    ["Développeur·se Backend Go", true],
    ["Administrateur·rice Systèmes et Réseaux", true],
    ["Consulente SAP", true],
    ["Tech Lead de Plataforma", true],
    ["Reliability Engineering", false],
    ["Machine Learning", false],
    ["Equal Employment", false],
    ["Engineering Open House", false],
  ])("%s: %s", (text, expected) => {
    expect(hasHeadNoun(text)).toBe(expected);
  });
});

describe("role: the title keeps what belongs to it", () => {
  it.each<[string, Case, string]>([
    [
      "a team after the comma, read in prose",
      {
        text: "One of your onsite interviewers for the Senior Software Engineer, Search loop is out sick tomorrow.",
      },
      "Senior Software Engineer, Search",
    ],
    [
      "a comma title after 'for' with the company after 'at'",
      {
        text: "Thank you for your application for Manager, Cloud Security Engineering at Tollard Bank.",
        company: "Tollard Bank",
      },
      "Manager, Cloud Security Engineering",
    ],
    [
      "a gender marker and a reference after it",
      {
        text: "hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Cloud Engineer (m/w/d) (Referenz-Nr. SP-2025-0412).",
      },
      "Cloud Engineer (m/w/d)",
    ],
    [
      "a parenthesis with lower-case words and a dash inside",
      {
        text: "Hartelijk dank voor je sollicitatie naar de functie DevOps Engineer (32–36 uur) binnen de directie.",
      },
      "DevOps Engineer (32–36 uur)",
    ],
    [
      "a level after a dash",
      {
        text: "We have received your application for the position of Security Operations Center (SOC) Analyst - Tier 2.",
      },
      "Security Operations Center (SOC) Analyst - Tier 2",
    ],
    [
      "a gendered German title after 'als'",
      { text: "cool, dass du dich als Frontend-Entwickler:in React bei uns beworben hast!" },
      "Frontend-Entwickler:in React",
    ],
    [
      "an Italian title joined by 'del'",
      {
        text: "grazie per la sua candidatura per la posizione di Ingegnere del Software Embedded.",
      },
      "Ingegnere del Software Embedded",
    ],
    [
      "a French title joined by 'et'",
      {
        text: "Nous avons bien étudié votre candidature au poste d'Administrateur·rice Systèmes et Réseaux.",
      },
      "Administrateur·rice Systèmes et Réseaux",
    ],
    [
      "a French title ending before 'jusqu'à'",
      {
        text: "la direction a décidé de suspendre le recrutement sur le poste d'Ingénieur DevOps confirmé(e) jusqu'à nouvel ordre.",
      },
      "Ingénieur DevOps confirmé(e)",
    ],
    [
      "a Portuguese title after 'posição de'",
      {
        text: "Obrigado por participar do nosso processo seletivo para a posição de Tech Lead de Plataforma.",
      },
      "Tech Lead de Plataforma",
    ],
    [
      "an abbreviation's full stop",
      {
        text: "Lamentamos informarte de que el puesto de Site Reliability Engineer Sr. queda congelado.",
      },
      "Site Reliability Engineer Sr.",
    ],
  ])("%s", (_, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: found where only the subject, a quote or a bare title names it", () => {
  it.each<[string, Case, string]>([
    [
      "the subject after a step word",
      {
        subject: "Tweede gesprek Senior Backend Engineer - Betalingen",
        text: "Hierbij de uitnodiging voor het technische gesprek op donderdag.",
        category: "interview_invite",
      },
      "Senior Backend Engineer - Betalingen",
    ],
    [
      "the subject in parentheses",
      {
        subject: "Thank you + any feedback? (Incident Response Lead)",
        text: "Thanks for the kind note.",
        category: "feedback",
      },
      "Incident Response Lead",
    ],
    [
      "a quoted title",
      {
        text: 'Tu candidatura a la oferta "Analista Programador Java" de Consultora Arbeloa ha cambiado de estado.',
      },
      "Analista Programador Java",
    ],
    [
      "a bare title after an article",
      {
        text: "Ik zag je post. Bij ons staat een vacature open voor Backend Engineer in het payments-team.",
        category: "referral_offer",
      },
      "Backend Engineer",
    ],
    [
      "a title alone on its line",
      {
        text: "This message confirms that you withdrew your application for:\n\nIT Program Manager\n\nNo further action is needed.",
      },
      "IT Program Manager",
    ],
    [
      "the words an acronym in the subject stands for",
      {
        subject: "SRE II - feedback",
        text: "Here's the written feedback from the panel for the Site Reliability Engineer II loop.",
        category: "feedback",
      },
      "Site Reliability Engineer II",
    ],
    [
      "the fuller form the subject gives",
      {
        subject: "Retour sur votre entretien – Tech Lead Python",
        text: "Pour un poste de Tech Lead, le jury aurait aimé entendre des exemples concrets.",
        category: "feedback",
      },
      "Tech Lead Python",
    ],
    [
      "a sentence-case title ending in its job noun",
      {
        text: "Dank je wel voor je sollicitatie als Full-stack developer (Python/Vue) bij Stichting Leerpad.",
      },
      "Full-stack developer (Python/Vue)",
    ],
    [
      "'hiring for a' in a recruiter's message",
      {
        text: "I'm hiring for a Staff Machine Learning Engineer on the perception team at Oakridge.",
        category: "other",
      },
      "Staff Machine Learning Engineer",
    ],
    [
      "a job noun by its ending",
      { text: "Thank you for your interest in the Senior Hydrologist position." },
      "Senior Hydrologist",
    ],
  ])("%s", (_, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: no title from boilerplate, events, people's titles or listings", () => {
  it.each<[string, Case]>([
    [
      "an event in the subject",
      {
        subject: "Virtual open house - Reliability Engineering",
        text: "We're running a virtual open house for candidates interested in our Reliability Engineering group.",
        category: "other",
      },
    ],
    [
      "an event name after 'the'",
      {
        text: "Join us at the Harrowgate Engineering Open House next week.",
        category: "other",
      },
    ],
    [
      "a team's name",
      {
        text: "They're looking now and I immediately thought of your Developer Experience team.",
        category: "referral_offer",
      },
    ],
    [
      "a book title",
      {
        text: "Here's that book I was raving about - \"The Staff Engineer's Path\".",
        category: "other",
      },
    ],
    [
      "a leader's title in prose",
      {
        text: "I spoke with our Head of Engineering about you, and she would like to stay in touch.",
        category: "keep_on_file",
      },
    ],
    [
      "a cue with no job after it",
      {
        text: "Te escribo porque la vacante que te comenté sigue cerrada por ahora.",
        category: "keep_on_file",
      },
    ],
    [
      "a job alert",
      {
        subject: "Vagas recomendadas para você: Engenheiro de Dados",
        text: "Engenheiro de Dados\nMaré Baixa Tecnologia · Remoto",
        category: "job_alert",
      },
    ],
    [
      "a newsletter listing several jobs",
      {
        text: "Open roles this month:\n\nSenior Backend Engineer\nProduct Designer\nData Analyst\n",
        category: "other",
      },
    ],
  ])("%s", (_, c) => {
    expect(role(c)).toBeNull();
  });

  it.each<[string, Case, string]>([
    [
      "cuts a requisition status after a dash",
      {
        subject: "Network Automation Engineer - Requisition Cancelled",
        text: "The requisition has been cancelled.",
      },
      "Network Automation Engineer",
    ],
    [
      "cuts a grade and an announcement number after commas",
      {
        text: "Position: IT Specialist (INFOSEC), GS-2210-12, Announcement Number FW-26-1187",
      },
      "IT Specialist (INFOSEC)",
    ],
    [
      "cuts the contract type after a dash",
      { subject: "Votre candidature – Data Analyst Senior – CDI Paris", text: "Merci." },
      "Data Analyst Senior",
    ],
    [
      "cuts a requisition number before the title",
      {
        subject: "Application received: R-04417 Cyber Threat Intelligence Analyst",
        text: "Thank you for applying.",
        category: "application_received",
      },
      "Cyber Threat Intelligence Analyst",
    ],
    [
      "cuts a requisition in parentheses and keeps the gender marker",
      {
        text: "vielen Dank für Ihre Bewerbung als Risk Analyst (m/w/d) (Ausschreibung JR-22917).",
        category: "application_received",
      },
      "Risk Analyst (m/w/d)",
    ],
    [
      "cuts the candidate's name after a dash",
      { subject: "Entretien : Product Manager – Jordan Lee", text: "À jeudi." },
      "Product Manager",
    ],
    [
      "cuts a site after a dash",
      {
        subject: "Colloquio Data Engineer (Azure) - Sede di Verona",
        text: "La aspettiamo giovedì.",
        category: "interview_invite",
      },
      "Data Engineer (Azure)",
    ],
    [
      "cuts prose after a dash in the subject",
      {
        subject: "Interview for DevOps Engineer II (Kubernetes) – need to move",
        text: "Could we move it?",
        category: "interview_invite",
      },
      "DevOps Engineer II (Kubernetes)",
    ],
  ])("%s", (_, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: the shapes real ATS mail puts around a title", () => {
  it.each<[string, Case, string]>([
    [
      "a comma title between 'the' and 'role' keeps its field",
      { text: "Thanks for applying to the Field Engineer, Switching role at Oakhurst." },
      "Field Engineer, Switching",
    ],
    [
      "a comma title whose field repeats an ATS word",
      {
        text: "We've finished reviewing applications for the Platform Engineer, Application Delivery role.",
      },
      "Platform Engineer, Application Delivery",
    ],
    [
      "a sales region after the comma belongs to the title",
      { text: "Thank you for applying for the Account Executive, APAC position." },
      "Account Executive, APAC",
    ],
    [
      "a comma title after 'received your application for'",
      {
        subject: "Thank you for applying to Lindqvist Partners",
        text: "We received your application for Director, Vendor Risk Programs and will be in touch.",
        company: "Lindqvist Partners",
      },
      "Director, Vendor Risk Programs",
    ],
    [
      "a colon inside the title in a subject",
      { subject: "Interview Invitation: Analyst: Pricing Strategy (Hybrid - UK)" },
      "Analyst: Pricing Strategy",
    ],
    [
      "a level I at the end of the title, not the pronoun",
      { text: "Thank you for applying for the Payroll Specialist I position. We have your file." },
      "Payroll Specialist I",
    ],
    [
      "a team after a dash; the work mode and requisition appended after it go",
      { subject: "Your application for Backend Engineer - Ledger (Remote, Canada) - R-55120" },
      "Backend Engineer - Ledger",
    ],
    [
      "a contract note in parentheses goes",
      { subject: "Your application: Research Assistant (18-month contract)" },
      "Research Assistant",
    ],
    [
      "a US federal pay plan and grade after the series in parentheses",
      {
        subject: "USAJOBS - Application Status",
        text: "Your application for Management Analyst (Budget) GS-0343-11 has been received.",
      },
      "Management Analyst (Budget)",
    ],
    [
      "a federal announcement number after the comma",
      {
        text: "Thank you for applying to Hydrologist (Field), announcement WQ-27-0042-MP, with the agency.",
      },
      "Hydrologist (Field)",
    ],
    [
      "a requisition number before the title in the subject",
      { subject: "Req #7720 – Warehouse Systems Analyst" },
      "Warehouse Systems Analyst",
    ],
    [
      "'applying to requisition N - Title' in a Taleo letter",
      {
        text: "Thank you for applying to requisition 31-0077 - Network Engineer II.\n\nAfter review",
      },
      "Network Engineer II",
    ],
    [
      "a Workday update naming the requisition, then the title between commas",
      {
        subject: "Update regarding your application - R-0071234",
        text: "We are writing to update you on requisition R-0071234, Quality Engineer - Medical Devices, at Tarnow Health.\nThe requisition is on hold.",
      },
      "Quality Engineer - Medical Devices",
    ],
    [
      "a German reminder: 'sich als … zu bewerben'",
      {
        subject: "Ihre Bewerbung ist noch nicht abgeschlossen",
        text: "Sie haben angefangen, sich als Fachinformatiker Anwendungsentwicklung (m/w/d) bei Nordkai zu bewerben.",
        category: "other",
      },
      "Fachinformatiker Anwendungsentwicklung (m/w/d)",
    ],
    [
      "a Spanish 'oferta' with a capitalised title and a level in parentheses",
      {
        subject: "Hemos recibido tu candidatura",
        text: "Hemos recibido tu candidatura para la oferta Técnico de Redes (N3).\n\nTe contactaremos pronto.",
        category: "application_received",
      },
      "Técnico de Redes (N3)",
    ],
    [
      "a requisition code in parentheses goes, a level stays",
      { subject: "Application: Cloud Engineer II (R-30917)" },
      "Cloud Engineer II",
    ],
    [
      "a title broken by a hard wrap in quoted history",
      {
        text: "See below.",
        body: "See below.\n\n> We're glad to move you to the final stage for the Orbital\n> Mechanics Engineer, Station Keeping role!\n>\n> Wren Adair\n> Recruiter",
        category: "interview_invite",
      },
      "Orbital Mechanics Engineer, Station Keeping",
    ],
    [
      "'Your application to Title at Company'",
      { subject: "Your application to Support Engineer at Halverd", company: "Halverd" },
      "Support Engineer",
    ],
    [
      "a city and US state after a dash",
      {
        text: "Thank you for your interest in the Radar Systems Technician - Tucson, AZ position with us.",
      },
      "Radar Systems Technician",
    ],
    [
      "a city after an acronym title in a subject's parenthesis",
      { subject: "Intro: Maren <> Tobias (QA Lead Lisbon)" },
      "QA Lead",
    ],
    [
      "a step of the process in parentheses",
      {
        subject: "Interview confirmed: Brightwell - Data Engineer (Second Round)",
        company: "Brightwell",
      },
      "Data Engineer",
    ],
    [
      "a step of the process after a dash",
      { subject: "Fwd: Payroll Analyst - Recruiter Screen" },
      "Payroll Analyst",
    ],
    [
      "a step of the process before the title",
      {
        subject: "FW: Orvane Health - Onsite Interview, Firmware Engineer",
        company: "Orvane Health",
      },
      "Firmware Engineer",
    ],
    [
      "a step named after the person who leads it, before the title",
      {
        subject: "Re: Hiring manager interview - Lead Geospatial Analyst",
        text: "You're booked for the hiring manager interview with Ines Barrow, Head of Mapping, on Friday.",
        category: "interview_invite",
      },
      "Lead Geospatial Analyst",
    ],
    [
      "'applying to be our next …' is still a cue",
      {
        text: "Thanks for applying to be our next Solutions Architect at Pellworth. We read every one.",
      },
      "Solutions Architect",
    ],
    [
      "a calendar title naming the candidate before a slash",
      { subject: "Invitation: Final interview: Priya Raman / Build Engineer" },
      "Build Engineer",
    ],
    [
      "a panel named before the title in parentheses",
      { subject: "FW: Priya Raman - Hiring Panel (Controls Engineer)" },
      "Controls Engineer",
    ],
    [
      "a word of discretion before a dash",
      { subject: "Confidential - Head of Analytics opportunity", category: "other" },
      "Head of Analytics",
    ],
    [
      "a reply about the CV after the title",
      { subject: "RE: Procurement Lead - CV" },
      "Procurement Lead",
    ],
    [
      "an acknowledgement word after the title, in German",
      {
        subject: "Ihre Bewerbung als Fachinformatiker Systemintegration (m/w/d)",
        text: "Fachinformatiker Systemintegration (m/w/d) – Eingangsbestätigung\n\nvielen Dank für Ihre Bewerbung.",
      },
      "Fachinformatiker Systemintegration (m/w/d)",
    ],
    [
      "a French title ends at its gender marker",
      { subject: "Votre candidature au poste de Technicien réseau (H/F) basé à Nantes" },
      "Technicien réseau (H/F)",
    ],
    [
      "a Spanish interview word before the title",
      { subject: "Re: Entrevista Diseñador de Niveles", category: "interview_invite" },
      "Diseñador de Niveles",
    ],
    [
      "the first job card of a LinkedIn confirmation, not the suggestions under it",
      {
        subject: "Sam, your application was sent to Veldhaven",
        text: "Your application was sent to Veldhaven\n\nStaff Product Designer\nVeldhaven · Utrecht (On-site)\nApplied on March 2, 2026\n\nSimilar jobs\nProduct Designer - Korrel - Remote\nUX Designer, Growth - Tidewise - Leiden\nDesign Lead - Ansel - Delft\n",
        category: "application_received",
      },
      "Staff Product Designer",
    ],
  ])("%s", (_, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: ATS boilerplate is never the job", () => {
  it.each<[string, Case]>([
    [
      "a form heading and the equal-opportunity footer",
      {
        subject: "Job Submission",
        text: "Job Submission\n\nWe have your submission.\n\nEqual Employment Opportunity\n",
        category: "application_received",
      },
    ],
    [
      "an equal-opportunity officer line under the message",
      {
        subject: "Application received",
        text: "Thanks for your interest.\n\nEqual Employment Opportunity Officer\n",
        category: "application_received",
      },
    ],
  ])("%s", (_, c) => {
    expect(role(c)).toBeNull();
  });
});
