import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { clientsActingIn } from "../../src/understand/extract/company-clients.ts";
import { localPublicBodies } from "../../src/understand/extract/company-lines.ts";
import { validCompany } from "../../src/understand/extract/company-name.ts";
import { companiesAfterForward, employerOf, expectEmployer } from "../support/employer-of.ts";

// The employer, not the messenger: the name a firm's own people use, an agency's client, a
// community that is no employer, a person or a place that is no firm, a unit under its
// institution. Every firm, person, place, address and body here is invented for these tests.

describe("the form the firm's own words use over its registered entity", () => {
  it.each<[string, string, string, string, string]>([
    [
      "de: 'Interesse an X & Söhne', signed '… Feinmechanik GmbH & Co. KG'",
      "Birte Lammers <b.lammers@kranz-soehne.example>",
      "Ihre Bewerbung als Entwickler",
      "Sehr geehrte Frau Lee,\n\nvielen Dank für Ihr Interesse an Kranz & Söhne und das Gespräch.\n\nLeider haben wir uns für eine andere Bewerberin entschieden.\n\nFreundliche Grüße\nBirte Lammers\nPersonalreferentin\n\nKranz & Söhne Feinmechanik GmbH & Co. KG\nIndustriestraße 4 · 70000 Talheim\n",
      "Kranz & Söhne",
    ],
    [
      "en: signed 'X & Sons', registered '… Holdings Limited' in the footer",
      "Mabel Orrin <m.orrin@tallowandsons.example>",
      "Your application - Firmware Engineer",
      "Dear Jordan,\n\nThank you for applying for the Firmware Engineer vacancy.\n\nI'm sorry to say we can't take your application further.\n\nYours sincerely,\n\nMabel Orrin\nHR Advisor\nTallow & Sons\n\nTallow & Sons Marine Holdings Limited. Registered in England No. 01234567.\n",
      "Tallow & Sons",
    ],
    [
      "pt: 'aqui na X', signed 'X Y' from a domain spelling into both words",
      "Luíza Prado <luiza.prado@jabuticabapag.example>",
      "Retorno - processo Desenvolvedor(a) Backend",
      "Oi, Jordan, tudo bem?\n\nPassando para dar um retorno sobre o processo aqui na Jabuticaba.\n\nDecidimos seguir com outra pessoa candidata.\n\nAbraço,\nLuíza\n\nLuíza Prado\nTech Recruiter | Jabuticaba Pagamentos\n",
      "Jabuticaba Pagamentos",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("an agency's recruiter reports her client's step", () => {
  it.each<[string, string, string[]]>([
    [
      "de, with its article",
      "Gute Nachrichten: Die Elbhafen Versicherung möchte Sie einladen.",
      ["Elbhafen Versicherung"],
    ],
    [
      "fr, with its article",
      "Bonne nouvelle : La Mutuelle Sorbier souhaite vous revoir.",
      ["Mutuelle Sorbier"],
    ],
    [
      "en, with its article",
      "Good news: The Harwick Trust would like to meet you again.",
      ["Harwick Trust"],
    ],
  ])("%s", (_, text, want) => {
    expect(clientsActingIn(text)).toEqual(want);
  });

  it.each<[string, string, string, string, string]>([
    [
      "de: 'hat mir der Kunde genannt' under a consultancy's GmbH",
      "Till Brohm <t.brohm@nordkap-personal.example>",
      "Einladung Zweitgespräch – Elbhafen Versicherung",
      "Hallo Frau Lee,\n\ngute Nachrichten: Die Elbhafen Versicherung möchte Sie gerne zum Zweitgespräch einladen!\n\nFolgende Termine hat mir der Kunde genannt:\n- Dienstag, 10:00 Uhr\n\nBeste Grüße\n\nTill Brohm\nSenior Consultant\nNordkap Personal Consulting GmbH\n",
      "Elbhafen Versicherung",
    ],
    [
      "es: 'el cliente quiere' and the client's name in the subject",
      "Inés Olmedo <ines.olmedo@brezo-consultores.example>",
      "Segunda entrevista – Grupo Tajamar",
      "Hola Jordan:\n\nBuenas noticias: el cliente quiere verte otra vez. Grupo Tajamar ha decidido pasar a la siguiente fase.\n\nUn saludo,\n\nInés Olmedo\nConsultora\nBrezo Consultores S.L.\n",
      "Grupo Tajamar",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("a person or a place is no firm", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: initials and a surname as the display name",
      "R.T. Ashdown <rt@quillhaven.example>",
      "Platform Engineer - closing the loop",
      "Hey Jordan,\n\nWe ended up not hiring externally for the role after all. I'd like to keep your details in our pipeline.\n\nRT\n\nR.T. Ashdown\nHead of Platform, Quillhaven Labs\n",
      "Quillhaven Labs",
    ],
    [
      "nl: initials with a particle",
      "M.J. van Osch <mj@dijkstroom.example>",
      "Je sollicitatie",
      "Beste Jordan,\n\nBedankt voor je sollicitatie bij Dijkstroom. Helaas gaan we niet verder.\n\nMet vriendelijke groet,\nM.J. van Osch\n",
      "Dijkstroom",
    ],
    [
      "pt: the district of an office ('no escritório na …') under a search firm",
      "Renata Lobo <renata.lobo@sulexecutive.example>",
      "Oportunidade confidencial - CTO",
      "Olá Jordan, tudo bem?\n\nMe chamo Renata e sou headhunter na Sul Executive Search. Conduzo a busca para um cliente (ainda não posso divulgar o nome).\n\n- modelo híbrido, 2x por semana no escritório na Vila Madalena;\n\nUm abraço,\n\nRenata Lobo\nSócia | Sul Executive Search\n",
      "Sul Executive Search",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });

  it.each<[string, string, string | null]>([
    [
      "en: an agency's word closes its name",
      "Larchmont Executive Search",
      "Larchmont Executive Search",
    ],
    ["de: Personalberatung", "Altmark Personalberatung", "Altmark Personalberatung"],
    ["a title alone stays none", "Executive Assistant", null],
  ])("%s", (_, raw, want) => {
    expect(validCompany(raw)).toBe(want);
  });
});

describe("a community's mail names no employer", () => {
  it.each<[string, string, string, string]>([
    [
      "en: a meetup's newsletter",
      "Data Folk Bristol <hello@datafolkbristol.example>",
      "November: dbt, drift & doughnuts",
      "Hello data folk,\n\nNEXT MEETUP: Thursday 20 November, 6:30pm, thanks to Harbourline Bank for the space.\n\nJOBS CORNER\nOur sponsors asked us to mention they are hiring.\n\nThe organisers\n",
    ],
    [
      "it: la newsletter della community",
      "Dev Lucca <newsletter@devlucca.example>",
      "Dev Lucca – la newsletter di novembre",
      "Ciao Jordan,\n\necco cosa succede nella nostra community di sviluppatori.\n\nPROSSIMO MEETUP: giovedì alle 19:00. Aperitivo offerto da Frantoio Dati.\n\nLo staff di Dev Lucca\n\nDev Lucca APS - Via Roma 1, Lucca\n",
    ],
    [
      "fr: its organisers and its sponsors",
      "Data Nantes <bonjour@datanantes.example>",
      "Le programme de décembre",
      "Bonjour à toutes et à tous,\n\nVoici les nouvelles : deux talks sur Postgres et un apéro offert par nos sponsors.\n\nÀ bientôt,\nLes organisateurs de Data Nantes\n",
    ],
  ])("%s", async (_, from, subject, body) => {
    expect(await employerOf(from, subject, body)).toBeNull();
  });

  it("de: a firm inviting to its own meetup stays the employer", async () => {
    await expectEmployer(
      "Talent Team Falkenried Software <talent@falkenried.example>",
      "Einladung: Tech-Meetup bei Falkenried Software",
      "Hallo Jordan,\n\nwir laden dich zu unserem Tech-Meetup in unserem Büro ein. Danach stellen wir unsere offenen Stellen vor.\n\nDein Talent Team\nFalkenried Software GmbH\n",
      "Falkenried Software",
    );
  });
});

describe("a unit under its institution, a public body over its place", () => {
  it.each<[string, string, string | null]>([
    ["fr", "Conseil départemental de la Basse-Orne", "Basse-Orne"],
    ["de", "Landratsamt Obertal", "Obertal"],
    ["es", "Ayuntamiento de Villaseca", "Villaseca"],
    ["it", "Comune di Borgofranco", "Borgofranco"],
    ["nl", "Gemeente Westerdijk", "Westerdijk"],
    ["pt", "Câmara Municipal de Alvarim", "Alvarim"],
    ["a firm's line", "Orrin Logistics Ltd", null],
  ])("%s: %s", (_, line, place) => {
    expect(localPublicBodies([line])[0]?.place ?? null).toBe(place);
  });

  it.each<[string, string, string, string, string]>([
    [
      "fr: the place its domain spells, the official name under the sign-off",
      "DUVAL Agnès <agnes.duval@basse-orne.example>",
      "Votre candidature - Technicien·ne informatique",
      "Madame,\n\nAprès examen attentif, nous sommes au regret de vous informer qu'il n'est pas possible de donner une suite favorable à votre candidature.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\nAgnès DUVAL\nChargée de recrutement\nConseil départemental de la Basse-Orne\n1 place de la Mairie - 61000 Ormeville\n",
      "Conseil départemental de la Basse-Orne",
    ],
    [
      "de: an institute under its Hochschule",
      "Prof. Dr. Lena Haas <lena.haas@hs-talheim.example>",
      "Ihre Bewerbung",
      "Sehr geehrte Frau Lee,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nLena Haas\nInstitut für Robotik\nHochschule Talheim\n",
      "Hochschule Talheim",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("through the Worker", () => {
  it("stores the name the firm's sentences use, not its registered entity", async () => {
    const names = await companiesAfterForward({
      from: "Birte Lammers <b.lammers@kranz-soehne.example>",
      subject: "Ihre Bewerbung als Entwickler",
      body: [
        "Sehr geehrte Frau Lee,",
        "",
        "vielen Dank für Ihr Interesse an Kranz & Söhne und das Gespräch.",
        "",
        "Leider haben wir uns für eine andere Bewerberin entschieden.",
        "",
        "Freundliche Grüße",
        "Birte Lammers",
        "Kranz & Söhne Feinmechanik GmbH & Co. KG",
      ],
    });
    expect(names).toEqual([companyKey("Kranz & Söhne")]);
  });

  it("stores the client an agency's recruiter reports for, not the agency", async () => {
    const names = await companiesAfterForward({
      from: "Till Brohm <t.brohm@nordkap-personal.example>",
      subject: "Einladung Zweitgespräch – Elbhafen Versicherung",
      body: [
        "Hallo Frau Lee,",
        "",
        "gute Nachrichten: Die Elbhafen Versicherung möchte Sie gerne zum Zweitgespräch einladen!",
        "",
        "Folgende Termine hat mir der Kunde genannt: Dienstag, 10:00 Uhr.",
        "",
        "Till Brohm",
        "Nordkap Personal Consulting GmbH",
      ],
    });
    expect(names).toEqual([companyKey("Elbhafen Versicherung")]);
  });

  it("stores no company for a meetup's newsletter", async () => {
    const names = await companiesAfterForward({
      from: "Data Folk Bristol <hello@datafolkbristol.example>",
      subject: "November: dbt, drift & doughnuts",
      body: [
        "Hello data folk,",
        "",
        "NEXT MEETUP: Thursday 20 November, 6:30pm, thanks to Harbourline Bank for the space.",
        "",
        "The organisers",
      ],
    });
    expect(names).toEqual([]);
  });

  it("stores the firm, not the person's initialled name", async () => {
    const names = await companiesAfterForward({
      from: "R.T. Ashdown <rt@quillhaven.example>",
      subject: "Platform Engineer - closing the loop",
      body: [
        "Hey Jordan,",
        "",
        "We ended up not hiring externally for the role. I'd like to keep your details in our pipeline.",
        "",
        "R.T. Ashdown",
        "Head of Platform, Quillhaven Labs",
      ],
    });
    expect(names).toEqual([companyKey("Quillhaven Labs")]);
  });

  it("stores the public body's official name, not its place", async () => {
    const names = await companiesAfterForward({
      from: "DUVAL Agnès <agnes.duval@basse-orne.example>",
      subject: "Votre candidature - Technicien·ne informatique",
      body: [
        "Madame,",
        "",
        "Nous sommes au regret de vous informer qu'il n'est pas possible de donner une suite favorable à votre candidature.",
        "",
        "Agnès DUVAL",
        "Chargée de recrutement",
        "Conseil départemental de la Basse-Orne",
      ],
    });
    expect(names).toEqual([companyKey("Conseil départemental de la Basse-Orne")]);
  });
});
