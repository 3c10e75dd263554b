import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

describe("a name's role in the message, through the Worker", () => {
  it("keeps no friend who only passed on that the user is looking (Italian)", async () => {
    const s = await forwardToRebound({
      from: "Ettore Bassani <ettore.bassani@pellicano.example>",
      subject: "due chiacchiere?",
      body: [
        "Ciao Jordan,",
        "",
        "Noi di Pellicano cerchiamo un Backend Developer e Tommaso mi ha parlato benissimo di te. Ti va una videochiamata giovedì con me e Giulia?",
        "",
        "Un saluto,",
        "Ettore Bassani",
      ].join("\r\n"),
    });
    const names = s.contacts.map((c) => c.name);
    expect(names).toContain("Ettore Bassani");
    expect(names).toContain("Giulia");
    expect(names).not.toContain("Tommaso");
  });

  it("keeps no friend who told the referrer the user is looking (English)", async () => {
    const s = await forwardToRebound({
      from: "Priscilla Okonjo <priscilla.okonjo@tidewell.example>",
      subject: "Want me to refer you?",
      body: [
        "Hey Jordan,",
        "",
        "Tobias told me you're looking! We're hiring a Platform Engineer on my team at Tidewell and I'd happily refer you. Send me your CV.",
        "",
        "Priscilla Okonjo",
        "Staff Engineer, Tidewell",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Priscilla Okonjo"]);
  });

  it("keeps no leader quoted at an all-hands (Spanish, 'con' in the quote)", async () => {
    const s = await forwardToRebound({
      from: "Nerea Salvatierra <nerea.salvatierra@alcotan.example>",
      subject: "Te refiero para Backend en Alcotan?",
      body: [
        "¡Hola Jordan!",
        "",
        "Hay una vacante de Ingeniero/a Backend y te puedo referir. En el all-hands del lunes nuestro CEO, Gonzalo Arriaga, dijo que este año toca crecer con cabeza, pero esta vacante está aprobada.",
        "",
        "Un abrazo,",
        "Nerea Salvatierra",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Nerea Salvatierra"]);
  });

  it("keeps no out-of-office deputy for payroll, keeps one for applications (German)", async () => {
    const payroll = await forwardToRebound({
      from: "Henrike Astfalk <h.astfalk@zeisigwerk.example>",
      subject: "Abwesenheitsnotiz: Ihre Bewerbung",
      body: [
        "Guten Tag,",
        "",
        "ich bin bis einschließlich 20.11. nicht im Büro. Bei Fragen zur Gehaltsabrechnung wenden Sie sich bitte an Herrn Lothar Brenninger (lohn@zeisigwerk.example).",
        "",
        "Mit freundlichen Grüßen",
        "Henrike Astfalk",
        "Personalreferentin Recruiting",
      ].join("\r\n"),
    });
    expect(payroll.contacts.map((c) => c.name)).toEqual(["Henrike Astfalk"]);

    const hiring = await forwardToRebound({
      from: "Henrike Astfalk <h.astfalk@zeisigwerk.example>",
      subject: "Abwesenheitsnotiz: Ihre Bewerbung",
      body: [
        "Guten Tag,",
        "",
        "ich bin bis einschließlich 20.11. nicht im Büro. Bei Fragen zu Ihrer Bewerbung wenden Sie sich bitte an Frau Ilka Brandauer (ilka.brandauer@zeisigwerk.example).",
        "",
        "Mit freundlichen Grüßen",
        "Henrike Astfalk",
        "Personalreferentin Recruiting",
      ].join("\r\n"),
    });
    expect(hiring.contacts.map((c) => c.name).sort()).toEqual([
      "Henrike Astfalk",
      "Ilka Brandauer",
    ]);
  });

  it("reads the words of a job title after 'poste de' as no person (French)", async () => {
    const s = await forwardToRebound({
      from: "Solène Marchetti <solene.marchetti@outlook.fr>",
      subject: "Lead Dev Full Stack - suite",
      body: [
        "Bonjour Jordan,",
        "",
        "Votre échange avec Bastien s'est très bien passé. Je vous propose une demi-journée avec nous pour la dernière étape du poste de Lead Dev Full Stack.",
        "",
        "À très vite,",
        "Solène Marchetti",
        "Fondatrice, Ardoisier",
      ].join("\r\n"),
    });
    const names = s.contacts.map((c) => c.name);
    expect(names).not.toContain("Dev Full Stack");
    // The one who interviewed the user is a participant in the process.
    expect(names).toContain("Bastien");
  });

  it("keeps the referrer the user's note names beside a job board's receipt", async () => {
    const s = await forwardToRebound({
      from: "Indeed Apply <indeedapply@indeed.com>",
      subject: "Application submitted: QA Automation Engineer",
      note: "Applied through Indeed. Kofi put in a word with the HM.",
      body: [
        "Your application has been submitted",
        "",
        "QA Automation Engineer",
        "Marigold Works - Austin, TX",
        "",
        "Good luck, Jordan! Marigold Works will contact you if they'd like to move forward.",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Kofi"]);
  });
});
