import { describe, expect, it } from "vitest";
import { contactsOf, type Pair } from "../support/plain-message.ts";

// Every name, company and address below is invented for these tests. A person the prose only
// mentions, with no address and no introduction, is no contact: an interviewer a rejection or
// feedback looks back on, a colleague who sends the papers. Beside them, the same kind of name
// that is introduced (the panel of an invitation, someone the reader will meet or report to) or
// that the user's note names.

interface Case {
  lang: string;
  from: string;
  subject: string;
  body: string[];
  want: Pair[];
}

const mail = (c: Case) => [
  [`From: ${c.from}`, "To: Jordan Lee <jordan.lee@gmail.com>", `Subject: ${c.subject}`],
  c.body.join("\n"),
];

const inPassing: Case[] = [
  {
    lang: "en",
    from: "Imara Feldgate <imara.feldgate@corbelwick.example>",
    subject: "Feedback on your interviews",
    body: [
      "Hi Jordan,",
      "",
      "As promised, some feedback. Your system design session with Thaddeus went really well, and Thaddeus said you explained the trade-offs clearly. Where it fell short was the coding round.",
      "",
      "Best,",
      "Imara Feldgate",
    ],
    want: [["Imara Feldgate", "imara.feldgate@corbelwick.example"]],
  },
  {
    lang: "de",
    from: "Wiebke Sandmoor <wiebke.sandmoor@kranzfeld.example>",
    subject: "Ihre Bewerbung",
    body: [
      "Hallo Jordan,",
      "",
      "vielen Dank für das Gespräch. Quirin und ich waren von Ihrer Präsentation begeistert. Leider haben wir uns dennoch für eine andere Person entschieden.",
      "",
      "Viele Grüße",
      "Wiebke Sandmoor",
    ],
    want: [["Wiebke Sandmoor", "wiebke.sandmoor@kranzfeld.example"]],
  },
  {
    lang: "fr",
    from: "Maëlle Rivolet <maelle.rivolet@tuilebrune.example>",
    subject: "Votre candidature",
    body: [
      "Bonjour Jordan,",
      "",
      "Merci pour l'entretien avec Ludovic et moi-même. Après réflexion, nous avons retenu une autre candidature.",
      "",
      "Bien cordialement,",
      "Maëlle Rivolet",
    ],
    want: [["Maëlle Rivolet", "maelle.rivolet@tuilebrune.example"]],
  },
  {
    lang: "es",
    from: "Nerea Solanilla <nerea.solanilla@brezomar.example>",
    subject: "Tu candidatura",
    body: [
      "Hola Jordan:",
      "",
      "Gracias por la entrevista. En la conversación con Gervasio quedó claro que buscamos otro perfil, así que hemos decidido seguir con otra persona.",
      "",
      "Un saludo,",
      "Nerea Solanilla",
    ],
    want: [["Nerea Solanilla", "nerea.solanilla@brezomar.example"]],
  },
  {
    lang: "it",
    from: "Cosima Arvedi <cosima.arvedi@lucernola.example>",
    subject: "La tua candidatura",
    body: [
      "Ciao Jordan,",
      "",
      "grazie per il tempo dedicato. Ottavio ha detto che il colloquio tecnico è andato bene, ma abbiamo scelto un altro candidato.",
      "",
      "Un saluto,",
      "Cosima Arvedi",
    ],
    want: [["Cosima Arvedi", "cosima.arvedi@lucernola.example"]],
  },
  {
    lang: "nl",
    from: "Femke Drielandt <femke.drielandt@kadewerf.example>",
    subject: "Je sollicitatie",
    body: [
      "Hoi Jordan,",
      "",
      "Dank voor het gesprek met Casimir en mij. We hebben inmiddels gekozen voor een andere kandidaat.",
      "",
      "Groet,",
      "Femke Drielandt",
    ],
    want: [["Femke Drielandt", "femke.drielandt@kadewerf.example"]],
  },
  {
    lang: "pt",
    from: "Iolanda Vasconcelos <iolanda.vasconcelos@ribamar.example>",
    subject: "A sua candidatura",
    body: [
      "Olá Jordan,",
      "",
      "Obrigada pela conversa. O Severino comentou que você foi muito bem na parte técnica, mas optámos por outro candidato.",
      "",
      "Cumprimentos,",
      "Iolanda Vasconcelos",
    ],
    want: [["Iolanda Vasconcelos", "iolanda.vasconcelos@ribamar.example"]],
  },
];

describe("a person named only in passing in the prose is no contact", () => {
  it.each(inPassing)("$lang: an interviewer a rejection or feedback looks back on", async (c) => {
    const [headers, body] = mail(c) as [string[], string];
    expect(await contactsOf(headers, body)).toEqual(c.want);
  });

  it("the colleague who will send the paperwork", async () => {
    const [headers, body] = mail({
      lang: "en",
      from: "Imara Feldgate <imara.feldgate@corbelwick.example>",
      subject: "Offer: Platform Engineer",
      body: [
        "Hi Jordan,",
        "",
        "Great news: we would like to offer you the Platform Engineer role, with a salary of 80,000. Casimir will send the formal paperwork tomorrow.",
        "",
        "Best,",
        "Imara Feldgate",
      ],
      want: [],
    }) as [string[], string];
    expect(await contactsOf(headers, body)).toEqual([
      ["Imara Feldgate", "imara.feldgate@corbelwick.example"],
    ]);
  });
});

const introduced: Case[] = [
  {
    lang: "en",
    from: "Imara Feldgate <imara.feldgate@corbelwick.example>",
    subject: "Next step: technical interview",
    body: [
      "Hi Jordan,",
      "",
      "We'd like to invite you to a technical interview next week. You'll meet Thaddeus Okonjo, our engineering manager, and me.",
      "",
      "Best,",
      "Imara Feldgate",
    ],
    want: [
      ["Imara Feldgate", "imara.feldgate@corbelwick.example"],
      ["Thaddeus Okonjo", null],
    ],
  },
  {
    lang: "de",
    from: "Wiebke Sandmoor <wiebke.sandmoor@kranzfeld.example>",
    subject: "Einladung zum Vorstellungsgespräch",
    body: [
      "Hallo Jordan,",
      "",
      "wir möchten Sie gerne zu einem Gespräch einladen. Dabei sind ich und Quirin Hallwachs, Teamleiter Daten.",
      "",
      "Viele Grüße",
      "Wiebke Sandmoor",
    ],
    want: [
      ["Quirin Hallwachs", null],
      ["Wiebke Sandmoor", "wiebke.sandmoor@kranzfeld.example"],
    ],
  },
  {
    lang: "es",
    from: "Nerea Solanilla <nerea.solanilla@brezomar.example>",
    subject: "Entrevista técnica",
    body: [
      "Hola Jordan:",
      "",
      "Nos gustaría invitarte a una entrevista técnica. Será conmigo y con Gervasio Laredo, responsable del equipo de datos. ¿Te viene bien el martes?",
      "",
      "Un saludo,",
      "Nerea Solanilla",
    ],
    want: [
      ["Gervasio Laredo", null],
      ["Nerea Solanilla", "nerea.solanilla@brezomar.example"],
    ],
  },
  {
    lang: "it",
    from: "Cosima Arvedi <cosima.arvedi@lucernola.example>",
    subject: "Proposta di assunzione",
    body: [
      "Ciao Jordan,",
      "",
      "siamo felici di offrirti il ruolo di Data Engineer, riporterai a Ottavio Brambati, il responsabile del team.",
      "",
      "Un saluto,",
      "Cosima Arvedi",
    ],
    want: [
      ["Cosima Arvedi", "cosima.arvedi@lucernola.example"],
      ["Ottavio Brambati", null],
    ],
  },
];

describe("a person the message introduces to the reader stays a contact", () => {
  it.each(introduced)("$lang: the panel, or someone the reader will report to", async (c) => {
    const [headers, body] = mail(c) as [string[], string];
    expect(await contactsOf(headers, body)).toEqual(c.want);
  });
});
