import { describe, expect, it } from "vitest";
import {
  composeDigest,
  type Digest,
  type DigestSection,
  describeWeek,
  digestNumberMap,
  oneLine,
  validAddress,
} from "../../src/digest/compose-digest.ts";
import type {
  AttentionItem,
  DigestData,
  DraftItem,
  IncomingItem,
} from "../../src/digest/digest-data.ts";
import { MESSAGE_KINDS, type MessageKind } from "../../src/drafts/message-kinds.ts";
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
  const found = section(digest, id);
  return found?.kind === "lines" ? found.lines.map((l) => l.text) : [];
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

describe("composeDigest: the subject says what is inside", () => {
  const drafts = (n: number) => Array.from({ length: n }, () => draft());
  it.each<[Partial<DigestData>, string]>([
    [{ drafts: drafts(1) }, "Rebound: 1 draft to approve"],
    [{ drafts: drafts(3) }, "Rebound: 3 drafts to approve"],
    [
      { drafts: drafts(3), incoming: [incoming("feedback", "reply")] },
      "Rebound: 3 drafts to approve, 1 reply",
    ],
    [
      {
        drafts: drafts(2),
        incoming: [
          incoming("feedback", "reply"),
          incoming("other", "reply"),
          incoming("auto_reply", "reply"),
          incoming("rejection", "forward"),
        ],
      },
      "Rebound: 2 drafts to approve, 2 replies",
    ],
    [{ incoming: [incoming("referral_offer", "reply")] }, "Rebound: 1 reply"],
    [{ incoming: [incoming("rejection", "forward")] }, "Rebound: 1 forwarded message read"],
    [
      { incoming: [incoming("rejection", "forward"), incoming("other", "forward")] },
      "Rebound: 2 forwarded messages read",
    ],
    [{ attention: [failed] }, "Rebound: 1 message needs your attention"],
    [
      { drafts: drafts(1), attention: [failed, unsure] },
      "Rebound: 1 draft to approve, 2 messages need your attention",
    ],
    [
      { incoming: [incoming("rejection", "forward")], attention: [unsure] },
      "Rebound: 1 forwarded message read, 1 message needs your attention",
    ],
  ])("%j -> %s", (overrides, subject) => {
    expect(compose(data(overrides)).subject).toBe(subject);
  });
});

describe("composeDigest: numbered drafts", () => {
  it("numbers drafts 1..n in the order given and maps each number to that draft and version", () => {
    const given = [
      draft("feedback_request", { draftId: "b", version: 3 }),
      draft("appreciation", { draftId: "a", version: 1 }),
      draft("linkedin_note", { draftId: "c", version: 2 }),
    ];
    const digest = compose(data({ drafts: given }));
    expect(digest.items.map((i) => [i.number, i.draftId, i.version])).toEqual([
      [1, "b", 3],
      [2, "a", 1],
      [3, "c", 2],
    ]);
    expect(digestNumberMap(digest)).toEqual([
      { number: 1, draftId: "b", version: 3 },
      { number: 2, draftId: "a", version: 1 },
      { number: 3, draftId: "c", version: 2 },
    ]);
    // The same data numbers the same way every time.
    expect(digestNumberMap(compose(data({ drafts: given })))).toEqual(digestNumberMap(digest));
  });

  it("gives a draft listed twice one number", () => {
    const once = draft("appreciation", { draftId: "same" });
    const digest = compose(data({ drafts: [once, draft("feedback_request"), once] }));
    expect(digestNumberMap(digest).map((n) => n.number)).toEqual([1, 2]);
    expect(digest.subject).toBe("Rebound: 2 drafts to approve");
  });

  it("describes each draft: title, recipient, why and the full text with its line breaks", () => {
    const [item] = compose(
      data({ drafts: [draft("feedback_request", { body: "Hi Maya,\r\n\r\nOne question.\r\n" })] }),
    ).items;
    expect(item).toMatchObject({
      number: 1,
      title: "Feedback request to Maya Ortiz (Northwind Robotics)",
      to: { name: "Maya Ortiz", email: "maya.ortiz@northwind.example", via: null },
      why: MESSAGE_KINDS.feedback_request.purpose,
      handoff: null,
      subject: "Thank you",
      body: "Hi Maya,\n\nOne question.",
    });
  });

  it.each<[MessageKind, string, RegExp]>([
    ["linkedin_note", "LinkedIn", /send this yourself on LinkedIn/i],
    ["call_script", "phone", /call script/i],
  ])("marks a %s as handoff-only, reached by %s, without an email subject", (kind, via, marker) => {
    const [item] = compose(data({ drafts: [draft(kind, { subject: "Voicemail" })] })).items;
    expect(item?.to.via).toBe(via);
    expect(item?.handoff).toMatch(marker);
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

  it("falls back to the kind's purpose when the data has no reason", () => {
    const [item] = compose(data({ drafts: [draft("check_in_90_day", { why: "  " })] })).items;
    expect(item?.why).toBe(MESSAGE_KINDS.check_in_90_day.purpose);
  });
});

describe("composeDigest: what came in", () => {
  it("sums rejections up in one line, each company once, and tells a keep-on-file apart", () => {
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
    expect(lineTexts(digest, "incoming")).toEqual(
      expect.arrayContaining([
        "3 rejections came in: Northwind Robotics, Globex.",
        "Initech will keep you on file. A follow-up is drafted.",
      ]),
    );
  });

  it("says a single rejection from an unknown company plainly", () => {
    const digest = compose(
      data({ incoming: [incoming("rejection", "forward", { company: null })] }),
    );
    expect(lineTexts(digest, "incoming")).toEqual(["1 rejection came in."]);
  });

  it("puts feedback and referrals first, warmly and briefly", () => {
    const digest = compose(
      data({
        incoming: [
          incoming("rejection", "forward"),
          incoming("feedback", "reply", { from: "Rachel Adeyemi" }),
          incoming("referral_offer", "reply", { from: "Sam Chen", company: "Globex" }),
        ],
      }),
    );
    const found = section(digest, "incoming");
    expect(found?.kind === "lines" ? found.lines : []).toEqual([
      {
        text: "Rachel Adeyemi (Northwind Robotics) sent you feedback. Asking paid off.",
        tone: "warm",
      },
      {
        text: "Sam Chen (Globex) offered to help with a reference or an introduction. A door is opening.",
        tone: "warm",
      },
      { text: "1 rejection came in: Northwind Robotics.", tone: "plain" },
    ]);
  });
});

describe("composeDigest: the other sections", () => {
  it("lists follow-ups coming up with their dates, and people without an address", () => {
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
        missingAddresses: [{ name: "Lena Fischer", company: null }],
      }),
    );
    expect(lineTexts(digest, "upcoming")).toEqual([
      "Thu 26 Nov: Check-in to Helena Marsh (Pinecrest)",
    ]);
    expect(lineTexts(digest, "missing")).toEqual(["Lena Fischer"]);
    const missing = section(digest, "missing");
    expect(missing?.kind === "lines" ? missing.intro : "").toMatch(/forward a message from them/i);
  });

  it("says what needs attention, failed or unsure", () => {
    const digest = compose(data({ attention: [failed, unsure] }));
    expect(lineTexts(digest, "attention")).toEqual([
      "Could not process “Fwd: hi” (bad MIME). Rebound kept the message.",
      "“Update”: looks like rejection, but Rebound is not sure. Check its drafts before approving.",
    ]);
  });

  it("orders the sections and ends with how to reply", () => {
    const digest = compose(SAMPLE_DIGEST_DATA);
    expect(digest.sections.map((s) => s.id)).toEqual([
      "incoming",
      "drafts",
      "upcoming",
      "missing",
      "attention",
      "progress",
      "commands",
    ]);
    const commands = section(digest, "commands");
    expect(commands?.kind === "commands" ? commands.commands.map((c) => c.example) : []).toEqual([
      "approve 1 3",
      "approve all",
      "skip 2",
      "edit 4",
      "snooze 5 2w",
      "never 6",
      "targets: Acme, Globex",
      "pause",
      "help",
    ]);
  });

  it("offers only help when there is nothing to approve", () => {
    const digest = compose(data({ attention: [failed] }));
    const commands = section(digest, "commands");
    expect(commands?.kind === "commands" ? commands.commands.map((c) => c.example) : []).toEqual([
      "help",
    ]);
    expect(section(digest, "drafts")).toBeUndefined();
  });

  it("greets by first name, or without one", () => {
    expect(compose(data({ drafts: [draft()] })).greeting).toBe("Hello Jordan,");
    const anonymous = data({ drafts: [draft()], user: { displayName: null, timeZone: "UTC" } });
    expect(compose(anonymous).greeting).toBe("Hello,");
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
