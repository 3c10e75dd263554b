import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { JORDAN } from "../support/users.ts";

// A hiring manager answers the user straight at the inbox, her client quoting the user's own
// message below hers: her message, not the user forwarding theirs. Names and firms invented.

const MANAGER = "odile.varga@quillmoor.example";

/** The user's forward of Odile's rejection: it makes her a contact who may write in. */
function forwardedRejection(): string {
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Platform Engineer at Quillmoor",
    "Message-ID: <fwd-quillmoor@mail.gmail.com>",
    "Date: Tue, 14 Oct 2025 09:00:00 +0200",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "---------- Forwarded message ---------",
    `From: Odile Varga <${MANAGER}>`,
    "Date: Mon, Oct 13, 2025 at 5:40 PM",
    "Subject: Platform Engineer at Quillmoor",
    `To: Jordan Lee <${JORDAN.owner}>`,
    "",
    "Hi Jordan,",
    "",
    "Thank you for meeting the team. We have decided to move forward with another candidate.",
    "",
    "Odile Varga",
    "Head of Platform, Quillmoor",
    "",
  ].join("\r\n");
}

/** Her answer, Outlook-style, quoting the user's thank-you (labels in the given language). */
function herAnswer(labels: [string, string, string, string], body: string[]): string {
  const [from, sent, to, subject] = labels;
  return [
    `From: Odile Varga <${MANAGER}>`,
    "To: jobs@jordanlee.dev",
    // No "Re:": nothing in the subject says reply, only whose message it is.
    "Subject: Your interviews at Quillmoor",
    "Message-ID: <answer-quillmoor@quillmoor.example>",
    "Date: Tue, 21 Oct 2025 17:04:00 +0200",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    ...body,
    "",
    `${from} Jordan Lee <${JORDAN.owner}>`,
    `${sent} 15 October 2025 09:10`,
    `${to} Odile Varga <${MANAGER}>`,
    `${subject} Platform Engineer at Quillmoor`,
    "",
    "Hi Odile, thank you for letting me know. Good luck to whoever joins the team!",
    "",
  ].join("\r\n");
}

const ENGLISH = [
  "Hi Jordan,",
  "",
  "You asked for feedback, so here it is from the panel. Henrik liked your design round; the",
  "other candidate had more hands-on experience running Kubernetes in production, which",
  "decided it. More concrete examples of operating services would have helped.",
  "",
  "Odile",
];
const GERMAN = [
  "Hallo Jordan,",
  "",
  "Sie hatten um Feedback gebeten: Henrik fand Ihre Designrunde stark; die andere Kandidatin",
  "hatte mehr praktische Erfahrung mit Kubernetes im Betrieb, das gab den Ausschlag. Mehr",
  "konkrete Beispiele aus dem Betrieb von Diensten hätten geholfen.",
  "",
  "Odile",
];

describe("email() with a hiring manager's reply quoting the user's own message", () => {
  it.each<[string, [string, string, string, string], string[]]>([
    ["en", ["From:", "Sent:", "To:", "Subject:"], ENGLISH],
    ["de", ["Von:", "Gesendet:", "An:", "Betreff:"], GERMAN],
  ])(
    "%s: stores her reply as hers, with her address, and the category of her message",
    async (_, labels, body) => {
      const { userId, inbox, contactInbox } = await createJordan();
      await deliver(forwardedRejection(), { from: JORDAN.owner, to: inbox });
      const message = await deliver(herAnswer(labels, body), { from: MANAGER, to: contactInbox });
      expect(message.rejected).toBeNull();

      const reply = await env.DB.prepare(
        `SELECT m.route, m.category, m.note, c.email FROM inbound_messages m
       JOIN contacts c ON c.id = m.contact_id WHERE m.user_id = ?1 AND m.route = 'reply'`,
      )
        .bind(userId)
        .first();
      // Not the user's "note", not the quoted thank-you's reading: her feedback, from her.
      expect(reply).toEqual({ route: "reply", category: "feedback", note: "", email: MANAGER });

      const { results } = await env.DB.prepare(
        "SELECT name, email FROM contacts WHERE user_id = ?1 AND pending = 0 ORDER BY name",
      )
        .bind(userId)
        .all<{ name: string; email: string | null }>();
      expect(results).toContainEqual({ name: "Odile Varga", email: MANAGER });
      // The panel member her feedback only names in passing is no contact: the digest asks.
      expect(results.map((c) => c.name)).not.toContain("Henrik");
      const asked = await env.DB.prepare(
        "SELECT name FROM contacts WHERE user_id = ?1 AND pending = 1 AND named_in_passing = 1",
      )
        .bind(userId)
        .all<{ name: string }>();
      expect(asked.results.map((c) => c.name)).toEqual(["Henrik"]);
      // The user is never one of their own contacts.
      expect(results.map((c) => c.email)).not.toContain(JORDAN.owner);
      expect(results.map((c) => c.name)).not.toContain("Jordan Lee");
    },
  );
});
