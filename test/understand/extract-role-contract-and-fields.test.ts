import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { findRole } from "../../src/understand/extract/role.ts";

// Kinds of role error on mail between humans: the contract the title carries in parentheses
// dropped as if it were a place, and a title whose two fields an ampersand joins cut at the
// ampersand. Every firm, person and sentence below is invented.

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
      "English, in lower case",
      "Thanks for your interest in the Support Engineer (fixed-term, 12 months) role.",
      "Support Engineer (fixed-term, 12 months)",
    ],
    [
      "German, befristet",
      "Danke für Ihre Bewerbung als Data Engineer (befristet, 12 Monate) bei uns.",
      "Data Engineer (befristet, 12 Monate)",
    ],
    [
      "French, a CDD",
      "Merci pour votre candidature au poste de Chargé de projet (CDD 6 mois) chez nous.",
      "Chargé de projet (CDD 6 mois)",
    ],
    [
      "Spanish, temporal",
      "Gracias por tu candidatura al puesto de Analista de Datos (temporal, 6 meses) con nosotros.",
      "Analista de Datos (temporal, 6 meses)",
    ],
    [
      "Dutch, tijdelijk",
      "Bedankt voor je sollicitatie voor de functie van Data Analist (tijdelijk, 12 maanden).",
      "Data Analist (tijdelijk, 12 maanden)",
    ],
    [
      "Italian, tempo determinato",
      "Grazie per la candidatura per il ruolo di Analista Dati (tempo determinato, 12 mesi).",
      "Analista Dati (tempo determinato, 12 mesi)",
    ],
    [
      "Portuguese, temporário",
      "Obrigado pela candidatura à vaga de Analista de Dados (temporário, 6 meses).",
      "Analista de Dados (temporário, 6 meses)",
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
      "German, hybrid",
      "Danke für Ihre Bewerbung als Cloud Engineer (hybrid, Köln) bei uns.",
      "Cloud Engineer",
    ],
  ])("a place in the parenthesis still goes: %s", (_kind, text, expected) => {
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
