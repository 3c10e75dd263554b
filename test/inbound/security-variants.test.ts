import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { fakeMailBinding } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/**
 * Variants of the attacks in issue 11 on the inbound door, the contact graph, deletion and
 * the admin API, beyond the ones security.test.ts tries; each through the real handlers.
 */

const RACHEL = "rachel.adeyemi@northwind-robotics.com";
const NORTHWIND = "fwd-gmail-web-en-northwind-panel-note.eml";

/** The Northwind forward with its From header line replaced. */
function forwardFrom(fromHeader: string, messageId = `<v-${crypto.randomUUID()}@x>`): string {
  return fixtureRaw(NORTHWIND)
    .replace(/^From: .*$/m, fromHeader)
    .replace(/^Message-ID: .*$/im, `Message-ID: ${messageId}`);
}

/** Jordan with Northwind's rejection forwarded: Rachel is a known contact. */
async function jordanWhoKnowsRachel() {
  const user = await createJordan();
  const message = await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: user.inbox });
  expect(message.rejected).toBeNull();
  return user;
}

/** Mail straight to the contact address as Rachel (From only: anyone can write it). */
function asRachel(body: string[], extra: string[] = []): string {
  return [
    `From: Rachel Adeyemi <${RACHEL}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Re: Thank you",
    `Message-ID: <rachel-${crypto.randomUUID()}@x>`,
    "Date: Wed, 4 Nov 2026 10:00:00 +0100",
    ...extra,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    ...body,
    "",
  ].join("\r\n");
}

async function contactsOf(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT name, email, pending FROM contacts WHERE user_id = ?1 ORDER BY name",
  )
    .bind(userId)
    .all<{ name: string | null; email: string | null; pending: number }>();
  return results;
}

async function draftAddresses(userId: string): Promise<(string | null)[]> {
  const { results } = await env.DB.prepare(
    "SELECT c.email FROM drafts d JOIN contacts c ON c.id = d.contact_id WHERE d.user_id = ?1",
  )
    .bind(userId)
    .all<{ email: string | null }>();
  return results.map((r) => r.email);
}

describe("forwards: identity from the raw From header, other spellings", () => {
  it.each([
    [
      "Sender: names the owner, From a stranger",
      "From: mallory@evil.example\r\nSender: <jordan.lee@gmail.com>",
    ],
    [
      "a quoted local part holding the owner's address",
      'From: "jordan.lee@gmail.com"@evil.example',
    ],
    ["a Cyrillic look-alike of the owner's address", "From: Jordan <jordan.lee@gmаil.com>"],
    [
      "a folded encoded-word decoding to the owner",
      `From: Jordan\r\n =?UTF-8?Q?=3Cjordan.lee=40gmail.com=3E?=`,
    ],
    [
      "an encoded-word inside the angle brackets",
      `From: Jordan <=?UTF-8?B?${btoa("jordan.lee@gmail.com")}?=>`,
    ],
    [
      "the owner's address then a comment holding another",
      "From: jordan.lee@gmail.com (mallory@evil.example), x@evil.example",
    ],
  ])("refuses a forward whose From is %s, storing nothing", async (_label, fromHeader) => {
    const user = await createJordan();
    const message = await deliver(forwardFrom(fromHeader), { from: JORDAN.owner, to: user.inbox });
    expect(message.rejected).not.toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    expect(await countRows("contacts", user.userId)).toBe(0);
  });

  it("accepts the owner's own From folded over two lines, with a lower-case header name", async () => {
    const user = await createJordan();
    const message = await deliver(forwardFrom(`from: Jordan Lee\r\n <${JORDAN.owner}>`), {
      from: JORDAN.owner,
      to: user.inbox,
    });
    expect(message.rejected).toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(1);
  });
});

describe("forwards without the secret", () => {
  it("stores nothing when the secret address is only in Cc and the envelope is the bare inbox", async () => {
    const user = await createJordan();
    const raw = forwardFrom(`From: Jordan Lee <${JORDAN.owner}>\r\nCc: ${user.inbox}`);
    const message = await deliver(raw, { from: JORDAN.owner, to: user.bareInbox });
    expect(message.rejected).toMatch(/private forwarding address/);
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
  });

  it.each([
    [
      "another user's secret on this inbox",
      (mine: string, theirs: string) =>
        mine.replace(/fwd-[0-9a-f]{32}/, theirs.match(/fwd-[0-9a-f]{32}/)?.[0] ?? ""),
    ],
    ["the secret cut short by one character", (mine: string) => mine.replace(/[0-9a-f]@/, "@")],
    ["the secret behind a second tag", (mine: string) => mine.replace("+fwd-", "+x+fwd-")],
    [
      "the contact secret with the forward tag",
      (_mine: string, _theirs: string, contact: string) => contact.replace("+re-", "+fwd-"),
    ],
  ])("stores nothing at %s", async (_label, address) => {
    const user = await createJordan();
    const other = await createJordan();
    const to = address(user.inbox, other.inbox, user.contactInbox);
    const message = await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to });
    expect(message.rejected).not.toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    expect(await countRows("inbound_messages", other.userId)).toBe(0);
  });
});

describe("a contact's mail cannot rewrite the graph, other routes", () => {
  it("refuses another user's contact at this user's contact address", async () => {
    await jordanWhoKnowsRachel();
    const stranger = await createJordan();
    const message = await deliver(asRachel(["Hi Jordan,", "", "Hello again.", "", "Rachel"]), {
      from: RACHEL,
      to: stranger.contactInbox,
    });
    expect(message.rejected).toMatch(/only accepts mail from the inbox owner's contacts/);
    expect(await countRows("inbound_messages", stranger.userId)).toBe(0);
    expect(await countRows("contacts", stranger.userId)).toBe(0);
  });

  it("never makes a contact of the owner's own address or Rebound's, even introduced", async () => {
    const user = await jordanWhoKnowsRachel();
    await deliver(
      asRachel([
        "Hi Jordan,",
        "",
        `I'd like to introduce you to Jordan Lee (${JORDAN.otherAddresses[0]}) and to our`,
        `scheduler (${user.inbox}), and Casey Morgan (${env.SERVICE_ADDRESS}) can help too.`,
        "",
        "Rachel",
      ]),
      { from: RACHEL, to: user.contactInbox },
    );
    const emails = (await contactsOf(user.userId)).map((c) => c.email);
    expect(emails).not.toContain(JORDAN.otherAddresses[0]);
    expect(emails).not.toContain(user.inbox);
    expect(emails).not.toContain(env.SERVICE_ADDRESS);
  });

  it("gives no one a draft through Reply-To or Return-Path on a contact's mail", async () => {
    const user = await jordanWhoKnowsRachel();
    const before = await draftAddresses(user.userId);
    await deliver(
      asRachel(
        [
          "Hi Jordan,",
          "",
          "Thank you for your note. Your system design answers were strong; work on",
          "estimating capacity before diving into details. Happy to talk again.",
          "",
          "Rachel",
        ],
        ["Reply-To: Rachel <rachel@evil.example>", "Return-Path: <rachel@evil.example>"],
      ),
      { from: "bounce@evil.example", to: user.contactInbox },
    );
    const people = await contactsOf(user.userId);
    expect(people.some((c) => c.email === "rachel@evil.example" && c.pending === 0)).toBe(false);
    const after = await draftAddresses(user.userId);
    expect(after.filter((a) => !before.includes(a))).not.toContain("rachel@evil.example");
    expect(after.every((a) => a === null || !a.endsWith("@evil.example"))).toBe(true);
  });

  it("takes a contact's From in capitals as that contact, never as someone new with a draft", async () => {
    const user = await jordanWhoKnowsRachel();
    await deliver(
      asRachel(["Hi Jordan,", "", "Glad to stay in touch.", "", "Rachel"]).replace(
        `<${RACHEL}>`,
        `<${RACHEL.toUpperCase()}>`,
      ),
      { from: RACHEL.toUpperCase(), to: user.contactInbox },
    );
    const rachels = (await contactsOf(user.userId)).filter(
      (c) => c.email?.toLowerCase() === RACHEL,
    );
    expect(rachels).toHaveLength(1);
    expect(rachels[0]?.email).toBe(RACHEL);
  });

  it("plans nothing from a contact's mail marked as list or automatic mail in other spellings", async () => {
    for (const extra of [
      ["PRECEDENCE: Bulk"],
      ["Auto-Submitted:  Auto-Replied"],
      ["x-autoreply: yes"],
      ["List-Post: <mailto:team@northwind-robotics.com>"],
    ]) {
      const user = await jordanWhoKnowsRachel();
      const before = (await draftAddresses(user.userId)).length;
      await deliver(
        asRachel(
          [
            "Hi Jordan,",
            "",
            "I'd love to introduce you to Lena Fischer (lena@globex.example) at Globex.",
            "She is hiring. Feel free to reach out.",
            "",
            "Rachel",
          ],
          extra,
        ),
        { from: RACHEL, to: user.contactInbox },
      );
      expect({ extra, drafts: (await draftAddresses(user.userId)).length }).toEqual({
        extra,
        drafts: before,
      });
      expect(await countRows("held_follow_ups", user.userId)).toBe(0);
    }
  });
});

describe("cheap before trusted", () => {
  it("refuses a stranger's header flood at the contact address without keeping anything", async () => {
    const user = await jordanWhoKnowsRachel();
    const flood = Array.from({ length: 1500 }, (_, i) => ` x${i}`).join("\r\n");
    const raw = asRachel(["Hello"], [`X-Filler: start\r\n${flood}`]);
    const message = await deliver(raw, { from: RACHEL, to: user.contactInbox });
    expect(message.rejected).toMatch(/headers could not be read/);
    expect(await countRows("inbound_messages", user.userId)).toBe(1);
  });

  it("keeps nothing of headerless garbage at the contact address, even from the owner's envelope", async () => {
    const user = await createJordan();
    const garbage = new Uint8Array(70 * 1024).fill(0x41);
    const message = await deliver(garbage, { from: JORDAN.owner, to: user.contactInbox });
    expect(message.rejected).not.toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
  });
});

describe("kept, not lost", () => {
  it.each([
    [
      "an unterminated multipart boundary",
      (raw: string) =>
        raw.replace(
          /Content-Type: text\/plain; charset="?UTF-8"?/i,
          'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset="UTF-8"',
        ),
    ],
    [
      "an unknown charset",
      (raw: string) => raw.replace(/charset="?UTF-8"?/i, 'charset="x-no-such-charset"'),
    ],
    ["NUL bytes in the body", (raw: string) => raw.replace("Hi Jordan", "Hi\u0000\u0000 Jordan")],
  ])("keeps the owner's forward with %s", async (_label, mangle) => {
    const user = await createJordan();
    const message = await deliver(mangle(fixtureRaw(NORTHWIND)), {
      from: JORDAN.owner,
      to: user.inbox,
    });
    expect(message.rejected).toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(1);
  });
});

describe("deletion reaches everything, including what waits for confirmation", () => {
  it("DELETE /admin/users/:id removes held follow-ups and pending people", async () => {
    const user = await jordanWhoKnowsRachel();
    await deliver(
      asRachel([
        "Hi Jordan,",
        "",
        "Happy to help. I'd like to introduce you to Lena Fischer (lena.fischer@globex.example),",
        "she leads hiring at Globex and is looking for someone like you. Reach out to her.",
        "",
        "Rachel",
      ]),
      { from: RACHEL, to: user.contactInbox },
    );
    expect(await countRows("held_follow_ups", user.userId)).toBeGreaterThan(0);
    const token = "delete-test-token-0123456789abcdef-xyz";
    const { app } = await import("../../src/http/app.ts");
    const response = await app.request(
      `/admin/users/${user.userId}`,
      { method: "DELETE", headers: { authorization: `Bearer ${token}` } },
      { ...env, ADMIN_TOKEN: token },
    );
    expect(response.status).toBe(200);
    expect(await countRows("held_follow_ups", user.userId)).toBe(0);
    expect(await countRows("contacts", user.userId)).toBe(0);
  });
});

describe("the admin API's token", () => {
  const TOKEN = "admin-variant-token-0123456789abcdef";
  const call = async (path: string, headers: Record<string, string>, token = TOKEN) => {
    const { app } = await import("../../src/http/app.ts");
    return app.request(path, { headers }, { ...env, ADMIN_TOKEN: token });
  };

  it.each([
    ["no Authorization header", "/admin/users", {}],
    [
      "the token with one character changed",
      "/admin/users",
      { authorization: `Bearer ${TOKEN.slice(0, -1)}X` },
    ],
    ["the token in capitals", "/admin/users", { authorization: `Bearer ${TOKEN.toUpperCase()}` }],
    [
      "the token as Basic credentials",
      "/admin/users",
      { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` },
    ],
    ["the token with a suffix", "/admin/users", { authorization: `Bearer ${TOKEN}x` }],
    ["the token in the query string", `/admin/users?token=${TOKEN}`, {}],
    ["the token as an X-Admin-Token header", "/admin/users", { "x-admin-token": TOKEN }],
    [
      "two tokens, the right one second",
      "/admin/users",
      { authorization: `Bearer wrong ${TOKEN}` },
    ],
    ["a percent-encoded path", "/%61dmin/users", {}],
    ["a doubled slash", "//admin/users", {}],
    ["a trailing slash", "/admin/users/", {}],
  ])("refuses %s", async (_label, path, headers) => {
    const response = await call(path, headers);
    expect([401, 404]).toContain(response.status);
    expect(await response.text()).not.toContain("inboxAddress");
  });

  it("answers with the right token, and stays off with a token under 32 characters", async () => {
    expect((await call("/admin/users", { authorization: `bearer ${TOKEN}` })).status).toBe(200);
    const short = TOKEN.slice(0, 31);
    expect((await call("/admin/users", { authorization: `Bearer ${short}` }, short)).status).toBe(
      503,
    );
  });
});

describe("the digest and confirmations never loop", () => {
  it("recognises Rebound's own mail forwarded back with its address in capitals", async () => {
    const user = await createJordan();
    const raw = [
      `From: Jordan Lee <${JORDAN.owner}>`,
      "To: jobs@jordanlee.dev",
      "Subject: Fwd: Your Rebound digest",
      "Message-ID: <fwd-digest-caps@x>",
      "Date: Sat, 5 Dec 2026 09:00:00 +0000",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "---------- Forwarded message ---------",
      `From: Rebound <${env.SERVICE_ADDRESS.toUpperCase()}>`,
      "Date: Sat, 5 Dec 2026 at 08:00",
      "Subject: Your Rebound digest",
      `To: <${JORDAN.owner}>`,
      "",
      "Good morning, Jordan.",
      "",
      "1. Feedback request to Maya Ortiz (Northwind Robotics)",
      "To: Maya Ortiz <maya.ortiz@northwind-robotics.com>",
      "Hi Maya, thank you for the interview. We have decided to move forward with another candidate.",
      "",
    ].join("\r\n");
    expect((await deliver(raw, { from: JORDAN.owner, to: user.inbox })).rejected).toBeNull();
    const row = await env.DB.prepare("SELECT loop_guard FROM inbound_messages WHERE user_id = ?1")
      .bind(user.userId)
      .first<{ loop_guard: string | null }>();
    expect(row?.loop_guard).toBe("own_mail");
    expect(await countRows("drafts", user.userId)).toBe(0);
  });

  it("stores the owner's forward of a confirmation without acting on it", async () => {
    const user = await createJordan();
    const mail = fakeMailBinding();
    const raw = [
      `From: Jordan Lee <${JORDAN.owner}>`,
      "To: jobs@jordanlee.dev",
      "Subject: Fwd: Re: Your Rebound digest",
      "Message-ID: <fwd-confirmation@x>",
      "Date: Sat, 5 Dec 2026 09:00:00 +0000",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "---------- Forwarded message ---------",
      `From: Rebound <${env.SERVICE_ADDRESS}>`,
      "Date: Sat, 5 Dec 2026 at 08:15",
      "Subject: Re: Your Rebound digest",
      `To: <${JORDAN.owner}>`,
      "",
      "Here is what Rebound did with your reply.",
      "",
      "Sent",
      "- 1. Thank-you to Maya Ortiz <maya.ortiz@northwind-robotics.com>: sent.",
      "",
    ].join("\r\n");
    const message = await deliver(raw, { from: JORDAN.owner, to: user.inbox }, mail.env);
    expect(message.rejected).toBeNull();
    const row = await env.DB.prepare("SELECT loop_guard FROM inbound_messages WHERE user_id = ?1")
      .bind(user.userId)
      .first<{ loop_guard: string | null }>();
    expect(row?.loop_guard).toBe("own_mail");
    expect(await countRows("drafts", user.userId)).toBe(0);
    expect(await countRows("contacts", user.userId)).toBe(0);
    expect(mail.attempts).toEqual([]);
  });
});
