import { describe, expect, it } from "vitest";
import { forwardToRebound, type Stored } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

/** Everyone Rebound stored or drafted to is one of these real people. */
function onlyThesePeople(s: Stored, names: string[]): void {
  expect(s.contacts.map((c) => c.name).sort()).toEqual([...names].sort());
  for (const d of s.drafts) expect(names).toContain(d.name);
}

describe("no draft goes to someone who is not clearly a person meant as a contact", () => {
  it("drafts to nobody from an ATS form that writes the user's own name another way", async () => {
    const s = await forwardToRebound({
      from: "Fernhill Labs <fernhill@myworkday.com>",
      to: "Jordan A Lee <jlee1990@hotmail.example>",
      subject: "Your application to Fernhill Labs",
      body: [
        "Dear Jordan A. Lee,",
        "",
        "Candidate: LEE, JORDAN",
        "Position: Site Reliability Engineer",
        "",
        "Thank you for your interest. After careful review we have decided to move forward with other candidates.",
        "",
        "Fernhill Labs Talent Acquisition",
        "Grace Hopper Hall, 100 Quay Street",
      ].join("\r\n"),
    });
    onlyThesePeople(s, []);
    expect(s.drafts).toEqual([]);
  });

  it("drafts to nobody copied from a team box whose address reads like a name", async () => {
    const s = await forwardToRebound({
      from: "Fernhill Labs <no-reply@fernhill.example>",
      to: "Jordan Lee <jordan.lee@gmail.com>, Candidate Experience <candidate.experience@fernhill.example>",
      subject: "Update on your application",
      body: [
        "Hi Jordan,",
        "",
        "We have decided not to proceed with your application for the Data Engineer role.",
        "",
        "Kind regards,",
        "People Operations",
      ].join("\r\n"),
    });
    onlyThesePeople(s, []);
    expect(s.drafts).toEqual([]);
  });

  it("drafts only to the recruiter, not to a quoted founder, a colleague on leave or the user's references", async () => {
    const s = await forwardToRebound({
      from: "Ines Vidal <ines.vidal@fernhill.example>",
      subject: "Your application with Fernhill Labs",
      body: [
        "Hi Jordan,",
        "",
        "I've been looking after Priti's candidates while she's on parental leave, so I'm the one writing today.",
        "We have offered the Analytics Engineer role to another candidate. We did speak to your references, Laurent Bessière and Chloé Tran, and they were glowing.",
        "",
        "Warmly,",
        "Ines Vidal",
        "Recruiter, Fernhill Labs",
        "“We build with care” — Octavio Reyes Llorente, founder",
      ].join("\r\n"),
    });
    onlyThesePeople(s, ["Ines Vidal"]);
    expect(s.drafts.length).toBeGreaterThan(0);
  });

  it("drafts to the recruiter once, under the name she signs beside her nickname", async () => {
    const s = await forwardToRebound({
      from: "Lupe Navarro <lupe.navarro@fernhill.example>",
      subject: "Tu candidatura",
      body: [
        "Hola Jordan,",
        "",
        "Lamentablemente hemos decidido seguir con otra persona para el puesto de Backend Developer.",
        "",
        "Un saludo,",
        'Guadalupe "Lupe" Navarro',
        "Reclutadora, Fernhill Labs",
      ].join("\r\n"),
    });
    onlyThesePeople(s, ["Guadalupe Navarro"]);
    expect(s.drafts.map((d) => d.email)).toContain("lupe.navarro@fernhill.example");
  });
});
