import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertContact } from "../../src/db/contacts.ts";
import { companyKey } from "../../src/understand/company-key.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { FIXTURES } from "../support/fixtures.ts";

describe.each(FIXTURES)("email() with $name", ({ raw, expected, from }) => {
  it(`stores a ${expected.route} classified ${expected.category} with its people`, async () => {
    const { userId, inbox, contactInbox } = await createJordan();
    if (expected.route === "reply") {
      // A direct reply is only accepted from someone Rebound already knows.
      await insertContact(
        env.DB,
        userId,
        {
          companyId: null,
          name: null,
          email: from,
          title: null,
          kind: "recruiter",
          notes: "",
          warm: false,
          doNotContact: false,
          linkedinUrl: null,
        },
        new Date(),
      );
    }
    // The owner forwards to the forwarding address; contacts write to the contact address.
    const to = expected.route === "reply" ? contactInbox : inbox;
    const message = await deliver(raw, { from, to });
    expect(message.rejected).toBeNull();

    const stored = await env.DB.prepare(
      `SELECT m.route, m.category, m.reason, m.status, co.name_key AS company_key
       FROM inbound_messages m LEFT JOIN companies co ON co.id = m.company_id
       WHERE m.user_id = ?1`,
    )
      .bind(userId)
      .first();
    expect(stored).toMatchObject({
      route: expected.route,
      category: expected.category,
      reason: expected.reason,
      status: "processed",
    });
    if (expected.company && expected.route === "forward") {
      expect(stored?.company_key).toBe(companyKey(expected.company));
    }
    const { results: contacts } = await env.DB.prepare(
      "SELECT email FROM contacts WHERE user_id = ?1 AND email IS NOT NULL",
    )
      .bind(userId)
      .all<{ email: string }>();
    const emails = contacts.map((c) => c.email);
    for (const wanted of expected.contacts.filter((c) => c.email)) {
      expect(emails).toContain(wanted.email);
    }
    // Robot addresses never become a contact's email.
    expect(emails.filter((e) => /no-?reply|greenhouse|lever\.co|workday|ashbyhq/.test(e))).toEqual(
      [],
    );
  });
});
