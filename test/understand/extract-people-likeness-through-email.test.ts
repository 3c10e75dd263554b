import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

describe("a person must be a person, through the Worker", () => {
  it("drafts to nobody for a firm's legal name on a relay", async () => {
    const s = await forwardToRebound({
      from: "Brisa Soluções Digitais Ltda <no-reply@brisa.example>",
      subject: "Atualização sobre a sua candidatura",
      body: [
        "Olá Jordan,",
        "",
        "Agradecemos o seu interesse na vaga de Desenvolvedor Backend. Infelizmente decidimos seguir com outros candidatos.",
        "",
        "Atenciosamente,",
        "Brisa Soluções Digitais Ltda",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual([]);
  });

  it("keeps no 'our client' as a person in an agency's German mail", async () => {
    const s = await forwardToRebound({
      from: "Lennart Oberhoff <l.oberhoff@nordkraft-personal.example>",
      subject: "Spannende Position als Backend-Entwickler",
      body: [
        "Hallo Jordan,",
        "",
        "Unser Kunde, ein Maschinenbauer im Münsterland, sucht einen Backend-Entwickler (m/w/d). Hätten Sie Zeit für ein kurzes Telefonat?",
        "",
        "Viele Grüße",
        "Lennart Oberhoff",
        "Personalberater IT",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Lennart Oberhoff"]);
  });

  it("writes a surname-first sender in the order her address spells", async () => {
    const s = await forwardToRebound({
      from: "Bellandi Serena <serena.bellandi@fornace.example>",
      subject: "Colloquio per Sviluppatore Backend",
      body: [
        "Gentile Jordan,",
        "",
        "la invitiamo a un colloquio per la posizione di Sviluppatore Backend martedì alle 10:00.",
        "",
        "Cordiali saluti,",
        "BELLANDI Serena",
        "HR, Fornace",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Serena Bellandi"]);
  });

  it("counts 'Dott. Di Stefano' as Marco Di Stefano, also addressed", async () => {
    const s = await forwardToRebound({
      from: "Chiara Ventresca <chiara.ventresca@vetreria.example>",
      to: "Jordan Lee <jordan.lee@gmail.com>, Marco Di Stefano <marco.distefano@vetreria.example>",
      subject: "Colloquio per Sviluppatore Backend",
      body: [
        "Gentile Jordan,",
        "",
        "scrivo per conto del Dott. Di Stefano, che desidera incontrarla martedì alle 11:00 per un colloquio.",
        "",
        "Cordiali saluti,",
        "Chiara Ventresca",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name).sort()).toEqual(["Chiara Ventresca", "Marco Di Stefano"]);
  });

  it("drafts nothing to the candidate who was hired, named in a relative clause", async () => {
    const s = await forwardToRebound({
      from: "Renata Quintela <renata.quintela@caravela.example>",
      subject: "Retorno do processo",
      body: [
        "Olá Jordan,",
        "",
        "Obrigada pelas conversas. O Bruno, que acabou sendo contratado, tinha mais experiência com Kubernetes.",
        "",
        "Abraço,",
        "Renata Quintela",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Renata Quintela"]);
  });
});
