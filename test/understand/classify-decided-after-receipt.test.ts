import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { foldText } from "../../src/understand/detect-language.ts";
import { messageFeatures, sentenceInput } from "../../src/understand/model/features.ts";
import { patternEvidence, SIGNAL_NAMES } from "../../src/understand/pattern-evidence.ts";

// A rejection that opens like an acknowledgement ("we have received your application … we
// regret …") is a rejection: the "no", said outright in a sentence of its own, outranks the
// receipt before it. A receipt whose "no" is only a condition, a caveat in its own sentence or
// a question decides nothing. Seven languages, in words of our own.

const receipt = (body: string) => ({
  ...sentenceInput(body),
  subject: "Your application",
  senderAddress: "jobs-noreply@firm.example",
});

describe("a receipt, then a 'no' said outright: a rejection", () => {
  it.each([
    [
      "en",
      "Dear applicant, we confirm receipt of your application for the Payments Analyst post. Having reviewed it carefully, we regret to inform you that we will not be taking it further.",
    ],
    [
      "en",
      "Thank you, we have received your CV. After careful consideration we have decided not to proceed with your application.",
    ],
    [
      "de",
      "Sehr geehrte Bewerberin, wir bestätigen den Eingang Ihrer Bewerbung. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
    ],
    [
      "fr",
      "Madame, nous avons bien reçu votre dossier de candidature. Après une étude attentive, nous avons le regret de vous informer que nous ne pouvons pas y donner une suite favorable.",
    ],
    [
      "es",
      "Estimada candidata, hemos recibido tu candidatura para el puesto. Tras revisarla con atención, lamentamos comunicarte que no continuarás en el proceso de selección.",
    ],
    [
      "nl",
      "Beste kandidaat, wij hebben je sollicitatie in goede orde ontvangen. Na zorgvuldige overweging moeten wij je helaas laten weten dat wij je sollicitatie niet verder in behandeling nemen.",
    ],
    [
      "it",
      "Gentile candidata, abbiamo ricevuto la tua candidatura. Dopo un'attenta valutazione, siamo spiacenti di comunicarti che non proseguiremo con la tua candidatura.",
    ],
    [
      "pt",
      "Cara candidata, recebemos a sua candidatura para a vaga. Após uma análise cuidada, lamentamos informar que não iremos avançar com a sua candidatura.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(messageFeatures(receipt(body)).decidedAfterReceipt).toBe(true);
    expect(classifyMessage(receipt(body)).category).toBe("rejection");
  });
});

describe("a receipt whose 'no' decides nothing stays an acknowledgement", () => {
  it.each([
    [
      "en",
      "We have received your application and will review it. If you do not hear from us within four weeks, please assume that your application was not successful.",
    ],
    [
      "de",
      "Wir haben Ihre Bewerbung erhalten. Sollten Sie innerhalb von sechs Wochen nichts von uns hören, konnten wir Sie leider nicht berücksichtigen.",
    ],
    [
      "fr",
      "Nous avons bien reçu votre candidature. Sans nouvelles de notre part sous un mois, considérez que votre candidature n'a pas été retenue.",
    ],
    [
      "es",
      "Hemos recibido tu candidatura. Si no tienes noticias nuestras en tres semanas, entiende que no has sido seleccionada.",
    ],
    [
      "nl",
      "We hebben je sollicitatie ontvangen. Mocht je binnen vier weken niets van ons horen, dan ben je helaas niet geselecteerd.",
    ],
    [
      "it",
      "Abbiamo ricevuto la tua candidatura. Qualora non ricevessi notizie entro un mese, la tua candidatura non è stata selezionata.",
    ],
    [
      "pt",
      "Recebemos a sua candidatura. Caso não receba notícias nossas em quatro semanas, considere que não foi selecionada.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(messageFeatures(receipt(body)).decidedAfterReceipt).toBe(false);
  });
});

describe("a receipt's caveat said loosely (not able, answering, everyone) decides nothing", () => {
  it.each([
    ["en", "Sadly we can't always get back to everyone who writes in, as there are so many of us."],
    ["en", "I'm afraid I cannot promise personal replies to every applicant."],
    ["de", "Leider schaffen wir es nicht, allen Interessierten persönlich zu antworten."],
    ["fr", "Hélas, nous ne sommes pas toujours en mesure de répondre à tous les profils reçus."],
    ["es", "Sentimos no poder dar respuesta personal a todas las personas que nos escriben."],
    ["nl", "Helaas lukt het niet altijd om iedereen zelf te woord te staan."],
    ["it", "Ci scusiamo di non riuscire sempre a rispondere a tutti di persona."],
    ["pt", "Lamentamos não conseguir dar retorno a todas as pessoas que se candidatam."],
  ])("%s: %s", (_language, caveat) => {
    const folded = ` \n ${foldText(caveat).replace(/\s+/g, " ")} `;
    const receiptEvidence =
      patternEvidence(folded).signals[SIGNAL_NAMES.indexOf("acknowledgement")];
    expect(receiptEvidence).toBeGreaterThanOrEqual(3);
    const body = `We have your application safely and will read it soon. ${caveat}`;
    expect(messageFeatures(receipt(body)).decidedAfterReceipt).toBe(false);
    expect(classifyMessage(receipt(body)).category).toBe("application_received");
  });
});
