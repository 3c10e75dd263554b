import { describe, expect, it } from "vitest";
import { stripDisplayNoise } from "../../src/understand/extract/org-phrases.ts";

// A career portal's display name written as one compound word ("Karriereportal") names the
// sending system, not the firm, in every language. Every firm below is invented.

describe("a career portal's display name", () => {
  it.each<[string, string]>([
    ["Ostwind Energie Karriereportal", "Ostwind Energie"],
    ["Ostwind Energie Bewerberportal", "Ostwind Energie"],
    ["Ostwind Energie Recruitingteam", "Ostwind Energie"],
    ["Veldhoven Groep Carrièreportaal", "Veldhoven Groep"],
    ["Veldhoven Groep Vacatureportaal", "Veldhoven Groep"],
    ["Marbrière Conseil Portail Carrières", "Marbrière Conseil"],
    ["Altavela Seguros Portal de Empleo", "Altavela Seguros"],
    ["Fontegrande Assicurazioni Portale Carriere", "Fontegrande Assicurazioni"],
    ["Serra Clara Portal de Carreiras", "Serra Clara"],
    ["Hollowmere Careerportal", "Hollowmere"],
    ["Karriereportal", ""],
  ])("%s names the firm %j", (display, firm) => {
    expect(stripDisplayNoise(display)).toBe(firm);
  });

  it.each<[string]>([["Stellwerk Analytics"], ["Portalis Systems"], ["Teamwork Logistics"]])(
    "a firm whose name only starts like one keeps it: %s",
    (display) => {
      expect(stripDisplayNoise(display)).toBe(display);
    },
  );
});
