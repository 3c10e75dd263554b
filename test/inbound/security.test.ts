import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { loadDigestData } from "../../src/db/digests.ts";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { fakeMailBinding } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const MAYA = "maya.ortiz@northwind-robotics.com";
const b64 = (text: string) => btoa(text);

/** A Gmail forward of Northwind's rejection that names Maya (with her address) and Sam (without). */
function forward(opts: { messageId: string; fromHeader?: string; extra?: string[] }): string {
  return [
    opts.fromHeader ?? `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Your application for Senior Backend Engineer",
    `Message-ID: ${opts.messageId}`,
    "Date: Tue, 3 Nov 2026 09:12:44 +0100",
    ...(opts.extra ?? []),
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "Met Maya Ortiz and Sam Chen on the panel, great rapport with Maya.",
    "",
    "---------- Forwarded message ---------",
    `From: Maya Ortiz <${MAYA}>`,
    "Date: Mon, Nov 2, 2026 at 5:40 PM",
    "Subject: Your application for Senior Backend Engineer",
    `To: Jordan Lee <${JORDAN.owner}>`,
    "",
    "Hi Jordan,",
    "",
    "Thank you for the time you spent with our team on the Senior Backend Engineer role.",
    "After a lot of discussion we have decided to move forward with another candidate.",
    "",
    "Best wishes,",
    "Maya Ortiz",
    "Engineering Manager | Northwind Robotics",
    "",
  ].join("\r\n");
}

/** Mail written straight to the inbox as Maya (From only: anyone can write it). */
function asMaya(opts: { messageId: string; subject?: string; body: string[]; extra?: string[] }) {
  return [
    `From: Maya Ortiz <${MAYA}>`,
    "To: jobs@jordanlee.dev",
    `Subject: ${opts.subject ?? "Re: Thank you"}`,
    `Message-ID: ${opts.messageId}`,
    "Date: Wed, 4 Nov 2026 10:00:00 +0100",
    ...(opts.extra ?? []),
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    ...opts.body,
    "",
  ].join("\r\n");
}

async function contacts(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT name, email, kind, pending FROM contacts WHERE user_id = ?1 ORDER BY name",
  )
    .bind(userId)
    .all<{ name: string | null; email: string | null; kind: string; pending: number }>();
  return results;
}

async function draftsTo(userId: string) {
  const { results } = await env.DB.prepare(
    `SELECT d.kind, c.name, c.email FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1`,
  )
    .bind(userId)
    .all<{ kind: string; name: string | null; email: string | null }>();
  return results;
}

/** Jordan with Northwind's rejection forwarded: Maya is a known contact. */
async function jordanWhoKnowsMaya() {
  const user = await createJordan();
  const message = await deliver(forward({ messageId: `<setup-${crypto.randomUUID()}@x>` }), {
    from: JORDAN.owner,
    to: user.inbox,
  });
  expect(message.rejected).toBeNull();
  return user;
}

describe("a secret on every address that writes data", () => {
  it("gives each user distinct forwarding and contact addresses with 128-bit secrets", async () => {
    const a = await createJordan();
    const b = await createJordan();
    expect(a.inbox).toMatch(/^jobs-\d+-[0-9a-f]{8}\+fwd-[0-9a-f]{32}@jordanlee\.dev$/);
    expect(a.contactInbox).toMatch(/^jobs-\d+-[0-9a-f]{8}\+re-[0-9a-f]{32}@jordanlee\.dev$/);
    expect(new Set([a.inbox, a.contactInbox, b.inbox, b.contactInbox]).size).toBe(4);
  });

  it("refuses the owner's forward at the contact address, and a contact at the forwarding one", async () => {
    const user = await jordanWhoKnowsMaya();
    const atContact = await deliver(forward({ messageId: "<owner-at-contact@x>" }), {
      from: JORDAN.owner,
      to: user.contactInbox,
    });
    expect(atContact.rejected).toMatch(/only accepts mail from the inbox owner's contacts/);
    const atForward = await deliver(asMaya({ messageId: "<maya-at-fwd@x>", body: ["Hello"] }), {
      from: MAYA,
      to: user.inbox,
    });
    expect(atForward.rejected).toMatch(/only accepts forwards from its owner/);
    expect(await countRows("inbound_messages", user.userId)).toBe(1);
  });

  it("rotates the forwarding address through the admin API: the old one stops, the user is told", async () => {
    const user = await createJordan();
    const mail = fakeMailBinding();
    const bindings = { ...mail.env, ADMIN_TOKEN: "rotate-test-token-0123456789abcdef-xyz" };
    const { app } = await import("../../src/http/app.ts");
    const response = await app.request(
      `/admin/users/${user.userId}/rotate-address`,
      { method: "POST", headers: { authorization: `Bearer ${bindings.ADMIN_TOKEN}` } },
      bindings,
    );
    expect(response.status).toBe(200);
    const rotated = (await response.json()) as {
      forwardingAddress: string;
      contactAddress: string;
      told: boolean;
    };
    expect(rotated.forwardingAddress).not.toBe(user.inbox);
    expect(rotated.contactAddress).toBe(user.contactInbox);
    expect(rotated.told).toBe(true);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.to).toEqual([JORDAN.owner]);
    expect(mail.sent[0]?.text).toContain(rotated.forwardingAddress);

    const old = await deliver(forward({ messageId: "<old-address@x>" }), {
      from: JORDAN.owner,
      to: user.inbox,
    });
    expect(old.rejected).toMatch(/private forwarding address/);
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    const fresh = await deliver(forward({ messageId: "<new-address@x>" }), {
      from: JORDAN.owner,
      to: rotated.forwardingAddress,
    });
    expect(fresh.rejected).toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(1);
  });

  it("answers 404 when rotating the address of no user", async () => {
    const { app } = await import("../../src/http/app.ts");
    const token = "rotate-test-token-0123456789abcdef-xyz";
    const response = await app.request(
      "/admin/users/nobody/rotate-address",
      { method: "POST", headers: { authorization: `Bearer ${token}` } },
      { ...env, ADMIN_TOKEN: token },
    );
    expect(response.status).toBe(404);
  });
});

describe("identity from the raw From header", () => {
  it.each([
    ["an encoded-word that decodes to the owner", `From: =?UTF-8?B?${b64(`<${JORDAN.owner}>`)}?=`],
    [
      "an encoded-word with a name that decodes to the owner",
      `From: =?UTF-8?B?${b64(`Jordan Lee <${JORDAN.owner}>`)}?=`,
    ],
    ["the owner then a second address", `From: <${JORDAN.owner}> <other@evil.example>`],
    ["two addresses in one header", `From: ${JORDAN.owner}, other@evil.example`],
  ])("refuses a forward whose From is %s, storing nothing", async (_label, fromHeader) => {
    const user = await createJordan();
    const message = await deliver(forward({ messageId: "<enc@x>", fromHeader }), {
      from: JORDAN.owner,
      to: user.inbox,
    });
    expect(message.rejected).toMatch(/exactly one From address/);
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    expect(await countRows("contacts", user.userId)).toBe(0);
  });
});

describe("a contact's direct mail cannot rewrite the graph", () => {
  it("adds a note and an event to Maya, but a person she introduces waits for the user", async () => {
    const user = await jordanWhoKnowsMaya();
    const draftsBefore = await draftsTo(user.userId);
    // Sent from the attacker's own envelope domain with Maya's From.
    const message = await deliver(
      asMaya({
        messageId: "<intro@x>",
        subject: "Re: Thank you, an introduction",
        body: [
          "Hi Jordan,",
          "",
          "Happy to help. I'd like to introduce you to Lena Fischer (lena.fischer@evil.example),",
          "she leads hiring at Globex and is looking for someone like you. Reach out to her.",
          "",
          "Maya",
        ],
      }),
      { from: "bounce@evil.example", to: user.contactInbox },
    );
    expect(message.rejected).toBeNull();
    const people = await contacts(user.userId);
    expect(people).toEqual([
      { name: "Lena Fischer", email: "lena.fischer@evil.example", kind: "referral", pending: 1 },
      { name: "Maya Ortiz", email: MAYA, kind: "hiring_manager", pending: 0 },
      { name: "Sam Chen", email: null, kind: "interviewer", pending: 0 },
    ]);
    const draftsAfter = await draftsTo(user.userId);
    const newDrafts = draftsAfter.filter(
      (d) => !draftsBefore.some((b) => b.kind === d.kind && b.email === d.email),
    );
    expect(newDrafts.filter((d) => d.email !== MAYA)).toEqual([]);
    const reply = await env.DB.prepare(
      "SELECT m.route, c.email FROM inbound_messages m JOIN contacts c ON c.id = m.contact_id WHERE m.user_id = ?1 AND m.route = 'reply'",
    )
      .bind(user.userId)
      .first();
    expect(reply).toEqual({ route: "reply", email: MAYA });
  });

  it("never fills in another contact's missing address", async () => {
    const user = await jordanWhoKnowsMaya();
    const sam = (await contacts(user.userId)).find((p) => p.name === "Sam Chen");
    expect(sam?.email).toBeNull();
    await deliver(
      asMaya({
        messageId: "<sam-address@x>",
        body: [
          "Hi Jordan,",
          "",
          "Sam Chen asked me to pass on his address: Sam Chen <sam.chen@evil.example>.",
          "He would be glad to hear from you.",
          "",
          "Maya",
        ],
      }),
      { from: "bounce@evil.example", to: user.contactInbox },
    );
    const after = await contacts(user.userId);
    expect(after.find((p) => p.name === "Sam Chen")?.email).toBeNull();
    expect(after.find((p) => p.email === MAYA)).toBeTruthy();
    expect((await draftsTo(user.userId)).some((d) => d.email === "sam.chen@evil.example")).toBe(
      false,
    );
  });

  it("shows a pending person in the digest data until the user confirms them", async () => {
    const user = await jordanWhoKnowsMaya();
    const maya = await env.DB.prepare("SELECT id FROM contacts WHERE user_id = ?1 AND email = ?2")
      .bind(user.userId, MAYA)
      .first<{ id: string }>();
    const lenaId = crypto.randomUUID();
    await env.DB.prepare(
      `INSERT INTO contacts (id, user_id, name, email, kind, created_at, updated_at, pending, introduced_by)
       VALUES (?1, ?2, 'Lena Fischer', 'lena@globex.example', 'referral', ?3, ?3, 1, ?4)`,
    )
      .bind(lenaId, user.userId, new Date().toISOString(), maya?.id)
      .run();
    const recipient = {
      id: user.userId,
      ownerAddress: JORDAN.owner,
      displayName: "Jordan Lee",
      timeZone: "Europe/Berlin",
    };
    const load = () =>
      loadDigestData(
        env.DB,
        recipient as Parameters<typeof loadDigestData>[1],
        "2026-12-07",
        new Date(),
      );
    expect((await load()).peopleToConfirm).toEqual([
      {
        contactId: lenaId,
        name: "Lena Fischer",
        email: "lena@globex.example",
        introducedBy: "Maya Ortiz",
        namedInPassing: false,
        company: null,
      },
    ]);
    // Confirmed (test/commands/people-to-confirm.test.ts drives `confirm N` end to end).
    await env.DB.prepare("UPDATE contacts SET pending = 0 WHERE id = ?1").bind(lenaId).run();
    expect((await load()).peopleToConfirm).toEqual([]);
  });

  it("lets a pending person write nothing: they are not a known contact yet", async () => {
    const user = await createJordan();
    await env.DB.prepare(
      `INSERT INTO contacts (id, user_id, name, email, kind, created_at, updated_at, pending)
       VALUES (?1, ?2, 'Lena', 'lena@evil.example', 'referral', ?3, ?3, 1)`,
    )
      .bind(crypto.randomUUID(), user.userId, new Date().toISOString())
      .run();
    const message = await deliver(
      asMaya({ messageId: "<lena@x>", body: ["Hi"] }).replace(MAYA, "lena@evil.example"),
      { from: "lena@evil.example", to: user.contactInbox },
    );
    expect(message.rejected).toMatch(/only accepts mail from the inbox owner's contacts/);
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
  });
});

describe("clean at the boundary", () => {
  it("stores no CR/LF from an encoded subject, and a Message-ID only as one <…> token", async () => {
    const user = await jordanWhoKnowsMaya();
    const subject = `=?UTF-8?B?${b64("Feedback\r\nBcc: victim@evil.example")}?=`;
    await deliver(
      asMaya({
        messageId: `<a@b>\r\n Bcc: <victim@evil.example>`,
        subject,
        body: ["Hi Jordan,", "", "Your system design answers were strong.", "", "Maya"],
      }),
      { from: MAYA, to: user.contactInbox },
    );
    const row = await env.DB.prepare(
      "SELECT subject, message_id, original_subject FROM inbound_messages WHERE user_id = ?1 AND route = 'reply'",
    )
      .bind(user.userId)
      .first<{ subject: string; message_id: string | null; original_subject: string }>();
    expect(row?.subject).toBe("Feedback Bcc: victim@evil.example");
    expect(row?.original_subject).not.toMatch(/[\r\n]/);
    expect(row?.message_id).toBe("<a@b>");
  });

  it("stores names without control characters", async () => {
    const user = await createJordan();
    await deliver(
      forward({ messageId: "<ctl@x>" }).replace(
        `From: Maya Ortiz <${MAYA}>`,
        `From: Maya\u0000 Ortiz\u001b[31m <${MAYA}>`,
      ),
      { from: JORDAN.owner, to: user.inbox },
    );
    const people = await contacts(user.userId);
    expect(people.map((p) => p.name)).toContain("Maya Ortiz");
    const control = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
    for (const person of people) expect([...(person.name ?? "")].some(control)).toBe(false);
  });
});
