import { describe, expect, it } from "vitest";
import { gmailForward, handled } from "../support/forwarding.ts";

// Acknowledgements whose caveats sound like a "no", and a withdrawal Jordan made, sent through
// the Worker's real email() handler as Gmail forwards them. Words of our own, from no fixture.

describe("email(): an acknowledgement that sounds negative decides nothing", () => {
  it.each([
    {
      language: "en",
      from: "Quarrymoor Analytics <no-reply@quarrymoor.example>",
      subject: "Your application: Data Quality Engineer",
      body: [
        "Dear Jordan,",
        "",
        "Thank you for your application for the Data Quality Engineer role at Quarrymoor Analytics.",
        "We have received it and our recruitment team will review it over the coming weeks.",
        "Because so many people apply, we cannot respond to every applicant individually.",
        "If you have not heard from us within four weeks, please assume we will not be taking",
        "your application further on this occasion.",
        "",
        "Quarrymoor Analytics Recruitment",
      ],
    },
    {
      language: "de",
      from: "Tannhof Logistik Karriere <karriere@tannhof-logistik.example>",
      subject: "Ihre Bewerbung als Datenanalyst",
      body: [
        "Sehr geehrte/r Jordan Lee,",
        "",
        "vielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d). Wir haben Ihre Unterlagen gut",
        "erhalten. Leider können wir nicht jede Bewerbung einzeln beantworten. Sollten Sie",
        "innerhalb von sechs Wochen nichts von uns hören, haben wir uns anders entschieden.",
        "",
        "Ihr Recruiting-Team der Tannhof Logistik",
      ],
    },
  ])("$language: records an application at stage applied and drafts nothing", async (message) => {
    const { stored, drafts, applications } = await handled(gmailForward(message));
    expect(stored?.category).toBe("application_received");
    expect(drafts).toBe(0);
    expect(applications).toEqual([{ stage: "applied", outcome: "open" }]);
  });

  it("reads a confirmation that Jordan withdrew as neither a receipt nor a rejection", async () => {
    const raw = gmailForward({
      from: "Harrowfield Health Recruiting <no-reply@harrowfield-health.example>",
      subject: "Application withdrawn - Platform Engineer",
      body: [
        "Hi Jordan,",
        "",
        "This message confirms that you have withdrawn your application for the Platform",
        "Engineer position at Harrowfield Health. Should you change your mind, you are welcome",
        "to apply again while the role is open.",
        "",
        "Harrowfield Health Recruiting",
      ],
    });
    const { stored, drafts } = await handled(raw);
    expect(stored?.category).not.toBe("application_received");
    expect(stored?.category).not.toBe("rejection");
    expect(drafts).toBe(0);
  });
});
