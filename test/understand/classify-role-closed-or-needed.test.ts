import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { sentenceInput } from "../../src/understand/model/features.ts";
import { patternEvidence, REASON_NAMES } from "../../src/understand/pattern-evidence.ts";
import { folded } from "../support/pattern-signals.ts";

// Rejection reasons, each in the seven languages and in words of our own: the role closes only
// when the role itself (or the call it stood on) closes; "closed" or "withdrawn" said of the
// reader's application is no closed role; a need the reader does not meet is about fit.

const reason = (text: string, name: (typeof REASON_NAMES)[number]) =>
  patternEvidence(folded(text)).reasons[REASON_NAMES.indexOf(name)] ?? 0;

const letter = (body: string) => ({
  ...sentenceInput(body),
  subject: "Your application",
  senderAddress: "talent@ostwind-energie.example",
});

describe("the selection ends without a hire, or the call it stood on is cancelled", () => {
  it.each([
    [
      "en",
      "Unfortunately we have decided to close this selection process without filling the role, so we will not continue with your application.",
    ],
    [
      "de",
      "Leider haben wir entschieden, das Auswahlverfahren ohne Besetzung zu beenden. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.",
    ],
    [
      "fr",
      "Malheureusement, nous clôturons ce recrutement sans pourvoir le poste et ne pourrons donc pas donner suite à votre candidature.",
    ],
    [
      "es",
      "Lamentablemente hemos decidido cerrar este proceso sin cubrir la vacante, por lo que no continuaremos con tu candidatura.",
    ],
    [
      "nl",
      "Helaas hebben we besloten de procedure af te sluiten zonder de vacature in te vullen, dus we gaan niet verder met je sollicitatie.",
    ],
    [
      "it",
      "Purtroppo il bando per la borsa di ricerca in analisi dei dati è stato annullato, quindi non potremo proseguire con la sua candidatura.",
    ],
    [
      "pt",
      "Infelizmente o concurso para a bolsa de investigação em dados foi anulado, por isso não vamos avançar com a sua candidatura.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
    const { category, reason: stated } = classifyMessage(letter(body));
    expect({ category, reason: stated }).toEqual({
      category: "rejection",
      reason: "position_closed",
    });
  });
});

describe("the employer had to close the role itself", () => {
  it.each([
    ["en", "We've had to close the data analyst position after a budget review."],
    ["de", "Wir mussten die Stelle als Datenanalyst leider streichen."],
    ["fr", "Nous avons dû fermer le poste d'analyste suite à une réorganisation."],
    ["es", "Hemos tenido que cerrar la posición de analista de datos."],
    ["nl", "We hebben de vacature voor data-analist moeten sluiten."],
    ["it", "Abbiamo dovuto chiudere la posizione di analista dati."],
    ["pt", "Tivemos de fechar a vaga de analista de dados."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
  });
});

describe("'closed' or 'withdrawn' said of the application, not of the role", () => {
  it.each([
    [
      "en",
      "Your application for the Data Analyst position (req 4471) at Ostwind has been withdrawn from consideration.",
    ],
    ["de", "Ihre Bewerbung auf die Stelle als Datenanalyst wurde geschlossen."],
    ["fr", "Votre candidature au poste d'analyste de données a été clôturée."],
    ["es", "Tu candidatura para el puesto de analista de datos ha sido cerrada."],
    ["nl", "Je sollicitatie voor de functie van data-analist is gesloten."],
    ["it", "La tua candidatura per la posizione di analista dati è stata chiusa."],
    ["pt", "A sua candidatura para a vaga de analista de dados foi encerrada."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBe(0);
  });

  it.each([
    ["en", "The Data Analyst position has been closed."],
    ["fr", "Le poste d'analyste de données a été supprimé."],
    ["es", "El puesto de analista de datos ha sido cancelado."],
    ["it", "La posizione di analista dati è stata chiusa."],
  ])("%s: said of the role it still is: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
  });
});

describe("a need the reader does not meet, said as the need", () => {
  it.each([
    [
      "en",
      "Unfortunately we won't move forward: for this role we need someone who is in the Leeds office three days a week.",
    ],
    [
      "de",
      "Leider können wir Ihre Bewerbung nicht berücksichtigen: Wir brauchen jemanden, der fließend Niederländisch spricht.",
    ],
    [
      "fr",
      "Malheureusement nous ne donnerons pas suite : nous avons besoin de quelqu'un qui travaille en allemand avec nos clients.",
    ],
    [
      "es",
      "Lamentablemente no seguiremos adelante: necesitamos a alguien que esté en la oficina de Bilbao tres días por semana.",
    ],
    [
      "nl",
      "Helaas gaan we niet verder: we hebben iemand nodig die dagelijks op kantoor in Zwolle aanwezig is.",
    ],
    [
      "it",
      "Purtroppo non possiamo proseguire: abbiamo bisogno di una persona presente in ufficio a Bari tre giorni a settimana.",
    ],
    [
      "pt",
      "Infelizmente não vamos avançar: precisamos de alguém que trabalhe no escritório de Braga três dias por semana.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "not_a_fit_for_role")).toBeGreaterThanOrEqual(3);
    expect(reason(body, "position_closed")).toBe(0);
  });
});
