import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  isAutoReplySubject,
  isMachineSender,
  machineReason,
} from "../../src/inbound/machine-mail.ts";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { JORDAN } from "../support/users.ts";

describe("machine mail, recognised without the runtime", () => {
  it.each([
    ["Automatic reply: Thank you", true],
    ["RE: Automatic reply: Thank you", true],
    ["Out of Office: back on Monday", true],
    ["Abwesenheitsnotiz: Ihre Nachricht", true],
    ["AW: Automatische Antwort: Danke", true],
    ["Réponse automatique : Merci", true],
    ["Respuesta automática: Gracias", true],
    ["Risposta automatica: Grazie", true],
    ["Automatisch antwoord: Bedankt", true],
    ["Resposta automática: Obrigado", true],
    ["Thank you for the automatic reply idea", false],
    ["Re: Your application", false],
    ["Feedback on your interview", false],
  ])("subject %j is an auto-reply: %s", (subject, expected) => {
    expect(isAutoReplySubject(subject)).toBe(expected);
  });

  it.each([
    ["mailer-daemon@mx.example", true],
    ["MAILER-DAEMON@mx.example".toLowerCase(), true],
    ["postmaster@example.com", true],
    ["noreply@example.com", true],
    ["no-reply@example.com", true],
    ["no_reply@example.com", true],
    ["donotreply@example.com", true],
    ["do-not-reply@example.com", true],
    ["careers-noreply@example.com", true],
    ["noreply-jobs@example.com", true],
    ["maya.ortiz@example.com", false],
    ["norah@example.com", false],
  ])("%s is a machine sender: %s", (address, expected) => {
    expect(isMachineSender(address)).toBe(expected);
  });

  it.each([
    [{ "auto-submitted": ["auto-replied"] }, "auto_reply"],
    [{ "auto-submitted": ["no"] }, null],
    [{ precedence: ["auto_reply"] }, "auto_reply"],
    [{ "x-autorespond": ["yes"] }, "auto_reply"],
    [{ "x-autoreply": ["yes"] }, "auto_reply"],
    [{ "list-id": ["<news.example>"] }, "bulk"],
    [{ "list-unsubscribe": ["<mailto:x@y>"] }, "bulk"],
    [{ precedence: ["bulk"] }, "bulk"],
    [{}, null],
  ])("headers %o → %s", (headers, expected) => {
    expect(machineReason(new Map(Object.entries(headers)), "maya@example.com", "Hello")).toBe(
      expected,
    );
  });
});

const RACHEL = "rachel.adeyemi@northwind-robotics.com";

function fromRachel(opts: { subject: string; extra?: string[]; body?: string }) {
  return [
    `From: Rachel Adeyemi <${RACHEL}>`,
    "To: jobs@jordanlee.dev",
    `Subject: ${opts.subject}`,
    `Message-ID: <${crypto.randomUUID()}@northwind>`,
    "Date: Wed, 4 Nov 2026 10:00:00 +0100",
    ...(opts.extra ?? []),
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    opts.body ??
      "Hi Jordan,\r\n\r\nHappy to share feedback: your design answers were strong, but we wanted more production stories.\r\n\r\nRachel",
    "",
  ].join("\r\n");
}

async function jordanWhoKnowsRachel() {
  const user = await createJordan();
  await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
    from: JORDAN.owner,
    to: user.inbox,
  });
  return user;
}

async function draftCount(userId: string): Promise<number> {
  return countRows("drafts", userId);
}

describe("machine mail through email()", () => {
  it.each([
    [
      "a mailing list (List-Id)",
      { subject: "Re: Thank you", extra: ["List-Id: <team.northwind>"] },
      "bulk",
    ],
    [
      "a list with List-Unsubscribe",
      { subject: "Re: Thank you", extra: ["List-Unsubscribe: <mailto:u@northwind>"] },
      "bulk",
    ],
    [
      "an auto-responder with only its subject to go by",
      {
        subject: "Réponse automatique : Re: Thank you",
        body: "Je suis absente jusqu'au 16 novembre.",
      },
      "auto_reply",
    ],
  ])("stores %s from a contact and plans no draft", async (_label, mail, guard) => {
    const user = await jordanWhoKnowsRachel();
    const before = await draftCount(user.userId);
    const message = await deliver(fromRachel(mail), { from: RACHEL, to: user.contactInbox });
    expect(message.rejected).toBeNull();
    const row = await env.DB.prepare(
      "SELECT loop_guard FROM inbound_messages WHERE user_id = ?1 AND route = 'reply'",
    )
      .bind(user.userId)
      .first<{ loop_guard: string }>();
    expect(row?.loop_guard).toBe(guard);
    const { results } = await env.DB.prepare(
      "SELECT kind FROM drafts WHERE user_id = ?1 AND kind IN ('thanks_for_feedback', 'introduction', 'referral_thanks')",
    )
      .bind(user.userId)
      .all();
    expect(results).toEqual([]);
    expect(await draftCount(user.userId)).toBeLessThanOrEqual(before);
  });

  it("stores Rebound's own digest forwarded back by the owner, with no actions and no contact", async () => {
    const user = await createJordan();
    const [local, domain] = user.bareInbox.split("@");
    const digestReply = `${local}+0123456789abcdef0123456789abcdef@${domain}`;
    const raw = [
      `From: Jordan Lee <${JORDAN.owner}>`,
      `To: ${user.inbox}`,
      "Subject: Fwd: Rebound: 3 drafts to approve",
      "Message-ID: <fwd-digest@mail.gmail.com>",
      "Date: Sat, 5 Dec 2026 09:00:00 +0100",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "---------- Forwarded message ---------",
      `From: Rebound <${env.SERVICE_ADDRESS}>`,
      "Date: Sat, Dec 5, 2026 at 8:00 AM",
      "Subject: Rebound: 3 drafts to approve",
      `To: Jordan Lee <${JORDAN.owner}>`,
      `Reply-To: <${digestReply}>`,
      "",
      "Your Rebound digest for Saturday.",
      "",
      "1.  Thank-you to Rachel Adeyemi (Northwind Robotics)",
      `    To: Rachel Adeyemi <${RACHEL}>`,
      "    Hi Rachel, thank you for your time. We decided to move forward with another candidate.",
      "",
      `Reply to ${digestReply} with approve 1.`,
      "",
    ].join("\r\n");
    const message = await deliver(raw, { from: JORDAN.owner, to: user.inbox });
    expect(message.rejected).toBeNull();
    const row = await env.DB.prepare(
      "SELECT loop_guard, status FROM inbound_messages WHERE user_id = ?1",
    )
      .bind(user.userId)
      .first();
    expect(row).toEqual({ loop_guard: "own_mail", status: "processed" });
    expect(await countRows("contacts", user.userId)).toBe(0);
    expect(await countRows("drafts", user.userId)).toBe(0);
  });

  it("never makes one of Rebound's addresses a contact, even when a forward names it", async () => {
    const user = await createJordan();
    const raw = fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml").replace(
      /\r?\n\r?\n/,
      `\r\n\r\nAlso cc: Rebound <${env.SERVICE_ADDRESS}> and ${user.contactInbox} (Rebound Inbox) and ${user.bareInbox}\r\n`,
    );
    await deliver(raw, { from: JORDAN.owner, to: user.inbox });
    const { results } = await env.DB.prepare(
      "SELECT email FROM contacts WHERE user_id = ?1 AND email IS NOT NULL",
    )
      .bind(user.userId)
      .all<{ email: string }>();
    const [local, domain] = user.bareInbox.split("@");
    for (const { email } of results) {
      expect(email).not.toBe(env.SERVICE_ADDRESS);
      expect(email.startsWith(`${local}+`) || email === `${local}@${domain}`).toBe(false);
    }
  });
});
