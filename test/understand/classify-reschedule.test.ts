import { describe, expect, it } from "vitest";
import { signal } from "../support/pattern-signals.ts";

// An interview moved to another day, said the way each language says it: with the candidate's
// or the team's possessive ("your interview", "il tuo colloquio"), or with German's "put on
// Friday" and Portuguese's "pass to Friday". Sentences of our own.

describe("an interview moved, not cancelled", () => {
  it.each([
    ["en", "Could we move your interview to Thursday afternoon?"],
    ["de", "Können wir das Gespräch auf Donnerstag legen?"],
    ["de", "Wir müssten den Termin leider auf nächste Woche schieben."],
    ["fr", "Pourrions-nous décaler votre entretien à jeudi ?"],
    ["es", "¿Podemos mover tu entrevista al jueves por la tarde?"],
    ["es", "Tendríamos que cambiar su llamada a otro momento."],
    ["nl", "Kunnen we het gesprek naar donderdag verzetten?"],
    ["it", "Possiamo spostare il tuo colloquio a giovedì pomeriggio?"],
    ["pt", "Podemos passar a sua entrevista para quinta-feira?"],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "reschedule")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["de", "Wir legen großen Wert auf Teamarbeit und schieben nichts auf die lange Bank."],
    ["es", "Nos encanta tu perfil y queremos mover ficha pronto."],
    ["it", "Il tuo colloquio è andato molto bene."],
    ["pt", "Gostamos muito da sua entrevista."],
  ])("not a move: %s: %s", (_language, body) => {
    expect(signal(body, "reschedule")).toBe(0);
  });
});
