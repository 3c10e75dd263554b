import { describe, expect, it } from "vitest";
import {
  DRAFT_LANGUAGES,
  type DraftLanguage,
  type Register,
} from "../../src/domain/draft-language.ts";
import {
  MESSAGE_KIND_NAMES,
  MESSAGE_KINDS,
  type MessageKind,
} from "../../src/domain/message-kind.ts";
import { LINKEDIN_NOTE_LIMIT } from "../../src/drafts/linkedin-limit.ts";
import {
  type DraftContext,
  hasUnfilledSlot,
  type RenderedDraft,
  renderDraft,
} from "../../src/drafts/render-draft.ts";
import { CALLABLE_PURPOSES, SLOTS, type WrittenKind } from "../../src/drafts/wording.ts";

type Person = Omit<DraftContext, "kind" | "variant" | "purpose" | "language" | "register">;

/** Warm, interviewed, a topic in the note, a gendered title and a legal form to clean. */
const katrin: Person = {
  recipient: {
    name: "Katrin Vogel",
    warm: true,
    note: "Great rapport with Katrin, we talked about the design system migration.",
  },
  sender: { name: "Jordan Lee" },
  company: "Brandt Maschinenbau GmbH",
  role: "Senior UX Designer (m/w/d)",
  targets: ["Globex Systems", "Initech"],
  referrer: { name: "Beatriz Costa" },
  introduced: { name: "Lars Berg" },
  interviewed: true,
  wrote: true,
};

/** A form rejection: no interview, nobody met, legal form without its last dot, gendered title. */
const lucas: Person = {
  recipient: { name: "Lucas Moreau", warm: false, note: "" },
  sender: { name: "Jordan Lee" },
  company: "Rossi Costruzioni S.r.l",
  role: "Ingeniero/a de datos",
  targets: [],
  interviewed: false,
  wrote: true,
};

/** A paused search, the title "Herr" in the employer's message, "B.V" and "Infirmier(ère)". */
const joerg: Person = {
  recipient: { name: "Jörg Weiß", warm: false, note: "" },
  sender: { name: "Jordan Lee" },
  company: "Van Dijk B.V",
  role: "Infirmier(ère) de nuit",
  targets: ["Acme"],
  cues: "Mit freundlichen Grüßen, Herr Weiß",
  interviewed: true,
  wrote: false,
  paused: true,
  someoneHired: false,
};

/** Nothing known but the sender; the role is simply closed. */
const nobody: Person = {
  recipient: { name: null, warm: false, note: "" },
  sender: { name: "Jordan Lee" },
  company: null,
  role: null,
  targets: [],
  interviewed: true,
  openToFuture: false,
  someoneHired: false,
};

const CONTEXTS = { katrin, lucas, joerg, nobody } as const;
type ContextName = keyof typeof CONTEXTS;
const CONTEXT_NAMES = Object.keys(CONTEXTS) as ContextName[];
const REGISTERS: readonly Register[] = ["formal", "informal"];
const WRITTEN_KINDS = MESSAGE_KIND_NAMES.filter((k): k is WrittenKind => k !== "call_script");

/** The greeting each person gets, by language and register: written out, not computed. */
const GREETINGS: Record<DraftLanguage, Record<Register, Record<ContextName, string>>> = {
  en: {
    formal: {
      katrin: "Dear Katrin,",
      lucas: "Dear Lucas,",
      joerg: "Dear Jörg,",
      nobody: "Dear Sir or Madam,",
    },
    informal: { katrin: "Hi Katrin,", lucas: "Hi Lucas,", joerg: "Hi Jörg,", nobody: "Hello," },
  },
  de: {
    formal: {
      katrin: "Sehr geehrte Frau Vogel,",
      lucas: "Sehr geehrter Herr Moreau,",
      joerg: "Sehr geehrter Herr Weiß,",
      nobody: "Guten Tag,",
    },
    informal: {
      katrin: "Hallo Katrin,",
      lucas: "Hallo Lucas,",
      joerg: "Hallo Jörg,",
      nobody: "Hallo,",
    },
  },
  fr: {
    formal: {
      katrin: "Bonjour Madame Vogel,",
      lucas: "Bonjour Monsieur Moreau,",
      joerg: "Bonjour Monsieur Weiß,",
      nobody: "Madame, Monsieur,",
    },
    informal: {
      katrin: "Bonjour Katrin,",
      lucas: "Bonjour Lucas,",
      joerg: "Bonjour Jörg,",
      nobody: "Bonjour,",
    },
  },
  es: {
    formal: {
      katrin: "Estimada Sra. Vogel:",
      lucas: "Estimado Sr. Moreau:",
      joerg: "Estimado Sr. Weiß:",
      nobody: "Buenos días:",
    },
    informal: {
      katrin: "Hola, Katrin:",
      lucas: "Hola, Lucas:",
      joerg: "Hola, Jörg:",
      nobody: "Hola:",
    },
  },
  nl: {
    formal: {
      katrin: "Geachte mevrouw Vogel,",
      lucas: "Geachte heer Moreau,",
      joerg: "Geachte heer Weiß,",
      nobody: "Geachte heer, mevrouw,",
    },
    informal: {
      katrin: "Beste Katrin,",
      lucas: "Beste Lucas,",
      joerg: "Beste Jörg,",
      nobody: "Beste,",
    },
  },
  it: {
    formal: {
      katrin: "Gentile Signora Vogel,",
      lucas: "Gentile Signor Moreau,",
      joerg: "Gentile Signor Weiß,",
      nobody: "Buongiorno,",
    },
    informal: {
      katrin: "Ciao Katrin,",
      lucas: "Ciao Lucas,",
      joerg: "Ciao Jörg,",
      nobody: "Buongiorno,",
    },
  },
  pt: {
    formal: {
      katrin: "Prezada Katrin,",
      lucas: "Prezado Lucas,",
      joerg: "Prezado Jörg,",
      nobody: "Bom dia,",
    },
    informal: { katrin: "Olá, Katrin,", lucas: "Olá, Lucas,", joerg: "Olá, Jörg,", nobody: "Olá," },
  },
};

/** Words of the other register, which must never appear (case-sensitive where case decides). */
const WRONG_REGISTER: Record<DraftLanguage, Record<Register, RegExp | null>> = {
  en: { formal: /^Hi\b/, informal: /^Dear\b/ },
  de: {
    formal: /(?<![\p{L}])(?:du|dich|dir|dein\p{L}*|Hallo)(?![\p{L}])/u,
    informal: /(?<![\p{L}])(?:Ihnen|Ihr|Ihre[mnrs]?)(?![\p{L}])|(?<=[\p{Ll},] )Sie(?![\p{L}])/u,
  },
  fr: {
    formal: /(?<![\p{L}])(?:tu|te|toi|ton|ta|tes|t’)(?![\p{L}])/iu,
    informal: /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu,
  },
  es: {
    formal:
      /(?<![\p{L}])(?:tú|tu|tus|te|ti|contigo|\p{L}+(?:arte|erte|irte))(?![\p{L}])(?<!parte|suerte)/iu,
    informal: /(?<![\p{L}])(?:usted|su|sus)(?![\p{L}])/iu,
  },
  nl: {
    formal: /(?<![\p{L}])(?:je|jij|jou|jouw)(?![\p{L}])/iu,
    informal: /(?<![\p{L}])(?:u|uw)(?![\p{L}])/iu,
  },
  it: {
    formal: /(?<![\p{L}])(?:ti|tu|tuo|tua|tuoi|te)(?![\p{L}])/u,
    informal:
      /(?<=[\p{Ll},] )(?:Lei|Suo|Sua|Le|La)(?![\p{L}])|(?<![\p{L}])(?:Lei|Suo|Sua)(?![\p{L}])/u,
  },
  // Portuguese sentences avoid pronouns of address in both registers: only the greeting differs.
  pt: { formal: /^Olá/, informal: /^Prezad/ },
};

/** Thanks, in each language. */
const THANKS: Record<DraftLanguage, RegExp> = {
  en: /\bthank/i,
  de: /Dank|danke/i,
  fr: /merci|remerci/i,
  es: /gracias|agradezco/i,
  nl: /dank/i,
  it: /grazie|ringrazio/i,
  pt: /agradeço/i,
};
/** Accepting the decision without arguing. */
const ACCEPTS: Record<DraftLanguage, RegExp> = {
  en: /I understand|I respect the decision/,
  de: /nachvollziehen|respektiere die Entscheidung|verstehe/,
  fr: /je comprends|Je comprends|Je respecte la décision/,
  es: /entiendo|respeto la decisión/i,
  nl: /Ik begrijp|Ik respecteer het besluit|Dat begrijp ik/,
  it: /Comprendo|Capisco|capisco|Rispetto la decisione/,
  pt: /Compreendo|Entendo|entendo|Respeito a decisão/,
};
/** A way out for the reader: an ask that is easy to decline. */
const EASY_TO_DECLINE: Record<DraftLanguage, RegExp> = {
  en: /no reply is fine|I'll understand|no problem at all|I'll completely understand|I understand|perfectly fine|whenever it suits you/,
  de: /auch in Ordnung|natürlich in Ordnung|volles Verständnis|kein Problem|genügt völlig|„noch nicht“/,
  fr: /je comprendrai|aucun souci|me suffit|suffit largement/,
  es: /lo entiendo|lo entenderé|no pasa nada|me basta|es suficiente/,
  nl: /begrijp ik dat|alle begrip|geen enkel probleem|prima|ruim voldoende/,
  it: /lo capisco|lo capirò|nessun problema|va benissimo|Basta una risposta breve/,
  pt: /entendo perfeitamente|vou entender|sem problema|já basta|já é suficiente|entendo/,
};
/** "Keep me in mind" for future roles; and for a paused search, "pick up where we left off". */
const KEEP_IN_MIND: Record<DraftLanguage, { open: RegExp; paused: RegExp }> = {
  en: { open: /keep me in mind/, paused: /pick up where we left off/ },
  de: { open: /an mich (?:denken|denkst)/, paused: /anknüpfen/ },
  fr: { open: /pensiez à moi|penses à moi/, paused: /reprendre là où/ },
  es: { open: /contara(?:s)? conmigo/, paused: /retomarlo/ },
  nl: { open: /hoor ik het graag/, paused: /draad graag weer op/ },
  it: { open: /pensasse a me|pensassi a me/, paused: /riprendere da dove/ },
  pt: { open: /lembrarem de mim/, paused: /continuar de onde paramos/ },
};
/** Words that claim an interview took place. */
const INTERVIEW_CLAIM =
  /interviews|Gesprächen|Gespräche |entretiens|entrevistas|gesprekken|colloqui|nostri colloqui/;
/** What a rejection-stage word might look like if a new hire were wished well after a pause. */
const NEW_HIRE =
  /whoever|Person, die die Stelle|personne retenue|ocupe el puesto|functie gaat vervullen|ricoprirà il ruolo|assumir a vaga/;

/** Kinds that ask one thing of the reader. */
const ASKS: ReadonlySet<MessageKind> = new Set([
  "feedback_request",
  "role_fit_question",
  "referral_request",
  "keep_on_file_follow_up",
  "networking_meeting",
  "on_hold_check_back",
  "introduction",
]);
/** Kinds that thank the reader. */
const THANKING: ReadonlySet<MessageKind> = new Set([
  "appreciation",
  "feedback_request",
  "role_fit_question",
  "keep_on_file_follow_up",
  "thanks_for_feedback",
  "thanks_for_referral",
  "thanks_anyway",
  "report_back",
]);
/** Kinds that accept the decision. */
const ACCEPTING: ReadonlySet<MessageKind> = new Set([
  "appreciation",
  "feedback_request",
  "role_fit_question",
]);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const DOCUMENTED_SLOTS = new Set<string>(Object.values(SLOTS));

interface Case {
  language: DraftLanguage;
  register: Register;
  context: ContextName;
  kind: MessageKind;
  purpose?: MessageKind;
  variant: number;
}

const cases: Case[] = DRAFT_LANGUAGES.flatMap((language) =>
  REGISTERS.flatMap((register) =>
    CONTEXT_NAMES.flatMap((context) => [
      ...WRITTEN_KINDS.flatMap((kind) =>
        [0, 1].map((variant): Case => ({ language, register, context, kind, variant })),
      ),
      ...CALLABLE_PURPOSES.map(
        (purpose): Case => ({
          language,
          register,
          context,
          kind: "call_script",
          purpose,
          variant: 0,
        }),
      ),
    ]),
  ),
);

function render(c: Case): RenderedDraft {
  return renderDraft({
    ...CONTEXTS[c.context],
    kind: c.kind,
    purpose: c.purpose,
    variant: c.variant,
    language: c.language,
    register: c.register,
  });
}

describe("renderDraft: every kind × language × register × context", () => {
  it.each(cases)("$kind $purpose in $language ($register) for $context, variant $variant", (c) => {
    const person = CONTEXTS[c.context];
    const draft = render(c);
    const text = `${draft.subject}\n${draft.body}`;
    const channel = MESSAGE_KINDS[c.kind].channel;
    expect(draft.language).toBe(c.language);
    expect(draft.register).toBe(c.register);
    expect(draft.channel).toBe(channel);

    // Greeting and register.
    const greeting = GREETINGS[c.language][c.register][c.context];
    const expectedStart = channel === "email" ? `${greeting}\n\n` : greeting.replace(/:$/, ",");
    if (channel === "linkedin" && draft.body.length <= 60) {
      // The shortest fallback note has no greeting at all.
      expect(draft.body.length).toBeGreaterThan(10);
    } else {
      expect(draft.body.startsWith(expectedStart)).toBe(true);
    }
    const wrong = WRONG_REGISTER[c.language][c.register];
    const afterGreeting = draft.body.slice(greeting.length);
    if (wrong && c.language !== "en" && c.language !== "pt") {
      expect(`${draft.subject}\n${afterGreeting}`).not.toMatch(wrong);
    } else if (wrong) {
      expect(draft.body).not.toMatch(wrong);
    }

    // Nothing left unfilled but the documented slots; no condition or placeholder syntax.
    expect(text).not.toMatch(/\{\w*\}|<[^>]*\|[^>]*>|[<>]/);
    expect(text).not.toMatch(/\b(?:undefined|null|NaN)\b|\[object/);
    for (const slot of text.match(/\[\[[^\]]*\]\]/g) ?? [])
      expect(DOCUMENTED_SLOTS.has(slot)).toBe(true);
    expect(draft.body).not.toMatch(/ {2}|\n{3}| \n|\n | ,| \.|\.\.|,,/);
    expect(draft.body).toBe(draft.body.trim());

    // Facts: clean names, the sender signs, no interview claimed without one.
    expect(text).not.toMatch(/GmbH|S\.r\.l|B\.V|\(m\/w\/d\)|\/a\b|\(ère\)/);
    const signature = channel === "linkedin" ? "Jordan" : "Jordan Lee";
    if (!(channel === "linkedin" && draft.body.length <= 60))
      expect(draft.body).toContain(signature);
    if (person.recipient.name && channel !== "call") {
      const first = person.recipient.name.split(" ")[0] ?? "";
      const last = person.recipient.name.split(" ")[1] ?? "";
      if (!(channel === "linkedin" && draft.body.length <= 60)) {
        expect(draft.body.includes(first) || draft.body.includes(last)).toBe(true);
      }
    }
    if (person.interviewed === false) expect(text).not.toMatch(INTERVIEW_CLAIM);
    if (person.company && draft.body.includes("Brandt"))
      expect(draft.body).toContain("Brandt Maschinenbau");

    // Length: emails at most 120 words, LinkedIn notes at most 200 characters.
    if (channel === "email") expect(words(draft.body)).toBeLessThanOrEqual(120);
    if (channel === "linkedin") {
      expect(draft.body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
      expect(draft.subject).toBe("");
    }
    if (channel === "email") expect(draft.subject.length).toBeGreaterThan(2);
    if (channel === "call") {
      expect(draft.subject).toBe("");
      expect(words(draft.body)).toBeLessThanOrEqual(110);
    }

    // The advice, per kind.
    const body = draft.body;
    const kind = c.kind;
    if (THANKING.has(kind)) expect(body).toMatch(THANKS[c.language]);
    if (ACCEPTING.has(kind)) expect(body).toMatch(ACCEPTS[c.language]);
    if (ASKS.has(kind)) {
      // One clear question, and a way to say no.
      expect((body.match(/\?/g) ?? []).length).toBe(1);
      expect(body).toMatch(EASY_TO_DECLINE[c.language]);
    }
    if (
      [
        "appreciation",
        "thanks_for_feedback",
        "thanks_for_referral",
        "thanks_anyway",
        "stay_in_touch",
        "pass_on_lead",
        "report_back",
      ].includes(kind)
    ) {
      expect(body).not.toMatch(/\?/);
    }
    if (kind === "appreciation" || kind === "feedback_request") {
      const keep = KEEP_IN_MIND[c.language];
      if (person.paused) {
        expect(body).toMatch(keep.paused);
        expect(body).not.toMatch(keep.open);
      } else if (person.openToFuture === false) {
        expect(body).not.toMatch(keep.open);
      } else {
        expect(body).toMatch(keep.open);
      }
    }
    if (person.someoneHired === false || person.paused) expect(body).not.toMatch(NEW_HIRE);
    if (kind === "stay_in_touch") expect(body).toContain(SLOTS.share);
    if (kind === "pass_on_lead") expect(body).toContain(SLOTS.lead);
    if (kind === "report_back") expect(body).toContain(SLOTS.news);
    if (kind === "introduction") expect(text).toContain(person.referrer?.name ?? "");
  });
});

describe("the variant follows the topic, not a hash", () => {
  it.each(DRAFT_LANGUAGES)(
    "uses the topic from the note wherever the kind can carry one (%s)",
    (language) => {
      const carrying: WrittenKind[] = [
        "appreciation",
        "feedback_request",
        "referral_request",
        "linkedin_note",
        "keep_on_file_follow_up",
        "networking_meeting",
        "stay_in_touch",
        "pass_on_lead",
        "check_in_90_day",
        "on_hold_check_back",
        "role_fit_question",
      ];
      for (const kind of carrying) {
        for (const variant of [0, 1, 7]) {
          const withTopic = renderDraft({ ...katrin, kind, variant, language });
          expect(withTopic.topic).toBe(true);
          expect(withTopic.body).toContain("the design system migration");
          const without = renderDraft({ ...lucas, kind, variant, language });
          expect(without.topic).toBe(false);
        }
      }
    },
  );

  it("asks about what the note says to ask about", () => {
    const body = renderDraft({
      ...lucas,
      recipient: { name: "Lars Berg", warm: true, note: "ask him about the modelling guild" },
      kind: "referral_request",
      language: "en",
    }).body;
    expect(body).toContain("I'd love to hear more about the modelling guild");
  });

  it("uses a German topic in a German draft and not in a French one", () => {
    const recipient = {
      name: "Jörg Weiß",
      warm: true,
      note: "Wir haben lange über das neue Lagerkonzept gesprochen.",
    };
    expect(
      renderDraft({ ...joerg, recipient, kind: "appreciation", language: "de" }).body,
    ).toContain("unser Gespräch über das neue Lagerkonzept");
    expect(
      renderDraft({ ...joerg, recipient, kind: "appreciation", language: "fr" }).body,
    ).not.toContain("Lagerkonzept");
  });
});

describe("register from what the employer and the user wrote", () => {
  it.each([
    ["de", "Sehr geehrte Frau Vogel, vielen Dank für Ihre Bewerbung.", "", "formal"],
    ["de", "Hallo Jordan, danke dir für deine Zeit!", "", "informal"],
    [
      "de",
      "Hallo Jordan, danke dir für deine Zeit!",
      "Hallo Herr Weiß, ich habe Ihre Nachricht erhalten",
      "formal",
    ],
    ["es", "Hola Jordan, ¿qué tal? Te escribo para contarte…", "", "informal"],
    ["es", "Estimado Jordan: le agradecemos su interés.", "", "formal"],
    ["fr", "Bonjour Jordan, nous vous remercions de votre candidature.", "", "formal"],
    ["fr", "Salut Jordan, merci pour ton temps !", "", "informal"],
    ["nl", "Hoi Jordan, bedankt voor je sollicitatie.", "", "informal"],
    ["nl", "Geachte heer Lee, hartelijk dank voor uw sollicitatie.", "", "formal"],
    ["it", "Ciao Jordan, ti ringrazio per il tuo tempo.", "", "informal"],
    ["it", "Gentile Jordan, La ringraziamo per la Sua candidatura.", "", "formal"],
    ["pt", "Olá Jordan, obrigado pelo seu interesse, você foi ótimo.", "", "informal"],
    ["pt", "Prezado Jordan, agradecemos seu interesse. Atenciosamente", "", "formal"],
    ["en", "Dear Mr Lee, thank you for applying. Yours sincerely", "", "formal"],
    ["en", "Hi Jordan, thanks so much! Rooting for you.", "", "informal"],
  ] as const)("%s: %j (note %j) -> %s", (language, employer, note, expected) => {
    const draft = renderDraft({
      ...katrin,
      recipient: { ...katrin.recipient, note },
      cues: employer,
      kind: "appreciation",
      language,
    });
    expect(draft.register).toBe(expected);
  });
});

describe("a LinkedIn note to someone also thanked by email", () => {
  it.each(DRAFT_LANGUAGES)("does not thank a second time (%s)", (language) => {
    const note = renderDraft({
      ...lucas,
      kind: "linkedin_note",
      language,
      thanked: true,
      interviewed: true,
    });
    expect(note.body).not.toMatch(THANKS[language]);
    const alone = renderDraft({ ...lucas, kind: "linkedin_note", language, interviewed: true });
    expect(alone.body).toMatch(THANKS[language]);
  });
});

describe("the person who wrote is thanked for writing; someone met only for their time", () => {
  it("English", () => {
    const writer = renderDraft({
      ...katrin,
      kind: "appreciation",
      language: "en",
      wrote: true,
    }).body;
    const met = renderDraft({ ...katrin, kind: "appreciation", language: "en", wrote: false }).body;
    expect(writer).toMatch(/Thank you for letting me know/);
    expect(met).not.toMatch(/letting me know/);
    expect(met).toMatch(/Thank you for the time you gave me during my interviews/);
  });
});

describe("slots", () => {
  it("are recognised as unfilled", () => {
    expect(hasUnfilledSlot(renderDraft({ ...katrin, kind: "stay_in_touch" }).body)).toBe(true);
    expect(hasUnfilledSlot(renderDraft({ ...katrin, kind: "appreciation" }).body)).toBe(false);
  });

  it("sign with a slot when the user has not told Rebound their name", () => {
    const body = renderDraft({
      ...katrin,
      sender: { name: "" },
      kind: "appreciation",
      language: "de",
    }).body;
    expect(body.endsWith(SLOTS.name)).toBe(true);
  });
});
