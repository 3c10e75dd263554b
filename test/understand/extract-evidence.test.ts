import { describe, expect, it } from "vitest";
import type { ExtractedContact } from "../../schemas/understanding.ts";
import { validCompany } from "../../src/understand/extract/company-name.ts";
import { stripDisplayNoise } from "../../src/understand/extract/org-phrases.ts";
import { isEvidencedPerson, isGivenName } from "../../src/understand/extract/person-evidence.ts";
import { isPlace } from "../../src/understand/extract/places.ts";
import { extractDetails } from "../../src/understand/extract-details.ts";
import { isRobotAddress } from "../../src/understand/robot-address.ts";
import { type ExtractCase as Case, extractInput, mb } from "../support/extract-input.ts";

// Every name, company and address below is invented for these tests.
const input = extractInput;

const names = (contacts: ExtractedContact[]) => contacts.map((c) => c.name).sort();

describe("a person must be a person", () => {
  it.each([
    ["Maya", true],
    ["Jean-Luc", true],
    ["Zoë", true],
    ["Ngozi", true],
    ["Wei", true],
    ["Reliability", false],
    ["Offensive", false],
    ["Personalgewinnung", false],
    ["Minneapolis", false],
  ])("reads %s as a given name: %s", (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });

  it.each<[string, string | null, boolean]>([
    ["Tobias Wendt", null, true],
    ["Ingrid Oyelowo-Park", null, true],
    // A surname the lexicon knows closes the name even when the given name is rare.
    ["Xiomena Patel", null, true],
    // A rare name is still a person when their own mailbox spells it.
    ["Quorra Vindale", "qvindale@brassmoor.example", true],
    ["Quorra Vindale", null, false],
    ["Penetration Testing", null, false],
    ["Platform Reliability", null, false],
    ["Threat Research", null, false],
    ["Risorse Umane", null, false],
    ["Tallbridge Hydraulics", null, false],
    ["London", null, false],
    // A role mailbox spelling the words proves nothing.
    ["Talent Acquisition", "talent.acquisition@brassmoor.example", false],
  ])("%s <%s> is evidenced as a person: %s", (name, email, expected) => {
    expect(isEvidencedPerson(name, email)).toBe(expected);
  });

  it.each([
    ["hr-ss-automated_message_do_not_reply@tallbridge.example"],
    ["automated-notifications@tallbridge.example"],
    ["carreiras@vinhal.example"],
    ["recrutamento.selecao@vinhal.example"],
    ["lavoraconnoi@ferrobianco.example"],
    ["werving-selectie@gemeente-dijkhaven.example"],
    ["nao-responda@vinhal.example"],
    ["non-rispondere@ferrobianco.example"],
    ["talent.acquisition@brassmoor.example"],
    ["people-ops@brassmoor.example"],
    ["federalhires@federalhires.example.gov"],
  ])("treats %s as a shared or robot mailbox", (address) => {
    expect(isRobotAddress(address)).toBe(true);
  });

  it.each([
    ["ines.carvalho@vinhal.example"],
    ["t.wendt@brassmoor.example"],
    ["hr.lena@kessler-logistik.de"],
  ])("still treats %s as a person", (address) => {
    expect(isRobotAddress(address)).toBe(false);
  });

  it.each<[string, Case, (string | null)[]]>([
    [
      "job-title words read as a name in prose",
      {
        from: mb("Tallbridge Careers", "no-reply@tallbridge.example"),
        text: "Dear Jordan,\n\nThank you for your interest in the Penetration Testing Lead role. We have chosen another applicant.\n\nThreat Research\nTallbridge Hydraulics",
      },
      [],
    ],
    [
      "a department signing for a robot",
      {
        from: mb("Ferrobianco", "lavoraconnoi@ferrobianco.example"),
        text: "Gentile Jordan,\n\nla posizione è stata chiusa.\n\nCordiali saluti,\nUfficio Risorse Umane\nFerrobianco S.p.A.",
      },
      [],
    ],
    [
      "an automated mailbox with no display name",
      {
        from: mb("", "hr-ss-automated_message_do_not_reply@tallbridge.example"),
        text: "Dear Applicant,\n\nThe requisition has been closed.\n\nTallbridge Hydraulics",
      },
      [],
    ],
    [
      "the job seeker's own name paired with an ATS tenant address",
      {
        from: mb("Tallbridge Workday", "tallbridge@myworkday.com"),
        to: [mb("Jordan Lee", "tallbridge-candidate@myworkday.com")],
        cc: [mb("Jordan Lee", "noreply@tallbridge.example")],
        text: "Hello Jordan Lee,\n\nYour application status has changed.\n\nRegards,\nTallbridge Hydraulics",
      },
      [],
    ],
    [
      "a greeting run into the job seeker's name",
      {
        from: mb("Vinhal Energia", "nao-responda@vinhal.example"),
        text: "Olá Jordan,\n\ninfelizmente seguimos com outro candidato.\n\nAbraços,\nEquipe Vinhal",
      },
      [],
    ],
    [
      "a city alone on a signature line",
      {
        from: mb("Brassmoor Jobs", "jobs@brassmoor.example"),
        text: "Hi Jordan,\n\nWe have filled the position.\n\nKind regards,\nBrassmoor Talent Team\nMinneapolis",
      },
      [],
    ],
    [
      "words of the user's note that are no one ('Budget', 'Interviewers')",
      {
        from: mb("Tobias Wendt", "tobias.wendt@brassmoor.example"),
        text: "Hi Jordan,\n\nWe are pausing the search.\n\nTobias",
        note: "Budget frozen apparently. Interviewers were kind though.",
      },
      ["Tobias Wendt"],
    ],
    [
      "a panel named in an agenda, but not the dates or the user",
      {
        from: mb("Tobias Wendt", "tobias.wendt@brassmoor.example"),
        text: "Hi Jordan,\n\nYour onsite is on Friday, June 12.\n\n10:00 Systems design - Ingrid Oyelowo & Rafael Duarte\n11:30 Lunch\n\nBest,\nTobias",
      },
      ["Ingrid Oyelowo", "Rafael Duarte", "Tobias Wendt"],
    ],
    [
      "a colleague an auto-reply hands over to, with an address",
      {
        from: mb("Tobias Wendt", "tobias.wendt@brassmoor.example"),
        text: "I am out of the office until 3 March. For recruiting questions please contact my colleague Ines Carvalho (ines.carvalho@brassmoor.example).\n\nTobias Wendt",
      },
      ["Ines Carvalho", "Tobias Wendt"],
    ],
  ])("stores no invented person from %s", (_, c, expected) => {
    expect(names(extractDetails(input(c)).contacts)).toEqual(expected);
  });
});

describe("the employer, not the messenger", () => {
  it.each([
    ["Tallbridge Hydraulics Workday Notification", "Tallbridge Hydraulics"],
    ["Tallbridge Hydraulics Career Site", "Tallbridge Hydraulics"],
    ["Brassmoor Application Update", "Brassmoor"],
    ["Carreiras Vinhal Energia", "Vinhal Energia"],
    ["FederalHires [DO NOT REPLY]", "FederalHires"],
    ["Brassmoor | Campus Hiring", "Brassmoor"],
  ])("strips the sending system's words from %s", (display, expected) => {
    expect(stripDisplayNoise(display)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ["© 2026 Tallbridge Hydraulics Corporation", "Tallbridge Hydraulics Corporation"],
    ["2025 © Brassmoor Ltd", "Brassmoor Ltd"],
    ["TBH-26-RQ-0071", null],
    ["Afdeling HRM", null],
    ["Maj", null],
    ["Not Selected", null],
    ["Uitnodiging", null],
  ])("validCompany(%s) is %s", (raw, expected) => {
    expect(validCompany(raw)).toBe(expected);
  });

  it.each<[string, string | undefined, boolean]>([
    ["Plano", undefined, true],
    ["Eden Prairie", "MN 55344", true],
    ["Lakewood", "CO", true],
    ["Viale Marconi 12", undefined, true],
    ["20457 Hamburg", undefined, true],
    ["Remote (EMEA)", undefined, true],
    ["Tallbridge Hydraulics", undefined, false],
    ["Brassmoor", "Talent Team", false],
  ])("isPlace(%s, %s) is %s", (part, next, expected) => {
    expect(isPlace(part, next)).toBe(expected);
  });

  it.each<[string, Case, string | null]>([
    [
      "a Workday display name, not its suffix",
      {
        from: mb("Tallbridge Hydraulics Workday Notification", "tallbridge@myworkday.com"),
        subject: "Update on your application",
        text: "Dear Jordan,\n\nWe will not be moving forward with your application.\n\nRegards,\nTalent Acquisition",
      },
      "Tallbridge Hydraulics",
    ],
    [
      "a federal portal's agency field, not the portal",
      {
        from: mb("FederalHires [DO NOT REPLY]", "federalhires@federalhires.example.gov"),
        subject: "Application status",
        text: "Position: Program Analyst (Data)\nAgency: Office of Harbor Logistics\n\nYou were found: Ineligible.",
      },
      "Office of Harbor Logistics",
    ],
    [
      "the employer in a signature, not the rank or the city below the name",
      {
        from: mb("Darius Whitlock", "darius.whitlock@corvane.example"),
        text: "Jordan,\n\nWe have offered the role to another candidate.\n\nv/r,\n\nDarius Whitlock\nCol, USAF (Ret.)\nDirector, Range Operations\nCorvane Defense Systems\nColorado Springs, CO",
      },
      "Corvane Defense Systems",
    ],
    [
      "the organisation line, not the team after a title or the office address",
      {
        from: mb("Rosalind Achebe", "rosalind.achebe@quayside.example"),
        text: "Hi Jordan,\n\nWe filled the role.\n\nRosalind Achebe | Engineering Manager, Payments | Quayside Bank\n12 Harbour Street, Leeds",
      },
      "Quayside Bank",
    ],
  ])("finds %s", (_, c, expected) => {
    expect(extractDetails(input(c)).company).toBe(expected);
  });
});

describe("roles keep their own punctuation and never take boilerplate", () => {
  it.each<[string, Case, string | null]>([
    [
      "a comma in a form field",
      {
        text: "Candidate: Jordan Lee\nPosition: Program Lead, Reliability Tooling\n\nThanks for applying.",
      },
      "Program Lead, Reliability Tooling",
    ],
    [
      "a comma before the position word",
      {
        text: "Thank you for applying to the Manager, Threat Research Services position at Corvane.",
      },
      "Manager, Threat Research Services",
    ],
    [
      "parentheses that belong to the title",
      { text: "Thank you for interviewing for the Backend Engineer II (Ledger) position." },
      "Backend Engineer II (Ledger)",
    ],
    [
      "a middle-dot gender form",
      { text: "Merci pour votre candidature au poste de Développeur·se Backend chez Quayside." },
      "Développeur·se Backend",
    ],
    [
      "a colon gender form",
      { text: "Stelle: Backend-Entwickler:in Go\n\nVielen Dank für Ihre Bewerbung." },
      "Backend-Entwickler:in Go",
    ],
    [
      "a title with 'in' inside it",
      {
        text: "Thank you for your interest in the Quality Engineer in Automation position at Corvane.",
      },
      "Quality Engineer in Automation",
    ],
    [
      "a subject's opener dropped",
      { subject: "Confirmation – Data Platform Engineer", text: "We received your application." },
      "Data Platform Engineer",
    ],
    [
      "a requisition number and a place dropped",
      { subject: "Your application: Site Analyst II, Job Number 7781203", text: "Thanks." },
      "Site Analyst II",
    ],
    [
      "no equal-opportunity boilerplate",
      {
        text: "We received your application.\n\nCorvane is an Equal Employment Opportunity employer.",
      },
      null,
    ],
  ])("reads %s", (_, c, expected) => {
    expect(extractDetails(input(c)).role).toBe(expected);
  });
});
