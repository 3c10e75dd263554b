import { describe, expect, it } from "vitest";
import { foldText } from "../../src/understand/detect-language.ts";
import {
  CONTEXT_BASE,
  CONTEXT_FEATURE_NAMES,
  messageFeatures,
} from "../../src/understand/model/features.ts";
import { SENTENCE_FEATURE_NAMES, sentenceFeatures } from "../../src/understand/model/sentences.ts";
import {
  type PatternEvidence,
  patternEvidence,
  SIGNAL_NAMES,
} from "../../src/understand/pattern-evidence.ts";

// Acknowledgements by kind, each in the seven languages, in words of our own.

/** The phrase evidence of a body, read as messageFeatures reads it (folded, padded). */
function evidenceOf(body: string): PatternEvidence {
  return patternEvidence(` \n ${foldText(body).replace(/\s+/g, " ")} `);
}
const signal = (body: string, name: (typeof SIGNAL_NAMES)[number]) =>
  evidenceOf(body).signals[SIGNAL_NAMES.indexOf(name)] ?? 0;

describe("a receipt said in passing or by the person who got it", () => {
  it.each([
    ["en", "Hi Sam, yes, everything received - the cover letter too."],
    ["en", "Thanks for the CV, it came through fine on my side."],
    ["de", "Hallo Sam, wir haben Ihre Unterlagen gut erhalten."],
    ["de", "Ihre Dokumente sind vollständig bei uns eingegangen."],
    ["fr", "Merci Sam, on l'a bien reçue et on la lit cette semaine."],
    ["fr", "Ta candidature nous est bien parvenue."],
    ["es", "Hola Sam, la hemos recibido correctamente."],
    ["es", "Tu currículum nos ha llegado sin problemas."],
    ["nl", "Dag Sam, we hebben het in goede orde ontvangen."],
    ["nl", "Je documenten zijn goed bij ons aangekomen."],
    ["it", "Ciao Sam, l'abbiamo ricevuta correttamente."],
    ["it", "I documenti sono arrivati correttamente."],
    ["pt", "Olá Sam, acusamos a receção da sua candidatura."],
    ["pt", "Sam, a sua candidatura chegou bem, obrigado."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
  });
});

describe("the application handed on or being read: a hint of a receipt", () => {
  it.each([
    ["en", "I've passed your CV to the head of data, who is going through the shortlist."],
    ["en", "We are going through applications this week."],
    ["de", "Ich habe Ihre Bewerbung an die Fachabteilung weitergeleitet."],
    ["de", "Unser Team wird Ihre Unterlagen sorgfältig prüfen."],
    ["fr", "J'ai transmis votre candidature au responsable de l'équipe."],
    ["fr", "Notre équipe va la regarder dans les jours qui viennent."],
    ["es", "He trasladado tu candidatura al responsable del área."],
    ["es", "Estamos valorando tu perfil con el equipo."],
    ["nl", "Ik heb je cv doorgestuurd naar de teamleider."],
    ["nl", "We gaan je sollicitatie deze week bekijken."],
    ["it", "Ho inoltrato la tua candidatura al responsabile tecnico."],
    ["it", "Valuteremo con attenzione il tuo profilo."],
    ["pt", "Encaminhei a sua candidatura para o gestor da equipa."],
    ["pt", "Estamos a analisar o seu perfil esta semana."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(2);
  });
});

describe("an answer promised whatever it is", () => {
  it.each([
    ["en", "I'll update you as soon as I hear anything from the panel."],
    ["de", "Wir melden uns bei Ihnen, sobald wir mehr wissen."],
    ["fr", "Que la réponse soit positive ou non, nous reviendrons vers vous."],
    ["es", "Te avisaremos en cuanto haya novedades sobre el proceso."],
    ["nl", "We laten het je weten zodra we meer nieuws hebben."],
    ["it", "Ti faremo sapere non appena avremo novità."],
    ["pt", "Seja qual for a decisão, daremos notícias em breve."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(2);
  });
});

describe("a receipt's caveats sound negative and decide nothing", () => {
  it.each([
    ["en", "Given the number of applicants we cannot respond to every applicant individually."],
    ["en", "If you haven't heard from us within three weeks, please assume we went another way."],
    ["de", "Leider können wir nicht jede Bewerbung einzeln beantworten."],
    ["de", "Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle vergeben."],
    ["fr", "Nous ne pouvons pas répondre individuellement à chaque candidature."],
    ["fr", "Sans nouvelles de notre part d'ici un mois, vous pourrez considérer le poste pourvu."],
    ["es", "No podemos responder individualmente a cada candidatura."],
    ["es", "Si no has recibido noticias en 20 días, entiende que seguimos con otras personas."],
    ["nl", "We kunnen niet iedereen persoonlijk beantwoorden."],
    ["nl", "Als je binnen drie weken niets van ons hoort, is de functie ingevuld."],
    ["it", "Non possiamo rispondere a tutti singolarmente."],
    ["it", "In assenza di nostro riscontro entro un mese, potrà considerare chiusa la selezione."],
    ["pt", "Não conseguimos responder individualmente a todas as pessoas."],
    ["pt", "Caso não receba notícias em 15 dias, considere que seguimos outro caminho."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
  });
});

describe("the employer saw the application: it is being read", () => {
  it.each([
    ["en", "Good news: your application was viewed by Fernhill Robotics."],
    ["de", "Ihre Bewerbung wurde von Fernhill Robotics angesehen."],
    ["fr", "Votre candidature a été consultée par Fernhill Robotics."],
    ["es", "Tu candidatura ha sido vista por Fernhill Robotics."],
    ["nl", "Je sollicitatie is bekeken door Fernhill Robotics."],
    ["it", "La tua candidatura è stata visualizzata da Fernhill Robotics."],
    ["pt", "A sua candidatura foi visualizada pela Fernhill Robotics."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
    expect(signal(body, "activity")).toBe(0);
  });

  it("a profile seen in a search is still portal activity", () => {
    expect(signal("A recruiter viewed your profile twice this week.", "activity")).toBe(3);
    expect(signal("A recruiter viewed your profile twice this week.", "acknowledgement")).toBe(0);
  });
});

describe("a status of 'under review' is a receipt's status", () => {
  const REVIEW = CONTEXT_BASE + CONTEXT_FEATURE_NAMES.indexOf("status:review");
  const statusReview = (body: string) =>
    messageFeatures({
      subject: "",
      body,
      senderAddress: null,
      autoReplyHeader: false,
    }).indices.includes(REVIEW);
  it.each([
    ["en", "The status of your application has changed to: Under review."],
    ["de", "Status Ihrer Bewerbung: In Prüfung"],
    ["fr", "Statut : en cours d'examen"],
    ["es", "El estado de tu candidatura ha cambiado a: En revisión."],
    ["nl", "Status: in behandeling"],
    ["it", "Stato: in valutazione"],
    ["pt", "Estado: em análise"],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
    expect(statusReview(body)).toBe(true);
  });

  it.each(["Status: Interview scheduled", "Status: Not selected"])(
    "other statuses are not read as a review: %s",
    (body) => {
      expect(signal(body, "acknowledgement")).toBe(0);
      expect(statusReview(body)).toBe(false);
    },
  );
});

describe("a withdrawal the reader made is not a receipt", () => {
  it.each([
    ["en", "This email confirms that you have withdrawn your application for the Analyst role."],
    ["de", "Hiermit bestätigen wir, dass Sie Ihre Bewerbung erfolgreich zurückgezogen haben."],
    ["fr", "Nous confirmons que vous avez retiré votre candidature."],
    ["es", "Confirmamos que has retirado tu candidatura para el puesto."],
    ["de", "Sie haben Ihre Bewerbung für die Stelle zurückgezogen."],
    ["nl", "We bevestigen dat je je sollicitatie hebt ingetrokken."],
    ["nl", "U heeft uw sollicitatie ingetrokken."],
    ["it", "Confermiamo che hai ritirato la tua candidatura."],
    ["pt", "Confirmamos que retirou a sua candidatura à vaga."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBe(0);
    expect(signal(body, "activity")).toBeGreaterThanOrEqual(3);
  });
});

describe("rejections keep no receipt evidence of the new kinds", () => {
  it.each([
    ["en", "We have decided not to move forward with your application."],
    ["de", "Leider haben wir uns für eine andere Kandidatin entschieden."],
    ["fr", "Nous avons retenu un autre profil pour ce poste."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBe(0);
  });
});

describe("silence that stands for a 'no' is a condition, and a 'no' after a receipt decides", () => {
  const sentenceNames = (subject: string, body: string) => {
    const text = ` ${foldText(subject)} \n ${foldText(body).replace(/\s+/g, " ")} `;
    const out: number[] = [];
    sentenceFeatures(text, patternEvidence(text), 0, out);
    return out.map((i) => SENTENCE_FEATURE_NAMES[i]);
  };

  it.each([
    [
      "en",
      "Without hearing from us in a month, please assume we are not moving forward with your application.",
    ],
    ["de", "Ohne Rückmeldung innerhalb von vier Wochen wurden Sie leider nicht ausgewählt."],
    ["fr", "Sans nouvelles de notre part sous un mois, votre candidature n'a pas été retenue."],
    ["es", "Sin noticias nuestras en un mes, tu candidatura no ha sido seleccionada."],
    ["nl", "Zonder bericht binnen een maand ben je helaas niet geselecteerd."],
    ["it", "In assenza di riscontro entro un mese, la candidatura non è stata selezionata."],
    ["pt", "Sem notícias nossas em um mês, a sua candidatura não foi selecionada."],
  ])("%s: %s", (_language, body) => {
    expect(sentenceNames("", body)).toContain("hedged:rejection");
  });

  it.each([
    [
      "fr",
      "Nous accusons réception de votre candidature. Après examen, nous sommes au regret de ne pas pouvoir y donner une suite favorable.",
    ],
    [
      "en",
      "We have received your application. After careful review, we have decided not to move forward with your application.",
    ],
  ])("%s: a receipt, then a decision", (_language, body) => {
    expect(sentenceNames("", body)).toContain("decided-after-receipt");
  });

  it("a receipt wishing good luck decides nothing", () => {
    expect(
      sentenceNames("", "We have received your application and will review it. Good luck!"),
    ).not.toContain("decided-after-receipt");
  });
});
