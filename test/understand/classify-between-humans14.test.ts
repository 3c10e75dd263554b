import { describe, expect, it } from "vitest";
import { patternEvidence, REASON_NAMES } from "../../src/understand/pattern-evidence.ts";
import { folded, signal } from "../support/pattern-signals.ts";

// Kinds found in mail between humans (holdout16, holdout17), each in the seven languages and in
// words of our own: receipts said by a person, introductions said plainly, a referral recorded,
// an offer made formal, a person keeping the CV, a search stopped, an opening withdrawn,
// experience short of the requirements, an application not taken further or no longer
// considered, a withdrawal made at the reader's request, and paperwork due before the start
// date; an agency naming the employer it sent the CV to, and a footer that says why a list
// mail came.

const reason = (body: string, name: (typeof REASON_NAMES)[number]) =>
  patternEvidence(folded(body)).reasons[REASON_NAMES.indexOf(name)] ?? 0;

describe("a receipt said by a person is an acknowledgement", () => {
  it.each([
    ["en", "Hi Sam, got your application, thanks! I'll read it over the weekend."],
    ["en", "I'll come back to you next week regardless of the outcome."],
    ["de", "Ich habe deinen Lebenslauf gestern bekommen, vielen Dank."],
    ["de", "Wir sichten gerade alle Bewerbungen mit dem Team."],
    ["fr", "J'ai bien reçu ton portfolio, merci beaucoup !"],
    ["fr", "Nous ne pouvons pas faire de retour personnalisé à chacun."],
    ["es", "He recibido tu CV y se lo paso a Marta hoy mismo."],
    ["es", "Te contestaremos a final de mes, independientemente del resultado."],
    ["nl", "Ik heb je cv goed ontvangen, dank je wel."],
    ["nl", "Je hoort eind april van ons, ongeacht de uitkomst."],
    ["it", "Stiamo valutando tutte le candidature con il responsabile."],
    ["it", "Ti risponderemo entro venerdì, indipendentemente dall'esito."],
    ["pt", "Confirmo que recebemos o seu CV e a carta."],
    ["pt", "Estamos a analisar todas as candidaturas até ao fim do mês."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(2);
  });
});

describe("an introduction said plainly is a referral", () => {
  it.each([
    ["en", "Intro: Sam <> Priya (Larchfield)"],
    ["en", "I mentioned you to Priya and she's keen to chat next week."],
    ["de", "Ich habe mit Jonas gesprochen, er ist sofort bereit zu einem Austausch."],
    ["fr", "Présentation : Sam <> Élodie"],
    ["fr", "J'ai parlé de toi à Élodie, elle est partante pour un café."],
    ["es", "Le hablé de ti a Lucía y está encantada de charlar contigo."],
    ["nl", "Ik heb Daan over je verteld en hij staat open voor een kennismaking."],
    ["it", "Ho parlato di te a Giulia, lei è disposta a sentirti questa settimana."],
    ["pt", "Falei de você pra Helena e ela topou conversar."],
    ["pt", "Vou deixar vocês dois marcarem um café."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "referral")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["en", "I've already logged your referral, so HR may call you."],
    ["de", "Ich habe deine Empfehlung schon in unserem Recruiting-System eingetragen."],
    ["fr", "J'ai déjà saisi ta cooptation dans l'outil RH."],
    ["es", "Ya he registrado tu referencia en el portal interno."],
    ["nl", "Ik heb je referral al ingediend bij HR."],
    ["it", "Ho già inserito la tua segnalazione nel portale."],
    ["pt", "Já cadastrei sua indicação no sistema."],
  ])("%s: a referral recorded by the referrer: %s", (_language, body) => {
    expect(signal(body, "referral")).toBeGreaterThanOrEqual(3);
  });
});

describe("an offer made formal is an offer", () => {
  it.each([
    ["en", "Here is our offer: base of 80k, remote, starting in May."],
    ["en", "The offer is conditional on two references."],
    ["de", "Das Angebot steht unter dem Vorbehalt einer Referenzprüfung."],
    ["fr", "Je vous formalise notre proposition ci-dessous."],
    ["es", "La oferta está sujeta a la comprobación de referencias."],
    ["nl", "Hierbij doe ik je officieel ons aanbod."],
    ["it", "Ecco il riepilogo della proposta: RAL 52k, ibrido."],
    ["pt", "Formalizo a proposta para a vaga de analista."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "offer")).toBeGreaterThanOrEqual(3);
  });
});

describe("a person keeping the CV, or promising the first call, keeps it on file", () => {
  it.each([
    ["en", "I'll hold on to your CV, and you'll be the first person I call when we grow."],
    ["de", "Ich behalte deinen Lebenslauf, versprochen."],
    ["fr", "Je garde précieusement ton CV pour la rentrée."],
    ["es", "Me guardo tu currículum para cuando crezcamos."],
    ["nl", "Ik bewaar je cv voor als we gaan uitbreiden."],
    ["it", "Sarai la prima persona che chiamo quando apriamo la posizione."],
    ["pt", "Guardo o seu currículo para o próximo ano."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "keepOnFile")).toBeGreaterThanOrEqual(3);
  });
});

describe("a search stopped by the employer is on hold", () => {
  it.each([
    ["en", "The board announced a stop on all new hiring until the autumn."],
    ["de", "Es gibt einen Stopp aller Neueinstellungen bis Ende März."],
    ["fr", "La direction a annoncé le gel de tous les recrutements."],
    ["es", "Nos han pedido suspender la búsqueda hasta enero."],
    ["nl", "Er geldt een stop op alle nieuwe aannames."],
    ["it", "Siamo costretti a sospendere la ricerca fino a marzo."],
    ["pt", "Tivemos de suspender o processo até ao verão."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "on_hold")).toBeGreaterThanOrEqual(3);
  });
});

describe("an opening withdrawn, or a post that will not be filled, is closed", () => {
  it.each([
    ["en", "My client has pulled the Data Platform Lead role after a budget review."],
    ["en", "There's no longer a vacancy to interview for."],
    ["de", "Die Stelle wird nach der Zusammenlegung der Abteilungen nicht besetzt werden."],
    ["de", "Das Verfahren ist damit für alle Bewerberinnen und Bewerber beendet."],
    ["fr", "Le poste ne sera finalement pas pourvu cette année."],
    ["es", "La vacante no se cubrirá tras la fusión."],
    ["nl", "De functie wordt na de reorganisatie niet ingevuld."],
    ["it", "La posizione non verrà coperta dopo la fusione."],
    ["pt", "A vaga não será preenchida este ano."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
  });
});

describe("experience short of the requirements is not a fit", () => {
  it.each([
    ["en", "Your experience does not, for now, match the requirements of this role."],
    ["en", "The gap in people management was too wide for us."],
    ["de", "Ihr Profil entspricht derzeit leider nicht den Anforderungen der Stelle."],
    ["fr", "Votre parcours ne correspond, à ce stade, pas aux exigences du poste."],
    ["es", "Su experiencia no se ajusta, por ahora, a los requisitos del puesto."],
    ["nl", "Je ervaring sluit op dit moment niet aan bij de eisen van de functie."],
    ["it", "Il suo profilo non corrisponde, al momento, ai requisiti richiesti."],
    ["pt", "O seu perfil não corresponde, neste momento, aos requisitos da função."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "not_a_fit_for_role")).toBeGreaterThanOrEqual(3);
  });
});

describe("an application not taken further is a no", () => {
  it.each([
    ["en", "Your application will not be considered for the next stages."],
    ["de", "Ihre Bewerbung wird im weiteren Verfahren nicht berücksichtigt."],
    ["fr", "Votre candidature ne sera pas retenue pour la suite du processus."],
    ["es", "Su candidatura no avanzará a las siguientes fases."],
    ["nl", "Je sollicitatie wordt niet meegenomen naar de volgende ronde."],
    ["it", "La sua candidatura non sarà presa in considerazione per le fasi successive."],
    ["pt", "A sua candidatura não será considerada nas próximas fases."],
    ["en", "The team has let us know that your application will no longer be considered."],
    ["de", "Deine Bewerbung wird nicht mehr berücksichtigt."],
    ["fr", "Ta candidature ne sera plus prise en compte pour ce poste."],
    ["es", "Tu candidatura ya no será considerada para esta vacante."],
    ["nl", "Uw sollicitatie wordt niet langer in behandeling genomen."],
    ["it", "La tua candidatura non sarà più considerata per questo ruolo."],
    ["pt", "A tua candidatura já não será tida em conta."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "rejection")).toBeGreaterThanOrEqual(3);
  });
});

describe("a withdrawal made at the reader's request is portal activity, not a no", () => {
  it.each([
    ["en", "At your request, your application has now been withdrawn."],
    ["de", "Auf Ihren Wunsch wurde Ihre Bewerbung zurückgezogen."],
    ["fr", "À votre demande, votre candidature a été retirée."],
    ["es", "A petición suya, su candidatura ha sido retirada."],
    ["nl", "Je sollicitatie is op jouw verzoek ingetrokken."],
    ["it", "Su sua richiesta, la candidatura è stata ritirata."],
    ["pt", "A seu pedido, a candidatura foi retirada."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "activity")).toBeGreaterThanOrEqual(3);
  });
});

describe("paperwork due before the start date is onboarding", () => {
  it.each([
    ["en", "Please send two referees before your start date."],
    ["de", "Bitte schick uns die Steuer-ID vor deinem Eintrittsdatum."],
    ["fr", "Merci de signer la charte avant ta date d'arrivée."],
    ["es", "Envíanos el número de cuenta antes de tu fecha de incorporación."],
    ["nl", "Stuur je kopie ID vóór je startdatum."],
    ["it", "Inviaci l'IBAN prima della tua data di inizio."],
    ["pt", "Envie os documentos antes da sua data de início."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "onboarding")).toBeGreaterThanOrEqual(2);
  });
});

describe("an agency's word that the CV went to the employer, named, is an acknowledgement", () => {
  it.each([
    ["en", "I've now submitted your CV to Harrowgate Foods for the Senior Buyer role."],
    ["de", "Ich habe deinen Lebenslauf gerade bei Brunnhof Logistik für die Stelle eingereicht."],
    ["fr", "J'ai transmis votre CV à Maisonneuve Conseil pour le poste de chef de projet."],
    ["es", "He enviado tu CV a Grupo Albar para el puesto de analista."],
    ["nl", "Ik heb je cv bij Dijkstra Bouw ingediend voor de functie van projectleider."],
    ["it", "Ho inviato il tuo CV a Ferri Meccanica per la posizione di buyer."],
    ["pt", "Enviei o seu CV para a Tejo Frio para a vaga de comprador."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(2);
  });
});

describe("a footer that says why the mail came marks a list", () => {
  it.each([
    ["en", "You're getting this because you subscribed on our website."],
    ["de", "Sie erhalten diese E-Mail, weil Sie sich angemeldet haben."],
    ["fr", "Vous recevez cette newsletter car vous êtes inscrit."],
    ["es", "Recibes este correo porque te suscribiste."],
    ["nl", "Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld."],
    ["it", "Ricevi questa newsletter perché sei iscritto."],
    ["pt", "Recebeu este e-mail porque se inscreveu."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "bulk")).toBeGreaterThanOrEqual(2);
  });
});
