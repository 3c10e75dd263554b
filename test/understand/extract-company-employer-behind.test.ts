import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { completesATitle } from "../../src/understand/extract/company-candidates.ts";
import { clientsActingIn } from "../../src/understand/extract/company-clients.ts";
import {
  isGenericGovernment,
  readsAsPublicBody,
} from "../../src/understand/extract/company-lines.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { expectEmployer } from "../support/employer-of.ts";
import { gmailForward, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Every firm, body, person and address here is invented for these tests.

describe("the firm whose verdict an agency reports", () => {
  it.each<[string, string, string[]]>([
    [
      "en: feedback from",
      "I've had feedback back from Corvane Logistics on the role.",
      ["Corvane Logistics"],
    ],
    [
      "en: after 'and'",
      "I spoke to their CTO, and Tellmore Foods would like to meet you.",
      ["Tellmore Foods"],
    ],
    [
      "en: after a dash",
      "Sad news - Brightwell Mutual have gone with someone else.",
      ["Brightwell Mutual"],
    ],
    [
      "de: Rückmeldung von",
      "Ich habe eine Rückmeldung von Falkner Maschinenbau erhalten.",
      ["Falkner Maschinenbau"],
    ],
    [
      "fr: me demande",
      "Petit souci : Verrières Conseil me demande de décaler l'entretien.",
      ["Verrières Conseil"],
    ],
    [
      "es: respuesta de",
      "Ya tengo respuesta de Almenara Foods sobre tu candidatura.",
      ["Almenara Foods"],
    ],
    [
      "nl: terugkoppeling van",
      "Ik kreeg terugkoppeling van Duinrand Logistiek over je gesprek.",
      ["Duinrand Logistiek"],
    ],
    [
      "it: riscontro da",
      "Ho avuto un riscontro da Tessiture Varesine sul colloquio.",
      ["Tessiture Varesine"],
    ],
    ["pt: retorno da", "Recebi o retorno da Farol Energia sobre a entrevista.", ["Farol Energia"]],
    ["a pronoun is no firm", "Unfortunately they have gone with another candidate.", []],
  ])("%s", (_, text, want) => {
    expect(clientsActingIn(text)).toEqual(want);
  });
});

describe("a generic label for government is no body that hires", () => {
  it.each<[string, boolean, boolean]>([
    ["the Federal Government", true, false],
    ["Bundesverwaltung", true, false],
    ["la fonction publique", true, false],
    ["Administración Pública", true, false],
    ["de Rijksoverheid", true, false],
    ["Pubblica Amministrazione", true, false],
    ["Administração Pública", true, false],
    ["Office of Tidal Surveys", false, true],
    ["Bundesamt für Küstenschutz", false, true],
    ["Ministère de la Mer", false, true],
    ["Ayuntamiento de Villaseca", false, true],
    ["Gemeente Dijkvliet", false, true],
    ["Comune di Borgoalto", false, true],
    ["Câmara Municipal de Sardoal", false, true],
    ["Dunmore County Government", false, false],
    ["Harlow Analytics", false, false],
  ])("%s", (name, generic, body) => {
    expect(isGenericGovernment(name)).toBe(generic);
    expect(readsAsPublicBody(name)).toBe(body);
  });
});

describe("a name completing a job title is no firm", () => {
  it.each<[string, boolean]>([
    ["a função de Arquiteto(a) de ", true],
    ["la vacante de Ingeniero de ", true],
    ["the Head of ", true],
    ["le poste de Responsable des ", true],
    ["proposta de ", false],
    ["the role at ", false],
  ])("%s", (before, want) => {
    expect(completesATitle(before)).toBe(want);
  });
});

describe("the employer behind the messenger", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: an agency relays its client's verdict",
      "Rhian Moss <rhian.moss@bellwetherpeople.example>",
      "DevOps Engineer",
      "Hi Jordan,\n\nI've just had feedback from Corvane Logistics on the DevOps Engineer role. Unfortunately they've decided to go with another candidate.\n\nBest,\nRhian Moss\nSenior Recruitment Consultant | Bellwether People\n",
      "Corvane Logistics",
    ],
    [
      "fr: a cabinet reports its client's request",
      "Inès Fabre <ines.fabre@cabinet-orme.example>",
      "Entretien",
      "Bonjour Jordan,\n\nPetit changement : Verrières Conseil me demande de décaler votre entretien à vendredi.\n\nBien à vous,\nInès Fabre\nConsultante\nOrme Partners – Cabinet de recrutement\n",
      "Verrières Conseil",
    ],
    [
      "en: a named bureau over 'the Federal Government'",
      '"Jobs Portal" <no-reply@jobsportal.example>',
      "Your application status has changed",
      "Dear Jordan Lee,\n\nThe status of your application has changed:\n\n    Data Analyst\n    Office of Tidal Surveys\n    Status: Not Referred\n\nYou do not meet the minimum qualifications for this position.\n\nThank you for your interest in a career with the Federal Government.\n",
      "Office of Tidal Surveys",
    ],
    [
      "es: a group writes for the member its sentence names",
      "Marta Gil <marta.gil@grupoaltamar.example>",
      "Proceso de selección",
      "Hola Jordan:\n\nTe escribo para informarte de que Brisamar ha decidido cerrar la vacante de Analista de Datos Cloud.\n\nUn saludo,\n\nMarta Gil\nSelección\nGrupo Altamar | Brisamar · Altamar Seguros · Altamar Viajes\n",
      "Brisamar",
    ],
    [
      "pt: a group's offer for its member, the role's field no firm",
      "Rita Lopes <rita.lopes@gruposerrano.example>",
      "Proposta",
      "Olá Jordan,\n\nÉ com alegria que formalizo a proposta da Caju para a posição de Gerente de Pagamentos Digitais!\n\nAbraço,\n\nRita Lopes\nPessoas\nGrupo Serrano — Caju · Serrano Varejo · Serrano Log\n",
      "Caju",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("through the Worker", () => {
  it("stores an agency's client, not the agency, when the agency reports the client's decision", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: "Owen Pryce <owen.pryce@larchtalent.example>",
        subject: "Tellmore - offer",
        body: [
          "Jordan,",
          "",
          "Just off the phone with their CTO, and Tellmore Foods would like to offer you the Platform Engineer role!",
          "",
          "Owen",
          "",
          "Owen Pryce",
          "Senior Consultant - Cloud",
          "Larch Talent Ltd",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const names = (await stored(userId)).companies.map(companyKey);
    expect(names).toContain(companyKey("Tellmore Foods"));
    expect(names).not.toContain(companyKey("Larch Talent"));
  });

  it("stores the body a portal names, not a generic label for government", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: '"Jobs Portal" <no-reply@jobsportal.example>',
        subject: "Your application status has changed",
        body: [
          "Dear Jordan Lee,",
          "",
          "The status of your application has changed:",
          "",
          "    Data Analyst",
          "    Office of Tidal Surveys",
          "    Status: Not Referred",
          "",
          "You do not meet the minimum qualifications for this position.",
          "",
          "Thank you for your interest in a career with the Federal Government.",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const names = (await stored(userId)).companies.map(companyKey);
    expect(names).toContain(companyKey("Office of Tidal Surveys"));
    expect(names).not.toContain(companyKey("Federal Government"));
  });

  it("stores the member a group's sentence names, not the group", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: "Marta Gil <marta.gil@grupoaltamar.example>",
        subject: "Proceso de selección",
        body: [
          "Hola Jordan:",
          "",
          "Te escribo para informarte de que Brisamar ha decidido cerrar la vacante de Analista de Datos Cloud.",
          "",
          "Un saludo,",
          "",
          "Marta Gil",
          "Selección",
          "Grupo Altamar | Brisamar · Altamar Seguros · Altamar Viajes",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const names = (await stored(userId)).companies.map(companyKey);
    expect(names).toContain(companyKey("Brisamar"));
    expect(names).not.toContain(companyKey("Grupo Altamar"));
  });
});
