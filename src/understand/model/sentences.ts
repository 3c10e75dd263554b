/**
 * Sentence-level evidence: where in the message each signal is said, not only whether. A long
 * warm rejection praises, regrets and wishes well; what decides is the sentence that says no
 * (or yes), and whether the message opens or closes on it. These features say which signals
 * the first and the last sentence with any evidence carry, which signals recur over several
 * sentences, which share a sentence, which reasons sit in the sentence that decides, whether
 * "moving forward" is said under a negation, how the message greets its reader, and which
 * signals are said only under a condition or as a question ("if you have not heard from us by
 * Friday, please assume…", "did you decide to go another way?"): hedged, nothing is stated.
 *
 * Input is the folded text the pattern tables ran over (subject, newline, body, whitespace as
 * single spaces); sentences end at . ! ? ; followed by a space, and at the subject's newline.
 */
import type { PatternEvidence } from "../pattern-evidence.ts";
import { REASON_NAMES, SIGNAL_NAMES } from "../pattern-evidence.ts";

const SIGNALS = SIGNAL_NAMES.length;
const REASONS = REASON_NAMES.length;

/** Signals whose meeting in one sentence says something ("no, but we'll keep your CV"). */
const PAIR_SIGNALS = [
  "rejection",
  "keepOnFile",
  "feedback",
  "feedbackDetail",
  "referral",
  "offer",
  "invite",
  "reschedule",
  "acknowledgement",
  "pending",
  "outreach",
  "laterOpening",
  "realPoint",
  "openFuture",
] as const;
const PAIR_INDEX = PAIR_SIGNALS.map((name) => SIGNAL_NAMES.indexOf(name));
const PAIRS = (PAIR_SIGNALS.length * (PAIR_SIGNALS.length - 1)) / 2;
const REJECTION = SIGNAL_NAMES.indexOf("rejection");
const ACKNOWLEDGEMENT = SIGNAL_NAMES.indexOf("acknowledgement");
const KEEP = SIGNAL_NAMES.indexOf("keepOnFile");
const ASKED = SIGNAL_NAMES.indexOf("keepAsked");
/** Bits of the signals that make keeping the CV the point: a named later opening, a turn. */
const POINT_BITS =
  (1 << SIGNAL_NAMES.indexOf("laterOpening")) | (1 << SIGNAL_NAMES.indexOf("realPoint"));
/** Read only in context (features.ts): where it is said tells nothing of its own. */
const CONTEXT_ONLY = SIGNAL_NAMES.indexOf("underway");

const LEAD = 0;
const CLOSE = LEAD + SIGNALS;
const SPREAD_TWO = CLOSE + SIGNALS;
const SPREAD_THREE = SPREAD_TWO + SIGNALS;
const IN_SUBJECT = SPREAD_THREE + SIGNALS;
const PAIR = IN_SUBJECT + SIGNALS;
const REASON_DECIDING = PAIR + PAIRS;
const REASON_ASIDE = REASON_DECIDING + REASONS;
const PROGRESS_NEGATED = REASON_ASIDE + REASONS;
const PROGRESS_POSITIVE = PROGRESS_NEGATED + 1;
const GREETING_PERSONAL = PROGRESS_POSITIVE + 1;
const GREETING_GENERIC = GREETING_PERSONAL + 1;
const GREETING_NONE = GREETING_GENERIC + 1;
/**
 * Signals that state a decision or a commitment, which a condition or a question takes back
 * ("if there's a fit, we'll book a call"). Offers of a service (keeping the CV, a referral,
 * feedback, an approach) are asked as questions and made under conditions as a matter of
 * course ("would you like me to keep your CV on file?"), so they are not read this way.
 */
const HEDGE_SIGNALS = ["rejection", "offer", "invite", "reschedule"] as const;
const HEDGE_INDEX = HEDGE_SIGNALS.map((name) => SIGNAL_NAMES.indexOf(name));
const CONDITIONAL = GREETING_NONE + 1;
const QUESTION = CONDITIONAL + HEDGE_SIGNALS.length;
const HEDGED = QUESTION + HEDGE_SIGNALS.length;
/** How many sentence features there are. */
/**
 * A receipt, then a plain "no" in a later sentence of its own ("we acknowledge receipt of your
 * application …; after careful review we regret …"): a rejection that opens by acknowledging.
 * A "no" inside the receipt's own sentence, or under a condition, is the receipt's caveat.
 */
export const DECIDED_AFTER_RECEIPT = HEDGED + HEDGE_SIGNALS.length;
/**
 * Keeping the CV said in a letter that, after its last "no", names a later opening or says the
 * no is not the point ("the real reason I'm writing: … I'll keep your CV for it"): keeping is
 * the point.
 */
const KEEP_FOR_POINT = DECIDED_AFTER_RECEIPT + 1;
/**
 * Keeping the CV said only after every "no", in the last two sentences with any evidence, with
 * no later opening named, no turn to another point and no leave asked: the stock line that
 * closes a rejection.
 */
export const KEEP_STOCK_CLOSE = KEEP_FOR_POINT + 1;
/**
 * How much of the letter is about keeping the CV. A stock line keeps it in one sentence, as an
 * announcement ("we'll keep your details on file"); a letter whose point is keeping it asks
 * ("with your permission we'd like to …", "may we …?") and spends several sentences on it.
 * - asked: a sentence that keeps the CV also asks leave or voices a wish, or is a question;
 * - announced: keeping is said in one sentence of the body only, not in the subject, and not
 *   asked;
 * - most: more than half of the sentences that carry any evidence carry keeping (a "no" and
 *   one keep line are half each).
 */
const KEEP_ASKED = KEEP_STOCK_CLOSE + 1;
const KEEP_ANNOUNCED = KEEP_ASKED + 1;
const KEEP_MOST = KEEP_ANNOUNCED + 1;
export const SENTENCE_FEATURES = KEEP_MOST + 1;

/** Each sentence feature's name, by its number ("lead:rejection", "pair:rejection+keepOnFile" …). */
export const SENTENCE_FEATURE_NAMES: readonly string[] = [
  ...SIGNAL_NAMES.map((name) => `lead:${name}`),
  ...SIGNAL_NAMES.map((name) => `close:${name}`),
  ...SIGNAL_NAMES.map((name) => `spread2:${name}`),
  ...SIGNAL_NAMES.map((name) => `spread3:${name}`),
  ...SIGNAL_NAMES.map((name) => `subject:${name}`),
  ...PAIR_SIGNALS.flatMap((a, i) => PAIR_SIGNALS.slice(i + 1).map((b) => `pair:${a}+${b}`)),
  ...REASON_NAMES.map((name) => `reason-deciding:${name}`),
  ...REASON_NAMES.map((name) => `reason-aside:${name}`),
  "progress:negated",
  "progress:positive",
  "greeting:personal",
  "greeting:generic",
  "greeting:none",
  ...HEDGE_SIGNALS.map((name) => `conditional:${name}`),
  ...HEDGE_SIGNALS.map((name) => `question:${name}`),
  ...HEDGE_SIGNALS.map((name) => `hedged:${name}`),
  "decided-after-receipt",
  "keep:for-point",
  "keep:stock-close",
  "keep:asked",
  "keep:announced",
  "keep:most",
];

/** A condition that may follow what it limits: "will not be considered until you submit it". */
const UNTIL =
  /\b(until|unless|bis|sofern nicht|tant que|a moins que|sauf si|hasta que|a menos que|salvo que|totdat|tenzij|finche|a meno che|ate que|a nao ser que)\b/;

/**
 * Words that make the rest of their sentence a condition rather than a statement ("if you do
 * not hear from us, please assume…", "will not be considered until you submit"), in the seven
 * languages (folded); silence that stands for an answer ("sans nouvelles de notre part …") is
 * one too, and so is a decision the writer has still to make ("we'll let you know whether we
 * invite you", "ob wir", "weten of we"). Words that are as often something else are left out:
 * German and Dutch
 * "als" (also "as"), Portuguese and Italian "se" (also a pronoun) unless the profile follows it.
 */
const CONDITION =
  /\b(if|unless|until|whether (or not )?(we|i)|ob (wir|ich)|(weten|horen) of (we|wij|ik)|se (il (tuo|suo) profilo|la (tua|sua) candidatura)|se o (seu|teu) perfil|should you|in case|in the event|provided (that|you)|wenn|falls|sofern|solange|sollten (sie|du)|bis (sie|du)|si|sauf si|a moins que|tant que|au cas ou|salvo que|a menos que|hasta que|en caso de|indien|tenzij|totdat|mocht(en)?|qualora|a meno che|finche|nel caso|caso (nao|voce|seja|tenha|haja)|ate que|a nao ser que|without (hearing|a reply|an answer|word)|absent (a reply|word)|ohne (ruckmeldung|nachricht|antwort)|sans (nouvelles|reponse|retour)|en l'absence d|sin (noticias|respuesta)|zonder (bericht|reactie|antwoord)|in (assenza|mancanza) di|sem (noticias|resposta|retorno))\b/;

/** Going ahead with the application, in the seven languages (folded). */
const PROGRESS =
  /\b(mov(e|ing) (forward|ahead)|proceed(ing)?|progress(ing)?|advanc(e|ing)|next (step|stage|round)|weiter(kommen|gehen|machen)?|nachste(n)? (schritt|runde|phase)|donner suite|suite (favorable|positive)|avancer|poursuivre|prochaine etape|avanzar|seguir adelante|siguiente (fase|paso|etapa|ronda)|volgende (stap|ronde|fase)|verder gaan|door naar|proseguire|prossima fase|andare avanti|avancar|prosseguir|proxima (fase|etapa))\b/g;
/** Words that turn what follows them in the same sentence into "no". */
const NEGATION =
  /\b(not|no|never|cannot|unable|unfortunately|regret|nicht|kein\w*|leider|pas|malheureusement|ne|n'|lamentablemente|desafortunadamente|niet|geen|helaas|non|purtroppo|nao|infelizmente)\b|n't\b/;
const GREETING =
  /^ ?(hi|hello|hey|dear|good (morning|afternoon)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|bonjour|cher|chere|salut|hola|estimad[oa]|buenos dias|beste|geachte|hoi|ciao|gentile|car[oa]|buongiorno|ola|oi|prezad[oa]|car[oa]) /;
/** What follows a greeting when it is addressed to nobody in particular. */
const GENERIC_ADDRESSEE =
  /^(candidate|applicant|sir|madam|all|there|team|friend|user|member|job ?seeker|colleague|talent|hiring|bewerber\w*|interessent\w*|kandidat\w*|damen|nutzer\w*|candidat\w*|madame|monsieur|postulante|usuari[oa]|sollicitant\w*|kandidaat|heer|mevrouw|candidat[oa]|utente|amig[oa]|[,!:])/;

/** Adds the sentence features present in `text` to `out`, each offset by `base`. */
export function sentenceFeatures(
  text: string,
  evidence: PatternEvidence,
  base: number,
  out: number[],
): void {
  const ends = sentenceEnds(text);
  const subjectEnd = text.indexOf("\n");
  const sentenceOf = (offset: number) => firstAbove(ends, offset);

  // Per sentence: which signals it carries, as a bit set (there are fewer than 32 signals).
  const bySentence = new Map<number, number>();
  // Per signal: whether it was said as a plain statement anywhere (not under a condition, not
  // in a question); bit set like the above.
  let plain = 0;
  let hedged = 0;
  // Sentences that say no plainly (not under a condition, not as a question).
  const plainRejections: number[] = [];
  const sentencesPerSignal = new Array<Set<number>>(SIGNALS);
  const present = new Set<number>();
  const add = (feature: number) => present.add(base + feature);
  const hits = evidence.signalHits;
  for (let i = 0; i < hits.length; i += 2) {
    const signal = hits[i] ?? 0;
    const offset = hits[i + 1] ?? 0;
    if (signal === CONTEXT_ONLY) continue;
    if (offset < subjectEnd) {
      add(IN_SUBJECT + signal);
      continue;
    }
    const sentence = sentenceOf(offset);
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) | (1 << signal));
    const hedgeIndex = HEDGE_INDEX.indexOf(signal);
    if (hedgeIndex >= 0) {
      const { conditional, question } = hedgeAt(text, ends, subjectEnd, offset);
      if (conditional) add(CONDITIONAL + hedgeIndex);
      if (question) add(QUESTION + hedgeIndex);
      if (conditional || question) hedged |= 1 << signal;
      else {
        plain |= 1 << signal;
        if (signal === REJECTION) plainRejections.push(sentence);
      }
    }
    const set = sentencesPerSignal[signal] ?? new Set<number>();
    set.add(sentence);
    sentencesPerSignal[signal] = set;
  }
  if (bySentence.size > 0) {
    const order = [...bySentence.keys()].sort((a, b) => a - b);
    const bits = (sentence: number | undefined) => bySentence.get(sentence ?? -1) ?? 0;
    const lead = bits(order[0]);
    const close = bits(order.at(-1));
    for (let s = 0; s < SIGNALS; s++) {
      if (lead & (1 << s)) add(LEAD + s);
      if (close & (1 << s)) add(CLOSE + s);
      const spread = sentencesPerSignal[s]?.size ?? 0;
      if (spread >= 2) add(SPREAD_TWO + s);
      if (spread >= 3) add(SPREAD_THREE + s);
    }
    const keeps = sentencesPerSignal[KEEP];
    if (keeps !== undefined && keeps.size > 0) {
      const inSubject = present.has(base + IN_SUBJECT + KEEP);
      const share = keepShare(text, ends, keeps, inSubject, order, bits);
      for (const feature of share) add(feature);
      const rejections = sentencesPerSignal[REJECTION];
      const lastNo = rejections === undefined ? -1 : Math.max(...rejections);
      const lastPoint = order.findLast((sentence) => (bits(sentence) & POINT_BITS) !== 0);
      if (lastPoint !== undefined) {
        if (lastPoint >= lastNo) add(KEEP_FOR_POINT);
      } else {
        const closing = order.at(-2) ?? order[0] ?? 0;
        const stock = lastNo >= 0 && Math.min(...keeps) > lastNo && Math.min(...keeps) >= closing;
        if (stock && !share.includes(KEEP_ASKED)) add(KEEP_STOCK_CLOSE);
      }
    }
    for (const sentenceBits of bySentence.values()) {
      let pair = 0;
      for (let a = 0; a < PAIR_INDEX.length; a++) {
        for (let b = a + 1; b < PAIR_INDEX.length; b++, pair++) {
          const both = (1 << (PAIR_INDEX[a] ?? 0)) | (1 << (PAIR_INDEX[b] ?? 0));
          if ((sentenceBits & both) === both) add(PAIR + pair);
        }
      }
    }
  }

  // A signal said only under a condition or as a question: nothing was stated.
  HEDGE_INDEX.forEach((signal, i) => {
    if ((hedged & (1 << signal)) !== 0 && (plain & (1 << signal)) === 0) add(HEDGED + i);
  });

  const receipt = sentencesPerSignal[ACKNOWLEDGEMENT];
  // (Said outright: a wish of good luck after a receipt is no decision.)
  if (receipt !== undefined && receipt.size > 0 && (evidence.signals[REJECTION] ?? 0) >= 3) {
    const firstReceipt = Math.min(...receipt);
    const decided = plainRejections.some(
      (sentence) =>
        sentence > firstReceipt && ((bySentence.get(sentence) ?? 0) & (1 << ACKNOWLEDGEMENT)) === 0,
    );
    if (decided) add(DECIDED_AFTER_RECEIPT);
  }

  // The reasons said in a sentence that says no, and those said elsewhere.
  const reasonHits = evidence.reasonHits;
  for (let i = 0; i < reasonHits.length; i += 2) {
    const reason = reasonHits[i] ?? 0;
    const sentence = sentenceOf(reasonHits[i + 1] ?? 0);
    const deciding = ((bySentence.get(sentence) ?? 0) & (1 << REJECTION)) !== 0;
    add((deciding ? REASON_DECIDING : REASON_ASIDE) + reason);
  }

  // "Moving forward", said under a negation in its own sentence or plainly.
  const body = Math.max(subjectEnd, 0);
  PROGRESS.lastIndex = body;
  for (let match = PROGRESS.exec(text); match !== null; match = PROGRESS.exec(text)) {
    const sentence = sentenceOf(match.index);
    const start = Math.max(body, sentence === 0 ? 0 : (ends[sentence - 1] ?? 0));
    add(NEGATION.test(text.slice(start, match.index)) ? PROGRESS_NEGATED : PROGRESS_POSITIVE);
  }

  const opening = text.slice(body + 1, body + 120);
  const greeting = GREETING.exec(opening);
  if (greeting === null) add(GREETING_NONE);
  else
    add(
      GENERIC_ADDRESSEE.test(opening.slice(greeting[0].length))
        ? GREETING_GENERIC
        : GREETING_PERSONAL,
    );
  for (const feature of present) out.push(feature);
}

/** The keep-share features (KEEP_ASKED …) of a letter that keeps the CV in `keeps`' sentences. */
function keepShare(
  text: string,
  ends: readonly number[],
  keeps: ReadonlySet<number>,
  inSubject: boolean,
  order: readonly number[],
  bits: (sentence: number) => number,
): number[] {
  const features: number[] = [];
  const asked = [...keeps].some(
    (sentence) =>
      (bits(sentence) & (1 << ASKED)) !== 0 || text.charCodeAt((ends[sentence] ?? 0) - 1) === 63,
  );
  if (asked) features.push(KEEP_ASKED);
  else if (keeps.size === 1 && !inSubject) features.push(KEEP_ANNOUNCED);
  if (keeps.size * 2 > order.length) features.push(KEEP_MOST);
  return features;
}

/** Whether what is said at `offset` (in the body) sits under a condition, or in a question. */
function hedgeAt(
  text: string,
  ends: readonly number[],
  subjectEnd: number,
  offset: number,
): { conditional: boolean; question: boolean } {
  const sentence = firstAbove(ends, offset);
  const start = sentence === 0 ? subjectEnd + 1 : (ends[sentence - 1] ?? 0);
  const conditional =
    CONDITION.test(text.slice(Math.max(start, subjectEnd + 1), offset)) ||
    UNTIL.test(text.slice(offset, Math.min(ends[sentence] ?? text.length, offset + 80)));
  const question = text.charCodeAt((ends[sentence] ?? 0) - 1) === 63;
  return { conditional, question };
}

/**
 * Whether `signal` is said in the body (of the folded text the pattern tables ran over), and
 * every time under a condition or as a question: nothing of it is stated.
 */
export function hedgedOnly(text: string, hits: readonly number[], signal: number): boolean {
  const ends = sentenceEnds(text);
  const subjectEnd = text.indexOf("\n");
  let said = false;
  for (let i = 0; i < hits.length; i += 2) {
    const offset = hits[i + 1] ?? 0;
    if (hits[i] !== signal || offset < subjectEnd) continue;
    const { conditional, question } = hedgeAt(text, ends, subjectEnd, offset);
    if (!conditional && !question) return false;
    said = true;
  }
  return said;
}

/**
 * The body sentences (of the folded text the pattern tables ran over) in which `signal` is said,
 * as text, and whether the subject says it too: for reading what else those sentences say.
 */
export function sentencesSaying(
  text: string,
  hits: readonly number[],
  signal: number,
): { inSubject: boolean; sentences: string[] } {
  const ends = sentenceEnds(text);
  const subjectEnd = text.indexOf("\n");
  let inSubject = false;
  const found = new Set<number>();
  for (let i = 0; i < hits.length; i += 2) {
    if (hits[i] !== signal) continue;
    const offset = hits[i + 1] ?? 0;
    if (offset < subjectEnd) inSubject = true;
    else found.add(firstAbove(ends, offset));
  }
  const sentences = [...found].map((sentence) =>
    text.slice(Math.max(subjectEnd + 1, ends[sentence - 1] ?? 0), ends[sentence]),
  );
  return { inSubject, sentences };
}

/**
 * A call or a step put off until a paused search starts again: "once hiring picks up again",
 * "sobald es weitergeht", "dès que ça repart", "en cuanto se reactive", "zodra we weer verder
 * kunnen", "appena ripartiamo", "quando retomarmos" (folded text).
 */
const UNTIL_RESTART =
  /\b(when|once|as soon as|the moment|sobald|wenn|des que|quand|lorsque|une fois que|en cuanto|cuando|tan pronto como|zodra|wanneer|appena|non appena|quando|assim que|logo que)\b[^.!?;]{0,60}\b(restart\w*|resum\w*|reopen\w*|re-open\w*|picks? (back )?up|unfreez\w*|lifts?|thaws?|again|back on|wieder\w*|weiter\w*|repart\w*|reprend\w*|rouvr\w*|relanc\w*|reactiv\w*|reanud\w*|retom\w*|reabr\w*|hervat\w*|heropen\w*|weer|ripart\w*|ripren\w*|riapr\w*|riattiv\w*|de novo)\b/;

/**
 * Whether `signal` is said in the body, and every time under a condition or in a sentence that
 * puts it off until a paused search restarts ("happy to set up a call once things pick up
 * again"): promised for later, not offered now. A question is not a deferral.
 */
export function deferredOnly(text: string, hits: readonly number[], signal: number): boolean {
  const ends = sentenceEnds(text);
  const subjectEnd = text.indexOf("\n");
  let said = false;
  for (let i = 0; i < hits.length; i += 2) {
    const offset = hits[i + 1] ?? 0;
    if (hits[i] !== signal || offset < subjectEnd) continue;
    const sentence = firstAbove(ends, offset);
    const start = Math.max(subjectEnd + 1, ends[sentence - 1] ?? 0);
    const deferred =
      hedgeAt(text, ends, subjectEnd, offset).conditional ||
      UNTIL_RESTART.test(text.slice(start, ends[sentence]));
    if (!deferred) return false;
    said = true;
  }
  return said;
}

/** The offsets where sentences end (exclusive), ascending; the text's length last. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    // . ! ? ; followed by a space, or the newline after the subject.
    if (
      code === 10 ||
      ((code === 46 || code === 33 || code === 63 || code === 59) && text.charCodeAt(i + 1) === 32)
    )
      ends.push(i + 1);
  }
  ends.push(text.length);
  return ends;
}

/** The index of the first value in ascending `values` above `offset` (binary search). */
function firstAbove(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}
