import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { JORDAN } from "../support/users.ts";

/** A Gmail-style forward of a rejection from Northwind Robotics, with Jordan's note on top. */
function gmailForward(opts: { messageId: string; note?: string; from?: string }): string {
  return [
    `From: Jordan Lee <${opts.from ?? JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Your application for Senior Backend Engineer",
    `Message-ID: ${opts.messageId}`,
    "Date: Tue, 3 Nov 2026 09:12:44 +0100",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    opts.note ??
      "Met Maya Ortiz and Sam Chen (sam.chen@northwind-robotics.com) on the panel, great rapport with Maya.",
    "",
    "---------- Forwarded message ---------",
    "From: Maya Ortiz <maya.ortiz@northwind-robotics.com>",
    "Date: Mon, Nov 2, 2026 at 5:40 PM",
    "Subject: Your application for Senior Backend Engineer",
    "To: Jordan Lee <jordan.lee@gmail.com>",
    "",
    "Hi Jordan,",
    "",
    "Thank you for the time you spent with our team on the Senior Backend Engineer role.",
    "After a lot of discussion we have decided to move forward with another candidate",
    "whose experience is a closer match for where the team is right now.",
    "",
    "Best wishes,",
    "Maya Ortiz",
    "Engineering Manager | Northwind Robotics",
    "",
  ].join("\r\n");
}

function directReply(opts: { messageId: string; from: string; headers?: string[] }): string {
  return [
    `From: Maya Ortiz <${opts.from}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Re: Thank you",
    `Message-ID: ${opts.messageId}`,
    "Date: Wed, 4 Nov 2026 10:00:00 +0100",
    ...(opts.headers ?? []),
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "Hi Jordan,",
    "",
    "You asked for feedback, so here it is: your system design answers were strong, but the",
    "panel wanted deeper examples of operating services in production. More on-call stories",
    "and concrete incident write-ups would have made the difference.",
    "",
    "Maya",
    "",
  ].join("\r\n");
}

async function inboundRows(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT route, category, reason, status, loop_guard, contact_id, note FROM inbound_messages WHERE user_id = ?1",
  )
    .bind(userId)
    .all();
  return results;
}

describe("email() with a forwarded rejection", () => {
  it("stores the event, the company, the application and the people", async () => {
    const { userId, inbox } = await createJordan();
    const message = await deliver(gmailForward({ messageId: "<fwd-1@mail.gmail.com>" }), {
      from: JORDAN.owner,
      to: inbox,
    });

    expect(message.rejected).toBeNull();
    const rows = await inboundRows(userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      route: "forward",
      category: "rejection",
      reason: "other_candidate",
      status: "processed",
    });
    expect(rows[0]?.note).toContain("great rapport with Maya");

    const company = await env.DB.prepare("SELECT name FROM companies WHERE user_id = ?1")
      .bind(userId)
      .first<{ name: string }>();
    expect(company?.name).toBe("Northwind Robotics");

    const application = await env.DB.prepare(
      "SELECT role, outcome, stage FROM applications WHERE user_id = ?1",
    )
      .bind(userId)
      .first();
    expect(application).toMatchObject({
      role: "Senior Backend Engineer",
      outcome: "rejected",
      stage: "interviewed",
    });

    const { results: contacts } = await env.DB.prepare(
      "SELECT name, email, kind, warm FROM contacts WHERE user_id = ?1 ORDER BY name",
    )
      .bind(userId)
      .all();
    expect(contacts).toEqual([
      {
        name: "Maya Ortiz",
        email: "maya.ortiz@northwind-robotics.com",
        kind: "hiring_manager",
        warm: 1,
      },
      { name: "Sam Chen", email: "sam.chen@northwind-robotics.com", kind: "interviewer", warm: 0 },
    ]);
    expect(await countRows("inbound_contacts", userId)).toBe(2);
  });

  it("changes nothing when the same message is delivered twice", async () => {
    const { userId, inbox } = await createJordan();
    const raw = gmailForward({ messageId: "<fwd-dup@mail.gmail.com>" });
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    const before = await Promise.all(
      ["inbound_messages", "contacts", "companies", "applications"].map((t) =>
        countRows(t, userId),
      ),
    );
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    const after = await Promise.all(
      ["inbound_messages", "contacts", "companies", "applications"].map((t) =>
        countRows(t, userId),
      ),
    );
    expect(after).toEqual(before);
    expect(before).toEqual([1, 2, 1, 1]);
  });

  it("stores a message without Message-ID once, by its content hash", async () => {
    const { userId, inbox } = await createJordan();
    const raw = gmailForward({ messageId: "" }).replace("Message-ID: \r\n", "");
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    expect(await countRows("inbound_messages", userId)).toBe(1);
  });

  it("treats the same rejection forwarded again, in a new forward, as one event", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(gmailForward({ messageId: "<first@mail.gmail.com>" }), {
      from: JORDAN.owner,
      to: inbox,
    });
    const again = await deliver(
      gmailForward({ messageId: "<second@mail.gmail.com>", note: "Forgot to send this one?" }),
      { from: JORDAN.owner, to: inbox },
    );
    expect(again.rejected).toBeNull();
    expect(await countRows("inbound_messages", userId)).toBe(1);
    expect(await countRows("contacts", userId)).toBe(2);
  });

  it("merges people with those already known instead of duplicating them", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(gmailForward({ messageId: "<m1@mail.gmail.com>" }), {
      from: JORDAN.owner,
      to: inbox,
    });
    // A different rejection from the same company, naming the same people again.
    const second = gmailForward({
      messageId: "<m2@mail.gmail.com>",
      note: "Sam Chen was on this panel too.",
    }).replace("Senior Backend Engineer role.", "Staff Platform Engineer role.");
    await deliver(second, { from: JORDAN.owner, to: inbox });
    expect(await countRows("inbound_messages", userId)).toBe(2);
    expect(await countRows("companies", userId)).toBe(1);
    expect(await countRows("contacts", userId)).toBe(2);
  });
});

describe("email() at the door", () => {
  it("rejects a stranger and keeps nothing but a counter", async () => {
    const { userId, inbox } = await createJordan();
    const raw = gmailForward({
      messageId: "<stranger@evil.example>",
      from: "someone@evil.example",
    });
    const message = await deliver(raw, { from: "someone@evil.example", to: inbox });
    expect(message.rejected).toMatch(/only accepts forwards from its owner/);
    expect(await countRows("inbound_messages", userId)).toBe(0);
    expect(await countRows("contacts", userId)).toBe(0);
    const counter = await env.DB.prepare(
      "SELECT sum(count) AS n FROM refused_counts WHERE reason = 'unknown_sender'",
    ).first<{ n: number }>();
    expect(counter?.n).toBeGreaterThanOrEqual(1);
  });

  it("rejects the owner's From when the envelope sender is someone else", async () => {
    const { userId, inbox } = await createJordan();
    const message = await deliver(gmailForward({ messageId: "<spoof@evil.example>" }), {
      from: "bounce@evil.example",
      to: inbox,
    });
    expect(message.rejected).toMatch(/could not be verified/);
    expect(await countRows("inbound_messages", userId)).toBe(0);
  });

  it("rejects a message with two From headers", async () => {
    const { userId, inbox } = await createJordan();
    const raw = gmailForward({ messageId: "<two-from@x>" }).replace(
      "To: jobs@jordanlee.dev",
      "From: someone@evil.example\r\nTo: jobs@jordanlee.dev",
    );
    const message = await deliver(raw, { from: JORDAN.owner, to: inbox });
    expect(message.rejected).toMatch(/exactly one From/);
    expect(await countRows("inbound_messages", userId)).toBe(0);
  });

  it("rejects mail for an inbox nobody owns", async () => {
    const message = await deliver(gmailForward({ messageId: "<nobody@x>" }), {
      from: JORDAN.owner,
      to: `nobody-here+fwd-${"0".repeat(32)}@jordanlee.dev`,
    });
    expect(message.rejected).toMatch(/No Rebound inbox/);
  });

  it("refuses a message over the size cap before reading it", async () => {
    const { userId, inbox } = await createJordan();
    const padding = "x".repeat(Number(env.MAX_MESSAGE_BYTES) + 1);
    const message = await deliver(`${gmailForward({ messageId: "<big@x>" })}\r\n${padding}`, {
      from: JORDAN.owner,
      to: inbox,
    });
    expect(message.rejected).toMatch(/larger than/);
    expect(await countRows("inbound_messages", userId)).toBe(0);
  });

  it("keeps unparseable mail from the owner as a failed message instead of losing it", async () => {
    const { userId, inbox } = await createJordan();
    const nested = `${"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n".repeat(60)}x`;
    const raw = `From: ${JORDAN.owner}\r\nTo: ${inbox}\r\nSubject: Fwd: hi\r\nMIME-Version: 1.0\r\n${nested}`;
    const message = await deliver(raw, { from: JORDAN.owner, to: inbox });
    expect(message.rejected).toBeNull();
    const rows = await inboundRows(userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "failed" });
  });

  it.each([
    ["the bare inbox", (u: { bareInbox: string }) => u.bareInbox],
    ["any other plus-tag", (u: { bareInbox: string }) => u.bareInbox.replace("@", "+anything@")],
    [
      "a wrong forwarding secret",
      (u: { bareInbox: string }) => u.bareInbox.replace("@", `+fwd-${"a".repeat(32)}@`),
    ],
  ])("stores nothing from the owner at %s, and says why", async (_label, address) => {
    const user = await createJordan();
    const message = await deliver(gmailForward({ messageId: "<tagged@x>" }), {
      from: JORDAN.owner,
      to: address(user),
    });
    expect(message.rejected).toMatch(/private forwarding address/);
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    expect(await countRows("contacts", user.userId)).toBe(0);
  });
});

describe("email() with a contact's direct reply", () => {
  it("attaches the reply to the known contact and classifies it", async () => {
    const { userId, inbox, contactInbox } = await createJordan();
    await deliver(gmailForward({ messageId: "<setup@x>" }), { from: JORDAN.owner, to: inbox });
    const maya = "maya.ortiz@northwind-robotics.com";
    const message = await deliver(directReply({ messageId: "<reply-1@northwind>", from: maya }), {
      from: maya,
      to: contactInbox,
    });
    expect(message.rejected).toBeNull();
    const reply = await env.DB.prepare(
      `SELECT m.route, m.category, c.email FROM inbound_messages m JOIN contacts c ON c.id = m.contact_id
       WHERE m.user_id = ?1 AND m.route = 'reply'`,
    )
      .bind(userId)
      .first();
    expect(reply).toEqual({ route: "reply", category: "feedback", email: maya });
    expect(await countRows("contacts", userId)).toBe(2);
  });

  it("records an out-of-office reply as such, marked never to trigger actions", async () => {
    const { userId, inbox, contactInbox } = await createJordan();
    await deliver(gmailForward({ messageId: "<setup-ooo@x>" }), { from: JORDAN.owner, to: inbox });
    const maya = "maya.ortiz@northwind-robotics.com";
    const ooo = directReply({
      messageId: "<ooo@northwind>",
      from: maya,
      headers: ["Auto-Submitted: auto-replied"],
    }).replace(
      /Hi Jordan,[\s\S]*Maya/,
      "I am out of the office until Monday 16 November with limited access to email.",
    );
    await deliver(ooo, { from: maya, to: contactInbox });
    const row = await env.DB.prepare(
      "SELECT category, loop_guard FROM inbound_messages WHERE user_id = ?1 AND route = 'reply'",
    )
      .bind(userId)
      .first();
    expect(row).toEqual({ category: "auto_reply", loop_guard: "auto_reply" });
  });

  it("does not let one user's contact write into another user's inbox", async () => {
    const jordan = await createJordan();
    const other = await createJordan();
    await deliver(gmailForward({ messageId: "<iso@x>" }), { from: JORDAN.owner, to: jordan.inbox });
    const maya = "maya.ortiz@northwind-robotics.com";
    const message = await deliver(directReply({ messageId: "<iso-reply@x>", from: maya }), {
      from: maya,
      to: other.contactInbox,
    });
    expect(message.rejected).not.toBeNull();
    expect(await countRows("inbound_messages", other.userId)).toBe(0);
  });
});

describe("email() when D1 fails", () => {
  it("throws so Email Routing retries, writes nothing, and a redelivery stores it once", async () => {
    const { userId, inbox } = await createJordan();
    const raw = gmailForward({ messageId: "<flaky@x>" });
    const failingDb = new Proxy(env.DB, {
      get(target, property, receiver) {
        if (property === "batch") {
          return async (statements: D1PreparedStatement[]) => {
            // Reads succeed; the write transaction fails as if D1 went away mid-delivery.
            if (statements.length > 3) throw new Error("D1_ERROR: Network connection lost.");
            return target.batch(statements);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await expect(
      deliver(raw, { from: JORDAN.owner, to: inbox }, { ...env, DB: failingDb }),
    ).rejects.toThrow(/Network connection lost/);
    expect(await countRows("inbound_messages", userId)).toBe(0);
    expect(await countRows("contacts", userId)).toBe(0);

    await deliver(raw, { from: JORDAN.owner, to: inbox });
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    expect(await countRows("inbound_messages", userId)).toBe(1);
    expect(await countRows("contacts", userId)).toBe(2);
  });
});
