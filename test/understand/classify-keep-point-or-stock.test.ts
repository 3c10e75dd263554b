import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { sentenceInput } from "../../src/understand/model/features.ts";
import { sentenceNames, signal } from "../support/pattern-signals.ts";

// Keep-on-file or rejection: keeping the CV is the point when the letter names a later opening
// and keeps the CV for it, or turns from the "no" to its real reason for writing; a "we'll keep
// your details should something come up" line closing a plain "no" is a rejection. Each kind in
// the seven languages, in words of our own.

const letter = (body: string) => ({
  ...sentenceInput(body),
  subject: "Your application",
  senderAddress: "maria.vonk@tidewater-labs.example",
  senderName: "Maria Vonk",
});

describe("a later opening named by when it opens", () => {
  it.each([
    ["en", "Our analytics group is opening a data engineer req in Q3."],
    ["en", "In October we're kicking off hiring for two platform roles."],
    ["de", "Im Juni schreiben wir eine Stelle als Datenanalystin aus."],
    ["fr", "En mars, nous ouvrons un poste de chef de projet pour l'équipe produit."],
    ["es", "En mayo abrimos una vacante de analista en el equipo de riesgos."],
    ["nl", "Per 1 juni komt er bij ons een vacature vrij voor een productowner."],
    ["it", "A settembre apriremo la posizione di product manager a Torino."],
    ["pt", "Em junho vamos abrir uma vaga de analista de dados no time de crédito."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "laterOpening")).toBeGreaterThan(0);
  });
});

describe("the CV kept for that one role, until it opens", () => {
  it.each([
    ["en", "I'd like to hold on to your resume for that role and call you once it goes live."],
    ["de", "Wir würden Sie gern direkt ansprechen, sobald die Stelle ausgeschrieben ist."],
    ["fr", "Nous reviendrons vers vous dès l'ouverture du poste."],
    ["es", "Me gustaría escribirte en cuanto se publique la oferta."],
    ["nl", "Ik neem contact op zodra die functie openstaat."],
    ["it", "Vorrei tenere il suo profilo per quella posizione."],
    ["pt", "Eu te procuro quando essa vaga abrir."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "laterOpening")).toBeGreaterThan(0);
  });
});

describe("keeping the CV in words the first tables missed", () => {
  it.each([
    ["en", "I have flagged your profile for it in our tracker."],
    ["de", "Wir möchten Ihre Unterlagen gern in unserem Talentpool behalten."],
    ["es", "Nos gustaría tenerte en cuenta más adelante."],
    ["nl", "We houden je cv graag in portefeuille."],
    ["it", "Ti terremo presente per le prossime selezioni."],
    ["pt", "Queria manter seu currículo guardado por enquanto."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "keepOnFile")).toBeGreaterThan(0);
  });
});

describe("the writer turns from the 'no' to the real reason for writing", () => {
  it.each([
    ["en", "But the real reason I'm writing is something else."],
    ["en", "Here is what we would like to do instead."],
    ["de", "Ich melde mich aber eigentlich aus einem anderen Grund."],
    ["fr", "Mais ce n'est pas pour cela que je vous écris."],
    ["es", "Pero lo importante de este mensaje es otra cosa."],
    ["nl", "Waar ik je eigenlijk voor mail, is iets anders."],
    ["it", "Le scrivo però soprattutto per un altro motivo."],
    ["pt", "Mas o motivo principal do meu e-mail é outro."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "realPoint")).toBeGreaterThan(0);
  });
});

describe("a future left open, as a stock line says it", () => {
  it.each([
    ["en", "We will contact you should a similar role come up."],
    ["en", "We may be in touch in case anything changes."],
    ["de", "Wir melden uns bei passenden Stellen gern wieder."],
    ["fr", "Nous pourrons vous recontacter pour de futures opportunités."],
    ["es", "Te escribiremos por si surge algo adecuado."],
    ["nl", "We nemen contact op mocht er iets anders langskomen."],
    ["it", "La ricontatteremo per eventuali future opportunità."],
    ["pt", "Entraremos em contato em futuras oportunidades."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "openFuture")).toBeGreaterThan(0);
  });
});

describe("a 'no', then a named opening and the CV kept for it: keeping is the point", () => {
  it.each([
    [
      "en",
      "Hi Sam, we won't be moving forward with you for the analyst post; we went with someone who has more audit background. The real reason I'm writing: we are opening a senior analyst role in Q2, and I'd like to keep your CV for that role and reach out the moment it goes live.",
    ],
    [
      "de",
      "Hallo Sam, leider hat es mit der Stelle als Analystin nicht geklappt. Ich melde mich aber eigentlich aus einem anderen Grund: im Mai schreiben wir eine Stelle als Teamleiterin aus, und ich würde Ihre Unterlagen bis dahin in unserem Talentpool behalten.",
    ],
    [
      "fr",
      "Bonjour Sam, nous ne donnerons malheureusement pas suite pour le poste d'analyste. Mais ce n'est pas pour cela que je vous écris : en avril, nous ouvrons un poste de responsable, et nous aimerions conserver votre CV et revenir vers vous dès l'ouverture du poste.",
    ],
    [
      "es",
      "Hola Sam, al final no vamos a seguir adelante con tu candidatura para el puesto de analista. Lo importante de este correo es otra cosa: en junio abrimos una vacante de responsable y me gustaría guardar tu CV para esa vacante.",
    ],
    [
      "nl",
      "Hoi Sam, helaas gaan we niet verder met je sollicitatie voor de rol van analist. Waar ik je eigenlijk voor mail: per 1 mei komt er een vacature vrij voor teamleider, en ik zou je cv graag in portefeuille houden tot die vacature openstaat.",
    ],
    [
      "it",
      "Buongiorno Sam, purtroppo per la posizione di analista abbiamo scelto un altro candidato. Le scrivo però soprattutto per un altro motivo: a giugno apriremo la posizione di responsabile e terrei il suo CV in evidenza per quella posizione.",
    ],
    [
      "pt",
      "Oi Sam, infelizmente não vamos seguir com você na vaga de analista. Mas o motivo principal do meu e-mail é outro: em maio vamos abrir uma vaga de coordenador e queria manter seu currículo guardado para essa vaga.",
    ],
  ])("%s: %s", (_language, body) => {
    const names = sentenceNames(body);
    expect(names).toContain("keep:for-point");
    expect(names).not.toContain("keep:stock-close");
    expect(classifyMessage(letter(body)).category).toBe("keep_on_file");
  });
});

/** A plain "no" closing on a stock keep-your-details line, by language. */
const STOCK_CLOSE: [string, string][] = [
  [
    "en",
    "Hi Sam, thank you for the time you gave us. After a close call we have chosen another candidate for the analyst post. We'll keep your details on file should something suitable come up.",
  ],
  [
    "de",
    "Hallo Sam, vielen Dank für das Gespräch. Wir haben uns leider für eine andere Kandidatin entschieden. Ihre Unterlagen bewahren wir auf und melden uns bei passenden Stellen.",
  ],
  [
    "fr",
    "Bonjour Sam, merci pour nos échanges. Nous avons choisi de poursuivre avec un autre candidat. Nous conservons votre CV dans notre vivier pour de futures opportunités.",
  ],
  [
    "es",
    "Hola Sam, gracias por tu tiempo. Hemos decidido avanzar con otra persona para el puesto. Guardaremos tus datos en nuestra base de candidatos por si surge otra oportunidad.",
  ],
  [
    "nl",
    "Hoi Sam, dank voor het gesprek. We hebben gekozen voor een andere kandidaat. We bewaren je gegevens in ons systeem, mocht er iets anders langskomen.",
  ],
  [
    "it",
    "Buongiorno Sam, grazie per il colloquio. Abbiamo scelto un altro candidato per la posizione. Il suo curriculum resterà nel nostro database per eventuali future opportunità.",
  ],
  [
    "pt",
    "Olá Sam, obrigado pela conversa. Decidimos seguir com outro candidato para a vaga. Seu currículo ficará em nosso banco de talentos para futuras oportunidades.",
  ],
];

describe("a plain 'no' that closes on a stock keep-your-details line reads as one", () => {
  it.each(STOCK_CLOSE)("%s: %s", (_language, body) => {
    const names = sentenceNames(body);
    expect(names).toContain("keep:stock-close");
    expect(names).not.toContain("keep:for-point");
  });
});

// Every language's stock line closing an outright "no" is read as the rejection it closes. French
// and Italian were a known gap until the former rules' verdict gave such a letter a verdict of its
// own and "keeping is most of the letter" came to mean more than half of it (classify12).
describe("a plain 'no' that closes on a stock keep-your-details line: a rejection", () => {
  it.each(STOCK_CLOSE)("%s: %s", (_language, body) => {
    expect(classifyMessage(letter(body)).category).toBe("rejection");
  });
});
