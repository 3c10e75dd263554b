import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { attachedForward, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Through the Worker's email() handler: a calendar invitation's attendee whose surname is also a
// word, and a copied interviewer a staff directory names surname first, are each one contact
// with their address, who gets the drafts. Every name, firm and address is invented.

/** Jordan's forward, as an attachment, of an invitation with a calendar part. */
function forwardedInvitation(attendee: string, cc: string): string {
  const inner = [
    "From: Greta Sommerfeld <greta.sommerfeld@hainwald.example>",
    `To: ${JORDAN.name} <${JORDAN.owner}>`,
    `Cc: ${cc}`,
    "Subject: Invitation: Technical interview (Data Engineer) @ Thu 17 Dec 2026 15:00 - 16:00 (CET)",
    "Date: Mon, 7 Dec 2026 11:05:00 +0100",
    "Message-ID: <inv-hainwald-1@hainwald.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="alt"',
    "",
    "--alt",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Technical interview (Data Engineer)",
    "Thursday 17 December 2026, 15:00 - 16:00 (CET)",
    "",
    "Hi Jordan, here is the invitation for your technical interview for the Data Engineer role.",
    "",
    "Greta Sommerfeld",
    "Talent Partner, Hainwald",
    "",
    "--alt",
    "Content-Type: text/calendar; charset=UTF-8; method=REQUEST",
    "",
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "DTSTART:20261217T140000Z",
    "DTEND:20261217T150000Z",
    "SUMMARY:Technical interview (Data Engineer)",
    "ORGANIZER;CN=Greta Sommerfeld:mailto:greta.sommerfeld@hainwald.example",
    "ATTENDEE;CN=Jordan Lee;RSVP=TRUE:mailto:jordan.lee@gmail.com",
    `ATTENDEE;CUTYPE=INDIVIDUAL;${attendee}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
    "--alt--",
    "",
  ].join("\r\n");
  return attachedForward(inner, {
    subject: "Invitation: Technical interview (Data Engineer)",
    note: "the technical round",
  });
}

describe("email(): invitees and copied people a directory names", () => {
  it("stores the attendee and the copied interviewer once each, with their addresses", async () => {
    const { userId, inbox } = await createJordan();
    const raw = forwardedInvitation(
      "CN=Rodrigo Ventas:mailto:rodrigo.ventas@hainwald.example",
      "Brunnhuber Lotte Dr. <l.brunnhuber@hainwald.example>",
    );
    await deliver(raw, { from: JORDAN.owner, to: inbox });
    const s = await stored(userId);
    const byName = (name: string) => s.contacts.filter((c) => c.name === name);
    expect(byName("Rodrigo Ventas")).toEqual([
      { name: "Rodrigo Ventas", email: "rodrigo.ventas@hainwald.example" },
    ]);
    expect(byName("Lotte Brunnhuber")).toEqual([
      { name: "Lotte Brunnhuber", email: "l.brunnhuber@hainwald.example" },
    ]);
    expect(s.contacts.map((c) => c.name).sort()).toEqual([
      "Greta Sommerfeld",
      "Lotte Brunnhuber",
      "Rodrigo Ventas",
    ]);
    for (const d of s.drafts)
      expect(["Greta Sommerfeld", "Lotte Brunnhuber", "Rodrigo Ventas"]).toContain(d.name);
  });
});
