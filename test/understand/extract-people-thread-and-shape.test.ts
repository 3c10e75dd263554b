import { describe, expect, it } from "vitest";
import { understandPlain } from "../support/plain-message.ts";

// People a thread, a note or a signature's shape names, and a newsletter's writer who is
// nobody to write to. Every name, firm, address and sentence below is invented for these tests.

async function understand(headers: string[], body: string) {
  return understandPlain(headers, body);
}

const contactsOf = async (headers: string[], body: string) =>
  (await understand(headers, body)).contacts.map((c) => [c.name, c.email]);

describe("a first name the user's note adds to a list of people ('plus Tobias')", () => {
  it.each<[string, string]>([
    ["en", "Met Helena Brisk on the panel, plus Tobias. Close call."],
    ["de", "Im Panel waren Helena Brisk sowie Tobias. Knapp."],
    ["fr", "J'ai vu Helena Brisk ainsi que Tobias. Dommage."],
    ["es", "En el panel estaba Helena Brisk, además de Tobias. Una pena."],
    ["it", "Ho parlato con Helena Brisk, oltre a Tobias. Peccato."],
    ["pt", "Falei com a Helena Brisk, além de Tobias. Pena."],
  ])("%s", async (_, note) => {
    const contacts = await contactsOf(
      ["From: Jordan Lee <jordan.lee@gmail.com>", "To: jobs@jordanlee.dev", "Subject: Fwd: Update"],
      [
        note,
        "",
        "---------- Forwarded message ---------",
        "From: Corin Ashdown <corin.ashdown@pellwater.example>",
        "Date: Fri, 4 Dec 2026 at 10:00",
        "Subject: Update",
        "To: Jordan Lee <jordan.lee@gmail.com>",
        "",
        "Hi Jordan,",
        "",
        "We have decided to move forward with another candidate for the Analyst role.",
        "",
        "Best,",
        "Corin Ashdown",
      ].join("\n"),
    );
    expect(contacts).toContainEqual(["Tobias", null]);
  });
});

describe("the writer of a quoted earlier message whom the newest one names", () => {
  it.each<[string, string, string]>([
    [
      "en",
      "Thanks Helena for the introduction! Would Tuesday suit you for a call?",
      "On Fri, 4 Dec 2026 at 15:40, Helena Brisk <helena@thimble.example> wrote:",
    ],
    [
      "de",
      "Danke, Helena, für die Vorstellung! Passt Ihnen Dienstag für ein Gespräch?",
      "Am Fr., 4. Dez. 2026 um 15:40 Uhr schrieb Helena Brisk <helena@thimble.example>:",
    ],
    [
      "fr",
      "Merci Helena pour la présentation ! Mardi vous irait pour un appel ?",
      "Le ven. 4 déc. 2026 à 15:40, Helena Brisk <helena@thimble.example> a écrit :",
    ],
    [
      "es",
      "¡Gracias Helena por la presentación! ¿Te va bien el martes para una llamada?",
      "El vie, 4 dic 2026 a las 15:40, Helena Brisk (<helena@thimble.example>) escribió:",
    ],
    [
      "nl",
      "Dank Helena voor de introductie! Past dinsdag voor een gesprek?",
      "Op vr 4 dec 2026 om 15:40 schreef Helena Brisk <helena@thimble.example>:",
    ],
    [
      "it",
      "Grazie Helena per la presentazione! Martedì ti andrebbe bene per una chiamata?",
      "Il giorno ven 4 dic 2026 alle ore 15:40 Helena Brisk <helena@thimble.example> ha scritto:",
    ],
    [
      "pt",
      "Obrigado Helena pela apresentação! Terça-feira serve para uma chamada?",
      "Em sex., 4 de dez. de 2026 às 15:40, Helena Brisk <helena@thimble.example> escreveu:",
    ],
  ])("%s", async (_, newest, attribution) => {
    const contacts = await contactsOf(
      [
        "From: Corin Ashdown <corin.ashdown@pellwater.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Re: Intro",
      ],
      [
        "Hi Jordan,",
        "",
        newest,
        "",
        "Corin",
        "",
        attribution,
        "> Jordan, Corin - you two should talk.",
      ].join("\n"),
    );
    expect(contacts).toContainEqual(["Helena Brisk", "helena@thimble.example"]);
    expect(contacts).not.toContainEqual(expect.arrayContaining(["Jordan Lee"]));
  });

  it("is not the reader, whom the newest message greets", async () => {
    const contacts = await contactsOf(
      ["From: Corin Ashdown <corin.ashdown@pellwater.example>", "To: jobs@jordanlee.dev"],
      [
        "Hi Jordan,",
        "",
        "Good to hear from you, Jordan. Tuesday works.",
        "",
        "On Fri, 4 Dec 2026 at 15:40, Jordan Lee <jl.oldjob@example.org> wrote:",
        "> Could we talk next week?",
      ].join("\n"),
    );
    expect(contacts).toEqual([["Corin Ashdown", "corin.ashdown@pellwater.example"]]);
  });
});

describe("a former colleague answering the user's own message from webmail", () => {
  it.each<[string, string, string]>([
    [
      "en",
      "Hi Jordan,\n\nThe checking firm called me today; it took twenty minutes and went well.",
      "On Mon, 30 Nov 2026 at 09:02, Jordan Lee <jl.oldjob@example.org> wrote:",
    ],
    [
      "de",
      "Hallo Jordan,\n\nDie Prüffirma hat mich heute angerufen; zwanzig Minuten, alles gut.",
      "Am Mo., 30. Nov. 2026 um 09:02 Uhr schrieb Jordan Lee <jl.oldjob@example.org>:",
    ],
    [
      "fr",
      "Bonjour Jordan,\n\nLe cabinet m'a appelée aujourd'hui ; vingt minutes, tout s'est bien passé.",
      "Le lun. 30 nov. 2026 à 09:02, Jordan Lee <jl.oldjob@example.org> a écrit :",
    ],
    [
      "es",
      "Hola Jordan,\n\nLa empresa de verificación me llamó hoy; veinte minutos, todo bien.",
      "El lun, 30 nov 2026 a las 09:02, Jordan Lee (<jl.oldjob@example.org>) escribió:",
    ],
    [
      "nl",
      "Hoi Jordan,\n\nHet controlebureau belde me vandaag; twintig minuten, ging prima.",
      "Op ma 30 nov 2026 om 09:02 schreef Jordan Lee <jl.oldjob@example.org>:",
    ],
    [
      "it",
      "Ciao Jordan,\n\nLa società di verifica mi ha chiamata oggi; venti minuti, tutto bene.",
      "Il giorno lun 30 nov 2026 alle ore 09:02 Jordan Lee <jl.oldjob@example.org> ha scritto:",
    ],
    [
      "pt",
      "Olá Jordan,\n\nA empresa de verificação ligou-me hoje; vinte minutos, correu bem.",
      "Em seg., 30 de nov. de 2026 às 09:02, Jordan Lee <jl.oldjob@example.org> escreveu:",
    ],
  ])("%s", async (_, newest, attribution) => {
    const contacts = await contactsOf(
      ["From: Helena Brisk <helena.brisk.h@gmail.com>", "To: jobs@jordanlee.dev"],
      `${newest}\n\nHelena\n\n${attribution}\n> Thank you for doing this.\n`,
    );
    expect(contacts).toEqual([["Helena Brisk", "helena.brisk.h@gmail.com"]]);
  });
});

describe("the reader's own manager named in a team mailbox's onboarding mail", () => {
  it.each<[string, string, string]>([
    [
      "en",
      "Your first day at Pellwater is almost here! Here's the plan for Monday.\n\n9:00 - Pick up your laptop at reception.",
      "11:00 - 1:1 with your manager, Helena Brisk.",
    ],
    [
      "de",
      "Ihr erster Arbeitstag bei Pellwater steht bevor! So sieht der Montag aus.\n\n9:00 - Laptop am Empfang abholen.",
      "11:00 - Kennenlernen mit Ihrer Managerin, Helena Brisk.",
    ],
    [
      "fr",
      "Votre premier jour chez Pellwater approche ! Voici le programme de lundi.\n\n9h00 - Récupérez votre ordinateur à l'accueil.",
      "11h00 - Point avec votre manager, Helena Brisk.",
    ],
    [
      "es",
      "Tu primer día en Pellwater ya casi está aquí. Este es el plan del lunes.\n\n9:00 - Recoge tu portátil en recepción.",
      "11:00 - Reunión con tu responsable, Helena Brisk.",
    ],
    [
      "nl",
      "Je eerste werkdag bij Pellwater komt eraan! Dit is het programma voor maandag.\n\n9:00 - Laptop ophalen bij de receptie.",
      "11:00 - Kennismaking met je manager, Helena Brisk.",
    ],
    [
      "it",
      "Il tuo primo giorno in Pellwater è quasi arrivato! Ecco il programma di lunedì.\n\n9:00 - Ritira il portatile alla reception.",
      "11:00 - Incontro con il tuo responsabile, Helena Brisk.",
    ],
  ])("%s", async (_, opening, row) => {
    const contacts = await contactsOf(
      [
        "From: Pellwater People Team <people@pellwater.example>",
        "To: Jordan Lee <jordan.lee@gmail.com>",
        "Subject: Pellwater",
      ],
      `Hi Jordan,\n\n${opening}\n${row}\n14:00 - Security training.\n\nPellwater People Team`,
    );
    expect(contacts).toEqual([["Helena Brisk", null]]);
  });
});

describe("a newsletter's writer, sent with list headers to many", () => {
  const LIST = [
    "From: Helena from Brisk Notes <helena@brisknotes.example>",
    "To: jordan@jordanlee.dev",
    "Subject: Brisk Notes #12",
    "List-Unsubscribe: <https://brisknotes.example/u/12>",
    "Precedence: bulk",
  ];
  it.each<[string, string]>([
    ["en", "Hi friends,\n\nThree links on databases this week, and a thread on hiring."],
    [
      "de",
      "Hallo zusammen,\n\nDrei Links zu Datenbanken diese Woche und ein Thread übers Einstellen.",
    ],
    [
      "fr",
      "Bonjour à tous,\n\nAu sommaire de ce numéro : trois articles sur les bases de données.",
    ],
    ["es", "Hola a todos,\n\nTres enlaces sobre bases de datos esta semana."],
    ["nl", "Hoi allemaal,\n\nIn deze editie: drie artikelen over databases."],
    ["it", "Ciao a tutti,\n\nIn questo numero: tre articoli sui database."],
    ["pt", "Olá a todos,\n\nTrês links sobre bases de dados esta semana."],
  ])("%s: nobody", async (_, text) => {
    expect(await contactsOf(LIST, `${text}\n\nUntil next time,\nHelena`)).toEqual([]);
  });

  it("keeps a writer whose list mail greets the user by name", async () => {
    const contacts = await contactsOf(
      LIST,
      "Hi Jordan,\n\nYou asked about our platform roles; I'd be glad to talk.\n\nBest,\nHelena",
    );
    expect(contacts.length).toBe(1);
  });
});

describe("an unknown name over a person's title line under an ATS relay", () => {
  const cases: [string, string, string, string][] = [
    ["en", "We have decided to move forward with other candidates.", "Best regards,", "Recruiter"],
    ["de", "Wir haben uns für andere Kandidaten entschieden.", "Viele Grüße", "Recruiterin"],
    ["fr", "Nous avons retenu une autre candidature.", "Cordialement,", "Chargée de recrutement"],
    ["es", "Hemos decidido seguir con otros candidatos.", "Saludos,", "Reclutadora"],
    ["nl", "We hebben voor een andere kandidaat gekozen.", "Met vriendelijke groet,", "Recruiter"],
    ["it", "Abbiamo scelto un altro candidato.", "Cordiali saluti,", "Reclutatrice"],
    ["pt", "Decidimos seguir com outros candidatos.", "Atenciosamente,", "Recrutadora"],
  ];
  it.each(cases)("%s: the writer, not the firm", async (_, text, signOff, title) => {
    for (const display of ["Verdant Grid", "Oriel Castellane"]) {
      const u = await understand(
        [
          `From: ${display} <no-reply@greenhouse.io>`,
          "To: Jordan Lee <jordan.lee@gmail.com>",
          "Subject: Verdant Grid - Data Analyst",
        ],
        `Hi Jordan,\n\n${text}\n\n${signOff}\nOriel Castellane\n${title}\n`,
      );
      expect(u.contacts.map((c) => [c.name, c.email])).toEqual([["Oriel Castellane", null]]);
      // The employer when the relay shows the firm; with the signer's name there, company is
      // company*.ts's to choose.
      if (display === "Verdant Grid") expect(u.company).toBe("Verdant Grid");
    }
  });

  it.each(["Talent Acquisition", "Recruiting Team", "People Operations", "Human Resources"])(
    "a firm over a team line (%s) stays the firm",
    async (team) => {
      const u = await understand(
        [
          "From: Verdant Grid <no-reply@greenhouse.io>",
          "To: Jordan Lee <jordan.lee@gmail.com>",
          "Subject: Your application",
        ],
        `Hi Jordan,\n\nWe have decided to move forward with other candidates.\n\nBest regards,\nVerdant Grid\n${team}\n`,
      );
      expect(u.contacts).toEqual([]);
    },
  );
});
