import { describe, expect, it } from "vitest";
import { companiesInText } from "../../src/understand/extract/company-candidates.ts";
import { validCompany } from "../../src/understand/extract/company-name.ts";
import { understandPlain } from "../support/plain-message.ts";

// Kinds of employer error on mail between humans: a language or a tool that names a round read
// as the firm ("feedback from the C++ round"), and an agency that names the client it sent the
// candidate's CV to, outweighed by its own printed lines. Every firm, person and sentence below
// is invented.

describe("a language or a tool alone is no firm", () => {
  it.each<[string]>([["C++"], ["Python"], ["Kubernetes"], ["TypeScript"], ["SQL"], ["React"]])(
    "%s",
    (name) => {
      expect(validCompany(name)).toBeNull();
    },
  );

  it.each<[string]>([["Python Analytics Group"], ["Swift"], ["Rustwood Capital"]])(
    "a firm's name that holds one stays: %s",
    (name) => {
      expect(validCompany(name)).toBe(name);
    },
  );
});

describe("the client an agency sent the CV to", () => {
  it.each<[string, string, string]>([
    ["English", "I've now submitted your CV to Albury Foods for the role.", "Albury Foods"],
    [
      "German",
      "Ich habe Ihren Lebenslauf an die Nordkap Logistik weitergeleitet.",
      "Nordkap Logistik",
    ],
    ["French", "J'ai transmis votre CV à Ormeau Assurances ce matin.", "Ormeau Assurances"],
    ["Spanish", "Ya he enviado tu CV a Salinas Energía esta mañana.", "Salinas Energía"],
    ["Italian", "Ho inoltrato il tuo CV a Borgo Digitale stamattina.", "Borgo Digitale"],
    ["Dutch", "Ik heb je cv naar Dijkhuis Logistiek gestuurd.", "Dijkhuis Logistiek"],
    ["Portuguese", "Enviei o seu CV para Serra Verde Seguros hoje.", "Serra Verde Seguros"],
  ])("%s", (_kind, text, firm) => {
    expect(companiesInText(text).map((c) => c.name)).toContain(firm);
  });
});

describe("through the whole understanding", () => {
  it("an agency's CV sent to a client: the client, not the agency's printed lines", async () => {
    const u = await understandPlain(
      [
        "From: Nell Ashby <nell.ashby@harrowgatesearch.example>",
        "To: Jordan Lee <jordan.lee@gmail.com>",
        "Subject: RE: Senior Network Engineer - Albury Foods",
      ],
      [
        "Hi Jordan,",
        "",
        "Great to speak earlier. As discussed, I've now submitted your CV to Albury Foods for the Senior Network Engineer role (permanent, hybrid).",
        "",
        "Thanks,",
        "Nell",
        "",
        "Nell Ashby",
        "Senior Consultant - Infrastructure",
        "Harrowgate Search Ltd",
        "www.harrowgatesearch.example",
        "",
        "Harrowgate Search Ltd is registered in England and Wales (No. 01234567).",
      ].join("\n"),
    );
    expect(u.company).toBe("Albury Foods");
    expect(u.role).toBe("Senior Network Engineer");
  });

  it("feedback from a language's round names the firm in the subject", async () => {
    const u = await understandPlain(
      [
        "From: Tess Marlow <tess.marlow@quaylanetalent.example>",
        "To: Jordan Lee <jordan.lee@gmail.com>",
        "Subject: Ormsby Capital - feedback from the C++ round",
      ],
      [
        "Hi Jordan,",
        "",
        "As promised I pushed for proper feedback. The C++ round is what decided it: they felt you were slower than they needed on the order book exercise.",
        "",
        "Speak soon,",
        "Tess",
        "",
        "Tess Marlow",
        "Director, Quant & Technology",
        "Quay Lane Talent",
      ].join("\n"),
    );
    expect(u.company).toBe("Ormsby Capital");
  });
});
