import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Every name, firm and address below is invented for these tests.

/** Jordan forwards, from Apple Mail, an ATS mail whose header block names a Reply-To. */
function appleMailForward(replyTo: string): string {
  const quoted = [
    "From: Quillmere <no-reply@ats-relay.example>",
    "Subject: Your application",
    "Date: 3 December 2026 at 10:14:00 GMT",
    "To: jordan.lee@gmail.com",
    `Reply-To: ${replyTo}`,
    "",
    "Hi Jordan,",
    "",
    "Thank you for meeting the team. We have decided to move forward with another candidate for the Planner role.",
    "",
    "Warm regards,",
    "Greta Vallorn",
    "Recruiter, Quillmere",
  ].map((l) => (l ? `> ${l}` : ">"));
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Your application",
    "Date: Mon, 7 Dec 2026 09:12:00 +0100",
    `Message-ID: <${crypto.randomUUID()}@icloud.example>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    "Close one.",
    "",
    "Begin forwarded message:",
    "",
    ...quoted,
    "",
  ].join("\r\n");
}

describe("an inline forward's Reply-To row reaches the drafts", () => {
  it("drafts to the recruiter at the address her relay names for answers", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(appleMailForward("greta.vallorn@quillmere.example"), {
      from: JORDAN.owner,
      to: inbox,
    });
    const s = await stored(userId);
    expect(s.contacts).toEqual([
      { name: "Greta Vallorn", email: "greta.vallorn@quillmere.example" },
    ]);
    const emailed = s.drafts.filter((d) => d.kind !== "linkedin_note");
    expect(emailed.length).toBeGreaterThan(0);
    for (const d of emailed) expect(d.email).toBe("greta.vallorn@quillmere.example");
  });

  it("gives her no address when answers go to a shared team box", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(appleMailForward("careers@quillmere.example"), { from: JORDAN.owner, to: inbox });
    const s = await stored(userId);
    expect(s.contacts).toEqual([{ name: "Greta Vallorn", email: null }]);
  });
});
