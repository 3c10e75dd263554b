import { describe, expect, it } from "vitest";
import { foldText } from "../../src/understand/detect-language.ts";
import { CONTEXT_FEATURE_NAMES, statusLines } from "../../src/understand/model/features.ts";
import { SENTENCE_FEATURE_NAMES, sentenceFeatures } from "../../src/understand/model/sentences.ts";
import { patternEvidence, SIGNAL_NAMES } from "../../src/understand/pattern-evidence.ts";

const fold = (text: string) => ` ${foldText(text).replace(/\s+/g, " ")} `;

/** The sentence features of a body, by name, read as messageFeatures reads them. */
function namesOf(body: string): string[] {
  const text = ` \n${fold(body)}`;
  const out: number[] = [];
  sentenceFeatures(text, patternEvidence(text), 0, out);
  return out.map((i) => SENTENCE_FEATURE_NAMES[i] ?? `?${i}`);
}

describe("a signal said only under a condition or as a question is hedged", () => {
  it.each([
    [
      "en",
      "Should you not hear back from us within three weeks, please assume your application was unsuccessful.",
    ],
    ["en", "Applications will not be considered until every required step has been completed."],
    [
      "de",
      "Falls Sie innerhalb von drei Wochen nichts von uns hören, konnten wir Ihre Bewerbung leider nicht berücksichtigen.",
    ],
    [
      "fr",
      "Si vous n'avez pas de nouvelles d'ici trois semaines, considérez que nous ne pouvons malheureusement pas donner suite à votre candidature.",
    ],
    [
      "es",
      "En caso de no recibir noticias en tres semanas, lamentablemente no hemos podido seguir adelante con tu candidatura.",
    ],
    [
      "nl",
      "Mocht je binnen drie weken niets horen, dan hebben we helaas voor een andere kandidaat gekozen.",
    ],
    [
      "it",
      "Qualora non ricevesse notizie entro tre settimane, purtroppo avremo scelto un altro candidato.",
    ],
    [
      "pt",
      "Caso não receba notícias em três semanas, infelizmente teremos escolhido outro candidato.",
    ],
  ])("a condition, %s: %s", (_language, body) => {
    const names = namesOf(body);
    expect(names).toContain("conditional:rejection");
    expect(names).toContain("hedged:rejection");
  });

  it.each([
    ["en", "Quick question: did you decide to go with another candidate?"],
    ["de", "Haben Sie sich inzwischen für einen anderen Kandidaten entschieden?"],
    ["es", "¿Han optado por otro candidato para el puesto?"],
  ])("a question, %s: %s", (_language, body) => {
    const names = namesOf(body);
    expect(names).toContain("question:rejection");
    expect(names).toContain("hedged:rejection");
  });

  it.each([
    "Unfortunately we have decided to go with another candidate. If you have questions, just reply.",
    "We regret to tell you that the panel chose another applicant; should a similar role open, we'll write.",
  ])("is not hedged when the same message also says it outright: %s", (body) => {
    const names = namesOf(body);
    expect(names).not.toContain("hedged:rejection");
  });

  it.each([
    "If that's all right with you, we'd like to keep your CV on file for the spring roles.",
    "Would you like me to put your name forward to the platform team?",
  ])("leaves offers of a service alone, which are asked as a matter of course: %s", (body) => {
    expect(namesOf(body).filter((name) => /^(conditional|question|hedged):/.test(name))).toEqual(
      [],
    );
  });

  it("keeps a condition in one sentence from reaching the next", () => {
    const names = namesOf(
      "If you applied to several roles, each is reviewed on its own. Unfortunately we chose another candidate for this one.",
    );
    expect(names).not.toContain("conditional:rejection");
  });
});

describe("a portal's status line says where the application stands", () => {
  it("names its features once each", () => {
    for (const value of ["negative", "progress", "received"])
      expect(CONTEXT_FEATURE_NAMES.filter((n) => n === `status:${value}`)).toHaveLength(1);
  });

  it.each([
    ["en", "Application status: Not selected", "negative"],
    ["en", "The status of your application has been updated to Declined.", "negative"],
    ["en", "Your candidacy status is now: no longer under consideration", "negative"],
    ["en", "Status - Referred. The hiring manager may contact you.", "progress"],
    ["en", "Status: Received", "received"],
    ["de", "Bewerbungsstatus: Absage", "negative"],
    ["de", "Der Status Ihrer Bewerbung wurde geändert auf: In Prüfung", "review"],
    ["fr", "Statut : non retenu", "negative"],
    ["es", "Estado de la solicitud: Descartada", "negative"],
    ["nl", "Status van je sollicitatie: afgewezen", "negative"],
    ["it", "Stato della candidatura: In valutazione", "review"],
    ["pt", "Situação: Reprovado", "negative"],
  ])("%s: %s", (_language, text, value) => {
    expect(statusLines(fold(text))).toEqual([value]);
  });

  it.each([
    "We will update the status of your application as soon as the panel has met.",
    "I have been in touch with the team about where things stand.",
    "He estado revisando los perfiles esta semana.",
    "Status meeting moved to Thursday.",
  ])("reads no status where none is given: %s", (text) => {
    expect(statusLines(fold(text))).toEqual([]);
  });
});

describe("a status line that ends the application says no outright", () => {
  const rejection = (text: string) =>
    patternEvidence(` \n${fold(text)}`).signals[SIGNAL_NAMES.indexOf("rejection")] ?? 0;

  it.each([
    "Candidate status: Rejected",
    "The status of your application for Line Cook has been changed to: not selected.",
    "Status der Bewerbung: nicht berücksichtigt",
    "Estado de la solicitud: Rechazada",
    "Stato: non selezionato",
  ])("%s", (text) => {
    expect(rejection(text)).toBeGreaterThanOrEqual(3);
  });

  it.each(["Status: Referred", "Application status: Under review", "Statut : en cours"])(
    "not one that continues it: %s",
    (text) => {
      expect(rejection(text)).toBeLessThan(3);
    },
  );
});
