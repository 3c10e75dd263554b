import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { findRole } from "../../src/understand/extract/role.ts";

// Kinds of role error on mail between humans: the contract the title carries in parentheses
// dropped as if it were a place, a title whose two fields an ampersand joins cut at the
// ampersand, and the day of a meeting after the title's dash in a subject. Every firm, person
// and sentence below is invented.

const role = (text: string, category: Category = "interview_invite", subject = "") =>
  findRole(text, subject, text, "Corvennes", category);

describe("role: the contract in parentheses belongs to the title", () => {
  it.each<[string, string, string]>([
    [
      "English, a contract and its length",
      "Next step for the Platform Engineer (Contract, 9 months) engagement at Corvennes.",
      "Platform Engineer (Contract, 9 months)",
    ],
    [
      "English, a fixed-term contract written short",
      "Thank you for applying for the Service Desk Technician (18-month FTC) role at Corvennes.",
      "Service Desk Technician (18-month FTC)",
    ],
    [
      "English, fixed-term",
      "Thanks for your interest in the Support Engineer (Fixed-term, 12 months) role.",
      "Support Engineer (Fixed-term, 12 months)",
    ],
    [
      "German, befristet",
      "Danke für Ihre Bewerbung als Data Engineer (Befristet, 12 Monate) bei uns.",
      "Data Engineer (Befristet, 12 Monate)",
    ],
    [
      "French, a CDD",
      "Merci pour votre candidature au poste de Chargé de projet (CDD 6 mois) chez nous.",
      "Chargé de projet (CDD 6 mois)",
    ],
    [
      "Spanish, temporal",
      "Gracias por tu candidatura al puesto de Analista de Datos (Temporal, 6 meses) con nosotros.",
      "Analista de Datos (Temporal, 6 meses)",
    ],
    [
      "Dutch, tijdelijk",
      "Bedankt voor je sollicitatie voor de functie van Data Analist (Tijdelijk, 12 maanden).",
      "Data Analist (Tijdelijk, 12 maanden)",
    ],
    [
      "Italian, tempo determinato",
      "Grazie per la candidatura per il ruolo di Analista Dati (Tempo determinato, 12 mesi).",
      "Analista Dati (Tempo determinato, 12 mesi)",
    ],
    [
      "Portuguese, temporário",
      "Obrigado pela candidatura à vaga de Analista de Dados (Temporário, 6 meses).",
      "Analista de Dados (Temporário, 6 meses)",
    ],
  ])("%s", (_kind, text, expected) => {
    expect(role(text, "application_received")).toBe(expected);
  });

  it.each<[string, string, string]>([
    [
      "English, where the job is",
      "Thanks for applying to the Data Engineer (Remote, EMEA) role.",
      "Data Engineer",
    ],
    [
      "English, a contract and a place together",
      "Thanks for applying to the Data Engineer (Contract, Remote) role.",
      "Data Engineer",
    ],
    [
      "English, a note in lower case about the contract",
      "Thanks for your interest in the Research Assistant (18-month contract) role.",
      "Research Assistant",
    ],
    [
      "Spanish, a note in lower case about the contract",
      "Gracias por tu candidatura al puesto de Analista de Datos (contrato temporal de 6 meses).",
      "Analista de Datos",
    ],
    [
      "German, hybrid",
      "Danke für Ihre Bewerbung als Cloud Engineer (hybrid, Köln) bei uns.",
      "Cloud Engineer",
    ],
  ])("a place or a note in the parenthesis still goes: %s", (_kind, text, expected) => {
    expect(role(text, "application_received")).toBe(expected);
  });
});

describe("role: an ampersand joins two fields of one title", () => {
  it.each<[string, string, string]>([
    [
      "French, with the gender marker",
      "Mme Ferrand souhaite vous rencontrer pour le poste de Responsable Data & IA (H/F).",
      "Responsable Data & IA (H/F)",
    ],
    [
      "French, in lower case before a town",
      "Nous vous proposons le poste de responsable données & IA pour Lyon.",
      "Responsable données & IA",
    ],
    [
      "Italian",
      "Ci piacerebbe offrirle il ruolo di Responsabile Dati & IA.",
      "Responsabile Dati & IA",
    ],
    [
      "Spanish",
      "Queremos ofrecerte el puesto de Jefa de Datos & IA en Madrid.",
      "Jefa de Datos & IA",
    ],
    [
      "Portuguese",
      "Gostaríamos de oferecer a vaga de Gerente de Dados & IA.",
      "Gerente de Dados & IA",
    ],
    ["German", "Wir bieten Ihnen die Stelle als Leiterin Daten & KI an.", "Leiterin Daten & KI"],
    ["Dutch", "We bieden je de functie van Manager Data & AI aan.", "Manager Data & AI"],
    ["English", "Thanks for applying for the Head of Data & AI role.", "Head of Data & AI"],
  ])("%s", (_kind, text, expected) => {
    expect(role(text, "offer")).toBe(expected);
  });
});

describe("role: the day of a meeting after the title's dash is not the title's", () => {
  it.each<[string, string, string]>([
    ["English", "Re: Cloud Security Engineer - Friday", "Cloud Security Engineer"],
    ["English, this week", "Backend Engineer – This week", "Backend Engineer"],
    ["German", "AW: Data Engineer (m/w/d) – Donnerstag", "Data Engineer (m/w/d)"],
    ["French", "RE: Ingénieur DevOps – Jeudi", "Ingénieur DevOps"],
    ["Spanish", "RE: Analista de Datos – Mañana", "Analista de Datos"],
    ["Italian", "R: Sviluppatore Java – Venerdì", "Sviluppatore Java"],
    ["Portuguese", "RE: Engenheiro de Dados – Sexta-feira", "Engenheiro de Dados"],
    ["Dutch", "Re: Data Analist – Vrijdag", "Data Analist"],
  ])("%s", (_kind, subject, expected) => {
    expect(role("Thanks, speak then.", "other", subject)).toBe(expected);
  });

  it("a team after the dash stays", () => {
    expect(role("Thanks, speak then.", "other", "Backend Engineer – Payments")).toBe(
      "Backend Engineer – Payments",
    );
  });
});
