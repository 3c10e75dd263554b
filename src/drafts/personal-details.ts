/**
 * The personal details a draft is built from, each turned into the short phrase a template
 * needs. Only these phrases reach a message: nothing else the user wrote in a note is copied.
 */

const HONORIFIC =
  /^(?:dr|prof|mr|mrs|ms|mx|miss|sir|herr|frau|mme|mlle|sr|sra|srta|dott|dott\.ssa|ing)\.?$/i;

/** Words that mean the "name" is a mailbox or a department, not a person to greet. */
const NOT_A_PERSON =
  /^(?:team|talent|recruiting|recruitment|recruiter|hr|careers?|hiring|people|jobs?|no-?reply|info|admin|the)$/i;

/** "Maya Ortiz" -> "Maya"; "Ortiz, Maya" -> "Maya"; "Dr. J. Maya Ortiz" -> "Maya"; "MAYA" -> "Maya". */
export function firstNameOf(name: string | null): string | null {
  if (!name?.trim() || name.includes("@")) return null;
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
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** Gender markers in German, French and Austrian job titles: "(m/w/d)", "(H/F)", "(all genders)". */
const GENDER_MARKER =
  /\s*\(\s*(?:[mwfdxh*](?:\s*\/\s*[mwfdxh*]){1,3}|all genders|alle geschlechter)\s*\)/gi;

/** A job title fit for a sentence: "Senior Engineer (m/w/d)" -> "Senior Engineer". */
export function roleTitle(role: string | null): string | null {
  const title = role
    ?.replace(GENDER_MARKER, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return title ? title : null;
}

/** "the Senior Engineer role"; a title that already says "role" or "position" keeps its own. */
export function rolePhrase(role: string | null): string | null {
  const title = roleTitle(role);
  if (!title) return null;
  return /\b(?:role|position|job|opening|post|vacancy)$/i.test(title)
    ? `the ${title}`
    : `the ${title} role`;
}

/** Legal suffixes that read oddly in a sentence (and would end one with two full stops). */
const LEGAL_SUFFIX =
  /[\s,]+(?:GmbH\s*&\s*Co\.?\s*KG(?:aA)?|GmbH|AG|KG|SE|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|Corp\.?|Corporation|S\.A\.?|SAS|SARL|S\.r\.l\.|B\.V\.|N\.V\.|Pty\.?\s+Ltd\.?|Oy|AB|ApS|A\/S)$/;

/** "Kessler Logistik und Spedition GmbH & Co. KG" -> "Kessler Logistik und Spedition". */
export function companyName(company: string | null): string | null {
  let name = company?.replace(/\s+/g, " ").trim() ?? "";
  for (let i = 0; i < 2 && LEGAL_SUFFIX.test(name); i++) {
    const shorter = name.replace(LEGAL_SUFFIX, "").trim();
    if (shorter === "") break;
    name = shorter;
  }
  return name ? name : null;
}

/** What the user says they talked about: "we talked about X", "discussed X", "asked about X". */
const TOPIC_CUE =
  /\b(?:(?:talked|chatted|spoke|talking|chatting)(?: a lot| at length| mostly| mainly)? about|discussed|discussing|asked(?: me)? about|bonded over)\s+([^.,;:!?()\n]+)/i;

/** Where a topic stops: a new clause about something else. */
const TOPIC_TAIL =
  /\s+(?:with\s+(?:her|him|them|me|us|the (?:team|panel))\b.*|and\s+(?:she|he|they|i|we|it|was|were|is)\b.*|but\b.*|so\b.*|which\b.*|who\b.*|too|as well|a lot|for ages|at length|[-–—].*)$/iu;

/** Practicalities are not a conversation to say you enjoyed. */
const NOT_A_TOPIC =
  /^(?:the |my |your |our )?(?:salary|salaries|compensation|pay|money|benefits|visa|notice period|start date|rejection|decision|next steps|logistics|process|scheduling|timeline|it|that|this|stuff|things)\b/i;

const MAX_TOPIC_CHARS = 50; // longer than this it is a story, not a topic to mention

/**
 * The topic of a conversation the note mentions, rephrased for the recipient ("her team's
 * roadmap" -> "your team's roadmap"), or null. A clause naming the recipient is preferred.
 */
export function topicOf(note: string, firstName: string | null = null): string | null {
  const clauses = note.split(/[.;!?\n]+|,\s*(?=\p{Lu})/u);
  const preferred = firstName
    ? clauses.filter((c) => c.toLowerCase().includes(firstName.toLowerCase()))
    : [];
  for (const clause of [...preferred, ...clauses]) {
    const match = TOPIC_CUE.exec(clause);
    const topic = match?.[1] ? cleanTopic(match[1], firstName) : null;
    if (topic) return topic;
  }
  return null;
}

function cleanTopic(raw: string, firstName: string | null): string | null {
  let topic = raw.trim();
  if (firstName)
    topic = topic.split(new RegExp(`\\s+with\\s+${escapeRegExp(firstName)}\\b`, "i"))[0] ?? "";
  for (let i = 0; i < 3; i++) topic = topic.replace(TOPIC_TAIL, "").trim();
  topic = topic.replace(/^(?:his|her|their)\b/i, "your").replace(/^(?:him|them)$/i, "you");
  // A pronoun left in the middle cannot be rephrased reliably: better to leave the topic out.
  if (/\b(?:she|he|her|him|his|hers|they|them|their)\b/i.test(topic)) return null;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
