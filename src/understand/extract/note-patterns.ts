import type { ContactKind } from "../../../schemas/understanding.ts";

/**
 * "Kwame put in a word with the HM", "Lea hat mich empfohlen", "Inès m'a cooptée": the one who
 * referred the user, in the seven languages.
 */
export const REFERRED_ME =
  /(?:put|puts) in a (?:good )?word|vouched for me|(?:referred|recommended) me|hat mich (?:[\p{L}-]+ ){0,4}empfohlen|m['’]a (?:recommandée?|cooptée?)|me (?:recomendó|refirió)|mi ha (?:segnalat|raccomandat)[oa]|heeft me (?:aanbevolen|voorgedragen)|me (?:indicou|recomendou)/iu;

/**
 * "Ines introduced me", "Marta hat mich vorgestellt", "Léa m'a présentée": the one who put the
 * user in touch, in the seven languages.
 */
export const INTRODUCED_ME =
  /(?:introduced|intro'?d) me|put me in touch|connected me|hat mich (?:[\p{L}-]+ ){0,4}(?:vorgestellt|vermittelt|weiterempfohlen)|m['’]a (?:présentée?|mise? en (?:relation|contact))|me (?:presentó|puso en contacto)|mi ha (?:presentat[oa]|messo in contatto)|heeft me (?:voorgesteld|in contact gebracht)|me (?:apresentou|pôs em contato)/iu;

/** How the note describes someone: the first cue that fits wins. */
export const NOTE_KIND_CUES: readonly { re: RegExp; kind: ContactKind }[] = [
  // "Kwame put in a word with the HM": the one who referred the user, whoever else is named.
  { re: REFERRED_ME, kind: "referral" },
  { re: INTRODUCED_ME, kind: "referral" },
  // Upper-case abbreviations only: "em" and "hm" are words elsewhere.
  { re: /\b(?:HM|EM|CTO|CEO|COO|CPO|VP|SVP|TL)\b/, kind: "hiring_manager" },
  {
    re: /hiring manager|would[- ]be (?:boss|manager|lead)|future (?:boss|manager)|(?:my|the) (?:potential |future )?manager|\bteam ?lead\b|co-?founder|founder|head of|director|eng(?:ineering)? manager|Fachbereich|Führungskraft|Teamleiter\w*|Abteilungsleiter\w*|künftige[rn]? (?:Chef\w*|Vorgesetzte\w*)|\bChef(?:in)?\b|manager\b|responsable|jef[ae]|gerente|directeur|directrice|directora?/i,
    kind: "hiring_manager",
  },
  {
    re: /recruiter|recruiting|recruitment|talent|\bHR\b|people team|people partner|sourcer|coordinator|ran the process|Personaler\w*|Personalabteilung|Recruiterin|\bRH\b|\bRRHH\b|recruteu\w+|reclutador\w*/i,
    kind: "recruiter",
  },
  {
    re: /referr|empfohlen|empfehlung|recommand|recomend|\bintro\b|introduc|vorgestellt/i,
    kind: "referral",
  },
  {
    re: /panel|interview|\bmet\b|onsite|on-site|technical|tech round|pair(?:ing|ed)|take-home|round|sat in|Gespräch|entretien|entrevista|kennengelernt|rencontr|conoc|colloquio|gesprek/i,
    kind: "interviewer",
  },
];

/** The user got on well with someone. */
export const WARM_CUE =
  /rapport|clicked|\bclick\b|got on (?:\w+ )?well|got along|hit it off|connected|connection|chemistry|bonded|vibe|great (?:chat|conversation|talk)|(?:really |very |super )?(?:nice|lovely|good|fun|great) (?:chat|conversation|talk)|really liked|liked (?:her|him|them) a lot|(?:so|really|very|super|incredibly|genuinely) (?:lovely|kind|friendly|warm|nice|helpful|supportive)|\blovely\b|was (?:great|awesome|wonderful)|gut verstanden|super verstanden|gepasst|chemie|wellenlänge|sympathisch|tolles gespräch|super gespräch|sehr nett|courant (?:est )?(?:bien )?passé|bon feeling|très sympa|super échange|bien entendu|buena (?:onda|sintonía|sintonia|química|quimica|conexión|conexion)|conectamos|congeniamos|nos entendimos|muy (?:amable|simpátic[oa]|simpatic[oa])|simpatic|klik|goed gesprek/i;

/** A warm cue right before a name: "great rapport with Maya". */
export const WARM_BEFORE = new RegExp(
  `(?:${WARM_CUE.source})[^.;!?]{0,20}?(?:with|mit|avec|con|to)?\\s*(?:both\\s+)?$`,
  "i",
);

/** The gap between two names opens with words about the first one ("was the HM, "). */
export const OWNED_BY_PREVIOUS =
  /^\s*,?\s*(?:\(|<|was\b|is\b|were\b|as\b|war\b|ist\b|était\b|fue\b|era\b|the\b|our\b|my\b)/i;
/** Where a clause about one person ends. */
export const CLAUSE_END = /[,;]|\s[-–—]\s|\s(?:but|aber|mais|pero|ma|maar|and|und|et|y|e|en)\s/;
export const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, "g");

/** A sentence about everyone named so far ("both were lovely"). */
export const ALL_OF_THEM =
  /\b(?:both|all|them|everyone|beide[nm]?|allen|tous|toutes|todos|ambos|entrambi|allebei)\b/i;
/** A sentence about the person named last ("she ran the process"). */
export const PRONOUN =
  /\b(?:he|she|they|him|her|er|sie|ihm|ihr|il|elle|lui|él|ella|lei|hij|zij)\b/i;
