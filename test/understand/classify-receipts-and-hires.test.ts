import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { sentenceInput } from "../../src/understand/model/features.ts";
import { hedgedOnly } from "../../src/understand/model/sentences.ts";
import { patternEvidence, SIGNAL_NAMES } from "../../src/understand/pattern-evidence.ts";
import { folded, signal } from "../support/pattern-signals.ts";

// Kinds the category model missed, each in the seven languages and in words of our own: a
// receipt said at length (the role between "your application" and "was sent"), an agency's
// receipt (the CV put in front of its client), a receipt that says how the process goes on
// under a condition, a "no" that names the filled role or the hire, the first-day mail after a
// signed offer, and an informal call with a duration.

const letter = (body: string, from = "noreply@mailer.portal-example.net") => ({
  ...sentenceInput(body),
  subject: "",
  senderAddress: from,
});

describe("a receipt said at length: the application, its role, then that it went out", () => {
  it.each([
    [
      "en",
      "Your application for the Warehouse Systems Analyst job at Brightmoor has been submitted.",
    ],
    ["de", "Ihre Bewerbung als Lagerlogistiker bei der Firma Hollweg ist bei uns eingegangen."],
    ["de", "Wir haben Ihre Bewerbung und Ihr Anschreiben vollständig erhalten."],
    ["fr", "Votre candidature pour l'offre Comptable confirmé chez Ravelle a bien été transmise."],
    ["fr", "Nous accusons bonne réception de votre dossier."],
    [
      "es",
      "Tu solicitud para el puesto de Técnico de soporte en Almadía se ha registrado correctamente.",
    ],
    ["nl", "Je sollicitatie voor de functie Planner bij Duinvoet is succesvol verzonden."],
    ["nl", "We hebben je cv en motivatiebrief in goede orde ontvangen."],
    ["it", "La tua candidatura per la posizione di Magazziniere presso Ferrovelo è stata inviata."],
    ["pt", "A sua candidatura à vaga de Analista Financeiro na Corvale foi submetida."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
    expect(signal(body, "rejection")).toBe(0);
  });
});

describe("an agency's receipt: the CV put in front of the client", () => {
  it.each([
    [
      "en",
      "Good to talk this morning. I have just sent your CV over to my client for the lead role.",
    ],
    ["de", "Ich habe Ihr Profil heute bei meinem Kunden vorgestellt."],
    ["fr", "J'ai transmis votre CV à mon client ce matin."],
    ["es", "He enviado tu perfil a mi cliente esta mañana."],
    ["nl", "Ik heb je cv vanochtend naar mijn opdrachtgever doorgestuurd."],
    ["it", "Ho inviato il tuo curriculum al mio cliente stamattina."],
    ["pt", "Enviei o seu currículo ao meu cliente hoje de manhã."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
  });
});

describe("a receipt's next step said under a condition is the receipt's, not an invitation", () => {
  const RECEIPTS: [string, string][] = [
    [
      "en",
      "Thanks for applying to the Support Lead role. Your application has been received and our team reviews every application. If your background fits, the next step is a short call with our recruiter.",
    ],
    [
      "fr",
      "Votre candidature a bien été reçue. Si votre profil correspond, nous vous proposerons un premier entretien téléphonique.",
    ],
    [
      "nl",
      "We hebben je sollicitatie in goede orde ontvangen. Binnen twee weken laten we je weten of we je uitnodigen voor een kennismakingsgesprek.",
    ],
    [
      "de",
      "Ihre Bewerbung ist bei uns eingegangen. Wir melden uns, ob wir Sie zu einem Vorstellungsgespräch einladen.",
    ],
  ];
  it.each(RECEIPTS)("%s: every invitation is hedged", (_language, body) => {
    const text = folded(body);
    const evidence = patternEvidence(text);
    expect(hedgedOnly(text, evidence.signalHits, SIGNAL_NAMES.indexOf("invite"))).toBe(true);
  });
  it.each(RECEIPTS)("%s: read as a receipt", (_language, body) => {
    expect(classifyMessage(letter(body)).category).toBe("application_received");
  });
  it.each([
    [
      "en",
      "Your application has been received. We would like to invite you to an interview on Tuesday.",
    ],
    [
      "de",
      "Ihre Bewerbung ist bei uns eingegangen. Wir laden Sie gern zu einem Vorstellungsgespräch ein.",
    ],
  ])("%s: one plain invitation keeps it an invitation", (_language, body) => {
    const text = folded(body);
    const evidence = patternEvidence(text);
    expect(hedgedOnly(text, evidence.signalHits, SIGNAL_NAMES.indexOf("invite"))).toBe(false);
  });
});

describe("a 'no' that names the filled role or the hire", () => {
  it.each([
    ["en", "We have now filled the Data Steward position."],
    ["en", "We ended up hiring Priya Olsen, who had run a similar migration."],
    ["de", "Wir haben die Stelle als Projektleiterin inzwischen besetzt."],
    ["de", "Letztlich haben wir eine Kollegin aus dem eigenen Haus eingestellt."],
    ["fr", "Nous avons finalement pourvu le poste."],
    ["fr", "Finalement, nous avons recruté une personne en interne."],
    ["es", "Ya hemos cubierto la vacante."],
    ["es", "Al final hemos contratado a alguien con más experiencia en banca."],
    ["nl", "We hebben de vacature inmiddels vervuld."],
    ["nl", "Uiteindelijk hebben we een interne kandidaat aangenomen."],
    ["it", "Abbiamo già coperto la posizione."],
    ["it", "Alla fine abbiamo assunto una persona dal nostro team."],
    ["pt", "Já preenchemos a vaga."],
    ["pt", "No fim acabámos por contratar alguém da equipa."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "rejection")).toBeGreaterThanOrEqual(3);
  });
  it.each([
    ["en", "We're hiring engineers who love small teams."],
    ["fr", "Nous avons finalement retenu votre candidature."],
    ["es", "Finalmente hemos seleccionado tu perfil para la siguiente fase."],
  ])("%s: not a 'no': %s", (_language, body) => {
    expect(signal(body, "rejection")).toBe(0);
  });
});

describe("the first-day mail after a signed offer is housekeeping", () => {
  it.each([
    ["en", "So glad you signed! Before your first day we'll ship your laptop."],
    [
      "de",
      "Schön, dass du unterschrieben hast! Vor deinem ersten Arbeitstag schicken wir dir den Laptop.",
    ],
    [
      "fr",
      "Ravis que vous ayez signé ! Avant votre premier jour, nous vous enverrons votre ordinateur.",
    ],
    ["es", "¡Encantados de que hayas firmado! Antes de tu primer día te enviaremos el portátil."],
    ["nl", "Fijn dat je hebt getekend! Voor je eerste werkdag sturen we je laptop op."],
    ["it", "Felici che tu abbia firmato! Prima del tuo primo giorno ti spediremo il portatile."],
    ["pt", "Felizes por você ter assinado! Antes do seu primeiro dia enviaremos o portátil."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "onboarding")).toBeGreaterThanOrEqual(3);
  });
});

describe("an informal call with a length or over coffee is proposed", () => {
  it.each([
    ["en", "Would you be up for a 30 min video chat next week?"],
    ["de", "Hättest du Lust auf einen kurzen Videocall nächste Woche?"],
    ["fr", "Ça vous dirait un café la semaine prochaine ?"],
    ["es", "¿Te apetece un café la semana que viene?"],
    ["nl", "Heb je zin in een kop koffie volgende week?"],
    ["it", "Ti andrebbe un caffè la prossima settimana?"],
    ["pt", "Topa um café na semana que vem?"],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "invite")).toBeGreaterThanOrEqual(2);
  });
});
