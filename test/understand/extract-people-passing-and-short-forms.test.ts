import { describe, expect, it } from "vitest";
import { contactsOf, forwarded, type Pair } from "../support/plain-message.ts";

// A person must be a person: a deputy for invoices or badges, someone copied by procedure, a
// leader named through a title, a maxim's speaker and a capitalised standard are nobody; a
// nickname, a surname after an honorific, a surname-first or unaccented display name and
// "Given de FIRM" are the one person the signature or the address names in full. Every name,
// firm, address and sentence below is invented for these tests.

const MAREN: Pair = ["Maren Holt", "maren.holt@brindlecoe.example"];
const MAREN_FROM = "From: Maren Holt <maren.holt@brindlecoe.example>";

describe("a deputy for a back-office matter in an out-of-office is no contact", () => {
  it.each<[string, string]>([
    [
      "en",
      "For expense claims and supplier payments please contact Harriet Voss (harriet.voss@brindlecoe.example).",
    ],
    [
      "de",
      "Bei dringenden Anliegen zu Spesenabrechnungen hilft Ihnen mein Kollege Jonas Wendtland (Buchhaltung) weiter: jonas.wendtland@brindlecoe.example.",
    ],
    [
      "fr",
      "Pour la facturation, contactez Margot Villeneuve (margot.villeneuve@brindlecoe.example).",
    ],
    [
      "es",
      "Para pedidos y facturas, escriba a Álvaro Quintana: alvaro.quintana@brindlecoe.example.",
    ],
    [
      "it",
      "Per le fatture dei fornitori, si prega di contattare Lorenza Bellini (lorenza.bellini@brindlecoe.example).",
    ],
    ["nl", "Voor facturen kun je terecht bij Femke Dijkhuis (femke.dijkhuis@brindlecoe.example)."],
    [
      "pt",
      "Para pagamentos a fornecedores, contacte o Tiago Meireles: tiago.meireles@brindlecoe.example.",
    ],
    ["en", "If you need a building pass, email Harriet Voss at harriet.voss@brindlecoe.example."],
    ["en", "Media requests go to Harriet Voss (harriet.voss@brindlecoe.example)."],
    ["en", "Invoices and purchase orders: Harriet Voss, harriet.voss@brindlecoe.example."],
    ["de", "Rechnungsfragen bitte an Jonas Wendtland (jonas.wendtland@brindlecoe.example)."],
    [
      "de",
      "Während meiner Abwesenheit wenden Sie sich in Rechnungsangelegenheiten bitte an Jonas Wendtland (jonas.wendtland@brindlecoe.example).",
    ],
    [
      "nl",
      "Met factuurvragen kun je terecht bij Femke Dijkhuis (femke.dijkhuis@brindlecoe.example).",
    ],
    [
      "it",
      "Per questioni amministrative rivolgersi a Lorenza Bellini (lorenza.bellini@brindlecoe.example).",
    ],
  ])("%s: only the recruiter who is away", async (_, deputy) => {
    const body = [
      "Thank you for your message. I am out of the office until 4 January with limited access to email.",
      "",
      deputy,
      "",
      "Maren Holt",
      "Talent Partner, Brindlecoe",
    ].join("\n");
    const headers = [MAREN_FROM, "To: jobs@jordanlee.dev", "Subject: Automatic reply: Interview"];
    expect(await contactsOf(headers, body)).toEqual([MAREN]);
  });

  it.each<[string]>([
    [
      "For anything about your application, please contact Harriet Voss (harriet.voss@brindlecoe.example).",
    ],
    [
      "Bei Fragen zu Ihrer Bewerbung wenden Sie sich bitte an Harriet Voss (harriet.voss@brindlecoe.example).",
    ],
  ])("keeps the deputy for the application itself: %s", async (deputy) => {
    const body = `Thank you for your message. I am out of the office until 4 January.\n\n${deputy}\n\nMaren Holt\nTalent Partner, Brindlecoe`;
    const headers = [MAREN_FROM, "To: jobs@jordanlee.dev", "Subject: Automatic reply: Interview"];
    expect(await contactsOf(headers, body)).toEqual([
      ["Harriet Voss", "harriet.voss@brindlecoe.example"],
      MAREN,
    ]);
  });
});

describe("a title that names a back-office word is still a person's title", () => {
  it("keeps the interviewers an agenda labels with their titles", async () => {
    const body = [
      "Hi Jordan,",
      "",
      "Here is your schedule for Thursday:",
      "",
      "10:00 Customer Success Lead: Anna Rothwell (45 min)",
      "11:00 Sales Director: Tom Reedham (30 min)",
      "",
      "Maren Holt",
      "Talent Partner, Brindlecoe",
    ].join("\n");
    const headers = [MAREN_FROM, "To: jordan.lee@gmail.com", "Subject: Your interview schedule"];
    expect(await contactsOf(headers, body)).toEqual([
      ["Anna Rothwell", null],
      MAREN,
      ["Tom Reedham", null],
    ]);
  });
});

describe("someone copied by procedure, or with no answer expected, is no contact", () => {
  it.each<[string, string, string]>([
    [
      "en",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Jonas Wendtland in our finance team is cc'd for his records - you don't need to write back to him.",
    ],
    [
      "de",
      '"Wendtland, Jonna" <jonna.wendtland@brindlecoe.example>',
      "Frau Wendtland von der Gleichstellungsstelle erhält diese Nachricht wie immer in Kopie.",
    ],
    [
      "fr",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Jonas Wendtland, de la comptabilité, est en copie comme pour chaque recrutement.",
    ],
    [
      "es",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Jonas Wendtland va en copia, como es habitual en todos los procesos.",
    ],
    [
      "it",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Jonas Wendtland è in copia, come da prassi.",
    ],
    [
      "nl",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Jonas Wendtland staat in kopie, zoals gebruikelijk; je hoeft hem niet te antwoorden.",
    ],
    [
      "pt",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "O Jonas Wendtland está em cópia, como é habitual.",
    ],
    [
      "en",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "I've included Jonas Wendtland from procurement in cc, as our process requires.",
    ],
    [
      "de",
      "Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Jonas Wendtland (Personalrat) erhält diese Mail in Kopie gemäß Betriebsvereinbarung.",
    ],
  ])("%s: only the hiring manager who writes", async (_, cc, sentence) => {
    const body = [
      "Hi Jordan,",
      "",
      "I'm sorry to tell you that the Data Engineer position has been withdrawn: the budget was cut last week.",
      "",
      sentence,
      "",
      "Maren Holt",
      "Head of Data, Brindlecoe",
    ].join("\n");
    const headers = [MAREN_FROM, "To: jordan.lee@gmail.com", `Cc: ${cc}`, "Subject: Data Engineer"];
    expect(await contactsOf(headers, body)).toEqual([MAREN]);
  });

  it("keeps one copied to join the next call", async () => {
    const body = [
      "Hi Jordan,",
      "",
      "Thanks for your time today. I've copied Jonas Wendtland, who will join the next call on Friday.",
      "",
      "Maren Holt",
      "Head of Data, Brindlecoe",
    ].join("\n");
    const headers = [
      MAREN_FROM,
      "To: jordan.lee@gmail.com",
      "Cc: Jonas Wendtland <jonas.wendtland@brindlecoe.example>",
      "Subject: Data Engineer",
    ];
    expect(await contactsOf(headers, body)).toEqual([
      ["Jonas Wendtland", "jonas.wendtland@brindlecoe.example"],
      MAREN,
    ]);
  });
});

describe("a leader named through a title in passing is no contact", () => {
  it.each<[string, string]>([
    [
      "en",
      "Our Chief Economist Dr. Priya Ramaswamy recorded a podcast on pricing that sums up what we do.",
    ],
    [
      "de",
      "Unsere Geschäftsführerin Henrike Albers hat die Zusage gestern mit dem Vorstand freigegeben.",
    ],
    ["fr", "Notre DRH, Sandrine Payet, a validé la proposition hier soir."],
    ["es", "Nuestro CEO, Ignacio Berrocal, quedó encantado con la demo que preparaste."],
    ["it", "Il nostro CEO, Corrado Ventimiglia, ci tiene a farti i complimenti."],
    [
      "nl",
      "Onze CTO Maarten-Jan schreef vorige maand een stuk over ons platform, met veel grafieken.",
    ],
    ["pt", "O nosso CEO, Rui Valadão, almoçou com a equipa e falou muito bem do seu portefólio."],
    ["it", "Il nostro Direttore Generale, Corrado Ventimiglia, ha approvato la proposta ieri."],
    ["pt", "O nosso diretor executivo, Rui Valadão, aprovou a proposta."],
  ])("%s: only the recruiter who writes", async (_, sentence) => {
    const body = [
      "Hi Jordan,",
      "",
      "We're delighted to offer you the Data Engineer role: €74,000 base, starting in March.",
      "",
      sentence,
      "",
      "Maren Holt",
      "Talent Partner, Brindlecoe",
    ].join("\n");
    const headers = [MAREN_FROM, "To: jordan.lee@gmail.com", "Subject: Offer"];
    expect(await contactsOf(headers, body)).toEqual([MAREN]);
  });

  it.each<[string, Pair]>([
    [
      "On Thursday you'll also meet our CTO, Henrike Albers, for half an hour.",
      ["Henrike Albers", null],
    ],
    ["Vous rencontrerez aussi notre DRH, Sandrine Payet, jeudi.", ["Sandrine Payet", null]],
    [
      "Our founder, Lena Parkhurst, would like to invite you for a coffee before you decide.",
      ["Lena Parkhurst", null],
    ],
    [
      "Unsere Gründerin Lena Parkhurst würde Sie vorher gern auf einen Kaffee einladen.",
      ["Lena Parkhurst", null],
    ],
    ["O nosso CEO, Rui Valadão, vai participar na última conversa.", ["Rui Valadão", null]],
  ])("keeps one the user will meet: %s", async (sentence, leader) => {
    const body = `Hi Jordan,\n\nWe're delighted to offer you the Data Engineer role.\n\n${sentence}\n\nMaren Holt\nTalent Partner, Brindlecoe`;
    const headers = [MAREN_FROM, "To: jordan.lee@gmail.com", "Subject: Offer"];
    const contacts = await contactsOf(headers, body);
    expect(contacts).toHaveLength(2);
    expect(contacts).toEqual(expect.arrayContaining([leader, MAREN]));
  });
});

describe("in an invitation, a leader is the panel only when the sentence puts them in it", () => {
  it.each<[string, string, Pair[]]>([
    [
      "en: read the user's article",
      "Our CTO, Gareth Lindell, read your article on Postgres tuning and shared it in our engineering channel.",
      [MAREN],
    ],
    [
      "en: recorded a podcast worth hearing before",
      "No prep needed, but our Chief Economist Dr. Priya Ramaswamy recorded a podcast on pricing that sums up our work.",
      [MAREN],
    ],
    [
      "en: a podcast behind a link whose domain holds 'com'",
      "If you're curious, our Chief Economist Dr. Priya Ramaswamy recorded a podcast on pricing: https://brindlecoe.com/podcast/pricing",
      [MAREN],
    ],
    [
      "en: a call with the CTO",
      "We'd like to invite you to a first video call with our CTO, Gareth Lindell.",
      [["Gareth Lindell", null], MAREN],
    ],
    [
      "es: the next round with the CISO",
      "Si va bien, la siguiente fase sería con Nerea Olabarri, nuestra CISO.",
      [MAREN, ["Nerea Olabarri", null]],
    ],
    [
      "de: the CTO takes part",
      "Dabei sind unser CTO Dr. Felix Achenbach und ich.",
      [["Felix Achenbach", null], MAREN],
    ],
  ])("%s", async (_, sentence, expected) => {
    const body = [
      "Hi Jordan,",
      "",
      "We'd love to invite you to interview for the Data Engineer role. Could you pick a slot next week?",
      "",
      sentence,
      "",
      "Maren Holt",
      "Talent Partner, Brindlecoe",
    ].join("\n");
    const headers = [MAREN_FROM, "To: jordan.lee@gmail.com", "Subject: Interview invitation"];
    expect(await contactsOf(headers, body)).toEqual(expected);
  });
});

describe("a short or pet form is the sender the signature or the address names in full", () => {
  it.each<[string, string, string[], Pair]>([
    [
      "en: the sign-off's short form, the full name under it",
      "Robbie Ashcombe <robbie@quillmark.example>",
      ["Best,", "Robbie", "", "Robert Ashcombe", "Principal Consultant", "Quillmark Search"],
      ["Robert Ashcombe", "robbie@quillmark.example"],
    ],
    [
      "de: the sign-off's short form, the full name under it",
      "Bene Hartl <bene.hartl@quillmark.example>",
      ["Viele Grüße", "Bene", "", "Benedikt Hartl", "Teamleiter Backend", "Quillmark GmbH"],
      ["Benedikt Hartl", "bene.hartl@quillmark.example"],
    ],
    [
      "en: the short form in brackets inside the full name",
      "Kit Seo <kit.seo@quillmark.example>",
      ["Thanks,", "Kit", "", "Min-jun (Kit) Seo", "Talent Acquisition | Quillmark"],
      ["Min-jun Seo", "kit.seo@quillmark.example"],
    ],
    [
      "es: a pet form and a double surname",
      "Paco Ruiz <paco.ruiz@quillmark.example>",
      ["Un saludo,", "Paco", "", "Francisco Ruiz Olmedo", "Responsable de Selección", "Quillmark"],
      ["Francisco Ruiz Olmedo", "paco.ruiz@quillmark.example"],
    ],
    [
      "it: a short form in the display name and the sign-off",
      "Fede Marchetti <federico.marchetti@quillmark.example>",
      ["Un saluto,", "Fede", "", "Federico Marchetti", "Senior Consultant", "Quillmark S.r.l."],
      ["Federico Marchetti", "federico.marchetti@quillmark.example"],
    ],
  ])("%s", async (_, from, signature, sender) => {
    const { headers, body } = forwarded("fyi", from, [
      "Hi Jordan,",
      "",
      "Thanks for applying to the Data Engineer role. We have decided to move forward with another candidate.",
      "",
      ...signature,
    ]);
    expect(await contactsOf(headers, body)).toEqual([sender]);
  });

  it.each<[string, string, string, Pair]>([
    ["es", "Paco fue un encanto, qué pena.", "Francisco Ruiz", ["Francisco Ruiz", null]],
    ["de", "Schade. Sepp war super nett.", "Josef Gruber", ["Josef Gruber", null]],
    ["it", "Peccato, Beppe è stato gentilissimo.", "Giuseppe Rinaldi", ["Giuseppe Rinaldi", null]],
    ["nl", "Jammer, Kees was erg aardig.", "Cornelis Hoekstra", ["Cornelis Hoekstra", null]],
    ["pt", "Pena. O Zé foi muito simpático.", "José Moreira", ["José Moreira", null]],
    ["en", "Shame, Peggy was lovely about it.", "Margaret Thornbury", ["Margaret Thornbury", null]],
    ["fr", "Dommage, Manu était super sympa.", "Emmanuel Garnier", ["Emmanuel Garnier", null]],
  ])("%s: the note's pet form is the sender, not a second person", async (_, note, name) => {
    const address = `${name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(" ", ".")}@quillmark.example`;
    const { headers, body } = forwarded(note, `${name} <${address}>`, [
      "Hi Jordan,",
      "",
      "Thanks for your time. We have decided to move forward with another candidate for the Data Engineer role.",
      "",
      name,
      "Head of Data, Quillmark",
    ]);
    expect(await contactsOf(headers, body)).toEqual([[name, address]]);
  });
});

describe("a nickname the mail writes beside a given name is that person in the note", () => {
  it.each<[string, string, string[]]>([
    [
      "in the signature",
      "Kit Seo <kit.seo@quillmark.example>",
      ["Thanks,", "Kit", "", "Min-jun (Kit) Seo", "Talent Acquisition"],
    ],
    ["in the display name", "Min-jun (Kit) Seo <kit.seo@quillmark.example>", ["Thanks,", "Kit"]],
  ])("%s", async (_, from, signature) => {
    const { headers, body } = forwarded("Kit was great about it.", from, [
      "Hi Jordan,",
      "",
      "Thanks for your time. We have decided to move forward with another candidate for the Data Engineer role.",
      "",
      ...signature,
    ]);
    expect(await contactsOf(headers, body)).toEqual([["Min-jun Seo", "kit.seo@quillmark.example"]]);
  });
});

describe("a display name is the name the signature or the address writes in full", () => {
  it.each<[string, string, Pair]>([
    [
      "en",
      "Bob Hale <robert.hale@quillmark.example>",
      ["Robert Hale", "robert.hale@quillmark.example"],
    ],
    [
      "es",
      "Pepa Lozano <josefa.lozano@quillmark.example>",
      ["Josefa Lozano", "josefa.lozano@quillmark.example"],
    ],
  ])("%s: a pet form in the From, the full given name in the address", async (_, from, sender) => {
    const { headers, body } = forwarded("fyi", from, [
      "Hi Jordan,",
      "",
      "Thanks for your time. We have decided to move forward with another candidate for the Data Engineer role.",
      "",
      "Cheers",
    ]);
    expect(await contactsOf(headers, body)).toEqual([sender]);
  });

  it.each<[string, string, string, Pair]>([
    [
      "it: surname first, a compound given name",
      "Ferri Anna Chiara <annachiara.ferri@quillmark.example>",
      "Ci sarà anche la collega in copia.",
      ["Anna Chiara Ferri", "annachiara.ferri@quillmark.example"],
    ],
    [
      "es: surname first, a double surname",
      "Ruiz Olmedo Francisco <francisco.ruizolmedo@quillmark.example>",
      "También estará mi compañero, que lee en copia.",
      ["Francisco Ruiz Olmedo", "francisco.ruizolmedo@quillmark.example"],
    ],
  ])("%s: the copied colleague", async (_, cc, sentence, colleague) => {
    const body = [
      "Buongiorno Jordan,",
      "",
      `Vorremmo fissare un secondo colloquio per il ruolo di Data Engineer. ${sentence}`,
      "",
      "Maren Holt",
      "Head of Data, Quillmark",
    ].join("\n");
    const headers = [
      "From: Maren Holt <maren.holt@quillmark.example>",
      "To: jordan.lee@gmail.com",
      `Cc: ${cc}`,
      "Subject: Colloquio tecnico",
    ];
    expect(await contactsOf(headers, body)).toContainEqual(colleague);
  });

  it.each<[string, string, string, Pair]>([
    [
      "fr: no accents and a surname in capitals",
      "Helene DUFRESNE <helene.dufresne@quillmark.example>",
      "Hélène Dufresne",
      ["Hélène Dufresne", "helene.dufresne@quillmark.example"],
    ],
    [
      "pt: no accent and one surname of two",
      "Rita Moreira <rita.moreira@quillmark.example>",
      "Rita Sá Moreira",
      ["Rita Sá Moreira", "rita.moreira@quillmark.example"],
    ],
    [
      "nl: initials before the bracketed given name",
      '"Wit, J.P. de" <jp.dewit@quillmark.example>',
      "J.P. (Jan-Pieter) de Wit",
      ["Jan-Pieter de Wit", "jp.dewit@quillmark.example"],
    ],
    [
      "fr: an elided particle on the surname",
      "Marc-Antoine d'Estrelles <ma.destrelles@quillmark.example>",
      "Marc-Antoine d'Estrelles",
      ["Marc-Antoine d'Estrelles", "ma.destrelles@quillmark.example"],
    ],
  ])("%s", async (_, from, signed, sender) => {
    const { headers, body } = forwarded("", from, [
      "Bonjour Jordan,",
      "",
      "Merci pour votre candidature au poste de Data Engineer. Nous avons retenu un autre profil.",
      "",
      "Bien à vous,",
      signed,
      "Responsable recrutement, Quillmark",
    ]);
    expect(await contactsOf(headers, body)).toEqual([sender]);
  });

  it.each<[string, string, string, Pair]>([
    [
      "fr",
      "Lise de Carrelet <lise@carrelet.example>",
      "Lise Fontaine",
      ["Lise Fontaine", "lise@carrelet.example"],
    ],
    [
      "de",
      "Tom von Kaltwasser <tom@kaltwasser.example>",
      "Tom Reinholdt",
      ["Tom Reinholdt", "tom@kaltwasser.example"],
    ],
    [
      "it",
      "Giada di Ortolana <giada@ortolana.example>",
      "Giada Ferrante",
      ["Giada Ferrante", "giada@ortolana.example"],
    ],
  ])(
    "%s: 'Given de FIRM' is the person at the firm, by the signature's surname",
    async (_, from, signed, sender) => {
      const { headers, body } = forwarded("", from, [
        "Hello Jordan,",
        "",
        "We've decided not to hire for the Data Analyst role after all: the funding round slipped.",
        "",
        signed,
        "People Partner",
      ]);
      expect(await contactsOf(headers, body)).toEqual([sender]);
    },
  );
});

describe("someone copied under a pet form is the full name the address spells", () => {
  it.each<[string, string, string]>([
    [
      "en",
      "Bob Hale <robert.hale@brindlecoe.example>",
      "I've copied Bob, who will run your technical interview on Friday.",
    ],
    [
      "de",
      "Sepp Gruber <josef.gruber@brindlecoe.example>",
      "Sepp ist in Kopie, er führt am Freitag das Fachgespräch mit Ihnen.",
    ],
    [
      "es",
      "Paco Ruiz <francisco.ruiz@brindlecoe.example>",
      "Paco está en copia y te hará la entrevista técnica el viernes.",
    ],
  ])("%s", async (_, cc, sentence) => {
    const body = `Hi Jordan,\n\n${sentence}\n\nMaren Holt\nTalent Partner, Brindlecoe`;
    const headers = [MAREN_FROM, "To: jordan.lee@gmail.com", `Cc: ${cc}`, "Subject: Interview"];
    const address = /<(.+)>/.exec(cc)?.[1] ?? "";
    const full = address
      .split("@")[0]
      ?.split(".")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(" ");
    const contacts = await contactsOf(headers, body);
    expect(contacts).toHaveLength(2);
    expect(contacts).toContainEqual([full ?? "", address]);
  });
});

describe("a display name written surname first is the sender, by the name in reading order", () => {
  it.each<[string, string, string, Pair]>([
    [
      "nl: the particle behind the given name, the note's given name alone",
      '"Wit, Pieter-Jan de" <p.dewit@quillmark.example>',
      "Pieter-Jan was een prettige gesprekspartner.",
      ["Pieter-Jan de Wit", "p.dewit@quillmark.example"],
    ],
    [
      "it: a two-word surname",
      '"Dal Monte, Lorenzo" <lorenzo.dalmonte@quillmark.example>',
      "peccato",
      ["Lorenzo Dal Monte", "lorenzo.dalmonte@quillmark.example"],
    ],
    [
      "de: a rank after the given name",
      '"von der Lahn, Anneliese Dr." <a.vonderlahn@quillmark.example>',
      "schade",
      ["Anneliese von der Lahn", "a.vonderlahn@quillmark.example"],
    ],
  ])("%s", async (_, from, note, sender) => {
    const { headers, body } = forwarded(note, from, [
      "Hallo Jordan,",
      "",
      "Helaas: the Data Analyst vacancy has been withdrawn for every candidate.",
      "",
      "Met vriendelijke groet",
    ]);
    expect(await contactsOf(headers, body)).toEqual([sender]);
  });
});

describe("a name part said elsewhere is the one person the full name is", () => {
  // Each surname is also a given name: the honorific says which it is here.
  it.each<[string, string, string, string]>([
    [
      "de",
      "Thomas Konrad (Teamleiter) fand ich sehr angenehm.",
      "Herr Konrad und ich danken Ihnen für das offene Gespräch.",
      "Thomas Konrad",
    ],
    [
      "fr",
      "Dommage, super échange avec Claire Laurent (la manager).",
      "Merci pour votre entretien avec Mme Laurent et moi-même.",
      "Claire Laurent",
    ],
    [
      "nl",
      "Jammer, het gesprek met Pieter Martin (teamlead) was top.",
      "Dank voor het gesprek met dhr. Martin en mij.",
      "Pieter Martin",
    ],
  ])("%s: a surname after an honorific and the note's full name", async (_, note, thanks, full) => {
    const { headers, body } = forwarded(note, "Maren Holt <maren.holt@brindlecoe.example>", [
      "Hi Jordan,",
      "",
      thanks,
      "We have decided to move forward with another candidate for the Data Engineer role.",
      "",
      "Maren Holt",
      "Talent Partner, Brindlecoe",
    ]);
    const contacts = await contactsOf(headers, body);
    expect(contacts).toHaveLength(2);
    expect(contacts).toEqual(expect.arrayContaining([[full, null], MAREN]));
  });

  it("an initial-and-surname address far from the full name", async () => {
    const body = [
      "Dear Jordan,",
      "",
      "Karin Oosterveld led your panel for the Data Steward role and has written up her notes, which I'm passing on below.",
      "",
      "- Your walk-through of the metadata catalogue was well structured and the panel enjoyed the discussion of lineage.",
      "",
      "- What tipped the decision was hands-on experience with research data repositories, which the other finalist had in depth.",
      "",
      "She's glad to answer follow-up questions by email: k.oosterveld@eastmere.example.",
      "",
      "Maren Holt",
      "HR Officer, Eastmere University",
    ].join("\n");
    const headers = [
      "From: Maren Holt <maren.holt@eastmere.example>",
      "To: jordan.lee@gmail.com",
      "Subject: Feedback",
    ];
    expect(await contactsOf(headers, body)).toEqual([
      ["Karin Oosterveld", "k.oosterveld@eastmere.example"],
      ["Maren Holt", "maren.holt@eastmere.example"],
    ]);
  });
});

describe("capitalised words that name a thing are nobody, however the note writes them", () => {
  it.each<[string, string, string]>([
    [
      "nl",
      "Common Ledger ken ik alleen van naam",
      "Ervaring met Common Ledger en andere open standaarden van de overheid is voor deze functie onmisbaar.",
    ],
    [
      "en",
      "never worked with Common Ledger, fair enough",
      "Working knowledge of Common Ledger and similar public-sector standards is essential for this role.",
    ],
    [
      "de",
      "Common Ledger sagt mir ehrlich gesagt nichts",
      "Kenntnisse in Common Ledger und vergleichbaren Verwaltungsstandards sind für diese Stelle unverzichtbar.",
    ],
  ])("%s: a standard the note and the message both name", async (_, note, sentence) => {
    const { headers, body } = forwarded(note, "Maren Holt <maren.holt@brindlecoe.example>", [
      "Hi Jordan,",
      "",
      sentence,
      "We will therefore not continue with your application for the Information Analyst role.",
      "",
      "Maren Holt",
      "Recruiter, Brindlecoe",
    ]);
    expect(await contactsOf(headers, body)).toEqual([MAREN]);
  });
});

describe("a product the note names is nobody, whatever its words", () => {
  it.each<[string, string, string]>([
    [
      "a product the message lists as a skill",
      "Silver Yonder was the dealbreaker",
      "For this role we need hands-on experience with Silver Yonder and Kafka.",
    ],
    [
      "a person's name that runs on into a product's word",
      "never used Grace Hopper Cloud tbh",
      "For this role we need hands-on experience with Grace Hopper Cloud.",
    ],
  ])("%s", async (_, note, sentence) => {
    const { headers, body } = forwarded(note, "Maren Holt <maren.holt@brindlecoe.example>", [
      "Hi Jordan,",
      "",
      `${sentence} We will therefore not move forward with your application.`,
      "",
      "Maren Holt",
      "Recruiter, Brindlecoe",
    ]);
    expect(await contactsOf(headers, body)).toEqual([MAREN]);
  });
});

describe("mail about no employer and no role names no one the user should write to", () => {
  it.each<[string, string]>([
    [
      "en",
      "My old colleague Sarah Kimball went through the same thing last year and landed somewhere great.",
    ],
    [
      "de",
      "Meine frühere Kollegin Sarah Kimball hat letztes Jahr dasselbe erlebt und ist gut gelandet.",
    ],
    [
      "fr",
      "Mon ancienne collègue Sarah Kimball est passée par là l'an dernier et s'en est bien sortie.",
    ],
    ["es", "Mi antigua compañera Sarah Kimball pasó por lo mismo el año pasado y le fue muy bien."],
    ["it", "La mia ex collega Sarah Kimball ci è passata l'anno scorso e ora sta benissimo."],
    [
      "nl",
      "Mijn oud-collega Sarah Kimball maakte vorig jaar hetzelfde mee en zit nu op een mooie plek.",
    ],
    [
      "pt",
      "A minha antiga colega Sarah Kimball passou pelo mesmo no ano passado e correu-lhe bem.",
    ],
  ])("%s: a mentor's story about a former colleague", async (_, story) => {
    const { headers, body } = forwarded(
      "saving this",
      "Ruth Pemberton <ruth.pemberton@fastmail.com>",
      ["Jordan,", "", `Keep going. ${story}`, "", "Ruth"],
      undefined,
      "a few thoughts",
    );
    const names = (await contactsOf(headers, body)).map(([name]) => name);
    expect(names).not.toContain("Sarah Kimball");
  });

  it("keeps someone the advice gives an address to write to about a job", async () => {
    const { headers, body } = forwarded(
      "saving this",
      "Ruth Pemberton <ruth.pemberton@fastmail.com>",
      [
        "Jordan,",
        "",
        "You should talk to my friend Tom Reedham, he's hiring data engineers. His email is tom.reedham@quillmark.example.",
        "",
        "Ruth",
      ],
    );
    expect(await contactsOf(headers, body)).toContainEqual([
      "Tom Reedham",
      "tom.reedham@quillmark.example",
    ]);
  });
});

describe("a maxim's speaker is nobody", () => {
  it.each<[string, string]>([
    [
      "en",
      "My first manager Harold Quince used to say you never regret asking for the number in writing.",
    ],
    [
      "de",
      "Meine erste Chefin Harold Quince sagte immer, man solle sich Zahlen schriftlich geben lassen.",
    ],
    [
      "fr",
      "Mon premier chef Harold Quince disait toujours qu'il faut demander les chiffres par écrit.",
    ],
    ["es", "Mi primer jefe Harold Quince solía decir que las cifras hay que pedirlas por escrito."],
    ["it", "Il mio primo capo Harold Quince diceva sempre di farsi mettere i numeri per iscritto."],
    ["nl", "Mijn eerste baas Harold Quince zei altijd dat je cijfers op papier moet vragen."],
    [
      "pt",
      "O meu primeiro chefe Harold Quince costumava dizer que os números se pedem por escrito.",
    ],
  ])("%s", async (_, maxim) => {
    const { headers, body } = forwarded(
      "saving this",
      "Ruth Pemberton <ruth.pemberton@fastmail.com>",
      [
        "Jordan,",
        "",
        "Chin up - a run of no's in a slow market says more about the market than about you.",
        "",
        maxim,
        "",
        "Ruth",
      ],
    );
    const names = (await contactsOf(headers, body)).map(([name]) => name);
    expect(names).not.toContain("Harold Quince");
  });
});
