import { describe, expect, it } from "vitest";
import { readInvitation } from "../../../src/understand/mail/invitation.ts";
import { parseEmail } from "../../../src/understand/mail/parse-email.ts";

// Every name and address below is invented for these tests.
const calendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", ...lines, "END:VCALENDAR", ""].join("\r\n");

describe("an invitation's organiser and attendees", () => {
  it.each([
    [
      "names and addresses, a quoted name with a comma, a folded line",
      calendar(
        "BEGIN:VEVENT",
        "UID:panel-1@harbor.example",
        "DTSTART:20260310T150000Z",
        "ORGANIZER;CN=Wren Castillo:mailto:wren.castillo@harbor.example",
        'ATTENDEE;CN="Osei, Kofi";ROLE=REQ-PARTICIPANT:mailto:kofi.osei@harb',
        " or.example",
        "ATTENDEE;CN=Jordan Lee:MAILTO:Jordan.Lee@gmail.com",
        "ATTENDEE:mailto:room-3b@resource.harbor.example",
        "END:VEVENT",
      ),
      {
        organizer: { name: "Wren Castillo", address: "wren.castillo@harbor.example" },
        attendees: [
          { name: "Osei, Kofi", address: "kofi.osei@harbor.example" },
          { name: "Jordan Lee", address: "jordan.lee@gmail.com" },
          { name: "", address: "room-3b@resource.harbor.example" },
        ],
      },
    ],
    [
      "an attendee that is no mail address is left out",
      calendar(
        "BEGIN:VEVENT",
        "UID:panel-2@harbor.example",
        "ATTENDEE;CN=Dial-in:tel:+15550100",
        "ATTENDEE;CN=Ana Ruiz:mailto:ana.ruiz@harbor.example",
        "END:VEVENT",
      ),
      { organizer: null, attendees: [{ name: "Ana Ruiz", address: "ana.ruiz@harbor.example" }] },
    ],
    ["text that is no calendar", "Hello, this is not a calendar at all", undefined],
    [
      "an unclosed calendar",
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:a@b.example",
      undefined,
    ],
    [
      "a calendar part far larger than any invitation",
      calendar(`X-FILL:${"x".repeat(70_000)}`),
      undefined,
    ],
  ])("%s", async (_label, ics, expected) => {
    expect(await readInvitation(ics)).toEqual(expected);
    expect(await readInvitation(new TextEncoder().encode(ics))).toEqual(expected);
  });

  it("caps a long attendee list at a panel's size", async () => {
    const attendees = Array.from(
      { length: 40 },
      (_, i) => `ATTENDEE:mailto:person${i}@harbor.example`,
    );
    const invitation = await readInvitation(
      calendar("BEGIN:VEVENT", "UID:x", ...attendees, "END:VEVENT"),
    );
    expect(invitation?.attendees).toHaveLength(20);
  });

  it("is read from a message's text/calendar part when the mail is parsed", async () => {
    const raw = [
      "From: Wren Castillo <wren.castillo@harbor.example>",
      "To: jordan.lee@gmail.com",
      "Subject: Invitation: Panel interview",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "You are invited to a panel interview.",
      "--b1",
      'Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"',
      "Content-Transfer-Encoding: base64",
      "",
      btoa(
        calendar(
          "BEGIN:VEVENT",
          "UID:panel-3@harbor.example",
          "ORGANIZER;CN=Wren Castillo:mailto:wren.castillo@harbor.example",
          "ATTENDEE;CN=Kofi Osei:mailto:kofi.osei@harbor.example",
          "END:VEVENT",
        ),
      ),
      "--b1--",
      "",
    ].join("\r\n");
    const email = await parseEmail(new TextEncoder().encode(raw));
    expect(email.invitation).toEqual({
      organizer: { name: "Wren Castillo", address: "wren.castillo@harbor.example" },
      attendees: [{ name: "Kofi Osei", address: "kofi.osei@harbor.example" }],
    });
  });
});
