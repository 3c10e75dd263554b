import { describe, expect, it } from "vitest";
import { gmailForward } from "../support/forwarding.ts";
import { storedCategory } from "../support/stored-category.ts";

// One message of each kind fixed in classify-reason-kinds13.test.ts, forwarded from Gmail
// through the Worker's real email() handler. Words of our own, from no fixture.

/** The category and reason email() stored for a Gmail forward of `message`. */
const stored = (message: Parameters<typeof gmailForward>[0]) =>
  storedCategory(gmailForward(message));

describe("email(): an internal candidate chosen", () => {
  it("nl: stores a rejection for another candidate, not a closed position", async () => {
    const result = await stored({
      from: "Maartje Olthof <m.olthof@zeilmakerij-noord.example>",
      subject: "Re: Stand van zaken Product Owner",
      body: [
        "Hoi Jordan,",
        "",
        "Sorry dat het even duurde. Helaas heb ik geen goed nieuws: we hebben besloten de rol",
        "van Product Owner te geven aan een interne collega die het platform al drie jaar kent.",
        "Je gesprekken waren echt sterk, dus laat je niet ontmoedigen.",
        "",
        "Groet,",
        "Maartje",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "other_candidate" });
  });
});

describe("email(): a public post filled from its eligibility list", () => {
  it("en: stores a rejection for a closed position", async () => {
    const result = await stored({
      from: "Harold Minsk <hminsk@countyofbrannock.example>",
      subject: "RE: Status - Water Quality Technician",
      body: [
        "Good morning Jordan,",
        "",
        "The Water Quality Technician position was filled on May 9 from the certified eligible",
        "list, and the recruitment is now closed. The department made its appointment before",
        "your name was reached on the list.",
        "",
        "Regards,",
        "Harold Minsk",
        "Human Resources, County of Brannock",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "position_closed" });
  });
});

describe("email(): a hiring freeze that keeps the CV until it lifts", () => {
  it("de: stores a rejection on hold, not keep-on-file", async () => {
    const result = await stored({
      from: "Dr. Wiebke Sandmann <w.sandmann@klinikverbund-elde.example>",
      subject: "Ihre Bewerbung als Datenbankadministrator",
      body: [
        "Sehr geehrte Frau Lee,",
        "",
        "leider muss ich Ihnen mitteilen, dass wir das Verfahren für die Stelle vorerst",
        "aussetzen. Die Geschäftsführung hat einen Einstellungsstopp bis zum Sommer beschlossen.",
        "Ihre Unterlagen bewahren wir bis dahin auf, und ich melde mich, sobald die Stelle",
        "wieder freigegeben ist.",
        "",
        "Mit freundlichen Grüßen",
        "Wiebke Sandmann",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "on_hold" });
  });
});

describe("email(): a person's 'no' that names the skill the role needed", () => {
  it("en: stores a rejection not a fit, not feedback", async () => {
    const result = await stored({
      from: "Priya Castellane <priya@larchwood-robotics.example>",
      subject: "Larchwood - Controls Engineer",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for the time on the practical. I'll be straight with you: we're not going to",
        "move forward for the Controls Engineer position. You haven't yet done much hands-on",
        "motor control work, and that is the one thing this team needs from day one.",
        "",
        "Your write-up was excellent, though.",
        "Priya",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "not_a_fit_for_role" });
  });

  it("fr: overqualified is not a fit", async () => {
    const result = await stored({
      from: "Service recrutement <recrutement@agglo-valrose.example>",
      subject: "Votre candidature - Technicien support",
      body: [
        "Madame,",
        "",
        "Après examen de votre candidature, nous sommes au regret de ne pas pouvoir y donner",
        "une suite favorable : le jury estime que vous êtes surqualifiée pour ce poste de",
        "technicien de premier niveau.",
        "",
        "Nous vous prions d'agréer nos salutations distinguées.",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "not_a_fit_for_role" });
  });
});

describe("email(): a founder keeps the reader on a list", () => {
  it("de: stores keep-on-file", async () => {
    const result = await stored({
      from: "Malte Okonkwo <malte@kranfeld.example>",
      subject: "Kranfeld x Jordan",
      body: [
        "Hey Jordan,",
        "",
        "kurzes Update: Die Stelle haben wir mit jemandem aus unserem Freelancer-Netzwerk besetzt.",
        "Der eigentliche Grund für meine Mail: Nach der Finanzierungsrunde im Frühjahr stellen",
        "wir zwei weitere Engineers ein. Ich würde dich gern auf meiner Liste behalten und mich",
        "direkt melden, sobald wir die Stelle aufmachen. Ist das okay für dich?",
        "",
        "Malte",
      ],
    });
    expect(result.category).toBe("keep_on_file");
  });
});

describe("email(): a mentor's advice on the search and the CV", () => {
  it("en: stores other, not feedback", async () => {
    const result = await stored({
      from: "Gus Whitlow <gus.whitlow@fastmail.example>",
      subject: "Re: rough week",
      body: [
        "Jordan,",
        "",
        "Six no's in two weeks is the market, not you. My advice, in order:",
        "1. Apply to fewer places and go deep on each one.",
        "2. Ask for feedback once after an interview, then let it go.",
        "3. Your CV buries the billing rewrite. Put numbers on it.",
        "",
        "Call me Sunday if you want to go through the CV together.",
        "Gus",
      ],
    });
    expect(result.category).toBe("other");
  });
});

describe("email(): a day proposed as a question after an application", () => {
  it("nl: stores an interview invitation", async () => {
    const result = await stored({
      from: "Sven Hoekman <sven@waddenlab.example>",
      subject: "Re: Sollicitatie data engineer",
      body: [
        "Hoi Jordan,",
        "",
        "Dank voor je sollicitatie, je ervaring met streaming past goed bij wat we doen.",
        "Heb je donderdag tijd om even kennis te maken met mij en onze CTO?",
        "",
        "Groet,",
        "Sven",
      ],
    });
    expect(result.category).toBe("interview_invite");
  });
});
