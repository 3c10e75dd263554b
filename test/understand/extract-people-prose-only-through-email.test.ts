import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

const FEEDBACK = [
  "Hi Jordan,",
  "",
  "As promised, some feedback. Your system design session with Thaddeus went really well, and Thaddeus said you explained the trade-offs clearly. In the end we chose a candidate with more on-call experience.",
  "",
  "Best,",
  "Imara Feldgate",
  "Talent Partner, Corbelwick",
].join("\r\n");

describe("through email(): no draft to a person the mail only names in passing", () => {
  it("drafts only to the writer when feedback names an interviewer in passing", async () => {
    const s = await forwardToRebound({
      from: "Imara Feldgate <imara.feldgate@corbelwick.example>",
      subject: "Feedback on your interviews",
      body: FEEDBACK,
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Imara Feldgate"]);
    expect(s.drafts.length).toBeGreaterThan(0);
    for (const d of s.drafts) expect(d.name).toBe("Imara Feldgate");
    // Stored pending, for the digest to ask about.
    expect(s.toConfirm).toEqual(["Thaddeus"]);
  });

  it("keeps the interviewer the user's note names", async () => {
    const s = await forwardToRebound({
      from: "Imara Feldgate <imara.feldgate@corbelwick.example>",
      subject: "Feedback on your interviews",
      note: "Thaddeus ran the design round, great rapport with him.",
      body: FEEDBACK,
    });
    expect(s.contacts.map((c) => c.name).sort()).toEqual(["Imara Feldgate", "Thaddeus"]);
  });

  it("keeps the panel an invitation names in Spanish", async () => {
    const s = await forwardToRebound({
      from: "Nerea Solanilla <nerea.solanilla@brezomar.example>",
      subject: "Entrevista técnica",
      body: [
        "Hola Jordan:",
        "",
        "Nos gustaría invitarte a una entrevista técnica. Será conmigo y con Gervasio Laredo, responsable del equipo de datos. ¿Te viene bien el martes a las 10:00?",
        "",
        "Un saludo,",
        "Nerea Solanilla",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name).sort()).toEqual(["Gervasio Laredo", "Nerea Solanilla"]);
  });
});
