import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { findRole } from "../../src/understand/extract/role.ts";

// Kinds of role left null on mail between humans: the job an employment contract is for (after
// an offer, in onboarding mail), and the job an introduction says someone is looking for.
// Every firm, person and sentence below is invented.

const role = (text: string, category: Category) => findRole(text, "", text, "Corvennes", category);

describe("role: the job an employment contract is for", () => {
  it.each<[string, string, string]>([
    [
      "English",
      "Attached is your contract as Lead Platform Engineer, ready for signature.",
      "Lead Platform Engineer",
    ],
    [
      "German",
      "Anbei Ihr Arbeitsvertrag als Senior Data Engineer (m/w/d) zur Unterschrift.",
      "Senior Data Engineer (m/w/d)",
    ],
    [
      "French",
      "Votre période d'essai démarre ce jour-là, conformément à votre contrat d'Architecte Réseau.",
      "Architecte Réseau",
    ],
    [
      "Spanish",
      "Es un contrato indefinido a jornada completa como Ingeniera de Datos, con seis meses de prueba.",
      "Ingeniera de Datos",
    ],
    [
      "Italian",
      "In allegato il contratto a tempo indeterminato come Analista Funzionale, da firmare.",
      "Analista Funzionale",
    ],
    [
      "Portuguese",
      "Segue o seu contrato CLT como Engenheira de Dados para assinatura.",
      "Engenheira de Dados",
    ],
    [
      "Dutch",
      "Hierbij je arbeidsovereenkomst als Data Engineer ter ondertekening.",
      "Data Engineer",
    ],
  ])("%s", (_kind, text, expected) => {
    expect(role(text, "other")).toBe(expected);
  });
});

describe("role: the job an introduction says someone is looking for", () => {
  it.each<[string, string, string]>([
    [
      "Portuguese, a person",
      "Ela é cofundadora da Corvennes e está procurando uma pessoa Staff Engineer de Plataforma para o time.",
      "Staff Engineer de Plataforma",
    ],
    [
      "Spanish, a person",
      "Ella es cofundadora de Corvennes y busca una persona Data Engineer para su equipo.",
      "Data Engineer",
    ],
    [
      "French, a person",
      "Elle a cofondé Corvennes et cherche une personne Lead Developer pour son équipe.",
      "Lead Developer",
    ],
    [
      "Italian, a person",
      "Ha fondato Corvennes e cerca una persona Data Engineer per il suo team.",
      "Data Engineer",
    ],
    [
      "Dutch, a new role",
      "Hij is Head of Data bij Corvennes en zoekt iemand voor de nieuwe rol Lead Data Platform. Ik heb je cv doorgestuurd.",
      "Lead Data Platform",
    ],
    [
      "German, a person as",
      "Sie hat Corvennes gegründet und sucht eine Person als Data Engineer für ihr Team.",
      "Data Engineer",
    ],
    [
      "English, looking for",
      "She co-founded Corvennes and is looking for a Staff Data Engineer to lead the platform.",
      "Staff Data Engineer",
    ],
  ])("%s", (_kind, text, expected) => {
    expect(role(text, "referral_offer")).toBe(expected);
  });
});

describe("role: what a feedback subject puts before the title", () => {
  it.each<[string, string, string]>([
    [
      "Italian",
      "Riscontro colloquio Business Analyst (Area Sinistri)",
      "Business Analyst (Area Sinistri)",
    ],
    ["German", "Rückmeldung Vorstellungsgespräch Data Analyst (m/w/d)", "Data Analyst (m/w/d)"],
    ["Dutch", "Terugkoppeling gesprek Data Analist", "Data Analist"],
    ["Portuguese", "Retorno entrevista Analista de Dados", "Analista de Dados"],
    ["Portuguese, devolutiva", "Devolutiva entrevista Analista de Dados", "Analista de Dados"],
    ["English", "Feedback interview Business Analyst", "Business Analyst"],
  ])("%s", (_kind, subject, expected) => {
    expect(findRole("Grazie, thanks.", subject, "", "Corvennes", "feedback")).toBe(expected);
  });

  it("German: the position noun after 'Gespräch zur' is the cue's", () => {
    expect(
      role(
        "Wir müssen unser Vorstellungsgespräch zur Position Cloud Architect (w/m/d) leider verschieben.",
        "interview_invite",
      ),
    ).toBe("Cloud Architect (w/m/d)");
  });
});

describe("role: a level after the title names another opening", () => {
  it.each<[string, string, string]>([
    [
      "Italian",
      "Sono previste due nuove aperture (una posizione di Data Engineer senior e una di Analytics Engineer). La posizione di Data Engineer per cui si era candidata richiede invece la presenza in sede.",
      "Data Engineer",
    ],
    [
      "Spanish",
      "Abriremos pronto una vacante de Analista de Datos senior. El puesto de Analista de Datos al que te presentaste exige presencia diaria en la oficina.",
      "Analista de Datos",
    ],
  ])("%s", (_kind, text, expected) => {
    expect(role(text, "keep_on_file")).toBe(expected);
  });
});
