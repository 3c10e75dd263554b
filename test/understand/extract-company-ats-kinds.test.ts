import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import {
  type CompanyCandidate,
  rankCompanies,
  withoutRelayingService,
} from "../../src/understand/extract/company.ts";
import {
  companiesInText,
  labelledCompanies,
} from "../../src/understand/extract/company-candidates.ts";
import { namesSpeltByDomain } from "../../src/understand/extract/company-domain-names.ts";
import { compactKey, validCompany } from "../../src/understand/extract/company-name.ts";
import { employerForCategory } from "../../src/understand/extract/company-no-employer.ts";
import { isPlace, isStreetShapedName } from "../../src/understand/extract/places.ts";
import { selfMatcher } from "../../src/understand/extract/self-matcher.ts";
import { describeSender } from "../../src/understand/extract/sender.ts";
import { employerOf } from "../support/employer-of.ts";
import { JORDAN_SELF } from "../support/users.ts";

// Kinds of employer error seen on mail modelled on US and UK ATS notices; every firm, person and
// sentence below is invented for these tests.

describe("a name a domain spells never ends on a lower-case word", () => {
  it.each<[string, string, string, string]>([
    [
      "initials, then 'for the' and a capitalised title",
      "tollgate-ms",
      "Thanks for meeting Tollgate Marine Services for the Deck Officer II opening.",
      "Tollgate Marine Services",
    ],
    [
      "initials, then 'and' and a capitalised team",
      "pell-ag",
      "Your call with Pell Agritech and the Field Systems group is booked.",
      "Pell Agritech",
    ],
  ])("%s", (_, label, text, name) => {
    expect(namesSpeltByDomain(label, text)[0]).toBe(name);
  });
});

describe("a street-shaped firm where a firm is expected", () => {
  it.each<[string, string, boolean]>([
    ["a street word then firm words", "Plein Media Groep", false],
    ["a street word opening, a firm's word closing", "Lane Capital Partners", false],
    ["a street with no firm's word", "Harbour Road", true],
    ["a street with its number", "12 Mill Lane", true],
  ])("isPlace: %s", (_, name, place) => {
    expect(isPlace(name)).toBe(place);
  });

  it.each<[string, string, boolean]>([
    ["two words closing on a street word", "Tannery Lane", true],
    ["a number makes it an address", "40 Tannery Lane", false],
    ["a city is a place wherever it is written", "London", false],
  ])("isStreetShapedName: %s", (_, name, shaped) => {
    expect(isStreetShapedName(name)).toBe(shaped);
  });
});

describe("a federal form's agency over its department", () => {
  it.each<[string, string, string[]]>([
    [
      "department and agency on their own lines",
      "Job Title: Hydrologist\nDepartment: Department of Inland Affairs\nAgency: Office of Flood Forecasting\nLocation: Tulsa, OK",
      ["Office of Flood Forecasting"],
    ],
    [
      "a department alone still names the employer",
      "Job Title: Archivist\nDepartment: Department of Public Records\nLocation: Boise, ID",
      ["Department of Public Records"],
    ],
  ])("%s", (_, text, names) => {
    expect(labelledCompanies(text)).toEqual(names);
  });
});

function rows(list: readonly [string, number, CompanyCandidate["source"]][]): CompanyCandidate[] {
  return list.map(([name, weight, source]) => ({ name, key: compactKey(name), weight, source }));
}

describe("the name a firm's own words use over a longer printed form", () => {
  it.each<[string, [string, number, CompanyCandidate["source"]][], string]>([
    [
      "sentences and sender name write it short, the signature long",
      [
        ["Wexley Mutual Assurance Company", 4, "signature"],
        ["Wexley Mutual", 3, "prose"],
        ["Wexley Mutual", 3, "display-name"],
      ],
      "Wexley Mutual",
    ],
    [
      "a short name only the domain gives takes the longer written one",
      [
        ["Wexley", 2.55, "domain"],
        ["Wexley Mutual Assurance", 2, "prose"],
      ],
      "Wexley Mutual Assurance",
    ],
    [
      "a sentence alone writing it short is enough against a signature's long form",
      [
        ["Wexley Mutual Assurance Company", 4, "signature"],
        ["Wexley Mutual", 3, "prose"],
      ],
      "Wexley Mutual",
    ],
    [
      "a long form the sender name also writes stays",
      [
        ["Wexley Mutual Assurance", 4, "signature"],
        ["Wexley Mutual Assurance", 3, "display-name"],
        ["Wexley Mutual", 3, "prose"],
      ],
      "Wexley Mutual Assurance",
    ],
    [
      "a short form only the subject and sender name give does not beat the printed long one",
      [
        ["Wexley Mutual Assurance", 4, "signature"],
        ["Wexley Mutual", 3, "display-name"],
        ["Wexley Mutual", 2, "subject"],
      ],
      "Wexley Mutual Assurance",
    ],
    [
      "a longer form the sentences also write stays",
      [
        ["Wexley Mutual Assurance", 4, "signature"],
        ["Wexley Mutual Assurance", 2, "prose"],
        ["Wexley Mutual", 3, "prose"],
        ["Wexley Mutual", 3, "display-name"],
      ],
      "Wexley Mutual Assurance",
    ],
    [
      "a partnership of surnames is not its first partner with words after it",
      [
        ["Orme, Tally & Voss", 4, "signature"],
        ["Orme", 3, "display-name"],
        ["Orme", 2, "subject"],
      ],
      "Orme, Tally & Voss",
    ],
  ])("%s", (_, list, name) => {
    expect(rankCompanies(rows(list))).toBe(name);
  });
});

describe("the everyday name a firm's sentences use over its printed legal form", () => {
  it.each<[string, [string, number, CompanyCandidate["source"]][], string]>([
    [
      "German: the sentence says the brand, the imprint the GmbH",
      [
        ["Falkenau Datentechnik GmbH", 4, "signature"],
        ["Falkenau Datentechnik GmbH", 2.5, "footer"],
        ["Falkenau", 3, "prose"],
      ],
      "Falkenau",
    ],
    [
      "Spanish: a word before the name in the legal line",
      [
        ["Conservas Marbella", 2.5, "signature-line"],
        ["Marbella", 3, "signature"],
        ["Marbella", 1.5, "prose"],
      ],
      "Marbella",
    ],
    [
      "French: a card and a domain print the long form, the letter the short one",
      [
        ["Brisants Énergie SA", 2, "card"],
        ["Brisants Énergie", 0.85, "domain"],
        ["Brisants", 2, "prose"],
      ],
      "Brisants",
    ],
    [
      "Dutch: the long form in a sentence too stays",
      [
        ["Zeevonk Installaties", 4, "signature"],
        ["Zeevonk Installaties", 2, "prose"],
        ["Zeevonk", 3, "prose"],
      ],
      "Zeevonk Installaties",
    ],
    [
      "Italian: partners' names are never cut to the first",
      [
        ["Ferri, Galli e Monti", 4, "signature"],
        ["Ferri", 3, "prose"],
      ],
      "Ferri, Galli e Monti",
    ],
  ])("%s", (_, list, name) => {
    expect(rankCompanies(rows(list))).toBe(name);
  });
});

describe("a firm named with '&' whose domain spells the conjunction", () => {
  it.each<[string, string, string]>([
    ["Dutch 'en'", "rietenbos", "Wij danken u namens Riet & Bos Architecten."],
    ["German 'und'", "haasundkern", "Ihre Bewerbung bei Haas & Kern Maschinenbau ist eingegangen."],
    ["French 'et'", "morinetfils", "L'équipe de Morin & Fils vous remercie."],
    ["Spanish 'y'", "lunaysol", "Gracias por tu interés en Luna & Sol Estudio."],
    ["Italian 'e'", "bassiecolombo", "Grazie da parte di Bassi & Colombo."],
    ["English 'n'", "surfnturf", "Thanks for applying to Surf & Turf Kitchens."],
  ])("%s", (_, label, text) => {
    expect(namesSpeltByDomain(label, text)[0]).toMatch(/&/);
  });
});

describe("two names joined by '&' are a firm even when the first is also a common word", () => {
  it.each<[string, string | null]>([
    ["Vos & Maas Digitaal", "Vos & Maas Digitaal"],
    ["May & Baker", "May & Baker"],
    ["Le & Brun Conseil", "Le & Brun Conseil"],
    // Subject words around "&" stay no firm.
    ["Update & Next Steps", null],
    ["Interview & Offer", null],
  ])("%s", (raw, name) => {
    expect(validCompany(raw)).toBe(name);
  });
});

describe("a service sending 'Firm via Service' from its own domain", () => {
  const found = rows([
    ["Brackenridge Studios", 3, "display-name"],
    ["Skilltrace Inc", 2.5, "footer"],
    ["Skilltrace", 0.85, "domain"],
  ]);
  it.each<[string, string, string | null, string[]]>([
    [
      "the service's own names go",
      "Brackenridge Studios via Skilltrace",
      "mail.skilltrace.example",
      ["Brackenridge Studios"],
    ],
    [
      "a 'via' whose service is not the sending domain changes nothing",
      "Brackenridge Studios via Skilltrace",
      "brackenridge.example",
      ["Brackenridge Studios", "Skilltrace Inc", "Skilltrace"],
    ],
    [
      "no 'via', nothing dropped",
      "Skilltrace",
      "skilltrace.example",
      ["Brackenridge Studios", "Skilltrace Inc", "Skilltrace"],
    ],
  ])("%s", (_, from, domain, names) => {
    expect(withoutRelayingService(found, from, domain).map((c) => c.name)).toEqual(names);
  });
});

describe("whole notices: the employer, not the messenger", () => {
  it.each<[string, string, string, string, string | null]>([
    [
      "a board's rejection for a firm named like a street",
      "LinkedIn <jobs-noreply@linkedin.com>",
      "Your application to Data Engineer at Tannery Lane",
      "Jordan, thank you for applying to the Data Engineer role at Tannery Lane.\n\nUnfortunately, Tannery Lane has chosen to move forward with other candidates.",
      "Tannery Lane",
    ],
    [
      "a Dutch ATS notice from a firm opening with a street word",
      "Singel Logistiek <noreply@mg.recruitee.com>",
      "Je sollicitatie bij Singel Logistiek",
      "Beste Jordan,\n\nBedankt voor je sollicitatie bij Singel Logistiek. Helaas gaan we niet verder met je sollicitatie.\n\nMet vriendelijke groet,\nTeam Recruitment\nSingel Logistiek B.V.",
      "Singel Logistiek",
    ],
    [
      "an assessment sent 'via' a testing service",
      "Brackenridge Studios via Skilltrace <no-reply@skilltrace.example>",
      "Brackenridge Studios invites you to an assessment",
      "Hi Jordan,\n\nBrackenridge Studios has invited you to a 60-minute assessment for the Backend Engineer role.\n\nQuestions about the test? Write to help@skilltrace.example.\n\nThe Skilltrace team\nSkilltrace Inc. · 10 Harbor Way, Oakland, CA 94607",
      "Brackenridge Studios",
    ],
    [
      "an introduction whose subject brackets the firm after the first person, '/' between",
      "Tom Achebe <tom.achebe@marlpit-instruments.example>",
      "Intro: Rhea (Kilnmoor Labs) / Jordan",
      "Rhea, Jordan -\n\nAs promised, connecting you two. Jordan worked with me at Marlpit on our sensor platform.\n\nJordan: Rhea leads engineering at Kilnmoor Labs and is hiring for her firmware team.\n\nTom\n\nTom Achebe\nStaff Engineer · Marlpit Instruments",
      "Kilnmoor Labs",
    ],
    [
      "a federal acknowledgement with a department and an agency",
      "USAJOBS <no-reply@usajobs.gov>",
      "Application Received - Hydrologist",
      "Dear Jordan Lee,\n\nThank you for applying.\n\nJob Title: Hydrologist\nDepartment: Department of Inland Affairs\nAgency: Office of Flood Forecasting\nLocation: Tulsa, OK\n\nYour application has been received.",
      "Office of Flood Forecasting",
    ],
  ])("%s", async (_, from, subject, body, company) => {
    // The same firm with or without its legal form ("B.V.") is the same employer.
    const found = await employerOf(from, subject, body);
    expect(found && companyKey(found)).toBe(company && companyKey(company));
  });
});

describe("no employer in a board's alert or a vendor's sale", () => {
  const self = selfMatcher(JORDAN_SELF);
  it.each<
    [string, string | null, "job_alert" | "other" | "rejection", string, string, string | null]
  >([
    [
      "an alert from a board no list knows, named by its own domain",
      "Vagas Sul Ltda",
      "job_alert",
      "Vagas Sul <alertas@vagas-sul.example>",
      "5 novas vagas para Analista de Dados",
      null,
    ],
    [
      "an employer's own career site keeps its name",
      "Thornley Water",
      "job_alert",
      "Thornley Water Careers <alerts@thornleywater.example>",
      "New jobs at Thornley Water",
      "Thornley Water",
    ],
    [
      "one job from a board names that job's employer",
      "Maple Quay Foods",
      "job_alert",
      "Vagas Sul <alertas@vagas-sul.example>",
      "A new job at Maple Quay Foods matches your search",
      "Maple Quay Foods",
    ],
    [
      "a CV writer's receipt",
      "Polishpoint",
      "other",
      "Polishpoint <billing@polishpoint.example>",
      "Your receipt\nTotal charged: $29.00\nPayment method: card ending 1111",
      null,
    ],
    [
      "a course sold with a discount code",
      "Stackwise Academy",
      "other",
      "Stackwise Academy <hi@stackwise.example>",
      "Ace your next interview. 25% off this week with code PREP25.",
      null,
    ],
    [
      "an employer's event invitation keeps its name",
      "Thornley Water",
      "other",
      "Thornley Water Talent <events@thornleywater.example>",
      "Join our engineers for an open evening on 12 March.",
      "Thornley Water",
    ],
    [
      "a rejection is never second-guessed",
      "Polishpoint",
      "rejection",
      "Polishpoint <billing@polishpoint.example>",
      "Your receipt is attached. We will not move forward with your application.",
      "Polishpoint",
    ],
  ])("%s", (_, company, category, fromHeader, text, expected) => {
    const [, name = "", address = ""] = /^(.*) <(.*)>$/.exec(fromHeader) ?? [];
    const from = { name, address };
    expect(employerForCategory(company, category, from, describeSender(from, self), text)).toBe(
      expected,
    );
  });
});

describe("a firm given a plural verb, as British English writes it", () => {
  it.each<[string, string, string[]]>([
    [
      "a client's freeze relayed by an agency",
      "Bad news. Harlow Mutual have put a freeze on all hiring until spring.",
      ["Harlow Mutual"],
    ],
    [
      "a decision after a full stop",
      "Thanks for waiting. Penrith Foods Group have decided to go with an internal move.",
      ["Penrith Foods Group"],
    ],
    ["'we' is the writer, no firm", "We have decided to pause the search.", []],
    ["a person takes 'has', never 'have'", "Dana Okafor has decided to pause the search.", []],
  ])("%s", (_, text, names) => {
    expect(companiesInText(text).map((c) => c.name)).toEqual(names);
  });
});

describe("a careers fair's organiser and a count are no employer", () => {
  it.each<[string, string, string, string, string | null]>([
    [
      "an organiser whose name glues 'Fair' to a word",
      "HireFair Online <events@hirefair.example>",
      "Jordan, 40+ companies are hiring data engineers: join us May 4",
      "You're invited to the Data Careers Virtual Event.\n\nMeet recruiters from 40+ companies hiring for data roles. Companies attending include Orrel Freight and Pimbury Health.\n\nRegister free: https://hirefair.example/r/1\n\nHireFair Online · 1 Dock Street, Leeds LS1 1AA",
      null,
    ],
  ])("%s", async (_, from, subject, body, company) => {
    expect(await employerOf(from, subject, body)).toBe(company);
  });
});

describe("an agency's mail introducing its client by what the client is", () => {
  it.each<[string, string, string, string, string]>([
    [
      "English",
      "Priya Nandi <priya@kestrelsearch.example>",
      "A data role you might like",
      "Hi Jordan,\n\nI'm working with a client on a new team. I'm helping Larchmont Freight, a logistics scale-up in Leeds, hire a Data Engineer.\n\nFancy a chat?\n\nPriya Nandi\nKestrel Search | Executive Search",
      "Larchmont Freight",
    ],
    [
      "Spanish",
      "Marta Sanz <marta@talentoeste.example>",
      "Oportunidad: Analista de Datos",
      "Hola Jordan:\n\nSoy Marta, de Talento Este. Estamos ayudando a Brisa del Cabo, una aseguradora con sede en Cádiz, a reforzar su equipo de datos.\n\n¿Hablamos?\n\nMarta Sanz\nConsultora\nTalento Este Selección",
      "Brisa del Cabo",
    ],
    [
      "German",
      "Ole Henning <ole@nordkurs-personal.example>",
      "Ihr Profil",
      "Hallo Jordan,\n\nim Auftrag eines Kunden suche ich Verstärkung: Fährhaus Energie, ein Versorger aus Kiel, baut ein Datenteam auf.\n\nBeste Grüße\nOle Henning\nNordkurs Personalberatung",
      "Fährhaus Energie",
    ],
  ])("%s", async (_, from, subject, body, employer) => {
    expect(await employerOf(from, subject, body)).toBe(employer);
  });
});
