import type { ContactKind } from "../../../schemas/understanding.ts";
import { remembered } from "../remembered.ts";
import { fold, words } from "./text.ts";
import { mentions, vocabulary } from "./vocabulary.ts";

/** Job-title vocabulary (English, German, French, Spanish, Dutch, Italian). */
const TITLE_VOCABULARY = vocabulary(
  "manager|managerin|recruiter|recruiterin|recruiting|recruitment|talent|acquisition|engineer|" +
    "engineering|developer|director|head|lead|partner|specialist|coordinator|officer|founder|" +
    "cofounder|ceo|cto|coo|cfo|cpo|cio|ciso|vp|svp|evp|president|chief|principal|staff|senior|sr|" +
    "junior|designer|scientist|analyst|consultant|associate|assistant|executive|hr|people|" +
    "operations|sourcer|sourcing|generalist|advisor|adviser|owner|architect|intern|teamlead|" +
    "product|marketing|sales|finance|legal|counsel|researcher|administrator|representative|" +
    "leitung|personal|responsable|directeur|directrice|chef|cadre|gerente|jefe|jefa|directora|" +
    "tecnico|tecnica|seleccion|rrhh|rh|talento|recrutement|analista|especialista|socia|socio|" +
    "titolare|responsabile|direttore|direttrice|asistente|assistante|projectleider|teamleider|" +
    "afdelingshoofd|adviseur|medewerker|werving|hoofd|resources|recursos|ressources|humanos|" +
    "humaines|*leiter*|*leitung*|*manager*|referent*|personalab*|personalle*|personalref*|personaler*|" +
    "personalw*|personalm*|personalb*|geschaftsfuhr*|*entwickler*|*berater*|sachbearbeiter*|" +
    "charge|chargee|ingenieur*|developpeu*|gerant*|reclutador*|desarrollador*|coordinador*|" +
    "coordinat*|consultor*|fundador*|fondat*|grunder*|cofondat*|" +
    // Portuguese and German titles the lists above spell only in another language.
    "diretor|diretora|coordenador*|engenheir*|desenvolvedor*|gestor|gestora|estagiari*|" +
    "direktor|direktorin|" +
    // The recruiter's own word in Italian and Portuguese ("Reclutatrice", "Recrutadora").
    "reclutat*|selezionat*|recrutador*",
);

/** Titles that make someone the recruiter (checked before the hiring manager's). */
const RECRUITER_VOCABULARY = vocabulary(
  "recruit*|talent*|sourc*|reclut*|recrut*|headhunt*|staffing|werving|koordinat*|coordinat*|" +
    "personal|personalab*|personalle*|personalref*|personaler*|personalw*|personalm*|personalb*|" +
    "selecci*|people|hr|rh|rrhh|culture|human resources|recursos humanos|ressources humaines|" +
    "risorse umane",
);

/** Titles that make someone the hiring manager. */
const HIRING_MANAGER_VOCABULARY = vocabulary(
  "*manager*|head|lead|director|directeur|directrice|directora|direttore|direttrice|vp|svp|evp|" +
    "president|chief|cto|ceo|coo|cpo|cfo|cio|ciso|owner|responsable|responsabile|gerente|jefe|" +
    "jefa|supervisor|teamlead|chef|socia|socio|titolare|hoofd|partner|founder*|cofounder*|" +
    "fondat*|cofondat*|grunder*|fundador*|geschaftsfuhr*|*leiter*|leitung|*leider*|team lead|" +
    "cadre de sante",
);

/**
 * Words that make a phrase a job title rather than a company ("Senior Backend Engineer").
 * Only used to accept a role from a weak cue; strong cues ("the X position") need none.
 */
const ROLE_VOCABULARY = vocabulary(
  "engineer|developer|manager|designer|analyst|scientist|specialist|consultant|architect|lead|" +
    "director|head|intern|internship|associate|coordinator|administrator|officer|assistant|" +
    "representative|executive|researcher|accountant|controller|writer|editor|recruiter|sre|" +
    "devops|qa|tester|programmer|technician|nurse|teacher|owner|strategist|marketer|counsel|" +
    "partner|advisor|chef|charge|chargee|responsable|stagiaire|analista|jefe|jefa|tecnico|" +
    "tecnica|gerente|especialista|sviluppatore|ontwikkelaar|adviseur|medewerker|m/w/d|w/m/d|" +
    "m/f/d|f/m/x|h/f|f/h|*engineer*|*developer*|*entwickler*|ingenieur*|*berater*|*leiter*|" +
    "referent*|sachbearbeiter*|werkstudent*|praktikant*|*manager*|*redakteur*|*buchhalter*|" +
    "developpeu*|alternan*|controleu*|infirmi*|desarrollador*|ingenier*|disenador*|" +
    "programador*|coordinador*|profesor*|architett*|*leider|engenheir*|desenvolvedor*|" +
    "analista*|gestor*|coordenador*|projetist*",
);

/** Whether the text has a job-title word. */
export const hasTitleWord = (text: string) => mentions(TITLE_VOCABULARY, text);
/** Whether the text has a word that makes a phrase a job title. */
export const hasRoleWord = (text: string) => mentions(ROLE_VOCABULARY, text) || hasHeadNoun(text);

/** The part a title implies: recruiter, hiring manager, or null when it says neither. */
export function kindFromTitle(title: string | null): ContactKind | null {
  if (!title) return null;
  if (/hiring manager/i.test(title)) return "hiring_manager";
  if (mentions(RECRUITER_VOCABULARY, title)) return "recruiter";
  if (mentions(HIRING_MANAGER_VOCABULARY, title)) return "hiring_manager";
  return null;
}

/**
 * Job nouns of the languages that put a title's head first and its complement after it, in
 * lower case: French, Spanish, Portuguese, Italian and Dutch ("Ingénieur·e plateforme senior",
 * "Técnico/a de soporte", "Medewerker klantenservice"). Folded.
 */
const HEAD_FIRST_NOUNS = words(
  // French
  "ingenieur|ingenieure|developpeur|developpeuse|chef|cheffe|charge|chargee|responsable|" +
    "consultante|administrateur|administratrice|architecte|analyste|technicien|technicienne|" +
    "directeur|directrice|stagiaire|alternant|alternante|gestionnaire|conseiller|conseillere|" +
    "concepteur|conceptrice|chercheur|chercheuse|redacteur|redactrice|comptable|juriste|" +
    "infirmier|infirmiere|professeur|enseignant|enseignante|coordinateur|coordinatrice|" +
    "auditeur|auditrice|" +
    // Spanish, Portuguese, Italian
    "ingeniero|ingeniera|desarrollador|desarrolladora|analista|tecnico|tecnica|jefe|jefa|" +
    "gerente|especialista|consultor|consultora|programador|programadora|disenador|disenadora|" +
    "cientifico|cientifica|coordinador|coordinadora|administrador|administradora|" +
    "directora|arquitecto|arquitecta|becario|becaria|profesor|profesora|asesor|asesora|" +
    "engenheiro|engenheira|desenvolvedor|desenvolvedora|gestor|gestora|diretor|diretora|" +
    "coordenador|coordenadora|cientista|arquiteto|arquiteta|projetista|estagiario|estagiaria|" +
    "sviluppatore|sviluppatrice|ingegnere|consulente|responsabile|architetto|progettista|" +
    "programmatore|programmatrice|specialista|direttore|direttrice|stagista|sistemista|" +
    "addetto|addetta|impiegato|impiegata|" +
    // research, teaching, sales, office and operations, in the Romance languages
    "doctorant|doctorante|doctorando|doctoranda|dottorando|dottoranda|doutorando|doutoranda|" +
    "investigador|investigadora|pesquisador|pesquisadora|ricercatore|ricercatrice|assegnista|" +
    "docente|assistente|auxiliar|administrativo|administrativa|acheteur|acheteuse|vendeur|" +
    "vendeuse|vendedor|vendedora|venditore|venditrice|operateur|operatrice|operador|operadora|" +
    "operatore|contador|contadora|contable|contabile|abogado|abogada|avvocato|advogado|advogada|" +
    "comercial|magasinier|recepcionista|secretaria|atendente|assistante|controleur|controleuse|" +
    // Dutch
    "ontwikkelaar|adviseur|medewerker|beheerder|analist|projectleider|teamleider|stagiair|" +
    "ontwerper|onderzoeker|docent|verpleegkundige",
);

/**
 * Nouns that name the person doing a job, in the seven languages: the head of a title
 * ("Site Reliability Engineer", "Ingeniero/a de Datos", "Entwickler:in"). Fields and events
 * ("Engineering", "Open House", "Machine Learning") have none. Folded; a word also counts when
 * it ends in one of HEAD_ENDINGS ("Softwareentwickler", "Datenbankadministratorin").
 */
const HEAD_NOUNS = new Set([
  ...words(
    "engineer|engineers|developer|developers|manager|managers|designer|analyst|scientist|" +
      "specialist|consultant|architect|lead|director|head|intern|internship|associate|" +
      "coordinator|administrator|officer|assistant|representative|executive|researcher|" +
      "accountant|controller|writer|editor|recruiter|sre|tester|programmer|technician|nurse|" +
      "teacher|owner|strategist|marketer|counsel|partner|advisor|adviser|operator|planner|" +
      "producer|agent|generalist|sourcer|buyer|auditor|economist|statistician|biologist|chemist|" +
      "physicist|mathematician|lawyer|paralegal|pharmacist|therapist|physician|clerk|mechanic|" +
      "electrician|estimator|surveyor|trainer|instructor|lecturer|professor|tutor|translator|" +
      "copywriter|illustrator|animator|photographer|supervisor|superintendent|inspector|" +
      "investigator|examiner|underwriter|actuary|banker|trader|broker|cook|chef|receptionist|" +
      "secretary|steward|trainee|apprentice|fellow|student|expert|modeler|modeller|librarian|" +
      "archivist|curator|journalist|reporter|hygienist|dentist|veterinarian|pilot|driver|" +
      "technologist|evangelist|advocate|artist|coach|attorney|solicitor|doctor|surgeon|" +
      "cto|ceo|cfo|coo|cpo|cio|ciso|vp|svp|evp|president|founder|cofounder|" +
      // German
      "werkstudent|werkstudentin|praktikant|praktikantin|referent|referentin|mitarbeiter|" +
      "mitarbeiterin|sachbearbeiter|sachbearbeiterin|fachkraft|leitung|ingenieur|ingenieurin|" +
      "experte|expertin|spezialist|spezialistin|architekt|architektin|analystin|assistenz|direktor|direktorin|" +
      "kaufmann|kauffrau|trainee|auszubildende|azubi|" +
      // Heads that are English words as well ("Commercial Director", "a Director reporting to
      // …"): not head-first
      "commercial|commerciale|director|" +
      // one-word titles of the trade ("Webmaster", "Pentester", "Sysadmin") and of research
      "webmaster|pentester|sysadmin|postdoc|doktorand|doktorandin|promovendus|dozent|dozentin|" +
      "jurist|juristin|boekhouder|verkoper|inkoper|advocaat",
  ),
  ...HEAD_FIRST_NOUNS,
]);
const HEAD_ENDINGS = [
  "engineer",
  "developer",
  "manager",
  "entwickler",
  "entwicklerin",
  "ingenieur",
  "ingenieurin",
  "berater",
  "beraterin",
  "leiter",
  "leiterin",
  "leider",
  "administrator",
  "administratorin",
  "techniker",
  "technikerin",
  "informatiker",
  "informatikerin",
  "redakteur",
  "redakteurin",
  "buchhalter",
  "buchhalterin",
  "koordinator",
  "koordinatorin",
  "ontwikkelaar",
  "medewerker",
  "analyst",
  // Dutch compounds: "Informatieanalist", "Beleidsmedewerker" (above), "Applicatiebeheerder".
  "analist",
  "beheerder",
  "architect",
  "designer",
  "scientist",
  "specialist",
  "consultant",
  "werkstudent",
  "praktikant",
  "beauftragter",
  "beauftragte",
  "spezialist",
  "experte",
  "fachkraft",
  "assistent",
  "architekt",
  "planer",
  "informatico",
  "informatica",
  // "Produktmanagerin", "Elektroniker", "Einkäufer", "Rechtsanwalt", "Datenwissenschaftlerin"
  "managerin",
  "niker",
  "nikerin",
  "kaufer",
  "kauferin",
  "anwalt",
  "anwaltin",
  "wissenschaftler",
  "wissenschaftlerin",
  "lehrer",
  "lehrerin",
  // "Hydrologist", "Technician", "Photographer", "Biologe", "Psychologue", "Geólogo".
  "ologist",
  "ician",
  "ographer",
  "ologe",
  "ologin",
  "ologue",
  "ologo",
  "ologa",
];

/**
 * Whether one word names a person doing a job ("Engineer", "Entwickler", "Ingeniera").
 * Remembered: the people, role and company readers ask about the same words again and again.
 */
export const isHeadNoun: (word: string) => boolean = remembered((word) => {
  const w = fold(word).replace(/[^a-z0-9ßøæœ]/g, "");
  return w !== "" && (HEAD_NOUNS.has(w) || HEAD_ENDINGS.some((e) => w.endsWith(e)));
});

/**
 * Whether a word is a job noun that comes before its complement ("Ingénieur·e", "Técnico/a",
 * "Concepteur(trice)", "Medewerker"): the inclusive ending after the mark is left aside.
 */
export function isHeadFirstNoun(word: string): boolean {
  const stem = word.split(/[·/(:*]/)[0] ?? "";
  return HEAD_FIRST_NOUNS.has(fold(stem).replace(/[^a-z]/g, ""));
}

/** Whether a phrase has a head noun: a person's job, not a field, a team or an event. */
export function hasHeadNoun(text: string): boolean {
  return (
    text.split(/[\s/·*:()[\],–—-]+/).some((w) => w !== "" && isHeadNoun(w)) ||
    HEAD_PHRASE.test(text)
  );
}
/** Titles whose last word alone names no job ("Master" is also a degree and a kind of data). */
const HEAD_PHRASE = /\bscrum[\s-]?master\b/i;
