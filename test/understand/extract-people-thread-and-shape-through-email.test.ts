import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Every name, firm and address below is invented for these tests.

/** Jordan forwards, from Gmail, a rejection an ATS relay sent. */
function forwardOfRelayed(display: string, signature: string[]): string {
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Verdant Grid - Data Analyst",
    "Date: Mon, 7 Dec 2026 09:12:00 +0000",
    `Message-ID: <${crypto.randomUUID()}@mail.gmail.example>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    "Oh well.",
    "",
    "---------- Forwarded message ---------",
    `From: ${display} <no-reply@greenhouse.io>`,
    "Date: Fri, 4 Dec 2026 at 10:00",
    "Subject: Verdant Grid - Data Analyst",
    `To: Jordan Lee <${JORDAN.owner}>`,
    "",
    "Hi Jordan,",
    "",
    "Thank you for interviewing with us. We have decided to move forward with another candidate for the Data Analyst role.",
    "",
    "Best regards,",
    ...signature,
    "",
  ].join("\r\n");
}

describe("a recruiter the lexicon does not know, signing over her title under an ATS relay", () => {
  // She sent only the decision and gave no address, so the planner drafts nothing to her yet;
  // the digest lists her among the people missing an address.
  it.each(["Verdant Grid", "Oriel Castellane"])(
    "is remembered as a person (relay shows %s)",
    async (display) => {
      const { userId, inbox } = await createJordan();
      await deliver(forwardOfRelayed(display, ["Oriel Castellane", "Recruiter"]), {
        from: JORDAN.owner,
        to: inbox,
      });
      const s = await stored(userId);
      expect(s.contacts).toEqual([{ name: "Oriel Castellane", email: null }]);
      if (display === "Verdant Grid") expect(s.companies).toEqual(["Verdant Grid"]);
    },
  );

  it("is drafted to at the personal Reply-To her relay gives", async () => {
    const { userId, inbox } = await createJordan();
    const raw = forwardOfRelayed("Verdant Grid", ["Oriel Castellane", "Recruiter"]).replace(
      "Subject: Verdant Grid - Data Analyst\r\nTo:",
      "Subject: Verdant Grid - Data Analyst\r\nReply-To: oriel.c@verdantgrid.example\r\nTo:",
    );
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    const s = await stored(userId);
    expect(s.contacts).toEqual([
      { name: "Oriel Castellane", email: "oriel.c@verdantgrid.example" },
    ]);
    const emailed = s.drafts.filter((d) => d.kind !== "linkedin_note");
    expect(emailed.length).toBeGreaterThan(0);
    for (const d of emailed) expect(d.email).toBe("oriel.c@verdantgrid.example");
  });

  it("drafts to nobody when the firm signs over a team line", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(forwardOfRelayed("Verdant Grid", ["Verdant Grid", "Talent Acquisition"]), {
      from: JORDAN.owner,
      to: inbox,
    });
    const s = await stored(userId);
    expect(s.contacts).toEqual([]);
    expect(s.drafts).toEqual([]);
  });
});
