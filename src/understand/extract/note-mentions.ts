import { isRobotAddress } from "../robot-address.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import {
  isNotNameWord,
  type Mention,
  nameRuns,
  TRAILING_PUNCTUATION,
  tokensOf,
} from "./name-runs.ts";
import { addressFitsName, isPersonName, nameFromAddress } from "./names.ts";
import { INTRODUCED_ME, NOTE_KIND_CUES, REFERRED_ME } from "./note-patterns.ts";
import { notAPersonHere, personCue } from "./people-context.ts";
import type { People, Person } from "./people-registry.ts";
import { opensWithName } from "./person-evidence.ts";
import { fold } from "./text.ts";
import { THING_WORDS } from "./thing-words.ts";
import { NOT_A_NAME, ORG_WORDS } from "./word-lists.ts";

/** A sentence of a note names a few people; past this it is pasted text, not a note. */
export const MAX_MENTIONS_PER_SENTENCE = 12;

const HONORIFIC_BEFORE =
  /\b(?:mr|mrs|ms|mx|dr|prof|herr|herrn|frau|mme|mlle|monsieur|madame|sr|sra|srta|señor|señora|dhr|mevr)\.?\s+$/i;

/**
 * A lone first name is a person when a word around it says so ("with Maya", "Priya was"); a
 * word that adds one more to a list of people ("plus Noor", "sowie Jana", "ainsi que Léo") too.
 */
export const SINGLE_NAME_BEFORE =
  /(?:\b(?:with|met|and|plus|as well as|sowie|ainsi que|además de|más|oltre a|più|além de|mais|en ook|from|by|but|mit|und|avec|et|con|y|thank|thanks|thanks to|thank you to|ask|asked|told|emailed|cc|cc'd|von|via|colleague|friend|manager|recruiter|boss|lead|interviewers?|coordinator|founder|director|cto|ceo|hm|em|vp|dank an|danke an|dank|grâce à|merci à|gracias a|grazie a|dankzij|bedankt|graças (?:a|à)|obrigad[oa] (?:a|à))\s*|[,&:(+]\s*)$/i;
export const SINGLE_NAME_AFTER = new RegExp(
  String.raw`^\s*(?:(?:was|is|were|seemed|said|did|ran|led|runs|leads|mentioned|told|from|of|at|on|who|and I|war|ist|hat|était|fue|era|sat|asked|will|might|wrote|says)\b|&\s*I\b|\(|,\s*(?:the|my|our|who)\b|['’]s\b|(?:(?:who|die|der|qui|que|quien|che|wie)\s+)?(?:${REFERRED_ME.source}|${INTRODUCED_ME.source}))`,
  "iu",
);

/**
 * "Second reference is Kasia", "mein Ansprechpartner ist Timo", "ma référente est Léa": a part
 * someone plays in the search, then a copula, right before a lone name.
 */
const PART_IS_BEFORE =
  /\b(?:references?|referees?|referrers?|contact|recruiter|manager|boss|lead|interviewer|coordinator|referenz(?:geber(?:in)?)?|ansprechpartner(?:in)?|empfehlungsgeber(?:in)?|références?|référent(?:e)?|contacto|referencias?|referente|referenza|referentie|contactpersoon|referências?|contato)\s+(?:is|was|will be|ist|war|wird|est|était|sera|es|era|será|è|sarà|é|será|zal zijn|wordt)\s+$/i;

/**
 * "my Ruby is rusty", "our Rust was thin": a lone word after a possessive is a thing someone
 * has (a language, a skill), never a person, who is "my friend Maya", not "my Maya".
 */
const POSSESSIVE_BEFORE = /\b(?:my|your|our|his|her|their|mein|meine|mon|ma|mi|mijn)\s+$/i;

/** Names (and addresses) in one sentence of the note, in order. */
export function findNoteMentions(
  sentence: string,
  people: People,
  companyWords: ReadonlySet<string>,
  roleWords: ReadonlySet<string>,
  body: string,
): Mention[] {
  const emails = [...sentence.matchAll(EMAIL_IN_TEXT)].map((m) => ({
    email: m[0].toLowerCase().replace(/\.+$/, ""),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const insideEmail = (i: number) => emails.some((e) => i >= e.start && i < e.end);
  const mentions: Mention[] = [];
  const runs = nameRuns(sentence, (w, previous) =>
    isNotNameWord(w, companyWords, roleWords, previous),
  );
  for (const run of runs.slice(0, MAX_MENTIONS_PER_SENTENCE * 3)) {
    let name = run.name;
    if (name === null || name === "" || insideEmail(run.start)) continue;
    // "Herr Petersen", "Mme Dubois": a surname after an honorific is someone already known.
    if (
      !name.includes(" ") &&
      HONORIFIC_BEFORE.test(sentence.slice(Math.max(0, run.start - 12), run.start))
    ) {
      // "Herr Lee", "Sr. Lee": the user, as the employer addressed them.
      if (people.isSelfSurname(name)) continue;
      name = people.findBySurname(name)?.name ?? name;
      run.name = name;
    }
    // "Paco was lovely" about Francisco Ruiz: a short or pet form of someone known is them, and
    // so is a nickname the message writes beside a given name ("Min-jun (Kit) Seo").
    const petOf =
      name.includes(" ") || people.find(name, null)
        ? undefined
        : (people.findByShortForm(name) ?? aliasOf(name, body, people));
    if (petOf?.name) {
      name = petOf.name;
      run.name = name;
    }
    if (!people.find(name, null) && !isNoteName(name, sentence, run, emails, body)) continue;
    mentions.push(run);
  }
  // "met maya and sam": notes typed in lower case still name people the message knows.
  for (const token of tokensOf(sentence)) {
    const word = token.text.replace(TRAILING_PUNCTUATION, "");
    const at = token.at;
    if (word.length < 3 || !/^\p{Ll}+$/u.test(word) || NOT_A_NAME.has(word)) continue;
    if (mentions.some((x) => at >= x.start && at < x.end) || insideEmail(at)) continue;
    const known = people.findByFirstName(word);
    if (known?.name)
      mentions.push({ name: known.name, email: null, start: at, end: at + word.length });
  }
  mentions.sort((a, b) => a.start - b.start);
  // "Bia (Beatriz Costa)": a nickname followed by the full name is one person.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a && b && /^\s*\(\s*$/.test(sentence.slice(a.end, b.start)) && !a.name?.includes(" "))
      mentions.splice(i, 1);
  }
  // Addresses attach to the name right before them; an address alone is a person too.
  for (const e of emails) {
    if (isRobotAddress(e.email)) continue;
    // Right after a name ("Sam Chen (sam@...)"), or later in its clause when the address spells
    // it ("Dr. Priya Shah, VP Engineering (priya@acme.io)").
    const owner = [...mentions].reverse().find((m) => {
      if (m.end > e.start) return false;
      const gap = sentence.slice(m.end, e.start);
      if (/^[\s(<[,:–—-]*$/.test(gap)) return true;
      return (
        gap.length <= 60 &&
        !/[.;!?]/.test(gap) &&
        m.name !== null &&
        addressFitsName(e.email, m.name)
      );
    });
    if (owner && owner.email === null) {
      owner.email = e.email;
      // "Thijs (thijs.mulder@…)": the address gives the surname the note left out.
      const spelled = nameFromAddress(e.email);
      if (
        owner.name !== null &&
        !owner.name.includes(" ") &&
        spelled !== null &&
        fold(spelled.split(" ")[0] ?? "") === fold(owner.name)
      )
        owner.name = spelled;
      owner.end = e.end + (/[)>\]]/.test(sentence.charAt(e.end)) ? 1 : 0);
    } else if (!owner) {
      mentions.push({ name: nameFromAddress(e.email), email: e.email, start: e.start, end: e.end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Whether a run in the note that matches nobody known is still a person's name. */
function isNoteName(
  name: string,
  sentence: string,
  run: Mention,
  emails: readonly { start: number; end: number }[],
  body: string,
): boolean {
  // Right before its address, or later in the sentence by an address that spells it ("Noor in
  // product was great - noor@saltmarsh.example").
  // "Herrn Weiß (Teamleiter)": an honorific says a person is meant, even by surname alone.
  if (
    !name.includes(" ") &&
    isPersonName(name, true) &&
    HONORIFIC_BEFORE.test(sentence.slice(Math.max(0, run.start - 12), run.start))
  )
    return true;
  // "Lars kenne ich vom Meetup (lars.behrendt@…)": a word right before an address is its owner
  // only when it could be a name the address belongs to.
  const nearEmail = emails.some(
    (e) =>
      e.start >= run.end &&
      ((e.start - run.end <= 3 &&
        (opensWithName(name) || addressFitsName(sentence.slice(e.start, e.end), name))) ||
        (e.start - run.end <= 80 && addressFitsName(sentence.slice(e.start, e.end), name))),
  );
  // "someone called Farrah", "a recruiter named Idris": the note says a name follows.
  const called = CALLED_BEFORE.test(sentence.slice(Math.max(0, run.start - 24), run.start));
  // "Budget on hold", "30 Tage Urlaub", "(VP Eng)": capitalised words that are nobody's name.
  // "Wen Li would be my manager" above an agenda naming "Wen Li": the user and the employer
  // write the same full name, which is evidence enough for a given name the lexicon lacks.
  // "I really don't know Common Law" beside "such as Common Law": capitalised words both write
  // that nothing around calls a person are a thing's name (a standard, a programme, a product).
  if (!nearEmail && !called && !opensWithName(name))
    return (
      name.includes(" ") &&
      isPersonName(name) &&
      !THING_DETERMINER_BEFORE.test(sentence.slice(Math.max(0, run.start - 12), run.start)) &&
      namesWhole(body, name) &&
      !thingInText(body, name) &&
      (cuedInNote(sentence, run) || cuedInText(body, name))
    );
  if (called && !name.includes(" ")) return isPersonName(name, true);
  // "Grace Hopper Cloud", "Ada Lovelace Institute": a full name that runs on into a firm's or
  // a thing's word, in the note or the message, names that.
  if (name.includes(" "))
    return isPersonName(name) && !runsIntoThing(sentence, name) && !runsIntoThing(body, name);
  if (!isPersonName(name, true)) return false;
  // "Keep-on-file" is not "Jean-Luc".
  if (name.split(/[-‐]/).some((part) => NOT_A_NAME.has(fold(part)))) return false;
  const before = sentence.slice(Math.max(0, run.start - 24), run.start);
  const after = sentence.slice(run.end, run.end + 24);
  if (!nearEmail && POSSESSIVE_BEFORE.test(before)) return false;
  if (
    !nearEmail &&
    !SINGLE_NAME_BEFORE.test(before) &&
    !SINGLE_NAME_AFTER.test(after) &&
    !PART_IS_BEFORE.test(before)
  )
    return false;
  // "Intro offer to Verdance": a word the message uses inside a longer proper name is not a person.
  for (
    let at = body.indexOf(name), n = 0;
    at >= 0 && n < 20;
    at = body.indexOf(name, at + 1), n++
  ) {
    if (at > 0 && /\p{L}/u.test(body.charAt(at - 1))) continue;
    const next = FOLLOWING_WORD.exec(body.slice(at + name.length, at + name.length + 40))?.[1];
    if (next && !isPersonName(`${name} ${next}`) && !NOT_A_NAME.has(fold(next))) return false;
  }
  return true;
}

const FOLLOWING_WORD = /^[ \t]+(\p{Lu}[\p{L}'’-]+)/u;

/**
 * Whether the note's words around a name call a person: "with …", "… was", "… would be my
 * manager". A comma before it only lists it ("naja, Common Ledger kenne ich nicht").
 */
function cuedInNote(sentence: string, run: Mention): boolean {
  const before = sentence.slice(Math.max(0, run.start - 24), run.start);
  const after = sentence.slice(run.end, run.end + 40);
  return (
    (SINGLE_NAME_BEFORE.test(before) && !LISTED_BEFORE.test(before)) ||
    PERSON_VERB_AFTER.test(after) ||
    PART_IS_BEFORE.test(before) ||
    MY_PART_AFTER.test(after) ||
    NOTE_KIND_CUES.some((cue) => cue.kind !== "interviewer" && cue.re.test(after))
  );
}

/** "… would be my manager", "… wäre meine Chefin", "… sarebbe la mia responsabile": my someone. */
const MY_PART_AFTER =
  /^\s+(?:would be|will be|is|was|wäre|ist|wird|war|serait|est|sera|était|sería|es|será|era|sarebbe|è|sarà|wordt|zou (?:\p{L}+ )?zijn|seria|é)\s+(?:(?:also|auch|aussi|también|anche|ook|também)\s+)?(?:my|mein\p{L}*|ma|mon|mi|la mia|il mio|mijn|a minha|o meu|minha|meu)\s/iu;

/** A given name, then a nickname in brackets or quotes: "Min-jun (Kit) Seo", 'Alberto "Tito"'. */
const GIVEN_THEN_ALIAS = /(\p{Lu}[\p{L}'’-]+)\s+[("“']\s*(\p{Lu}[\p{L}'’-]+)\s*[)"”']/gu;
/** How many bracketed nicknames a message is read for. */
const MAX_ALIASES = 10;

/** The one person known by the given name the message writes a nickname beside, if any. */
function aliasOf(nickname: string, body: string, people: People): Person | undefined {
  const folded = fold(nickname);
  let n = 0;
  for (const m of body.matchAll(GIVEN_THEN_ALIAS)) {
    if (++n > MAX_ALIASES) break;
    if (fold(m[2] ?? "") === folded) return people.findByFirstName(m[1] ?? "");
  }
  return undefined;
}

/**
 * Verbs only a person is the subject of, right after a name: "… said", "… told me", "… and I",
 * "… meinte", "… m'a dit", "… me dijo", "… mi ha detto", "… zei", "… disse". "Was" and "is"
 * fit a product as well ("Blue Yonder was the dealbreaker").
 */
const PERSON_VERB_AFTER =
  /^\s*(?:(?:said|says|told|asked|mentioned|wrote|promised|thinks|thought|felt|liked|loved|seemed|who)\b|(?:and|&) I\b|(?:sagte|meinte|fragte|schrieb|erzählte|fand)\b|(?:m['’]a|a) (?:dit|écrit|demandé|promis)\b|(?:me )?(?:dijo|preguntó|escribió|comentó)\b|(?:mi )?ha (?:detto|scritto|chiesto)\b|(?:zei|vroeg|schreef|vond)\b|(?:me )?(?:disse|perguntou|escreveu|achou)\b)/iu;

/** Whether the message writes the name where it is no person: a list of skills, a place. */
function thingInText(text: string, name: string): boolean {
  for (let at = text.indexOf(name), n = 0; at >= 0 && n < 20; at = text.indexOf(name, at + 1), n++)
    if (notAPersonHere(text, at, at + name.length, name)) return true;
  return false;
}

/** Whether the text writes the name on into an organisation's or a thing's word. */
function runsIntoThing(text: string, name: string): boolean {
  for (
    let at = text.indexOf(name), n = 0;
    at >= 0 && n < 20;
    at = text.indexOf(name, at + 1), n++
  ) {
    const next = fold(
      FOLLOWING_WORD.exec(text.slice(at + name.length, at + name.length + 40))?.[1] ?? "",
    );
    if (ORG_WORDS.has(next) || THING_WORDS.has(next)) return true;
  }
  return false;
}

/** Punctuation alone before a name: a list's separator, which lists things as well as people. */
const LISTED_BEFORE = /[,&:(+]\s*$/;

/**
 * Whether the message writes the name where its words call a person ("with …", an agenda row).
 * A comma after it may open an apposition or the next item of a list ("Common Ledger, the
 * BIO"): no evidence either way.
 */
function cuedInText(text: string, name: string): boolean {
  for (
    let at = text.indexOf(name), n = 0;
    at >= 0 && n < 20;
    at = text.indexOf(name, at + 1), n++
  ) {
    const end = at + name.length;
    if (personCue(text, at, end) && !/^\s*,/.test(text.slice(end, end + 3))) return true;
  }
  return false;
}
const CALLED_BEFORE =
  /\b(?:called|named|namens|heißt|appel[ée]e?|s'appelle|llamad[oa]|se llama|chiamat[oa]|si chiama|genaamd|heet|chamad[oa])\s+$/i;

/** "the Lumen Grid one", "die Nordlicht-Stelle": a determiner makes a name a thing's. */
const THING_DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|this|that|der|die|das|le|la|les|el|los|las|il|lo|de|het|o|os|as)\s+$/iu;

/**
 * Whether the text writes the name whole and alone ("Wen Li", not "Wen Lin" or the firm
 * "Wen Li Partners").
 */
function namesWhole(text: string, name: string): boolean {
  for (let at = text.indexOf(name), n = 0; at >= 0 && n < 20; at = text.indexOf(name, at + 1), n++)
    if (
      !/\p{L}/u.test(text.charAt(at - 1)) &&
      !/^(?:\p{L}|[ \t]+\p{Lu}|[ \t]*&)/u.test(text.slice(at + name.length, at + name.length + 3))
    )
      return true;
  return false;
}
