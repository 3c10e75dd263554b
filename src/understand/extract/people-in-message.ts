import type { Category, ContactKind } from "../../../schemas/understanding.ts";
import { isRobotAddress } from "../robot-address.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import { hasTitleWord, kindFromTitle } from "./job-titles.ts";
import { isNotNameWord, nameRuns } from "./name-runs.ts";
import { isPersonName, nameFromAddress, namesMatch } from "./names.ts";
import { notAPersonHere, personCue } from "./people-context.ts";
import { MAX_CONTACTS, newPerson, type Person } from "./people-registry.ts";
import { endsWithKnownSurname, isGivenName, PLACE_NAMES } from "./person-evidence.ts";
import type { SenderInfo } from "./sender.ts";
import { fold, words } from "./text.ts";

/** Months that are also given names: "Friday, June 12" names no one. */
const MONTHS = words(
  "april|may|june|august|avril|mai|juin|juni|aout|abril|mayo|junio|agosto|aprile|maggio|giugno|" +
    "maio|junho|augustus|mei",
);

/** Words right before a lone first name, on its line, that make it a person ("Sven und Paula"). */
const LONE_NAME_BEFORE =
  /(?:^|[^\p{L}])(?:with|and|by|mit|und|von|bei|avec|et|par|con|com|y|e|en|met|cc|à|to|an|when|wenn|quand|cuando|quando|toen|colleague|kollegin|kollege|collègue|compañer[oa]|collega|collega's|manager|recruiter|interviewer|lead|founder|director|cto|ceo|vp)\s+(?:(?:o|a|el|la|il|lo|der|die|den)\s+)?$|[,&(+]\s*$/iu;
/** Words right after a lone first name that make it a person ("Nadia said", "Wei and I"). */
const LONE_NAME_AFTER =
  /^\s*(?:(?:in particular|especially|also|too|personally|herself|himself|übrigens|auch|selbst|también|aussi|anche|ook|também)\s+)?(?:(?:was|is|were|said|says|mentioned|told|asked|felt|thought|liked|loved|enjoyed|agreed|noted|wrote|led|ran|will|would|can|can't|cannot|could|should|must|might|wants|needs|and I|und ich|et moi|y yo|war|ist|hat|hatte|fand|meinte|sagte|était|a dit|trouvait|fue|era|dijo|comentó|ha detto|era|zei|vond|disse|achou|gostou|comentou)(?![\p{L}])|&\s*I(?![\p{L}])|,\s*(?:who|die|der|qui|que|che)(?![\p{L}])|(?:und|and|y|e|et|en)\s+(?:das |the |el |la |il |le |het |o |l['’])?(?:team|equipo|équipe|equipe|squadra|rest|resto)(?![\p{L}])|(?:me|te|nos|mi|ti|ci|vi|gli|m['’]|t['’]|nous|vous)\s+\p{Ll}+(?:ó|é|ò|ou|a|e|t)(?![\p{L}])|\p{Ll}{3,}ed(?![\p{L}]))/iu;
/** "Omar's slot", "Clare's notes": someone's, in mail about an application. */
const POSSESSIVE_AFTER = /^['’]s\s+\p{Ll}/u;
/** Another given name joined by "and" ("Rocío y Manuel", "Anke, Timo und mir"): both are people. */
const JOINED_NAME_AFTER = /^\s*(?:,|&|and|und|y|e|et|en|und)\s+(\p{Lu}[\p{L}'’-]+)/u;
/** An appositive title after a lone name ("Stefan, dem Hiring Manager", "Anouk (onze teamlead infra)"). */
const TITLE_APPOSITIVE_AFTER = /^\s*(?:,\s*([^,.;!?\n]{2,40})|\(([^()\n]{2,40})\))/u;

/** How far around a name the body is read for its title or address. */
const SENTENCE_WINDOW_CHARS = 400;

/** The message offers to put the user in touch with someone. */
export const REFERRAL_MESSAGE =
  /introduc|\bintro\b|put you in touch|connect you|pass (?:on )?your|forward your|friend of mine|former colleague|reach out to|write to (?:him|her|them)|mise en relation|mettre en relation|vous présenter|te présenter|transmettre votre|presentarte|te presento|poner(?:te|le)? en contacto|vorstellen|in kontakt|weiterleiten|empfehle(?:n)? (?:dir|ihnen)|in contatto|presentarti|in contact brengen|voorstellen/i;

/** The person is the sender's colleague, not someone at another company. */
const COLLEAGUE_CUE =
  /\b(?:our|my colleague|notre|nos|nuestr[oa]|unser(?:e[mnrs]?)?|meine? kolleg\w*|mon collègue|ma collègue|mi compañer[oa]|onze|nostr[oa]|copied|in cc|en copie|en copia|in kopie|cc'?d)\b|\(cc\)/i;

/** Title-like words right before a name ("our CTO Julien Moreau", "hiring manager Anna Roth"). */
const LAST_WORDS = /(\S+(?:\s+\S+){0,3})[,:]?\s*$/;

/** Appositive after a name: ", our VP of Engineering,", ", responsable del equipo de ...", " (CTO)". */
const APPOSITIVE =
  /^\s*(?:,|\(|–|—|-)\s*(?:who is |who's |who leads |qui est |que es |die |der )?(?:the |our |my |your |a |an |notre |votre |la |le |el |nuestr[oa] |unser(?:e[nr]?)? |de |del |des |van |onze |il |lo |la nostra |il nostro )*([^,.;()\n]{2,60})/i;

/** Words after a lone first name that make it a person: a verb, another name, a title. */
function loneNameCueAfter(after: string, lineStart: boolean): boolean {
  if (LONE_NAME_AFTER.test(after)) return true;
  // "Olá, Jordan!" opens a message: a greeting before the user's name, not two people.
  const joined = lineStart && /^\s*,/.test(after) ? undefined : JOINED_NAME_AFTER.exec(after)?.[1];
  if (joined !== undefined && isGivenName(joined)) return true;
  const m = TITLE_APPOSITIVE_AFTER.exec(after);
  const appositive = m?.[1] ?? m?.[2];
  return appositive !== undefined && hasTitleWord(appositive);
}

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  const floor = Math.max(0, at - SENTENCE_WINDOW_CHARS);
  const ceiling = Math.min(text.length, at + SENTENCE_WINDOW_CHARS);
  let start = at;
  while (start > floor && !".!?\n".includes(text.charAt(start - 1))) start--;
  let end = at;
  for (; end < ceiling; end++) {
    const ch = text.charAt(end);
    if (ch === "!" || ch === "?" || ch === "\n") break;
    if (ch === "." && " \t\n".includes(text.charAt(end + 1) || " ")) break;
  }
  return { start, end };
}

/** People the message names with an address, a title, or as someone to be introduced to. */
export function peopleInMessage(
  message: string,
  category: Category,
  sender: SenderInfo,
  company: string | null,
): Person[] {
  const found: Person[] = [];
  const referralContext = category === "referral_offer" || REFERRAL_MESSAGE.test(message);
  // "Whitlock, Osei & Brandt" is its partners' surnames, and a partner may be on the panel.
  const partnership = company !== null && /,/.test(company);
  const companyWords = new Set(company && !partnership ? fold(company).split(/\s+/) : []);
  // Each name once, and only so many: a message describes a handful of people.
  const seen = new Set<string>();
  const mentions = nameRuns(message, (w, previous) =>
    isNotNameWord(w, companyWords, undefined, previous),
  )
    .filter((m) => {
      if (m.name === null || seen.has(m.name)) return false;
      // A lone first name counts when the words around it say a person is meant ("Sven und
      // Paula konnten", "with Leo"); a full name when it parses as one.
      const lineBefore = message
        .slice(Math.max(0, m.start - 24), m.start)
        .split("\n")
        .pop();
      const lone =
        !m.name.includes(" ") &&
        isPersonName(m.name, true) &&
        isGivenName(m.name) &&
        !PLACE_NAMES.has(fold(m.name)) &&
        !MONTHS.has(fold(m.name)) &&
        (LONE_NAME_BEFORE.test(lineBefore ?? "") ||
          loneNameCueAfter(message.slice(m.end, m.end + 40), /^\s*$/.test(lineBefore ?? "")) ||
          (category !== "other" && POSSESSIVE_AFTER.test(message.slice(m.end, m.end + 6))));
      if (!lone && !isPersonName(m.name)) return false;
      if (notAPersonHere(message, m.start, m.end, m.name)) return false;
      seen.add(m.name);
      return true;
    })
    .slice(0, MAX_CONTACTS);
  const emails = [...message.matchAll(EMAIL_IN_TEXT)]
    .map((m) => ({ email: m[0].toLowerCase().replace(/\.+$/, ""), at: m.index ?? 0 }))
    .filter((e) => !isRobotAddress(e.email) && e.email !== sender.address);
  const usedEmails = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention?.name) continue;
    // "Architecture (Maya P.)": a first name and the initial of the surname.
    const initial = mention.name.includes(" ")
      ? null
      : /^ (\p{Lu})\.(?![\p{L}])/u.exec(message.slice(mention.end, mention.end + 4));
    if (initial) {
      mention.name = `${mention.name} ${initial[1]}.`;
      mention.end += 3;
    }
    if (sender.person && namesMatch(mention.name, sender.person)) continue;
    const nextStart = mentions[i + 1]?.start ?? message.length;
    const sentence = sentenceBounds(message, mention.start);
    const before = message.slice(Math.max(sentence.start, mention.start - 50), mention.start);
    const after = message.slice(mention.end, Math.min(mention.end + 90, sentence.end + 1));
    // Its address: right after it, later in its sentence before the next name, or one that spells it.
    const email =
      emails.find(
        (e) =>
          e.at >= mention.end &&
          e.at < Math.min(nextStart, sentence.end) &&
          !usedEmails.has(e.email),
      )?.email ??
      emails.find(
        (e) =>
          !usedEmails.has(e.email) &&
          nameFromAddress(e.email) !== null &&
          namesMatch(nameFromAddress(e.email) ?? "", mention.name ?? ""),
      )?.email ??
      null;
    const appositive = APPOSITIVE.exec(after)?.[1] ?? null;
    const titleAfter = appositive !== null && hasTitleWord(appositive) ? appositive.trim() : null;
    // "our CTO, Julien Moreau": the word right before the name is a title.
    const lastWords = LAST_WORDS.exec(before)?.[1] ?? null;
    const titleBefore =
      lastWords !== null && hasTitleWord(lastWords.split(/\s+/).pop() ?? "") ? lastWords : null;
    const title = titleAfter ?? titleBefore;
    const context = `${before} ${after}`;
    const colleague =
      COLLEAGUE_CUE.test(context) ||
      (email !== null && sender.domain !== null && email.endsWith(`@${sender.domain}`));
    const referral = referralContext && !colleague;
    // Named with no address, title or introduction: a person only when the name opens with a
    // given name ("Sofia Lindgren & Paul Mbeki" on an agenda), and never in an auto-reply,
    // where only the stand-in with an address is worth keeping.
    // A full name read nowhere else needs a known surname or words that point at a person
    // ("with Lena Chou", "Sofia Lindgren & Paul Mbeki"): "Green Book" is neither.
    const named =
      category !== "auto_reply" &&
      isGivenName(mention.name.split(" ")[0] ?? "") &&
      (!mention.name.includes(" ") ||
        initial !== null ||
        endsWithKnownSurname(mention.name) ||
        personCue(message, mention.start, mention.end));
    if (!email && !title && !referral && !named) continue;
    if (email) usedEmails.add(email);
    const titleKind = kindFromTitle(title);
    const kind: ContactKind = referral ? "referral" : (titleKind ?? "recruiter");
    found.push(newPerson(mention.name, email, kind, referral || titleKind ? 2 : 1, title));
  }
  return found;
}
