import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/domain/contact.ts";
import type { User } from "../../src/domain/user.ts";
import { readHeaders } from "../../src/inbound/read-headers.ts";
import { type RoutedHeaders, routeEmail } from "../../src/inbound/route-email.ts";

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

/** The header block routing sees, read by the real header reader from raw header lines. */
function head(from: readonly string[], headers: Record<string, string> = {}): RoutedHeaders {
  const lines = [
    ...from.map((f) => `From: ${f}`),
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  const read = readHeaders(new TextEncoder().encode(`${lines.join("\r\n")}\r\n\r\nbody\r\n`));
  if (!read.ok) throw new Error(read.problem);
  return read.block;
}

const owner = "Jordan Lee <jordan.lee@gmail.com>";
const service = "rebound@jordanlee.dev";

describe("routeEmail", () => {
  it.each([
    ["the owner's forward", [owner], "jordan.lee@gmail.com", {}, null, "forward"],
    [
      "a forward from a second address",
      ["jordan@jordanlee.dev"],
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
      ['"jordan.lee@gmail.com" <evil@evil.example>'],
      "evil@evil.example",
      {},
      null,
      "refuse",
    ],
    [
      "two From mailboxes",
      [owner, "evil@evil.example"],
      "jordan.lee@gmail.com",
      {},
      null,
      "refuse",
    ],
    ["no From at all", [], "jordan.lee@gmail.com", {}, null, "refuse"],
    [
      "a known contact's reply",
      ["Maya <maya@northwind.example>"],
      "bounces@mailer.northwind.example",
      {},
      maya,
      "reply",
    ],
    ["a stranger", ["recruiter@spam.example"], "recruiter@spam.example", {}, null, "refuse"],
    ["Rebound's own mail coming back", [`Rebound <${service}>`], service, {}, null, "drop"],
  ] as const)("%s → %s", (_label, from, envelope, headers, contact, expected) => {
    const route = routeEmail({
      head: head(from, headers),
      envelopeFrom: envelope,
      recipient: contact ? "contact" : "forward",
      user,
      senderContact: contact,
      serviceAddress: service,
    });
    expect(route.kind).toBe(expected);
  });

  it("refuses mail for an inbox with no user", () => {
    const route = routeEmail({
      head: head([owner]),
      envelopeFrom: "jordan.lee@gmail.com",
      recipient: "forward",
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
    [{ precedence: "auto_reply" }, "auto_reply"],
    [{ "x-autorespond": "1" }, "auto_reply"],
    [{ "list-id": "<jobs.lists.example>" }, "bulk"],
    [{ "list-unsubscribe": "<mailto:leave@lists.example>" }, "bulk"],
    [{ subject: "Automatic reply: Thank you" }, "auto_reply"],
    [{ subject: "Out of Office: back Monday" }, "auto_reply"],
    [{ subject: "Abwesenheitsnotiz: Ihre Nachricht" }, "auto_reply"],
    [{ subject: "Réponse automatique : merci" }, "auto_reply"],
    [{ subject: "Respuesta automática: gracias" }, "auto_reply"],
    [{ subject: "Risposta automatica: grazie" }, "auto_reply"],
    [{ subject: "Automatisch antwoord: bedankt" }, "auto_reply"],
    [{ subject: "Resposta automática: obrigado" }, "auto_reply"],
    [{ subject: "Re: Thanks for the chat" }, null],
    [{}, null],
  ])("marks %o with loop guard %s", (headers, guard) => {
    const route = routeEmail({
      head: head([`Maya <${maya.email}>`], headers),
      envelopeFrom: maya.email ?? "",
      recipient: "contact",
      user,
      senderContact: maya,
      serviceAddress: service,
    });
    expect(route).toMatchObject({ kind: "reply", loopGuard: guard });
  });
});

describe("routeEmail at each address", () => {
  it.each([
    ["the owner at the contact address", [owner], "jordan.lee@gmail.com", "contact", "refuse"],
    [
      "a contact at the forwarding address",
      ["maya@northwind.example"],
      "maya@northwind.example",
      "forward",
      "refuse",
    ],
    ["the owner at the bare inbox", [owner], "jordan.lee@gmail.com", "bare", "refuse"],
    ["the owner at a reply token", [owner], "jordan.lee@gmail.com", "command", "refuse"],
  ] as const)("%s → %s", (_label, from, envelope, recipient, expected) => {
    const route = routeEmail({
      head: head(from),
      envelopeFrom: envelope,
      recipient,
      user,
      senderContact: maya,
      serviceAddress: service,
    });
    expect(route.kind).toBe(expected);
  });
});
