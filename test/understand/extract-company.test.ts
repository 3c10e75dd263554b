import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import {
  type CompanyCandidate,
  type CompanySource,
  ownCareerSiteEmployer,
  rankCompanies,
} from "../../src/understand/extract/company.ts";
import {
  companiesInSubject,
  companiesInText,
  hiringUnit,
  labelledCompanies,
} from "../../src/understand/extract/company-candidates.ts";
import { namesSpeltByDomain } from "../../src/understand/extract/company-domain-names.ts";
import { companyFromDomain } from "../../src/understand/extract/company-from-domain.ts";
import { htmlLabels, imageLabelsInText } from "../../src/understand/extract/company-html.ts";
import {
  cardCompanies,
  copyrightCompanies,
  footerCompanies,
  institutionLines,
  statementCompanies,
} from "../../src/understand/extract/company-lines.ts";
import { compactKey, validCompany } from "../../src/understand/extract/company-name.ts";
import { companyRelations } from "../../src/understand/extract/company-relations.ts";
import { atsSlugs } from "../../src/understand/extract/company-slugs.ts";
import { stripDisplayNoise } from "../../src/understand/extract/org-phrases.ts";
import { isPlace } from "../../src/understand/extract/places.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { employerOf } from "../support/employer-of.ts";
import { JORDAN_SELF } from "../support/users.ts";

// Every company below is invented for these tests.

type Row = [string, number, CompanySource, { derived?: boolean; supportOnly?: boolean }?];

function candidates(rows: readonly Row[]): CompanyCandidate[] {
  return rows.map(([name, weight, source, extra]) => ({
    name,
    key: compactKey(name),
    weight,
    source,
    ...extra,
  }));
}

describe("rankCompanies", () => {
  it.each<[string, Row[], string | null]>([
    ["no candidate, no employer", [], null],
    [
      "two sources that agree beat one heavier source",
      [
        ["Market Data Platforms", 2.5, "signature-line"],
        ["Caldwell Street Bank", 2, "prose"],
        ["Caldwell Street Bank", 2.55, "domain"],
      ],
      "Caldwell Street Bank",
    ],
    [
      "the fullest name a sentence writes, once a short one is trusted",
      [
        ["Harborline", 2.55, "domain"],
        ["Harborline Shipping Technologies", 1, "prose-at", { supportOnly: true }],
      ],
      "Harborline Shipping Technologies",
    ],
    [
      "a name only a loose 'at' gives never wins alone",
      [["Series", 1, "prose-at", { supportOnly: true }]],
      null,
    ],
    [
      "a domain guess gives way to the spelling the message writes",
      [
        ["Kestrelworks", 1.5, "domain", { derived: true }],
        ["Kestrel Works", 3, "display-name"],
      ],
      "Kestrel Works",
    ],
    [
      "a copyright line's legal entity is not the name people use",
      [
        ["Harrowgate Medical", 4, "signature"],
        ["Harrowgate Medical", 3, "display-name"],
        ["Harrowgate Medical System", 3, "copyright"],
      ],
      "Harrowgate Medical",
    ],
    [
      "a subject fragment gives way to the fuller name a sentence writes",
      [
        ["Ambleside", 2, "subject"],
        ["Ambleside Foods", 1, "prose-at"],
      ],
      "Ambleside Foods",
    ],
    [
      "a copyright line alone still names the employer",
      [["Quillstone Analytics Corporation", 3, "copyright"]],
      "Quillstone Analytics Corporation",
    ],
    [
      "a long name ending with another's words is the same employer",
      [
        ["Oordt Logistiek", 4, "signature"],
        ["Van Oordt Logistiek", 3, "display-name"],
      ],
      "Van Oordt Logistiek",
    ],
    [
      "an agency's own firm, weighed down, loses to the client the message names",
      [
        ["Brightline Talent", 1.2, "signature"],
        ["Halcyon Freight", 3, "prose"],
        ["Brightline Talent", 0.45, "domain"],
      ],
      "Halcyon Freight",
    ],
    [
      "an agency with no client named is the employer",
      [
        ["Ramsden Associates", 1.2, "signature"],
        ["Ramsden Associates", 0.45, "domain"],
      ],
      "Ramsden Associates",
    ],
  ])("%s", (_, rows, expected) => {
    expect(rankCompanies(candidates(rows))).toBe(expected);
  });
});

describe("namesSpeltByDomain", () => {
  it.each<[string, string, string | undefined]>([
    ["lumenlog", "Obrigada pelo interesse na Lumen Logística.", "Lumen Logística"],
    ["oakmerecu", "Interview with Oakmere County Credit Union", "Oakmere County Credit Union"],
    ["svi", "o portal da Siderúrgica Vale do Itajaí (SVI).", "Siderúrgica Vale do Itajaí"],
    [
      "irbv",
      "Istituto per la Ricerca e la Bonifica del Veneto\nVia Roma 3",
      "Istituto per la Ricerca e la Bonifica del Veneto",
    ],
    ["coopampa", "A Cooperativa Agroindustrial Pampa agradece", "Cooperativa Agroindustrial Pampa"],
    [
      "museumofappliedcomputing",
      "at the Museum of Applied Computing",
      "Museum of Applied Computing",
    ],
    [
      "muellerschaefering",
      "Müller & Schäfer Ingenieurgesellschaft mbH",
      "Müller & Schäfer Ingenieurgesellschaft",
    ],
    ["devriesvandam", "namens de Vries & van Dam Advocaten", "de Vries & van Dam Advocaten"],
    ["monoandco", "from all of us at mono&co.", "mono&co"],
    ["pinecrestlabs", "We at Pinecrest Labs decided", "Pinecrest Labs"],
    ["wrenfield", "You interviewed with Wrenfield for the Data Analyst role", "Wrenfield"],
    ["acme", "A Cool Medical Event", undefined],
    ["tech", "thanks from tech support", undefined],
  ])("%s in %j", (label, text, expected) => {
    expect(namesSpeltByDomain(label, text)[0]).toBe(expected);
  });

  it("reads a long line of capitalised words in bounded time", () => {
    const text = `${"Aa ".repeat(5000)}\n`.repeat(4);
    expect(namesSpeltByDomain("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", text)).toEqual([]);
  });
});

describe("companyFromDomain", () => {
  it.each<[string, string | null]>([
    ["northwind-robotics.example", "Northwind Robotics"],
    // A word that ends firms' names, run into the name by the domain.
    ["quarrystonecloud.example", "Quarrystone Cloud"],
    ["ashcombelabs.example", "Ashcombe Labs"],
    ["tidewellenergy.co.uk", "Tidewell Energy"],
    // Too short a name before it, or no such word: the label as it is.
    ["mycloud.example", "Mycloud"],
    ["bluepeak.io", "Bluepeak"],
    ["gmail.com", null],
    ["noreply.example", null],
  ])("%s", (domain, name) => {
    expect(companyFromDomain(domain)).toBe(name);
  });
});

describe("atsSlugs", () => {
  it.each<[string | null, string, string[]]>([
    ["ostrander@taleo.net", "", ["ostrander"]],
    ["no-reply@hire.lever.co", "See https://jobs.lever.co/fieldstack/123", ["fieldstack"]],
    [null, "https://corrowmere.wd3.myworkdayjobs.com/External", ["corrowmere"]],
    [null, "https://job-boards.greenhouse.io/brindlewick/jobs/44", ["brindlewick"]],
    ["jobs-listings@linkedin.com", "https://www.linkedin.com/comm/jobs/view/1", []],
    ["notifications@app.ashbyhq.com", "https://app.ashbyhq.com/login", []],
    ["someone@corvane.example", "https://corvane.example/careers", []],
    // A tenant's site named with words around its slug, as iCIMS names them.
    [null, "https://careers-holloway.icims.com/jobs/5512/login", ["holloway"]],
    [null, "https://uscareers-holloway.icims.com/jobs/5512", ["holloway"]],
    [null, "https://holloway-jobs.icims.com/jobs/5512", ["holloway"]],
    // A host that puts the tenant in the path, after a generic first label.
    [null, "https://jobs.jobvite.com/holloway/job/oQx9", ["holloway"]],
    [null, "https://ats.rippling.com/holloway/jobs/77", ["holloway"]],
    [null, "https://career8.successfactors.com/career?career_ns=job_listing", []],
    // A tenant's own subdomain of the ATS's mail host; the host's own mail labels are none.
    ["no-reply@holloway.recruitee.com", "", ["holloway"]],
    ["bounces@em2411.smartrecruiters.com", "", []],
    ["no-reply@us.greenhouse-mail.io", "", []],
  ])("%s with %j", (address, text, expected) => {
    expect(atsSlugs(address, text)).toEqual(expected);
  });
});

describe("lines that print the employer", () => {
  it.each<[string, string[], string[]]>([
    [
      "copyright with year first",
      ["2026 © Quillstone Analytics Corporation. All rights reserved."],
      ["Quillstone Analytics Corporation"],
    ],
    [
      "copyright with an address after it",
      ["© 2026 Ledgerly Inc., 1200 Harbor Way, Oakland"],
      ["Ledgerly Inc."],
    ],
    ["no copyright", ["Thanks for applying."], []],
  ])("copyright: %s", (_, lines, expected) => {
    expect(copyrightCompanies(lines)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    [
      "a legal form",
      ["Diese Nachricht wurde automatisch erstellt.", "Falkenrath Automotive SE"],
      ["Falkenrath Automotive SE"],
    ],
    [
      "a department after a dash",
      ["Ostrander Chemical Company - Global Talent Acquisition"],
      ["Ostrander Chemical Company"],
    ],
    ["a sentence", ["We are hiring at Acme Inc."], []],
  ])("footer: %s", (_, lines, expected) => {
    expect(footerCompanies(lines)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    [
      "one card",
      ["Senior Backend Engineer", "Northwind Robotics · Berlin, Germany (Hybrid)"],
      ["Northwind Robotics"],
    ],
    [
      "a list of cards is about no employer",
      ["Quillmark · Amsterdam", "Halvorsen Data · Remote"],
      [],
    ],
    ["a street is not an employer", ["Industriestraße 7 · 40219 Düsseldorf"], []],
  ])("card: %s", (_, lines, expected) => {
    expect(cardCompanies(lines)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    [
      "a public body under the title, not the portal's operator in the footer",
      [
        "IT Specialist (SYSADMIN)",
        "Bureau of Inland Waterway Survey",
        "Announcement Number: 1",
        "Your application was reviewed.",
        "USAJOBS",
        "Office of Personnel Management",
      ],
      ["Bureau of Inland Waterway Survey"],
    ],
    [
      "an institution named by its last word",
      ["Federal Water Resources Administration", "a", "b", "c"],
      ["Federal Water Resources Administration"],
    ],
  ])("institution: %s", (_, lines, expected) => {
    expect(institutionLines(lines)).toEqual(expected);
  });
});

describe("a job card's town before its state code", () => {
  it.each<[string, string[], string[]]>([
    [
      "a town no lexicon knows",
      ["Loader Operator", "Brennick Aggregates - Elko, NV"],
      ["Brennick Aggregates"],
    ],
    [
      "two cards are a list",
      ["Quarry Hand", "Brennick Aggregates - Elko, NV", "Tallow Mining - Ely, NV"],
      [],
    ],
    ["no state code, no place", ["Brennick Aggregates - Night Shift"], []],
  ])("%s", (_, lines, expected) => {
    expect(cardCompanies(lines)).toEqual(expected);
  });
});

describe("the HTML's logo alt text and page title", () => {
  it.each<[string, string, { title: string[]; alts: string[] }]>([
    [
      "a logo's alt text, its picture words dropped",
      '<html><body><img src="x.png" alt="Corbel Fabrication logo"><p>Hi</p></body></html>',
      { title: [], alts: ["Corbel Fabrication"] },
    ],
    [
      "a page title's pieces, the sending system's words dropped",
      "<html><head><title>Mirefield Careers | Interview Request</title></head><body></body></html>",
      { title: ["Mirefield"], alts: [] },
    ],
    [
      "social icons and empty alt texts name nobody",
      '<img alt=""><img alt="LinkedIn"><img alt="Facebook"><img alt=\'Spacer\'>',
      { title: [], alts: [] },
    ],
    [
      "a platform's badge and a template's placeholder name nobody",
      '<img alt="Powered by Greenhouse"><img alt="Company Logo"><img alt="Follow us on LinkedIn">',
      { title: [], alts: [] },
    ],
    [
      "entities decoded",
      '<img alt="Tern &amp; Tide Outfitters">',
      { title: [], alts: ["Tern & Tide Outfitters"] },
    ],
    ["no HTML", "", { title: [], alts: [] }],
  ])("%s", (_, html, expected) => {
    expect(htmlLabels(html)).toEqual(expected);
  });

  it("reads a Gmail plain text's image placeholders as alt texts", () => {
    const text =
      "[image: Corbel Fabrication logo]\n\nHi Jordan,\n\nThanks for applying.\n\n[image: LinkedIn] [image: Instagram]";
    expect(imageLabelsInText(text)).toEqual(["Corbel Fabrication"]);
  });
});

describe("validCompany and isPlace", () => {
  it.each<[string, string | null]>([
    ["Department of Coastal Resources", "Department of Coastal Resources"],
    ["Les Ateliers Lumen & Co", "Les Ateliers Lumen & Co"],
    ["Grainline & Co. Good luck!", "Grainline & Co."],
    ["Lindqvist Maschinenbau GmbH & Co. KG", "Lindqvist Maschinenbau GmbH & Co. KG"],
    ["Nexo 360 Consultores", "Nexo 360 Consultores"],
    ["Bureau of Tidal Survey (a fictional agency)", "Bureau of Tidal Survey"],
    ["Consultora Tramuntana", "Consultora Tramuntana"],
    ["Data Engineer", null],
    ["Rückmeldung", null],
    ["Posición", null],
    ["Cloud Architect", null],
    ["Halden Stahl AG.", "Halden Stahl AG"],
    ["R-20418", null],
    ["Viel Erfolg", null],
    ["Department", null],
    ["Department of Coastal Resilience (fictional test agency", "Department of Coastal Resilience"],
    ["Lindqvist (Sverige) AB", "Lindqvist (Sverige) AB"],
    // A public body with its article, a possessive a firm's word closes, times that are no firm.
    ["Department of the Estuaries", "Department of the Estuaries"],
    ["St. Wilfrid's Medical Group", "St. Wilfrid's Medical Group"],
    ["Tamsin's Platform Engineer opening", "Tamsin"],
    ["Orrin Bank's Data Analytics team", "Orrin Bank"],
    ["Department for Coastal Affairs", "Department for Coastal Affairs"],
    ["Pellworth Foods Career Centre", "Pellworth Foods"],
    ["Technical Interview", null],
    ["Final Round", null],
    ["Q3", null],
    ["FY27", null],
    ["Wed Mar 11, 2026 10am", null],
    ["Global", null],
    ["People Services", null],
  ])("%j -> %j", (raw, expected) => {
    expect(validCompany(raw)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["Orchard Lane Markets", false],
    ["Halden & Rue", false],
    ["Industriestraße 7", true],
    ["ZI des Glaisins", true],
    ["Sheffield", true],
    ["12 Orchard Lane", true],
    ["America", true],
  ])("isPlace(%j) is %s", (phrase, expected) => {
    expect(isPlace(phrase)).toBe(expected);
  });
});

describe("ownCareerSiteEmployer", () => {
  it.each<[string, string, string | null]>([
    [
      "Penrose Financial Group Career Site",
      "jobalerts@careers.penrosefg.example",
      "Penrose Financial Group",
    ],
    [
      "Brightwater Mutual Workday Notification",
      "brightwatermutual@myworkday.com",
      "Brightwater Mutual",
    ],
    ["LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", null],
    ["Indeed", "alert@indeed.com", null],
    ["Berlin Startup Jobs", "hello@berlinstartupjobs.example", null],
  ])("%s <%s>", (name, address, expected) => {
    expect(ownCareerSiteEmployer({ name, address })).toBe(expected);
  });
});

describe("companyRelations", () => {
  it.each<[string, string, Partial<ReturnType<typeof companyRelations>>]>([
    [
      "a member of a group, in Portuguese",
      "Obrigado pelo interesse na Tecelagem Rio Claro, uma empresa do Grupo Santarém.",
      { members: ["Tecelagem Rio Claro"], groups: ["Grupo Santarém"] },
    ],
    [
      "a subsidiary in English, the group word in lower case",
      "You applied to Wexcombe Foods, a subsidiary of the Harlan group.",
      { members: ["Wexcombe Foods"], groups: ["Harlan"] },
    ],
    [
      "the business within a group that hires",
      "Ostry Mobility, the business within Ostry Holdings that was hiring, has paused.",
      { members: ["Ostry Mobility"], groups: ["Ostry Holdings"] },
    ],
    [
      "a person in a team is no group",
      "You will meet Lena Brandt, part of the Data Platform team.",
      { members: [], groups: [] },
    ],
    [
      "the writer's parent entity",
      "The contract will come from Fennel Holdings plc, our parent entity, once you accept.",
      { members: [], groups: ["Fennel Holdings plc"] },
    ],
    [
      "a service centre's line naming whom it writes for",
      "Mit freundlichen Grüßen\nPersonalservice der Aschberg Gruppe\nim Auftrag der Lindmoor Wasser GmbH",
      { principals: ["Lindmoor Wasser GmbH"] },
    ],
    [
      "a person one signs for is no firm",
      "Mit freundlichen Grüßen\nim Auftrag von Frau Dr. Keller\nOn behalf of Jane Okafor",
      { principals: [] },
    ],
    [
      "partners' names with a legal form",
      "Thank you for meeting us at Corrigan, Blythe & Osei LLP last week.",
      { partnerships: [{ name: "Corrigan, Blythe & Osei", ownLine: false }] },
    ],
    [
      "partners' names signing on a line of their own",
      "Kind regards,\nRuth Abara\nDelacroix, Mbeki & Hart\n12 Quay Street",
      { partnerships: [{ name: "Delacroix, Mbeki & Hart", ownLine: true }] },
    ],
    [
      "a title before a firm's name is no partnership",
      "Noor Haddad\nRecruiting, Pellow & Finch",
      { partnerships: [] },
    ],
    [
      "cities and first names listed in a sentence are no firm",
      "We have offices in Berlin, Hamburg & München. Say hi to Mia, Jonas & Lea.",
      { partnerships: [] },
    ],
  ])("%s", (_, text, expected) => {
    expect(companyRelations(text)).toMatchObject(expected);
  });
});

describe("the employer a message's phrasing names", () => {
  it.each<[string, string, string]>([
    [
      "applying to be a title at the firm",
      "Thanks for applying to be a Field Technician at Quenby Instruments. We read every application.",
      "Quenby Instruments",
    ],
    [
      "applying to work at the firm",
      "Thank you for applying to work at Ashdale Care Homes.",
      "Ashdale Care Homes",
    ],
    [
      "other roles at the firm",
      "There will be other roles at Veltro.AI that suit you better.",
      "Veltro.AI",
    ],
    [
      "a UK letter's 'for the role of … with …'",
      "Thank you for your application for the role of Credit Controller with Penhallow & Rusk LLP.",
      "Penhallow & Rusk LLP",
    ],
    [
      "a Brazilian 'fazer parte do time da …'",
      "Obrigado pelo interesse em fazer parte do time da Cordeiro & Brandão Engenharia.",
      "Cordeiro & Brandão Engenharia",
    ],
    [
      "an Italian 'l'interesse dimostrato verso …'",
      "Grazie per l'interesse dimostrato verso Officine Rinaldi.",
      "Officine Rinaldi",
    ],
    [
      "a French 'l'équipe d'…'",
      "Toute l'équipe d'Ondine Cosmétiques vous remercie pour votre candidature.",
      "Ondine Cosmétiques",
    ],
    [
      "the firm before its recruiting team's words",
      "A warm hello from the Kettering Mutual recruiting team!",
      "Kettering Mutual",
    ],
    [
      "a given name opening a firm that a trade word closes",
      "Thank you for applying for the Shift Lead vacancy at Rosa Mill Bakeries.",
      "Rosa Mill Bakeries",
    ],
    [
      "a job board relaying the employer's step",
      "La empresa Astilleros Ferrol Norte ha leído tu CV.",
      "Astilleros Ferrol Norte",
    ],
    [
      "a quoted title, then the employer",
      'Your application for the job "Route Planner" at Kelderman Transport was viewed.',
      "Kelderman Transport",
    ],
    [
      "an application with an announcement number before the agency",
      "The status of your application for Hydrologist, Announcement WQ-26-014, with the Office of River Gauging has changed.",
      "Office of River Gauging",
    ],
    [
      "an agency naming its client in German",
      "Ich unterstütze derzeit die Wasserwerke Oberau bei der Suche nach einer Teamleitung.",
      "Wasserwerke Oberau",
    ],
    [
      "a name with an elided article",
      "Nous vous remercions pour l'intérêt que vous portez à Vignobles d'Orsan.",
      "Vignobles d'Orsan",
    ],
    [
      "a legal form with its dot closes the name",
      "grazie per il tuo interesse verso Brezza Srl. Ti invitiamo a un colloquio.",
      "Brezza Srl",
    ],
    [
      "a sentence's full stop after a legal form that takes none",
      "vielen Dank für Ihr Interesse an einer Tätigkeit bei der Ostwald Stahl AG. Leider nicht.",
      "Ostwald Stahl AG",
    ],
    [
      "a board's receipt in German, the title between",
      "Ihre Bewerbung als Controller (m/w/d) wurde erfolgreich an die Lindenhof Versicherung AG übermittelt.",
      "Lindenhof Versicherung AG",
    ],
    [
      "an agency naming the client's hiring manager",
      "The hiring manager at Garnet Mutual reviewed your profile.",
      "Garnet Mutual",
    ],
    [
      "a friend saying where they work now",
      "Long time! I'm at Cobblefield now and we're hiring.",
      "Cobblefield",
    ],
    [
      "an agency naming its client in Dutch",
      "Voor onze opdrachtgever Hoogheemraadschap Delfzand zoek ik een Data Engineer.",
      "Hoogheemraadschap Delfzand",
    ],
    [
      "an agency naming whom it recruits for in Portuguese",
      "Estou a recrutar para a Seguradora Lusomar uma posição de Data Engineer.",
      "Seguradora Lusomar",
    ],
    [
      "a board's relay that opens with the employer",
      "Quarrell Freight has received your application for Dispatcher.",
      "Quarrell Freight",
    ],
    [
      "an agency naming its client after 'Mandanten,'",
      "ich habe Rückmeldung von unserem Mandanten, der Brenner Feinmechanik GmbH, erhalten.",
      "Brenner Feinmechanik GmbH",
    ],
    [
      "a reference between commas after the position, then the public body",
      "We appreciate your interest in the Records Analyst position, Vacancy ID 44-118, with the Office of Tidal Mapping.",
      "Office of Tidal Mapping",
    ],
    [
      "a requisition between commas after the role, then the firm",
      "Thanks for applying to the Payroll Lead role, requisition 7731, at Brackenford Mills.",
      "Brackenford Mills",
    ],
  ])("%s", (_, text, employer) => {
    expect(companiesInText(text).map((c) => c.name)).toContain(employer);
  });
});

describe("a form field naming a parent body and the unit that hires", () => {
  it.each<[string, string, string | null]>([
    [
      "a department, a comma, its bureau",
      "Department of Inland Waters, Bureau of Lock Engineering",
      "Bureau of Lock Engineering",
    ],
    [
      "a department, a dash, its command",
      "Department of the Fleet - Harbour Systems Command Atlantic",
      "Harbour Systems Command Atlantic",
    ],
    [
      "a holding, a dash, the firm",
      "Pellworth Holdings - Pellworth Marine Coatings",
      "Pellworth Marine Coatings",
    ],
    ["a firm and its legal form", "Quenby Analytics, Inc.", null],
    ["a firm and its department", "Quenby Analytics - Talent Acquisition", null],
    ["a firm and its town", "Quenby Analytics - San Diego", null],
    ["a partnership of surnames", "Ashdown, Pike & Rowe", null],
  ])("%s", (_, value, unit) => {
    expect(hiringUnit(value)).toBe(unit);
  });

  it("reads the unit from the labelled line", () => {
    const text =
      "Position: Hydrographer\nAgency: Department of Inland Waters - Office of Lock Engineering\nStatus: Referred";
    expect(labelledCompanies(text)).toEqual(["Office of Lock Engineering"]);
  });
});

describe("an equal-opportunity statement names the firm", () => {
  it.each<[string, string, string[]]>([
    [
      "the full name before 'is an Equal Opportunity Employer'",
      "Pemberly Cold Storage is an Equal Opportunity Employer. All qualified applicants are considered.",
      ["Pemberly Cold Storage"],
    ],
    [
      "a legal form after a comma is left out",
      "Larchfield Orbital, LLC is an Equal Opportunity Employer, including veterans.",
      ["Larchfield Orbital"],
    ],
    [
      "'proud to be' and 'workplace'",
      "We hire on merit. Ostrey Tools is proud to be an equal opportunity workplace.",
      ["Ostrey Tools"],
    ],
    [
      "an affirmative-action employer",
      "Dunmore State College is an equal opportunity/affirmative action employer.",
      ["Dunmore State College"],
    ],
    ["the firm calling itself 'we'", "We are an equal opportunity employer.", []],
    ["'our company'", "Our company is an equal opportunity employer.", []],
    [
      "a clause before the name",
      "As a federal contractor, Ostrey Tools is an equal opportunity employer.",
      [],
    ],
  ])("%s", (_, line, names) => {
    expect(statementCompanies([line])).toEqual(names);
  });
});

describe("a status in a notification's subject", () => {
  it.each([
    "Application Status Update - Ineligible - XW-26-5512",
    "Application Status Update - Referred - XW-26-5512",
    "Action Required: Schedule Your Interview",
    "Application Received - XW-26-5512",
  ])("%s names no employer", (subject) => {
    expect(companiesInSubject(subject)).toEqual([]);
  });
});

describe("no employer where the phrasing names none", () => {
  it.each<[string, string]>([
    ["a department inside the firm", "Ihre Unterlagen wurden an die Fachabteilung weitergeleitet."],
    ["a person by an honorific", "Ihre Bewerbung wurde an Herrn Albers weitergeleitet."],
    [
      "a stack after 'with'",
      "Thank you for your application for Backend Engineer with Go and Rust.",
    ],
    ["a stack in Spanish", "En nuestro equipo trabajamos con Python, Airflow y dbt."],
    ["a team in a group phrase", "You will meet Lena Brandt, part of the Data Platform team."],
    ["a list of first names", "Say hi to Mia, Jonas & Lea from the team."],
    ["the firm as 'we'", "We have received your application for Dispatcher."],
    ["a team that read the application", "Recruiting Team has reviewed your application."],
  ])("%s", (_, text) => {
    expect(companiesInText(text)).toEqual([]);
    expect(companyRelations(text)).toMatchObject({ members: [], partnerships: [] });
  });
});

describe("a sending team's display name", () => {
  it.each<[string, string]>([
    ["Candidate Experience", ""],
    ["Talent Acquisition", ""],
    ["Saltbridge Candidate Experience", "Saltbridge"],
  ])("%s names the firm %j", (display, firm) => {
    expect(stripDisplayNoise(display)).toBe(firm);
  });
});

describe("a subject that names the employer", () => {
  it.each<[string, string]>([
    ["Thank you for your interest in Wrenhaven Health", "Wrenhaven Health"],
    ["Re: Analista de Datos en Cormorán Seguros", "Cormorán Seguros"],
    ["Your application was sent to Coldharbour Mills", "Coldharbour Mills"],
    ["An update on your application from Pennock Freight", "Pennock Freight"],
    ["Next steps with Harlowe Biosciences", "Harlowe Biosciences"],
    ["Following up on your Saxby Mutual application", "Saxby Mutual"],
    ["Interview confirmed: Payroll Analyst with Torrin Foods", "Torrin Foods"],
  ])("%s", (subject, employer) => {
    expect(companiesInSubject(subject).map((c) => c.name)).toContain(employer);
  });
});

describe("whole messages: the employer, not the messenger", () => {
  it.each<[string, string, string, string, string | null]>([
    [
      "an agency whose name opens with 'Summit' is no event",
      "Dev Rao <dev@summitvale-search.example>",
      "Staff engineer, stealth startup",
      "Hi Jordan,\n\nI'm working with a stealth fintech company that is hiring a Staff Engineer. Open to a chat?\n\nDev Rao\nPartner, Summit Vale Search",
      "Summit Vale Search",
    ],
    [
      "a division named before its group",
      "Ines Varga <ines.varga@thornbury-group.example>",
      "Your interview",
      "Hi Jordan,\n\nThornbury Digital, a division of Thornbury Group, would like to invite you to a final interview on Thursday.\n\nInes Varga\nGroup Talent Partner\nThornbury Group plc",
      "Thornbury Digital",
    ],
    [
      "a sending team's display name and the employer in the subject",
      "Candidate Experience <noreply@icims.com>",
      "Thank you for your interest in Saltbridge Health",
      "Dear Jordan,\n\nWe regret to inform you that the position has been filled.\n\nTalent Acquisition",
      "Saltbridge Health",
    ],
    [
      "a staffing agency's mail about the client's hiring manager",
      "Priyanka Rao <priyanka.rao@acme-staffing.example>",
      "RE: Java Developer",
      "Hi Jordan,\n\nThe hiring manager at Wexham Insurance reviewed your profile and wants to set up an interview. Are you free Tuesday?\n\nPriyanka Rao\nAcme Staffing Solutions",
      "Wexham Insurance",
    ],
    [
      "the brand that signs, not the parent entity that issues the contract",
      "Hana Seo <hana.seo@fellbrook.example>",
      "Your offer - Staff Designer",
      "Hi Jordan,\n\nIt's a pleasure to send over your offer to join Fellbrook as Staff Designer. The contract will come from Fellbrook Holdings plc, our parent entity, once you've accepted.\n\nWarmly,\nHana\n\nHana Seo\nSenior Talent Partner\nFellbrook",
      "Fellbrook",
    ],
    [
      "a first name the CV was forwarded to is a person, not the firm",
      "Sanne Vos <sanne.vos@kanaalzicht.example>",
      "Je sollicitatie",
      "Hoi Jordan,\n\nIk heb je cv doorgestuurd naar Femke (onze teamlead data) en ze wil graag kennismaken.\n\nGroet,\nSanne Vos\nKanaalzicht Logistiek",
      "Kanaalzicht Logistiek",
    ],
    [
      "a domain with a marketing word before the name the signature writes",
      "Omar Said <omar@tryfernholt.example>",
      "Next steps",
      "Hi Jordan,\n\nThanks for chatting. The next step is a panel with the team.\n\nOmar Said\nHead of Talent, Fernholt",
      "Fernholt",
    ],
    [
      "a domain with 'hq' after the name, nothing else to go on",
      "Ana Ruiz <ana@quillonhq.example>",
      "Your application",
      "Hi Jordan,\n\nUnfortunately we won't move forward with your application.\n\nAna Ruiz\nTalent Partner",
      "Quillon",
    ],
    [
      "a British postcode after the group's address is no firm",
      "Ruth Abara <ruth.abara@calderwick.example>",
      "Product Manager - update",
      "Hi Jordan,\n\nHallam Mobility, the business within Calderwick Group that was hiring, has paused the role.\n\nRuth\n\nRuth Abara\nTalent Partner, Calderwick Group\nCalderwick Group plc · 1 Wharf Row, Bristol BS1 4RN",
      "Hallam Mobility",
    ],
    [
      "a federal portal's status update names the unit under its department",
      "USAJOBS [DO NOT REPLY] <no-reply@usajobs.gov>",
      "Application Status Update - Ineligible - XW-26-5512",
      "Dear Jordan Lee,\n\nYour application status has been updated.\n\nPosition: Hydrographer\nAgency: Department of Inland Waters, Bureau of Lock Engineering\nAnnouncement: XW-26-5512\nStatus: Ineligible\n\nYou do not meet the minimum qualifications for this position.\n\nThis is an automated message.",
      "Bureau of Lock Engineering",
    ],
    [
      "a federal portal's sentence with the announcement between commas",
      "USAJOBS [DO NOT REPLY] <no-reply@usajobs.gov>",
      "Application Status Update: Hydrographer",
      "Jordan Lee,\n\nThank you for your interest in the Hydrographer position, Announcement Number XW-26-5512, with the Office of Tidal Mapping.\n\nYour application will receive no further consideration for this announcement.\n\nTHIS IS AN AUTOMATED MESSAGE.",
      "Office of Tidal Mapping",
    ],
    [
      "a tenant's link repeats its slug in a path, never the spelling of the name",
      "Brisa Naval <no-reply@smartrecruiters.com>",
      "Recebemos a sua candidatura",
      "Olá Jordan,\n\nObrigado pela sua candidatura à vaga de Analista de Dados na Brisa Naval.\n\nAcompanhe o estado da candidatura: https://jobs.smartrecruiters.com/BrisaNaval/status\n\nEquipa de Recrutamento",
      "Brisa Naval",
    ],
    [
      "a machine's display name that reads as a person's, under someone else's signature, is the firm",
      "Valentin Paysage <no-reply@hire.lever.co>",
      "Votre candidature chez Valentin Paysage",
      "Bonjour Jordan,\n\nMerci pour vos entretiens pour le poste de Chef de projet.\n\nAprès réflexion, nous avons choisi un autre candidat.\n\nBien cordialement,\nSophie Marchal\nTalent Acquisition – Valentin Paysage",
      "Valentin Paysage",
    ],
    [
      "an agency writing for an unnamed client keeps 'Executive Search' in its own name",
      "Lorenzo Villa <lorenzo.villa@castagno-search.example>",
      "Opportunità CTO - fintech",
      "Ciao Jordan,\n\nsto seguendo una ricerca per un nostro cliente, una fintech milanese, che cerca un CTO.\n\nTi andrebbe di sentirci?\n\nLorenzo Villa\nPartner | Castagno Executive Search",
      "Castagno Executive Search",
    ],
    [
      "an agency's 'Talent' after a name with an ampersand, for an unnamed client",
      "Ruth Okafor <ruth.okafor@pickettlowe.example>",
      "Lead Data Engineer - insurtech, Leeds",
      "Hi Jordan,\n\nMy client is a growing insurtech in Leeds hiring a Lead Data Engineer. Open to a chat?\n\nRuth Okafor\nPrincipal Consultant | Pickett & Lowe Talent",
      "Pickett & Lowe Talent",
    ],
    [
      "an agency that names its client still gives the client",
      "Ruth Okafor <ruth.okafor@pickettlowe.example>",
      "Lead Data Engineer",
      "Hi Jordan,\n\nI'm currently recruiting for Brasswick Insurance, who are hiring a Lead Data Engineer. Open to a chat?\n\nRuth Okafor\nPrincipal Consultant | Pickett & Lowe Talent",
      "Brasswick Insurance",
    ],
    [
      "an employer's own talent team signing is no agency",
      "Nia Brooks <nia.brooks@ardmorefoods.example>",
      "Your application",
      "Hi Jordan,\n\nThank you for applying. Unfortunately we will not move forward with your application.\n\nNia Brooks\nTalent Partner | Ardmore Foods Talent Acquisition",
      "Ardmore Foods",
    ],
    [
      "a machine's sign-off with 'Talent' is the employer's team",
      "Careers <no-reply@myworkday.com>",
      "Your application",
      "Dear Jordan,\n\nThank you for applying. Unfortunately we will not move forward with your application.\n\nKind regards,\nArdmore Foods Talent",
      "Ardmore Foods",
    ],
    [
      "an iCIMS tenant site 'careers-<slug>' spells the name the sign-off writes",
      "Careers <donotreply@icims.com>",
      "Thank you for applying",
      "Dear Jordan,\n\nThank you for applying for the Buyer position. We will review your application shortly.\n\nCheck your status: https://careers-hollowayfoods.icims.com/jobs/candidates\n\nHolloway Foods Recruiting Team",
      "Holloway Foods",
    ],
    [
      "a 'Hiring Organization' field on a payroll suite's ATS",
      "Careers <no-reply@paycomonline.net>",
      "Application confirmation",
      "Dear Jordan,\n\nThank you for applying.\n\nHiring Organization: Tamsworth Dental Partners\nPosition: Office Manager",
      "Tamsworth Dental Partners",
    ],
    [
      "an agency's feedback: the subject's short name, the prose's full client name",
      "Callum Reid <callum.reid@thistlesearch.example>",
      "Brackwater feedback",
      "Hi Jordan,\n\nJust spoke with Brackwater Maritime about Thursday's interview for the Analytics Lead role. They liked your case study but are going with someone with more line management.\n\nI'll be in touch with other roles.\n\nCallum Reid\nDirector, Data\nThistle Search Ltd | 9 Queen Street, Glasgow",
      "Brackwater Maritime",
    ],
    [
      "a French agency's 'Retour' subject before the client",
      "Inès Caron <ines.caron@vigie-talents.example>",
      "Retour Sablons Mécanique",
      "Bonjour Jordan,\n\nVoici le retour de Sablons Mécanique après votre entretien pour le poste de Responsable BI : ils ont retenu un autre candidat.\n\nBelle journée,\n\nInès Caron\nConsultante – Data\nVigie Talents",
      "Sablons Mécanique",
    ],
    [
      "an agency's pitch for an unnamed client under a one-word topic subject",
      "Owen Price <owen.price@fairhavenstaffing.example>",
      "Re: MLOps - quick one",
      "Hi Jordan,\n\nA contract MLOps Engineer role just landed: six months, remote. The client is a fintech scale-up; I'll share the name once you're happy for me to put you forward.\n\nCheers,\nOwen\n\nOwen Price\nLead Recruiter - Data Contracts\nFairhaven Staffing",
      "Fairhaven Staffing",
    ],
    [
      "an ATS footer: 'sent to you by … via Greenhouse'",
      "no-reply@us.greenhouse-mail.io",
      "Thank you for applying",
      "Hi Jordan,\n\nThanks for your interest. We will review your application.\n\nThis message was sent to you by Pellow Instruments via Greenhouse.",
      "Pellow Instruments",
    ],
    [
      "a UK registration footer is all that names the firm",
      "Careers <careers@noreply.example>",
      "Your application",
      "Dear Jordan,\n\nThank you for applying. Unfortunately we will not progress your application.\n\nRegards,\nRecruitment Team\n\nSaltings Bakery Limited is a company registered in England and Wales (No. 01234567). Registered office: 2 Mill Lane, Leeds LS1 4AB.",
      "Saltings Bakery",
    ],
    [
      "a UK registration's holding does not override the brand the message uses",
      "Fallow Careers <careers@fallow.example>",
      "Update on your application",
      "Dear Jordan,\n\nThank you for your interest in Fallow. Unfortunately, we will not be moving forward.\n\nFallow Holdings Ltd is registered in England and Wales, company number 01234567.",
      "Fallow",
    ],
    [
      "a mail client's 'X on behalf of Y' display name gives the box's firm",
      "Sarah Jones on behalf of Kilnworth Talent <talent@kilnworth.example>",
      "Interview",
      "Hi Jordan,\n\nWe'd like to invite you to interview on Tuesday.\n\nSarah",
      "Kilnworth",
    ],
    [
      "an ATS's name as display name, a subject without 'application', the employer in the text",
      "ADP Recruiting <SecurityServices_NoReply@adp.com>",
      "Thank you for your interest",
      "Dear Jordan,\n\nThank you for your interest in Larkhill Senior Living. We have received your details for the Night Porter opening.\n\nRegards,\nHuman Resources",
      "Larkhill Senior Living",
    ],
    [
      "a board's apply receipt: the card's employer before a town and its state code",
      "Indeed Apply <indeedapply@indeed.com>",
      "Indeed Application: Forklift Operator",
      "Your application has been submitted\n\nForklift Operator\nBrennick Aggregates - Elko, NV\n\nThe employer will review your application.\n\nIndeed, 6433 Champion Grandview Way, Austin, TX 78750",
      "Brennick Aggregates",
    ],
    [
      "a board's decision relayed under an 'update from' subject",
      "LinkedIn <jobs-noreply@linkedin.com>",
      "Your update from Sorrento Biologics",
      "Your update from Sorrento Biologics\n\nAssay Scientist\nSorrento Biologics · Raleigh, NC\n\nThank you for your interest. Unfortunately, Sorrento Biologics has decided not to proceed with your application.\n\n© 2026 LinkedIn Corporation",
      "Sorrento Biologics",
    ],
    [
      "an unknown UK ATS host's name is not the employer; the letter's 'with …' is",
      "Recruitment <no-reply@wharfdale.tribepad.com>",
      "Application received: Credit Controller",
      "Dear Jordan\n\nThank you for your application for the role of Credit Controller with Penhallow & Rusk LLP. We will be in touch after the closing date.\n\nBest wishes\nHR Team",
      "Penhallow & Rusk LLP",
    ],
    [
      "the group in the display name and the footer, the brand that hires in the letter",
      "Ashcombe Group Careers <careers@ashcombe-holdings.example>",
      "Store Manager - application update",
      "Dear Jordan,\n\nThank you for applying for the Store Manager vacancy at Ivy Lane Bakeries. We have had to pause this role.\n\nKind regards,\nResourcing Team\nIvy Lane Bakeries\nPart of Ashcombe Holdings plc. Registered office: 4 Dock Street, Hull HU1 3AA.",
      "Ivy Lane Bakeries",
    ],
    [
      "a studio of a group whose Workday tenant sends the mail",
      "Torvald Group Workday Notification <torvaldgroup@myworkday.com>",
      "Level Designer",
      "Hi Jordan,\n\nThank you for applying for the Level Designer role at Pike & Pebble Games. Unfortunately we won't be taking your application further.\n\nPike & Pebble Games Talent Team\nA Torvald Group studio",
      "Pike & Pebble Games",
    ],
    [
      "a quarter in a sentence is no firm; the signature's firm is",
      "Hiring Team <hiring@larchandlinnet.example>",
      "Support Engineer",
      "Hi Jordan,\n\nWe've paused hiring for this role and hope to reopen it in Q3. We'll keep your details on file until then.\n\nBest,\nHiring Team, Larch & Linnet",
      "Larch & Linnet",
    ],
    [
      "a sending team called 'Global Talent Acquisition' names no firm",
      "Global Talent Acquisition <no-reply@career4.successfactors.eu>",
      "Invitation: online assessment",
      "Dear Jordan,\n\nPlease complete the online assessment for the Process Engineer role within five days.\n\nKind regards,\nGlobal Talent Acquisition\nMerrow-Vance Chemicals",
      "Merrow-Vance Chemicals",
    ],
    [
      "a sign-off naming two partners before 'Recruitment'",
      "Marsh & Tilley <noreply@smartrecruiters.com>",
      "Thank you for your application",
      "Dear Jordan,\n\nThis email confirms that we have received your application for the Paralegal position.\n\nKind regards,\nMarsh & Tilley Recruitment",
      "Marsh & Tilley",
    ],
    [
      "a federal portal's 'Agency:' field with 'the' in the department's name",
      "USAJOBS [DO NOT REPLY] <no-reply@usajobs.gov>",
      "Application Status Update",
      "Jordan Lee,\n\nThe status of your application for Hydrologist has been updated.\n\nAgency: Department of the Estuaries\nStatus: Not Referred",
      "Department of the Estuaries",
    ],
    [
      "a UK government board's display name is not the department its form field names",
      "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
      "Update on your application - 318802",
      "Dear Jordan Lee\n\nVacancy: 318802 - Economist\nDepartment: Department for Inland Fisheries\n\nThank you for your application. Unfortunately you have not been successful at the sift stage.",
      "Department for Inland Fisheries",
    ],
    [
      "a Workday tenant with its country and nothing else to go on",
      "Application Update <quillanusa@myworkday.com>",
      "Application Received",
      "Dear Jordan,\n\nWe have received your application and will review it shortly.\n\nTalent Acquisition",
      "Quillan",
    ],
    [
      "a display name that is the mailbox's own words is no lower-case brand",
      "no-reply <no-reply@fairlight-insurance.example>",
      "Application acknowledgement",
      "Dear Jordan,\n\nThis is to confirm we received your application for Underwriter.\n\nRecruitment",
      "Fairlight Insurance",
    ],
    [
      "a calendar's invitation: the employer opens its subject, the calendar is no firm",
      "Google Calendar <calendar-notification@google.com>",
      "Invitation: Brightwell Tankers - Technical Interview: Jordan Lee / Data Engineer @ Tue 9 Dec 2025 10:00 - 11:00 (GMT) (jordan.lee@gmail.com)",
      "You have been invited to the following event.\n\nBrightwell Tankers - Technical Interview: Jordan Lee / Data Engineer\nWhen: Tue 9 Dec 2025 10:00 - 11:00 (GMT)",
      "Brightwell Tankers",
    ],
    [
      "a board's alert whose display name ends with the board's name",
      "Alertes emploi LinkedIn <jobalerts-noreply@linkedin.com>",
      "« data analyst » : Corvette Logistique - Data Analyst et plus",
      "Vos alertes emploi\n\nData Analyst\nCorvette Logistique · Lyon\n\nBI Analyst\nMistral Banque · Paris\n\nVoir toutes les offres",
      null,
    ],
    [
      "a portal's domain of job-board words, and nothing else, gives no employer",
      "Notifications <notifications@careeralerts.example>",
      "Your application has been received",
      "Hi Jordan,\n\nWe have received your application. You'll hear from the hiring team if they'd like to move forward.",
      null,
    ],
  ])("%s", async (_, from, subject, body, employer) => {
    expect(await employerOf(from, subject, body)).toBe(employer);
  });
});

describe("legal forms that do not change the employer", () => {
  it.each<[string, string]>([
    ["Kestrel Bank, N.A.", "Kestrel Bank"],
    ["Tamsworth Capital LP", "Tamsworth Capital"],
    ["Ardent Partners L.P.", "Ardent Partners"],
  ])("%s is %s", (legal, name) => {
    expect(companyKey(legal)).toBe(companyKey(name));
  });
});

/** The employer Rebound reads from an HTML-only message written straight to Jordan. */
async function employerOfHtml(from: string, subject: string, html: string): Promise<string | null> {
  const raw = [
    `From: ${from}`,
    "To: Jordan Lee <jordan.lee@gmail.com>",
    `Subject: ${subject}`,
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <company-html@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    html,
  ].join("\r\n");
  const email = await parseEmail(new TextEncoder().encode(raw));
  return understandEmail(email, JORDAN_SELF).understanding.company;
}

describe("whole HTML messages: the employer in the logo or the title", () => {
  it.each<[string, string, string, string, string | null]>([
    [
      "only the logo's alt text names the employer",
      "Hiring Team <no-reply@ashbyhq.com>",
      "Thank you for your application",
      '<html><body><img src="https://cdn.example/l.png" alt="Wexcombe Surveys logo"><p>Hi Jordan,</p><p>Thanks for applying for the Survey Technician role. We will be in touch.</p><p>Hiring Team</p></body></html>',
      "Wexcombe Surveys",
    ],
    [
      "the logo's full name under the short name the sign-off uses",
      "Application Update <no-reply@ashbyhq.com>",
      "Your application",
      '<html><head><title>7Hills Robotics - Application Update</title></head><body><img alt="7Hills Robotics"><p>Hi Jordan,</p><p>We won\'t be moving ahead with your application.</p><p>The team at 7Hills</p></body></html>',
      "7Hills Robotics",
    ],
    [
      "initials with an ampersand spelt out by the logo",
      "T&W Hiring <noreply@candidates.workablemail.com>",
      "Thanks for applying",
      '<html><body><img alt="Thistle &amp; Wren Interiors"><p>Hi Jordan,</p><p>Thanks for applying! We\'ll review your application soon.</p><p>T&amp;W</p></body></html>',
      "Thistle & Wren Interiors",
    ],
    [
      "a recruiter's headshot captioned with her name is no logo",
      "Hiring Team <no-reply@ashbyhq.com>",
      "Next steps",
      '<html><body><p>Hi Jordan,</p><p>Could you share your availability for a call next week?</p><p>Thanks,<br>Maya Ortiz</p><img alt="Maya Ortiz"></body></html>',
      null,
    ],
    [
      "a page title that names only the page gives no employer",
      "Hiring Team <no-reply@ashbyhq.com>",
      "Interview Request",
      "<html><head><title>Interview Request</title></head><body><p>Hi Jordan,</p><p>Please pick a time for a call next week.</p></body></html>",
      null,
    ],
  ])("%s", async (_, from, subject, html, employer) => {
    expect(await employerOfHtml(from, subject, html)).toBe(employer);
  });
});
