import { describe, expect, it } from "vitest";
import {
  companiesInText,
  labelledCompanies,
} from "../../src/understand/extract/company-candidates.ts";
import { clientsActingIn } from "../../src/understand/extract/company-clients.ts";
import { lowerCaseBrandWritten } from "../../src/understand/extract/company-domain-names.ts";
import { validCompany } from "../../src/understand/extract/company-name.ts";
import { hasTitleWord } from "../../src/understand/extract/job-titles.ts";
import { orgFromTeamPhrase } from "../../src/understand/extract/org-phrases.ts";
import { splitDisplayName } from "../../src/understand/extract/sender.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { employerOf } from "../support/employer-of.ts";
import { JORDAN_SELF } from "../support/users.ts";

// Kinds of employer error where an agency, a group or a title hides the firm that hires; every
// firm, person and sentence below is invented for these tests.

describe("the firm whose hiring step an agency reports", () => {
  it.each<[string, string, string[]]>([
    [
      "English, a sentence's opening",
      "Great news. Tidewell Ceramics would like to meet you.",
      ["Tidewell Ceramics"],
    ],
    [
      "English, after a colon",
      "The short version: Ostrow Freight has approved the offer.",
      ["Ostrow Freight"],
    ],
    [
      "German, after a colon",
      "Die gute Nachricht: Kranzler Maschinenbau möchte Sie kennenlernen.",
      ["Kranzler Maschinenbau"],
    ],
    [
      "French, after 'que'",
      "Je vous confirme que Atelier Morvan souhaite vous rencontrer.",
      ["Atelier Morvan"],
    ],
    ["Spanish", "Buenas noticias. Conservas Lira ha decidido seguir adelante.", ["Conservas Lira"]],
    [
      "Italian, after 'che'",
      "Le comunico che Officine Baretti vorrebbe incontrarLa.",
      ["Officine Baretti"],
    ],
    [
      "Dutch",
      "Goed nieuws. Zuiderhaven Bouw heeft besloten je uit te nodigen.",
      ["Zuiderhaven Bouw"],
    ],
    ["Portuguese", "Boas notícias. Tecidos Alvor gostaria de conhecê-lo.", ["Tecidos Alvor"]],
    [
      "Italian, an elided article after a comma",
      "A seguito di una riorganizzazione, l'Ospedale San Rocco ha disposto la revoca.",
      ["Ospedale San Rocco"],
    ],
    ["a pronoun is no firm", "They would like to meet you. Sie möchten Sie kennenlernen.", []],
    [
      "an article opens no firm, nor does a word for a client",
      "The client would like a second call. Ich weiß, dass der Kunde möchte, dass …",
      [],
    ],
  ])("%s", (_, text, names) => {
    expect(clientsActingIn(text)).toEqual(names);
  });
});

describe("an agency's offer sheet names the client in a field", () => {
  it.each<[string, string, string[]]>([
    [
      "English",
      "Client: Harrowby Instruments (Austin, TX)\nRate: $60/hr",
      ["Harrowby Instruments"],
    ],
    ["German", "Mandant: Wellbrock Antriebe GmbH\nStandort: Kassel", ["Wellbrock Antriebe GmbH"]],
    ["Dutch", "Opdrachtgever: Dijkstra Installaties\nLocatie: Zwolle", ["Dijkstra Installaties"]],
    ["Italian", "Cliente: Pastificio Renzi\nSede: Parma", ["Pastificio Renzi"]],
  ])("%s", (_, text, names) => {
    expect(labelledCompanies(text)).toEqual(names);
  });
});

describe("whole agency mails: the client, not the agency", () => {
  it.each<[string, string, string, string, string]>([
    [
      "a German agency's client named once, mid-mail, wanting to meet",
      "Henrike Sauer <h.sauer@elbe-personal.example>",
      "Ihr Profil – Data Engineer (m/w/d)",
      "Hallo Jordan,\n\ndanke für das Gespräch. Ich habe Ihr Profil an unseren Mandanten weitergegeben.\n\nDie gute Nachricht: Kranzler Maschinenbau möchte Sie kennenlernen! Das Gespräch dauert eine Stunde.\n\nBeste Grüße\n\nHenrike Sauer\nSenior Consultant\nElbe Personal GmbH\nh.sauer@elbe-personal.example",
      "Kranzler Maschinenbau",
    ],
    [
      "an Italian agency's client named once, in a 'che' clause",
      "Chiara Dona <c.dona@lagunaselezione.example>",
      "Colloquio - Analista Dati",
      "Buongiorno Jordan,\n\nstiamo seguendo per un nostro cliente la ricerca di un Analista Dati.\n\nSono lieta di comunicarLe che Officine Baretti vorrebbe incontrarLa per un primo colloquio.\n\nCordiali saluti,\n\nChiara Dona\nRecruiter\nLaguna Selezione S.r.l.",
      "Officine Baretti",
    ],
    [
      "a US agency's offer with the client in a field",
      "Dana Whitlock <dana@ridgelinestaffing.example>",
      "OFFER - QA Engineer @ Harrowby",
      "Hi Jordan,\n\nGreat news, the offer is approved. Details:\n\nClient: Harrowby Instruments (Austin, TX)\nPosition: QA Engineer\nRate: $60/hr W2 through Ridgeline Staffing\n\nDana Whitlock\nSenior Recruiter\nRidgeline Staffing",
      "Harrowby Instruments",
    ],
    [
      "an agency passing on a client's feedback, the subject naming it",
      "Nell Archer <nell@brightmoorpeople.example>",
      "Copperfield Row feedback",
      "Hi Jordan,\n\nI finally got feedback out of Copperfield Row for you. They liked your design round, less so the coding one.\n\nNell\n\nNell Archer | Brightmoor People",
      "Copperfield Row",
    ],
  ])("%s", async (_, from, subject, body, employer) => {
    expect(await employerOf(from, subject, body)).toBe(employer);
  });
});

describe("a brand over the holding or group that prints its footer", () => {
  it.each<[string, string, string, string, string]>([
    [
      "a holding in the copyright, its brand as the sender",
      "Saltmarsh Energy <news@saltmarsh.example>",
      "Your application at Saltmarsh",
      "Hi Jordan,\n\nThanks for your application. We will review it shortly.\n\nThe Saltmarsh Energy team\n\n© 2026 Saltmarsh Energy Holdings. All rights reserved.",
      "Saltmarsh Energy",
    ],
    [
      "an Italian group signing, its brand as the sender",
      "Torrefazione Bellini <selezione@bellinicaffe.example>",
      "Esito candidatura",
      "Gentile Jordan,\n\nla ringraziamo per l'interesse. Purtroppo abbiamo scelto un altro profilo.\n\nCordiali saluti\n\nUfficio Personale\nGruppo Bellini S.p.A.\nVia Roma 4, Treviso",
      "Torrefazione Bellini",
    ],
    [
      "a Spanish group signing, its brand as the sender",
      "Conservas Arenal <empleo@conservasarenal.example>",
      "Tu candidatura",
      "Hola Jordan:\n\nGracias por tu interés. Lamentablemente hemos elegido a otra persona.\n\nUn saludo,\n\nRecursos Humanos\nGrupo Arenal S.A.\nVigo",
      "Conservas Arenal",
    ],
    [
      "a group that is the name people use keeps its word",
      "Marchbank Insurance <careers@marchbank.example>",
      "Your application",
      "Hi Jordan,\n\nThank you for applying to Marchbank Insurance Group. Unfortunately we will not move forward.\n\nMarchbank Insurance Group is an Equal Opportunity Employer.",
      "Marchbank Insurance Group",
    ],
  ])("%s", async (_, from, subject, body, employer) => {
    expect(await employerOf(from, subject, body)).toBe(employer);
  });
});

describe("a director's title in any language is a title, not the firm", () => {
  it.each<[string, string]>([
    ["Portuguese", "Diretor de Operações"],
    ["Portuguese, feminine", "Diretora Comercial"],
    ["German", "Direktorin Finanzen"],
    ["Portuguese coordinator", "Coordenadora de Projetos"],
  ])("%s", (_, title) => {
    expect(hasTitleWord(title)).toBe(true);
  });
});

describe("the firm's own team, named with an article", () => {
  it.each<[string, string, string[]]>([
    ["Portuguese", "Ficou muito bem visto pela equipa da Costa & Reis.", ["Costa & Reis"]],
    ["Brazilian", "Agradecemos em nome do time da Lumiar Pagamentos.", ["Lumiar Pagamentos"]],
    ["German", "Viele Grüße vom Team der Hallstein Logistik.", ["Hallstein Logistik"]],
    ["Italian", "Un saluto dal team della Ferri Impianti.", ["Ferri Impianti"]],
  ])("%s", (_, text, names) => {
    expect(companiesInText(text).map((c) => c.name)).toEqual(names);
  });
});

describe("an auto-reply's subject word is no firm", () => {
  it.each<[string]>([
    ["Abwesenheitsnotiz"],
    ["Afwezigheidsmelding"],
    ["Autoreply"],
    ["Assente"],
    ["Ausencia"],
  ])("%s", (word) => {
    expect(validCompany(word)).toBeNull();
  });
});

describe("a firm named for its trade is no person", () => {
  it.each<[string]>([
    ["Hollister Mechanical Contractors"],
    ["Danvers Electrical"],
    ["Brennan Plumbing"],
    ["Vierling Haustechnik"],
    ["Moretti Impianti"],
  ])("%s", (name) => {
    expect(splitDisplayName(name).person).toBeNull();
  });
});

describe("a campus board relays, the employer is the one it names", () => {
  it("takes the firm the subject and the body name, not the board", async () => {
    expect(
      await employerOf(
        "Handshake <no-reply@joinhandshake.com>",
        "Your application to Fernleigh Advisory was received",
        "Hi Jordan,\n\nYour application for Analyst (2027 Start) at Fernleigh Advisory was received.\n\nThe Handshake Team",
      ),
    ).toBe("Fernleigh Advisory");
  });
});

describe("a brand that writes itself in lower or camel case", () => {
  it.each<[string, string, string, string | null]>([
    [
      "lower case, twice",
      "moorwick",
      "Thanks for applying to moorwick!\nRecruiter, moorwick",
      "moorwick",
    ],
    ["camel case, twice", "tallgrass", "the tallGrass team\ntallGrass · Utrecht", "tallGrass"],
    ["once is a slip", "moorwick", "Thanks for applying to moorwick!", null],
    ["capitalised, the usual reader's", "moorwick", "Moorwick Labs\nat Moorwick", null],
    [
      "inside addresses and links only",
      "moorwick",
      "ana@moorwick.example, moorwick.example/jobs",
      null,
    ],
  ])("%s", (_, label, text, brand) => {
    expect(lowerCaseBrandWritten(label, text)).toBe(brand);
  });

  it("takes the lower-case name over the printed capitalised entity", async () => {
    expect(
      await employerOf(
        "Ines Roy <ines@moorwick.example>",
        "moorwick - next steps",
        "Hi Jordan,\n\nThanks for applying to moorwick! Let's set up a call.\n\nInes Roy\nRecruiter, moorwick\n\nMoorwick Labs, Inc. - 1 Main St, Denver, CO",
      ),
    ).toBe("moorwick");
  });
});

describe("a first name signing 'from' a firm's team", () => {
  it.each<[string, string, string | null]>([
    ["English", "Maja from the Tallgrass People team", "Tallgrass"],
    ["German", "Lena vom Kranich Recruiting-Team", "Kranich"],
    ["Dutch", "Sanne van het Zuidhaven recruitment team", "Zuidhaven"],
    ["Spanish", "Lucía del equipo de Brisa Norte", "Brisa Norte"],
    ["French", "Claire de l'équipe recrutement de Maison Ravel", "Maison Ravel"],
  ])("%s", (_, phrase, org) => {
    expect(orgFromTeamPhrase(phrase)).toBe(org);
  });
});

describe("a public body's display name is no person 'of' a firm", () => {
  it.each<[string, string, string | null]>([
    ["a US state", "State of Ardmore", "State of Ardmore"],
    ["a French town, whose first word is also a given name", "Ville de Corlay", "Ville de Corlay"],
    ["a Dutch municipality", "Gemeente van Oosterbeek", null],
    ["a German city", "Stadt von Harlingen", null],
  ])("%s", (_, display, org) => {
    const split = splitDisplayName(display);
    expect(split.person).toBeNull();
    if (org) expect(split.org).toBe(org);
  });

  it("keeps a given name joined by 'of' as a person", () => {
    expect(splitDisplayName("Maya of Northwind").person).toBe("Maya");
  });

  it("takes the state over its department, and the department out of the title", async () => {
    const raw = [
      "From: State of Ardmore - Taleo <ardmore@taleo.net>",
      "To: Jordan Lee <jordan.lee@gmail.com>",
      "Subject: Requisition Cancelled - GIS Analyst",
      "Date: Mon, 7 Dec 2026 09:00:00 +0000",
      "Message-ID: <state-kinds@example.test>",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Dear Jordan Lee,\n\nThank you for your interest in employment with the State of Ardmore.\n\nRequisition 26-TR-0101, GIS Analyst, Department of Transportation, has been cancelled.\n\nSincerely,\n\nDepartment of Transportation\nOffice of Human Resources\nState of Ardmore",
    ].join("\r\n");
    const email = await parseEmail(new TextEncoder().encode(raw));
    const { company, role } = understandEmail(email, JORDAN_SELF).understanding;
    expect(company).toBe("State of Ardmore");
    expect(role).toBe("GIS Analyst");
  });
});

describe("a university's faculty signs for the university", () => {
  it.each<[string, string, string, string]>([
    [
      "German",
      "Prof. Dr. Eva Lindner <eva.lindner@hs-marbach.example>",
      "Mit freundlichen Grüßen\n\nProf. Dr. Eva Lindner\nFakultät Maschinenbau\nHochschule Marbach",
      "Hochschule Marbach",
    ],
    [
      "English",
      "Dr. Owen Pryce <o.pryce@kestonuni.example>",
      "Best wishes,\n\nDr. Owen Pryce\nFaculty of Engineering\nKeston University",
      "Keston University",
    ],
    [
      "Spanish",
      "Dra. Marta Gil <marta.gil@ualcor.example>",
      "Un saludo,\n\nDra. Marta Gil\nFacultad de Informática\nUniversidad de Alcor",
      "Universidad de Alcor",
    ],
  ])("%s", async (_, from, signature, employer) => {
    const body = `Dear Jordan,\n\nThank you for your application. We would like to invite you to an interview.\n\n${signature}`;
    expect(await employerOf(from, "Interview invitation", body)).toBe(employer);
  });
});

describe("interest in a public body named with its article", () => {
  it.each<[string, string, string[]]>([
    [
      "English",
      "Thank you for your interest in the Bureau of Tidal Records position.",
      ["Bureau of Tidal Records"],
    ],
    [
      "Spanish",
      "Gracias por su interés en la Agencia Costera del Norte.",
      ["Agencia Costera del Norte"],
    ],
    ["Dutch", "Bedankt voor je interesse in de Provincie Drenthe.", ["Provincie Drenthe"]],
    [
      "a title after the article is no firm",
      "Thank you for your interest in the Senior Data Engineer role.",
      [],
    ],
  ])("%s", (_, text, names) => {
    expect(companiesInText(text).map((c) => c.name)).toEqual(names);
  });
});

describe("an employer's own sentence naming it as the one that decides", () => {
  it.each<[string, string, string, string, string | null]>([
    [
      "an Italian hospital writing from a shared mailbox",
      "Ufficio Selezione <selezione@asl-lerano.example>",
      "Comunicazione esito",
      "Gentile Jordan Lee,\n\na seguito di una riorganizzazione interna, l'Ospedale San Rocco ha disposto la revoca della procedura.\n\nDistinti saluti\n\nUfficio Selezione del Personale",
      "Ospedale San Rocco",
    ],
    [
      "a Spanish hospital, with its article",
      "Selección de Personal <seleccion@salud-levante.example>",
      "Su candidatura",
      "Estimado Jordan:\n\nLamentablemente, el Hospital Costa Azul ha decidido no continuar con el proceso.\n\nAtentamente,\nSelección de Personal",
      "Hospital Costa Azul",
    ],
  ])("%s", async (_, from, subject, body, employer) => {
    expect(await employerOf(from, subject, body)).toBe(employer);
  });
});
