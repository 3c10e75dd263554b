import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { messageFeatures, sentenceInput } from "../../src/understand/model/features.ts";
import {
  patternEvidence,
  REASON_NAMES,
  SIGNAL_NAMES,
} from "../../src/understand/pattern-evidence.ts";
import { folded, signal } from "../support/pattern-signals.ts";

// Kinds the classifier got wrong on unseen mail, each in the seven languages and in words of
// our own: a pause said by a person that promises a call for later, a referrer's reply that is
// sorry about a "no" elsewhere, an offer in a founder's own words, the logistics before a first
// day, and a tracking system's receipt for a referred application.

/** A person's letter, as a reply to the job seeker would arrive. */
const letter = (body: string, subject = "Re: catching up") => ({
  ...sentenceInput(body),
  subject,
  senderAddress: "noor.haddad@lindenfield.example",
  senderName: "Noor Haddad",
});

/** The weight `text` gives one stated rejection reason. */
const reason = (text: string, name: (typeof REASON_NAMES)[number]) =>
  patternEvidence(folded(text)).reasons[REASON_NAMES.indexOf(name)] ?? 0;

describe("a search paused or put off, said by a person, with a call promised for the restart", () => {
  it.each([
    [
      "en",
      "Hi Jordan, we are pausing the process for the analyst role until Q2. Happy to set up a call once things pick up again.",
    ],
    [
      "en",
      "Hi Jordan, the search for the platform role has been pushed back to next year. I'll call you when it restarts.",
    ],
    [
      "de",
      "Hallo Jordan, wir haben alle Einstellungen bis zum Frühjahr eingefroren, auch deine Stelle. Ich rufe dich an, sobald es weitergeht.",
    ],
    [
      "fr",
      "Bonjour Jordan, nous avons dû geler tous les recrutements jusqu'à l'été, y compris ce poste. Je t'appelle dès que ça repart.",
    ],
    [
      "es",
      "Hola Jordan, el proceso para el puesto queda parado hasta nuevo aviso. Te llamo en cuanto se reactive.",
    ],
    [
      "nl",
      "Hoi Jordan, we zetten de werving voor deze functie stil tot na de zomer. Ik bel je zodra we weer verder kunnen.",
    ],
    [
      "it",
      "Ciao Jordan, il processo per questa posizione è rimandato al prossimo anno. Ti richiamo appena ripartiamo.",
    ],
    [
      "pt",
      "Olá Jordan, o processo para esta vaga foi adiado para o ano que vem. Volto a ligar-te assim que retomarmos.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "on_hold")).toBeGreaterThanOrEqual(3);
    const { category, reason: stated } = classifyMessage(letter(body, "Update"));
    expect({ category, reason: stated }).toEqual({ category: "rejection", reason: "on_hold" });
  });

  it.each([
    ["en", "We need to push back your interview to Thursday, sorry. Does 3pm work?"],
    ["it", "Il colloquio è rimandato a giovedì alle 15."],
    ["pt", "A entrevista foi adiada para quinta-feira."],
  ])("%s: an interview moved to another day is no pause: %s", (_language, body) => {
    expect(reason(body, "on_hold")).toBe(0);
  });
});

describe("a referrer's reply that is sorry about a 'no' somewhere else", () => {
  it.each([
    [
      "en",
      "Hi Jordan, sorry to hear the Orrin thing didn't work out. I've passed your CV to our head of data, she's hiring for two analysts.",
    ],
    [
      "de",
      "Hallo Jordan, schade zu hören, dass es bei Talbrück nicht geklappt hat. Ich kann dich gern über unser Empfehlungsprogramm vorschlagen.",
    ],
    [
      "fr",
      "Bonjour Jordan, désolée d'apprendre que ça n'a pas marché chez Ravelle. J'ai transmis ton CV à notre directrice technique, elle recrute.",
    ],
    [
      "es",
      "Hola Jordan, siento lo de la otra empresa, no supieron verlo. Puedo meterte por el programa de referidos, mándame tu CV.",
    ],
    [
      "nl",
      "Hoi Jordan, jammer om te horen dat het bij Duinvoet niet is gelukt. Ik heb je cv doorgestuurd naar onze teamlead, ze zoekt nog iemand.",
    ],
    [
      "it",
      "Ciao Jordan, mi dispiace sapere che con l'altra azienda non è andata. Ho girato il tuo CV alla nostra responsabile, sta cercando qualcuno.",
    ],
    [
      "pt",
      "Olá Jordan, lamento saber que a outra vaga não deu certo. Passei o teu currículo para a nossa gestora, ela está a contratar.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "referral")).toBeGreaterThanOrEqual(3);
    expect(signal(body, "rejection")).toBeLessThan(3);
    expect(classifyMessage(letter(body)).category).toBe("referral_offer");
  });

  it.each([
    ["fr", "J'ai transmis votre CV à mon client ce matin."],
    ["es", "Le he enviado tu CV a mi cliente esta mañana."],
    ["nl", "Ik heb je cv vanochtend doorgestuurd naar mijn opdrachtgever."],
    ["it", "Ho inviato il tuo curriculum al mio cliente stamattina."],
    ["pt", "Enviei o seu currículo ao meu cliente hoje de manhã."],
  ])("%s: an agency's CV sent to its client is no referral: %s", (_language, body) => {
    expect(signal(body, "referral")).toBe(0);
  });
});

describe("a two-way introduction: the writer puts two people in touch and steps back", () => {
  it.each([
    ["en", "Connecting the two of you as promised. I'll let you two take it from here."],
    [
      "de",
      "Wie versprochen stelle ich euch gegenseitig vor. Ihr solltet euch unbedingt austauschen.",
    ],
    ["fr", "Comme promis, je vous mets en relation. Je vous laisse échanger."],
    ["es", "Como te dije, os pongo en contacto. Me paso a copia oculta."],
    ["nl", "Zoals beloofd stel ik jullie aan elkaar voor. Drink eens een koffie samen!"],
    ["it", "Come promesso vi metto in contatto. Vi lascio organizzare."],
    [
      "pt",
      "Conforme combinamos, estou te apresentando a Marina. Deixo vocês à vontade para marcar.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "referral")).toBeGreaterThanOrEqual(3);
  });
});

describe("an offer in a founder's or manager's own words", () => {
  it.each([
    [
      "en",
      "Hi Jordan, making it official: we'd love you to join Quillmark as our first data engineer. 85k base and 0.5% equity. Happy to put you in touch with our investors too. Hope it's a yes!",
    ],
    [
      "de",
      "Hallo Jordan, nach unserem Gespräch möchten wir dich sehr gern als ersten Data Engineer an Bord holen. 85k Fixgehalt und virtuelle Anteile. Ich hoffe auf ein Ja!",
    ],
    [
      "fr",
      "Bonjour Jordan, c'est officiel : on aimerait beaucoup que tu nous rejoignes comme premier data engineer. 60k de fixe et des BSPCE. J'espère que ce sera un oui !",
    ],
    [
      "es",
      "Hola Jordan, nos encantaría que te unieras a nosotros como primer data engineer. 55k de salario fijo y participación. ¡Ojalá sea un sí!",
    ],
    [
      "nl",
      "Hoi Jordan, het is officieel: we willen je graag aannemen als onze eerste data engineer. 70k jaarsalaris plus aandelen. Ik hoop op een ja!",
    ],
    [
      "it",
      "Ciao Jordan, ci piacerebbe molto che entrassi nel team come primo data engineer. 50k di RAL e quote. Spero in un sì!",
    ],
    [
      "pt",
      "Olá Jordan, adoraríamos que você se juntasse a nós como nosso primeiro engenheiro de dados. Salário fixo e participação. Espero que seja um sim!",
    ],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "offer")).toBeGreaterThanOrEqual(3);
    expect(classifyMessage(letter(body, "Re: next steps")).category).toBe("offer");
  });

  it.each([
    ["en", "We'd love you to join our talent community so we can keep you posted."],
    ["en", "We'd love you to join us for a coffee chat next week."],
  ])("en: joining a community or a chat is no offer: %s", (_language, body) => {
    expect(signal(body, "offer")).toBeLessThan(3);
  });
});

describe("the logistics before a first day, after the offer was accepted", () => {
  it.each([
    [
      "en",
      "Hi Jordan, welcome aboard! We're so glad you're joining us on Monday the 12th. Before your first day, please log in to the HR portal and complete your onboarding tasks: bank details for payroll, emergency contact, and sign your employment contract.",
    ],
    [
      "de",
      "Hallo Jordan, schön, dass du ab März bei uns anfängst! Dein Laptop wird nächste Woche verschickt. Bitte schick uns vor deinem ersten Arbeitstag deine Steuer-ID und den unterschriebenen Arbeitsvertrag.",
    ],
    [
      "fr",
      "Bonjour Jordan, ravis que tu nous rejoignes le 5 janvier ! Ton ordinateur sera expédié la semaine prochaine. Merci de nous envoyer ton RIB et ta carte vitale avant ton premier jour.",
    ],
    [
      "es",
      "Hola Jordan, ¡encantados de que te incorpores el lunes! Tu portátil ya está enviado. Antes de tu primer día necesitamos tus datos bancarios para la nómina.",
    ],
    [
      "pt",
      "Olá Jordan, felizes que você se junte ao time na segunda! O seu notebook já foi enviado. Antes do seu primeiro dia, envie os seus dados bancários.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "onboarding")).toBeGreaterThanOrEqual(3);
    // A contract named beside the first day is the hire's paperwork: the offer reads as onboarding.
    const { evidence } = messageFeatures(letter(body, "Welcome!"));
    expect(evidence.signals[SIGNAL_NAMES.indexOf("offer")]).toBe(0);
    expect(classifyMessage(letter(body, "Welcome!")).category).toBe("other");
  });
});

describe("a tracking system's receipt for an application someone referred", () => {
  const receipt = (body: string) => ({
    ...sentenceInput(body),
    subject: "Your application",
    senderAddress: "no-reply@careers.ats-mailer.example",
  });
  it.each([
    [
      "en",
      "Hi Jordan, Priya Nair has referred you for the Data Engineer position at Holloway, and your application is now in our system. Our recruiting team reviews referrals first.",
    ],
    [
      "de",
      "Hallo Jordan, Anna Berg hat Sie für die Stelle als Data Engineer empfohlen. Ihre Bewerbung ist jetzt in unserem System erfasst.",
    ],
    [
      "fr",
      "Bonjour Jordan, Claire Martin vous a recommandé pour le poste d'analyste. Votre candidature est bien enregistrée dans notre système.",
    ],
    [
      "es",
      "Hola Jordan, Lucía Pérez te ha recomendado para el puesto de analista. Tu candidatura ya está en nuestro sistema.",
    ],
    [
      "nl",
      "Hoi Jordan, Sanne de Vries heeft je aangedragen voor de functie van analist. Je sollicitatie staat nu in ons systeem.",
    ],
    [
      "it",
      "Ciao Jordan, Marco Rossi ti ha segnalato per la posizione di analista. La tua candidatura è ora nel nostro sistema.",
    ],
    [
      "pt",
      "Olá Jordan, a Ana Costa indicou você para a vaga de analista. A sua candidatura já está no nosso sistema.",
    ],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
    expect(signal(body, "referral")).toBeLessThan(3);
    expect(classifyMessage(receipt(body)).category).toBe("application_received");
  });
});
