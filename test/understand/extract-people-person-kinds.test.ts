import { describe, expect, it } from "vitest";
import { contactsOf, forwarded, type Pair } from "../support/plain-message.ts";

// A person must be a person: the back office that only sends the papers, a friend's note about
// the weekend and people it names are nobody to write to; a sender shown by initials or a
// nickname, one whose display name the readers could not parse, and the referee the user's note
// names are someone, by their full name where the mail gives it. Every name, firm, address and
// sentence below is invented for these tests.

const MAREN: Pair = ["Maren Holt", "maren.holt@brindlecoe.example"];
const MAREN_FROM = "From: Maren Holt <maren.holt@brindlecoe.example>";

describe("the back office that only sends the papers is no contact", () => {
  it.each<[string, string, string]>([
    [
      "en",
      "We're delighted to offer you the Platform Engineer role: €82,000 base, starting in February.",
      "The contract follows tomorrow: Greta Brandt from our legal team will send it for signature.",
    ],
    [
      "de",
      "Wir freuen uns, Ihnen die Stelle als Platform Engineer anzubieten: 82.000 € brutto, Start im Februar.",
      "Den Vertrag schickt Ihnen morgen Petra Lorenz aus der Personalabteilung.",
    ],
    [
      "fr",
      "Nous avons le plaisir de vous proposer le poste d'ingénieur plateforme : 62 000 € bruts, début en février.",
      "Le contrat vous sera envoyé demain par Amélie Roux, du service RH.",
    ],
    [
      "es",
      "Nos alegra ofrecerte el puesto de Ingeniero/a de Plataforma: 58.000 € brutos, incorporación en febrero.",
      "Marta Gil, de recursos humanos, te enviará el contrato mañana.",
    ],
    [
      "it",
      "Siamo felici di offrirti il ruolo di Platform Engineer: 55.000 € lordi, inizio a febbraio.",
      "Giulia Neri delle risorse umane ti invierà il contratto domani.",
    ],
    [
      "nl",
      "We bieden je graag de functie Platform Engineer aan: € 5.200 bruto per maand, start in februari.",
      "Het contract stuurt Noor Visser van personeelszaken je morgen.",
    ],
    [
      "pt",
      "Temos o prazer de lhe oferecer a vaga de Engenheiro de Plataforma: 48.000 € brutos, início em fevereiro.",
      "O contrato será enviado amanhã pela Rita Lopes, dos recursos humanos.",
    ],
  ])("%s: only the hiring manager who writes", async (_, offer, paperwork) => {
    const body = `Hi Jordan,\n\n${offer}\n\n${paperwork}\n\nMaren Holt\nHead of Platform, Brindlecoe`;
    expect(
      await contactsOf([MAREN_FROM, "To: jobs@jordanlee.dev", "Subject: Offer"], body),
    ).toEqual([MAREN]);
  });

  it.each<[string]>([
    ["If you have questions about the contract, reach out to Greta Brandt from our legal team."],
    ["For any questions about the contract, please contact Greta Brandt in our legal team."],
  ])("keeps the one the user is told to ask about the contract: %s", async (sentence) => {
    const body = [
      "Hi Jordan,",
      "",
      "We're delighted to offer you the Platform Engineer role: €82,000 base, starting in February.",
      "",
      sentence,
      "",
      "Maren Holt",
      "Head of Platform, Brindlecoe",
    ].join("\n");
    expect(
      await contactsOf([MAREN_FROM, "To: jobs@jordanlee.dev", "Subject: Offer"], body),
    ).toEqual([["Greta Brandt", null], MAREN]);
  });

  it("keeps the HR partner copied with her address", async () => {
    const body = [
      "Hi Jordan,",
      "",
      "We're delighted to offer you the Platform Engineer role: €82,000 base, starting in February.",
      "",
      "Greta Brandt from HR will send the contract for signature tomorrow.",
      "",
      "Maren Holt",
      "Head of Platform, Brindlecoe",
    ].join("\n");
    const headers = [
      MAREN_FROM,
      "To: jobs@jordanlee.dev",
      "Cc: Greta Brandt <greta.brandt@brindlecoe.example>",
      "Subject: Offer",
    ];
    expect(await contactsOf(headers, body)).toEqual([
      ["Greta Brandt", "greta.brandt@brindlecoe.example"],
      MAREN,
    ]);
  });
});

describe("a sender shown by initials or a nickname is the full name, at the sender's address", () => {
  it.each<[string, string[], string, Pair]>([
    [
      "en: initials in the header, the full name in the user's note",
      [],
      "forward",
      ["Morayo Adeyemi", "mk@tessaline.example"],
    ],
    [
      "en: initials in the header and the sign-off, the full name under '--'",
      [
        "From: RJ Whitcombe <rj@sprocketly.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Your application",
      ],
      "Hi Jordan,\n\nThanks for your time. We have decided to move forward with another candidate.\n\nAll the best,\nRJ\n\n--\nRowan Whitcombe\nTalent Partner\nSprocketly",
      ["Rowan Whitcombe", "rj@sprocketly.example"],
    ],
    [
      "de: a nickname signs above the '--' block with the full name",
      [
        "From: Basti Krüger <basti@halvard.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Re: sucht ihr noch?",
      ],
      "Hey Jordan!\n\nJa, wir suchen, und ich empfehle dich gern intern für die Stelle als Senior Data Engineer. Schick mir einfach deinen Lebenslauf.\n\nBasti\n\n--\nSebastian Krüger\nStaff Engineer · Halvard",
      ["Sebastian Krüger", "basti@halvard.example"],
    ],
    [
      "fr: a nickname whose address spells the full name",
      [
        "From: Fred <frederique.moreau@ardenne.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Re: candidature",
      ],
      "Salut Jordan,\n\nOui, on recrute un ingénieur data senior, et je peux te recommander en interne. Envoie-moi ton CV.\n\nFred",
      ["Frederique Moreau", "frederique.moreau@ardenne.example"],
    ],
    [
      "es: initials in the header, the full name in the signature",
      [
        "From: J. A. Ruiz <ja.ruiz@quillon.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Tu entrevista",
      ],
      "Hola Jordan,\n\nGracias por tu tiempo. Hemos decidido seguir con otra candidatura para el puesto.\n\nUn saludo,\n\nJuan Antonio Ruiz\nResponsable de Talento\nQuillon",
      ["Juan Antonio Ruiz", "ja.ruiz@quillon.example"],
    ],
    [
      "it: a nickname whose address spells the full name",
      [
        "From: Ale <alessandra.bruno@vetrina.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Re: posizione",
      ],
      "Ciao Jordan,\n\nsì, cerchiamo un Data Engineer senior e posso segnalarti internamente. Mandami il CV.\n\nAle",
      ["Alessandra Bruno", "alessandra.bruno@vetrina.example"],
    ],
    [
      "nl: initials alone, their address their letters",
      [
        "From: T.J. Visser <tj@zandhaven.example>",
        "To: jobs@jordanlee.dev",
        "Subject: Je sollicitatie",
      ],
      "Hoi Jordan,\n\nBedankt voor je tijd. We hebben gekozen voor een andere kandidaat voor de functie.\n\nGroet,\nTJ",
      ["T.J. Visser", "tj@zandhaven.example"],
    ],
  ])("%s", async (_, headers, body, want) => {
    const message =
      body === "forward"
        ? forwarded(
            "Sigh. MK = Morayo Adeyemi, the recruiter I spoke to first.",
            "M. K. Adeyemi <mk@tessaline.example>",
            [
              "Hi Jordan,",
              "",
              "Thank you for your time. We have decided to move forward with another candidate for the Platform Engineer role.",
              "",
              "All the best,",
              "MK",
            ],
          )
        : { headers, body };
    expect(await contactsOf(message.headers, message.body)).toEqual([want]);
  });
});

describe("a display name the readers could not parse is still the sender", () => {
  it.each<[string, string, Pair[]]>([
    [
      "an Irish surname with a lenited particle",
      "Tadhg Ó hAodha <tadhg@brightsearch.example>",
      [["Tadhg Ó hAodha", "tadhg@brightsearch.example"]],
    ],
    [
      "an Irish woman's surname particle",
      "Aoife Ní Bhriain <aoife.nibhriain@brightsearch.example>",
      [["Aoife Ní Bhriain", "aoife.nibhriain@brightsearch.example"]],
    ],
    [
      "a fellowship named after someone",
      "Grace Hopper Fellowship <grace@brightsearch.example>",
      [],
    ],
  ])("%s", async (_, from, want) => {
    const headers = [
      `From: ${from}`,
      "To: jordan.lee@gmail.com",
      "Subject: Lead Platform Engineer",
    ];
    const body =
      "Hi Jordan,\n\nI'm partnered with a fintech hiring a Lead Platform Engineer in Dublin. Open to a call this week?\n\nBest regards";
    expect(await contactsOf(headers, body)).toEqual(want);
  });
});

describe("the referee or introducer the user's note names", () => {
  const RECRUITER = "Tobias Engel <tobias.engel@copperfield.example>";
  const TOBIAS: Pair = ["Tobias Engel", "tobias.engel@copperfield.example"];
  it.each<[string, string, string]>([
    ["en", "Tobias says yes to the reference check. Second reference is Greta.", "Greta"],
    ["de", "Tobias macht den Referenzcheck. Meine zweite Referenz ist Timo.", "Timo"],
    ["fr", "C'est Léa qui m'a recommandée, je dois la remercier.", "Léa"],
    ["es", "Gracias a Lucía por presentarme al equipo.", "Lucía"],
    ["it", "Grazie a Chiara per il contatto, devo offrirle un caffè.", "Chiara"],
    ["nl", "Dankzij Femke kreeg ik dit gesprek.", "Femke"],
    ["pt", "Graças à Beatriz, que me indicou, tenho esta conversa.", "Beatriz"],
  ])("%s: kept by name, without an address", async (_, note, name) => {
    const m = forwarded(note, RECRUITER, [
      "Hi Jordan,",
      "",
      "Would you have time next week to talk about the platform role?",
      "",
      "Tobias Engel",
      "Head of Platform, Copperfield",
    ]);
    expect(await contactsOf(m.headers, m.body)).toEqual([[name, null], TOBIAS]);
  });
});

describe("a friend's note about the weekend names no contact", () => {
  const FRIEND = "From: Robin Okafor <robin@kestrelpost.example>";
  it.each<[string, string]>([
    [
      "en",
      "hey you,\n\ncongrats again on the new job!! saturday at ours? Ravi is cooking, 7ish.\n\nR",
    ],
    [
      "de",
      "Hey,\n\nnochmal Glückwunsch zum neuen Job! Samstag bei uns? Ravi kocht, so gegen 19 Uhr.\n\nR",
    ],
    [
      "fr",
      "Coucou,\n\nencore bravo pour le nouveau job ! Samedi chez nous ? Ravi fait à manger, vers 19h.\n\nR",
    ],
    [
      "es",
      "Hola,\n\n¿El sábado en casa? Ravi cocina, sobre las 7. Y devuélveme el hornillo cuando puedas.\n\nR",
    ],
  ])("%s", async (_, body) => {
    expect(
      await contactsOf([FRIEND, "To: jordan.lee@gmail.com", "Subject: saturday??"], body),
    ).toEqual([]);
  });

  it("still keeps a recruiter whose outreach from the same kind of address names no firm", async () => {
    const body =
      "Hi Jordan,\n\nI came across your profile and would love to tell you about an opportunity. Free for a quick call this week?\n\nRobin";
    expect(
      await contactsOf([FRIEND, "To: jordan.lee@gmail.com", "Subject: Quick question"], body),
    ).toEqual([["Robin Okafor", "robin@kestrelpost.example"]]);
  });

  it("still keeps the writer of a note that answers an introduction's thread", async () => {
    const body = [
      "Hi Jordan,",
      "",
      "Thanks Helena for the intro! Tuesday works for a call.",
      "",
      "Robin",
      "",
      "On Fri, 4 Dec 2026 at 15:40, Helena Brisk <helena@thimble.example> wrote:",
      "> Jordan, Robin - you two should talk.",
    ].join("\n");
    expect(
      await contactsOf([FRIEND, "To: jobs@jordanlee.dev", "Subject: Re: Intro"], body),
    ).toContainEqual(["Robin Okafor", "robin@kestrelpost.example"]);
  });
});

describe("a first name completed by the full name the mail gives elsewhere", () => {
  it("by the subject that names the referrer", async () => {
    const headers = [
      "From: Nadia Farrow <nadia@brackwater.example>",
      "To: jobs@jordanlee.dev",
      "Subject: Re: Application - Solutions Architect (referred by Ama Owusu)",
    ];
    const body =
      "Hi Jordan - got it, thanks, your application is in. Ama passed your CV along too, so you're in the pile for the Solutions Architect role. If you make the shortlist I'll be in touch by the end of the month.\n\nNadia";
    expect(await contactsOf(headers, body)).toEqual([
      ["Ama Owusu", null],
      ["Nadia Farrow", "nadia@brackwater.example"],
    ]);
  });

  it.each<[string, string]>([
    [
      "en",
      "Remember Nina Kowalczyk from my old team? She runs the core group at Ledgerly and they are hiring a Staff Engineer. Just email her directly at nina@ledgerly.example and say I sent you.",
    ],
    [
      "de",
      "Mein ehemaliger Kollege Henrik Voss ist jetzt CTO bei Ledgerly und sucht einen Staff Engineer. Du kannst Henrik direkt schreiben (henrik@ledgerly.example) und sagen, dass du von mir kommst.",
    ],
  ])("%s: by the address that is the given name alone", async (_, text) => {
    const headers = [
      "From: Sam Brook <sam.brook@oakmere.example>",
      "To: jobs@jordanlee.dev",
      "Subject: Staff role at Ledgerly",
    ];
    const contacts = await contactsOf(headers, `Hi Jordan,\n\n${text}\n\nSam`);
    const introduced = contacts.find((c) => c[1]?.endsWith("@ledgerly.example"));
    expect(introduced?.[0]).toMatch(/^(?:Nina Kowalczyk|Henrik Voss)$/);
  });
});

describe("the human who signs a robot's mail is kept by the name she signs", () => {
  const ROBOT = "From: Mossgate <no-reply@mail.teamtailor.com>";
  const DECISION =
    "Thank you for applying. Unfortunately we won't be taking your application further.";
  it.each<[string, string]>([
    ["en: a title in brackets", "Best,\nJess (Recruiting Coordinator)\nMossgate"],
    ["de: a title in brackets", "Viele Grüße\nJess (Recruiterin)\nMossgate"],
    ["fr: a title in brackets", "Cordialement,\nJess (Chargée de recrutement)\nMossgate"],
    ["en: from the team", "Cheers,\nJess from the Mossgate People team"],
    ["de: from the team", "Viele Grüße\nJess vom Recruiting-Team"],
    ["nl: from the team", "Groetjes,\nJess van het recruitmentteam"],
    ["es: from the team", "Un saludo,\nJess del equipo de talento"],
    ["pt: from the team", "Um abraço,\nJess da equipe de recrutamento"],
    [
      "en: a closing of her own words",
      "Wishing you luck with what comes next,\nJess\nTalent team @ Mossgate",
    ],
    [
      "fr: a closing of her own words",
      "Au plaisir de vous recroiser sur un autre poste,\nJess\nMossgate",
    ],
  ])("%s", async (_, closing) => {
    const headers = [ROBOT, "To: jordan.lee@gmail.com", "Subject: Your application"];
    expect(await contactsOf(headers, `Hi Jordan,\n\n${DECISION}\n\n${closing}`)).toEqual([
      ["Jess", null],
    ]);
  });
});

describe("a surname particle before a department is still the surname", () => {
  it.each<[string, string]>([
    ["nl", "Met vriendelijke groet,\nJan van der Berg Recruitment\nZandhaven"],
    ["de", "Viele Grüße\nJan von der Heyde Personalabteilung\nZandhaven"],
  ])("%s: no given name is cut off its surname", async (_, closing) => {
    const headers = [
      "From: Zandhaven <no-reply@mail.teamtailor.com>",
      "To: jordan.lee@gmail.com",
      "Subject: Your application",
    ];
    const contacts = await contactsOf(
      headers,
      `Hi Jordan,\n\nThank you for applying.\n\n${closing}`,
    );
    expect(contacts.map((c) => c[0])).not.toContain("Jan");
  });
});
