import type { LlmDraft } from "../../schemas/llm-draft.ts";
import type { DraftLanguage } from "../domain/draft-language.ts";
import type { MessageKind } from "../domain/message-kind.ts";
import { LINKEDIN_NOTE_LIMIT } from "../drafts/linkedin-limit.ts";
import type { RenderedDraft } from "../drafts/render-draft.ts";

/** What a personalised draft may draw on besides its template. */
export interface DraftFacts {
  /** The name the template signs with (the job seeker's, or the "[[add: your name]]" slot). */
  senderName: string;
  company: string | null;
  role: string | null;
  /** What the user said about the recipient. */
  userNote: string;
  /** What the recipient's email said (its newest part, bounded). */
  emailExcerpt: string;
  /** Words the draft must keep (an introduction names who referred the user). */
  mustKeep: readonly string[];
}

export type DraftCheck = { ok: true; draft: RenderedDraft } | { ok: false; violations: string[] };

/** Personalising adds a sentence or two: about two sentences more than the template, no essay. */
const MAX_GROWTH_CHARS = { email: 400, call: 250 } as const;
/** An email draft longer than this is no longer a short note. */
const MAX_EMAIL_CHARS = 1_500;
/** Shorter than this share of the template, and something it had to say went missing. */
const MIN_SHARE_OF_TEMPLATE = 0.6;
/** The greeting is read within this many characters of the start; the signature as near the end. */
const GREETING_WINDOW = 70;
const SIGNATURE_WINDOW = 60;
const MAX_SUBJECT_CHARS = 100;

/** A whole-word pattern over Unicode letters (JavaScript's \b only knows ASCII letters). */
function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");
}

/**
 * Phrases that promise, claim or ask something, in the seven languages drafts are written in;
 * allowed only when the template or the user's own words have them.
 */
const COMMITMENTS: readonly [string, RegExp][] = [
  [
    "promise",
    words(
      "I(?:'ll|’ll| will| shall|'m going to|’m going to| am going to)\\s+(?:send|share|forward|call|phone|introduce|connect|refer|e-?mail|write|follow up|reach out|be in touch|get back|pay|deliver|bring|attach|visit|meet|join|start|keep you posted|let you know)" +
        "|ich (?:werde|schicke|sende|rufe|melde mich|komme)|(?:je|nous) (?:vous |te )?(?:enverrai|appellerai|rappellerai|vais (?:vous |te )?(?:envoyer|appeler))|(?:le|te|les) (?:enviaré|llamaré|escribiré)|voy a (?:enviar|llamar|escribir)|ik (?:stuur|bel|zal)|(?:Le|ti|La|vi) (?:invierò|chiamerò|scriverò)|(?:vou|irei) (?:enviar|ligar|escrever)|enviarei|ligarei",
    ),
  ],
  [
    "attachment",
    words(
      "attach(?:ed|ing|ment)?s?|enclos(?:ed|ing|ure)|portfolio|link below|anbei|im Anhang|angehängt|ci-joint|en pièce jointe|adjunto|en el adjunto|bijgevoegd|in de bijlage|in allegato|allegato|em anexo|anexo",
    ),
  ],
  [
    "claim_about_self",
    words(
      "I(?:'ve|’ve| have)\\s+(?:accepted|signed|received|got|been offered|applied|already|just)|I\\s+(?:accepted|signed|applied)|my new (?:role|job|position)" +
        "|ich habe (?:ein Angebot|unterschrieben|angenommen|zugesagt)|meine neue Stelle|j['’]ai (?:accepté|signé)|mon nouveau poste|he (?:aceptado|firmado)|mi nuevo puesto|ik heb (?:aangenomen|getekend)|mijn nieuwe baan|ho (?:accettato|firmato)|il mio nuovo lavoro|(?:aceitei|assinei)|meu novo emprego",
    ),
  ],
  [
    "claim_about_them",
    words(
      "(?:you|we)\\s+(?:agreed|promised|decided|said)|as (?:promised|agreed|discussed)|wie (?:besprochen|vereinbart|versprochen)|comme (?:convenu|promis)|como (?:acordamos|prometió|prometiste|quedamos)|zoals (?:afgesproken|beloofd)|come (?:concordato|promesso)|como (?:combinado|prometido)",
    ),
  ],
  [
    "terms",
    words(
      "salary|compensation|relocat\\p{L}*|visa|notice period|start date|contract|Gehalt|Vergütung|Kündigungsfrist|Vertrag|Umzug|salaire|rémunération|préavis|contrat|salario|sueldo|contrato|preaviso|salaris|opzegtermijn|stipendio|retribuzione|contratto|preavviso|salário|remuneração|aviso prévio",
    ),
  ],
  [
    "guarantee",
    words(
      "guarantee\\p{L}*|promise\\p{L}*|garanti\\p{L}*|verspreche\\p{L}*|prometo|prometto|prometo|beloof\\p{L}*",
    ),
  ],
  [
    "time_claim",
    words(
      "tomorrow|today|tonight|next (?:week|month)|this (?:week|month|afternoon)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
        "|morgen|heute|nächste Woche|diese Woche|demain|aujourd['’]hui|la semaine prochaine|cette semaine|mañana|hoy|la (?:próxima|semana que viene)|esta semana|vandaag|volgende week|deze week|domani|oggi|la prossima settimana|questa settimana|amanhã|hoje|(?:na )?próxima semana|esta semana",
    ),
  ],
  [
    "request",
    words(
      "(?:could|would|can|will) you|please|would you mind|if you (?:could|would|can|know)" +
        "|könnten Sie|würden Sie|kannst du|könntest du|bitte|pourriez-vous|pourrais-tu|s['’]il (?:vous|te) plaît|podría usted|podrías|por favor|zou u|zou je|kunt u|kun je|alstublieft|alsjeblieft|potrebbe|potresti|per favore|per cortesia|poderia|você poderia",
    ),
  ],
];

/** What each kind is for, as concepts in every language; a draft must keep its kind's. */
const CONCEPT = {
  thanks: words(
    "thank\\p{L}*|appreciat\\p{L}*|grateful|danke?\\p{L}*|Dank|merci|remerci\\p{L}*|gracias|agradec\\p{L}*|agradeç\\p{L}*|grazie|ringrazi\\p{L}*|bedank\\p{L}*|dank",
  ),
  feedback: words(
    "stronger|feedback|pointers?|improve|stärker|plus solide|conseil|más sólida|sterker|tip|più solida|consiglio|mais forte|orientação",
  ),
  favour: words(
    "reference|introduc\\p{L}*|point me to|meet|Referenz|bekannt zu machen|recommander|mettre en relation|referencia|ponerme en contacto|referentie|in contact (?:te )?brengen|referenza|mettermi in contatto|referência|apresentar",
  ),
  connect: words(
    "connect\\p{L}*|in touch|thank\\p{L}*|Kontakt|contact|contacto|contatto|contato|bedank\\p{L}*|dank\\p{L}*|merci|gracias|grazie|agradeço",
  ),
  onFile: words(
    "on file|keep(?:ing)? (?:me|my)|future|in mind|künftig\\p{L}*|aufzubewahren|futur\\p{L}*|conserver|conservar|toekomstige|bewaren|conservare|manter",
  ),
  meeting: words(
    "minutes|call|coffee|conversation|chat|Minuten|Gespräch|Telefonat|appel|échange|llamada|conversación|gesprek|telefoongesprek|chiamata|conversazione|telefonata|ligação|conversa",
  ),
  hello: words(
    "hello|thought of you|hope|pass on|gestoßen|denken|hoffe|pensé|découvert|espère|acordé|encontré|espero|denken|hoop|tegen|pensato|trovato|spero|encontrei|lembrei|alô",
  ),
  interest: words(
    "interest|keen|hello|check in|Interesse|intérêt|interés|interesse|saludar|salutar|alô|melden",
  ),
  search: words(
    "on hold|paused|search|restart|check back|news|Suche|ruhte|recrutement|suspendu|proceso|pausa|werving|stil|selezione|sospesa|processo|suspenso",
  ),
  roles: words(
    "roles?|openings?|position\\p{L}*|fit|match|suit|Aufgaben|passen|postes?|correspond\\p{L}*|puestos?|encaj\\p{L}*|functies|aansluiten|posizioni|inserirebbe|vagas?|encaixaria",
  ),
  fromFeedback: words("feedback|thoughts|reply|getting back|retour|comentarios|riscontro|Feedback"),
  introduction: words(
    "suggest\\p{L}*|referr\\p{L}*|introduc\\p{L}*|given your name|passed on|reach out|Empfehlung|genannt|de la part|de parte|op aanraden|suggerimento|indicação",
  ),
  call: words(
    "call\\p{L}*|spoke|say hello|thank\\p{L}*|this is|it's|hier spricht|c['’]est|soy|spreekt|met|sono|aqui é",
  ),
  lead: words("lead|useful|nützlich|utile|útil|nuttig"),
  news: words("how (?:things|it) went|weitergegangen|passées|fue todo|gegaan|andata|foram"),
} as const;

const PURPOSE_CUES: { readonly [K in MessageKind]: readonly RegExp[] } = {
  appreciation: [CONCEPT.thanks],
  feedback_request: [CONCEPT.feedback],
  referral_request: [CONCEPT.favour],
  linkedin_note: [CONCEPT.connect],
  keep_on_file_follow_up: [CONCEPT.onFile],
  networking_meeting: [CONCEPT.meeting],
  stay_in_touch: [CONCEPT.hello],
  pass_on_lead: [CONCEPT.lead],
  check_in_90_day: [CONCEPT.interest],
  on_hold_check_back: [CONCEPT.search],
  role_fit_question: [CONCEPT.roles],
  thanks_for_feedback: [CONCEPT.thanks, CONCEPT.fromFeedback],
  thanks_for_referral: [CONCEPT.thanks],
  thanks_anyway: [CONCEPT.thanks],
  introduction: [CONCEPT.introduction],
  report_back: [CONCEPT.news],
  call_script: [CONCEPT.call],
};

/** Pronouns of the other register, which a personalised draft must not switch to. */
const OTHER_REGISTER: {
  readonly [L in DraftLanguage]?: { formal: RegExp; informal: RegExp };
} = {
  de: {
    formal: /(?<![\p{L}])(?:du|dich|dir|dein\p{L}*)(?![\p{L}])/u,
    informal: /(?<![\p{L}])(?:Ihnen|Ihr|Ihre[mnrs]?)(?![\p{L}])|(?<=[\p{Ll},] )Sie(?![\p{L}])/u,
  },
  fr: {
    formal: /(?<![\p{L}])(?:tu|te|toi|ton|ta|tes|t['’])(?![\p{L}])/iu,
    informal: /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu,
  },
  es: {
    formal: /(?<![\p{L}])(?:tú|tus?|te|ti|contigo)(?![\p{L}])/iu,
    informal: /(?<![\p{L}])(?:usted|ustedes)(?![\p{L}])/iu,
  },
  nl: {
    formal: /(?<![\p{L}])(?:je|jij|jou|jouw)(?![\p{L}])/iu,
    informal: /(?<![\p{L}])(?:u|uw)(?![\p{L}])/iu,
  },
  it: {
    formal: /(?<![\p{L}])(?:ti|tu|tuo|tua|tuoi|tue)(?![\p{L}])/u,
    informal: /(?<![\p{L}])(?:Lei|Suo|Sua|Suoi|Sue)(?![\p{L}])/u,
  },
  pt: {
    formal: /(?<![\p{L}])(?:tu|teu|tua)(?![\p{L}])/iu,
    informal: /(?<![\p{L}])(?:o senhor|a senhora)(?![\p{L}])/iu,
  },
};

const SLOT = /\[\[add:[^\]]*\]\]/g;
const CONTACT_DETAIL =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|io|dev|co|de|fr|uk)\b|\+?\d[\d ()-]{6,}\d/gi;
const NUMBER = /\d+(?:[.,:]\d+)*/g;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__|^#{1,6}\s|```|\]\(|\{\w+\}/im;
/** Capitalised words that are not names. */
const ALWAYS_CAPITALISED = new Set([
  "i",
  "i'm",
  "i’m",
  "i'd",
  "i’d",
  "i'll",
  "i’ll",
  "i've",
  "i’ve",
  // Pronouns of polite address, capitalised mid-sentence.
  "sie",
  "ihnen",
  "ihr",
  "ihre",
  "ihrem",
  "ihren",
  "ihrer",
  "ihres",
  "lei",
  "la",
  "le",
  "sua",
  "suo",
  "suoi",
  "sue",
  "usted",
]);

/** Languages whose nouns are capitalised: a capital there says nothing about a name. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(["de"]);

/**
 * Whether Claude's version of a draft may replace the template: same greeting and signature (so
 * the same person is addressed and it is signed by the user), within the channel's length, no
 * promise, claim, number, name or contact detail that neither the template nor the facts
 * contain, the same slots left for the user, and the kind's purpose kept.
 */
export function checkPersonalisedDraft(
  template: RenderedDraft,
  candidate: LlmDraft,
  facts: DraftFacts,
): DraftCheck {
  const body = candidate.body.replace(/\r\n?/g, "\n").trim();
  // Only ASCII white space is folded: French keeps its narrow no-break space before "?".
  const subject = candidate.subject.replace(/[ \t\r\n]+/g, " ").trim();
  // The user's own words may promise or give contact details; the email's words may not.
  const ownWords = [template.subject, template.body, facts.senderName, facts.userNote].join("\n");
  const allWords = [ownWords, facts.company ?? "", facts.role ?? "", facts.emailExcerpt].join("\n");
  const text = `${subject}\n${body}`;
  const violations = [
    ...subjectViolations(template, subject),
    ...lengthViolations(template, body),
    ...frameViolations(template, body, facts),
    ...contactDetails(text, ownWords),
    ...inventedDetails(text, allWords, template.language),
    ...commitmentViolations(text, ownWords),
    ...purposeViolations(template, body),
    ...registerViolations(template, `${subject}\n${body}`),
    ...(MARKUP.test(body.replace(SLOT, "")) ? ["markup"] : []),
  ];
  if (violations.length > 0) return { ok: false, violations: [...new Set(violations)] };
  return { ok: true, draft: { ...template, subject, body } };
}

function subjectViolations(template: RenderedDraft, subject: string): string[] {
  if (template.channel !== "email") return subject === template.subject ? [] : ["subject_changed"];
  if (subject.length < 3 || subject.length > MAX_SUBJECT_CHARS) return ["subject_length"];
  return [];
}

function lengthViolations(template: RenderedDraft, body: string): string[] {
  const limit =
    template.channel === "linkedin"
      ? LINKEDIN_NOTE_LIMIT
      : template.channel === "call"
        ? template.body.length + MAX_GROWTH_CHARS.call
        : Math.min(MAX_EMAIL_CHARS, template.body.length + MAX_GROWTH_CHARS.email);
  if (body.length > Math.max(limit, template.body.length)) return ["too_long"];
  if (body.length < template.body.length * MIN_SHARE_OF_TEMPLATE) return ["too_short"];
  return [];
}

/** Same greeting, same signature, same slots for the user, and what must be kept. */
function frameViolations(template: RenderedDraft, body: string, facts: DraftFacts): string[] {
  const out: string[] = [];
  // The greeting is the first line ("Estimada Sra. Pérez:"), or up to the first comma of a one-line note.
  const newline = template.body.indexOf("\n");
  const comma = template.body.indexOf(",");
  const end = newline > 0 && newline < GREETING_WINDOW ? newline : comma + 1;
  if (end > 0 && end < GREETING_WINDOW && !body.startsWith(template.body.slice(0, end))) {
    out.push("greeting_changed");
  }
  const signer = [facts.senderName, facts.senderName.split(/\s+/)[0] ?? ""].find(
    (name) => name !== "" && template.body.slice(-SIGNATURE_WINDOW).includes(name),
  );
  if (signer && !body.slice(-SIGNATURE_WINDOW).includes(signer)) out.push("signature_changed");
  const slots = (text: string) => (text.match(SLOT) ?? []).sort().join("\n");
  if (slots(body) !== slots(template.body)) out.push("slots_changed");
  if (facts.mustKeep.some((word) => template.body.includes(word) && !body.includes(word))) {
    out.push("detail_dropped");
  }
  return out;
}

/** Addresses, links and phone numbers the user did not write themselves. */
function contactDetails(text: string, ownWords: string): string[] {
  const lower = ownWords.toLowerCase();
  const details = text.replace(SLOT, "").match(CONTACT_DETAIL) ?? [];
  return details.some((d) => !lower.includes(d.toLowerCase())) ? ["new_contact_detail"] : [];
}

/** Numbers and capitalised names found in the text but in none of the sources. */
function inventedDetails(text: string, sources: string, language: string): string[] {
  const out: string[] = [];
  const withoutSlots = text.replace(SLOT, "");
  const sourceNumbers = new Set(sources.match(NUMBER) ?? []);
  if ((withoutSlots.match(NUMBER) ?? []).some((n) => !sourceNumbers.has(n))) out.push("new_number");
  if (NOUNS_CAPITALISED.has(language)) return out;
  const sourceWords = new Set((sources.match(WORD) ?? []).map((w) => w.toLowerCase()));
  for (const match of withoutSlots.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (word === lower || ALWAYS_CAPITALISED.has(lower) || sourceWords.has(lower)) continue;
    if (startsSentence(withoutSlots, match.index ?? 0)) continue;
    out.push("new_name");
    break;
  }
  return out;
}

/** A capital there is grammar, not a name: start of text, line, sentence or clause after a colon. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/["'“‘„«¿¡( \t\u202f]+$/u, "");
  return before === "" || /[.!?:\n—–-]$/.test(before);
}

/** Each promise, claim or ask in the text must be one the sources make, word for word. */
function commitmentViolations(text: string, sources: string): string[] {
  const known = sources.toLowerCase();
  return COMMITMENTS.filter(([, pattern]) => {
    const every = new RegExp(pattern.source, `${pattern.flags}g`);
    return [...text.matchAll(every)].some((m) => !known.includes(m[0].toLowerCase()));
  }).map(([name]) => name);
}

/** Sie stays Sie, du stays du: a register the template does not use may not appear. */
function registerViolations(template: RenderedDraft, text: string): string[] {
  const other = OTHER_REGISTER[template.language]?.[template.register];
  if (!other) return [];
  const before = `${template.subject}\n${template.body}`;
  return other.test(text) && !other.test(before) ? ["register_changed"] : [];
}

/** The kind's cues are there, and the number of questions is the template's (none added, none lost). */
function purposeViolations(template: RenderedDraft, body: string): string[] {
  const out: string[] = [];
  if (PURPOSE_CUES[template.kind].some((cue) => !cue.test(body))) out.push("purpose_lost");
  const questions = (text: string) => (text.match(/\?/g) ?? []).length;
  const asked = questions(template.body);
  const asking = questions(body);
  if (asking > asked) out.push("new_question");
  if (asked > 0 && asking === 0) out.push("question_dropped");
  return out;
}
