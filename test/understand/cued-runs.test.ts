import { describe, expect, it } from "vitest";
import { COMPANY_RUN_AT } from "../../src/understand/extract/company-patterns.ts";
import { cuedRuns, KEYED_CUES } from "../../src/understand/extract/cued-runs.ts";
import { keysOf } from "../../src/understand/pattern-evidence.ts";

/** What cuedRuns gave before cue patterns were keyed: every match of the global pattern. */
function scanned(text: string, cue: RegExp, limit: number) {
  const out: { cue: string; index: number; run: string }[] = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null && out.length < limit; m = cue.exec(text)) {
    if (m[0] === "") {
      cue.lastIndex++;
      continue;
    }
    COMPANY_RUN_AT.lastIndex = m.index + m[0].length;
    const r = COMPANY_RUN_AT.exec(text);
    if (r) out.push({ cue: m[0], index: m.index, run: r[0] });
  }
  return out;
}

// Invented messages, in several languages and in odd cases, where cues start mid-line, after
// an apostrophe, with accented first letters and one after another.
const TEXTS = [
  "Thanks for your time with the team here at Quillmarsh Labs. The role is a Data Analyst.",
  "I'm the recruiter at Brackenfield; I work with Ostrava Freight as their partner.",
  "Merci de l'intérêt porté à l'équipe chez Vautrin Conseil, au poste de chargé de mission.",
  "L'ÉQUIPE CHEZ MORVAN SANTÉ vous remercie. ÉQUIPE chez Lemaire aussi.",
  "Vielen Dank, wir haben Ihre Unterlagen an die Fachabteilung bei Kranich Logistik übermittelt.",
  "Gracias por tu interés en el puesto de analista de datos en Sierra Pardo.",
  "Grazie per la candidatura presso Vetrerie Lunari per la posizione di sviluppatore.",
  "Obrigado pelo interesse na vaga de engenheira na Cordoaria Azul; a função de analista.",
  "Bedankt voor je sollicitatie bij Duinvogel Zorg voor de functie van data-analist.",
  "THE TEAM AT HOLLOWAY & REESE and the team at holloway & reese",
  "",
  "at at at at Keystone at Keystone",
];

describe("cuedRuns on a keyed cue pattern", () => {
  it.each(TEXTS)("finds what scanning the whole text finds: %s", (text) => {
    for (const cue of KEYED_CUES) {
      expect(keysOf(cue.source), cue.source.slice(0, 40)).not.toBeNull();
      const keyed = cuedRuns(text, cue, COMPANY_RUN_AT, 24).map((r) => ({
        cue: r.cue[0],
        index: r.cue.index,
        run: r.run,
      }));
      expect(keyed).toEqual(scanned(text, cue, 24));
    }
  });

  it("stops at the limit, as the scan does", () => {
    const text = "at Alder, at Birch, at Cedar, at Dogwood";
    const cue = /\b(?:at) /gi;
    expect(cuedRuns(text, cue, COMPANY_RUN_AT, 2).map((r) => r.run)).toEqual(
      scanned(text, cue, 2).map((r) => r.run),
    );
  });
});
