import { describe, expect, it } from "vitest";
import { foldText } from "../../src/understand/detect-language.ts";
import { patternEvidence, REASON_NAMES } from "../../src/understand/pattern-evidence.ts";

// Rejection reasons by kind, in the seven languages, in words of our own: the experience found
// wanting (insufficient, not enough, "sluit onvoldoende aan") is not a fit; a public call or
// selection procedure cancelled closes the post; German gender-inclusive plurals
// ("Kandidat:innen") still name the other candidates chosen.

const reason = (body: string, name: (typeof REASON_NAMES)[number]) =>
  patternEvidence(` \n ${foldText(body).replace(/\s+/g, " ")} `).reasons[
    REASON_NAMES.indexOf(name)
  ] ?? 0;

describe("the experience found wanting: not a fit", () => {
  it.each([
    ["en", "Your experience with payments compliance was not sufficient for this seat."],
    ["en", "We did not see that level of hands-on leadership in your background."],
    ["en", "Your background is far stronger in retail than in the wholesale work this hire needs."],
    ["es", "Tu experiencia con clientes industriales es insuficiente para este puesto."],
    ["nl", "Helaas sluit je ervaring te weinig aan bij wat deze functie vraagt."],
    ["it", "Per questo ruolo serve una esperienza diretta in ambito bancario."],
    ["it", "La conoscenza di SAP non è emersa in misura sufficiente durante il colloquio."],
    ["pt", "A sua experiência com logística não é suficiente para o que a vaga pede."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "not_a_fit_for_role")).toBeGreaterThanOrEqual(3);
  });
});

describe("a public call or selection procedure cancelled: the post is closed", () => {
  it.each([
    ["en", "The competition for the research fellowship has been cancelled."],
    ["de", "Das Auswahlverfahren für die Stelle wurde leider aufgehoben."],
    ["fr", "Le concours pour ce poste a été annulé."],
    ["es", "La convocatoria de la plaza ha quedado desierta."],
    ["nl", "De wervingsprocedure voor deze functie is stopgezet."],
    ["it", "Il bando per l'assegno di ricerca è stato revocato."],
    ["pt", "O edital para a vaga de pesquisador foi cancelado."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
  });
});

describe("German gender-inclusive plurals name the others chosen", () => {
  it.each([
    ["de", "Wir haben uns für Kandidat:innen entschieden, die mehr Erfahrung mitbringen."],
    ["de", "Am Ende haben wir uns für Bewerber_innen entschieden, die näher am Profil sind."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "other_candidate")).toBeGreaterThanOrEqual(3);
  });
});

describe("the one chosen said to match best: another candidate", () => {
  it.each([
    ["en", "We have offered the role to an applicant whose experience best matches the brief."],
    [
      "de",
      "Wir haben eine Bewerberin ausgewählt, deren Profil am besten zu den Anforderungen passt.",
    ],
    ["fr", "Nous avons retenu une candidate dont le profil correspond le mieux au besoin."],
    ["es", "Hemos seleccionado a una candidata cuyo perfil se ajusta mejor al puesto."],
    ["nl", "We hebben gekozen voor een kandidaat wiens profiel beter aansluit bij de functie."],
    ["it", "Abbiamo selezionato una candidata il cui profilo è più in linea con la posizione."],
    ["pt", "Selecionamos uma candidata cujo perfil está mais alinhado com a vaga."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "other_candidate")).toBeGreaterThanOrEqual(3);
  });
});

describe("not hiring for the role at all: the post is closed", () => {
  it.each([
    ["en", "We've decided not to move ahead with hiring for the designer role this year."],
    ["de", "Wir haben entschieden, die Stelle in diesem Jahr nicht mehr zu besetzen."],
    ["fr", "Nous avons décidé de ne pas pourvoir le poste cette année."],
    ["es", "Hemos decidido no cubrir la vacante este año."],
    ["nl", "We hebben besloten de vacature dit jaar niet in te vullen."],
    ["it", "Abbiamo deciso di non coprire più la posizione quest'anno."],
    ["pt", "Decidimos não preencher mais a vaga este ano."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
  });
});
