import { describe, expect, it } from "vitest";
import type { DraftLanguage } from "../../src/domain/draft-language.ts";
import { detectRegister, registerDetector } from "../../src/drafts/language.ts";
import { companyName, roleTitle } from "../../src/drafts/personal-details.ts";
import { genderOf } from "../../src/drafts/salutation.ts";

// A message's drafts read the employer's text once (registerDetector) and the greeting's titles
// once per text (genderOf remembers the last text): the answers must not depend on what was
// asked before, nor on the order.

describe("registerDetector", () => {
  const cases: [DraftLanguage, string, string[]][] = [
    ["de", "Sehr geehrte Frau Kaya, vielen Dank für Ihre Zeit.", ["", "du warst super", "Sie"]],
    ["de", "Hallo Jan, danke dir für deine Zeit!", ["", "Ihnen", "dich und dein Team"]],
    ["fr", "Bonjour, nous vous remercions de votre candidature.", ["", "tu", "toi et ton équipe"]],
    ["es", "Hola, gracias por tu tiempo y tu interés.", ["", "usted", "su equipo"]],
    ["nl", "Beste, bedankt voor uw sollicitatie.", ["", "jij en je team"]],
    ["it", "Ciao, grazie per il tuo tempo.", ["", "Lei", "la ringrazio"]],
    ["pt", "Olá, obrigado pelo seu interesse, o senhor foi ótimo.", ["", "você e teu time"]],
    ["en", "Hi there, thanks for your time.", ["", "Dear Sir"]],
  ];
  it.each(cases)(
    "(%s) answers as detectRegister for every note, in any order",
    (language, employer, notes) => {
      const detect = registerDetector(language, employer);
      for (const note of [...notes, ...notes.slice().reverse()]) {
        expect(detect(note)).toBe(detectRegister(language, employer, note));
      }
    },
  );
});

describe("genderOf, asked about several texts in turn", () => {
  const texts = [
    "Vielen Dank, Frau Albers und Herr Brandt, für das Gespräch.",
    "Merci à M. Albers et à Mme Brandt pour leur temps.",
    "Nobody here has a title.",
  ];
  const people: [string, string][] = [
    ["Lea", "Albers"],
    ["Tom", "Brandt"],
    ["Kim", "Albers"],
  ];
  // What each text alone says, asked first about that text in a fresh order.
  const alone = texts.map((text) =>
    people.map(([first, last]) => genderOf({ first: null, last }, text, "de") ?? first),
  );
  it.each([
    ["each text in turn", [0, 1, 2, 0, 1, 2]],
    ["back and forth", [2, 0, 2, 1, 0, 1]],
    ["the same text twice, then another", [1, 1, 0, 0, 2, 2]],
  ])("gives the same answers: %s", (_, order) => {
    for (const i of order as number[]) {
      const text = texts[i] as string;
      expect(
        people.map(([first, last]) => genderOf({ first: null, last }, text, "de") ?? first),
      ).toEqual(alone[i]);
    }
  });

  it("reads the titles of the text it is given", () => {
    expect(genderOf({ first: null, last: "Albers" }, texts[0] as string, "de")).toBe("female");
    expect(genderOf({ first: null, last: "Albers" }, texts[1] as string, "de")).toBe("male");
    expect(genderOf({ first: null, last: "Brandt" }, texts[0] as string, "de")).toBe("male");
    expect(genderOf({ first: null, last: "Brandt" }, texts[1] as string, "de")).toBe("female");
    expect(genderOf({ first: null, last: "Albers" }, texts[2] as string, "de")).toBeNull();
  });
});

describe("roleTitle and companyName, remembered per phrase", () => {
  // Expected phrases written out: a remembered answer must be the fresh one, asked in any order.
  const roles: [string | null, string | null][] = [
    ["Senior Engineer (m/w/d)", "Senior Engineer"],
    ["Ingeniero/a de Datos", "Ingeniero de Datos"],
    ["Développeur·se  Backend", "Développeur Backend"],
    ["the Product Designer", "Product Designer"],
    ["Sviluppatore  Java", "Sviluppatore Java"],
    ["  ", null],
    ["", null],
    [null, null],
  ];
  const companies: [string | null, string | null][] = [
    ["Kessler Logistik und Spedition GmbH & Co. KG", "Kessler Logistik und Spedition"],
    ["Maison  Verdier SARL", "Maison Verdier"],
    ["Bellini S.r.l.", "Bellini"],
    ["Van Dijk B.V.", "Van Dijk"],
    ["Pagaluz S.L.", "Pagaluz"],
    ["Ltda", "Ltda"],
    ["", null],
    [null, null],
  ];
  it("reads each role the same, asked again and in reverse", () => {
    for (const [role, title] of [...roles, ...roles.slice().reverse(), ...roles]) {
      expect(roleTitle(role)).toBe(title);
    }
  });
  it("reads each employer the same, asked again and in reverse", () => {
    for (const [company, name] of [...companies, ...companies.slice().reverse(), ...companies]) {
      expect(companyName(company)).toBe(name);
    }
  });
});
