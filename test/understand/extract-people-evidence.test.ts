import { describe, expect, it } from "vitest";
import { cleanName, namesMatch } from "../../src/understand/extract/names.ts";
import { isFooterLine } from "../../src/understand/extract/people-context.ts";
import {
  addressSpellsName,
  isFamilyNameFirst,
  isPersonalMailbox,
  personFromAddress,
} from "../../src/understand/extract/person-evidence.ts";
import { mailboxKey, selfMatcher } from "../../src/understand/extract/self-matcher.ts";
import { extractDetails } from "../../src/understand/extract-details.ts";
import type { Mailbox } from "../../src/understand/mail/parsed-email.ts";
import { type ExtractCase, extractInput, mb, SELF } from "../support/extract-input.ts";

// Every name, company and address below is invented for these tests.

describe("the user, however a form or a thread writes her", () => {
  const self = selfMatcher(SELF);

  it.each<[string, boolean]>([
    ["Jordan Lee", true],
    ["JORDAN LEE", true],
    ["Jordan A. Lee", true],
    ["Jordan Avery Lee", true],
    ["Lee, Jordan", true],
    ["Lee Jordan", true],
    ["J. Lee", true],
    ["Jordan L.", true],
    ["Jordan", true],
    ["Jordan Smith", false],
    ["Maya Lee", false],
    ["J. L.", false],
    ["Leona Jordanova", false],
  ])("%s is the user: %s", (name, mine) => {
    expect(self.isSelfName(name)).toBe(mine);
  });

  it.each<[string, boolean]>([
    ["Jordan.Lee@gmail.com", true],
    ["jordan.lee+acme@gmail.com", true],
    ["j.o.r.d.a.n.lee@gmail.com", true],
    ["jordanlee@googlemail.com", true],
    ["jordan+jobs@jordanlee.dev", true],
    ["jordan.lee@outlook.com", false],
    ["jo.rdan@jordanlee.dev", false],
  ])("%s is one of her mailboxes: %s", (address, mine) => {
    expect(self.isSelfAddress(address)).toBe(mine);
  });

  it("blanks her name in prose, written any way, and nothing else", () => {
    const text = "Candidate: LEE, JORDAN. Dear Jordan A. Lee, Sam Lee and J. Lee met Jordan Lee.";
    const masked = self.maskSelfNames(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/Jordan|JORDAN|J\. Lee/);
    expect(masked).toContain("Sam Lee");
  });

  it("keys a mailbox without its tag and, at Gmail, without dots", () => {
    expect(mailboxKey("A.B.C+x@GMAIL.com")).toBe("abc@gmail.com");
    expect(mailboxKey("a.b+x@example.org")).toBe("a.b@example.org");
  });
});

describe("a mailbox that reaches one person", () => {
  it.each<[string, boolean]>([
    ["priya.raman@acme.example", true],
    ["mortiz@acme.example", true],
    ["facu@yerba.example", true],
    ["ravi.menon+candidates@pinecrest.example", true],
    ["candidate.experience@acme.example", false],
    ["campus-recruiting.us@acme.example", false],
    ["talentteam@acme.example", false],
    ["jobs+acme@ashbyhq.com", false],
    ["acme@hire.lever.co", false],
    ["people.ops@acme.example", false],
    ["interviews@acme.example", false],
    ["hr-ss-automated_message_do_not_reply@acme.example", false],
    ["a7f3c9e2b1d4e5f60718@em.acme.example", false],
    ["reply-fec8167875620d7c-1234@em.acme.example", false],
  ])("%s: %s", (address, personal) => {
    expect(isPersonalMailbox(address)).toBe(personal);
  });

  it.each<[string, string | null]>([
    ["maya.ortiz@acme.example", "Maya Ortiz"],
    ["candidate.experience@acme.example", null],
    ["platform.reliability@acme.example", null],
    ["hiring.manager@acme.example", null],
  ])("%s spells %s", (address, name) => {
    expect(personFromAddress(address)).toBe(name);
  });

  it.each<[string, string, boolean]>([
    ["mike.xu@aldercrest.example", "Xu Mingyu", true],
    ["facu@yerba.example", "Facundo Gómez Iriarte", true],
    ["dev.k@saltmarsh.example", "Devendra Krishnamurthy", true],
    ["tj@bramble.example", "TJ Afolabi-Jones", true],
    ["mjf@acme.example", "María José Fernández", true],
    ["sales@acme.example", "Samuel Ortega", false],
    ["xq@acme.example", "Maya Ortiz", false],
  ])("%s spells part of %s: %s", (address, name, spells) => {
    expect(addressSpellsName(address, name)).toBe(spells);
  });
});

describe("names written in other orders and with nicknames", () => {
  it.each<[string, boolean]>([
    ["Hoang Van Duc", true],
    ["Chen Jia-Hui", true],
    ["Maya Ortiz", false],
    ["Offensive Threat", false],
  ])("%s opens with the family name: %s", (name, familyFirst) => {
    expect(isFamilyNameFirst(name)).toBe(familyFirst);
  });

  it.each<[string, string]>([
    ['Rajesh "Raj" Venkataraman', "Rajesh Venkataraman"],
    ["Tomasz “Tom” Grabowski", "Tomasz Grabowski"],
    ["Xu Mingyu (Mike)", "Xu Mingyu"],
    ["Col. (Ret.) James Thackeray", "James Thackeray"],
    ["drs. Bram van 't Hof", "Bram van 't Hof"],
    ["Alex Kim (Bluepeak)", "Alex Kim (Bluepeak)"],
    ["Eleanor Marsh RIBA", "Eleanor Marsh"],
    ["Maya Ortiz, PhD", "Maya Ortiz"],
    ["Jean-Baptiste MOREAU", "Jean-Baptiste MOREAU"],
  ])("%s is %s", (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it("matches a surname-first display name with the signed name", () => {
    expect(namesMatch("Bianchi-Ferraro Giulia", "Giulia Bianchi-Ferraro")).toBe(true);
    expect(namesMatch("Park Minji", "Minji Choi")).toBe(false);
  });
});

describe("a signature's imprint against a writer's title", () => {
  it.each<[string, boolean]>([
    ["Geschäftsführer: Dr. Tobias Lenz, Katrin Ahlers", true],
    ["Amtsgericht Bremen HRB 31877", true],
    ["© 2026 Acme Ltd", true],
    ["Tobias Lenz | Geschäftsführer", false],
    ["Managing Director, Acme Partners", false],
  ])("%s is a footer: %s", (line, footer) => {
    expect(isFooterLine(line)).toBe(footer);
  });
});

/** A message from `from` about "Your application"; the rest as extractInput's defaults. */
type Case = ExtractCase & { from: Mailbox; text: string };

function names(c: Case): [string | null, string | null][] {
  return extractDetails(extractInput({ subject: "Your application", ...c }))
    .contacts.map((p): [string | null, string | null] => [p.name, p.email])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

const ATS = mb("Fernhill Labs", "no-reply@greenhouse.io");

describe("who is a contact in a message (each kind of invented person)", () => {
  it.each<[string, Case, [string | null, string | null][]]>([
    [
      "the user under a middle initial on an ATS form",
      {
        from: mb("Fernhill Labs", "fernhill@myworkday.com"),
        to: [mb("Jordan A Lee", "jlee1990@hotmail.example")],
        text: "Dear Jordan A. Lee,\n\nCandidate: Lee, Jordan\nWe will not move forward.\n\nFernhill Labs Talent Acquisition",
      },
      [],
    ],
    [
      "the user copied under a tagged address",
      {
        from: mb("Ines Vidal", "ines.vidal@fernhill.example"),
        cc: [mb("Jordan", "jordan.lee+fernhill@gmail.com")],
        text: "Hi Jordan,\n\nWe chose someone else.\n\nBest,\nInes Vidal",
      },
      [["Ines Vidal", "ines.vidal@fernhill.example"]],
    ],
    [
      "a team mailbox copied, whose address reads like two words",
      {
        from: mb("Ines Vidal", "ines.vidal@fernhill.example"),
        cc: [mb("", "candidate.experience@fernhill.example")],
        text: "Hi Jordan,\n\nWe chose someone else.\n\nBest,\nInes Vidal",
      },
      [["Ines Vidal", "ines.vidal@fernhill.example"]],
    ],
    [
      "an agency that bears a person's name, signing as itself",
      {
        from: mb("Harriet Quill", "noreply@harrietquill.example"),
        text: "Dear Jordan,\n\nThe position has been filled.\n\nHarriet Quill",
      },
      [],
    ],
    [
      "directors in the legal imprint under a team signature",
      {
        from: mb("Kranwerk GmbH", "noreply@kranwerk.jobs.personio.de"),
        text: "Hallo Jordan,\n\nleider haben wir uns anders entschieden.\n\nViele Grüße\nIhr Recruiting-Team\nKranwerk GmbH\nGeschäftsführer: Wiebke Sander, Jonas Hartl",
        category: "rejection",
      },
      [],
    ],
    [
      "a given name opening a product or a bank in prose",
      {
        from: ATS,
        text: "Hi Jordan,\n\nThanks for applying. Our Ruby Developer and Julia Engineer openings drew alumni of Chase Bank.\n\nFernhill Labs Recruiting",
      },
      [],
    ],
    [
      "a first name in a newsletter's story",
      {
        from: mb("Fernhill Labs", "news@fernhill.example"),
        text: "Hi Jordan,\n\nThis month: an interview with Marta, who went from the warehouse floor to leading analytics.\n\nFernhill Labs",
        category: "other",
      },
      [],
    ],
    [
      "buildings named after people, the panel in schedule columns",
      {
        from: ATS,
        replyTo: [mb("Wren Castillo", "wren.castillo@fernhill.example")],
        text: "Hi Jordan,\n\nLocation: Grace Hopper Hall, 2nd floor\n\n10:00  Data Modeling    Kofi Osei, Staff Engineer\n11:00  Lunch at the Ada Lovelace Commons\n\nSee you,\nWren\nRecruiting Coordinator",
        category: "interview_invite",
      },
      [
        ["Kofi Osei", null],
        ["Wren Castillo", "wren.castillo@fernhill.example"],
      ],
    ],
    [
      "a founder quoted under the signature",
      {
        from: mb("Fernhill Labs", "careers@fernhill.example"),
        text: "Hola Jordan,\n\nHemos recibido tu candidatura.\n\nUn saludo,\nEquipo de Personas · Fernhill Labs\n«Hacemos cosas con cuidado» — Octavio Reyes Llorente, fundador",
        category: "application_received",
      },
      [],
    ],
    [
      "a CEO whose blog post the message plugs",
      {
        from: mb("Fernhill Labs Careers", "careers@fernhill.example"),
        text: "Hi Jordan,\n\nWe got your application. Meanwhile, read a blog post by our CEO Wiebke Sander about how we work.\n\nFernhill Labs Recruiting",
        category: "application_received",
      },
      [],
    ],
    [
      "a colleague away on leave, and the user's references",
      {
        from: mb("Ines Vidal", "ines.vidal@fernhill.example"),
        text: "Hi Jordan,\n\nI'm covering Priti's candidates while she's on parental leave. I will call your references, Laurent Bessière and Chloé Tran, this week.\n\nBest,\nInes Vidal",
        category: "other",
      },
      [["Ines Vidal", "ines.vidal@fernhill.example"]],
    ],
    [
      "a nickname in the header and the full name signed",
      {
        from: mb("Raj Iyer", "raj.iyer@fernhill.example"),
        text: 'Hi Jordan,\n\nWe chose someone else.\n\nRaj\n\nRajesh "Raj" Iyer\nSenior Recruiter, Fernhill Labs',
      },
      [["Rajesh Iyer", "raj.iyer@fernhill.example"]],
    ],
    [
      "a first name before the team in a robot's signature",
      {
        from: ATS,
        text: "Hoi Jordan,\n\nBedankt voor je sollicitatie.\n\nGroet,\nDaan en het recruitmentteam van Fernhill",
        category: "application_received",
      },
      [["Daan", null]],
    ],
    [
      "a short form of a name given in full just before",
      {
        from: mb("Ines Vidal", "ines.vidal@fernhill.example"),
        text: "Hi Jordan,\n\nYou would report to Abdulrahman Haddad, VP Engineering. Abdul and I are happy to talk. Your coordinator is Chen Jia-Hui (Jenny); Jenny will send the invite.\n\nBest,\nInes Vidal",
        category: "offer",
      },
      [
        ["Abdulrahman Haddad", null],
        ["Chen Jia-Hui", null],
        ["Ines Vidal", "ines.vidal@fernhill.example"],
      ],
    ],
    [
      "an invitation's panel: addresses for the names in the text, never a room",
      {
        from: ATS,
        replyTo: [mb("Wren Castillo", "wren.castillo@fernhill.example")],
        text: "Hi Jordan,\n\nInterviewers: Kofi Osei (Staff Engineer)\n\nWren Castillo\nRecruiting Coordinator",
        category: "interview_invite",
        invitation: {
          organizer: null,
          attendees: [
            mb("Kofi Osei", "kofi.osei@fernhill.example"),
            mb("Room Everest", "c_18a9f0e2b7c4d5e6f7a8@resource.calendar.example"),
            mb("Jordan Lee", "jordan.lee@gmail.com"),
          ],
        },
      },
      [
        ["Kofi Osei", "kofi.osei@fernhill.example"],
        ["Wren Castillo", "wren.castillo@fernhill.example"],
      ],
    ],
    [
      "a law firm's partners' names in its own name, a town and its state",
      {
        from: mb("Tess Rowan", "tess.rowan@quillmoss.example"),
        text: "Dear Jordan,\n\nYour interview at Quill, Moss & Brandt LLP is confirmed.\n\nKind regards,\nTess Rowan\nRecruitment Advisor\nBento Gonçalves – RS",
        category: "interview_invite",
      },
      [["Tess Rowan", "tess.rowan@quillmoss.example"]],
    ],
    [
      "a signature's title line read as prose",
      {
        from: mb("Bastien Roux", "bastien.roux@ondine.example"),
        text: "Salut Jordan,\n\nJe te présente Mathilde, qui recrute chez nous.\n\nBastien Roux\nLead Dev, Ondine Robotique",
        category: "referral_offer",
      },
      [
        ["Bastien Roux", "bastien.roux@ondine.example"],
        ["Mathilde", null],
      ],
    ],
    [
      "people behind an honorific, a rank, or a title outside the lexicon",
      {
        from: mb("Ines Vidal", "ines.vidal@fernhill.example"),
        text: "Hallo Jordan,\n\nDabei sind unser CTO Dr. Amadou Keïta-Larsen und Kelechi, unsere Teamleiterin.\n\nViele Grüße\nInes Vidal",
        category: "interview_invite",
      },
      [
        ["Amadou Keïta-Larsen", null],
        ["Ines Vidal", "ines.vidal@fernhill.example"],
        ["Kelechi", null],
      ],
    ],
    [
      "the note's people: someone called by name, a family name first, a first name and address",
      {
        from: ATS,
        note: "Met Hoang Van Duc (the team lead) and Thijs (thijs.mulder@fernhill.example). The recruiter is someone called Farrah.",
        text: "Hi Jordan,\n\nWe will not move forward.\n\nFernhill Labs Recruiting",
      },
      [
        ["Farrah", null],
        ["Hoang Van Duc", null],
        ["Thijs Mulder", "thijs.mulder@fernhill.example"],
      ],
    ],
    [
      "a surname that is also a stop word, a first name and its bare address, a first name met",
      {
        from: mb("Hana Seo", "hana.seo@fernhill.example"),
        text: "Hi Jordan,\n\nThanks for meeting Pieter and me, and for your time with Mo. Questions? Write to mo@fernhill.example.\n\nHana Seo\nTalent Partner",
        category: "interview_invite",
      },
      [
        ["Hana Seo", "hana.seo@fernhill.example"],
        ["Mo", "mo@fernhill.example"],
        ["Pieter", null],
      ],
    ],
    [
      "a French honorific before a jury member",
      {
        from: mb("Sophie Marchal", "sophie.marchal@agence.example"),
        text: "Madame, Monsieur,\n\nVous serez reçu par le directeur des systèmes d'information, M. Hervé Delorme, et moi-même.\n\nSophie Marchal",
        category: "interview_invite",
      },
      [
        ["Hervé Delorme", null],
        ["Sophie Marchal", "sophie.marchal@agence.example"],
      ],
    ],
    [
      "a scheduling chatbot with a given name, beside a real hiring manager",
      {
        from: mb("Fernhill Careers", "ava@fernhill.chat.example"),
        text: "Hi Jordan,\n\nI'm Ava, Fernhill's virtual recruiting assistant. You will meet Nadia Brandt, our hiring manager, on Tuesday.\n\nThanks,\nAva\nVirtual Recruiting Assistant",
        category: "interview_invite",
      },
      [["Nadia Brandt", null]],
    ],
    [
      "a person who merely mentions the chatbot stays",
      {
        from: mb("Nadia Brandt", "nadia.brandt@fernhill.example"),
        text: "Hi Jordan,\n\nNadia Brandt asked our virtual assistant to book your interview.\n\nBest,\nNadia Brandt",
        category: "interview_invite",
      },
      [["Nadia Brandt", "nadia.brandt@fernhill.example"]],
    ],
    [
      "an introduced person whose address, given a sentence later, holds her surname",
      {
        from: mb("Meg Park", "meg.park@halcyon.example"),
        text: "Hi Jordan,\n\nI passed your CV to Dr. Oluwaseun Adebayo-Smith, who leads Applied ML. Her email is seun.adebayosmith@halcyon.example if you want to reach out.\n\nMeg Park",
        category: "referral_offer",
      },
      [
        ["Meg Park", "meg.park@halcyon.example"],
        ["Oluwaseun Adebayo-Smith", "seun.adebayosmith@halcyon.example"],
      ],
    ],
  ])("%s", (_, c, want) => {
    expect(names(c)).toEqual(want);
  });
});
