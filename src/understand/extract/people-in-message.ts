import type { Category, ContactKind } from "../../../schemas/understanding.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import { givesReaderAContact, introducedToReader } from "./introduced.ts";
import { hasTitleWord, kindFromTitle } from "./job-titles.ts";
import { isNotNameWord, nameRuns } from "./name-runs.ts";
import { isPersonName, nameFromAddress, namesMatch } from "./names.ts";
import { notAPersonHere, personCue } from "./people-context.ts";
import { MAX_CONTACTS, newPerson, type Person } from "./people-registry.ts";
import {
  endsWithKnownSurname,
  isGivenName,
  isPersonalMailbox,
  opensWithName,
  PLACE_NAMES,
} from "./person-evidence.ts";
import {
  definedAsThing,
  deputyForOtherMatter,
  insideJobTitle,
  isHearsaySource,
  paperworkFromBackOffice,
  quotedToStaff,
} from "./person-role.ts";
import type { SenderInfo } from "./sender.ts";
import { fold, words } from "./text.ts";
import { THING_WORDS } from "./thing-words.ts";
import { NOT_A_NAME, ORG_WORDS, PLATFORM_NAMES, TEAM_WORD_SET } from "./word-lists.ts";

/** Months that are also given names: "Friday, June 12" names no one. */
const MONTHS = words(
  "april|may|june|august|avril|mai|juin|juni|aout|abril|mayo|junio|agosto|aprile|maggio|giugno|" +
    "maio|junho|augustus|mei",
);

/**
 * Words right before a lone first name, on its line, that make it a person ("Sven und Paula").
 * An opening bracket does only when it holds the name alone: "(Zephyr ideally)" asides name
 * tools as often as people.
 */
const LONE_NAME_BEFORE =
  /(?:^|[^\p{L}])(?:with|and|by|mit|und|von|bei|avec|et|par|con|com|y|e|en|met|meeting|meet|cc|à|to|an|when|wenn|quand|cuando|quando|toen|colleague|kollegin|kollege|collègue|compañer[oa]|collega|collega's|manager|recruiter|interviewer|lead|founder|director|cto|ceo|vp)\s+(?:(?:o|a|el|la|il|lo|der|die|den)\s+)?$|[,&+]\s*$/iu;
/** "Coding round (Wei):": a bracket that holds the name alone says who took a part. */
const BRACKET_BEFORE = /\(\s*$/;
const BRACKET_CLOSES_AFTER = /^(?: \p{Lu}\.)?\s*\)/u;
/** Words right after a lone first name that make it a person ("Nadia said", "Wei and I"). */
const LONE_NAME_AFTER =
  /^\s*(?:(?:in particular|especially|also|too|personally|herself|himself|already|just|übrigens|auch|selbst|bereits|schon|también|ya|aussi|déjà|anche|già|ook|al|também|já|\p{Ll}{3,}ly)\s+)?(?:(?:was|is|were|said|says|mentioned|told|asked|felt|thought|liked|loved|enjoyed|agreed|noted|wrote|led|ran|will|would|can|can't|cannot|could|should|must|might|wants|needs|let|sent|shared|reached|emailed|informed|explained|and I|and me|und ich|und mir|und mich|et moi|y yo|y a mí|e me|en ik|en mij|war|ist|hat|hatte|fand|meinte|sagte|était|a dit|trouvait|fue|era|dijo|comentó|ha detto|era|zei|vond|disse|achou|gostou|comentou)(?![\p{L}])|&\s*I(?![\p{L}])|(?:from|of|aus|von|de|du|da|di|del|van|uit)\s+(?:our|my|unserem|unserer|unseres|meinem|meiner|notre|nos|nuestro|nuestra|mi|nostro|nostra|il nostro|la nostra|ons|onze|nosso|nossa)\s|,\s*(?:who|die|der|qui|que|che)(?![\p{L}])|(?:und|and|y|e|et|en)\s+(?:das |the |el |la |il |le |het |o |l['’])?(?:team|equipo|équipe|equipe|squadra|rest|resto)(?![\p{L}])|(?:me|te|nos|mi|ti|ci|vi|gli|m['’]|t['’]|nous|vous)\s+\p{Ll}+(?:ó|é|ò|ou|a|e|t)(?![\p{L}])|\p{Ll}{3,}ed(?![\p{L}]))/iu;
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
  /introduc|\bintro\b(?![ -](?:call|chat|meeting|gespräch|appel|llamada|chiamata|gesprek|chamada))|put you in touch|connect you|pass (?:on )?your|forward your|friend of mine|former colleague|reach out to|write to (?:him|her|them)|mise en relation|mettre en relation|vous présenter|te présenter|transmettre votre|presentarte|te presento|poner(?:te|le)? en contacto|vorstellen|in kontakt|weiterleiten|empfehle(?:n)? (?:dir|ihnen)|in contatto|presentarti|in contact brengen|voorstellen/i;

/** "referred by", "auf Empfehlung von", "indicado por": the referrer's name comes next. */
const REFERRER_BEFORE =
  /\b(?:referred by|recommended by|on the recommendation of|(?:auf (?:die )?empfehlung|empfohlen) von|recommandée? par|sur (?:la )?recommandation de|cooptée? par|recomendad[oa] por|referid[oa] por|por recomendación de|segnalat[oa] da|raccomandat[oa] da|su segnalazione di|aanbevolen door|op aanraden van|doorverwezen door|indicad[oa] por|por indicação de)\s+$/iu;
/** "… referred you", "… hat Sie empfohlen", "… te indicou": the name before is the referrer's. */
const REFERRER_AFTER =
  /^\s+(?:(?:has|had)\s+)?(?:referred|recommended)\s+you\b|^\s+hat\s+(?:Sie|dich)\s+(?:\S+\s+)?empfohlen|^\s+(?:vous|t['’]\s*)\s*a\s+(?:recommandé|coopté)|^\s+(?:te|le|la|lo)\s+(?:ha\s+)?recomend(?:ó|ado)|^\s+ti\s+ha\s+(?:segnalat|raccomandat)|^\s+heeft\s+(?:je|u|jou)\s+aanbevolen|^\s+(?:te|o|a|lhe)\s+(?:indicou|recomendou)/iu;

/** The person is the sender's colleague, not someone at another company. */
const COLLEAGUE_CUE =
  /\b(?:our|my colleague|notre|nos|nuestr[oa]|unser(?:e[mnrs]?)?|meine? kolleg\w*|mon collègue|ma collègue|mi compañer[oa]|onze|nostr[oa]|copied|in cc|en copie|en copia|in kopie|cc'?d)\b|\(cc\)/i;

/** Title-like words right before a name ("our CTO Julien Moreau", "hiring manager Anna Roth"). */
const LAST_WORDS = /(\S+(?:\s+\S+){0,3})[,:]?\s*$/;

/** Appositive after a name: ", our VP of Engineering,", ", responsable del equipo de ...", " (CTO)". */
const APPOSITIVE =
  /^\s*(?:,|\(|–|—|-)\s*(?:who is |who's |who leads |qui est |que es |die |der )?(?:the |our |my |your |a |an |notre |votre |la |le |el |nuestr[oa] |unser(?:e[nr]?)? |de |del |des |van |onze |il |lo |la nostra |il nostro )*([^,.;()\n]{2,60})/i;

/** The firm's leaders, whom a message names in passing far more often than the user meets them. */
const EXECUTIVE_TITLE =
  /\b(?:chief\b|c[etfoip]o\b|ciso\b|president|presidente|(?:co-?)?founder|managing director|general counsel|chair(?:man|woman|person)?\b|directeur général|directrice générale|pdg\b|geschäftsführer(?:in)?|vorstand|gründer(?:in)?|fondat(?:eur|rice)|fundador[a]?|director[a]? general|amministratore delegato|diretor[a]? (?:geral|executiv[oa])|(?:algemeen )?directeur(?! (?:de |d['’]|du |des |technique|produit|ingénierie|engineering|of ))|oprichter|direttore generale|direttrice generale|drh\b|dg\b|chro\b|(?:directeur|directrice|director[a]?|diretor[a]?|direttore|direttrice) (?:des |de |del |dos |das |delle |dei )?(?:ressources humaines|recursos humanos|rrhh|rh\b|risorse umane|personale)|(?:hr|people) director|director of (?:hr|people|human resources)|personalleiter(?:in)?|personalchef(?:in)?|hr-directeur)/i;
/** A leader's title that ends right where the name begins ("O nosso diretor executivo,"). */
const EXECUTIVE_TITLE_AT_END = new RegExp(`(?:${EXECUTIVE_TITLE.source})[,:]?\\s*$`, "i");

/** Capitalised words a leader's title may run on with ("Chief Economist", "CTO Platform"). */
const MAX_TITLE_TAIL_WORDS = 2;

/**
 * Whether words end with a leader's title, right before a name: "notre DRH,", "o nosso diretor
 * executivo", "our Chief Economist" (a leader's word and capitalised words after it).
 */
function endsWithLeaderTitle(words: string): boolean {
  const parts = words.replace(/[,:]\s*$/, "").split(/\s+/);
  for (let k = 0; k <= MAX_TITLE_TAIL_WORDS && k < parts.length; k++) {
    if (k > 0 && !/^\p{Lu}/u.test(parts[parts.length - k] ?? "")) return false;
    if (EXECUTIVE_TITLE_AT_END.test(parts.slice(0, parts.length - k).join(" "))) return true;
  }
  return false;
}

/**
 * Words in a sentence that have the user meet, hear from or write to someone: "you'll meet",
 * "will join the call", "interviewed you", "reach out to", "kennenlernen", "rencontrer",
 * "conocerás", "incontrerai", "kennismaken", "conhecer", in the seven languages. A leader who
 * gave a talk, wrote a post or was impressed by the user's work is named in passing.
 */
const READER_MEETS = new RegExp(
  [
    String.raw`\b(?:report(?:s|ing)?|answer(?:s|ing)?) (?:directly )?to\b|\bberichten an|\bunterstellt|\brattachée? à|\breportar(?:ás|á)? a\b|\briporter(?:ai|à)? (?:a|al|alla)\b|\brapporte(?:er|ert|ren) aan|\bresponder(?:ás|á)? a\b|\byou(?:['’]ll| will| would| are going to| get to| can| could| might)? (?:\p{L}+ )?(?:meet|speak|talk|chat|see|present)\b|\bmeet(?:ing)? (?:you|with)\b|\b(?:will|would|['’]ll) (?:also )?(?:join|interview|meet|lead|run|host|be (?:on|in|joining|there))\b|\bjoin(?:s|ing)? (?:you|us|the (?:call|interview|panel|meeting|session|conversation))\b|\binterview(?:s|ed|ing)? you\b|\byour (?:interview|call|conversation|meeting|session|chat) with\b|\b(?:reach out|write|talk|speak|reply|respond) to\b|\bget in touch\b|\b(?:contact|e-?mail|ask|call|ping|message) (?:him|her|them)\b|\bpanel|\bintroduc|\binvit\p{L}* you\b|\b(?:grab|have|get) (?:a )?(?:coffee|lunch|dinner)\b|\b(?:coffee|lunch|dinner|catch[- ]up) with you\b|\b(?:call|chat|meeting|conversation|session) with\b`,
    String.raw`\b(?:einladen|eingeladen|auf einen kaffee|invit\p{L}*|prendre un café|tomar (?:un|um) café|prendere un caffè|koffie (?:te )?drinken|uitnodig\p{L}*|convid\p{L}*)`,
    String.raw`\b(?:treffen|kennenlernen|kennen lernen|sprechen|gespräch mit|im gespräch|teilnehmen|dabei sein|dazukommen|dazustoßen|wenden sie sich|kontaktier|vorstellen)`,
    String.raw`\b(?:rencontr|échanger avec|entretien avec|participera|sera présente?|se joindra|contacte[rz]|écrire à|écrivez|vous présenter|te présenter)`,
    String.raw`\b(?:conocer|conocerás|reunirte|reunión con|entrevista con|participará|estará presente|se unirá|contactar|contacta|escríbele|escribirle|presentarte|presentarle)`,
    String.raw`\b(?:incontrare|incontrerai|conoscere|colloquio con|parteciperà|sarà presente|si unirà|contattare|contatta|scrivigli|scrivile|presentarti|presentarle)`,
    String.raw`\b(?:ontmoeten|kennismaken|gesprek met|spreken met|schuift aan|aanwezig|neem contact|contact opnemen|voorstellen)`,
    String.raw`\b(?:conhecer|conversa com|entrevista com|reunião com|vai participar|estará presente|contactar|contatar|fale com|falar com|apresentar)`,
    // "Ilka (the CTO) said your answers were the best", "Dein Lebenslauf liegt dann bei …": they
    // judged the user's interview or hold the user's application.
    String.raw`\b(?:your|dein\p{L}*|ihr\p{L}*|votre|vos|ton|ta|tes|tu|tus|su|sus|il tuo|la tua|i tuoi|le tue|je|jouw|uw|o seu|a sua|os seus|as suas|o teu|a tua) (?:\p{L}+ )?(?:answers?|interview\p{L}*|presentation|case|take-home|cv|résumé|resume|application|antwort\p{L}*|präsentation|lebenslauf|bewerbung|réponses?|entretien|présentation|candidature|respuestas?|entrevista|presentación|candidatura|rispost\p{L}|colloquio|presentazione|antwoord\p{L}*|gesprek|presentatie|sollicitatie|resposta\p{L}*|apresentação)\b`,
  ].join("|"),
  "iu",
);

/** A token that is a link, a domain or an address: letters joined by ".", "/" or "@". */
const LINK_OR_ADDRESS = /\S*[\p{L}\d][./@][\p{L}\d]\S*/gu;

/** Words of an invitation that put someone in the meeting: "with", "con", "dabei", "participants". */
const INVITATION_WITH =
  /\b(?:with|alongside|joined by|con|conmigo|mit|dabei|avec|met|com|comigo|participants?|teilnehmer\p{L}*|participantes|partecipanti|deelnemers)\b/iu;

/**
 * Whether a leader's sentence names them in passing: nothing in it has the user meet, report
 * to or write to them (in an invitation, nothing puts them in the meeting), or it quotes them
 * to staff.
 */
function leaderInPassing(prose: string, category: Category): boolean {
  // A link or an address is no word of the sentence ("…analytics.com" holds no "com").
  const sentence = prose.replace(LINK_OR_ADDRESS, " ");
  if (quotedToStaff(sentence)) return true;
  if (READER_MEETS.test(sentence)) return false;
  return !(category === "interview_invite" && INVITATION_WITH.test(sentence));
}

/** Whether a title stands in apposition right after a name ("Raj (our VP of Security)"). */
function apposedTitle(after: string): boolean {
  const m = TITLE_APPOSITIVE_AFTER.exec(after);
  const appositive = m?.[1] ?? m?.[2];
  return appositive !== undefined && hasTitleWord(appositive);
}

/** Words after a lone first name that make it a person: a verb, another name, a title. */
function loneNameCueAfter(after: string, lineStart: boolean): boolean {
  if (LONE_NAME_AFTER.test(after)) return true;
  // "Olá, Jordan!" opens a message: a greeting before the user's name, not two people.
  const joined = lineStart && /^\s*,/.test(after) ? undefined : JOINED_NAME_AFTER.exec(after)?.[1];
  if (joined !== undefined && isGivenName(joined)) return true;
  return apposedTitle(after);
}

/** How far after a full name an address holding its surname is still theirs. */
const SURNAME_ADDRESS_WINDOW_CHARS = 300;

/** Whether an address's local part holds a full name's surname (five letters or more). */
function holdsSurname(address: string, name: string): boolean {
  const surname = fold(name.split(" ").pop() ?? "").replace(/[^a-z]/g, "");
  const local = fold(address.split("@")[0] ?? "").replace(/[^a-z]/g, "");
  return surname.length >= 5 && local.includes(surname);
}

/** A determiner or possessive, in the seven languages: "our", "unserer", "notre", "il nostro". */
const DETERMINER =
  "(?:our|my|your|the|his|her|their|unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?|notre|votre|mon|ma|nuestr[oa]|mi|su|il nostro|la nostra|il mio|la mia|onze|mijn|o nosso|a nossa|o meu|a minha)";

/** "unserer Tech Lead ", "our Head of Data ": a title a determiner opens, right before a name. */
const DETERMINED_TITLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])${DETERMINER}\\s+(?:\\p{L}[\\p{L}&/-]*\\s+){1,4}$`,
  "iu",
);

/** The words before a title's determiner: "und " in "und unserer Tech Lead". */
const OPENING_DETERMINER = new RegExp(`^.*?\\s(?=${DETERMINER}\\s)`, "iu");

/**
 * A capitalised title word right before a lone name: "Lead" in "Lead Dev". A title that a
 * determiner opens describes the name that follows ("unserer Tech Lead Noor").
 */
function titleWordBefore(before: string): boolean {
  const word = /(?:^|\s)(\p{Lu}[\p{L}-]*) $/u.exec(before)?.[1];
  return word !== undefined && hasTitleWord(word) && !DETERMINED_TITLE_BEFORE.test(before);
}

/** A nickname in brackets right after a full name: "Chen Jia-Hui (Jenny)". */
const ALIAS_AFTER = /^ \((\p{Lu}[\p{L}'’-]+)\)/u;

/** Honorifics and ranks right before a name, read off so the words before them count. */
const HONORIFICS_BEFORE =
  /(?:(?:\b(?:dr|drs|prof|mr|mrs|ms|mx|herr|herrn|frau|mme|mlle|madame|monsieur|sr|sra|srta|señor|señora|signor|signora|sig|sig\.ra|dhr|mevr|mevrouw|meneer|dra|ing|ir|dott|dott\.ssa|dottssa|col|lt|capt|maj|gen|sgt|cdr)\.?|\bM\.|\((?:ret|retd)\.?\))\s+)+$/i;

/**
 * "Frau", "Mr", "Mme", "Sra.", "Dhr.": an honorific that only ever stands before a person. "Dr."
 * alone before one word also names brands ("Dr. Oetker"), so it does not count here.
 */
const SOCIAL_HONORIFIC_BEFORE =
  /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|herr|herrn|frau|mme|mlle|madame|monsieur|m\.|sr|sra|srta|señor|señora|sig|sig\.ra|signor|signora|dhr|mevr|mevrouw|meneer)\.?\s+(?:(?:dr|prof|ing|dott|dott\.ssa|ir|drs|mag)\.?\s+){0,2}$/iu;

/** "coordinator is", "Ansprechpartnerin ist": a title and a copula right before a name. */
const TITLE_IS_BEFORE =
  /(\p{L}+)\s+(?:is|was|will be|ist|war|wird|est|était|sera|es|era|será|è|sarà|é|zal zijn|blijft)\s+$/iu;

/** ", our hiring manager,", ", unsere Teamleiterin,": a determiner, then a title. */
const DETERMINED_APPOSITIVE_AFTER = new RegExp(
  `^\\s*,\\s*${DETERMINER}\\s+([^,.;!?\\n]{2,40})`,
  "iu",
);

/** Whether the text after a lone name is an appositive with a title (", our hiring manager,"). */
function titleAppositive(after: string): boolean {
  const appositive = DETERMINED_APPOSITIVE_AFTER.exec(after)?.[1];
  return appositive !== undefined && hasTitleWord(appositive);
}

/** The word right after a name, when it continues the run: "Bank" in "Chase Bank". */
const NEXT_WORD = /^ (\p{Lu}[\p{L}'’-]*)/u;

/**
 * Whether a name runs on into an organisation's or a programme's word, or into the company's
 * own name: "Helene Weber Stiftung", "Anton Philips Traineeship", "Robert Bosch" at Bosch.
 * Title words do not count here: "Laura Chen Engineering Manager" is still Laura Chen.
 */
function runsIntoOrganisation(after: string, companyWords: ReadonlySet<string>): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return false;
  const folded = fold(next);
  return (
    ORG_WORDS.has(folded) ||
    TEAM_WORD_SET.has(folded) ||
    THING_WORDS.has(folded) ||
    companyWords.has(folded)
  );
}

/**
 * "the Atlas and Phoenix teams", "Hudson squad", "die Phoenix-Gruppe": given names that name a
 * team, a project or a product line, alone or joined to others that do.
 */
const NAMES_JOINED_THEN_WORD =
  /^(?:\s*(?:,|and|&|und|et|y|e|en)\s+\p{Lu}[\p{L}'’-]*)*[\s-]+(\p{L}+)/u;
const TEAM_NOUNS = words(
  "team|teams|squad|squads|group|groups|project|projects|tribe|tribes|pod|pods|crew|crews|" +
    "guild|guilds|program|programs|programme|programmes|product|products|platform|platforms|" +
    "gruppe|projekt|equipe|equipes|projet|projets|equipo|equipos|proyecto|proyectos|squadra|" +
    "progetto|projecten|projeto|equipa",
);

/** Whether the words after a lone given name make it a team's or a project's name. */
function namesATeam(after: string): boolean {
  const word = NAMES_JOINED_THEN_WORD.exec(after)?.[1];
  return word !== undefined && TEAM_NOUNS.has(fold(word));
}

/**
 * "the Hudson team", "the Atlas": English sets no article before a person's name, as it does
 * before a thing (other languages do: "com o Rui", "mit der Anna").
 */
const THING_DETERMINER_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

/** Whether the word after a lone given name makes it part of a title or an organisation. */
function opensCompound(after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return false;
  const folded = fold(next);
  return (
    hasTitleWord(next) ||
    ORG_WORDS.has(folded) ||
    TEAM_WORD_SET.has(folded) ||
    PLATFORM_NAMES.has(folded)
  );
}

/** A sentence end: a stop after a word that is no abbreviation ("Dr."), or a blank line. */
const PROSE_SENTENCE_END = /(?<!\b\p{Lu}\p{Ll}{0,3})[.!?](?=\s)|\n[ \t>]*\n/gu;

/** The sentence around a place, read across the line breaks of wrapped plain text. */
function proseSentence(text: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_WINDOW_CHARS);
  const to = Math.min(text.length, at + SENTENCE_WINDOW_CHARS);
  let start = from;
  let end = to;
  for (const m of text.slice(from, to).matchAll(PROSE_SENTENCE_END)) {
    const i = from + (m.index ?? 0);
    if (i < at) start = i + m[0].length;
    else {
      end = i;
      break;
    }
  }
  return text.slice(start, end);
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

/** The line a place is on, up to it, read at most 80 characters back. */
function lineOf(text: string, at: number): string {
  return (
    text
      .slice(Math.max(0, at - 80), at)
      .split("\n")
      .pop() ?? ""
  );
}

/**
 * Whether the name's role in its sentence is a passing mention, not a part in the user's
 * process: the source of hearsay about the user ("Marco told me you're looking"), a deputy
 * for some other matter ("for payroll questions contact Uwe Krause"), or the back office that
 * sends the papers ("Ilse from HR will send the contract"). A name's own address vouches for
 * the hearsay source and the back office (the writer gave it so the user can write), never for
 * a deputy for payroll; the user's own referrer is never in passing.
 */
function mentionedInPassing(
  message: string,
  sentence: { start: number; end: number },
  mention: { start: number; end: number },
  email: string | null,
  referrer: boolean,
): boolean {
  if (referrer) return false;
  const before = message.slice(sentence.start, mention.start);
  const after = message.slice(mention.end, sentence.end + 1);
  if (deputyForOtherMatter(before, after)) return true;
  if (email === null && paperworkFromBackOffice(message.slice(sentence.start, sentence.end + 1)))
    return true;
  return email === null && isHearsaySource(after);
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
  const runs = nameRuns(message, (w, previous) =>
    isNotNameWord(w, companyWords, undefined, previous),
  );
  const aliases = new Set<string>();
  const titledNames = new Set<string>();
  // Every address in the message, read once: for the names they spell and for whom they follow.
  const addresses = [...message.matchAll(EMAIL_IN_TEXT)];
  const bareLocals = new Set(addresses.map((e) => fold(e[0].split("@")[0] ?? "")));
  for (const r of runs) {
    const alias = r.name?.includes(" ") ? ALIAS_AFTER.exec(message.slice(r.end, r.end + 30)) : null;
    if (alias?.[1]) aliases.add(fold(alias[1]));
  }
  const mentions = runs
    .filter((m) => {
      if (m.name === null || seen.has(m.name)) return false;
      // A lone first name counts when the words around it say a person is meant ("Sven und
      // Paula konnten", "with Leo"); a full name when it parses as one.
      const lineBefore = message
        .slice(Math.max(0, m.start - 24), m.start)
        .split("\n")
        .pop();
      // "Kelechi, our hiring manager,": a title in apposition names a person, known name or not.
      const titled =
        !m.name.includes(" ") &&
        isPersonName(m.name, true) &&
        !NOT_A_NAME.has(fold(m.name)) &&
        titleAppositive(message.slice(m.end, m.end + 40));
      // "meiner Kollegin Frau Yilmaz", "Mme Dubois": an honorific before a lone surname says a
      // person is meant.
      const honored =
        !m.name.includes(" ") &&
        isPersonName(m.name, true) &&
        !NOT_A_NAME.has(fold(m.name)) &&
        SOCIAL_HONORIFIC_BEFORE.test(lineBefore ?? "");
      // "Chen Jia-Hui (Jenny)" then "Jenny will assist you": one person, named once.
      if (!m.name.includes(" ") && aliases.has(fold(m.name))) return false;
      const lone =
        !m.name.includes(" ") &&
        isPersonName(m.name, true) &&
        // "Julia Engineer", "Chase Bank": a given name opening a title or an organisation.
        !opensCompound(message.slice(m.end, m.end + 40)) &&
        // "the Atlas and Phoenix teams", "the Hudson team": a team, a project, a product.
        !namesATeam(message.slice(m.end, m.end + 60)) &&
        !THING_DETERMINER_BEFORE.test(lineBefore ?? "") &&
        // "Lead Dev, Ondine Robotique", "Senior Dev Python": a capitalised title word right
        // before makes the name part of a title, unlike "our lead Dev".
        !titleWordBefore(lineBefore ?? "") &&
        // A newsletter's "interview with Marta": a first name alone in mail about no
        // application is a story, not a contact.
        category !== "other" &&
        // "time with Mo … write to mo@…": a bare address spelling the name vouches for it.
        (isGivenName(m.name) || bareLocals.has(fold(m.name))) &&
        !PLACE_NAMES.has(fold(m.name)) &&
        // "June 12", "le 3 mai": a month beside a day; "Mei already wrote": a person.
        !(
          MONTHS.has(fold(m.name)) &&
          (/\d/.test(message.slice(Math.max(0, m.start - 8), m.end + 8)) ||
            !LONE_NAME_AFTER.test(message.slice(m.end, m.end + 40)))
        ) &&
        (LONE_NAME_BEFORE.test(lineBefore ?? "") ||
          (BRACKET_BEFORE.test(lineBefore ?? "") &&
            BRACKET_CLOSES_AFTER.test(message.slice(m.end, m.end + 6))) ||
          loneNameCueAfter(message.slice(m.end, m.end + 40), /^\s*$/.test(lineBefore ?? "")) ||
          POSSESSIVE_AFTER.test(message.slice(m.end, m.end + 6)));
      if (!lone && !titled && !honored && !isPersonName(m.name)) return false;
      // "poste de Lead Dev Full Stack": capitalised words of a title a post noun opens.
      if (insideJobTitle(lineOf(message, m.start))) return false;
      // "Atlas is ons planningsplatform": a product the message defines, not a person.
      if (definedAsThing(message.slice(m.end, m.end + 60))) return false;
      if (runsIntoOrganisation(message.slice(m.end, m.end + 40), companyWords)) return false;
      if (titled) titledNames.add(m.name);
      const evidence = {
        titled: titled || apposedTitle(message.slice(m.end, m.end + 40)),
        meeting: category === "interview_invite",
      };
      if (notAPersonHere(message, m.start, m.end, m.name, evidence)) return false;
      seen.add(m.name);
      return true;
    })
    .slice(0, MAX_CONTACTS);
  // "(Anika Sorensen and Dev Malhotra)" then "Anika said …": a full name whose given name the
  // message also uses alone for a person is named twice, which vouches for both.
  const calledByGivenName = new Set(
    mentions.flatMap((m) => (m.name !== null && !m.name.includes(" ") ? [fold(m.name)] : [])),
  );
  const emails = addresses
    .map((m) => ({ email: m[0].toLowerCase().replace(/\.+$/, ""), at: m.index ?? 0 }))
    .filter((e) => isPersonalMailbox(e.email) && e.email !== sender.address);
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
    // "unser CTO Dr. Felix Hartmann-Yilmaz", "Your recruiter, Col. (Ret.) James": the words
    // before the honorific say who this is (its dot is no sentence end); the honorific says a
    // person is meant.
    const lineBefore =
      message
        .slice(Math.max(0, mention.start - 50), mention.start)
        .split("\n")
        .pop() ?? "";
    const hon = HONORIFICS_BEFORE.exec(lineBefore);
    const honorific = hon !== null;
    const honorificChars = hon?.[0].length ?? 0;
    const before = hon
      ? lineBefore.slice(0, hon.index)
      : message.slice(Math.max(sentence.start, mention.start - 50), mention.start);
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
      // "Dr. Oluwaseun Adebayo-Smith … Her email is seun.adebayosmith@…": an address close
      // after a full name that holds its surname.
      (mention.name.includes(" ")
        ? emails.find(
            (e) =>
              !usedEmails.has(e.email) &&
              e.at > mention.end &&
              e.at - mention.end < SURNAME_ADDRESS_WINDOW_CHARS &&
              holdsSurname(e.email, mention.name ?? ""),
          )?.email
        : undefined) ??
      // "time with Mo … Reply to mo@kestrel.example": a first name alone, its bare address;
      // "Nina Kowalczyk … email her at nina@ledger.example": a full name, its given name's.
      emails.find(
        (e) =>
          !usedEmails.has(e.email) &&
          fold(e.email.split("@")[0] ?? "") === fold(mention.name?.split(" ")[0] ?? ""),
      )?.email ??
      null;
    const appositive = APPOSITIVE.exec(after)?.[1] ?? null;
    const titleAfter = appositive !== null && hasTitleWord(appositive) ? appositive.trim() : null;
    // "our CTO, Julien Moreau": the word right before the name is a title.
    const lastWords = LAST_WORDS.exec(before)?.[1] ?? null;
    const titleBefore =
      lastWords !== null && hasTitleWord(lastWords.split(/\s+/).pop() ?? "")
        ? lastWords.replace(OPENING_DETERMINER, "")
        : null;
    // "Your interview coordinator is Chen Jia-Hui": a title, then "is", then the name.
    const isTitle = TITLE_IS_BEFORE.exec(before);
    const titleIs = isTitle?.[1] && hasTitleWord(isTitle[1]) ? isTitle[1] : null;
    const title = titleAfter ?? titleBefore ?? titleIs;
    const context = `${before} ${after}`;
    const colleague =
      COLLEAGUE_CUE.test(context) ||
      (email !== null && sender.domain !== null && email.endsWith(`@${sender.domain}`));
    // "Dana Whitfield referred you": whoever put the user forward, even in an ATS's receipt.
    const referrer = REFERRER_BEFORE.test(before) || REFERRER_AFTER.test(after);
    const referral = referrer || (referralContext && !colleague);
    // Named with no address, title or introduction: a person only when the name opens with a
    // given name ("Sofia Lindgren & Paul Mbeki" on an agenda), and never in an auto-reply,
    // where only the stand-in with an address is worth keeping.
    // A full name read nowhere else needs a known surname or words that point at a person
    // ("with Lena Chou", "Sofia Lindgren & Paul Mbeki"): "Green Book" is neither.
    // "notre DRH, Sandrine Payet": a leader's title right before, which no title word reads.
    const leaderTitle =
      title ?? (lastWords !== null && endsWithLeaderTitle(lastWords) ? lastWords : null);
    // "Bei Fragen ist Jonas Heller für Sie da", "your contact person is …": the one the reader
    // is given to turn to, even in a robot's acknowledgement.
    const readersContact =
      category !== "auto_reply" &&
      givesReaderAContact(message.slice(sentence.start, sentence.end + 1));
    const named =
      category !== "auto_reply" &&
      (opensWithName(mention.name) || honorific) &&
      (!mention.name.includes(" ") ||
        initial !== null ||
        honorific ||
        referrer ||
        leaderTitle !== null ||
        calledByGivenName.has(fold(mention.name.split(" ")[0] ?? "")) ||
        endsWithKnownSurname(mention.name) ||
        readersContact ||
        personCue(message, mention.start - honorificChars, mention.end));
    if (!email && !title && !referral && !named) continue;
    if (mentionedInPassing(message, sentence, mention, email, referrer)) continue;
    // "Our CISO, Daniel Okafor, asked me to pass on his thanks": a leader named in passing, with
    // no address and nothing that puts them in a meeting with the user, is no one to write to.
    // In an invitation, a leader the sentence puts with the user ("a call with our CTO") is the
    // panel; one who gave a talk or sat in the audience is not.
    if (
      !email &&
      !referral &&
      leaderTitle !== null &&
      EXECUTIVE_TITLE.test(leaderTitle) &&
      leaderInPassing(proseSentence(message, mention.start), category)
    )
      continue;
    if (email) usedEmails.add(email);
    const titleKind = kindFromTitle(title);
    const kind: ContactKind = referral ? "referral" : (titleKind ?? "recruiter");
    const person = newPerson(mention.name, email, kind, referral || titleKind ? 2 : 1, title);
    // "Abdulrahman Al-Masri, VP Engineering", "Kelechi, our hiring manager": a title in
    // apposition vouches for a name the lexicon does not know.
    const titleOpens = titleAfter !== null && hasTitleWord(titleAfter.split(/\s+/)[0] ?? "");
    if (
      (titleOpens && mention.name.includes(" ")) ||
      titledNames.has(mention.name) ||
      (honorific && !mention.name.includes(" "))
    )
      person.vouched = true;
    // "Herrn Brandauer": an honorific before one word writes the surname, whatever else it names.
    if (honorific && !mention.name.includes(" ")) person.bySurname = true;
    if (referrer) person.referrer = true;
    if (readersContact) person.readersContact = true;
    // Named with no address and to no purpose of the reader's: a mention in passing, unless the
    // sentence introduces them ("you'll meet", "reporting to", the panel of an invitation).
    if (email === null && !referral) {
      // "con l'ing. Serena Gallo": the honorific's dot ends no sentence, so read from before it.
      const opening =
        honorificChars > 0 ? proseSentence(message, mention.start - honorificChars) : "";
      const said = `${opening} ${proseSentence(message, mention.start)}`.replace(
        LINK_OR_ADDRESS,
        " ",
      );
      person.inPassing = !introducedToReader(said, category);
    }
    found.push(person);
  }
  return found;
}
