import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { type ExtractInput, extractDetails } from "../../src/understand/extract-details.ts";
import type { Mailbox } from "../../src/understand/mail/parsed-email.ts";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests. Each row is a kind of
// name-shaped words that are not someone the user would write to: a programme or a function
// on a team box, an item in a list of products, a place, someone the message names only in
// passing. Beside several, the same name with the evidence that does make it a contact.

const SELF = {
  addresses: ["jordan.lee@gmail.com", "jordan@jordanlee.dev"],
  names: ["Jordan Lee"],
};

const mb = (name: string, address: string | null): Mailbox => ({ name, address });

interface Case {
  from: Mailbox;
  cc?: Mailbox[];
  text: string;
  note?: string;
  category: Category;
}

function names(c: Case): [string | null, string | null][] {
  const input: ExtractInput = {
    original: {
      from: c.from,
      to: [mb("Jordan Lee", "jordan.lee@gmail.com")],
      cc: c.cc ?? [],
      replyTo: [],
      subject: "About your application",
      date: null,
      body: c.text,
    },
    replyTo: [],
    newest: c.text,
    note: c.note ?? "",
    category: c.category,
    self: SELF,
    invitation: undefined,
    forwarded: true,
  };
  return extractDetails(input)
    .contacts.map((p): [string | null, string | null] => [p.name, p.email])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

const recruiter = mb("Wren Calloway", "wren.calloway@tallowmere.example");
const WREN: [string, string] = ["Wren Calloway", "wren.calloway@tallowmere.example"];
const signed = (body: string) =>
  `Hi Jordan,\n\n${body}\n\nBest,\nWren Calloway\nRecruiter, Tallowmere`;

describe("a team box or a programme is nobody, even when its address spells its display name", () => {
  it.each<[string, Mailbox]>([
    ["a function", mb("Client Success", "client.success@tallowmere.example")],
    ["a security function", mb("Threat Intelligence", "threat.intelligence@tallowmere.example")],
    [
      "an internship scheme opening with a given name",
      mb("Autumn Internship", "autumn.internship@tallowmere.example"),
    ],
    [
      "a programme named after someone, on a box that spells its start",
      mb("Ada Byron Fellowship", "ada.byron@tallowmere.example"),
    ],
    [
      "a graduate programme",
      mb("Emerging Leaders Programme", "emergingleaders@tallowmere.example"),
    ],
  ])("%s", (_kind, from) => {
    expect(
      names({
        from,
        text: "Hello Jordan,\n\nWe have received your application and will be in touch.\n\nTallowmere",
        category: "application_received",
      }),
    ).toEqual([]);
  });
});

describe("someone named only in passing is no contact", () => {
  it.each<[string, Case, [string | null, string | null][]]>([
    [
      "items in a list of the firm's products",
      {
        from: recruiter,
        text: signed(
          "We went another way. Our two apps, Juniper Vale and Rowan Pike, keep growing, so do look again.",
        ),
        category: "rejection",
      },
      [WREN],
    ],
    [
      "a tool the user is said to lack experience with",
      {
        from: recruiter,
        text: signed(
          "The team wanted more experience with Terraform and Jasper Cole before moving ahead.",
        ),
        category: "rejection",
      },
      [WREN],
    ],
    [
      "a district after 'in'",
      {
        from: recruiter,
        text: signed(
          "The final round will be at our studio in Rose Hill next Tuesday; please send your availability.",
        ),
        category: "interview_invite",
      },
      [WREN],
    ],
    [
      "the colleague whose leave the role covers",
      {
        from: recruiter,
        text: signed(
          "This is a year-long contract covering Mabel Turner's parental leave. Could we talk on Monday?",
        ),
        category: "interview_invite",
      },
      [WREN],
    ],
    [
      "the one who signs the contract for the firm",
      {
        from: recruiter,
        text: signed(
          "Your contract is attached, countersigned by our Chief Financial Officer, Bertram Oyelowo.",
        ),
        category: "offer",
      },
      [WREN],
    ],
    [
      "a leader who passes on thanks after a rejection",
      {
        from: recruiter,
        text: signed(
          "We will not move forward. Our CTO, Imelda Strand, asked me to thank you for the take-home time.",
        ),
        category: "rejection",
      },
      [WREN],
    ],
    [
      "the founders in a firm's history",
      {
        from: recruiter,
        text: signed(
          "The studio was founded by two former game designers, Osric Hale and Nell Varga, in 2019. Shall we set up a call?",
        ),
        category: "interview_invite",
      },
      [WREN],
    ],
    [
      "a firm with a person's shape, before the people it employed",
      {
        from: recruiter,
        text: signed(
          "Many of our analysts are Morgan Hughes alumni, but this time we chose a closer match.",
        ),
        category: "rejection",
      },
      [WREN],
    ],
    [
      "the colleague the post went to, in French",
      {
        from: recruiter,
        text: "Bonjour Jordan,\n\nLe poste a été pourvu en interne par Gaspard Leroux. Merci pour votre temps.\n\nWren Calloway",
        category: "rejection",
      },
      [WREN],
    ],
    [
      "an interviewer who dropped out and whom someone else replaces",
      {
        from: recruiter,
        text: signed(
          "Tobias Ferre, who was to run your coding round, has been called away; Ines Okoro will take the session instead, same time.",
        ),
        category: "interview_invite",
      },
      [["Ines Okoro", null], WREN],
    ],
    [
      "a colleague copied for visibility",
      {
        from: recruiter,
        cc: [mb("Petra Lund", "petra.lund@tallowmere.example")],
        text: signed(
          "I have copied Petra Lund from Payroll for visibility while we close the requisition.",
        ),
        category: "rejection",
      },
      [WREN],
    ],
    [
      "a colleague copied for information, in Italian",
      {
        from: recruiter,
        cc: [mb("Sara Conti", "sara.conti@tallowmere.example")],
        text: "Ciao Jordan,\n\nconfermo il colloquio di giovedì. Metto in copia Sara Conti per conoscenza.\n\nWren Calloway",
        category: "interview_invite",
      },
      [WREN],
    ],
    [
      "a word of the note right before an address that is not the name it spells",
      {
        from: recruiter,
        note: "Met Anselm at the Hackday (anselm.brody@tallowmere.example), nice guy.",
        text: signed("Could you share your availability for a first call?"),
        category: "interview_invite",
      },
      [["Anselm Brody", "anselm.brody@tallowmere.example"], WREN],
    ],
  ])("%s", (_kind, c, expected) => {
    expect(names(c)).toEqual(expected);
  });
});

describe("the same people, with the evidence that makes them contacts", () => {
  it.each<[string, Case, [string | null, string | null][]]>([
    [
      "a leader the user will meet",
      {
        from: recruiter,
        text: signed(
          "We would like you to meet our CTO, Imelda Strand, for a final conversation next week.",
        ),
        category: "interview_invite",
      },
      [["Imelda Strand", null], WREN],
    ],
    [
      "a leader the user will report to, in an offer",
      {
        from: recruiter,
        text: signed(
          "The offer is attached. You would report to our CTO, Imelda Strand, from day one.",
        ),
        category: "offer",
      },
      [["Imelda Strand", null], WREN],
    ],
    [
      "an interviewer who is off sick and whose round moves",
      {
        from: recruiter,
        text: signed(
          "Tobias Ferre, who runs your coding round, is off sick, so could we move it to Friday?",
        ),
        category: "interview_invite",
      },
      [["Tobias Ferre", null], WREN],
    ],
    [
      "a colleague copied to schedule the interview",
      {
        from: recruiter,
        cc: [mb("Petra Lund", "petra.lund@tallowmere.example")],
        text: signed("I have copied Petra Lund, who will book your onsite."),
        category: "interview_invite",
      },
      [["Petra Lund", "petra.lund@tallowmere.example"], WREN],
    ],
    [
      "someone who greets the user after a clause about the offices",
      {
        from: recruiter,
        text: signed(
          "When you arrive at our offices, Marta Lindqvist will meet you at the front desk.",
        ),
        category: "interview_invite",
      },
      [["Marta Lindqvist", null], WREN],
    ],
    [
      "a short given name with the full one in brackets",
      {
        from: recruiter,
        text: signed("Interviewers: Flo (Florentyna) Maddox and Ruben Achterberg."),
        category: "interview_invite",
      },
      [["Florentyna Maddox", null], ["Ruben Achterberg", null], WREN],
    ],
  ])("%s", (_kind, c, expected) => {
    expect(names(c)).toEqual(expected);
  });
});

describe("through email(): no draft to someone named only in passing", () => {
  it("stores and drafts to the recruiter alone, not the leader, the colleague copied or the one chosen", async () => {
    const s = await forwardToRebound({
      from: "Wren Calloway <wren.calloway@tallowmere.example>",
      to: "Jordan Lee <jordan.lee@gmail.com>, Dorian Fitch <dorian.fitch@tallowmere.example>",
      subject: "Analytics Engineer - update",
      body: [
        "Hi Jordan,",
        "",
        "Thank you for the time you gave us. The Analytics Engineer role has been filled internally by Calla Nyberg, so we will not take your application further.",
        "Our Chief Data Officer, Leopold Marsh, asked me to pass on his thanks. I have copied Dorian Fitch from HR Operations for visibility as we close the requisition.",
        "",
        "Best wishes,",
        "Wren Calloway",
        "Talent Partner, Tallowmere",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Wren Calloway"]);
    for (const d of s.drafts) expect(d.name).toBe("Wren Calloway");
  });
});

describe("a programme's box copied on a message is nobody either", () => {
  it("keeps the recruiter and not the fellowship copied beside her", () => {
    expect(
      names({
        from: recruiter,
        cc: [mb("Ada Byron Fellowship", "ada.byron@tallowmere.example")],
        text: signed("Your place on the assessment day is confirmed; please bring photo ID."),
        category: "interview_invite",
      }),
    ).toEqual([WREN]);
  });
});

describe("under a team's sign-off, a name-shaped line is the firm", () => {
  it.each<[string, string, [string | null, string | null][]]>([
    ["a brand with a given name's shape", "Kind regards,\nPeople Team\nHolly Brook Creamery", []],
    ["a firm in Spanish", "Atentamente,\nDepartamento de Selección\nMarina Costa Telecom", []],
    [
      "a recruiter who signs under the team's line",
      "Kind regards,\nPeople Team\nNadia Fischer",
      [["Nadia Fischer", null]],
    ],
  ])("%s", (_kind, signOff, expected) => {
    expect(
      names({
        from: mb("Holly Brook Careers", "careers@hollybrook.example"),
        text: `Dear Jordan,\n\nWe have paused hiring for this role.\n\n${signOff}`,
        category: "rejection",
      }),
    ).toEqual(expected);
  });
});

describe("an invitation's rooms are nobody", () => {
  it("keeps the interviewer and not the rooms booked beside her", () => {
    const input: ExtractInput = {
      original: {
        from: recruiter,
        to: [mb("Jordan Lee", "jordan.lee@gmail.com")],
        cc: [],
        replyTo: [],
        subject: "Invitation: Technical interview",
        date: null,
        body: "Hi Jordan,\n\nThe invitation is attached.\n\nWren",
      },
      replyTo: [],
      newest: "Hi Jordan,\n\nThe invitation is attached.\n\nWren",
      note: "",
      category: "interview_invite",
      self: SELF,
      invitation: {
        organizer: recruiter,
        attendees: [
          mb("Jordan Lee", "jordan.lee@gmail.com"),
          mb("Violet Meadow (Room 2)", "violet.meadow@tallowmere.example"),
          mb("Ada Byron Boardroom", "ada.byron.boardroom@tallowmere.example"),
          mb("Kofi Mensah", "kofi.mensah@tallowmere.example"),
        ],
      },
      forwarded: true,
    };
    expect(
      extractDetails(input)
        .contacts.map((p) => p.name)
        .sort(),
    ).toEqual(["Kofi Mensah", "Wren Calloway"]);
  });
});
