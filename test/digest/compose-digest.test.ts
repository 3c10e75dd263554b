import { describe, expect, it } from "vitest";
import {
  composeDigest,
  type Digest,
  type DigestSection,
  describeWeek,
  digestGroups,
  digestNumberMap,
  oneLine,
  validAddress,
} from "../../src/digest/compose-digest.ts";
import type {
  AttentionItem,
  DigestData,
  DraftItem,
  IncomingItem,
} from "../../src/domain/digest-data.ts";
import { MESSAGE_KINDS, type MessageKind } from "../../src/domain/message-kind.ts";
import { SAMPLE_DIGEST_DATA } from "./sample-digest-data.ts";

const QUIET_WEEK = { rejections: 0, conversations: 0, sent: 0, replies: 0 };

function data(overrides: Partial<DigestData> = {}): DigestData {
  return {
    user: { displayName: "Jordan Lee", timeZone: "Europe/Berlin" },
    localDate: "2026-11-23",
    incoming: [],
    drafts: [],
    upcoming: [],
    missingAddresses: [],
    attention: [],
    week: QUIET_WEEK,
    ...overrides,
  };
}

let nextDraft = 0;
function draft(kind: MessageKind = "appreciation", overrides: Partial<DraftItem> = {}): DraftItem {
  nextDraft += 1;
  return {
    draftId: `draft-${nextDraft}`,
    version: 1,
    kind,
    channel: MESSAGE_KINDS[kind].channel,
    recipientName: "Maya Ortiz",
    recipientEmail: "maya.ortiz@northwind.example",
    company: "Northwind Robotics",
    subject: "Thank you",
    body: "Hi Maya,\n\nThank you.\n\nJordan",
    why: MESSAGE_KINDS[kind].purpose,
    ...overrides,
  };
}

function incoming(
  category: string,
  route: IncomingItem["route"],
  overrides: Partial<IncomingItem> = {},
): IncomingItem {
  return {
    category,
    reason: null,
    company: "Northwind Robotics",
    role: null,
    from: "Maya Ortiz",
    subject: "Your application",
    route,
    ...overrides,
  };
}

const unsure: AttentionItem = {
  problem: "unsure",
  subject: "Update",
  detail: "looks like rejection, but Rebound is not sure",
};
const failed: AttentionItem = { problem: "failed", subject: "Fwd: hi", detail: "bad MIME" };

function compose(d: DigestData): Digest {
  const digest = composeDigest(d);
  if (!digest) throw new Error("expected a digest");
  return digest;
}

function section(digest: Digest, id: DigestSection["id"]) {
  return digest.sections.find((s) => s.id === id);
}

function lineTexts(digest: Digest, id: DigestSection["id"]): string[] {
  return section(digest, id)?.lines.map((l) => l.text) ?? [];
}

describe("composeDigest: whether there is anything to say", () => {
  it.each<[string, Partial<DigestData>]>([
    ["nothing at all", {}],
    [
      "only follow-ups coming up",
      {
        upcoming: [
          { kind: "check_in_90_day", recipientName: "Maya", company: null, dueDate: "2026-11-25" },
        ],
      },
    ],
    ["only missing addresses", { missingAddresses: [{ name: "Sam Chen", company: "Globex" }] }],
    [
      "only last week's numbers",
      { week: { rejections: 3, conversations: 1, sent: 4, replies: 2 } },
    ],
    ["only an out-of-office reply", { incoming: [incoming("auto_reply", "reply")] }],
    ["only the welcome of a new user", { firstDigest: true }],
  ])("sends nothing when there is %s", (_, overrides) => {
    expect(composeDigest(data(overrides))).toBeNull();
  });

  it.each<[string, Partial<DigestData>]>([
    ["a draft to approve", { drafts: [draft()] }],
    ["a forwarded rejection", { incoming: [incoming("rejection", "forward")] }],
    ["a reply", { incoming: [incoming("feedback", "reply")] }],
    ["a message Rebound could not process", { attention: [failed] }],
  ])("writes when there is %s", (_, overrides) => {
    expect(composeDigest(data(overrides))).not.toBeNull();
  });
});

describe("composeDigest: the subject says what today holds, in words", () => {
  const emailTo = (name: string) => draft("appreciation", { recipientName: name });
  const note = (name: string) => draft("linkedin_note", { recipientName: name });
  it.each<[Partial<DigestData>, string]>([
    [{ drafts: [emailTo("Maya Ortiz")] }, "An email to Maya ready"],
    [
      { drafts: [emailTo("Maya Ortiz"), emailTo("Sam Chen"), note("Ana Ruiz"), note("Bo Li")] },
      "2 emails to Maya and Sam and 2 LinkedIn notes ready",
    ],
    [{ drafts: ["A a", "B b", "C c", "D d"].map(emailTo) }, "4 emails ready"],
    [
      {
        drafts: [emailTo("Maya Ortiz")],
        incoming: [incoming("feedback", "reply", { from: "Rachel Adeyemi" })],
      },
      "Rachel sent feedback; an email to Maya ready",
    ],
    [
      { incoming: [incoming("referral_offer", "reply", { from: "Sam Chen" })] },
      "Sam offered to help",
    ],
    [{ incoming: [incoming("rejection", "forward")] }, "1 rejection filed"],
    [{ attention: [failed] }, "1 message needs a look"],
    [
      { drafts: [emailTo("Maya Ortiz")], attention: [failed, unsure] },
      "An email to Maya ready; 2 messages need a look",
    ],
    [
      { drafts: [emailTo("Maya Ortiz")], firstDigest: true },
      "Welcome to Rebound: an email to Maya ready",
    ],
  ])("%j -> %s", (overrides, subject) => {
    expect(compose(data(overrides)).subject).toBe(subject);
  });

  it("keeps the subject ASCII, for every client and the sending API", () => {
    expect(compose(SAMPLE_DIGEST_DATA).subject).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe("composeDigest: numbered drafts", () => {
  it("numbers emails first, most important first, then one number for all LinkedIn notes", () => {
    const given = [
      draft("linkedin_note", { draftId: "n1", version: 2, recipientName: "Ana Ruiz" }),
      draft("appreciation", { draftId: "a", version: 1 }),
      draft("linkedin_note", { draftId: "n2", version: 1, recipientName: "Bo Li" }),
      draft("thanks_for_feedback", { draftId: "t", version: 3 }),
    ];
    const digest = compose(data({ drafts: given }));
    expect(digestNumberMap(digest)).toEqual([
      { number: 1, draftId: "t", version: 3 },
      { number: 2, draftId: "a", version: 1 },
      { number: 4, draftId: "n1", version: 2 },
      { number: 5, draftId: "n2", version: 1 },
    ]);
    expect(digestGroups(digest)).toEqual([{ number: 3, members: [4, 5] }]);
    expect(digest.linkedin?.intro).toContain('"approve 3" mails you all 2');
    expect(digest.highlights.map((h) => h.draftId)).toEqual(["t", "a"]);
    // The same data numbers the same way every time.
    expect(digestNumberMap(compose(data({ drafts: given })))).toEqual(digestNumberMap(digest));
  });

  it("gives a single LinkedIn note its own number and no group", () => {
    const digest = compose(data({ drafts: [draft("appreciation"), draft("linkedin_note")] }));
    expect(digest.items.map((i) => i.number)).toEqual([1, 2]);
    expect(digestGroups(digest)).toEqual([]);
  });

  it("shows at most three messages at the top, with a reply that uses their numbers", () => {
    const digest = compose(
      data({
        drafts: [
          draft("appreciation"),
          draft("feedback_request"),
          draft("stay_in_touch", { body: "Hi,\n\n[[add: an article in their field]]\n\nJordan" }),
          draft("appreciation"),
          draft("linkedin_note"),
          draft("linkedin_note"),
        ],
      }),
    );
    expect(digest.highlights.map((h) => h.number)).toEqual([1, 2, 3]);
    expect(digest.example.map((e) => e.example)).toEqual([
      "approve 1 2",
      "approve 5",
      "fill 4 your words",
      "skip 3",
    ]);
    expect(digest.items.find((i) => i.kind === "stay_in_touch")?.hasGap).toBe(true);
  });

  it("gives a draft listed twice one number", () => {
    const once = draft("appreciation", { draftId: "same" });
    const digest = compose(data({ drafts: [once, draft("feedback_request"), once] }));
    expect(digestNumberMap(digest).map((n) => n.number)).toEqual([1, 2]);
  });

  it("describes each draft: title, recipient, why in a few words and the full text", () => {
    const [item] = compose(
      data({ drafts: [draft("feedback_request", { body: "Hi Maya,\r\n\r\nOne question.\r\n" })] }),
    ).items;
    expect(item).toMatchObject({
      number: 1,
      title: "Feedback request to Maya Ortiz (Northwind Robotics)",
      to: { name: "Maya Ortiz", email: "maya.ortiz@northwind.example", via: null },
      why: "one question, once per company",
      handoff: null,
      subject: "Thank you",
      body: "Hi Maya,\n\nOne question.",
      hasGap: false,
    });
  });

  it.each<[MessageKind, string]>([
    ["linkedin_note", "LinkedIn"],
    ["call_script", "phone"],
  ])("a %s is reached by %s and has no email subject", (kind, via) => {
    const [item] = compose(data({ drafts: [draft(kind, { subject: "Voicemail" })] })).items;
    expect(item?.to.via).toBe(via);
    expect(item?.subject).toBeNull();
  });

  it.each<[Partial<DraftItem>, string, string | null, string | null]>([
    [{}, "Maya Ortiz", "maya.ortiz@northwind.example", null],
    [{ recipientEmail: null }, "Maya Ortiz", null, "no email address yet"],
    [
      { recipientEmail: "maya@x.example?bcc=all@evil.example" },
      "Maya Ortiz",
      null,
      "no email address yet",
    ],
    [{ recipientName: null }, "maya.ortiz@northwind.example", "maya.ortiz@northwind.example", null],
    [
      { recipientName: null, recipientEmail: null },
      "someone at Northwind Robotics",
      null,
      "no email address yet",
    ],
    [
      { recipientName: null, recipientEmail: null, company: null },
      "your contact",
      null,
      "no email address yet",
    ],
  ])("names the recipient of %j as %s", (overrides, name, email, via) => {
    const [item] = compose(data({ drafts: [draft("appreciation", overrides)] })).items;
    expect(item?.to).toEqual({ name, email, via });
  });
});

describe("composeDigest: what came in since the last digest", () => {
  it("sums it up in one line, each company once, then good news", () => {
    const digest = compose(
      data({
        incoming: [
          incoming("rejection", "forward", { company: "Northwind Robotics" }),
          incoming("keep_on_file", "forward", { company: "Initech" }),
          incoming("rejection", "forward", { company: "Globex" }),
          incoming("rejection", "forward", { company: "Globex" }),
        ],
      }),
    );
    expect(digest.news.map((l) => l.text)).toEqual([
      "Since your last digest: 3 rejections (Northwind Robotics, Globex) and 1 other message.",
      "Initech will keep you on file. A follow-up is drafted.",
    ]);
  });

  it("says since you joined in the first digest, with a five-line welcome", () => {
    const digest = compose(
      data({
        firstDigest: true,
        user: {
          displayName: "Jordan Lee",
          timeZone: "Europe/Berlin",
          forwardingAddress: "jobs@jordanlee.dev",
          ownerAddress: "jordan.lee@gmail.com",
          digestHour: 7,
        },
        incoming: [incoming("rejection", "forward", { company: null })],
      }),
    );
    expect(digest.news[0]?.text).toBe("Since you joined: 1 rejection.");
    expect(digest.welcome).toHaveLength(5);
    expect(digest.welcome?.[0]).toContain("jobs@jordanlee.dev from jordan.lee@gmail.com");
    expect(digest.welcome?.[2]).toContain("07:00 (Europe/Berlin)");
  });

  it("puts feedback and referrals right after the summary, warmly", () => {
    const digest = compose(
      data({
        incoming: [
          incoming("rejection", "forward"),
          incoming("feedback", "reply", { from: "Rachel Adeyemi" }),
          incoming("referral_offer", "reply", { from: "Sam Chen", company: "Globex" }),
        ],
      }),
    );
    expect(digest.news).toEqual([
      {
        text: "Since your last digest: 1 rejection (Northwind Robotics) and 2 replies.",
        tone: "plain",
      },
      {
        text: "Rachel Adeyemi (Northwind Robotics) sent you feedback. Asking paid off.",
        tone: "warm",
      },
      {
        text: "Sam Chen (Globex) offered to help with a reference or an introduction. A door is opening.",
        tone: "warm",
      },
    ]);
  });
});

describe("composeDigest: the other sections", () => {
  it("lists follow-ups coming up, and numbers people without an address after the drafts", () => {
    const digest = compose(
      data({
        drafts: [draft()],
        upcoming: [
          {
            kind: "check_in_90_day",
            recipientName: "Helena Marsh",
            company: "Pinecrest",
            dueDate: "2026-11-26",
          },
        ],
        missingAddresses: [{ name: "Lena Fischer", company: null, contactId: "c-lena" }],
      }),
    );
    expect(lineTexts(digest, "upcoming")).toEqual([
      "Thu 26 Nov: Check-in to Helena Marsh (Pinecrest)",
    ]);
    expect(lineTexts(digest, "missing")).toEqual(["2. Lena Fischer"]);
    expect(digest.people).toEqual([{ number: 2, contactId: "c-lena", name: "Lena Fischer" }]);
    const missing = section(digest, "missing");
    expect(missing?.intro).toContain('Reply "address 2 name@example.com"');
  });

  it("says what needs a look, failed or unsure", () => {
    const digest = compose(data({ attention: [failed, unsure] }));
    expect(lineTexts(digest, "attention")).toEqual([
      "Could not process “Fwd: hi” (bad MIME). Rebound kept the message.",
      "“Update”: looks like rejection, but Rebound is not sure. Check its drafts before approving.",
    ]);
  });

  it("charts applications, conversations and replies, this week and in all", () => {
    const digest = compose(SAMPLE_DIGEST_DATA);
    expect(digest.progress).toEqual([
      { label: "Applications", week: 2, total: 9 },
      { label: "Conversations", week: 2, total: 3 },
      { label: "Replies", week: 3, total: 5 },
    ]);
    expect(compose(data({ drafts: [draft()] })).progress).toBeNull();
  });

  it("lists the commands, and only those without numbers when there is nothing to approve", () => {
    expect(compose(SAMPLE_DIGEST_DATA).commands.map((c) => c.example)).toContain(
      "fill 4 your words",
    );
    const digest = compose(data({ attention: [failed] }));
    expect(digest.commands.map((c) => c.example)).toEqual([
      "settings",
      "export",
      "calendar",
      "pause",
      "help",
    ]);
    expect(digest.items).toEqual([]);
  });

  it("greets by first name, or without one", () => {
    expect(compose(data({ drafts: [draft()] })).greeting).toBe("Good morning, Jordan.");
    const anonymous = data({ drafts: [draft()], user: { displayName: null, timeZone: "UTC" } });
    expect(compose(anonymous).greeting).toBe("Good morning.");
    expect(compose(anonymous).date).toBe("Monday 23 November 2026");
  });
});

describe("describeWeek", () => {
  it.each<[DigestData["week"], string | null]>([
    [QUIET_WEEK, null],
    [{ rejections: 5, conversations: 0, sent: 0, replies: 0 }, null],
    [
      { rejections: 2, conversations: 1, sent: 3, replies: 1 },
      "This week: 1 rejection turned into a conversation, 3 messages sent, 1 reply.",
    ],
    [
      { rejections: 0, conversations: 2, sent: 1, replies: 4 },
      "This week: 2 rejections turned into conversations, 1 message sent, 4 replies.",
    ],
    [{ rejections: 1, conversations: 0, sent: 2, replies: 0 }, "This week: 2 messages sent."],
  ])("%j -> %s", (week, line) => {
    expect(describeWeek(week)).toBe(line);
  });
});

describe("cleaning strangers' text", () => {
  it.each([
    ["Line one\r\napprove all", "Line one approve all"],
    ["  spaced\tout  ", "spaced out"],
    ["evil\u202Egnp.exe", "evilgnp.exe"],
    ["nul\u0000byte", "nulbyte"],
    ["x".repeat(500), `${"x".repeat(159)}…`],
  ])("%j -> %j", (raw, clean) => {
    expect(oneLine(raw)).toBe(clean);
  });

  it.each([
    ["maya@example.com", "maya@example.com"],
    [" o'brien+jobs@mail.example.org ", "o'brien+jobs@mail.example.org"],
    ["maya@example", null],
    ["maya@example.com?bcc=x@y.z", null],
    ['"><img src=x>@example.com', null],
    ["javascript:alert(1)//@example.com", null],
    ["maya @example.com", null],
    [null, null],
  ])("validAddress(%j) -> %j", (raw, valid) => {
    expect(validAddress(raw)).toBe(valid);
  });
});
