import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

const REJECTION = [
  "Hi Jordan,",
  "",
  "Thank you for interviewing for the Platform Engineer role. We have decided to move forward with another candidate.",
  "",
  "Best wishes,",
  "Odile Marchetti",
  "Talent Partner, Quarrystone",
].join("\r\n");

describe("no draft goes to a room, the user's own mailbox or someone named in passing", () => {
  it("drafts only to the recruiter when rooms were copied to book them", async () => {
    const s = await forwardToRebound({
      from: "Odile Marchetti <odile.marchetti@quarrystone.example>",
      to: "Jordan Lee <jordan.lee@gmail.com>, Rosalind Pike <rosalind.pike@rooms.quarrystone.example>, Boardroom Ada Byron <ada.byron.room@quarrystone.example>, Matterhorn <matterhorn@quarrystone.example>, Edison (8 seats) <edison@quarrystone.example>",
      subject: "Your interview with Quarrystone",
      body: REJECTION,
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Odile Marchetti"]);
    expect(s.drafts.length).toBeGreaterThan(0);
    for (const d of s.drafts) expect(d.name).toBe("Odile Marchetti");
  });

  it("drafts nothing to the user's own unlisted mailbox beside them in To", async () => {
    const s = await forwardToRebound({
      from: "Odile Marchetti <odile.marchetti@quarrystone.example>",
      to: "Jordan Lee <jordan.lee@gmail.com>, jordan.lee.dev@mail.example",
      subject: "Your interview with Quarrystone",
      body: REJECTION,
    });
    expect(s.contacts.map((c) => c.email)).toEqual(["odile.marchetti@quarrystone.example"]);
    for (const d of s.drafts) expect(d.email).toBe("odile.marchetti@quarrystone.example");
  });

  it("drafts nothing to the candidate hired instead or a predecessor who retired", async () => {
    const s = await forwardToRebound({
      from: "Odile Marchetti <odile.marchetti@quarrystone.example>",
      subject: "Your interview with Quarrystone",
      body: REJECTION.replace(
        "another candidate.",
        "another candidate. The role opened when Klaus Becker retired, and we decided to hire Daniel Brooks.",
      ),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Odile Marchetti"]);
    for (const d of s.drafts) expect(d.name).toBe("Odile Marchetti");
  });

  it("drafts nothing to the user's own surname after an honorific in their note", async () => {
    const s = await forwardToRebound({
      from: "Odile Marchetti <odile.marchetti@quarrystone.example>",
      subject: "Ihr Gespraech bei Quarrystone",
      note: "Sie schreibt Herr Lee, wie immer. Schade.",
      body: [
        "Guten Tag Herr Lee,",
        "",
        "vielen Dank für das Gespräch. Leider haben wir uns für eine andere Person entschieden.",
        "",
        "Mit freundlichen Grüßen",
        "Odile Marchetti",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Odile Marchetti"]);
    for (const d of s.drafts) expect(d.name).toBe("Odile Marchetti");
  });
});
