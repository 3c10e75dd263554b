import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { employerForCategory } from "../../src/understand/extract/company-no-employer.ts";
import type { SenderInfo } from "../../src/understand/extract/sender.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { expectEmployer } from "../support/employer-of.ts";
import { gmailForward, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Every firm, person and address here is invented for these tests.

describe("a person writing from her own firm about a role at another firm", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: a former manager who heads data elsewhere",
      "Tom Baker <tom.baker@fenwickmutual.example>",
      "a lead for you",
      "Hi Jordan,\n\nMy old manager Priya Raman now heads data at Quillmoor and they are looking for an analytics engineer. Happy to pass your name on.\n\nTom\n\n--\nTom Baker\nStaff Engineer, Fenwick Mutual\n",
      "Quillmoor",
    ],
    [
      "de: a former colleague who works at another firm",
      "Max Huber <max.huber@brandholz.example>",
      "Stelle bei Falkenried",
      "Hallo Jordan,\n\nmeine frühere Kollegin Jana Krüger arbeitet jetzt bei Falkenried und sucht eine Backend-Entwicklerin. Schreib ihr einfach.\n\nGrüße\nMax\n\n--\nMax Huber\nTeamleiter IT, Brandholz Versicherung AG\n",
      "Falkenried",
    ],
    [
      "fr: the address given names the other firm",
      "Camille Roux <camille.roux@mutuelle-garonne.example>",
      "un poste pour toi",
      "Salut Jordan,\n\nMon ancien collègue Hugo Lefèvre travaille chez Ardoisine et ils cherchent un ingénieur data. Écris-lui : hugo@ardoisine.example\n\nCamille\n\n--\nCamille Roux\nCheffe de projet, Mutuelle Garonne\n",
      "Ardoisine",
    ],
    [
      "pt: only the address and the prose name the firm",
      "João Pires <joao.pires@seguros-tejo.example>",
      "vaga",
      "Olá Jordan,\n\nA equipa da Marta na Corvina procura um engenheiro de dados. Podes escrever-lhe diretamente: marta.silva@corvina.example\n\nAbraço,\nJoão\n\n--\nJoão Pires\nAnalista, Seguros Tejo\n",
      "Corvina",
    ],
    [
      "it: the friend's firm is named with the role, the writer's only in her signature",
      "Sara Conti <sara.conti@banca-brenta.example>",
      "posizione in Rovere",
      "Ciao Jordan,\n\nun mio ex collega, Paolo Greco, è engineering manager in Rovere e mi ha detto che cercano un Data Engineer.\n\nSara\n\n--\nSara Conti\nAnalista, Banca Brenta S.p.A.\n",
      "Rovere",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });

  it("keeps the writer's own firm when she speaks for it ('on our side')", async () => {
    await expectEmployer(
      "Lena Park <lena.park@harrowgate.example>",
      "Re: Thanks for the interview",
      "Hi Jordan,\n\nSorry it didn't work out on our side. A friend of mine, Omar Reyes, runs the platform team at Tidecroft and they're hiring. I can introduce you.\n\nLena\n\nLena Park\nEngineering Manager, Harrowgate Analytics\n",
      "Harrowgate Analytics",
    );
  });
});

describe("a founder writing from a personal mailbox names the firm by its site or 'we at'", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: the site in the signature",
      "Ada Quint <ada.quint.dev@gmail.com>",
      "Re: Backend Engineer",
      "Hi Jordan,\n\nThanks for the application. I'd love a short call about the Backend Engineer role next week.\n\nAda\n\n--\nAda Quint · Founder\nhttps://marrowfield.example\n",
      "Marrowfield",
    ],
    [
      "es: a bare domain in the signature",
      "Luis Ortega <luis.ortega.dev@gmail.com>",
      "Re: Ingeniero de Datos",
      "Hola Jordan,\n\nLeí tu CV y me gustaría charlar sobre el puesto de Ingeniero de Datos.\n\nSaludos,\nLuis\n\n--\nLuis Ortega · CTO\nbrezolar.example\n",
      "Brezolar",
    ],
    [
      "de: 'wir bei …' in the prose",
      "Nina Roth <nina.roth@gmx.de>",
      "Re: Backend-Entwicklerin",
      "Hallo Jordan,\n\nwir bei Kornblick bauen Software für Bäckereien und suchen genau jemanden wie dich. Hast du Dienstag Zeit?\n\nNina\n",
      "Kornblick",
    ],
    [
      "nl: 'wij bij …' with a first-name brand that the domain spells",
      "Thijs de Boer <thijs@emma.example>",
      "Re: Developer",
      "Hoi Jordan,\n\nWij bij Emma bouwen planningssoftware en je ervaring past precies. Zullen we koffie drinken?\n\nThijs\n",
      "Emma",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("labels and inflections are not the firm's name", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: a scheduling tool's 'New Event' title",
      "Calendly <notifications@calendly.com>",
      "New Event: Jordan Lee - 10:00am Tue, Dec 8, 2026 - Brackwater Labs - Data Engineer interview",
      "A new event has been scheduled.\n\nEvent type: Data Engineer interview\nInvitee: Jordan Lee\n",
      "Brackwater Labs",
    ],
    [
      "de: 'an den Stadtwerken …' where the sender prints 'Stadtwerke …'",
      "Stadtwerke Lindenau GmbH <bewerbung@stadtwerke-lindenau.example>",
      "Eingangsbestätigung",
      "Guten Tag Jordan,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an den Stadtwerken Lindenau. Wir melden uns in Kürze.\n\nIhr Personalteam\n",
      "Stadtwerke Lindenau",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("mail about no job: the sender's own hiring or the reader's candidacy is never its subject", () => {
  const brand = (person: string | null, robot: boolean, domain: string): SenderInfo => ({
    address: `news@${domain}`,
    robot,
    self: false,
    person,
    org: null,
    domain,
  });
  it.each<[string, SenderInfo, boolean, string, string | null]>([
    [
      "en: a brand's name on a billing mailbox, no work word",
      brand("Kettle CI", false, "kettleci.example"),
      false,
      "You've used 90% of your build minutes\nUpgrade for more minutes.",
      null,
    ],
    [
      "nl: a product update from a brand's mailbox",
      brand("Notitieboek", false, "notitieboek.example"),
      false,
      "Nieuw in Notitieboek\nVanaf vandaag kun je lijsten delen.",
      null,
    ],
    [
      "en: a newsletter whose 'Jobs' section lists others' roles",
      brand(null, true, "tailwinds.example"),
      true,
      "Tailwinds Weekly #40\nJobs: Corran is hiring a Staff SRE.\nRead more on retries.",
      null,
    ],
    [
      "de: a meetup's talks",
      brand(null, true, "meetup-hafen.example"),
      true,
      "Einladung: Hafen DevOps #12\nZwei Gespräche über Kubernetes, danach Pizza.",
      null,
    ],
    [
      "it: an employer's newsletter naming itself with its openings",
      brand(null, true, "lanterna.example"),
      true,
      "Notizie\nNuove posizioni in Cybersecurity saranno pubblicate a febbraio dalla community talenti di Lanterna.",
      "Lanterna",
    ],
    [
      "fr: an employer's newsletter speaking as 'nous'",
      brand(null, true, "girolle.example"),
      true,
      "Lettre carrières\nNous recrutons trois ingénieurs cet hiver.",
      "Girolle",
    ],
    [
      "es: a person's own mail keeps her firm",
      { ...brand("Elena Soto", false, "cierzo.example"), address: "elena.soto@cierzo.example" },
      false,
      "Hola\n¿Un café el jueves?",
      "Cierzo",
    ],
  ])("%s", (_, sender, bulk, text, want) => {
    const company = want ?? sender.domain?.split(".")[0] ?? "";
    expect(employerForCategory(company, "other", null, sender, text, bulk)).toBe(want);
  });
});

describe("through the Worker", () => {
  it("stores the firm a friend's referral names, not the friend's own employer", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: "Femke Smit <femke.smit@dijkwacht-verzekeringen.example>",
        subject: "Vacature bij Zeegras",
        body: [
          "Hoi Jordan,",
          "",
          "Mijn zwager Ruben de Wit werkt bij Zeegras en zij zoeken een Data Engineer. Mail hem gerust: ruben@zeegras.example",
          "",
          "Groetjes,",
          "Femke",
          "",
          "Femke Smit",
          "Teamlead BI | Dijkwacht Verzekeringen",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const names = (await stored(userId)).companies.map(companyKey);
    expect(names).toContain(companyKey("Zeegras"));
    expect(names).not.toContain(companyKey("Dijkwacht Verzekeringen"));
  });

  it("stores the firm a founder's site names when she writes from a personal mailbox", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: "Mateo Ruiz <mateo.ruiz.dev@outlook.com>",
        subject: "Re: Senior iOS Engineer",
        body: [
          "Hi Jordan,",
          "",
          "Thanks for the take-home. For the Senior iOS Engineer role I'm going to pass this time, sorry.",
          "",
          "Mateo",
          "",
          "--",
          "Mateo Ruiz",
          "quillmere.example | calmer budgeting",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const names = (await stored(userId)).companies.map(companyKey);
    expect(names).toEqual([companyKey("Quillmere")]);
  });

  it("stores no company for a tool's product update forwarded by mistake", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: "Planwerk <nieuws@planwerk.example>",
        subject: "Nieuw in Planwerk: terugkerende taken",
        body: [
          "Hallo Jordan,",
          "",
          "Vanaf vandaag kun je in Planwerk taken laten terugkomen: dagelijks of wekelijks.",
          "",
          "Team Planwerk",
          "Planwerk B.V., Oudegracht 1, Utrecht",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    expect((await stored(userId)).companies).toEqual([]);
  });
});
