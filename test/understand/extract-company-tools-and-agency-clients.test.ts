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

describe("a person the CV went to is no client", () => {
  it.each<[string, string]>([
    ["English, a doctor", "I passed your CV to Dr. Ada Obiora, who leads Applied ML."],
    ["English, a full name", "I've sent your CV to Marta Lindqvist, who runs the data team."],
    ["French", "J'ai transmis ton CV à Claire Morvan hier soir."],
  ])("%s", (_kind, text) => {
    expect(companiesInText(text)).toEqual([]);
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

describe("a friend who says where she works, passing the CV to another firm", () => {
  const referral = (from: string, subject: string, lines: string[]) =>
    understandPlain(
      [`From: ${from}`, "To: Jordan Lee <jordan.lee@gmail.com>", `Subject: ${subject}`],
      lines.join("\n"),
    );

  it.each<[string, string, string, string[], string]>([
    [
      "English",
      "Priya Venn <priya.venn@lodestonehealth.example>",
      "Tarnvale Robotics - passed your CV along",
      [
        "Hey Jordan!",
        "",
        "My neighbour's company, Tarnvale Robotics, is hiring a Senior Software Engineer. I sent your CV to their CTO yesterday; you can ping him directly: odo.brandt@tarnvalerobotics.example.",
        "",
        "For the record I'm still at Lodestone and have nothing to do with Tarnvale.",
        "",
        "Priya",
        "",
        "Priya Venn",
        "Senior Product Manager, Lodestone Health",
      ],
      "Tarnvale Robotics",
    ],
    [
      "German",
      "Katrin Wolff <katrin.wolff@moorbachenergie.example>",
      "Kieselgrund Robotik - dein Lebenslauf",
      [
        "Hallo Jordan,",
        "",
        "die Firma meines Bruders, Kieselgrund Robotik, sucht einen Senior Software Engineer. Ich habe deinen Lebenslauf an ihren CTO geschickt; du kannst ihm direkt schreiben: paul.engel@kieselgrund.example.",
        "",
        "Ich bin noch bei Moorbach und habe mit Kieselgrund sonst nichts zu tun.",
        "",
        "Katrin",
        "",
        "Katrin Wolff",
        "Produktmanagerin, Moorbach Energie",
      ],
      "Kieselgrund Robotik",
    ],
    [
      "French",
      "Claire Morvan <claire.morvan@pontaven-sante.example>",
      "Ormeval Robotique - ton CV",
      [
        "Salut Jordan,",
        "",
        "L'entreprise de mon frère, Ormeval Robotique, recrute un Senior Software Engineer. J'ai envoyé ton CV à leur CTO hier ; tu peux lui écrire directement : luc.garnier@ormeval.example.",
        "",
        "Pour info je suis toujours chez Pontaven et je n'ai rien à voir avec Ormeval.",
        "",
        "Claire",
        "",
        "Claire Morvan",
        "Cheffe de produit, Pontaven Santé",
      ],
      "Ormeval Robotique",
    ],
  ])("%s", async (_kind, from, subject, lines, firm) => {
    // The hiring firm, in its full or its short form; never the friend's own.
    const company = (await referral(from, subject, lines)).company ?? "";
    expect(firm.startsWith(company) && company.length > 3).toBe(true);
  });
});
