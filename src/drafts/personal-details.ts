/**
 * The personal details a draft is built from, each turned into the short phrase a template
 * needs. Only these phrases reach a message: nothing else the user wrote in a note is copied.
 */

import { foldCodeUnit } from "../understand/extract/letters.ts";
import { remembered } from "../understand/remembered.ts";

const HONORIFIC =
  /^(?:dr|prof|mr|mrs|ms|mx|miss|sir|herr|frau|mme|mlle|sr|sra|srta|dott|dott\.ssa|ing)\.?$/i;

/** Words that mean the "name" is a mailbox or a department, not a person to greet. */
const NOT_A_PERSON =
  /^(?:team|talent|recruiting|recruitment|recruiter|hr|careers?|hiring|people|jobs?|no-?reply|info|admin|the)$/i;

/** "Maya Ortiz" -> "Maya"; "Ortiz, Maya" -> "Maya"; "Dr. J. Maya Ortiz" -> "Maya"; "MAYA" -> "Maya". */
export function firstNameOf(name: string | null): string | null {
  return name ? firstNameOfName(name) : null;
}

/** Remembered: a message's drafts greet and sign with the same few names, each several times. */
const firstNameOfName = remembered((name: string): string | null => {
  if (!name.trim() || name.includes("@")) return null;
  const ordered = name.includes(",") ? (name.split(",")[1] ?? "") : name;
  const words = ordered
    .trim()
    .split(/\s+/)
    .filter((w) => !HONORIFIC.test(w));
  if (words.some((w) => NOT_A_PERSON.test(w))) return null;
  // An initial ("J." or "J") is not something to greet someone by.
  const first = words.find((w) => !/^\p{L}\.?$/u.test(w));
  if (!first || !/^\p{L}[\p{L}\p{M}'’-]*$/u.test(first)) return null;
  const allOneCase = first === first.toUpperCase() || first === first.toLowerCase();
  return allOneCase ? titleCase(first) : first;
});

/** Particles that belong to a surname: "de Vries", "van der Berg", "von Stein", "da Silva". */
const SURNAME_PARTICLE =
  /^(?:van|von|de|der|den|del|della|di|da|dos|das|do|du|la|le|ter|ten|zu|y)$/i;

/** "Maya Ortiz" -> "Ortiz"; "Ortiz, Maya" -> "Ortiz"; "Anna de Vries" -> "de Vries"; one word -> null. */
export function lastNameOf(name: string | null): string | null {
  if (!name?.trim() || name.includes("@")) return null;
  if (firstNameOf(name) === null) return null;
  if (name.includes(",")) {
    const last = (name.split(",")[0] ?? "").trim();
    return /^\p{L}[\p{L}\p{M}'’ -]*$/u.test(last) ? tidyCase(last) : null;
  }
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => !HONORIFIC.test(w) && !/^\p{L}\.$/u.test(w));
  if (words.length < 2) return null;
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLE.test(words[start - 1] ?? "")) start--;
  const last = words.slice(start).join(" ");
  return /^[\p{L}\p{M}'’ -]+$/u.test(last) ? tidyCase(last) : null;
}

function tidyCase(name: string): string {
  return name === name.toUpperCase() || name === name.toLowerCase()
    ? name
        .split(" ")
        .map((w) => (SURNAME_PARTICLE.test(w) ? w.toLowerCase() : titleCase(w)))
        .join(" ")
    : name;
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** Gender markers in job titles: "(m/w/d)", "(H/F)", "(all genders)", "(M/V/X)", "(gn)". */
const GENDER_MARKER =
  /\s*\(\s*(?:[mwfdxhv*](?:\s*[/|,]\s*[mwfdxhv*]){1,3}|all genders|alle geschlechter|gn|w\/m\/d|f\/h|h\/f)\s*\)/gi;
/** Gendered endings written into a title: "Ingeniero/a", "Infirmier(ère)", "Développeur·se", "Entwickler:in", "Entwickler*in", "EntwicklerIn". */
const GENDERED_ENDING =
  /(?<=\p{L})(?:\s*\/\s*(?:a|as|e|es|ra|in|innen|ice|euse|rice|ère|ere|trice)(?![\p{L}])|\((?:e|es|ne|ère|euse|rice|trice|a|as|in|innen)\)|[·.•](?:e|se|ne|rice|ère|euse|trice)(?:[·.•]s)?(?![\p{L}])|[:*_](?:in|innen)(?![\p{L}])|(?<=\p{Ll})In(?:nen)?(?![\p{L}]))/gu;

/** A job title fit for a sentence: "Senior Engineer (m/w/d)" -> "Senior Engineer"; "Ingeniero/a" -> "Ingeniero". */
export function roleTitle(role: string | null): string | null {
  return role ? roleTitleOf(role) : null;
}

// Every draft of a message asks for the same role's and employer's phrase: read once each.
const roleTitleOf = remembered((role: string): string | null => {
  const title = role
    .replace(GENDER_MARKER, "")
    .replace(GENDERED_ENDING, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return title ? title : null;
});

/** "the Senior Engineer role"; a title that already says "role" or "position" keeps its own. */
export function rolePhrase(role: string | null): string | null {
  const title = roleTitle(role);
  if (!title) return null;
  return /\b(?:role|position|job|opening|post|vacancy)$/i.test(title)
    ? `the ${title}`
    : `the ${title} role`;
}

/** Legal forms that read oddly in a sentence, with or without their dots ("S.r.l", "B.V", "Sp. z o.o"). */
const LEGAL_SUFFIX =
  /[\s,]+(?:GmbH\s*&\s*Co\.?\s*KG(?:aA)?|gGmbH|GmbH|AG|KGaA|KG|OHG|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.?|SE|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.?|LLP|plc|PLC|Corp\.?|Corporation|Co\.?|S\.\s?A\.?|SA|S\.\s?A\.\s?S\.?|SAS|SASU|SARL|S\.\s?à\s?r\.\s?l\.?|EURL|S\.\s?L\.?|S\.\s?L\.\s?U\.?|SL|SLU|S\.\s?r\.\s?l\.?|Srl|SRL|S\.\s?p\.\s?A\.?|SpA|S\.\s?n\.\s?c\.?|B\.\s?V\.?|BV|N\.\s?V\.?|NV|V\.\s?O\.\s?F\.?|Lda\.?|Ltda\.?|S\/A|Sp\.\s?z\s?o\.\s?o\.?|sp\.\s?k\.?|s\.\s?r\.\s?o\.?|a\.\s?s\.?|Pty\.?\s+Ltd\.?|Oy|Oyj|AB|ApS|A\/S|AS|ASA)$/i;

/** "Kessler Logistik und Spedition GmbH & Co. KG" -> "Kessler Logistik und Spedition". */
export function companyName(company: string | null): string | null {
  return company ? companyNameOf(company) : null;
}

const companyNameOf = remembered((company: string): string | null => {
  let name = company.replace(/\s+/g, " ").trim();
  for (let i = 0; i < 2 && LEGAL_SUFFIX.test(name); i++) {
    const shorter = name.replace(LEGAL_SUFFIX, "").trim();
    if (shorter === "") break;
    name = shorter;
  }
  return name ? name : null;
});

/** What the user says they talked about: "we talked about X", "discussed X", "asked about X". */
const TOPIC_CUE =
  /\b(?:(?:talked|chatted|spoke|talking|chatting)(?: a lot| at length| mostly| mainly)? about|discussed|discussing|asked(?: me)? about|bonded over)\s+([^.,;:!?()\n]+)/i;

/** Where a topic stops: a new clause about something else. */
const TOPIC_TAIL =
  /\s+(?:(?:mit|avec|con|met|com)\s+(?:ihm|ihr|ihnen|lui|elle|eux|él|ella|lui|lei|hem|haar|ele|ela)\b.*|(?:und|et|y|en|e)\s+(?:sie|er|wir|ich|es|il|elle|nous|on|je|ella|él|nosotros|hij|zij|we|ik|lui|lei|noi|io|ele|ela|nós|eu)\b.*|(?:aber|mais|pero|maar|ma|mas)\b.*|with\s+(?:her|him|them|me|us|the (?:team|panel))\b.*|and\s+(?:she|he|they|i|we|it|was|were|is)\b.*|but\b.*|so\b.*|which\b.*|who\b.*|too|as well|a lot|for ages|at length|[-–—].*)$/iu;

/** Practicalities are not a conversation to say you enjoyed. */
const NOT_A_TOPIC =
  /^(?:the |my |your |our )?(?:salary|salaries|compensation|pay|money|benefits|visa|notice period|start date|rejection|decision|next steps|logistics|process|scheduling|timeline|it|that|this|stuff|things)\b/i;

const MAX_TOPIC_CHARS = 50; // longer than this it is a story, not a topic to mention

/** A topic from the user's note: something they talked about, or something to ask about. */
export interface NoteTopic {
  text: string;
  kind: "talked" | "ask";
}

/**
 * How people write in a note what they talked about, or want to ask about, in the languages
 * we write: the topic is the capture group. The article a preposition swallowed is given back
 * ("parlé du projet" -> "le projet", "hablamos del equipo" -> "el equipo").
 */
export const TOPIC_CUES: readonly {
  kind: NoteTopic["kind"];
  pattern: RegExp;
  language: string;
  articles?: true;
  /**
   * Words every match contains one of, lower case: a clause without any of them is not read
   * with the pattern (most notes use none, and each Unicode pattern costs ~1 ms to compile).
   */
  needs: readonly string[];
}[] = [
  {
    kind: "talked",
    language: "en",
    pattern: TOPIC_CUE,
    needs: ["talk", "chat", "spoke", "discuss", "asked", "bonded"],
  },
  {
    kind: "talked",
    language: "en",
    pattern:
      /\b(?:spent|spend)\s+(?:half|most|much|a lot|a good part|the whole|all)?\s*(?:of\s+)?(?:the|our|my)?\s*(?:call|interview|conversation|time|meeting|chat|hour)\s+(?:on|talking about|discussing|chatting about)\s+([^.,;:!?()\n]+)/i,
    needs: ["spent", "spend"],
  },
  {
    kind: "ask",
    language: "en",
    pattern:
      /\b(?:ask(?:ing)?\s+(?:him|her|them|about)|(?:want|wanted|like) to (?:hear|know|learn) more about|curious about)\s*(?:about\s+)?([^.,;:!?()\n]+)/i,
    needs: ["ask", "more about", "curious about"],
  },
  // German: "wir haben über X gesprochen", "sprachen über X", "ging es um X"; "frag ihn nach X".
  {
    kind: "talked",
    language: "de",
    pattern:
      /(?:haben|hatten|habe|hatte)\s+(?:uns\s+)?(?:\p{L}+\s+){0,2}über\s+([^.,;:!?()\n]+?)\s+(?:gesprochen|geredet|unterhalten|diskutiert|ausgetauscht|gefachsimpelt)/iu,
    needs: ["hab", "hatt"],
  },
  {
    kind: "talked",
    language: "de",
    pattern:
      /(?:sprachen|redeten|unterhielten uns|diskutierten|plauderten)\s+(?:\p{L}+\s+){0,2}über\s+([^.,;:!?()\n]+)/iu,
    needs: ["sprachen", "redeten", "unterhielten", "diskutierten", "plauderten"],
  },
  {
    kind: "ask",
    language: "de",
    pattern: /(?:frag(?:e|en)?\s+(?:ihn|sie|ihm)\s+nach|nach)\s+([^.,;:!?()\n]+?)\s+fragen/iu,
    needs: ["fragen"],
  },
  {
    kind: "ask",
    language: "de",
    pattern: /frag(?:e)?\s+(?:ihn|sie)\s+nach\s+([^.,;:!?()\n]+)/iu,
    needs: ["frag"],
  },
  // French: "on a (beaucoup) parlé du projet", "nous avons discuté de X"; "lui demander des nouvelles de X".
  {
    kind: "talked",
    language: "fr",
    articles: true,
    pattern:
      /(?:parlé|discuté|échangé|bavardé)\s+(?:\p{L}+\s+){0,2}?((?:du|des|de la|de l['’]|de|sur(?:\s+(?:le|la|les|l['’]))?)\s*[^.,;:!?()\n]+)/iu,
    needs: ["parlé", "discuté", "échangé", "bavardé"],
  },
  {
    kind: "ask",
    language: "fr",
    articles: true,
    pattern:
      /demander\s+(?:des nouvelles\s+)?((?:du|des|de la|de l['’]|de|sur)\s*[^.,;:!?()\n]+)/iu,
    needs: ["demander"],
  },
  // Spanish: "hablamos mucho de X", "charlamos sobre X"; "pregúntale por X".
  {
    kind: "talked",
    language: "es",
    articles: true,
    pattern:
      /(?:hablamos|charlamos|conversamos|estuvimos hablando|hablé|comentamos)\s+(?:\p{L}+\s+){0,2}?((?:del|de la|de los|de las|de|sobre|acerca de)\s+[^.,;:!?()\n]+)/iu,
    needs: ["hablamos", "charlamos", "conversamos", "estuvimos hablando", "hablé", "comentamos"],
  },
  {
    kind: "ask",
    language: "es",
    articles: true,
    pattern: /pregunt(?:a|ar)(?:le|la)?\s+((?:por|sobre)\s+[^.,;:!?()\n]+)/iu,
    needs: ["pregunt"],
  },
  // Dutch: "we hebben over X gepraat", "spraken over X"; "vraag hem naar X".
  {
    kind: "talked",
    language: "nl",
    pattern:
      /(?:hebben|hadden)\s+(?:\p{L}+\s+){0,2}over\s+([^.,;:!?()\n]+?)\s+(?:gepraat|gesproken|gediscussieerd)/iu,
    needs: ["hebben", "hadden"],
  },
  {
    kind: "talked",
    language: "nl",
    pattern: /(?:spraken|praatten|kletsten)\s+(?:\p{L}+\s+){0,2}over\s+([^.,;:!?()\n]+)/iu,
    needs: ["spraken", "praatten", "kletsten"],
  },
  {
    kind: "ask",
    language: "nl",
    pattern: /vraag\s+(?:hem|haar)\s+naar\s+([^.,;:!?()\n]+)/iu,
    needs: ["vraag"],
  },
  // Italian: "abbiamo parlato a lungo del progetto"; "chiedigli del X".
  {
    kind: "talked",
    language: "it",
    articles: true,
    pattern:
      /(?:parlato|discusso|chiacchierato)\s+(?:\p{L}+\s+){0,2}?((?:del|della|dello|dei|degli|delle|dell['’]|di)\s*[^.,;:!?()\n]+)/iu,
    needs: ["parlato", "discusso", "chiacchierato"],
  },
  // Portuguese: "conversamos muito sobre X", "falamos do projeto".
  {
    kind: "talked",
    language: "pt",
    articles: true,
    pattern:
      /(?:conversamos|falamos|discutimos)\s+(?:\p{L}+\s+){0,2}?((?:sobre|do|da|dos|das|de)\s+[^.,;:!?()\n]+)/iu,
    needs: ["conversamos", "falamos", "discutimos"],
  },
];

/** A preposition that swallowed an article gives it back; a bare preposition goes. */
const PREPOSITION_ARTICLE: readonly [RegExp, string][] = [
  [/^du\s+/i, "le "],
  [/^des\s+/i, "les "],
  [/^de la\s+/i, "la "],
  [/^de l['’]\s*/i, "l’"],
  [/^del\s+/i, "el "],
  [/^de los\s+/i, "los "],
  [/^de las\s+/i, "las "],
  [/^(?:dello)\s+/i, "lo "],
  [/^(?:della)\s+/i, "la "],
  [/^(?:dei)\s+/i, "i "],
  [/^(?:degli)\s+/i, "gli "],
  [/^(?:delle)\s+/i, "le "],
  [/^dell['’]\s*/i, "l’"],
  [/^do\s+/i, "o "],
  [/^da\s+/i, "a "],
  [/^dos\s+/i, "os "],
  [/^das\s+/i, "as "],
  [/^(?:sur|sobre|acerca de|por|de|di)\s+/i, ""],
];

/**
 * The topic of a conversation the note mentions, rephrased for the recipient ("her team's
 * roadmap" -> "your team's roadmap"), or null. A clause naming the recipient is preferred.
 */
export function noteTopic(
  note: string,
  firstName: string | null = null,
  draftLanguage = "en",
): NoteTopic | null {
  // A person's drafts all ask about the same note: it is read once per person and language.
  const key = `${draftLanguage}\u0000${firstName ?? ""}\u0000${note}`;
  const known = recentTopics.get(key);
  if (known !== undefined) return known;
  const topic = readTopic(note, firstName, draftLanguage);
  if (recentTopics.size >= RECENT_TOPICS_KEPT) recentTopics.clear();
  recentTopics.set(key, topic);
  return topic;
}

/** noteTopic's answers lately, by language, first name and note (read-only values). */
const recentTopics = new Map<string, Readonly<NoteTopic> | null>();
/** More people than one message's drafts go to. */
const RECENT_TOPICS_KEPT = 64;

function readTopic(
  note: string,
  firstName: string | null,
  draftLanguage: string,
): NoteTopic | null {
  const clauses = note.split(/[.;!?\n]+|,\s*(?=\p{Lu})/u);
  const preferred = firstName
    ? clauses.filter((c) => c.toLowerCase().includes(firstName.toLowerCase()))
    : [];
  for (const clause of [...preferred, ...clauses]) {
    const folded = foldForSearch(clause);
    for (const { kind, pattern, articles, language, needs } of TOPIC_CUES) {
      // A topic in the draft's language, or in English (technical terms travel); no other mix.
      if (language !== draftLanguage && language !== "en") continue;
      if (!needs.some((word) => folded.includes(word))) continue;
      const match = pattern.exec(clause);
      const raw = match?.[1] ? (articles ? restoreArticle(match[1].trim()) : match[1]) : null;
      const topic = raw ? cleanTopic(raw, firstName) : null;
      if (topic) return { text: topic, kind };
    }
  }
  return null;
}

/**
 * The clause lower-cased one code unit at a time, as a case-insensitive pattern compares its
 * letters (ſ reads s), the same length: a pattern that matches has its words in it.
 */
function foldForSearch(text: string): string {
  let out = "";
  for (const char of text) out += char.length === 1 ? foldCodeUnit(char) : char;
  return out;
}

/** The topic's words only (see noteTopic). */
export function topicOf(note: string, firstName: string | null = null): string | null {
  return noteTopic(note, firstName)?.text ?? null;
}

function restoreArticle(topic: string): string {
  const found = PREPOSITION_ARTICLE.find(([preposition]) => preposition.test(topic));
  return found ? topic.replace(found[0], found[1]) : topic;
}

function cleanTopic(raw: string, firstName: string | null): string | null {
  let topic = raw.trim();
  if (firstName) {
    const at = withNameAt(topic, firstName);
    if (at >= 0) topic = topic.slice(0, at);
  }
  for (let i = 0; i < 3; i++) topic = topic.replace(TOPIC_TAIL, "").trim();
  topic = topic.replace(/^(?:his|her|their)\b/i, "your").replace(/^(?:him|them)$/i, "you");
  // A pronoun left in the middle cannot be rephrased reliably: better to leave the topic out.
  if (/\b(?:she|he|her|him|his|hers|they|them|their)\b/i.test(topic)) return null;
  if (
    /(?<![\p{L}])(?:seine[mnrs]?|ihre[mnrs]?|son|sa|ses|leur|su|sus|zijn|haar|suo|sua|seu|dele|dela)(?![\p{L}])/iu.test(
      topic,
    )
  )
    return null;
  if (topic.length < 3 || topic.length > MAX_TOPIC_CHARS || !/\p{L}/u.test(topic)) return null;
  if (NOT_A_TOPIC.test(topic)) return null;
  return topic;
}

const MAX_TARGETS = 5; // a longer list reads like a mailing, not a favour between people

/** The user's target companies, without duplicates or the company the recipient works for. */
export function targetList(targets: readonly string[], company: string | null): string[] {
  const own = company?.toLowerCase() ?? null;
  const seen = new Set<string>();
  const names: string[] = [];
  for (const target of targets) {
    const name = companyName(target);
    const key = name?.toLowerCase();
    if (!name || !key || seen.has(key) || key === own) continue;
    seen.add(key);
    names.push(name);
  }
  return names.slice(0, MAX_TARGETS);
}

/** "A", "A and B", "A, B and C" (or with "or"). */
export function joinNames(names: readonly string[], conjunction: "and" | "or"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}

const SPACE = /\s/;

/**
 * Where "with NAME" first starts in `text`, as `\s+with\s+NAME\b` with the i flag finds it
 * (NAME literal), or -1. Compared in code: a pattern built around each name would be compiled
 * anew for every recipient, inside the message's CPU.
 */
export function withNameAt(text: string, name: string): number {
  const space = (at: number) => at < text.length && SPACE.test(text.charAt(at));
  for (let start = 0; start < text.length; start++) {
    // A match starts where a run of spaces does; the run is taken whole, since "with" is no space.
    if (!space(start) || (start > 0 && space(start - 1))) continue;
    let at = start;
    while (space(at)) at += 1;
    if (!sameIgnoringCase(text, at, "with")) continue;
    const afterWith = at + 4;
    let end = afterWith;
    while (space(end)) end += 1;
    for (let nameAt = afterWith + 1; nameAt <= end; nameAt++) {
      const after = nameAt + name.length;
      if (
        sameIgnoringCase(text, nameAt, name) &&
        isWordCode(text, after - 1) !== isWordCode(text, after)
      ) {
        return start;
      }
    }
  }
  return -1;
}

/** Whether `text` has `word` at `at`, compared as a pattern with the i flag (no u) compares. */
function sameIgnoringCase(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    if (canonical(text.charCodeAt(at + i)) !== canonical(word.charCodeAt(i))) return false;
  }
  return true;
}

/** ECMAScript's Canonicalize for a case-insensitive pattern without the u flag. */
function canonical(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return code >= 128 && folded < 128 ? code : folded;
}

/** Whether the character at `at` is one of \b's word characters, [A-Za-z0-9_]; false outside. */
function isWordCode(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}
