import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/domain/contact.ts";
import type { User } from "../../src/domain/user.ts";
import type { Mailbox, ParsedEmail } from "../../src/inbound/parsed-email.ts";
import { routeEmail } from "../../src/inbound/route-email.ts";

const user: User = {
  id: "u1",
  inboxAddress: "jobs@jordanlee.dev",
  ownerAddress: "jordan.lee@gmail.com",
  addresses: ["jordan.lee@gmail.com", "jordan@jordanlee.dev"],
  displayName: "Jordan Lee",
  timeZone: "UTC",
  digestHour: 8,
  targetCompanies: [],
  deliveryMode: "handoff",
  prefersCalling: false,
  paused: false,
  sendingAddress: null,
};

const maya: Contact = {
  id: "c1",
  companyId: null,
  name: "Maya Ortiz",
  email: "maya@northwind.example",
  title: null,
  kind: "hiring_manager",
  notes: "",
  warm: false,
  doNotContact: false,
  linkedinUrl: null,
};

function email(from: Mailbox[], headers: Record<string, string> = {}): ParsedEmail {
  return {
    messageId: "<m@x>",
    from,
    to: [],
    cc: [],
    replyTo: [],
    subject: "",
    date: null,
    inReplyTo: null,
    references: [],
    headers: new Map(Object.entries(headers).map(([k, v]) => [k, [v]])),
    text: "",
    html: null,
    attachedMessages: [],
  };
}

const owner = { name: "Jordan Lee", address: "jordan.lee@gmail.com" };
const service = "rebound@jordanlee.dev";

describe("routeEmail", () => {
  it.each([
    ["the owner's forward", [owner], "jordan.lee@gmail.com", {}, null, "forward"],
    [
      "a forward from a second address",
      [{ name: "", address: "jordan@jordanlee.dev" }],
      "jordan@jordanlee.dev",
      {},
      null,
      "forward",
    ],
    ["owner From with a stranger's envelope", [owner], "bounce@evil.example", {}, null, "refuse"],
    [
      "owner From that failed DMARC",
      [owner],
      "jordan.lee@gmail.com",
      { "authentication-results": "mx.cloudflare.net; dmarc=fail header.from=gmail.com" },
      null,
      "refuse",
    ],
    [
      "a display-name spoof of the owner",
      [{ name: "jordan.lee@gmail.com", address: "evil@evil.example" }],
      "evil@evil.example",
      {},
      null,
      "refuse",
    ],
    [
      "two From mailboxes",
      [owner, { name: "", address: "evil@evil.example" }],
      "jordan.lee@gmail.com",
      {},
      null,
      "refuse",
    ],
    ["no From at all", [], "jordan.lee@gmail.com", {}, null, "refuse"],
    [
      "a known contact's reply",
      [{ name: "Maya", address: "maya@northwind.example" }],
      "bounces@mailer.northwind.example",
      {},
      maya,
      "reply",
    ],
    [
      "a stranger",
      [{ name: "", address: "recruiter@spam.example" }],
      "recruiter@spam.example",
      {},
      null,
      "refuse",
    ],
    [
      "Rebound's own mail coming back",
      [{ name: "Rebound", address: service }],
      service,
      {},
      null,
      "drop",
    ],
  ] as const)("%s → %s", (_label, from, envelope, headers, contact, expected) => {
    const route = routeEmail({
      email: email([...from], headers),
      envelopeFrom: envelope,
      user,
      senderContact: contact,
      serviceAddress: service,
    });
    expect(route.kind).toBe(expected);
  });

  it("refuses mail for an inbox with no user", () => {
    const route = routeEmail({
      email: email([owner]),
      envelopeFrom: owner.address,
      user: null,
      senderContact: null,
      serviceAddress: service,
    });
    expect(route).toMatchObject({ kind: "refuse", counter: "no_such_inbox" });
  });

  it.each([
    [{ "auto-submitted": "auto-replied" }, "auto_reply"],
    [{ "auto-submitted": "auto-generated" }, "auto_reply"],
    [{ "auto-submitted": "no" }, null],
    [{ "x-autoreply": "yes" }, "auto_reply"],
    [{ precedence: "bulk" }, "bulk"],
    [{ precedence: "list" }, "bulk"],
    [{ precedence: "junk" }, "bulk"],
    [{}, null],
  ])("marks %o with loop guard %s", (headers, guard) => {
    const route = routeEmail({
      email: email([{ name: "Maya", address: maya.email ?? "" }], headers),
      envelopeFrom: maya.email ?? "",
      user,
      senderContact: maya,
      serviceAddress: service,
    });
    expect(route).toMatchObject({ kind: "reply", loopGuard: guard });
  });
});
