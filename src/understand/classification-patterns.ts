/**
 * What each kind of message says, as phrase patterns per language over folded text (lower
 * case, accents removed, ß as "ss", apostrophes straightened, whitespace runs as one space:
 * see foldText). Each pattern carries a weight: 3 = says it outright, 2 = a strong hint,
 * 1 = supporting evidence, negative = evidence against ("we can't give feedback"); a pattern
 * counts once per message. Every language's patterns are tried on every message (a German
 * rejection may quote an English ATS footer, and language detection is a guess), so a table is
 * per language for the reader's sake; the same words matched by two languages count once.
 *
 * Patterns use bounded gaps (`.{0,60}`, `(?:\w+ ){0,3}`) and no nested unbounded quantifiers,
 * so matching stays linear in the length of the message.
 */
import type { RejectionReason } from "../../schemas/understanding.ts";

export type LanguageCode = "en" | "de" | "fr" | "es" | "nl" | "it" | "pt";

/** A phrase and how much it says: 3 outright, 2 a strong hint, 1 supporting evidence. */
export interface WeightedPattern {
  readonly weight: number;
  readonly pattern: RegExp;
}

export type PatternTable = Readonly<Partial<Record<LanguageCode, readonly WeightedPattern[]>>>;

export type SignalName =
  | "rejection"
  | "keepOnFile"
  | "feedback"
  | "feedbackDetail"
  | "referral"
  | "outOfOffice"
  | "offer"
  | "invite"
  | "reschedule"
  | "acknowledgement"
  | "bulk"
  | "outreach"
  | "pending"
  | "account"
  | "event"
  | "survey"
  | "activity"
  | "newsletter"
  | "jobList"
  | "underway"
  | "laterOpening"
  | "realPoint"
  | "openFuture"
  | "keepAsked"
  | "offerSettled"
  | "onboarding"
  | "advice";

/** Rejection reasons that a message can state; "generic" is what remains when none is stated. */
export type StatedReason = Exclude<RejectionReason, "generic">;

const w = (weight: number, ...patterns: RegExp[]): WeightedPattern[] =>
  patterns.map((pattern) => ({ weight, pattern }));

/**
 * A portal's status line up to the value it gives: "Status:", "Bewerbungsstatus:", "the status
 * of your application has changed to", "Estado de la solicitud:" (folded text).
 */
export const STATUS_LINE_LEAD = String.raw`\b(?:(?:application|candidate|candidacy) status|status|bewerbungsstatus|stand|statut|estado|stato|situacao)\b(?: (?:of|for|van|de|der|ihrer|deiner|della|da|do) [^.:;!?]{1,80}?)?(?: ?[:=-] ?| (?:has|have|was|wurde|est|ha|foi|e|is|werd) (?:been |now |ora |agora )?(?:changed|updated|set|moved|geandert|aktualisiert|passe|change|mis a jour|cambiado|actualizado|gewijzigd|aggiornato|alterad[oa]|atualizad[oa]) (?:(?:to|auf|en|a|in|naar|para) ?)?:? ?| (?:is|ist|est|es|e) (?:now|jetzt|maintenant|ahora|nu|ora|agora)?:? ?)["']?`;
/** Status values that end the application, in the seven languages (folded). */
export const STATUS_ENDED = String.raw`(not (referred|selected|considered|shortlisted|hired|successful|qualified|eligible|moving forward|progressed|proceeding)|no longer (under consideration|considered|active|in consideration)|rejected|declined|unsuccessful|ineligible|disqualified|closed|cancell?ed|canceled|withdrawn|filled|archived|dispositioned|position (closed|filled|cancell?ed)|abgelehnt|absage|abgesagt|nicht (berucksichtigt|ausgewahlt|weiter)|geschlossen|zuruckgezogen|refuse|non retenu|rejete|cloture|rechazad[oa]|descartad[oa]|no seleccionad[oa]|cerrad[oa]|afgewezen|niet (geselecteerd|weerhouden)|gesloten|respint[oa]|non selezionat[oa]|scartat[oa]|chius[oa]|reprovad[oa]|nao selecionad[oa]|recusad[oa]|encerrad[oa])\b`;

/**
 * Put after a role's noun: the noun is not part of "your application for the … position", so
 * that what is said of the application ("has been withdrawn from consideration", "a été
 * clôturée") is not read as said of the role.
 */
const NOT_OF_AN_APPLICATION = String.raw`(?<!\b(application|candidacy|candidature|submission|bewerbung|candidatura|sollicitatie)\b[^.;!?]{0,80})`;

/** The message says no to this application. */
const REJECTION: PatternTable = {
  en: [
    ...w(
      3,
      /\b(decided|chosen|elected|opted|made the (difficult |tough )?decision) to (move|proceed|go|continue|progress|pursue|carry on) (forward |ahead |on )?with (another|other|a different|the other|someone|an alternative|alternative|a more)/,
      /\b(move|moving|proceed|proceeding|go|going|continue|continuing|progress|progressing) (forward |ahead |on )?with (another|other|a different|alternative|the other|more suitable|stronger|more experienced|a more (suitable|experienced|senior)) (candidate|applicant|person|profile|finalist|individual)/,
      /\b(pursue|pursuing|focus on|focusing on|proceed with|proceeding with) (another|other|different|alternative|more suitable|more experienced|the other) (candidates?|applicants?|profiles?|finalists?|people)\b/,
      /\b(pursue|pursuing|proceed with|proceeding with|move forward with|moving forward with|progress|progressing|focus on|focusing on|go with|going with|continue with|continuing with) (the |other )?(candidates?|applicants?|people|profiles?|someone|a candidate|an applicant|a person|individuals?) (whose|who|that) (?:[\w-]+ ){0,4}?(more |better |most )?(closely |directly )?(match|matches|fit|fits|align|aligns|aligned|meet|meets|suit|suits|is|are|has|have)\b/,
      /\b(decided|chosen|elected|opted|made the decision|made the difficult decision) (not to|against) (move|moving|proceed|proceeding|progress|progressing|continue|continuing|pursue|pursuing|take|taking|advance|advancing|go|going|offer|offering|extend|extending|hire|hiring|invite|inviting|shortlist|shortlisting)\b/,
      /\b(decided|chosen|elected|opted) to not (move|proceed|progress|continue|pursue|take|advance|go|offer|extend|invite)\b/,
      /\b(not|won't|will not|can't|cannot|can not|unable to|aren't|are not|no longer|not be able to|not able to|not in a position to) (be )?(moving|move|proceeding|proceed|progressing|progress|taking|take|continuing|continue|going|go|pursuing|pursue|advancing|advance) (forward |ahead |further )?(with )?(your|you|this|the) (application|candidacy|candidature|profile|interview process|process)\b/,
      /\b(won't|will not|not) be (moving|going|proceeding|progressing|taking (it|this|things)) (forward|ahead|further)\b/,
      // Not going ahead for the role itself: "we're not going to move forward for the … position".
      /\b(not|won't|will not) (be )?(going to )?(move|moving|go|going|proceed|proceeding) (forward|ahead) (for|on) (the|this|that) (?:[\w/-]+ ){0,5}?(role|position|job|opening|vacancy)\b/,
      /\b(won't|will not|can't|cannot|not) (be )?(progress|progressing|proceed|proceeding|move forward|moving forward|go forward|going forward)( (any )?further)?[.,;!]/,
      /\b(not|won't|will not) (be )?(progressing|proceeding|moving|going|taking you|inviting you) (forward |ahead )?to (an? |the )?(interview|next (stage|round|step)|final (stage|round)|offer)/,
      /\b(not|unable to|cannot|can't|won't|will not) (be able to )?(move|progress|advance|invite|take) you (forward |on |further |through )?(to|into|for) (the |a |an )?(next|final|second|third|further|later|onsite|on-site) (stage|round|step|interview)/,
      /\b(not|unable to|cannot|can't|won't|will not) (be able to |be in a position to )?(offer you (the|a|this|an) (position|role|job|post|place|opportunity|interview)|invite you (to|for) (an? |the )?(interview|next))/,
      /\b(not|won't|unable to|cannot|can't) (be )?(extending|extend|making|make) (you )?(an|the|a) (job )?offer\b/,
      /\b(didn't|did not|don't|do not|not|no|isn't|wasn't|aren't|weren't)\b.{0,60}\b(enough|sufficient)\b.{0,60}\bto (move|invite|progress|advance|take|bring) you\b/,
      /\b(were|was|have|has|had) not been (successful|selected|shortlisted|chosen|progressed)\b/,
      /\b(you|your application|your candidacy|the application|it) (were|was|has been|have been|is) (unsuccessful|not successful|declined|rejected|not shortlisted)\b/,
      /\b(unsuccessful|not successful|not selected) (on this occasion|this time|in your application|for (this|the) (role|position|vacancy))/,
      /\bno longer (under|being|in) consideration|\bno longer being considered|\bnot be considered further|\bwill not be considered\b/,
      // A status line whose value ends the application: "Status: Not selected".
      new RegExp(`${STATUS_LINE_LEAD}${STATUS_ENDED}`),
      // Not passed on to the person who chooses (a public employer's "not referred").
      /\b(was|were|has|have|had) not (been )?referred (to|for)\b|\b(not been|was not|were not|wasn't) (referred|forwarded|passed on) to the (hiring|selecting|selection) (manager|official|panel|committee)/,
      /\b(offered|gave|given|extended|made|accepted) (an offer|the offer|it|the job|the role|the position|the post|the (?:[\w-]+ ){1,5}(role|position|job|post)|an offer for the (?:[\w-]+ ){0,5}(role|position|job)) to (another|a different|the other|someone|somebody|them|him|her|an? (other|internal|external)|one of the other)/,
      /\b(went|gone|go|going) with (someone|somebody|another|a different|the other|an internal|a candidate|an applicant|a person)\b/,
      /\b(selected|chosen|chose|hired|appointed|picked) (another|a different|an alternative|the other|someone else)\b/,
      /\bregret to (inform|let you know|tell you|advise|say|share)|\bwith (great |deep )?regret\b/,
      /\b(will|we'll|we will|have|we've) (be )?(clos(e|ed|ing)) (out )?your (candidacy|application|candidature)/,
      /\b(it's|it is) a no\b|\ba no from us\b|\bnot be offering you\b/,
      /\b(your )?(application|candidacy|candidature|submission)( for [^.;!?]{1,80}?)? (has been|was|is) (now )?(decommissioned|archived|dispositioned|withdrawn by the (employer|company|hiring team)|closed by the (employer|company|hiring team))\b/,
      // Withdrawn by the employer, named: anyone but the reader ("withdrawn by Acme Utilities").
      /\b(your )?(application|candidacy|candidature|submission)( for [^.;!?]{1,80}?)? (has been|was) (now )?withdrawn by (?!you\b|yourself\b|the (candidate|applicant)\b)[a-z0-9]/,
      /\b(application|candidacy|candidature) will (therefore )?not (progress|proceed|move forward|be (taken|progressed|moved|considered) (forward|further))/,
      /\b(not|won't|will not|no longer) (be )?(proceed|proceeding|progress|progressing|continu\w*) (further )?with your\b/,
      /\b(decided|chosen) not to (extend|make) (you )?(an |the )?offer/,
      /\b(go|going|went|head|heading|move|moving) (in )?(a different|another) (direction|way)\b/,
      /\b(going to|gonna|will|we'll|decided to|have to|had to|need to|must|have decided to) pass( on (this|your (application|candidacy)|moving forward)| this time| for now| at this (time|stage)|[.,;!])/,
    ),
    ...w(
      2,
      /\b(unfortunately|regrettably|sadly)\b/,
      /\b(sorry|afraid) to (say|tell you|let you know|inform you|share|bring)|\b(i'm|i am|we're|we are) (so |very |really )?(sorry|afraid),? (but )?(that )?(we|you|it|this|the (team|panel|company|client))\b/,
      /\b(didn't|did not|doesn't|does not|hasn't|has not) work(ed)? out\b/,
      /\byour (experience|profile|background|skills|skill set|qualifications) (doesn't|does not|isn't|is not|aren't|are not|don't|do not) (quite |fully )?(match|align|fit|meet|aligned|a (good |close |strong )?(fit|match))/,
      /\b(not|isn't|aren't|wasn't|weren't) (quite |exactly |really )?what (we|they|the (team|client|hiring manager)) ?('re|are|were|was|is|'s) (looking for|after|seeking)/,
      /\b(not the news you were hoping|not the outcome you|disappointing news|not better news|not good news)/,
      /\b(other candidates?|another candidate|other applicants?|another applicant|other finalists?)\b/,
      /\b(we wish you|i wish you|wishing you) (the )?(very )?(best|every success|all the best|luck|success|good luck)\b/,
      /\b(best of luck|good luck) (with|in) (your|the) (search|job search|career|future)/,
      /\b(a close call|it was close|a (very )?(difficult|tough|hard) decision|came down to)\b/,
      /\b(will not|won't|not) be (moving|proceeding|progressing) (forward|further)/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(fur|zugunsten) (ein|eine|einen|einer) (andere[nrs]?|weitere[nrs]?) (kandidat|bewerber|person|mitbewerber|losung|profil)\w*/,
      /\b(fur|zugunsten) (eine|einen|einer) (kandidat|bewerber|person|mitbewerber)\w*\b.{0,100}\bentschieden/,
      /\b(anders|anderweitig|gegen (sie|dich|ihre|deine) (bewerbung|kandidatur)?) ?entschieden/,
      /\b(an|mit) (eine|einen|einer) (andere[nr]? )?(kandidat|bewerber|person|mitbewerber)\w* (zu )?(vergeben|besetzt|besetzen)/,
      /\b(eine absage|absage (erteilen|geben|mitteilen)|absagen (mussen|zu mussen)|nicht (weiter )?in betracht|nicht (weiter )?berucksichtig|nicht fortsetzen|nicht weiter(verfolgen|fuhren| verfolgen| fuhren)|nicht in die (nachste|engere) (runde|auswahl))/,
      /\b(keine (positive|erfreuliche|gute) (ruckmeldung|nachricht|antwort)|kein (positives|erfreuliches) (feedback|ergebnis))/,
      /\b(anderweitig (besetzt|vergeben)|bereits (besetzt|vergeben))/,
      /\b(leider|bedauerlicherweise|bedauern) [^.!?]{0,120}\b(nicht|keine|absage|anders|anderweitig)\b/,
      /\b(mussen|muss) (wir|ich) (ihnen|dir) (leider )?(mitteilen|absagen)/,
      /\b(uns|wir) [^.!?]{0,40}\bgegen eine (weitere |mogliche )?(zusammenarbeit|einstellung|fortsetzung)\b/,
    ),
    ...w(
      2,
      /\b(leider|bedauerlicherweise|absage|bedauern)\b/,
      /\b(viel erfolg|alles gute|weiterhin viel erfolg) (fur|bei|auf) (ihre|deine|ihren|deinen|die|ihrem|deinem|ihrer|deiner)\b/,
      /\b(andere[nr]? (kandidat|bewerber|mitbewerber)|schwere entscheidung|knappe entscheidung)/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(ne |n'|n' )(donnerons|donnera|donnons|pouvons|pourrons|allons|pourra|pouvez) pas (y )?(donner |pouvoir donner )?(de |une )?suite/,
      /\b(pas (pu |pouvoir )?donner (une )?suite|pas de suite favorable|suite favorable|sommes au regret|suis au regret|avons le regret|ai le regret|ne pas retenir votre candidature|ne pas poursuivre)/,
      /\b(pas (pu )?(ete |etre )?retenue?s?|n'a pas ete retenue?|ne sera pas retenue?|n'avons pas (pu )?retenir|pas ete selectionnee?|non retenue?)\b/,
      /\b(retenu|choisi|selectionne|privilegie) (un autre|une autre|d'autres|l'autre|les autres) (candidat|profil|personne|candidature|finaliste)/,
      /\b(retenu|choisi|selectionne|privilegie) (un|une) (candidat|candidate|profil|personne) (dont|qui|plus|ayant)/,
      /\b(fait le choix|opte|choisi|retenu|privilegie|selectionne)\b.{0,20}\b(d'un autre|d'une autre|pour un autre|pour une autre|un autre|une autre|d'autres|l'autre|de l'autre|pour l'autre) (candidat|profil|personne|candidature|finaliste)/,
      /\b(ce|le|cet|notre) (poste|role|emploi) (ne soit |n'est |n'etait )?pas (le bon|adapte|fait) pour (vous|toi)\b/,
      /\b(poursuivre|continuer|avancer) (le processus |le recrutement )?avec (un autre|une autre|d'autres) (candidat|profil|personne|candidature)/,
      /\b(malheureusement|helas) [^.!?]{0,120}\b(pas|autre)\b/,
    ),
    ...w(
      2,
      /\b(malheureusement|regrettons|regret|helas)\b/,
      /\b(autre candidat|autre profil|une autre candidature|d'autres candidats|autres candidatures)\b/,
      /\b(profil|candidature|experience) .{0,40}\bne correspond pas\b/,
      /\b(bonne continuation|plein succes|bonne chance dans|succes dans (vos|ta|votre|tes) (recherches?|projets?))\b/,
    ),
  ],
  es: [
    ...w(
      3,
      /\b(hemos|he) (optado|decidido (continuar|seguir|avanzar)|seleccionado|elegido) (por |con )?(el proceso con |con )?(a )?(otra|otro|otros|otras)\b/,
      /\b(continuar|seguir|avanzar) (el proceso |adelante )?con (otra|otro|otros|otras) (persona|candidat|perfil)/,
      /\b(no (has|hemos|ha) sido seleccionad|no (podemos|vamos a|podremos) (continuar|seguir|avanzar)|no (continuaras|continuara|seguiras|seguira|avanzaras|avanzara)|no (seguiremos|continuaremos|avanzaremos))/,
      /\b(hemos decidido no (continuar|seguir|avanzar)|no ha (resultado|sido) (seleccionad|exitos|favorable))/,
      /\bno (podemos|podremos|vamos a) (ofrecerte|ofrecerle|contar contigo|contar con usted)/,
      /\b(decantado|decidido) por (otra|otro|otros|otras|un perfil|una persona|un candidato) /,
      /\b(quedamos|quedado|quedaremos|optado|optamos|elegido|elegimos|escogido|escogimos|seleccionado|seleccionamos|decantado|decantamos|apostado|apostamos) (por |con )?(a )?(el |la |los |las )?(otro|otra|otros|otras) (persona|candidat|perfil|finalista)/,
      /\b(lamentablemente|desafortunadamente|lamentamos|sentimos|siento) [^.!?]{0,120}\b(no|otra|otro|otros|otras)\b/,
      /\b(no (ha|has) (superado|pasado)|descartad[oa])/,
      // Inclusive endings: "otro/a candidato/a", "otro(a) candidato(a)".
      /\b(elegido|elegimos|seleccionado|seleccionamos|optado|optamos|decidido|seguir|avanzar|continuar|quedado|quedamos) (por |con )?(a )?(el |la )?otr[oa](\/[ao]|\([ao]\)) (candidat|perfil|persona)/,
    ),
    ...w(
      2,
      /\b(lamentablemente|desafortunadamente|lamentamos (informarte|comunicarte|informarle|comunicarle))\b/,
      /\b(otro candidato|otra candidata|otros candidatos|otras candidaturas|otro perfil|otra persona)\b/,
      /\b(mucho exito|mucha suerte|exito en (tu|su) busqueda|suerte en (tu|su) busqueda)/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(helaas|jammer genoeg|spijtig genoeg) [^.!?]{0,120}\b(niet|andere|afgewezen|geen)\b/,
      /\b(gekozen voor|gaan verder met|verder (te )?gaan met|door (te )?gaan met|doorgaan met) (een )?(andere|een andere) (kandidaat|sollicitant|persoon)/,
      /\b(moeten|moet) (wij |we |ik )?(u|je|jou) helaas (berichten|mededelen|laten weten|informeren)\b/,
      /\b(niet (verder )?in behandeling|niet geselecteerd|afwijzing|afgewezen|niet verder (te )?(gaan|met je|met uw)|niet meenemen (naar|in) de volgende)/,
      /\bbesloten (om )?(je |uw )?(niet|geen)\b/,
      // Chose someone described by what they have more of: "gekozen voor een kandidaat met meer ervaring".
      /\b(gekozen|gaan|kiezen|gegaan) voor (een |de )?(kandidaat|kandidate|sollicitant|persoon|iemand|profiel) (met|die|wiens|wier|dat)\b/,
    ),
    ...w(2, /\b(helaas|jammer genoeg|spijtig)\b/, /\b(andere kandida\w*|veel succes met)\b/),
  ],
  it: [
    ...w(
      3,
      /\b(purtroppo|siamo spiacenti|ci dispiace) [^.!?]{0,120}\b(non|altro|altra|altri)\b/,
      /\b(scelto|selezionato|individuato) (un altro|un'altra|altri|altre) (candidat|profil|persona)/,
      // Someone chosen, described only as closer to the need: "individuato un profilo più in linea".
      /\b(scelto|selezionato|individuato|identificato) (un|una) (profilo|candidat[oa]|candidatura|persona) (piu|maggiormente|meglio) (in linea|adatt|vicin|allineat|rispondent|coerent)/,
      // Inclusive endings: "un altro/a candidato/a".
      /\b(scelto|selezionato|individuato|proseguire|procedere|continuare) (con )?(un altr[oa]|un'altra|altri)(\/[aeio]|\([aeio]\)) (candidat|profil|persona)/,
      /\b(non (e stata|sei stato|sei stata|e stato) selezionat|non (proseguiremo|procederemo|potremo proseguire)|esito negativo)/,
      /\b(deciso|scelto) di non (procedere|proseguire|andare avanti|continuare)/,
      /\b(devo|dobbiamo) (purtroppo )?(comunicarle|comunicarti|informarla|informarti)\b/,
      /\b(proseguire|procedere|continuare|andare avanti) con (un altro|un'altra|altri|altre|un|una) (candidat|profil|persona)/,
    ),
    ...w(2, /\b(purtroppo|spiacenti)\b/, /\b(altro candidato|altri candidati)\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(infelizmente|lamentamos|lamento) [^.!?]{0,120}\b(nao|outro|outra|outros)\b/,
      /\b(optamos|optar|decidimos|escolhemos|escolher|ficamos|ficar|seguimos|seguir|avancamos|avancar|prosseguimos|prosseguir|selecionamos) (por |com )?(seguir |avancar |prosseguir )?(com )?(o |a |os |as )?(outro|outra|outros|outras) (candidat|perfil|pessoa|finalista)/,
      /\bnao (vamos|iremos|podemos|poderemos|conseguimos|conseguiremos) (avancar|seguir|prosseguir|continuar|dar (seguimento|continuidade))( em frente| adiante)?( com (a sua|sua|o seu|seu|a tua|tua|o|a) (candidatura|processo|perfil)|( agora| neste momento| desta vez| por agora)?[.,;!])/,
      /\b(nao (foi|foste|fostes) selecionad|nao (daremos|vamos dar|iremos dar) (seguimento|continuidade)|nao (seguiremos|avancaremos|prosseguiremos))/,
      /\b(perfil|candidatura) nao (corresponde|avanca|foi selecionad|seguira)/,
      // Inclusive endings: "outro(a) candidato(a)", "outro/a candidato/a".
      /\b(optamos|decidimos|escolhemos|selecionamos|seguir|avancar|prosseguir|seguimos|avancamos) (por |com )?(seguir |avancar |prosseguir )?(com )?(o |a )?outr[oa](\/[ao]|\([ao]\)) (candidat|perfil|pessoa|profissional)/,
    ),
    ...w(
      2,
      /\b(infelizmente|lamentamos)\b/,
      /\b(outro candidato|outra candidata|outros candidatos)\b/,
    ),
  ],
};

/** The sender offers to keep the CV, profile or candidate in mind for later roles. */
const KEEP_ON_FILE: PatternTable = {
  en: [
    ...w(
      3,
      /\b(keep|retain|hold|store|save|have|hang on to|hold on to) (onto |on to )?(your|you) (?:[a-z]+ ){0,3}(cv|resume|details|profile|application|information|info|contact details|name|portfolio|data) (on file|on record|in (our|mind)|for (the )?(future|upcoming|other|later|any|next)|in our (system|records|database|talent))/,
      /\b(keep|retain|hold|store|save|hang on to|hold on to) (onto |on to )?(your|you) (?:[a-z]+ ){0,3}(cv|resume|details|profile|application|information|info)\b.{0,80}\b(future|upcoming|other|similar|suitable|relevant|new|later|next|another) (?:[\w-]+ ){0,3}(opportunit|opening|role|position|vacanc|job|need|hire)/,
      /\b(keep|kept|stay|remain|be) (you )?(on file|on our radar|in (our|the) (talent (pool|community|network|pipeline)|database|system|records|pipeline))/,
      /\b(keep|keeping|bear|have) you in mind\b/,
      /\b(add|added|adding|include|included|place|placed|put|save|saved|enter|entered|register|registered|store|stored) (you|your (cv|resume|profile|details|application|information)) (to|in|into|on|with) (our|the) (talent|candidate|database|pipeline|shortlist for future|records|system)/,
      /\b(consider|contact|reach out to|get in touch with|reach back out to|come back to|think of|approach) you (for|about|regarding|with|if|when|should|as) (any )?(future|upcoming|other|similar|suitable|relevant|new)\b/,
    ),
    ...w(
      2,
      /\b(reach out|contact you|get in touch|be in touch|let you know|come back to you|reach back out|be in contact)\b.{0,40}\b(if|when|should|as soon as|once)\b.{0,50}\b(role|position|opportunity|opening|vacancy|something|anything)\b.{0,40}\b(opens?|comes? up|arises?|becomes? available|opened|arise|suitable|relevant)/,
      /\b(talent (pool|community|network|bank)|candidate (pool|database))\b/,
    ),
    ...w(
      2,
      /\b(keeping|kept|retaining|retained|holding|storing|stored|saving|saved|hanging on to|holding on to|hang onto|hanging onto) (onto |on to )?(your|you) (?:[a-z]+ ){0,3}(cv|resume|details|profile|application|information|info|notes)\b/,
      // The reader promised first call when the role comes back: "you'd be the first we ring".
      /\b(you('ll| will|'d| would) be|you are|you're) (among )?the first (one |ones |person |people |candidates? )?(we|i)('ll| will|'d| would)? (reach out to|contact|call|ring|get in touch with|come back to|think of)\b/,
      /\b(tagged|flagged|earmarked|bookmarked|marked|noted|pinned) (you|it|your (profile|cv|resume|application|details)) (for|as|in)\b|\bon (our|my) (books|radar|shortlist)\b/,
      // Something kept with the CV: "keep your CV and interview notes on file".
      /\b(keep|retain|hold|store|save) (your|you) (cv|resume|profile|details|application) (and|with) (?:[a-z]+ ){0,3}on (file|record)\b/,
    ),
    ...w(
      1,
      /\b(future|upcoming) (opportunit|opening|role|position|vacanc)/,
      // Asking leave to keep the details is what a keep-on-file letter does.
      /\b(if (that's|that is|this is|it's|it is) (ok|okay|alright|fine) (with you|by you)|with your (ok|okay|permission|consent)|let me know if you('d| would) (prefer|rather) (i|we) (didn't|did not|don't))/,
    ),
    // A data-retention notice is not an offer to keep the candidate in mind.
    ...w(
      -2,
      /\b(will be|are|is) (deleted|destroyed|erased|removed) (after|within|in accordance|in line|once)/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(talentpool|talent-pool|talent pool|bewerberpool|kandidatenpool|bewerberdatenbank|kandidatendatenbank|talent community)\b.{0,80}\b(aufnehmen|aufgenommen|speichern|gespeichert|vormerken|vorgemerkt|behalten|ubernehmen|hinterlegen|hinterlegt|auf\b)/,
      /\bin (unseren|unser|den|unserem|dem) (talentpool|talent-pool|talent pool|bewerberpool|kandidatenpool|bewerberdatenbank|kandidatendatenbank)/,
      /\b(in evidenz (halten|nehmen)|(unterlagen|bewerbung|profil|daten|lebenslauf) .{0,60}(aufbewahren|speichern|vormerken|behalten|in evidenz|hinterlegen)\b)/,
      /\b(zukunftig|kunftig|spater|passend|geeignet|neu)\w* (stelle|position|vakanz|moglichkeit|gelegenheit|ausschreibung|aufgabe)\w*\b.{0,80}\b(gerne |gern )?(melden|auf sie zu|auf dich zu|kontaktieren|ansprechen|berucksichtigen|in betracht ziehen)/,
    ),
    ...w(1, /\b(zukunftige|kunftige|passende) (stellen|positionen|vakanzen|moglichkeiten)/),
    ...w(-2, /\b(geloscht|vernichtet|loschen|vernichten)\b/),
    ...w(
      1,
      /\b(wenn|falls) (sie|du) (damit )?einverstanden (sind|bist)|\bmit (ihrem|deinem) einverstandnis\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(vivier|cvtheque|notre base (de donnees|de candidats|de talents|de cv|candidats|talents))\b/,
      /\b(conserver|garder|conservons|gardons|conserverons|garderons|conservons precieusement) (precieusement )?(votre|ton|vos) (cv|candidature|profil|dossier|coordonnees)/,
      /\b(revenir vers vous|vous recontacter|reprendre contact|vous contacter)\b.{0,80}\b(opportunite|poste|besoin|ouverture|offre)s? (similaire|correspondant|adapte|qui)/,
    ),
    ...w(
      1,
      /\b(futures? (opportunites|postes|offres)|opportunites futures|prochaines opportunites)/,
    ),
    ...w(1, /\bsi (vous etes|tu es) d'accord|\bavec votre (accord|permission)\b/),
  ],
  es: [
    ...w(
      3,
      /\b(guardaremos|conservaremos|mantendremos|guardar|conservar|mantener|tendremos|archivaremos|guardamos|conservamos|mantenemos|archivamos|incorporaremos|incorporamos|incorporar|anadiremos|anadimos|anadir|incluiremos|incluimos|incluir|registraremos|registramos) (tu|su) (cv|curriculum|candidatura|perfil|solicitud|datos)/,
      /\b(nuestra|la) (base de datos|bolsa) (de (talento|empleo|candidatos|candidatas|cv))?/,
      /\b(nuestra|nuestro|la|el) (base|bolsa|banco|cantera|red|comunidad|pool|vivero) de (talento|talentos|candidatos|candidatas|cv|curriculums|perfiles)\b/,
      /\bcontaremos (contigo|con usted|con tu perfil|con su perfil) (para|en) (futur|proxim|nuev|otr)/,
      /\b(te|le) tendremos (muy )?(en cuenta|presente)|\btendremos (muy )?(en cuenta|presente) (tu|su) (perfil|cv|candidatura|curriculum)/,
    ),
    ...w(
      2,
      /\b(te|le) (escribiremos|contactaremos|llamaremos|avisaremos|escribimos|contactamos|avisamos|volveremos a contactar)\b.{0,40}\b(si|cuando|en cuanto|tan pronto como) (se abre|surge|sale|aparece|hay|tenemos|se abra|surja|salga|aparezca|haya|tengamos)\b/,
    ),
    ...w(
      1,
      /\b((futuras|proximas|nuevas) (oportunidades|vacantes|posiciones|ofertas|procesos)|futuros procesos|proximos procesos)/,
    ),
    ...w(
      1,
      /\bsi (esta|estas) de acuerdo|\bcon (tu|su) (permiso|consentimiento)|\b(tenerte|tenerle|tenerlo|tenerla) en cuenta\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\bin (ons|onze) (bestand|database|talentpool|talentenpool|kandidatenbestand|cv-bestand|kandidatenpool)/,
      /\b(talent|talenten|kandidaten|cv)-?(bestand|pool|poule|database)\b/,
      /\b(bewaren|houden|bewaar) (we |wij )?(je|uw|jouw) (cv|gegevens|sollicitatie|profiel)/,
      /\b(houden|hou) (we |wij )?(je|u) (graag )?in (gedachten|ons vizier|de gaten)/,
    ),
    ...w(1, /\btoekomstige (vacatures|functies|mogelijkheden)/),
    ...w(1, /\bals (je|u) (daarmee )?akkoord (bent|gaat)|\bmet (je|jouw|uw) toestemming\b/),
  ],
  it: [
    ...w(
      3,
      /\b(conserveremo|terremo|manterremo|conservare|mantenere|teniamo|terro|conservero|manterro|tenere) (il (tuo|suo) (cv|curriculum|profilo)|in considerazione|presente)/,
      /\bnel nostro (database|archivio)|\bbanca dati\b|\b(bacino|vivaio|pool) (di|dei) (talenti|candidati|profili)\b/,
    ),
    ...w(
      1,
      /\b(future opportunita|opportunita future|prossime opportunita|nuove posizioni)/,
      /\b(se (e|sei) d'accordo|con il (tuo|suo) (consenso|permesso))\b/,
    ),
  ],
  pt: [
    ...w(
      3,
      /\b(banco de talentos|bolsa de talentos|nossa base de dados|(nossa|na nossa|em nossa) base( de (dados|talentos|curriculos|candidatos))?)\b/,
      /\b(ficara|ficarao|permanecera|permanecerao|sera mantid[oa]|sera guardad[oa]|sera arquivad[oa]|vai ficar|continuara)\b.{0,30}\b(salv[oa]s?|guardad[oa]s?|registad[oa]s?|registrad[oa]s?|arquivad[oa]s?|base|banco|cadastro)\b/,
      /\b(manteremos|guardaremos|conservaremos|manter|guardar) (o seu|seu|o teu|teu|a sua|sua|a tua) (cv|curriculo|perfil|candidatura)/,
    ),
    ...w(
      2,
      /\b(entraremos|entramos|vamos entrar|voltaremos a entrar) em conta(c)?to\b.{0,30}\b(se|caso|quando|assim que) (surgir|surja|abrir|abra|houver|haja|aparecer|apareca)\b/,
    ),
    ...w(1, /\b(futuras|proximas|novas) (oportunidades|vagas)/),
    ...w(
      1,
      /\bse (concordar|estiver de acordo)|\bcom (o seu|a sua|seu|sua) (permissao|consentimento|autorizacao)\b/,
    ),
  ],
};

/** The writer says they are giving feedback ("you asked for feedback", "some thoughts"). */
const FEEDBACK: PatternTable = {
  en: [
    ...w(
      3,
      /\b(you asked (me |us )?(for|about) (some |any |more |a bit of )?(feedback|thoughts|pointers|advice)|as (you )?requested,? (here is|here's|here are|some|i'm|i am)|(happy|glad) to (share|give|offer|provide|pass on) (you )?(some |a bit of |a little |my |our |a few |more )?(feedback|thoughts|notes|pointers|observations)|here (is|are|'s) (some|my|our|the) (feedback|thoughts|notes|observations)|some (honest|candid|concrete|detailed|constructive|specific) feedback|(the feedback|feedback) (from|on) (your|the) (interview|panel|onsite|on-site|technical|take-home|presentation|session|loop|assessment|case study|final round))/,
      /\b(the feedback from the (panel|team|interviewers|hiring manager)|the panel'?s (feedback|notes)|(main|key|overall) (feedback|takeaways?)|(as promised|following up)[,:]? (here is |here's |some |with )?(the |some |my )?(feedback|thoughts))/,
    ),
    ...w(
      2,
      /\bfeedback\b/,
      /\b(since you asked|as you asked|thanks for asking|you asked (me|us|about|for|how|what)|a few (things|thoughts|notes|points|observations|pointers)|happy to share|what went well|where (you|the panel|we) (lost|had|felt)|short answer|to be (honest|candid|transparent))/,
      /\b((what|the thing|the one thing|the main thing) (that )?(separated|made the difference|tipped it|decided it|set .{1,30} apart)|it (was|came) (close|down to))/,
      /\b(honestly|candidly|frankly|on the (positive|plus) side|what went well|where you (did well|shone|stood out))\b/,
      /\b(honest answer|written feedback|where you could (be stronger|improve|grow)|what (we|the panel) (liked|missed))/,
    ),
    ...w(
      -3,
      /\b(unable|not able|cannot|can't|don't|do not|won't|will not|not in a position) (to )?(provide|give|offer|share) (individual|personal|specific|detailed|personalised|personalized|any)? ?feedback/,
      /\b(if you would like|if you'd like|should you (want|wish|like)|feel free to (ask|reach out|get in touch)) (some |any |more )?(for )?feedback/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(sie hatten|du hattest|sie haben|du hast) (mich |uns )?(um|nach) (ein |eine |einem |einer )?(kurzes |ehrliches )?(feedback|ruckmeldung|einschatzung)/,
      /\b(gerne|gern) (gebe|geben) (ich|wir) (ihnen|dir) (noch )?(ein |eine )?(kurzes |kurze |ausfuhrliches |ausfuhrliche |ehrliches |ehrliche )?(feedback|ruckmeldung)/,
      /\b(feedback|ruckmeldung) zu (ihrem|deinem|unserem|dem) (gesprach|interview|vorstellungsgesprach|auftritt|fallstudie|case)/,
    ),
    ...w(
      2,
      /\b(feedback|ruckmeldung)\b/,
      /\b(wie gewunscht|wie versprochen|ein paar (punkte|anmerkungen|gedanken|hinweise)|danke fur (ihre|deine) nachfrage|ehrlich gesagt|offen gesagt)/,
      /\b(frage|bitte|wunsch) nach (einem |ihrem |deinem |etwas )?(feedback|ruckmeldung)/,
    ),
    ...w(-3, /\b(kein|keine) (individuelles |personliches |detailliertes )?(feedback|ruckmeldung)/),
  ],
  fr: [
    ...w(
      3,
      /\b(vous m'avez demande|tu m'as demande|comme (vous me l'avez|tu me l'as|vous l'avez) demande)/,
      /\b(retour|retours|feedback|avis) (detaille |detailles )?(sur|concernant|suite a) (votre|ton|vos|tes|l') ?(entretien|candidature|echanges|presentation|cas|test|exercice)/,
    ),
    ...w(
      2,
      /\b(retour|retours|feedback)\b/,
      /\b(quelques (retours|remarques|points|elements)|comme promis|comme convenu|pour etre (franc|honnete|transparent))/,
      /\b(pour repondre a|en reponse a|suite a) (votre|ta) (demande|question)\b/,
      /\b(l'equipe|le jury|le panel|les recruteurs|nous) (a|avons|avait|avions) (releve|note|remarque|apprecie|observe)\b/,
    ),
    ...w(
      3,
      /\b(pistes|axes|points|elements|conseils) (d'amelioration|a ameliorer|de progression|de progres|pour progresser)|\bce (que|qu'il) (vous|te) (faudrait|faut) (ameliorer|travailler|renforcer|approfondir)/,
    ),
  ],
  es: [
    ...w(
      3,
      /\bcomo (me )?(pediste|pidio|pidieron|solicitaste|solicito)/,
      /\b(comentarios|feedback|retroalimentacion|valoracion|impresiones) (sobre|acerca de|de) (tu|su|la) (entrevista|candidatura|proceso|prueba|caso|presentacion)/,
    ),
    ...w(
      2,
      /\b(feedback|retroalimentacion|comentarios)\b/,
      /\b(te comparto|algunos comentarios|algunas (ideas|observaciones)|lo que (comento|opino|penso) el equipo|siendo (sincero|sincera|honesto|honesta))/,
    ),
    ...w(
      3,
      /\b(puntos|areas|aspectos|cosas) (de mejora|a mejorar|que mejorar|en los que mejorar|que podrias mejorar)\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(je|u) (vroeg|vroegen|hebt gevraagd|had gevraagd) (om|naar) (feedback|terugkoppeling)|\bfeedback op (je|uw) (gesprek|sollicitatie|presentatie|opdracht)/,
    ),
    ...w(2, /\b(feedback|terugkoppeling)\b/),
    ...w(
      3,
      /\b(een paar|enkele|wat|mijn|onze|de belangrijkste) (verbeterpunten|aandachtspunten|tips)\b/,
    ),
  ],
  it: [
    ...w(
      3,
      /\b(mi hai|ci hai|mi ha|ci ha) chiesto (un )?(feedback|riscontro|parere)|\bfeedback sul (tuo|suo) colloquio|\bcome (mi hai|ci hai|mi ha|ci ha) chiesto/,
    ),
    ...w(2, /\b(feedback|riscontro)\b/),
    ...w(
      3,
      /\b(spunt[oi]|suggeriment[oi]|consigli|punti|aspetti|aree) (su cosa |di |da |per |in cui |su cui )?(miglioramento|migliorare|lavorare)\b/,
    ),
  ],
  pt: [
    ...w(
      3,
      /\b(pediu|pediste|solicitou) (um |algum )?(feedback|retorno)|\bfeedback sobre a (sua|tua) entrevista|\b(como|conforme) (pediu|pediste|solicitou)/,
    ),
    ...w(2, /\bfeedback\b/),
    ...w(
      3,
      /\b(pontos|aspetos|aspectos|areas) (de melhoria|a melhorar|para melhorar|de desenvolvimento)\b/,
    ),
  ],
};

/** Concrete remarks on how the candidate did: the body of real feedback. */
const FEEDBACK_DETAIL: PatternTable = {
  en: w(
    1,
    /\b(you (were|came across|did|showed|demonstrated|clearly|could have|might|should|would have|went|got|handled|answered|explained|spent|focused|missed|lost|struggled|seemed|tended|jumped|reached for|came in|ran (out|short)|undersold|had))\b/,
    /\byour (answers?|design|presentation|approach|portfolio|case study|take-home|code|coding|communication|examples|technical|system design|solution|questions|debugging|walkthrough|explanation)\b/,
    /\b(would have (made|liked|helped|been)|stronger candidate|to be stronger|to strengthen|could be stronger)/,
    /\b(areas? (for|of) (improvement|growth|development)|room (for|to) (improve|grow)|to improve on)/,
    /\b(panel|team|interviewer|interviewers|we|they|hiring manager) (felt|noted|thought|noticed|was looking for|were looking for|were hoping|liked|appreciated|wanted)/,
    /\b(strengths?|weakness|strong (in|on|at)|impressed)/,
    /\b(more (depth|experience|examples|detail|concrete|structure)|deeper|less (depth|detail)|lacked|lacking|too (high|theoretical|vague|long))/,
    /\b(we (were hoping|expected|needed|wanted) (to hear|to see|more|someone)|the gap was|reservations|concerns?|where you lost)/,
    /\b(one of the (strongest|best|better)|(was|were) (both )?(strong|solid|excellent|clean|great|good)|well tested|went (well|smoothly))/,
    /\b((i'd|i would|we'd|we would) (recommend|suggest)|read up on|work on|focus on|try to|worth (practising|practicing|working on)|would be in a (much )?stronger position|practis|practic)/,
    /\b(couldn't tell|could not tell|hard to tell|kept coming back to|the (thing|issue|gap|concern|deciding factor|main difference|main reason|main thing|biggest gap) (was|that|we))/,
    /\b(if you [a-z]+ .{0,60}(you'll|you will|you'd|you would) be)/,
    /\b(live coding|coding (round|exercise|interview|challenge)|system design (round|interview|question|answer)|technical (round|test|exercise|interview)|take-home|case study|whiteboard)/,
    /\b(didn't|did not|doesn't) (address|cover|mention|go into|explain|show|get to)\b/,
    /\b(if i were you|(i'd|i would) (spend|focus|practise|practice|work|prepare|brush up))\b/,
    /\b(when we (pushed|asked|probed|dug)|you (designed|built|asked|wrote|explained|presented))\b/,
  ),
  de: w(
    1,
    /\b(sie (waren|haben|hatten)|ihre (starken|antworten|prasentation|kenntnisse)|verbesser|hatten (wir )?uns .{0,40}gewunscht|mehr (erfahrung|tiefe))/,
    /\b(uberzeugt|ausschlaggebend|gewunscht|den eindruck|schwergefallen|schwerfallen|starken|schwachen|fachlich)/,
    /\b(war|waren) (sehr )?(stark|gut|solide|uberzeugend|vage|knapp)|\bfehlte (uns|ihnen|es|dir)|\bblieben? .{0,30}\b(vage|oberflachlich|allgemein)/,
    /\b((mein|unser) (tipp|rat|ratschlag)|den ausschlag|zufrieden)\b/,
  ),
  fr: w(
    1,
    /\b(vos points forts|aurait (pu|ete)|axes? d'amelioration|nous aurions aime|plus de profondeur|points? (fort|faible|a ameliorer)|nous attendions)/,
    /\b(il vous a manque|vous avez manque|(manquai(en)?t|manque) (de|d'un|d'une) (structure|profondeur|precision|recul|clarte|rigueur|exemples)|vous n'avez pas (aborde|evoque|mentionne|explique|teste|traite))/,
    /\b(vous avez (montre|su|fait preuve|bien)|(etait|etaient) (propre|solide|clair|bien (teste|structure|pense))|en revanche)\b/,
    /\b(travaillez|entrainez-vous|vous entrainer|(je vous|je te) (invite|encourage) a|il faudrait|gagnerait a)\b/,
    /\b((ce qui a|a) fait la difference|je vous (conseille|recommande|suggere)|(excellente|bonne|vraie|solide) (maitrise|sensibilite|connaissance|comprehension)|(davantage|plus) de (reflexion|profondeur|recul|exemples))/,
    /\b(approfondir|structurer|retravailler|consolider|renforcer|muscler) (la|le|les|vos|votre|tes|ton|l')\b/,
    /\b(vos|tes) (reponses|exemples|explications|choix|tests)\b|\b(votre|ton) (test|exercice|cas pratique|code|rendu|etude de cas)( technique)? (etait|a ete)\b/,
  ),
  es: w(
    1,
    /\b(puntos fuertes|(a|por) mejorar|te falto|hubieramos querido|mas profundidad|nos gusto|echamos en falta|destacaste)/,
    /\b(te (recomendaria|recomiendo|sugiero|aconsejo)|tu (prueba|entrevista|presentacion|caso|codigo|ejercicio)( tecnica| practica)? (fue|estuvo)|buscabamos|esperabamos|de las mejores)/,
    /\b(profundizar|concretar|estructurar|practicar|trabajar|reforzar) (en |mas |un poco )?(el|la|los|las|tus|tu)\b/,
  ),
  nl: w(
    1,
    /\b(sterke punten|verbeterpunt|we misten|misten we|je liet zien|meer diepgang)/,
    /\b((was|waren) (erg |heel |zeer )?(sterk|goed|zwak|beperkt)|(mijn|ons) advies|oefen|je (technische|kennis|presentatie|antwoorden|casus))/,
    /\b(ik raad je aan|raad ik je aan|ik zou je aanraden|je (codeeropdracht|opdracht|case|ontwerp|code))\b/,
  ),
  it: w(
    1,
    /\b(punti di forza|da migliorare|ci e mancat|avremmo voluto)/,
    /\b((ti|le) (consiglio|suggerisco|consigliamo)|approfondire|(e|sono) (andato|andata|andati) (bene|male)|(e stato|e stata) (molto )?(buon|brav|solid|chiar))/,
    /\b(sei|era|eri) (andato|andata|stato|stata) (molto )?(bene|male|brav|convincente|solid|chiar)|\b(dovresti|potresti|dovrebbe|potrebbe) (approfondire|lavorare|migliorare|curare|esercitarti|rafforzare)/,
  ),
  pt: w(
    1,
    /\b(pontos fortes|a melhorar|faltou|gostariamos de ter visto)/,
    /\b((recomendo|sugiro|aconselho)|(foi|foram) (muito )?(boa|bom|bons|boas|fraca|fraco|solida|solido)|a sua (apresentacao|entrevista|prova))/,
    /\b(aprofundar|praticar|trabalhar|reforcar|estruturar) (mais )?(a|o|as|os|sua|seu|suas|seus)?\b|\bexemplos mais (concretos|claros)/,
  ),
};

/** An introduction, a referral or a reference offered to the candidate. */
const REFERRAL: PatternTable = {
  en: [
    ...w(
      3,
      /\b(happy|glad|delighted|willing|pleased|more than happy|keen|open) to (introduce|connect|put you in touch|refer|recommend|make (an|the|a) (intro|introduction|connection)|pass (along|on) your|vouch|act as (a |your )?(reference|referee)|be (a |your )?(reference|referee)|serve as (a |your )?(reference|referee))/,
      /\b(put you in touch with|intro to my|introduction to my|introduce you to (my|a (friend|former|colleague|contact|peer)|an? (old|ex|former)|some (friends|people|contacts)|a few (people|folks|friends)))/,
      /\b(feel free to|you can|happy for you to|you're welcome to|you are welcome to|do) (use|list|give|name|mention|put down|cite|add) (me|my name) as (a |your |one of your )?(reference|referee)/,
      /\b(i can|i could|i'd|i would|happy to|glad to|i'll|i will|let me) (make|do|send|set up|write) (an?|the) (email |quick |warm |short |virtual |proper )?(intro|introduction)/,
      /\b(mention my name|say (that )?i (sent|referred) you|use my name|drop my name|tell (him|her|them) i sent you)/,
      /\b(refer you (for|to|internally)|(i'd|i would|i will|i'll|happy to|glad to) (refer|recommend) you)\b/,
      /\b(mentioned|recommended|suggested|introduced) you to\b|\byou two (can|could|should|might) (connect|talk|chat|meet|speak)/,
      /\bmeet (?<=[a-z], meet )[a-z]+\b/,
      /\b(let me (connect|introduce) you|i've (introduced|connected) you|let you two (take it from here|connect|talk)|(connect|introduce) you two|want me to (connect|introduce|intro|put you))/,
      /\b(i can|i could|i'll|i will|happy to|glad to|let me|want me to) (pass|forward|send|share) (on |along )?your (cv|resume|profile|details|portfolio) (on |along )?(to|with)\b/,
    ),
    ...w(
      2,
      /\b(introduce you to|connect you with|in touch with (my|a|an) (friend|former|colleague|contact|peer))\b/,
      /\b(passed|pass|forwarded|forward|sent|send|shared|share) (on |along )?(your|on your) (cv|resume|details|profile|info|contact details|portfolio|name) (on |along )?(to|with)\b/,
    ),
    ...w(
      1,
      /\b(i('ve| have) (cc'd|cc'ed|copied|looped in) )/,
      /\b(she's|he's|they're|she is|he is|they are) (hiring|looking for|recruiting|building)\b/,
      /\b(friend|former colleague|ex-colleague|old colleague|contact) (of mine )?(at|who (runs|leads|works|is hiring|heads|manages))/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(kontakt|verbindung) (zu|mit) .{0,60}\b(herstellen|her\b|vermitteln)|\bin kontakt bringen|\b(den|einen) kontakt (gerne |gern )?(her\b|herstellen)/,
      /\b(als referenz (angeben|nennen|zur verfugung|benennen)|referenz (geben|sein|zur verfugung))/,
      /\b(empfehle|empfehlen) (ich |wir )?(sie|dich) (gerne |gern )?(weiter|an|bei)\b/,
      /\b(gerne?|gern) .{0,40}\b(vorstellen|vermitteln|weiterempfehlen|empfehlen)\b/,
    ),
    ...w(
      2,
      /\b(lebenslauf|cv|profil|unterlagen) .{0,30}\b(weiterleiten|weitergeleitet|weitergegeben|weitergeben)/,
    ),
    ...w(1, /\b(sucht|suchen) (gerade|noch|aktuell)/),
  ],
  fr: [
    ...w(
      3,
      /\b(mise en relation|mettre en (contact|relation)|vous presenter a|te presenter a|servir de reference|me citer comme reference|recommander aupres|je vous recommande aupres|de ma part|mot de recommandation|(transmets|transmettrai|je lui transmets) votre (cv|candidature))/,
      /\b(je peux|je pourrais|je vais|volontiers|ravie? de) (lui |leur )?(transmettre|faire suivre|passer) (votre|ton) (cv|candidature|profil)/,
    ),
    ...w(
      3,
      /\b(coopter|cooptation|coopte|vous recommander en interne|te recommander en interne|recommandation interne|je (vous|te) (mets|met) en (copie|relation|contact) avec)/,
    ),
    ...w(2, /\btransmettre votre (cv|candidature|profil)/),
    ...w(
      1,
      /\b(recrute|cherche) (actuellement|en ce moment)|\b(recrute|cherche) (dans|pour) son equipe|\ben copie\b/,
    ),
  ],
  es: [
    ...w(
      3,
      /\b(ponerte en contacto|ponerle en contacto|te pongo en contacto|le pongo en contacto|te pondre en contacto|presentarte a|presentarle a|como referencia|recomendarte|recomendarle|de mi parte|te paso el contacto)/,
    ),
    ...w(
      3,
      /\b(referirte|referirle|recomendarte internamente|recomendarle internamente|referencia interna|referido interno|referral interno)\b/,
    ),
    ...w(2, /\b(te presento a|le presento a|os presento)\b/),
    ...w(2, /\b(pasar|reenviar|reenviado|pasado) (tu|su) (cv|curriculum|perfil)/),
    ...w(1, /\b(esta|estan) buscando\b|\ben copia\b/),
  ],
  nl: w(
    3,
    /\bin contact (brengen|zetten) met|\b(breng|zet) (je|u) .{0,20}in contact|\bvoorstellen aan|\bals referentie|\bje doorverwijzen|\baanbevelen bij/,
    /\b(intern (aandragen|voordragen|aanbevelen|doorverwijzen)|(je|u|jou) (intern )?(aandragen|voordragen)|interne (referral|doorverwijzing|aanbeveling|voordracht))\b/,
  ),
  it: [
    ...w(
      3,
      /\b(metterti in contatto|presentarti a|come referenza|segnalare il tuo (profilo|cv|nome)|segnalazione interna|segnalarti|segnalarla|raccomandarti|raccomandarla|referral interno|candidatura tramite (referral|segnalazione))/,
      /\b(disponibile|felice|contento|contenta|lieto|lieta|pronto|pronta) (a|di) (presentarti|raccomandarti|metterti in contatto|fare (una|da) (segnalazione|referenza))/,
    ),
    ...w(2, /\b(ti presento|le presento|vi presento|ho parlato di te|ho fatto il tuo nome)\b/),
    ...w(1, /\b(in copia|in cc)\b/),
  ],
  pt: w(
    3,
    /\b(colocar (voce|te|o) em contacto|por (voce|te) em contato|apresentar-te|apresenta-lo|como referencia|indicar (voce|o seu nome))/,
    /\b(indicacao interna|referencia interna|indicar-te|indicar-lhe|indica-lo|indica-la|te indicar|lhe indicar|apresento-lhe|apresento-te|te apresento|lhe apresento)\b/,
  ),
};

/**
 * The writer puts the reader forward themselves: through the employer's referral programme, as
 * an employee referral, internally, or by handing the CV to someone they name by their relation
 * ("my manager", "our head of data", "a friend"): "happy to put in a referral", "te puedo referir
 * internamente", "ik heb je cv doorgestuurd naar onze teamlead". An ATS saying that someone else
 * referred the reader is a receipt, not this (see RECEIPT_OF_REFERRAL).
 */
const PUTS_YOU_FORWARD: PatternTable = {
  en: [
    ...w(
      3,
      /\b(put|putting) (in|through|forward) (a|an|the|my) (?:[\w-]+ ){0,2}?referral\b|\b(submit|submitting|put|putting|add|adding) (you|your name|your (cv|resume|profile)) (in |forward |through )?(as|for) (a |an |my )?(employee |internal |staff )?referral\b|\b(i've|i have|i) (just |already )?(submitted|put in|sent in|entered) (your|the|a) referral\b/,
      /\b(refer|referring|recommend|recommending|put you forward|nominate) (you )?(internally|in-house|to (my|our) (manager|boss|team lead|lead|head|cto|ceo|founder|director|vp|hiring manager))\b|\bput in a good word\b|\bvouch for you\b/,
      /\b(i've|i have|i|i just|i already) (just |already )?(passed|forwarded|sent|shared|handed) (on |along )?your (cv|resume|profile|details|portfolio) (on |along |over )?(to|with) (my|our) (manager|boss|team lead|lead|head|cto|ceo|founder|co-?founder|director|vp|friend|colleague|old colleague|former colleague)\b/,
    ),
    // The programme alone: a referrer's route, but a recruiter's receipt names it too.
    ...w(
      2,
      /\b(employee|internal|staff) referral (program|programme|scheme|portal|link|form|bonus)\b|\b(through|via|using) (our|the|my company's) (?:[\w-]+ ){0,2}?referral (program|programme|scheme|portal|tool|system)\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(empfehle|empfehlen|schlage|vorschlagen|melde|vermittle) (ich )?(dich|sie) (gern |gerne )?(intern|bei (meinem|meiner|unserem|unserer) (chef|chefin|teamleiter|teamleiterin|cto|ceo|grunder|grunderin|abteilungsleiter|abteilungsleiterin))\b|\b(dich|sie) (gern |gerne )?(intern |uber [^.!?]{1,40} )?(empfehlen|vorschlagen|weiterempfehlen)\b/,
    ),
    ...w(
      2,
      /\b(empfehlungsprogramm|mitarbeiterempfehlung\w*|mitarbeiter werben mitarbeiter|referral-?programm|empfehlungsbonus)\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(te|vous) (recommander|coopter|parrainer|pistonner) (en interne|aupres de|via|par)\b/,
      /\b(j'ai|je viens de|je vais) (deja )?(transmis|transmettre|fait suivre|faire suivre|passe|passer|envoye|envoyer) (ton|votre) (cv|profil) a (mon|ma|notre|nos|un ami|une amie|un ancien|une ancienne)\b(?! (client|cliente|clients))/,
    ),
    ...w(2, /\b(programme|dispositif) de (cooptation|parrainage|recommandation)( interne)?\b/),
  ],
  es: [
    ...w(
      3,
      /\b(referir|recomendar|proponer|presentar)(te|le)? (internamente|por dentro)\b|\bpongo tu nombre\b/,
      /\b(puedo|podria|voy a|quiero|me encantaria) (meterte|referirte|recomendarte|proponerte|colarte)\b|\b(le|les) (he|e) (pasado|enviado|reenviado|mandado) tu (cv|curriculum|perfil) a\b(?! (mi|nuestro|un) cliente)|\b(he pasado|pase|envie|mande) tu (cv|curriculum|perfil) a (mi|mis|nuestra|nuestro)\b/,
    ),
    ...w(
      2,
      /\bprograma (interno )?de (referidos|referencias|recomendacion|recomendaciones|referral)\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(je|jou|u) (via|bij) .{0,40}\b(aandragen|voordragen|aanbevelen|doorverwijzen|aanmelden)\b/,
      /\b(ik heb|heb ik) (je|jouw) (cv|profiel) (al )?(doorgestuurd|doorgegeven|gegeven|gestuurd) (naar|aan) (mijn|onze|ons|een)\b(?! (klant|opdrachtgever))|\b(zal ik|kan ik) jullie (aan elkaar )?voorstellen\b|\bjullie aan elkaar voorstellen\b/,
    ),
    ...w(
      2,
      /\b(referral ?programma|aanbrengregeling|aanbrengpremie|medewerkersreferral|referralbonus)\b/,
    ),
  ],
  it: [
    ...w(
      3,
      /\b(segnalarti|raccomandarti|proporti|presentarti) (internamente|io|tramite)\b/,
      /\b(ho|ti ho) (gia )?(girato|passato|inoltrato|mandato|inviato) il tuo (cv|curriculum|profilo) (a|al|alla|ai) (mio|mia|miei|nostro|nostra|nostri|un amico|un'amica)\b(?! client[ei])/,
    ),
    ...w(2, /\bprogramma (interno )?di (referral|segnalazion\w*|referenze|cooptazione)\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(recomendar|indicar)(-te| te| voce)? (internamente|pelo)\b|\b(te|lhe) (posso|podia|poderia|vou) (apresentar|recomendar|indicar)\b|\b(posso|podia|poderia|vou) (te |lhe )?(recomendar|indicar|fazer uma (recomendacao|indicacao))(-te|-lhe)?\b|\b(posso|podia|poderia|vou) (te apresentar|lhe apresentar|apresentar-te|apresentar-lhe)\b|\b(fazer-te|fazer-lhe) uma (recomendacao|indicacao)\b|\b(recomendacao|indicacao) interna\b/,
      /\b(passei|enviei|encaminhei|mandei|repassei) (o )?(seu|teu) (cv|curriculo|perfil) (para|a|ao) (a |o )?(minha|meu|nossa|nosso|uma amiga|um amigo)\b(?! client[ea])/,
    ),
    ...w(2, /\bprograma (interno )?de (indicacao|indicacoes|referencias|referral|recomendacao)\b/),
  ],
};

/**
 * A two-way introduction: the writer puts the reader and someone else in touch and steps back
 * ("I'll let you two take it from here", "ich stelle euch gegenseitig vor", "os pongo en
 * contacto", "faço aqui a ponte entre os dois", "drinken jullie eens een koffie samen").
 */
const INTRODUCES_YOU_TWO: PatternTable = {
  en: w(
    3,
    /\b(moving|move|moved) (me|myself) to (bcc|bcc:)|\b(i'll|i will|let me) (let|leave) (you two|the two of you|you both) (take it from here|to it|connect|talk|chat)\b|\b(connecting|introducing) (the two of you|you both|you two)\b/,
  ),
  de: w(
    3,
    /\b(stelle|stell) (ich )?euch (mal |hiermit |gern |gerne )?(gegenseitig |einander )?vor\b|\b(setze|nehme) mich (ab jetzt |jetzt )?(in|ins) (bcc|blindkopie)\b|\bihr (solltet|konntet) euch (unbedingt |mal )?(kennenlernen|austauschen|treffen)\b/,
  ),
  fr: w(
    3,
    /\bje vous (mets|met) (tous les deux |toutes les deux )?en (relation|contact)\b|\bje (me mets|passe) en (copie cachee|cci|cc cachee|bcc)\b|\bje vous laisse (echanger|prendre contact|vous organiser)\b/,
  ),
  es: w(
    3,
    /\b(os|les) (presento|pongo en contacto|dejo en contacto)\b|\bme (pongo|paso|quedo) en (copia oculta|cco|bcc)\b|\bos dejo (que hableis|hablar|para que)\b/,
  ),
  nl: w(
    3,
    /\b(stel|breng|zet) (ik )?jullie (hierbij |even |graag )?(aan elkaar voor|met elkaar in contact|in contact)\b|\b(ik )?zet (mezelf|mij) in (de )?bcc\b|\bdrink(en)? (jullie )?(eens |even )?(een )?koffie samen\b/,
  ),
  it: w(
    3,
    /\bvi (metto in contatto|presento)\b|\bmi (metto|sposto) in (ccn|copia nascosta|bcc)\b|\bvi lascio (parlare|sentire|organizzare)\b/,
  ),
  pt: w(
    3,
    /\b(faco|fazer) (aqui )?a ponte entre\b|\b(vos apresento|apresento-vos|coloco-vos em contacto|coloco voces em contato)\b|\b(passo|fico) (para|em) (cco|bcc|copia oculta)\b/,
    /\b(estou|to|tou) (te |lhe |vos )?apresentando\b|\bdeixo (voces|vcs|os dois|as duas) (a vontade|para|pra)\b|\b(papo|conversa|cafe) entre voces\b/,
  ),
};

/**
 * The writer reacts to news of a "no" from somewhere else ("sorry to hear about Lumen", "siento
 * lo de la otra empresa", "jammer om te horen"): a friend's sympathy, not their own decision.
 */
const NEWS_FROM_ELSEWHERE: PatternTable = {
  en: w(
    -2,
    /\b(sorry|sad|gutted|a shame|shame) to hear\b|\bsorry about (the|what happened|that)\b/,
  ),
  de: w(
    -2,
    /\b(tut mir leid|schade|bedauerlich),? (das )?zu horen\b|\bschade, dass es (bei|mit)\b/,
  ),
  fr: w(
    -2,
    /\b(desolee?|navree?|triste|dommage) (d'apprendre|de lire|pour (l'autre|ta|votre|le poste|ce poste))\b/,
  ),
  es: w(-2, /\b(siento|lamento|que pena|una pena) (lo de|saber|enterarme|oir)\b/),
  nl: w(-2, /\b(jammer|vervelend|balen|sneu) (om te horen|om te lezen|van die|dat het bij)\b/),
  it: w(
    -2,
    /\b(mi dispiace|mi spiace|peccato) (sapere|sentire|per l'altr[oa]|per la (tua|sua) altra|per quell[oa])\b/,
  ),
  pt: w(
    -2,
    /\b(lamento|sinto muito|que pena) (saber|ouvir|pel[oa] outr[oa]|daquel[ae]|aquel[ae] outr[oa])\b/,
  ),
};

/** The writer is away: an out-of-office note. */
const OUT_OF_OFFICE: PatternTable = {
  en: [
    ...w(
      3,
      /\b(out of (the )?office|\booo\b|away from (the office|my desk|email|my email))/,
      /\b(i am|i'm|currently|i will be|i'll be) (currently )?(on (annual |parental |maternity |paternity |sick |study |medical )?leave|on (vacation|holiday|holidays|pto)|travelling|traveling|off work|away|out)\b.{0,40}\b(until|till|returning|back on|from|through|and will|with (limited|no))/,
      /\b(limited|no|without|intermittent|restricted|sporadic) (access to (my )?(e-?mails?|inbox|messages)|e-?mail access)/,
      /\b(automatic (reply|response)|auto-?reply|autoreply|auto-response)\b/,
      /\b(respond|reply|get back to you|be in touch|answer)\b.{0,40}\b(upon|on|when i|after|once i) (my )?(return|get back|am back|'m back)/,
    ),
    ...w(
      2,
      /\b(back (in the office|at my desk|on)|returning (on|to the office)|i return on)\b/,
      /\b(for (urgent|anything urgent|urgent matters|immediate assistance)|if (this|your (message|email|matter)) is urgent)/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(nicht im buro|abwesend|ausser haus|keinen zugriff auf (meine )?e-?mails|abwesenheitsnotiz|automatische antwort|nicht erreichbar|eingeschrankt erreichbar|im urlaub|in urlaub)\b/,
    ),
    ...w(2, /\b(in dringenden fallen|ab dem .{1,20} wieder|wieder (im buro|erreichbar))/),
  ],
  fr: [
    ...w(
      3,
      /\b(absente? (du bureau )?(jusqu|du|a partir|pour|actuellement)|en conges?|a mon retour|hors du bureau|reponse automatique|je suis actuellement absente?|en vacances|(sans|pas|peu) d?'?acces (a|aux) (mes )?(e-?mails|messages|courriels|mails))/,
    ),
    ...w(2, /\b(en cas d'urgence|pour toute urgence)/),
  ],
  es: [
    ...w(
      3,
      /\b(fuera de la oficina|de vacaciones|a mi (regreso|vuelta)|ausente hasta|respuesta automatica|sin acceso (a mi |al )?(correo|email)|estare (fuera|ausente))/,
    ),
    ...w(2, /\b(para (asuntos )?urgentes|en caso de urgencia|si es urgente)/),
  ],
  nl: [
    ...w(
      3,
      /\b(afwezig|niet op kantoor|met vakantie|buiten kantoor|automatisch antwoord|niet aanwezig)\b/,
    ),
    ...w(2, /\b(voor dringende zaken|weer terug op|ben ik weer)/),
  ],
  it: [
    ...w(3, /\b(fuori (ufficio|sede)|assente (fino|dal|da)|in ferie|risposta automatica)/),
    ...w(2, /\b(per urgenze|al mio rientro)/),
  ],
  pt: [
    ...w(
      3,
      /\b(fora do escritorio|de ferias|ausente (ate|de)|resposta automatica|no meu regresso|sem acesso (ao|a) (e-?mail|correio))/,
    ),
    ...w(2, /\b(para assuntos urgentes|em caso de urgencia)/),
  ],
};

/** A job offer. */
const OFFER: PatternTable = {
  en: [
    ...w(
      3,
      /\b(pleased|delighted|happy|thrilled|excited|glad|honored|honoured) to (formally )?(extend|offer|make) (you )?(an |the |a |our |this )?(formal |written |verbal |official |conditional )?(offer|the position|the role|the job|the post|you the)/,
      /\b(we would like to|we'd like to|i would like to|i'd like to|we want to|we are able to|we're able to|we'd love to|we would love to) (formally )?(offer you|extend (you )?(an|a|the|our) (formal |written |verbal |official )?offer|make you an offer)/,
      /\b(offer of employment|offer letter|formal offer|employment contract|your offer (package|details|letter)|contract of employment|(written|verbal|conditional) offer)\b/,
      /\b(excited|delighted|pleased|happy|thrilled) to welcome you (to|aboard|as|on)\b/,
    ),
    ...w(
      2,
      /\b(welcome (to the team|aboard)|congratulations|(love|like) (for you|you) to join (us|the team))\b/,
      /\b(accept (the|our|this) offer|(sign|countersign) (the|your) (offer|contract))\b/,
    ),
    ...w(
      1,
      /\b(start date|base salary|signing bonus|stock options|annual salary|compensation package)\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(freuen uns|freue mich)( sehr| riesig)?,? (ihnen|dir) .{0,60}(angebot|zusage|anzubieten|anbieten|vertrag|zuzusagen)/,
      /\b(vertragsangebot|vertragsentwurf|arbeitsvertrag|zusage fur die (stelle|position)|jobangebot|stellenangebot an (sie|dich))\b/,
      /\b(mochten|wurden|wollen) (ihnen|dir) (gerne |gern )?(die stelle|die position|ein angebot|einen vertrag) (anbieten|machen|unterbreiten)/,
    ),
    ...w(2, /\b(herzlichen gluckwunsch|willkommen (im team|an bord))\b/),
  ],
  fr: [
    ...w(
      3,
      /\b(heureux|heureuse|ravis?|ravies?|plaisir|joie) de (vous|te) (proposer|offrir|faire (une|part d'une) (proposition|offre))/,
      /\b(proposition d'embauche|promesse d'embauche|proposition de contrat|lettre d'offre|offre d'emploi (ferme|formelle)|contrat de travail)\b/,
    ),
    ...w(2, /\b(felicitations|bienvenue dans l'equipe)\b/),
  ],
  es: [
    ...w(
      3,
      /\b(nos complace|encantados de|nos alegra|tenemos el placer de|es un placer|nos gustaria|queremos) (ofrecerte|ofrecerle|hacerte (una|la) (oferta|propuesta)|hacerle (una|la) (oferta|propuesta))/,
      /\b(carta (de )?oferta|oferta formal|propuesta (economica|de contratacion|formal)|contrato de trabajo)\b/,
      /\bhas sido seleccionad[oa] para (el puesto|la posicion|la vacante|incorporarte)/,
    ),
    ...w(2, /\b(oferta (de trabajo|laboral|de empleo)|enhorabuena|bienvenid[oa] al equipo)\b/),
  ],
  nl: [
    ...w(
      3,
      /\b(bieden|bied) (we |wij |ik )?(je|u|jou) (graag |met plezier |hierbij )?(de|een) (functie|baan|positie|aanbod|arbeidsovereenkomst|contract)/,
      /\b(contractvoorstel|arbeidsvoorwaardenvoorstel|arbeidsovereenkomst|arbeidscontract)\b/,
    ),
    ...w(2, /\b(aanbod|gefeliciteerd|welkom in het team)\b/),
  ],
  it: w(
    3,
    /\b(lieti|felici|piacere) di (offrirti|offrirle|proporti|proporle)/,
    /\b(proposta (di assunzione|contrattuale|di lavoro)|lettera di (offerta|assunzione)|contratto di lavoro)\b/,
  ),
  pt: w(
    3,
    /\b(prazer|felizes|satisfacao|contentes) (de|em) (lhe |te )?(oferecer|oferece-lo|propor|apresentar (uma|a) proposta)/,
    /\b(proposta (de emprego|de trabalho|formal|de contratacao)|carta (de )?oferta|contrato de trabalho)\b/,
  ),
};

/**
 * An offer made in the writer's own words, as founders and managers make it in a reply: "we'd
 * love you to join us as our first data engineer", "on aimerait que tu nous rejoignes", "we
 * willen je graag aannemen", "making it official", "hope it's a yes". Joining a talent
 * community, a newsletter or a call is not joining the company.
 */
const OFFER_IN_OWN_WORDS: PatternTable = {
  en: [
    ...w(
      3,
      /\b(we'd|we would|i'd|i would|we) (really |very much |all )?(love|like|want) (for )?you to join (us|the team|our team|[a-z][\w&.-]*( [a-z][\w&.-]*)?) (as|full[- ]time|in the role|on the team|at)\b(?! (a |an |our |the )?(talent|community|newsletter|webinar|event|call|chat|meetup))/,
      /\b(we|i) (want|would like|'d like) to (hire|bring you on|bring you aboard|have you on board)\b|\bmaking it official\b|\bthe (job|role|position) is yours\b|\bwe want you on (the|our) team\b/,
    ),
    ...w(2, /\b(hope|hoping|fingers crossed) (it's|it is|it'll be|for) a yes\b|\boffer details\b/),
    ...w(1, /\b(equity|vest|vesting|cliff|stock options|base salary|annual salary|bonus)\b/),
  ],
  de: [
    ...w(
      3,
      /\b(mochten|wurden|wollen) (wir |ich )?(dich|sie) (sehr |wirklich )?(gern|gerne) (als [^.!?]{1,60} )?(bei uns |in unserem team |ins team )?(an bord holen|einstellen|ins team holen|im team haben|dabei haben)\b|\b(es ist|jetzt) offiziell\b/,
    ),
    ...w(2, /\b(hoffe|hoffen) auf (ein|dein|ihr) ja\b|\bdie stelle gehort (dir|ihnen)\b/),
    ...w(
      1,
      /\b(fixgehalt|grundgehalt|jahresgehalt|bruttojahresgehalt|virtuelle anteile|vsop|anteile)\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(on|nous) (aimerait|aimerions|voudrait|voudrions|souhaiterait|souhaiterions|souhaite|souhaitons|veut|voulons) (beaucoup |vraiment |tellement )?que (tu|vous) (nous )?rejoign(es|iez|e)\b|\b(c'est|c'est desormais) officiel\b/,
    ),
    ...w(2, /\bj'espere que (ce sera|c'est) un oui\b|\ble poste est a (toi|vous)\b/),
    ...w(1, /\b(salaire (fixe|annuel|brut)|fixe annuel|bspce|stock-options|variable)\b/),
  ],
  es: [
    ...w(
      3,
      /\bnos (encantaria|gustaria) (mucho |muchisimo )?que (te unieras|te incorporaras|formaras parte|te sumaras|se uniera|se incorporara|formara parte|vinieras)\b|\bqueremos (contratarte|ficharte|que te unas|que te incorpores)\b|\bte lo confirmo\b/,
    ),
    ...w(2, /\b(ojala|espero que) sea un si\b|\bel puesto es tuyo\b/),
    ...w(
      1,
      /\b(salario (fijo|bruto|anual)|fijos? (anuales|al ano)|participacion|stock options|equity)\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(we|wij|ik) (willen|zouden|wil) (je|jou|u) (heel )?graag (aannemen|in dienst nemen|aan boord (hebben|halen)|in ons team (hebben|verwelkomen))\b|\bhet is officieel\b/,
    ),
    ...w(2, /\b(hoop|hopen) op een ja\b|\bde (baan|functie) is van jou\b/),
    ...w(1, /\b(bruto (jaar|maand)salaris|jaarsalaris|aandelen|opties|bruto per (jaar|maand))\b/),
  ],
  it: [
    ...w(
      3,
      /\bci (piacerebbe|farebbe piacere) (molto |tantissimo )?(che (tu|lei) )?(entrassi|entrasse|ti unissi|si unisse|facessi parte|facesse parte|venissi|venisse)\b|\b(vorremmo|vogliamo) (assumerti|assumerla|averti nel team|che tu entrassi)\b|\blo rendiamo ufficiale\b/,
    ),
    ...w(2, /\bspero (in|che sia) un si\b|\bil posto e tuo\b/),
    ...w(1, /\b(ral|retribuzione annua|quote|stock option|equity)\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(adorariamos|gostariamos (muito )?|queremos (muito )?) (que )?(voce |tu )?(se juntasse|te juntasses|se juntar|entrasse|entrasses|fizesse parte|fizesses parte|viesse|viesses)\b|\bqueremos (contratar-te|contrata-lo|contrata-la|te contratar|contratar voce)\b|\b(ja )?e oficial ?[:!]/,
    ),
    ...w(2, /\bespero que seja um sim\b|\ba vaga e (sua|tua)\b/),
    ...w(1, /\b(salario (fixo|bruto|mensal|anual)|participacao|stock options|equity)\b/),
  ],
};

/** An invitation to interview, or to the next step of the process. */
const INVITE: PatternTable = {
  en: [
    ...w(
      3,
      /\b(invite|inviting|invitation) (you )?(to|for) (an? |the |our |your )?(?:[\w-]+ ){0,2}(interview|call|chat|conversation|round|meeting|onsite|on-site|stage|assessment|panel|loop|screen|session|visit|coffee)/,
      /\b(like|love|want|keen|happy|pleased|delighted) to (schedule|set up|arrange|book|invite you|move you (forward )?to|have you (back|in|come|meet|interview)|get you in|bring you in|meet you (in person|for|at|next|on)|take you (forward|through))\b/,
      /\b(schedule|set up|arrange|book|organise|organize) (an? |the |your |a time for |some time for |a slot for )?(?:[\w-]+ ){0,2}(interview|call|chat|conversation|meeting|onsite|on-site|session|screen)/,
      /\b(move|moving|advance|advancing|progress|progressing|invite|take|taking) you (forward |on |through )?(to|into) the (next|final|second|third|onsite|on-site|technical) (round|stage|step|interview)/,
      /\b(like|love|happy|pleased|excited) to (move|moving|go|going) (forward|ahead) with (a|an|the|your) (?:[\w-]+ ){0,2}(screen|call|interview|conversation|chat|next step|round|onsite|on-site|assessment)/,
      /\b(what is|what's|please (send|share|let (me|us) know)|could you (send|share|let me know)|can you (send|share|let me know)) (your|a few|some) (availability|available times|times|time slots|slots)/,
      /\blet (me|us) know (your|a few|some|what|which) (availability|times|time slots|slots|days|dates)/,
      /\b(pick|choose|select|book|grab) (a|an|your) (time|slot|date)|\b(booking|scheduling|calendar) link\b|\bcalendly\b/,
      /\b(you('ve| have) been|you are|you're) (shortlisted|short-listed|selected (for|to) (an? |the )?(interview|next))|\binterview (invitation|invite)\b/,
      /\b(earliest|available) (slots?|times?) (i|we) can offer|\bslots? (i|we) can offer|\bsend me a (couple|few) (of )?times\b|\bif neither (works|suits)/,
      /\b(love|like|want) (to have you|you to|for you to) (interview|come in|meet)|\binterview for (it|the role|this role)\b/,
      /\b(are you|would you be) (available|free) (for|to) (a |an )?(?:[\w-]+ ){0,2}(call|chat|interview|conversation|meeting|video|onsite|on-site)/,
      /\bnext step (would be|will be|is) (a|an|to) (?:[\w-]+ ){0,3}(call|interview|chat|conversation|meeting|onsite|on-site|assessment|exercise|challenge|test)/,
      /\b(complete|take|do) (the|a|our|an) (?:[\w-]+ ){0,2}(assessment|challenge|coding test|technical test|exercise|take-home)\b/,
      /\b(reminder|confirm|confirming|confirmation)\b.{0,40}\b(your|the|our) (?:[\w-]+ ){0,2}(interview|call|meeting|onsite|on-site|screen)\b/,
    ),
    ...w(
      2,
      /\b(availability|does .{1,40} work for you|would .{1,40} work for you|are you (available|free)|when (are|would) you (be )?(available|free))/,
      /\b(next (round|step|stage)|second (round|interview)|final (round|interview)|technical (interview|round)|first (interview|call))\b/,
    ),
    // "We won't be inviting you to the next round" is a rejection, and a feedback call is no interview.
    ...w(
      -3,
      /\b(not|won't|will not|unable to|cannot|can't) (be )?(able to )?(invite|inviting|move|moving|advance|advancing|progress|progressing|take|taking) you (forward |on |through |further )?(to|into|for)\b/,
      /\b(not|didn't|don't|won't|can't|unable|cannot|wouldn't|couldn't|isn't|wasn't)\b.{0,50}\bto (invite|move|progress|advance|take|bring) you (forward |on |through |further |back )?(to|into|for)\b/,
      /\b(feedback|debrief) (call|chat|conversation|session)|\b(call|chat) (about|for|to (give|share|discuss|talk through)) (some |the |my )?feedback/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(einladen|einladung|einzuladen) .{0,60}(gesprach|interview|kennenlernen|termin|vorstellungsgesprach|austausch|call|telefonat)/,
      /\b(gesprach|interview|kennenlernen|telefonat|termin|call|videogesprach|videocall|telefongesprach|telefoninterview|videointerview|vorstellungsgesprach|kennenlerngesprach|zweitgesprach|erstgesprach|bewerbungsgesprach)\w* .{0,60}\b(einladen|einzuladen)\b/,
      /\b(mochten|wurden|wollen) (sie|dich) (gerne |gern )?(personlich |naher |besser )?(kennenlernen|kennen lernen|kennenzulernen)/,
    ),
    ...w(
      2,
      /\b(kennenlernen|kennen zu lernen|kennenzulernen|vorstellungsgesprach|zweitgesprach|telefoninterview|videointerview)\b/,
      /\b(passt|passen) (ihnen|dir|es ihnen|es dir)|\b(ihnen|dir) (passen|passt)\b|\bwelche (der folgenden )?termine|\b(terminvorschlag|terminvorschlage|verfugbarkeit|verfugbarkeiten|zeitfenster)\b|\btermin (vereinbaren|finden|ausmachen)/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(vous inviter|t'inviter|invitation|vous convier|te convier) .{0,40}(entretien|echange|rencontre|visio)/,
      /\b(aimerions|souhaiterions|voudrions|souhaitons|aimerais|souhaiterais) (vous|te) (rencontrer|recevoir|proposer un (entretien|echange|rendez-vous))/,
      /\bdisponibilites pour (un|une) (premier |second |nouvel )?(entretien|echange|rendez-vous|appel|visio)/,
      /\b(vous|te) propos(e|ons) (un|une) (premier |premiere |second |seconde |nouvel )?(entretien|echange|rendez-vous|appel|visio|rencontre)/,
    ),
    ...w(
      2,
      /\b(disponibilites|creneau|creneaux)\b/,
      /\b(premier|second|deuxieme|prochain) (entretien|echange)\b/,
    ),
  ],
  es: [
    ...w(
      3,
      /\b(invitarte|invitarle|invitacion|convocarte|convocarle) .{0,40}(entrevista|reunion|conversacion|llamada)/,
      /\bnos gustaria (conocerte|conocerle|invitarte|hablar contigo|tener (una|contigo una) (primera |segunda |breve |nueva )?(entrevista|llamada|reunion|videollamada|charla))/,
      /\b(te proponemos|le proponemos|te propongo|le propongo|proponerte|proponerle|agendar|programar|concertar|organizar|cuadrar|fijar|coordinar) (una|un|la|tu|su) (primera |segunda |breve |nueva |pequena |siguiente |ultima )?(entrevista|llamada|reunion|videollamada|charla|conversacion)\b/,
      /\b(siguiente|proximo) paso (seria|sera|es|consistiria en|consiste en) (una|un|hacer una|tener una) (?:[\w-]+ ){0,2}(entrevista|llamada|reunion|videollamada|charla|prueba)/,
      /\b(pases|pasaras|pasar|avanzar|avances|avanzaras|continuar|continues) a la (siguiente|proxima|segunda|ultima) (fase|etapa|ronda)/,
    ),
    ...w(
      2,
      /\b(disponibilidad|(te|le|os) (viene|vendria|van|vendrian) bien|te encaja)\b/,
      /\b(primera|segunda|siguiente) (entrevista|fase|etapa)\b/,
      /\b(entrevista (tecnica|final|personal|con el equipo)|(elijas|elija|escoge|escojas|reserva|reserves) (el|un|tu) (hueco|horario|dia))\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(uitnodigen|uitnodiging) .{0,40}(gesprek|interview|kennismaking)/,
      /\b(nodigen|nodig) (we |wij |ik )?(je|u) (graag |van harte )?uit\b/,
      /\b(een|het) (eerste |tweede |technisch |technische |kort |korte |online |persoonlijk )?(gesprek|interview|kennismaking|kennismakingsgesprek|videocall|sollicitatiegesprek)\b.{0,30}\b(plannen|inplannen|in te plannen|te plannen|afspreken|organiseren|met je voeren)\b/,
    ),
    ...w(
      2,
      /\b(schikt het|beschikbaarheid|wanneer (kun|ben) je)\b|\b(je|u) (uitkomen|uitkomt|schikken|schikt)\b/,
      /\b(tweede|eerste|vervolg) ?gesprek\b/,
    ),
  ],
  it: [
    ...w(
      3,
      /\b(invitarti|invitarla|invito) .{0,40}(colloquio|intervista|incontro)/,
      /\b(vorremmo|ci piacerebbe) (conoscerti|incontrarti|invitarti|fissare)/,
      /\b(proporti|proporle|fissare|organizzare|programmare|pianificare|fissiamo|organizziamo|ti propongo|le propongo|ti proponiamo|le proponiamo) (un|una|il|lo) (primo |secondo |breve |nuovo |ultimo )?(colloquio|incontro|call|chiamata|videochiamata|intervista)\b/,
    ),
    ...w(
      2,
      /\b(disponibilita|secondo colloquio|primo colloquio|colloquio tecnico)\b|\bquando (saresti|sarebbe|sei|e|potresti|potrebbe) (disponibile|libero|libera)/,
    ),
  ],
  pt: [
    ...w(
      3,
      /\b(convidar|convida-lo|convida-la|convidamos|convite) .{0,40}(entrevista|conversa|reuniao)/,
      /\b(gostariamos|queremos) de (conhece-lo|conhece-la|te conhecer|marcar|agendar)/,
    ),
    ...w(2, /\b(disponibilidade|(agendar|marcar) (uma )?(entrevista|conversa|reuniao))\b/),
  ],
};

/** An interview being moved, not cancelled: "not moving forward with the 2pm slot". */
const RESCHEDULE: PatternTable = {
  en: [
    ...w(
      3,
      /\breschedul/,
      /\b(the|our|that|your) (\d{1,2}(:\d\d)? ?(am|pm)?|morning|afternoon|time|slot|meeting|call|interview) (slot |time )?(no longer works|doesn't work|won't work|needs to move|has to move)/,
      /\b(not|won't be|aren't) (moving|going) (forward|ahead) with the (\d{1,2}(:\d\d)? ?(am|pm)?|morning|afternoon|original|current|planned|scheduled|proposed) ?(slot|time|meeting|call|interview)?/,
      /\b(move|push|shift|bring) (the|our|your) (interview|call|meeting|chat|conversation|session) (to|back|forward)/,
      /\b(need|needs|have|had) to (move|push|shift|postpone|change|cancel|rearrange) (our|the|your|tomorrow's|today's|this|monday's|tuesday's|wednesday's|thursday's|friday's) (?:[\w-]+ ){0,2}(call|interview|meeting|chat|onsite|on-site|session|slot|time)/,
      /\b(could|can) we (do|move to|meet|find another|try|switch to|push|move)\b/,
      /\b(postpone|push back|rearrange) (\w+'s |the |our |your |tomorrow's |today's )?(onsite|on-site|interview|call|meeting|session|chat|loop)/,
      /\b(work|suit you|works for you) instead\b/,
    ),
    ...w(
      2,
      /\b(another|a different|a new) (time|date|slot|day)\b/,
      /\bstill (very much )?(want|like|keen|hope) to (see|meet|talk to|speak with) you/,
    ),
  ],
  de: w(
    3,
    /\b(verschieben|verlegen|neuen termin|anderen termin|umplanen|ausweichtermin)\b/,
    // "das Gesprach auf Freitag legen": a meeting put on another day
    /\b(gesprach|interview|telefonat|termin|treffen|call)\b[^.?!]{0,30}\b(auf|in) [^.?!]{0,25}\b(legen|schieben)\b/,
  ),
  fr: w(
    3,
    /\b(reporter|decaler|deplacer) (l'|notre |votre |le |la )?(entretien|rendez-vous|rdv|echange|appel|visio)|\b(autre|nouveau) creneau/,
  ),
  es: w(
    3,
    /\b(reprogramar|cambiar la (hora|fecha)|(mover|pasar|cambiar) (la|nuestra|tu|su) (entrevista|llamada|reunion|charla)|aplazar|posponer|otro (dia|horario))\b/,
  ),
  nl: w(3, /\b(verzetten|verplaatsen|andere (datum|tijd|dag))\b/),
  it: w(
    3,
    /\b(spostare|rimandare|riprogrammare) (il |l'|la )?(tuo |suo |vostro |nostro |nostra |tua |sua )?(colloquio|incontro|chiamata)/,
  ),
  pt: w(
    3,
    /\b(remarcar|reagendar|adiar|mudar a (data|hora))\b/,
    /\b(passar|mudar|mover) (a |o )?(sua |nossa |tua )?(entrevista|chamada|reuniao|conversa) para\b/,
  ),
};

/** An application acknowledged, not yet judged. */
const ACKNOWLEDGEMENT: PatternTable = {
  en: [
    ...w(
      3,
      /\b((your )?application (was|has been) (successfully )?(sent|delivered|submitted) to|application (successfully )?submitted|(items|documents|materials) (were|have been) sent to)\b/,
      /\b(we|we've|we have|i have|i've) (successfully )?(received|got) your (application|cv|resume|submission)/,
      /\bapplication (has been|was|is) (successfully )?(received|submitted)/,
      /\b(thank you|thanks) for (applying|your application|submitting your application)\b.{0,300}\b(will|shall|'ll) (review|be reviewing|carefully review|get back|be in touch|contact you|reach out|let you know|be in contact)/,
      /\b(currently|now) (under review|reviewing (your|all) applications?)|\b(arrived|landed) safely\b/,
      /\b(are|is|will be) (currently )?(reviewing|going through|looking at) (all |the |your )?(applications|candidates|your application|submissions)\b/,
      /\b(this (email|message|note) (is to )?(confirms?|acknowledges?))|\b(confirm|confirming|acknowledge|acknowledging) (receipt of|that we (have )?received) your/,
      /\b(your )?(application|cv|resume|submission) (has )?(reached us|is now with|has been (passed|forwarded|sent) (on )?to) /,
      /\b(thank you|thanks) for (applying|your application)\b.{0,300}\b(will|shall|'ll) (look through|go through|look over|look at|assess|consider) (it|your)/,
    ),
    ...w(
      2,
      // The application is with someone and being read, said in the present or future.
      /\b(your )?(application|cv|resume|profile|submission|candidacy) (is|will be|is now|is currently) (currently |now )?(being )?(reviewed|assessed|considered|screened|looked at)\b/,
      /\b(your )?(application|cv|resume|submission)( for [^.;!?]{1,80}?)? (has )?(landed|arrived) (with|at|in)\b|\b(thank you|thanks) for (submitting|sending) (your|an|the) (application|cv|resume)\b/,
    ),
    ...w(
      3,
      // A receipt's policy of answering only the shortlist ("if you don't hear from us…").
      /\b(only|unable to|not able to|cannot|can't) (be able to )?(contact|respond to|reply to|get back to|notify|be in touch with) (those |the )?(shortlisted|successful|selected|short-listed) (candidates|applicants)\b|\bonly (shortlisted|successful|selected|short-listed) (candidates|applicants) will be (contacted|notified)\b/,
    ),
    ...w(1, /\bwhat happens next\b|\b(here's|here is) what to expect\b/),
  ],
  de: w(
    3,
    /\b(nur|ausschliesslich) (mit |bei )?(den |die )?(ausgewahlten|erfolgreichen|vorausgewahlten|passenden) (kandidat|bewerber)\w*\b.{0,60}\b(kontakt\w*|melden|zuruck|benachrichtig\w*)\b/,
    /\b(ihre|deine) (bewerbung|unterlagen) (wird|werden) (derzeit |aktuell |nun |jetzt )?(gepruft|gesichtet|bearbeitet)\b/,
    /\b(ihre|deine) bewerbung (wurde|ist) (erfolgreich )?(versendet|versandt|gesendet|ubermittelt|abgeschickt|eingereicht)|\bbewerbung erfolgreich (versendet|versandt|eingereicht|ubermittelt)/,
    /\b(ihre|deine) (bewerbung|unterlagen)\b.{0,40}\b(eingegangen|erhalten)|\b(erhalten|eingegangen) .{0,10}(ihre|deine) (bewerbung|unterlagen)|\beingangsbestatigung|\bbestatigen (den eingang|ihnen den eingang)/,
  ),
  fr: w(
    3,
    /\bseul(e)?s (les )?(candidat|profil)\w* (retenu|preselectionne|selectionne)\w* (seront|sera) (contacte|recontacte)/,
    /\b(votre|ta) candidature (est|sera) (actuellement |desormais )?(en cours d'(examen|etude|analyse)|etudiee|examinee|analysee)\b/,
    /\bcandidature (a (bien )?ete|est bien) (envoyee|transmise|enregistree|soumise)/,
    /\b(bien recu votre (candidature|cv|dossier)|accus\w* (de )?reception|avons bien recu|candidature a bien ete (recue|enregistree|transmise))/,
  ),
  es: w(
    3,
    /\b(solo|solamente|unicamente) (nos pondremos en contacto|contactaremos) con (los|las) (candidat|perfil)\w* (seleccionad|preseleccionad)\w*/,
    /\b(tu|su) (candidatura|solicitud) (ha sido|fue|se ha) (enviada|enviado|registrada|presentada)/,
    /\b(hemos recibido (tu|su) (candidatura|solicitud|cv|curriculum|inscripcion)|acuse de recibo|confirmamos (la recepcion|que hemos recibido)|(tu|su) (candidatura|solicitud) (ha sido|fue) (recibida|registrada))/,
    /\b(gracias|agradecemos) (por|de) (tu|su) (candidatura|solicitud|postulacion)\b.{0,120}\b(la|lo) hemos recibido\b|\b(tu|su) (candidatura|solicitud|perfil) (esta siendo|sera) (revisad|evaluad|analizad)[oa]/,
  ),
  nl: w(
    3,
    /\b(alleen|enkel|uitsluitend) (geselecteerde|geschikte) (kandidaten|sollicitanten) (worden|krijgen) (benaderd|gecontacteerd|bericht)/,
    /\b(je|uw) (sollicitatie|cv) (wordt|zal) (nu |momenteel |binnenkort )?(beoordeeld|bekeken|doorgenomen)\b/,
    /\b(je|uw) sollicitatie is (succesvol )?(verstuurd|verzonden|ingediend)/,
    /\b(we|wij) hebben (je|uw) (sollicitatie|cv) (in goede orde )?ontvangen|\bin goede orde ontvangen|\bontvangstbevestiging/,
  ),
  it: w(
    3,
    /\b(saranno|verranno) contattat[ie] (solo|solamente|esclusivamente|unicamente) i (candidat|profil)\w* (selezionat|in linea|ritenut)/,
    /\bla (tua|sua) candidatura (e|sara|verra) (ora |attualmente )?(in fase di valutazione|valutata|esaminata)\b/,
    /\b(confermiamo|si conferma|conferma) (la )?ricezione|\b(abbiamo|ho) ricevuto (il (tuo|suo) (cv|curriculum)|la (tua|sua) (candidatura|domanda))|\b(candidatura|domanda) (e stata|e) (correttamente )?(ricevuta|registrata|inviata|inoltrata)/,
    /\b(abbiamo ricevuto (la tua|la sua) candidatura|conferma di ricezione)/,
  ),
  pt: w(
    3,
    /\b(apenas|somente|so) (os )?(candidatos|perfis) (selecionados|pre-selecionados|pre selecionados) (serao|vao ser) (contactados|contatados)/,
    /\b(a )?(sua|tua) candidatura (esta|sera) (agora )?(em analise|sendo (analisada|avaliada)|analisada|avaliada)\b/,
    /\b(a sua|sua|a tua) candidatura (foi|esta) (enviada|submetida|registada|registrada)/,
    /\b(recebemos (a sua|sua|a tua) (candidatura|inscricao|cv|curriculo)|confirmamos a (rececao|recepcao)|(candidatura|inscricao)\b.{0,80}\bfoi recebida)/,
    /\b(vamos|vai|iremos|irao|ira) (analisar|avaliar) (o seu|seu|o teu|a sua|sua) (perfil|candidatura|cv|curriculo)/,
  ),
};

// Acknowledgements the table above missed, each kind in the seven languages and written as the
// kind: a receipt said in passing or by a person, the application being read by someone named
// or seen by the employer, an answer promised whatever it is, and the receipt's own caveats
// (too many to answer each, only the shortlist hears back, silence means no) that sound
// negative but decide nothing. A withdrawal the reader made is the opposite: evidence against.

/**
 * A tracking system's word that a referral arrived as an application: "Priya Nair has referred
 * you for the analyst position, and your application is now in our system", "your referral has
 * been submitted", "Anna Berg hat Sie für die Stelle empfohlen". Someone else referred the
 * reader; the writer only records it.
 */
const RECEIPT_OF_REFERRAL: PatternTable = {
  en: [
    ...w(
      3,
      /\byour (application|profile|cv|resume|candidacy|referral) (is|has been) (now )?(in|entered (in|into)|logged (in|into)|registered (in|with)|added to|recorded in) our (system|database|applicant tracking system|ats|records|talent system|careers site)\b|\byour referral (has been|was) (submitted|received|recorded|logged)\b/,
    ),
    ...w(
      2,
      /\b(has|have|had) (referred|recommended|nominated) you (for|to) (the|our|a|an|this|one of our) (?:[\w,&()/-]+ ){0,8}?(position|role|opening|job|vacancy|requisition)\b|\byou were referred (by|for)\b|\b(reviews?|review) referrals first\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(ihre|deine) (bewerbung|empfehlung) (ist|liegt|wurde) (jetzt |nun )?(in unserem system|im system|bei uns im system)( (erfasst|eingegangen|angelegt|hinterlegt))?\b/,
    ),
    ...w(
      2,
      /\b(hat|haben) (sie|dich) (fur|auf) (die|unsere|eine) (stelle|position|rolle|ausschreibung)\b[^.!?]{0,80}\bempfohlen\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(votre|ta) candidature (est|a ete) (bien )?(enregistree|saisie) dans notre (systeme|base|outil)\b/,
    ),
    ...w(2, /\b(vous a|t'a) (recommande|coopte|parraine)e? pour\b/),
  ],
  es: [
    ...w(
      3,
      /\b(tu|su) candidatura (ya )?(esta|consta|figura|ha quedado registrada) en nuestro sistema\b/,
    ),
    ...w(
      2,
      /\b(te|le) ha (recomendado|referido|propuesto) para (el|la|nuestro|nuestra) (puesto|posicion|vacante|rol)\b/,
    ),
  ],
  nl: [
    ...w(3, /\b(je|uw) sollicitatie (staat|is) (nu )?(in ons systeem|geregistreerd)\b/),
    ...w(2, /\bheeft (je|u) (aangedragen|voorgedragen|aanbevolen|doorverwezen) voor\b/),
  ],
  it: [
    ...w(3, /\bla (tua|sua) candidatura (e|risulta) (ora )?(nel nostro sistema|registrata)\b/),
    ...w(2, /\b(ti|la|l')? ?ha (segnalat|raccomandat|referenziat)[oa] per\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(a )?(sua|tua) candidatura (ja )?(esta|consta) (agora )?(no nosso sistema|registrada)\b/,
    ),
    ...w(2, /\b(te |o |a )?indicou (voce |-te )?para (a|o) (vaga|posicao|cargo)\b/),
  ],
};

/**
 * The application arrived, said plainly, informally or by the person who got it; handing it on
 * to the hiring manager is a weaker hint (an invitation often starts that way).
 */
const RECEIPT_SAID: PatternTable = {
  en: [
    ...w(
      3,
      /\b(it|everything|all|your (cv|resume|application|documents)) (has )?(came|come|got|gone) through (fine|ok|okay|safely|correctly|without (a hitch|problems))\b|\b(yes,? )?(all|everything|both) (safely |well )?received\b|\breceived(,)? with thanks\b/,
    ),
    ...w(
      2,
      /\b(i've|i have|we've|we have) (passed|forwarded|sent|shared) (it|your (cv|resume|application|profile|details)) (on )?(to|with)\b|\b(your|the) (application|cv|resume)('s| is) (now )?with (the|our) (hiring manager|hiring team|team|panel)\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(wir haben|ich habe|haben wir|habe ich) (sie|ihre unterlagen|deine unterlagen|ihre bewerbung|deine bewerbung|ihren lebenslauf|deinen lebenslauf) (gut |erfolgreich |vollstandig )?(erhalten|bekommen)\b|\b(ist|sind) (gut|wohlbehalten|vollstandig|erfolgreich) (bei (uns|mir) )?(angekommen|eingegangen)\b/,
    ),
    ...w(
      2,
      /\b(habe|haben) (sie|ihre (bewerbung|unterlagen)|deine (bewerbung|unterlagen)) an (die|den|das) \w+ (weitergeleitet|weitergegeben)\b|\b(liegt|liegen) (jetzt |nun |bereits )?(bei|der) (der|dem) (fachabteilung|fachbereich|hiring manager\w*|teamleitung)\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(on|nous) (l'a|l'avons|les a|les avons) bien recu(e|s|es)?\b|\b(ta|votre) candidature (nous )?est bien (arrivee|parvenue)\b|\b(ta|votre) candidature nous est parvenue\b|\bles (elements|documents|pieces) suivant(e)?s ont ete envoye(e)?s\b/,
    ),
    ...w(2, /\b(j'ai|nous avons) transmis (ta|votre) (candidature|cv|dossier) (a|au|aux)\b/),
  ],
  es: [
    ...w(
      3,
      /\b(tu|su) (candidatura|solicitud|cv|curriculum) (nos )?(ha llegado|llego) (correctamente|bien|sin problemas)\b|\b(la|lo|las|los) (he|hemos) recibido (correctamente|bien|sin problemas)\b/,
    ),
    ...w(
      2,
      /\b(he|hemos) (trasladado|enviado|pasado|reenviado|compartido) (tu|su) (candidatura|cv|curriculum|perfil) (a|al|con)\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(we|wij|ik) (hebben|heb) (hem|het|ze|deze|die) (in goede orde |goed )?ontvangen\b|\b(is|zijn) (goed|in goede orde|veilig) (bij (ons|mij) )?(aangekomen|binnengekomen)\b/,
    ),
    ...w(
      2,
      /\b(ik heb|we hebben|wij hebben) (je|uw) (sollicitatie|cv|profiel|gegevens) (doorgestuurd|doorgezet|gedeeld) (naar|met)\b/,
    ),
  ],
  it: [
    ...w(
      3,
      /\b(l'abbiamo|l'ho|li abbiamo|le abbiamo) ricevut[oaie] (correttamente|senza problemi)?|\b(e|sono) arrivat[oaie] (correttamente|senza problemi)\b|\bricevut[oaie],? grazie\b/,
    ),
    ...w(
      2,
      /\b(ho|abbiamo) (inoltrato|girato|condiviso|passato) (la (tua|sua) candidatura|il (tuo|suo) (cv|curriculum|profilo)) (a|al|alla|con)\b/,
    ),
  ],
  pt: [
    ...w(
      3,
      /\b(acusamos|acusa-se|acusar) (a )?(rececao|recepcao)\b|\b(ja )?(a|o) recebemos\b|\brecebemo-(la|lo)\b|\b(a (sua|tua)|sua|tua) (candidatura|inscricao|cv|curriculo) (chegou|foi recebid[oa]) (bem|corretamente|com sucesso)\b/,
    ),
    ...w(
      2,
      /\b(encaminhei|encaminhamos|reencaminhei|reencaminhamos|enviei|partilhei|compartilhei) (a (sua|tua)|sua|tua|o (seu|teu)|seu) (candidatura|cv|curriculo|perfil) (para|ao|a|com)\b/,
    ),
  ],
};

/** Someone is reading the application now or will shortly: the team, the writer, a named person. */
const REVIEW_UNDER_WAY: PatternTable = {
  en: w(
    2,
    /\b(i'm|i am|we're|we are|i'll be|we'll be|i will be|we will be) (going|looking|reading) through (the |all )?(applications|cvs|resumes|candidates)\b/,
    /\b(our|the) (\w+ )?team (will|is going to|'ll) (review|look at|look through|go through|read|consider) (it|your (application|cv|resume|profile))\b/,
  ),
  de: w(
    2,
    /\b(wir|unser (\w+-)?team) (werden|wird) (ihre|deine|sie|die) (bewerbung |unterlagen )?(sorgfaltig |eingehend |in ruhe |zeitnah )?(prufen|sichten|ansehen|durchsehen)\b/,
  ),
  fr: w(
    2,
    /\b(notre|l') equipe (va|vont) (la|le|les|l') ?(regarder|etudier|examiner|lire|analyser)\b|\b(ton|votre) (dossier|cv|profil|candidature) (va|vont) etre (etudie|examine|analyse|lu)e?s?\b/,
  ),
  es: w(
    2,
    /\b(esta|estamos|esta siendo) (valorando|revisando|evaluando|analizando) (tu|su) (perfil|candidatura|solicitud|cv)\b/,
  ),
  nl: w(
    2,
    /\b(we|wij|ik) (gaan|zullen|ga|zal) (je|uw|hem|het|ze) (sollicitatie |cv |brief )?(?:[a-z]+ ){0,3}(bekijken|beoordelen|doornemen|doorlezen)\b/,
  ),
  it: w(
    2,
    /\b(valutera|valuteremo|esaminera|esamineremo|leggera|leggeremo) (con attenzione |attentamente )?(il (tuo|suo) (cv|curriculum|profilo)|la (tua|sua) candidatura)\b/,
  ),
  pt: w(
    2,
    /\b(estamos|esta|vamos estar) (a )?(analisar|avaliar|analisando|avaliando) (o (seu|teu)|seu|a (sua|tua)|sua) (perfil|candidatura|cv|curriculo)\b/,
  ),
};

/** An answer promised later, whatever it is: nothing is decided yet. */
const OUTCOME_PROMISED: PatternTable = {
  en: w(
    2,
    /\b(whatever the (outcome|decision|result)|(i'll|we'll|i will|we will) be in touch either way|either way,? (i'll|we'll|i will|we will) (let you know|be in touch|get back to you))\b/,
    /\b(i'll|we'll|i will|we will) (update you|let you know|get back to you|come back to you) (as soon as|once|when) (i|we) (hear|have (any )?(news|an update|an answer)|know more)\b/,
  ),
  de: w(
    2,
    /\b(in jedem fall|so oder so|unabhangig vom ergebnis|wie auch immer (die entscheidung|es) ausfallt)\b.{0,40}\b(melden|ruckmeldung|bescheid)\b|\b(melden|meldet) (uns|mich|sich)( bei (ihnen|dir))?,? sobald (wir|ich|es) (neuigkeiten|mehr (weiss|wissen)|etwas (neues )?(weiss|wissen))\b/,
  ),
  fr: w(
    2,
    /\bque la reponse soit positive ou (non|negative)\b|\bquelle que soit (la reponse|l'issue|la decision)\b|\b(on|nous) (reviendra|reviendrons) vers (toi|vous) (des que|quand|dans tous les cas)\b/,
  ),
  es: w(
    2,
    /\b(te|le|os|les) (avisaremos|informaremos|diremos algo|contactaremos) (en cuanto|cuando|tan pronto como) (haya|tengamos) (novedades|noticias|una respuesta)\b|\bsea cual sea (el resultado|la respuesta|la decision)\b/,
  ),
  nl: w(
    2,
    /\b(hoe dan ook|wat de uitkomst ook is|in beide gevallen)\b.{0,40}\b(laten (we|wij|ik) (je|u) (iets )?weten|horen (je|jij|u) van (ons|mij))\b|\bzodra (we|wij|ik) (meer )?(nieuws|weten)\b/,
  ),
  it: w(
    2,
    /\bqualunque sia (l'esito|la risposta|la decisione)\b|\b(ti|le|vi) (faremo sapere|aggiorneremo|daremo (un )?riscontro) (non appena|appena|quando) (avremo|ci saranno) (novita|aggiornamenti|notizie)\b/,
  ),
  pt: w(
    2,
    /\b(qualquer que seja|seja qual for) (o resultado|a resposta|a decisao)\b|\b(daremos|daremos um|entraremos em) (noticias|retorno|feedback|contacto|contato) (assim que|quando|logo que) (tivermos|houver) (novidades|noticias|uma resposta)\b/,
  ),
};

/**
 * A receipt's caveats: too many applications to answer each one, only the shortlist hears back,
 * and silence after a while means no. They sound like a "no" and decide nothing. The last
 * pattern of each language is the kind said loosely: not able, then answering, then everyone
 * ("can't always get back to everyone", "non riuscire a rispondere a tutti"), in either order.
 */
const RECEIPT_CAVEATS: PatternTable = {
  en: w(
    3,
    /\b(not be able to|unable to|cannot|can't|may not|might not|won't be able to) (personally |individually )?(respond|reply|answer|get back) to (every|each|all) (applicant|application|candidate|submission)s?\b|\b(respond|reply) to (every|each) (applicant|application|candidate) (individually|personally)\b/,
    /\bif you (have not|haven't|do not|don't|did not|didn't) (heard|hear) (back )?(from us )?(within|in|by|after) [^.;!?]{1,40}\b(assume|consider|presume|take it)\b/,
    /\b(can't|cannot|can not|unable to|not able to|not possible to|impossible to|won't be able to)\b[^.;!?]{0,40}\b((respond|reply|replies|answer|get back|write back|responses)\b[^.;!?]{0,30}\b(everyone|everybody|every (applicant|candidate|application|one|person)|each (applicant|candidate|application|one|person)|all (applicants|candidates|applications))|(everyone|everybody|every (applicant|candidate|application)|each (applicant|candidate|application)|all (applicants|candidates|applications))\b[^.;!?]{0,30}\b(respond|reply|replies|answer|get back|write back|responses))\b/,
  ),
  de: w(
    3,
    /\b(nicht (jede|allen|alle) (bewerbung|bewerber|bewerberin|bewerbenden|zuschrift)\w* (einzeln|individuell|personlich) (beantworten|antworten|zuruckmelden))\b|\bvon (ruckfragen|nachfragen) (zum (aktuellen )?(bearbeitungsstand|stand))? ?abzusehen\b/,
    /\b(sollten|falls|wenn) (sie|du) (innerhalb|binnen|in den nachsten) [^.;!?]{1,40}\b(nichts|keine (nachricht|ruckmeldung|antwort)) (von uns )?(horen|gehort|erhalten)\b/,
    /\b(nicht|unmoglich)\b[^.;!?]{0,40}\b((antworten|beantworten|zuruckmelden|ruckmeldung|antwort)\w*\b[^.;!?]{0,30}\b(jede[nrms]?|jedem|allen?)\b|(jede[nrms]?|jedem|allen?)\b[^.;!?]{0,30}\b(antworten|beantworten|zuruckmelden|ruckmeldung|antwort))/,
  ),
  fr: w(
    3,
    /\b(ne (pouvons|pourrons) pas|dans l'impossibilite de) repondre (individuellement|personnellement|a (chaque|toutes les|tous les)) ?(candidature|candidat)?/,
    /\b(sans (nouvelles|reponse|retour) de (notre|ma) part|en l'absence de (reponse|retour|nouvelles))\b[^.;!?]{0,60}\b(considerer|estimer|comprendre)\b/,
    /\b(ne (pouvons|pourrons|sommes|pouvant)|pas (en mesure|possible|toujours)|impossible|dans l'impossibilite)\b[^.;!?]{0,40}\b((repondre|reponse|revenir vers)\b[^.;!?]{0,30}\b(chaque|tous|toutes|chacun\w*)\b|(chaque|tous|toutes|chacun\w*)\b[^.;!?]{0,30}\b(repondre|reponse|revenir vers))/,
  ),
  es: w(
    3,
    /\bno (podemos|podremos|nos es posible) (responder|contestar) (individualmente|personalmente|a (cada|todas las|todos los)) ?(candidatura|solicitud|candidato)?/,
    /\bsi (no (has|ha) recibido|no recibes|no recibe) (noticias|respuesta|ninguna respuesta|novedades)\b[^.;!?]{0,60}\b(entiende|considera|entienda|considere|da por|de por)\b/,
    /\b(no (podemos|podremos|poder|es posible|nos es posible|siempre)|imposible)\b[^.;!?]{0,40}\b((responder|contestar|respuesta)\b[^.;!?]{0,30}\b(cada|todos|todas|todo el mundo)\b|(cada|todos|todas)\b[^.;!?]{0,30}\b(responder|contestar|respuesta))/,
  ),
  nl: w(
    3,
    /\bniet (iedereen|(elke|iedere) (sollicitant|sollicitatie|kandidaat|reactie)|alle (sollicitanten|sollicitaties|kandidaten|reacties)) (persoonlijk|individueel) (te )?(beantwoorden|antwoorden|reageren|berichten)\b/,
    /\b(als|indien|mocht) (je|u) binnen [^.;!?]{1,40}\b(niets|geen (bericht|reactie|antwoord)) (van ons )?(hoort|hebt gehoord|heeft gehoord|ontvangt|ontvangen)\b/,
    /\b(niet|onmogelijk)\b[^.;!?]{0,40}\b((beantwoorden|antwoorden|reageren|te woord|terugkoppeling|reactie)\b[^.;!?]{0,30}\b(iedereen|iedere?|elke?|alle)\b|(iedereen|iedere?|elke?|alle)\b[^.;!?]{0,30}\b(beantwoorden|antwoorden|reageren|te woord|terugkoppeling|reactie))/,
  ),
  it: w(
    3,
    /\bnon (possiamo|potremo|saremo in grado di|ci e possibile) rispondere (a tutti|a ciascun\w*|individualmente|singolarmente|personalmente)\b/,
    /\b(in assenza di|in mancanza di|senza) (nostre notizie|nostro riscontro|riscontro|risposta|ricontatto)\b[^.;!?]{0,60}\b(considerare|ritenere|intendere)\b/,
    /\b(non|impossibile)\b[^.;!?]{0,40}\b((rispondere|risposta|riscontro)\b[^.;!?]{0,30}\b(tutti|tutte|ciascun\w*|ognuno|ogni)\b|(tutti|tutte|ciascun\w*|ognuno|ogni)\b[^.;!?]{0,30}\b(rispondere|risposta|riscontro))/,
  ),
  pt: w(
    3,
    /\bnao (podemos|conseguimos|poderemos|conseguiremos|e possivel) responder (a todos|a todas|individualmente|pessoalmente|a cada)\b/,
    /\b(caso nao|se nao) (receba|recebas|tiver|tenha|houver) (noticias|resposta|contacto|contato|retorno)\b[^.;!?]{0,60}\b(considere|consideres|entenda|entendas|assuma)\b/,
    /\b(nao|impossivel)\b[^.;!?]{0,40}\b((responder|resposta|retorno)\b[^.;!?]{0,30}\b(todos|todas|cada)\b|(todos|todas|cada)\b[^.;!?]{0,30}\b(responder|resposta|retorno))/,
  ),
};

/** The employer opened or saw the application: it is being read, nothing is decided. */
const APPLICATION_SEEN: PatternTable = {
  en: w(
    3,
    /\b(viewed|opened|looked at) your application\b|\byour application (was|has been) (viewed|opened|seen)\b/,
  ),
  de: w(
    3,
    /\b(ihre|deine) bewerbung wurde (von [^.;!?]{1,40} )?(angesehen|aufgerufen|geoffnet|gesichtet)\b|\bhat (ihre|deine) bewerbung (angesehen|aufgerufen|geoffnet)\b/,
  ),
  fr: w(
    3,
    /\b(votre|ta) candidature a ete (consultee|vue|ouverte|lue)\b|\ba (consulte|ouvert|vu) (votre|ta) candidature\b/,
  ),
  es: w(
    3,
    /\b(tu|su) (candidatura|solicitud) (ha sido|fue) (vista|consultada|abierta|leida)\b|\b(ha|han) (visto|consultado|abierto) (tu|su) (candidatura|solicitud)\b/,
  ),
  nl: w(
    3,
    /\b(je|uw) sollicitatie (is|werd) (bekeken|geopend|ingezien|gelezen)\b|\bheeft (je|uw) sollicitatie (bekeken|geopend|ingezien)\b/,
  ),
  it: w(
    3,
    /\bla (tua|sua) candidatura e stata (visualizzata|vista|aperta|letta)\b|\bha (visualizzato|visto|aperto) la (tua|sua) candidatura\b/,
  ),
  pt: w(
    3,
    /\b(a (sua|tua)|sua|tua) candidatura foi (visualizada|vista|aberta|lida)\b|\b(visualizou|viu|abriu) (a (sua|tua)|sua|tua) candidatura\b/,
  ),
};

/** A portal's status line that says the application is being reviewed ("Status: Under review"). */
export const STATUS_UNDER_REVIEW = String.raw`(in review|under review|being reviewed|in prufung|in bearbeitung|in sichtung|en cours d'(examen|etude|analyse|evaluation)|en cours de traitement|en revision|en evaluacion|en estudio|in behandeling|in beoordeling|in valutazione|in revisione|em analise|em avaliacao|em revisao)\b`;
const REVIEW_STATUS: PatternTable = {
  en: w(3, new RegExp(`${STATUS_LINE_LEAD}${STATUS_UNDER_REVIEW}`)),
};

/** The reader withdrew: a confirmation of their own step, not an employer's receipt. */
const WITHDRAWAL_CONFIRMED: readonly [LanguageCode, RegExp][] = [
  [
    "en",
    /\b(you (have )?withdrawn|you withdrew|your (application|candidacy) (has been|was) withdrawn (at your request|as you (asked|requested))|withdrawn at your request)\b|\bat your (own )?request\b[^.;!?]{0,40}\bwithdrawn\b/,
  ],
  [
    "de",
    /\b(sie haben|du hast) (ihre|deine) bewerbung\b[^.;!?]{0,60}\bzuruckgezogen\b|\bdass (sie|du) (ihre|deine) bewerbung\b[^.;!?]{0,40}\bzuruckgezogen (haben|hast)\b|\bauf (ihren|deinen) (eigenen )?wunsch\b[^.;!?]{0,40}\bzuruckgezogen\b/,
  ],
  [
    "fr",
    /\b(vous avez|tu as) (retire|annule) (votre|ta) candidature\b|\bretiree a (votre|ta) demande\b|\ba (votre|ta) (propre )?demande\b[^.;!?]{0,40}\b(retiree|annulee)\b/,
  ],
  [
    "es",
    /\b(has|ha) (retirado|cancelado) (tu|su) (candidatura|solicitud)\b|\bretirada a (tu|su) peticion\b|\ba ((tu|su) (peticion|pedido)|peticion (tuya|suya))\b[^.;!?]{0,40}\b(retirad|cancelad)[oa]\b/,
  ],
  [
    "nl",
    /\b(je hebt|u heeft|u hebt) (je|uw) sollicitatie (ingetrokken|teruggetrokken)\b|\b(je|u) (je|uw) sollicitatie (hebt|heeft) (ingetrokken|teruggetrokken)\b|\bop (je|jouw|uw) (eigen )?verzoek\b[^.;!?]{0,20}\b(ingetrokken|teruggetrokken)\b/,
  ],
  [
    "it",
    /\b(hai|ha) ritirato la (tua|sua) candidatura\b|\britirata su (tua|sua) richiesta\b|\bsu (tua|sua) richiesta\b[^.;!?]{0,40}\britirat[ao]\b/,
  ],
  [
    "pt",
    /\b(retirou|retiraste|cancelou) (a (sua|tua)|sua|tua) candidatura\b|\bretirada a (seu|teu) pedido\b|\ba (seu|teu) pedido\b[^.;!?]{0,40}\b(retirad|cancelad)[ao]\b/,
  ],
];
const byLanguage = (weight: number, entries: readonly [LanguageCode, RegExp][]): PatternTable =>
  Object.fromEntries(entries.map(([language, pattern]) => [language, w(weight, pattern)]));
const WITHDRAWAL_AGAINST_RECEIPT = byLanguage(-3, WITHDRAWAL_CONFIRMED);
const WITHDRAWAL_ACTIVITY = byLanguage(3, WITHDRAWAL_CONFIRMED);

/**
 * A portal's passive word that the application went on to the people who choose ("your
 * application has been referred to the hiring manager", "wurde an die Fachabteilung
 * weitergeleitet"): the application is still being read, not decided and not an invitation.
 */
const REFERRED_ON: PatternTable = {
  en: w(
    3,
    /\b(application|candidacy|profile|resume|cv|you) (has|have|was|were) (been )?(referred|forwarded|passed on|sent on) to the (hiring|selecting|selection) (manager|official|panel|committee|team)s?\b|\bbeing referred (means|does not mean)\b/,
  ),
  de: w(
    3,
    /\b(bewerbung|unterlagen|profil) (wurde|wurden|ist|sind) (nun |jetzt )?an (die|den|das) (zustandige[nr]? )?(fachabteilung|fachbereich|hiring manager|auswahlgremium|auswahlkommission|fuhrungskraft|personalverantwortliche[nr]?) weitergeleitet\b/,
  ),
  fr: w(
    3,
    /\b(candidature|dossier|profil|cv) (a ete|est) (transmise?|transferee?|envoyee?) (au|a la|aux) (manager|responsable|recruteur|service|equipe|comite|jury|hiring manager)/,
  ),
  es: w(
    3,
    /\b(candidatura|solicitud|perfil|cv) (ha sido|fue|se ha) (remitid|trasladad|enviad|derivad|transferid)[oa] (al|a la|a los) (responsable|gerente|hiring manager|equipo|comite|area|departamento|tribunal)/,
  ),
  nl: w(
    3,
    /\b(sollicitatie|cv|profiel) (is|werd) (doorgestuurd|doorgezet|doorgegeven) (naar|aan) de (hiring manager|manager|afdeling|leidinggevende|selectiecommissie)/,
  ),
  it: w(
    3,
    /\b(candidatura|cv|profilo) (e stat[oa]|e) (inoltrat|trasmess|inviat)[oa] (al|alla|ai) (responsabile|hiring manager|manager|team|reparto|commissione)/,
  ),
  pt: w(
    3,
    /\b(candidatura|cv|perfil) (foi|esta) (encaminhad|enviad|reencaminhad|transferid)[oa] (ao|a|para o|para a) (gestor|responsavel|hiring manager|gerente|equipa|equipe|area|departamento|comite|banca)/,
  ),
};

/** Job alerts, newsletters and other bulk mail. */
const BULK: PatternTable = {
  en: [
    ...w(
      3,
      /\b\d+ new (?:[\w-]+ ){0,3}(jobs|roles|positions|openings)\b/,
      /\b(job alerts?|new jobs (for you|matching|that match)|jobs you (may|might) (like|be interested)|recommended (jobs|roles) for you|jobs matching your|newsletter|(weekly|daily) (roundup|round-up|digest))\b/,
      /\b(in (this|today's|this week's) (issue|edition)|read the (full|whole) (issue|edition|article|story)|(this week's|our latest) (issue|edition))\b/,
    ),
    ...w(
      2,
      /\b(unsubscribe|manage (your )?(alerts|email preferences|subscriptions|notifications)|email preferences|(you're|you are) receiving this( email| message)? because|you('re| are) subscribed)/,
    ),
    ...w(1, /\bview (this email |it )?in (your )?browser\b/),
  ],
  de: w(
    3,
    /\b(stellenangebote fur (sie|dich)|jobs fur dich|neue jobs|jobalarm|job-alarm|newsletter abbestellen|abmelden|abbestellen)\b/,
  ),
  fr: w(
    3,
    /\b(alerte emploi|offres (d'emploi )?(qui pourraient vous interesser|pour vous)|se desabonner|desinscri|desabonn)/,
  ),
  es: w(
    3,
    /\b(alerta de empleo|ofertas (de empleo )?(para ti|que te pueden interesar)|darse de baja|darte de baja|cancelar (la )?suscripcion)/,
  ),
  nl: w(3, /\b(vacature-?alert|nieuwe vacatures|afmelden|uitschrijven)\b/),
  it: w(3, /\b(annunci per te|disiscriviti|cancella l'iscrizione)\b/),
  pt: w(3, /\b(alerta de vagas|vagas para voce|cancelar inscricao|descadastr)/),
};

/** A recruiter writing out of the blue: not about an application the candidate made. */
const OUTREACH: PatternTable = {
  en: [
    ...w(
      2,
      // A recruiter introducing themselves by trade, a name between or not.
      /\b(i'm|i am|my name is [a-z]+,? (and )?i'm) ([a-z]+,? )?(a |an )?(senior |principal |lead |executive |tech(nical)? )?(recruiter|headhunter|talent (partner|consultant|scout)|recruitment consultant|search consultant)\b/,
    ),
    ...w(
      3,
      /\b(came across|found|saw|was impressed by|stumbled upon|looked at|reviewed) your (profile|linkedin|github|background|cv|work|portfolio)/,
      /\b(would you be|are you|might you be) (open|interested) (to|in) (a |exploring |hearing|learning|new|discussing|a quick|a chat|chatting|talking)/,
    ),
    ...w(
      2,
      /\b(i'm|i am) (a recruiter|reaching out|working with|partnering with|hiring for)|\bmy client\b|\bclient of mine\b/,
      /\b(exciting|new|interesting) (opportunity|role|position) (that|which|at|with)\b/,
      /\b(open to (a |new |hearing about |exploring )?(opportunit|roles?|conversation|chat)|(quick|short|brief|informal) (chat|call|conversation) (about|to discuss) (a|an|the|this) (new |exciting |senior |lead )?(role|opportunity|position)|(we're|we are|i'm|i am) (building|growing|scaling) (a|the|our) (team|engineering team)|in stealth|headhunt)/,
    ),
    ...w(
      3,
      /\b((i'm|i am|we're|we are) (currently )?(recruiting|hiring|working on (a|an|the) (role|position|search|brief|mandate)) for (a|an|my|our|one of)|on behalf of (a|my|our|one of (my|our)) clients?|(are|were) you (currently )?(open to|considering|thinking about) (a )?(new|a) (move|role|opportunit|challenge|change))/,
    ),
    ...w(
      2,
      /\b(no strings attached|(informal|exploratory|no-pressure|no pressure) (chat|call|conversation)|not sure (if|whether) you('re| are) (open|looking)|(open|looking) to (a )?(move|change|new challenge))\b/,
    ),
  ],
  de: [
    ...w(
      2,
      /\b(ich bin|mein name ist [a-z]+,? ich bin) ([a-z]+,? )?(senior )?(recruiter|personalberater|headhunter|berater)\w*/,
    ),
    ...w(
      3,
      /\b(ihr profil|dein profil) (auf|bei) (linkedin|xing)|\bauf (linkedin|xing) (gefunden|gesehen|aufmerksam)/,
    ),
    ...w(
      2,
      /\b(ich bin (recruiter|personalberater|headhunter)\w*|mein(em)? (kunde|mandant)\w*|eine (spannende|interessante) (position|stelle|moglichkeit|vakanz)|(waren|warst) (sie|du) (offen|interessiert) fur)\b/,
    ),
    ...w(
      3,
      /\b(auf (dich|sie) aufmerksam geworden|im auftrag (meines|unseres|eines) (kunden|mandanten)|(unterstutze|begleite|berate) .{0,60}\bbei der (besetzung|suche)|offen fur (eine )?(neue|berufliche) (herausforderung|veranderung|perspektive)|wechselbereit)/,
    ),
    ...w(2, /\b(unverbindlich\w*|lust auf ein (kurzes )?(gesprach|telefonat|kennenlernen))\b/),
  ],
  fr: [
    ...w(
      2,
      /\b(je suis|je m'appelle [a-z]+,? (et )?je suis) ([a-z]+,? )?(recruteur|recruteuse|chasseur de tetes|consultante?|chargee? de recrutement)\b/,
    ),
    ...w(3, /\bvotre profil (sur|a retenu) (linkedin|notre attention)/),
    ...w(
      2,
      /\b(je me permets de vous contacter|je suis (recruteur|recruteuse|chasseur de tetes|consultante?)|mon client|un de mes clients|une opportunite qui pourrait vous (interesser|correspondre)|seriez-vous (ouverte?|interessee?|disponible pour (echanger|en discuter)))\b/,
    ),
    ...w(
      3,
      /\b(j'ai (vu|remarque|decouvert) (votre|ton) profil|pour le compte (de mon|d'un|de notre) client|je recrute (actuellement )?pour|ouverte? a (de nouvelles|une nouvelle) (opportunites?|aventure|challenge))/,
    ),
    ...w(2, /\b(sans engagement|echange informel|appel informel)\b/),
  ],
  es: [
    ...w(
      2,
      /\b(soy|me llamo [a-z]+,? (y )?soy) ([a-z]+,? )?(recruiter|reclutador|reclutadora|headhunter|consultor|consultora)\b/,
    ),
    ...w(3, /\b(tu|su) perfil en linkedin|\bvi tu perfil\b/),
    ...w(
      2,
      /\b(me pongo en contacto contigo|soy (recruiter|reclutadora?|headhunter|consultora?)|mi cliente|uno de mis clientes|una oportunidad que (te|le) puede interesar|(te|le) interesaria (explorar|conocer|hablar))\b/,
    ),
    ...w(
      3,
      /\b(he visto (tu|su) perfil|(trabajando|trabajo) en una (posicion|vacante|busqueda|oportunidad) .{0,60}\bpara un cliente|para un cliente (del sector|de)|en nombre de (un|mi|nuestro) cliente|(abierto|abierta|abierto\/a) a (cambios|nuevas oportunidades|escuchar))/,
    ),
    ...w(2, /\b(sin compromiso|llamada informal|charla informal|te cuento mas)\b/),
  ],
  nl: [
    ...w(
      2,
      /\b(ik ben|mijn naam is [a-z]+,? (en )?ik ben) ([a-z]+,? )?(recruiter|headhunter|consultant|wervingsconsultant)\b/,
    ),
    ...w(
      3,
      /\b(ik kwam (je|uw) profiel tegen|namens (mijn|onze|een) (klant|opdrachtgever)|sta je open voor (een )?(nieuwe|andere) (uitdaging|stap|baan))/,
    ),
    ...w(2, /\b(vrijblijvend\w*|informeel gesprek)\b/),
    ...w(
      2,
      /\b(je profiel (op linkedin|viel me op)|mijn klant|een (mooie|interessante|leuke) (functie|vacature|kans) (bij|voor)|sta je open voor)\b/,
    ),
  ],
  it: [
    ...w(
      2,
      /\b(sono|mi chiamo [a-z]+,? (e )?sono) ([a-z]+,? )?(recruiter|headhunter|consulente|selezionatore|selezionatrice)\b/,
      /\bmi permetto di (contattarti|contattarla|scriverti|scriverle)\b/,
      /\b(sto seguendo|seguo|gestisco|sto gestendo) una ricerca per\b|\bper (un|una) (nostr[oa]|mi[oa]) client/,
    ),
    ...w(
      3,
      /\b(ho (visto|notato) il (tuo|suo) profilo|per conto di (un|un mio|un nostro) cliente|(aperto|aperta) a nuove (opportunita|sfide|proposte))/,
    ),
    ...w(2, /\b(senza impegno|chiacchierata informale)\b/),
    ...w(
      2,
      /\b(il (tuo|suo) profilo (su linkedin|mi ha colpito)|un mio cliente|il mio cliente|un'opportunita che potrebbe (interessarti|interessarle)|saresti (aperto|aperta|interessato|interessata))\b/,
    ),
  ],
  pt: [
    ...w(
      2,
      /\b(sou|meu nome e [a-z]+,? (e )?sou) ([a-z]+,? )?(recrutador|recrutadora|headhunter|consultor|consultora)\b/,
      /\bvi (o )?(seu|teu) perfil\b|\b(estou conduzindo|conduzo) um processo (para|de)\b/,
    ),
    ...w(
      3,
      /\b(vi o (seu|teu) perfil|em nome de (um|uma) (cliente|empresa cliente)|(aberto|aberta) a novas (oportunidades|propostas|desafios))/,
    ),
    ...w(2, /\b(sem compromisso|conversa informal)\b/),
    ...w(
      2,
      /\b(o (seu|teu) perfil (no linkedin|chamou)|meu cliente|o meu cliente|uma oportunidade que pode (te|lhe) interessar|estaria (aberto|aberta|interessado|interessada))\b/,
    ),
  ],
};

/** No decision yet: "we're still interviewing", "it's taking longer than expected". */
const PENDING: PatternTable = {
  en: w(
    3,
    /\bstill (interviewing|deciding|reviewing|considering|meeting|speaking|talking|finalising|finalizing|working through|in the (process|middle))\b/,
    /\b(haven't|have not|hasn't|has not) (yet )?(made|reached|taken) (a|our|the|any) (final )?decision\b/,
    /\b(we're|we are|we'll be|we will be|i'm|i am) (meeting|speaking (to|with)|interviewing|seeing) (a few|two|three|several|some|the other|other) (more |other |remaining )?(people|candidates|applicants|finalists)\b/,
    /\b(taking longer than (expected|planned|anticipated|hoped)|decision (is|has been) (taking|delayed)|(expect|hope|aim|plan) to (make|reach|have) (a|our|the) (final )?decision)\b/,
  ),
  de: w(
    3,
    /\bnoch (keine|nicht) (entscheidung|entschieden|getroffen)|\b(entscheidung|prozess|auswahl)\w* (dauert|verzogert)|\bdauert .{0,40}\blanger\b/,
  ),
  fr: w(
    3,
    /\bpas encore (pris|de decision|decide)|\b(decision|processus) prend (plus de temps|du retard)|\btoujours en cours\b/,
  ),
  es: w(
    3,
    /\b(aun|todavia) no (hemos tomado|tenemos|hemos decidido)|\bsigue en curso|\besta tardando (mas|un poco)/,
  ),
};

/** Account and data housekeeping from a portal: sign-in codes, passwords, data retention. */
const ACCOUNT: PatternTable = {
  en: w(
    3,
    /\b(verification code|one-time (pass)?code|security code|verify your (email|account|address|identity)|confirm your (email|account|address)|reset your password|password (reset|change|was changed|has been (changed|reset))|(your |an )?account (has been|was) (created|activated|set up|verified|locked|deactivated)|activate your account|(create|created|creating) (an|your) account|sign-?in (attempt|link|code)|log-?in (attempt|link|code)|two-factor|2fa|(we will|we'll|will be|to) (delete|erase|remove|anonymi[sz]e) (your|all) (personal )?(data|information|profile|account)|data retention|(personal )?data (will be|has been|is) (deleted|erased|removed|anonymi[sz]ed|retained|kept|stored)|privacy (notice|policy) (has been )?updated)\b/,
  ),
  de: w(
    3,
    /\b(bestatigungscode|verifizierungscode|sicherheitscode|passwort (zurucksetzen|geandert|vergessen)|(ihr|dein) konto (wurde|ist) (erstellt|angelegt|aktiviert|gesperrt)|konto (aktivieren|bestatigen)|e-mail-adresse (bestatigen|verifizieren)|(daten|bewerbungsdaten|unterlagen) (werden|wurden) .{0,40}(geloscht|anonymisiert)|datenschutz\w* (hinweis|information|erklarung))\b/,
  ),
  fr: w(
    3,
    /\b(code de (verification|confirmation|securite)|reinitialis\w* (votre |de votre )?mot de passe|mot de passe (oublie|modifie|reinitialise)|(votre|ton) compte (a ete|est) (cree|active|verrouille)|activer (votre|ton) compte|confirmer (votre|ton) (adresse|e-mail|email)|(vos|tes) donnees (personnelles )?(seront|ont ete) (supprimees|effacees|anonymisees|conservees))\b/,
  ),
  es: w(
    3,
    /\b(codigo de (verificacion|confirmacion|seguridad)|restablecer (tu|su) contrasena|contrasena (olvidada|cambiada|restablecida)|(tu|su) cuenta (ha sido|fue|esta) (creada|activada|bloqueada)|activa (tu|su) cuenta|verifica (tu|su) (correo|cuenta|email)|(tus|sus) datos (personales )?(seran|han sido) (eliminados|borrados|anonimizados|conservados))\b/,
  ),
  nl: w(
    3,
    /\b(verificatiecode|bevestigingscode|wachtwoord (opnieuw instellen|herstellen|gewijzigd|vergeten)|(je|uw) account (is|werd) (aangemaakt|geactiveerd|geblokkeerd)|activeer (je|uw) account|bevestig (je|uw) (e-?mail|account)|(je|uw) (persoons)?gegevens (worden|zijn) .{0,30}(verwijderd|gewist|geanonimiseerd|bewaard))\b/,
  ),
  it: w(
    3,
    /\b(codice di (verifica|conferma|sicurezza)|reimposta\w* (la )?password|password (dimenticata|modificata|reimpostata)|(il tuo|il suo) account (e stato|e) (creato|attivato|bloccato)|attiva (il tuo|il suo) account|conferma (il tuo|il suo) (indirizzo|email|account)|(i tuoi|i suoi) dati (personali )?(saranno|sono stati) (cancellati|eliminati|anonimizzati|conservati))\b/,
  ),
  pt: w(
    3,
    /\b(codigo de (verificacao|confirmacao|seguranca)|redefini\w* (a |sua |a sua )?senha|senha (esquecida|alterada|redefinida)|(a sua|sua|a tua) conta (foi|esta) (criada|ativada|bloqueada)|ative (a sua|sua) conta|confirme (o seu|seu) (e-?mail|endereco)|(os seus|seus) dados (pessoais )?(serao|foram) (eliminados|apagados|excluidos|anonimizados|conservados))\b/,
  ),
};

/** An event the reader is invited to attend: a webinar, a fair, an open house, a meetup. */
const EVENT: PatternTable = {
  en: [
    ...w(
      3,
      /\b(webinar|career fair|job fair|careers? fair|hiring event|recruiting event|open house|open day|info(rmation)? session|meetup|meet-up|hackathon|networking (event|evening|night|drinks)|conference(?! (call|room|line|bridge|link|id))|summit|after-?work|happy hour|drinks (evening|night)|(register|registration|rsvp|save your (seat|spot)|reserve your (seat|spot)|claim your (seat|spot|ticket)))\b/,
    ),
    ...w(1, /\b(join us (on|at|for)|doors open|agenda|speakers?|livestream|live stream)\b/),
  ],
  de: w(
    3,
    /\b(webinar|karrieremesse|jobmesse|recruiting-?(tag|event)|tag der offenen tur|infoabend|infoveranstaltung|meetup|afterwork|veranstaltung|anmeldung|jetzt anmelden|platz (sichern|reservieren))\b/,
  ),
  fr: w(
    3,
    /\b(webinaire|webinar|salon (de l'emploi|du recrutement|des metiers)|forum (emploi|recrutement|entreprises)|journee portes ouvertes|portes ouvertes|afterwork|soiree (de recrutement|networking|d'information)|meetup|inscri(vez|ption|s)-?(vous)?|reservez votre place)\b/,
  ),
  es: w(
    3,
    /\b(webinar|seminario web|feria de empleo|feria (de trabajo|laboral)|jornada de puertas abiertas|puertas abiertas|evento de (reclutamiento|networking|empleo)|meetup|afterwork|inscribete|inscripcion|reserva tu (plaza|lugar|sitio))\b/,
  ),
  nl: w(
    3,
    /\b(webinar|banenbeurs|carrierebeurs|open dag|open huis|meetup|borrel|netwerkevent|evenement|meld je (nu )?aan|aanmelden voor|schrijf je in)\b/,
  ),
  it: w(
    3,
    /\b(webinar|career day|fiera del lavoro|open day|porte aperte|meetup|aperitivo|evento di (recruiting|networking|selezione)|iscriviti|registrati|prenota il tuo posto)\b/,
  ),
  pt: w(
    3,
    /\b(webinar|webinario|feira de (emprego|carreiras)|dia aberto|portas abertas|meetup|evento de (recrutamento|networking)|inscreva-se|inscricoes|garanta (o seu|seu) lugar)\b/,
  ),
};

/** A survey about the hiring process, not feedback on the candidate. */
const SURVEY: PatternTable = {
  en: w(
    3,
    /\b((candidate|applicant|interview|hiring) (experience )?survey|(short|quick|brief) survey|take (our|a|this) (short |quick |brief )?survey|how (was|did) (your|the) (experience|interview experience|process)|rate your (experience|interview)|(tell|let) us (know )?(about|how) your (experience|candidate experience)|feedback (on|about) (our|the) (hiring|recruiting|recruitment|interview|application) (process|experience))\b/,
  ),
  de: w(
    3,
    /\b(umfrage|bewerbererfahrung|candidate experience|wie (war|fanden sie|fandest du) (ihre|deine|den|die) (erfahrung|bewerbungsprozess|prozess))\b/,
  ),
  fr: w(
    3,
    /\b(enquete (de satisfaction|candidat)|sondage|experience candidat|(votre|ton) avis sur (notre|le) (processus|recrutement))\b/,
  ),
  es: w(
    3,
    /\b(encuesta|experiencia (del|de) candidato|(tu|su) opinion sobre (nuestro|el) proceso)\b/,
  ),
  nl: w(3, /\b(enquete|kandidaatervaring|hoe (was|heb je) (je|uw) ervaring)\b/),
  it: w(3, /\b(sondaggio|esperienza (del|come) candidat[oa])\b/),
  pt: w(3, /\b(pesquisa de (satisfacao|experiencia)|inquerito|experiencia (do|de) candidato)\b/),
};

/**
 * A portal reporting activity that is not a decision: a profile or CV viewed or found in
 * searches, a status changed without saying to what, an unfinished application.
 */
const ACTIVITY: PatternTable = {
  en: w(
    3,
    /\b((viewed|opened|looked at|downloaded) your (profile|resume|cv)|your (profile|resume|cv) (was|has been) (viewed|opened|downloaded|seen)|appeared in \d+ (searches|search results)|search appearances|profile views|(status|stage) of your application (has )?(changed|been updated)|your application status (has )?(changed|been updated)|there (is|has been) an update (on|to) your application|(complete|finish|continue) your (application|profile)|(application|profile) (is )?(incomplete|not (yet )?complete)|you (have|still have) (an )?(unfinished|incomplete) application|resume is (now )?searchable|(you have )?withdrawn your application|you withdrew)\b/,
  ),
  de: w(
    3,
    /\b((ihr|dein) (profil|lebenslauf) wurde .{0,20}(angesehen|aufgerufen|gelesen)|status (ihrer|deiner) bewerbung (hat sich )?(geandert|aktualisiert)|bewerbung (vervollstandigen|abschliessen|fortsetzen)|unvollstandige bewerbung|(ihre|deine) bewerbung (zuruckgezogen))\b/,
  ),
  fr: w(
    3,
    /\b((votre|ton) (profil|cv) a ete (consulte|vu|lu|telecharge)e?|a consulte (votre|ton) (profil|cv)|statut de (votre|ta) candidature (a (change|ete mis a jour))|(completez|finalisez|terminez) (votre|ta) candidature|candidature incomplete|(vous avez|tu as) retire (votre|ta) candidature)\b/,
  ),
  es: w(
    3,
    /\b((tu|su) (perfil|cv|curriculum) (ha sido|fue) (visto|vista|leido|leida|consultado|consultada|descargado)|(ha|han) (visto|leido|consultado|descargado) (tu|su) (perfil|cv|curriculum)|estado de (tu|su) (candidatura|solicitud) (ha cambiado|se ha actualizado)|(completa|finaliza|termina) (tu|su) (candidatura|solicitud|perfil)|candidatura incompleta|(has|ha) retirado (tu|su) candidatura)\b/,
  ),
  nl: w(
    3,
    /\b((je|uw) (profiel|cv) (is|werd) (bekeken|gelezen|gedownload|geopend)|heeft (je|uw) (profiel|cv) bekeken|status van (je|uw) sollicitatie (is )?(gewijzigd|bijgewerkt)|(maak|rond) (je|uw) sollicitatie af|onvolledige sollicitatie|(je|u) hebt (je|uw) sollicitatie ingetrokken)\b/,
  ),
  it: w(
    3,
    /\b((il tuo|il suo) (profilo|cv|curriculum) (e stato) (visto|visualizzato|letto|scaricato)|ha (visto|visualizzato|letto) (il tuo|il suo) (profilo|cv|curriculum)|stato della (tua|sua) candidatura (e )?(cambiato|aggiornato)|completa la (tua|sua) candidatura|candidatura incompleta|hai ritirato la (tua )?candidatura)\b/,
  ),
  pt: w(
    3,
    /\b((o seu|seu|o teu) (perfil|cv|curriculo) (foi) (visto|visualizado|lido|descarregado|baixado)|(viu|visualizou|leu) (o seu|seu|o teu) (perfil|cv|curriculo)|estado da (sua|tua) candidatura (mudou|foi atualizado)|status da (sua|tua) candidatura (mudou|foi atualizado)|(complete|conclua|finalize) a (sua|tua) candidatura|candidatura incompleta|(retirou|cancelou) a (sua|tua) candidatura)\b/,
  ),
};

/** Editorial mail: articles, tips and stories, as opposed to a list of jobs to apply to. */
const NEWSLETTER: PatternTable = {
  en: w(
    3,
    /\b(newsletter|in (this|today's|this week's|this month's) (issue|edition)|read (the|this) (full |whole )?(article|story|post|issue|edition)|read more on (our|the) blog|(this week's|this month's|our latest) (issue|edition|stories|articles)|tips (for|on|to) (your )?(job search|interview|career|cv|resume|negotiat)|career advice|podcast|(how|why|what) (to|recruiters|hiring managers) [a-z ]{0,40}(article|guide|tips))\b/,
  ),
  de: w(
    3,
    /\b(newsletter|in dieser ausgabe|artikel lesen|zum artikel|weiterlesen|karrieretipps|tipps (fur|zur|zum) (ihre|deine|die)? ?(bewerbung|jobsuche|karriere|vorstellungsgesprach)|podcast)\b/,
  ),
  fr: w(
    3,
    /\b(newsletter|lettre d'information|dans ce numero|au (programme|sommaire)|lire l'article|lire la suite|conseils (pour|carriere)|podcast|notre blog)\b/,
  ),
  es: w(
    3,
    /\b(newsletter|boletin|en este numero|leer (el articulo|mas)|consejos (para|de carrera)|podcast|nuestro blog)\b/,
  ),
  nl: w(
    3,
    /\b(nieuwsbrief|in deze editie|lees (het artikel|verder|meer)|tips voor (je|jouw) (sollicitatie|carriere|zoektocht)|podcast)\b/,
  ),
  it: w(
    3,
    /\b(newsletter|in questo numero|leggi (l'articolo|di piu)|consigli (per|di carriera)|podcast|il nostro blog)\b/,
  ),
  pt: w(
    3,
    /\b(newsletter|boletim|nesta edicao|leia (o artigo|mais)|dicas (para|de carreira)|podcast|nosso blog)\b/,
  ),
};

/**
 * A newsletter's own shape: a numbered issue, or a reader's letter it answers ("Issue 112", "a
 * reader wrote in after three rejections"). A decision quoted in it is someone else's.
 */
const READER_LETTERS: PatternTable = {
  en: w(
    3,
    /\b(issue|edition|vol\.?|volume) (no\.? |#)?\d{1,4}\b|\b(a|one|another) reader (wrote in|wrote to (me|us)|asked|emailed|sent (me|us|in)|writes)\b/,
  ),
  de: w(
    3,
    /\b(ausgabe) (nr\.? |#)?\d{1,4}\b|\b(eine|ein) (leserin|leser) (schrieb|schreibt|fragte|fragt|hat (uns|mir) geschrieben)\b/,
  ),
  fr: w(
    3,
    /\b(edition) (no |n° |#)?\d{1,4}\b|\b(une lectrice|un lecteur) (nous |m')?(a ecrit|ecrit|a demande|demande)\b/,
  ),
  es: w(
    3,
    /\b(edicion) (no |n° |#)?\d{1,4}\b|\b(una lectora|un lector) (nos |me )?(escribio|escribe|pregunto|pregunta)\b/,
  ),
  nl: w(
    3,
    /\b(editie|uitgave) (nr\.? |#)?\d{1,4}\b|\b(een lezer|een lezeres) (schreef|schrijft|vroeg|vraagt|mailde)\b/,
  ),
  it: w(
    3,
    /\b(edizione|numero) (n\.? |#)?\d{1,4} (della|di questa) newsletter\b|\b(una lettrice|un lettore) (ci |mi )?(ha scritto|scrive|ha chiesto|chiede)\b/,
  ),
  pt: w(
    3,
    /\b(edicao) (no |n° |#)?\d{1,4}\b|\b(uma leitora|um leitor) (nos |me )?(escreveu|escreve|perguntou|pergunta)\b/,
  ),
};

// Kinds of statement the tables above missed on mail from new writers, each in the seven
// languages and written as the kind, not as any one message's words.

/** The employer ends the reader's candidacy or the whole process ("we're closing out candidates"). */
const CLOSES_CANDIDACY: PatternTable = {
  en: w(
    3,
    /\b(closing|close|closed) out (all |the |our |your )?(active |remaining |open |current )?(candidates|candidacies|applications|applicants|candidacy|application)\b/,
    /\b(recruitment|selection|hiring|application) (procedure|process|competition|campaign|exercise)\b.{0,60}\b(has been|was|is|have been) (cancelled|canceled|terminated|discontinued|ceased|closed|withdrawn)\b|\byour (applications?|candidacy|candidacies|candidature)( for [^.;!?]{1,80}?)? (is|are|has been|have been|was|were) (now )?closed\b/,
    /\b(withdrawn|removed|eliminated|excluded) from (further )?(consideration|the (selection|recruitment|hiring) process)\b/,
  ),
  de: w(
    3,
    /\b(beenden|schliessen) (wir )?(daher |deshalb |somit |hiermit )?(das|ihr|dein|den|unser) (bewerbungsverfahren|auswahlverfahren|bewerbungsprozess|auswahlprozess|verfahren)\b/,
    /\b(auswahlverfahren|stellenbesetzungsverfahren|besetzungsverfahren|bewerbungsverfahren|ausschreibung)\b.{0,60}\b(wurde|ist|wird) .{0,40}\b(eingestellt|abgebrochen|aufgehoben|beendet)\b/,
    /\baus dem (weiteren )?(auswahl|bewerbungs|besetzungs)(verfahren|prozess) (genommen|entfernt|ausgeschieden|ausgeschlossen)\b/,
  ),
  fr: w(
    3,
    /\b(cloture|cloturons|cloturer|fermons|fermer|clos|classons|classer) (donc |ainsi |par consequent )?(votre|ta) (candidature|dossier)\b/,
    /\b(procedure|processus|campagne) de (recrutement|selection)\b.{0,60}\b(a ete|est) (annulee?|interrompue?|close?|cloturee?|arretee?|abandonnee?)\b/,
    /\b(retiree?|exclue?|ecartee?) du processus (de recrutement|de selection)\b/,
  ),
  es: w(
    3,
    /\b(cerramos|cerraremos|cerrar|archivamos|damos por (cerrad|finalizad)[oa]) (asi |por tanto |por lo tanto )?(tu|su) (candidatura|solicitud|proceso)\b/,
    /\b(proceso|procedimiento|convocatoria)( de seleccion| de contratacion| selectivo)?\b.{0,60}\b(ha sido|fue|queda|ha quedado) (cancelad|anulad|desiert|cerrad|interrumpid)/,
    /\b(retirad|excluid|descartad)[oa] del proceso( de seleccion)?\b/,
  ),
  nl: w(
    3,
    /\b(sluiten|sluit) (we|wij|ik) (daarom |dus |hierbij )?(de|je|uw|jouw) (procedure|sollicitatie|sollicitatieprocedure)\b.{0,40}\baf\b/,
    /\b(wervingsprocedure|selectieprocedure|sollicitatieprocedure|procedure)\b.{0,60}\b(is|werd|wordt) (geannuleerd|stopgezet|beeindigd|afgebroken|ingetrokken)\b/,
    /\buit de (selectie|sollicitatie|wervings)?procedure (gehaald|verwijderd|genomen)\b/,
  ),
  it: w(
    3,
    /\b(chiudiamo|chiudo|archiviamo|archivio) (quindi |pertanto |dunque |percio )?(la (sua|tua) candidatura|il (suo|tuo) (processo|percorso))\b/,
    /\b(procedura|selezione|concorso)\b.{0,60}\b(e stat[ao]|viene) (annullat|revocat|interrott|chius)/,
    /\b(esclus|rimoss|ritirat)[oa] dal(la)? (processo di selezione|selezione|processo)\b/,
  ),
  pt: w(
    3,
    /\b(encerramos|encerrar|encerraremos|arquivamos) (assim |portanto |por isso )?(a (sua|tua) candidatura|o (seu|teu) processo)\b/,
    /\b(procedimento|processo|concurso)( concursal| seletivo| de (recrutamento|selecao))?\b.{0,80}\b(foi|sera|e) (cessad|cancelad|anulad|encerrad|interrompid)|\bnao havera lugar a continuacao\b/,
    /\b(retirad|excluid)[oa] do processo( seletivo| de (selecao|recrutamento))?\b/,
  ),
};

/** A proposed call or a meeting invitation already sent, without the word "interview". */
const CALL_PROPOSED: PatternTable = {
  en: [
    ...w(
      3,
      /\b(i|we)('ve| have) (just )?(sent|set up|booked|scheduled|put in) (you )?(an? |the )?(calendar |google meet |teams |zoom |video |meeting )?(invite|invitation)\b/,
    ),
    ...w(
      2,
      /\b(would you be|are you|be) (up for|open to|free for|around for) (a |an )?(quick |short |brief |informal |casual |first )?(\d+ ?(-| )?(min|mins|minute|minutes) )?(video |phone |zoom |virtual )?(call|chat|conversation|coffee)\b/,
      /\b(like|love|want|keen) to (talk|chat|speak) (to|with) you\b/,
    ),
  ],
  de: w(
    2,
    /\b(wurde|wurden|konnte|passt) (es |das )?(ihnen|dir) .{0,60}\b(passen|recht sein)\b/,
    /\b(einladung|einladungslink|teams-link|kalendereinladung) .{0,30}\b(geschickt|gesendet|schicke|sende)\b/,
    /\b(hast du|hattest du|haben sie|hatten sie) (lust|zeit) auf (ein|einen) (kurze[ns]? |virtuelle[ns]? )?(telefonat|gesprach|call|videocall|kaffee|austausch)\b/,
  ),
  fr: w(
    2,
    /\b(je vous ai|je t'ai|nous vous avons) (envoye|transmis) (une |l')?invitation\b|\b(seriez|serais)-(vous|tu) (disponible|partant|partante) (pour|a) (un|une) (appel|echange|call|visio)|\b(ca te dirait|ca vous dirait) (un|une) (cafe|appel|call|visio|echange)\b/,
  ),
  es: w(
    2,
    /\b(te|le) (he|hemos) (enviado|mandado) (una |la )?invitacion\b|\b(te|le) (apetece|vendria bien|encaja) (una|un) (llamada|charla|videollamada|cafe|call)/,
  ),
  nl: w(
    2,
    /\b(ik heb|we hebben|wij hebben) (je|u) (een )?(uitnodiging|agenda-?uitnodiging|teams-?uitnodiging) (gestuurd|verstuurd)|\b(heb|zou) (je|u) (zin|tijd) (in|voor) (een )?(kort )?(gesprek|belletje|kennismaking|kop koffie|videocall|call)/,
  ),
  it: w(
    2,
    /\b(ti|le) ho (inviato|mandato) (un |l')?invito\b|\b(ti|le) andrebbe (di fare )?(una|un) (chiamata|call|chiacchierata|videochiamata|caffe)/,
  ),
  pt: w(
    2,
    /\b(enviei|enviamos) (um |o )?convite\b|\b(topa|teria disponibilidade para|estaria disponivel para) (uma|um) (conversa|chamada|call|videochamada|cafe)/,
  ),
};

/** Someone says they spoke up for the reader or will put them forward ("I'll refer you myself"). */
const PUTS_FORWARD: PatternTable = {
  en: w(
    2,
    /\b(i|we)('ve| have)? (spoke|spoken|talked|chatted) (to|with) .{0,40}\babout you\b|\b(expecting|expects) (your (email|note|message|call)|to hear from you)\b/,
  ),
  de: w(
    2,
    /\b(habe|hab) .{0,40}\bvon (ihnen|dir) erzahlt\b|\b(melde|schlage) (ich )?(sie|dich) .{0,30}\b(vor|an) als (empfehlung|referral)/,
  ),
  fr: w(2, /\b(je lui ai|je leur ai) parle de (vous|toi)\b/),
  es: w(
    3,
    /\b(te|le) (refiero|recomiendo|propongo) (yo )?(directamente|internamente|por el programa)|\b(te|le|os) (puedo|podria|voy a) presentar\b/,
  ),
  nl: w(
    3,
    /\b(meld|draag|stel) (ik )?(je|u|jou) (aan|voor) als (referral|referentie|kandidaat)\b|\b(heb|had) het met .{0,40}\bover (jou|je|u) gehad\b/,
  ),
  it: w(2, /\b(gli|le|ho) (ho )?parlato di te\b/),
  pt: w(2, /\b(falei|conversei) (de|sobre) (voce|ti) (com|ao|a)\b/),
};

/** The search is frozen or paused, said with words the on-hold table above missed. */
const SEARCH_FROZEN: PatternTable = {
  en: [
    ...w(
      3,
      /\b(put|placed|placing|putting) (a |an )?(temporary |company-wide |global |hiring )?(hold|pause|freeze|stop) on\b/,
    ),
    ...w(
      2,
      /\bthe (freeze|hold|pause) (is lifted|lifts|will lift|ends)\b|\b(don't|do not) (yet )?know when (the )?(role|position|search|hiring|process|it) (will )?(reopen|resume|restart|be reopened)/,
    ),
  ],
  de: [
    ...w(3, /\b(aussetzen|auszusetzen|auf unbestimmte zeit (verschoben|zuruckgestellt))\b/),
    ...w(2, /\b(wann|ob) .{0,60}\bwieder (ausgeschrieben|aufgenommen|geoffnet|gestartet)\b/),
  ],
  fr: [
    ...w(
      3,
      /\b(recrutement|processus|poste|embauche)s?\b.{0,80}\b(est|a ete|sont|ont ete) (suspendu|gele|reporte|mis en (pause|attente|suspens))/,
    ),
    ...w(2, /\b(pas|aucune) (de )?date de reprise\b/),
  ],
  es: w(
    2,
    /\b(no sabemos|sin fecha) (cuando|de|para) (se )?(reabrira|reanudara|retomara|reactivara|reapertura|retomar)/,
  ),
  nl: [
    ...w(3, /\bbevriez/),
    ...w(2, /\bweer (wordt |worden )?(opgestart|opengaan|open gaat|geopend)\b/),
  ],
  it: w(2, /\b(data di riapertura|verra riapert[ao]|riaprira)\b/),
  pt: w(2, /\b(reabertura|sera retomad[oa]|voltar a abrir)\b/),
};

/**
 * The hiring or the process for the role is put off, stopped for now or frozen, with the subject
 * (hiring, the process, the role) or the verb first: "we're freezing all hiring until the round
 * closes", "le recrutement pour ce poste est repoussé", "il processo è rimandato al prossimo
 * anno", and "until further notice" in each language. An interview moved to another day is a
 * reschedule, not a pause: interviews and calls are not among the subjects.
 */
const PROCESS_PUT_OFF: PatternTable = {
  en: w(
    3,
    /\b(hiring|recruitment|recruiting|search|process|role|position|requisition|headcount|opening|vacancy)s? (?:[\w-]+ ){0,5}?(is|are|has been|have been|was|were|will be|'s) (now |currently |temporarily |officially |effectively )?(pushed (back|out)|put on (the back burner|ice|pause|hold)|delayed|deferred|frozen|on the back burner)\b/,
    /\b(pushing|pushed|push|moving|moved) (back|out) (all |our |the |this )?(hiring|recruitment|recruiting|search|process|role|position|requisition|start of the search)\b|\buntil further notice\b/,
  ),
  de: w(
    3,
    /\b(einstellung|neueinstellung|rekrutierung|recruiting|besetzung|prozess|auswahlprozess|auswahlverfahren|suche|stelle|position|vakanz)\w* .{0,60}\b(eingefroren|auf eis gelegt|verschoben|gestoppt|pausiert|zuruckgestellt|aufgeschoben)\b/,
    /\b(einfrieren|frieren .{0,40}\bein|legen .{0,40}\bauf eis)\b|\bbis auf (weiteres|weitere)\b/,
  ),
  fr: w(
    3,
    /\b(geler|gel de|suspendre|reporter|repousser|mettre en (pause|attente|suspens|stand-by|standby)|mettons en (pause|attente|suspens|stand-by|standby)) (de |a |tous |toutes )?(les |nos |le |ce |cet |notre |l')?(recrutements?|embauches?|processus|poste|recherche)\b/,
    /\b(recrutements?|processus|poste|embauches?|recherche)\b[^.!?]{0,50}\b(est|a ete|sont|ont ete|sera|seront) (repousses?|reportes?|geles?|suspendus?|decales?|mis en (pause|attente|suspens|stand-by|standby))\b|\bjusqu'a nouvel ordre\b/,
  ),
  es: w(
    3,
    /\b(proceso|contratacion|contrataciones|incorporacion|incorporaciones|vacante|puesto|busqueda|seleccion)\b[^.!?]{0,50}\b(queda|quedan|esta|estan|ha quedado|han quedado|ha sido|han sido|se ha|se han) (parad|paralizad|congelad|suspendid|aplazad|pospuest|pausad|frenad)[oa]s?\b/,
    /\b(aplazar|posponer|aplazamos|posponemos|paralizar|paralizamos|parar|frenar|frenamos|congelar|congelamos|pausar|pausamos) (el|la|las|los|todas las|todos los|nuestras|nuestros) (proceso|contratacion|contrataciones|incorporaciones|busqueda|seleccion)\w*\b|\bhasta nuevo aviso\b/,
  ),
  nl: w(
    3,
    /\b(zetten|zet|leggen|gezet|gelegd|ligt|staat) .{0,40}\b(stil|on hold|in de wacht|in de ijskast)\b|\btot nader (order|bericht)\b/,
    /\b(proces|werving|vacature|aanname|sollicitatieprocedure|procedure|functie)\w* .{0,40}\b(uitgesteld|opgeschort|stilgelegd|bevroren|gepauzeerd)\b/,
  ),
  it: w(
    3,
    /\b(processo|selezione|assunzion[ei]|ricerca|posizione|inserimento|recruiting)\b[^.!?]{0,50}\b(e stat[oa] |sono stat[ie] |e |sono |verra |saranno )?(rimandat|rinviat|posticipat|congelat|bloccat|fermat|sospes)[oaie]\b|\bfino a nuovo avviso\b/,
    /\b(mettere|messo|messa|messe|mettiamo|metteremo) in (pausa|stand-?by|attesa) (le assunzioni|il processo|la selezione|la ricerca|tutte le assunzioni|l'inserimento)\b/,
  ),
  pt: w(
    3,
    /\b(processo|vaga|contratac\w*|recrutamento|selecao|admiss\w*)\b[^.!?]{0,50}\b(foi|foram|esta|estao|ficou|ficaram|fica|ficam) (adiad|suspens|congelad|parad|pausad|travad)[oa]s?\b|\bate (novo aviso|segunda ordem)\b/,
    /\b(adiar|suspender|pausar|congelar|parar|adiamos|suspendemos|pausamos|congelamos) (o|a|as|os|todas as|todos os|nossas|nossos) (processo|contratac\w*|vaga|recrutamento|selecao)\b/,
  ),
};

/** The role itself was cancelled, closed or filled, said with words the table above missed. */
const ROLE_GONE: PatternTable = {
  en: w(
    3,
    /\b(will not|won't|is not going to|will no longer) be filled\b/,
    // The employer cannot or will not fill it after all: "unable to fill this role".
    /\b(unable|not able|no longer able|not in a position) to (fill|staff|hire for|recruit for) (the|this|that|our) (?:[\w,()/-]+ ){0,5}?(role|position|vacancy|opening|job|requisition|post)\b/,
    // The employer's own decision to take the opening down, however the title between reads.
    /\b(decided|decision|chose|had|have|need|needed) to (withdraw|cancel|close|pull|retire|remove) (the|this|that|our) (?:[\w,()/-]+ ){0,6}?(role|position|vacancy|opening|requisition|req|posting|job posting|advert)\b(?! (to|for) (new|further) (applications|applicants))/,
    // The opening the reader applied to is gone: "the role you applied to is no longer available".
    /\b(role|position|job|vacancy|opening|posting|requisition)( that| which)? you (applied|interviewed|were interviewing|were considered|applied for|expressed interest)( to| for| in)? (is|has been|was|had been) (now )?(no longer (available|open|active|accepting)|closed|cancelled|canceled|filled|withdrawn|removed|taken down)\b/,
    /\b(role|position|job|vacancy|opening|requisition|headcount)( as (designed|planned|scoped|advertised))? (simply |therefore |now |effectively )?(no longer exists|won't exist|will not exist|doesn't exist any ?more|does not exist any ?more)\b|\b(closed|closing|close|ended|ending) (the|this|our) (search|recruitment|recruiting|hiring process|selection process)\b/,
    new RegExp(
      String.raw`\b(requisition|req|position|role|vacancy|opening|job posting|posting)\b${NOT_OF_AN_APPLICATION}.{0,80}\b(has been|was|have been|had been) (canceled|cancelled|withdrawn|closed|eliminated|pulled|decommissioned|taken down|deactivated)\b`,
    ),
    /\b(closed|cancelled|canceled|withdrawn|pulled) (these|those|all|the|our) (requisitions|positions|roles|vacancies|openings)\b/,
  ),
  de: w(
    3,
    /\b(stelle|position|vakanz|ausschreibung)\w* .{0,60}\b(nicht mehr (verfugbar|offen|vakant|aktuell|zu vergeben)|(inzwischen|bereits|schon|mittlerweile) (leider )?(besetzt|vergeben))/,
    // The posting ended or was taken down by the employer.
    /\b(ausschreibung|stellenausschreibung|stellenanzeige|stellenangebot|vakanz)\w* (wurde |ist |wird )?(inzwischen |leider )?(beendet|geschlossen|zuruckgezogen|eingestellt|storniert|aufgehoben)\b/,
  ),
  fr: w(
    3,
    /\b(nous avons|avons|a ete) (ferme|clos|cloture|annule|supprime|retire) (le|ce|notre) (poste|recrutement|processus|offre)/,
    // The opening is no longer current, or the employer stops recruiting for it.
    /\b(poste|offre|recrutement|besoin)\b.{0,40}\bn'est (malheureusement |desormais |aujourd'hui )?plus (d'actualite|ouvert|disponible|a pourvoir)|\bne (pas|plus) (poursuivre|pourvoir|maintenir|ouvrir) (ce|le|notre|cet) (recrutement|poste|besoin)/,
  ),
  es: w(
    3,
    /\b(hemos|han|ha) (cerrado|cancelado|anulado|retirado) (la|el|esta|este|nuestra|nuestro) (vacante|puesto|posicion|plaza|oferta|proceso)\b|\bya no (vamos a|va a|podemos) (contratar|cubrir|incorporar)\b/,
    new RegExp(
      String.raw`\b(vacante|puesto|posicion|plaza|oferta)\b${NOT_OF_AN_APPLICATION}.{0,60}\b(ha sido|fue|se ha|queda) (cancelad|cerrad|anulad|retirad)[oa]\b|\b(vacante|puesto|oferta) ya no (esta|se encuentra) (disponible|activ|abiert)`,
    ),
  ),
  nl: w(
    3,
    /\b(vacature|functie|positie)\b.{0,60}\b(is|werd|wordt) (inmiddels |al |intern )?vervuld\b/,
    new RegExp(
      String.raw`\b(vacature|functie|positie)\b${NOT_OF_AN_APPLICATION}.{0,60}\b(is|werd|wordt) (inmiddels |helaas )?(ingetrokken|geannuleerd|gesloten|komen te vervallen|niet meer beschikbaar)\b`,
    ),
  ),
  it: w(
    3,
    new RegExp(
      String.raw`\b(posizione|ruolo|posto|processo di selezione|selezione)\b${NOT_OF_AN_APPLICATION}.{0,60}\b(e stat[oa]|sono stat[ie]) (nel frattempo |gia |ormai )?(chius|copert|annullat|cancellat)`,
    ),
  ),
  pt: w(
    3,
    /\b(encerramos|cancelamos|fechamos) (a|esta) (vaga|posicao|selecao)\b|\bja nao (vamos|iremos) (contratar|preencher)\b/,
    new RegExp(
      String.raw`\b(vaga|posicao|oportunidade)\b${NOT_OF_AN_APPLICATION}.{0,60}\b(foi|esta|foram) (cancelad|encerrad|retirad|anulad)[ao]s?\b|\b(vaga|posicao) (ja )?nao esta mais disponivel`,
    ),
  ),
};

/** A requirement or an eligibility rule the reader does not meet: a clearance, a permit, a status. */
const REQUIREMENT_UNMET: PatternTable = {
  en: w(
    3,
    /\b(requires?|required|requiring) (an? )?(active|current|valid) (?:[\w/-]+ ){0,3}(clearance|license|licence|certification|work (permit|authori[sz]ation)|visa)\b/,
    /\b(unable|not able|can't|cannot) to (sponsor|offer sponsorship|provide sponsorship)\b|\b(only|exclusively) (open|available) to (current |enrolled )?(students|graduates|residents|citizens|internal)/,
    // An eligibility or qualification ruling on the application, as public employers give it.
    /\b(you|your application|the application|applicant) (were|was|has been|have been|is|are) (found|rated|determined|deemed|assessed as) (to be )?(ineligible|not eligible|not qualified|unqualified|not minimally qualified)\b|\b(do|does|did) not meet (the )?(minimum|basic|specialized|specialised|mandatory|essential|eligibility|qualification) (qualifications?|requirements?|experience|criteria)\b/,
  ),
  de: w(
    3,
    /\b(ausschliesslich|nur) (fur|an) .{0,40}\b(studierende|studenten|absolvent\w*|berufseinsteiger\w*|staatsangehorige|interne)\b/,
  ),
  fr: w(
    3,
    /\b(re)?cherch(ons|ions|e|ait) (un profil|une personne|quelqu'un|un candidat|une candidate) (de plus|plus|capable)\b|\bprofil (est )?(aujourd'hui |actuellement |encore )?(nettement |bien |beaucoup )?(plus|davantage) (oriente|tourne|axe|centre)|\b(pas|plus) (aligne|en phase|en ligne) avec (ce|le|nos|notre) besoin/,
  ),
  es: w(
    3,
    /\bpara (este|el) (puesto|rol|perfil|cargo|posicion),? (necesitamos|buscamos|requerimos|se requiere|es imprescindible)\b|\b(solo|unicamente|exclusivamente) (para|abierta a) (estudiantes|residentes|titulados)/,
  ),
  nl: w(
    3,
    /\b(alleen|uitsluitend) (voor|open voor) (studenten|afgestudeerden|ingezetenen|interne)\b/,
  ),
  it: w(
    3,
    /\b(ruolo|posizione)\b.{0,60}\b(richiede|richiedeva|necessita|presuppone)\b|\b(percorso|esperienza|profilo) (e|risulta) (ancora )?(un po' |troppo |piuttosto )?(leggero|junior|debole|limitat)/,
  ),
  pt: w(
    3,
    /\bpara (esta|a) (vaga|funcao|posicao),? (precisamos|buscamos|procuramos|exigimos|e imprescindivel)\b|\b(apenas|exclusivamente) (para|aberta a) (estudantes|residentes)/,
  ),
};

/**
 * A person keeping the reader on their own list, the verb last or first: "ich würde dich gern
 * auf meiner Liste behalten", "je te garde sur ma liste", "ti tengo nella mia lista".
 */
const KEPT_ON_LIST: PatternTable = {
  de: w(
    3,
    /\b(dich|sie|ihr profil|dein profil|ihren namen|deinen namen) (gerne? |gern )?(auf|in) (meiner|unserer|der) (liste|kartei|shortlist|watchlist) (behalten|aufnehmen|lassen|setzen|vormerken)\b/,
  ),
  fr: w(
    3,
    /\b(te|vous) (garder|garde|gardons|mettre|mets|conserver|conserve) (sur|dans) (ma|notre|mes|nos) (liste|radar|fichier|short-?list)/,
  ),
  es: w(
    3,
    /\b(te|le) (mantengo|mantendre|guardo|dejo|apunto|anoto) (en|dentro de) (mi|nuestra) (lista|radar|agenda)\b/,
  ),
  nl: w(
    3,
    /\b(je|u|jou) (graag )?(op|in) (mijn|ons|onze) (lijst|lijstje|bestand|radar) (houden|zetten|bewaren)\b/,
  ),
  it: w(
    3,
    /\b(ti|la|lo) (tengo|terro|teniamo|metto|segno) (nella|sulla) (mia|nostra) (lista|agenda)\b/,
  ),
  pt: w(
    3,
    /\b(te|o|a|voce) (manter|mantenho|guardo|coloco|deixo) (na|em) (minha|nossa) (lista|agenda)\b/,
  ),
};

/** A recruiter keeping the reader in their own files or in mind: "I'll keep you on my books". */
const KEPT_IN_MIND: PatternTable = {
  en: w(
    3,
    /\b(keep|keeping|hold|holding|have|put|putting) (you|your (cv|resume|profile|details|name)) (on|in) (my|our) (books|desk|radar|list|shortlist|pipeline|files|little black book)\b/,
  ),
  de: w(
    3,
    /\b(behalte|behalten|habe|haben|nehme|nehmen) (ich |wir )?(sie|dich|ihr profil|dein profil|ihren lebenslauf|deinen lebenslauf) (gerne |gern )?(auf dem schirm|auf dem radar|in meiner kartei|in unserer kartei|im hinterkopf|im blick)\b/,
  ),
  fr: w(
    3,
    /\b(je garde|nous gardons|je conserve|je note) (precieusement )?(votre|ton) (profil|cv|nom|contact) (sous le coude|en tete|dans (mes|nos) (fichiers|contacts|radars?))|\bsous le coude\b/,
  ),
  es: w(
    3,
    /\b(te|le) (tengo|tendre|dejo|guardo) (en el|en mi|en mis) (radar|cartera|agenda|lista|contactos)\b/,
  ),
  nl: w(
    3,
    /\b(ik houd|ik hou|wij houden|we houden|ik bewaar) (je|u|jouw profiel|je cv|uw cv) (in mijn|in ons|op mijn|op ons) (bestand|netwerk|radar|lijstje)\b/,
  ),
  it: w(
    3,
    /\b(ti|la|lo) (tengo|terro|teniamo) (nel mio|nel nostro|sul mio|sul nostro) (radar|database|archivio)\b/,
  ),
  pt: w(
    3,
    /\b(vou manter|mantenho|guardo) (voce|o seu perfil|seu perfil|o teu perfil|o seu cv|seu cv) (no meu|no nosso|na minha|na nossa) (radar|carteira|lista|base)\b/,
  ),
};

/**
 * A notice that the reader's data will be deleted or kept under a privacy law: housekeeping,
 * even when it offers to keep the CV for future roles.
 */
const DATA_NOTICE: PatternTable = {
  en: [
    ...w(
      3,
      /\b(delet|eras|remov|anonymi[sz]|purg)(e|es|ed|ing) (all )?(of )?your (candidate |personal |applicant |application )?(data|information|records)\b/,
    ),
    ...w(1, /\b(gdpr|ccpa|data protection (law|regulation|act)|retention period)\b/),
  ],
  de: [
    ...w(
      3,
      /\b(bewerbungsdaten|bewerberdaten|bewerbungsunterlagen|personenbezogenen daten|ihre daten|deine daten)\b.{0,60}\b(geloscht|loschen|anonymisiert|anonymisieren)\b/,
    ),
    ...w(1, /\b(dsgvo|datenschutz-?grundverordnung|aufbewahrungsfrist|speicherfrist)\b/),
  ],
  fr: [
    ...w(3, /\b(suppression|supprimer|effacer|anonymiser|supprimerons) (de )?(vos|tes) donnees\b/),
    ...w(1, /\b(rgpd|duree de conservation|protection des donnees)\b/),
  ],
  es: [
    ...w(
      3,
      /\b(eliminar|borrar|suprimir|eliminaremos|borraremos|suprimiremos|eliminacion de) (tus|sus) datos\b/,
    ),
    ...w(1, /\b(rgpd|lopd|proteccion de datos|plazo de conservacion)\b/),
  ],
  nl: [
    ...w(
      3,
      /\b(verwijderen|wissen|verwijderd|gewist) .{0,30}\b(je|uw) (persoons)?gegevens\b|\b(je|uw) (persoons)?gegevens .{0,30}\b(verwijderen|wissen)\b/,
    ),
    ...w(1, /\b(avg|bewaartermijn|privacyverklaring)\b/),
  ],
  it: [
    ...w(
      3,
      /\b(cancellare|eliminare|cancelleremo|elimineremo|cancellazione dei) (i )?(tuoi|suoi) dati\b/,
    ),
    ...w(1, /\b(gdpr|conservazione dei dati|protezione dei dati)\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(eliminar|apagar|excluir|eliminaremos|apagaremos|excluiremos|eliminacao dos|exclusao dos) (os )?(seus|teus) dados\b|\b(seus|teus) dados\b.{0,40}\b(serao|vao ser) (excluidos|eliminados|apagados|anonimizados)\b/,
    ),
    ...w(1, /\b(rgpd|lgpd|protecao de dados|prazo de conservacao)\b/),
  ],
};

/**
 * Jobs offered to apply for, the mark of a job alert: "12 new jobs for you", "similar jobs",
 * "apply now". Bulk mail without it (a newsletter, a portal notice) is not an alert.
 */
const JOB_LIST: PatternTable = {
  en: [
    ...w(
      3,
      /\b\d+ new (?:[\w-]+ ){0,3}(jobs|roles|positions|openings|vacancies)\b/,
      /\b(job alerts?|new jobs (for you|matching|that match|near you)|jobs you (may|might) (like|be interested)|recommended (jobs|roles) for you|jobs matching your|(similar|more) jobs like this|(view|see) all (\d+ )?(jobs|openings)|based on your (job )?(search|alert|preferences))\b/,
    ),
    ...w(2, /\b(apply now|easy apply|quick apply|be an early applicant|actively recruiting)\b/),
  ],
  de: [
    ...w(
      3,
      /\b(stellenangebote fur (sie|dich)|jobs fur (sie|dich)|\d+ neue (jobs|stellen\w*)|neue jobs|jobalarm|job-alarm|suchauftrag|passende (jobs|stellenangebote)|ahnliche (jobs|stellen\w*)|alle (jobs|stellen\w*) (ansehen|anzeigen))\b/,
    ),
    ...w(2, /\b(jetzt bewerben|schnellbewerbung)\b/),
  ],
  fr: [
    ...w(
      3,
      /\b(alerte(s)? emploi|offres (d'emploi )?(qui pourraient vous interesser|pour vous|similaires)|\d+ nouvelles offres|nouvelles offres|voir (toutes )?les offres)\b/,
    ),
    ...w(2, /\b(postulez (des maintenant|maintenant|en un clic)|candidature simplifiee)\b/),
  ],
  es: [
    ...w(
      3,
      /\b(alerta(s)? de empleo|ofertas (de empleo )?(para ti|que te pueden interesar|similares)|\d+ nuevas ofertas|nuevas ofertas|ver (todas las )?ofertas)\b/,
    ),
    ...w(2, /\b(inscribete ya|postulate ya|candidatura rapida)\b/),
  ],
  nl: [
    ...w(
      3,
      /\b(vacature-?alert|vacaturemelding|\d+ nieuwe vacatures|nieuwe vacatures|vergelijkbare vacatures|vacatures voor (jou|u)|bekijk (alle )?vacatures)\b/,
    ),
    ...w(2, /\b(solliciteer (nu|direct|snel))\b/),
  ],
  it: [
    ...w(
      3,
      /\b(annunci per te|offerte per te|\d+ nuove offerte|nuove offerte|nuovi annunci|offerte simili|annunci simili|avviso di lavoro|vedi (tutte le )?offerte)\b/,
    ),
    ...w(2, /\b(candidati ora|candidatura rapida)\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(alerta(s)? de vagas|vagas para (voce|ti)|\d+ novas vagas|novas vagas|vagas semelhantes|ver (todas as )?vagas)\b/,
    ),
    ...w(2, /\b(candidate-se (ja|agora)|candidatura (rapida|simplificada))\b/),
  ],
};

/**
 * The message speaks of an application the reader made or a process already under way with
 * them ("your application", "the role we discussed", "following our call"): what makes a
 * proposed call an interview rather than a stranger's approach about a new role.
 */
const UNDERWAY: PatternTable = {
  en: [
    ...w(
      3,
      /\b(your (recent )?(application|candidacy|interview|assessment|submission)|thanks? (you )?for (applying|your application|interviewing)|(you|you've|you have) (recently )?(applied|interviewed)|the (role|position|job|opening|vacancy) (you (applied|interviewed)|we (discussed|spoke about|talked about)))\b/,
      /\b(following (up on )?(our|your|the) (recent )?(call|conversation|chat|interview|meeting|discussion)|as (we )?(discussed|agreed)|as (i )?(mentioned|promised|said) (on|in|during) (our|the) (call|chat|conversation|interview)|(after|since) (we spoke|our (call|conversation|chat|interview))|thanks? (you )?for (getting back|the call|the chat|speaking with|your time))\b/,
    ),
  ],
  de: w(
    3,
    /\b((ihre|deine|ihrer|deiner|ihrem|deinem) (bewerbung|kandidatur|vorstellungsgesprach|gesprach)|(sie haben|du hast) sich beworben|(haben|hast) (sie|du) sich .{0,40}beworben|(fur|nach) (unser|unserem|das|dem) (gesprach|telefonat|interview)|wie (besprochen|vereinbart|telefonisch besprochen))\b/,
  ),
  fr: w(
    3,
    /\b((votre|ta) (candidature|entretien)|(vous avez|tu as) postule|(suite a|apres) (notre|votre|nos) (echange|entretien|appel|conversation|rencontre)s?|comme (convenu|evoque|discute))\b/,
  ),
  es: w(
    3,
    /\b((tu|su) (candidatura|solicitud|entrevista|postulacion)|(has|ha) (aplicado|postulado)|te postulaste|se postulo|(tras|despues de|segun) (nuestra|la) (conversacion|llamada|entrevista|charla)|como (hablamos|comentamos|acordamos))\b/,
  ),
  nl: w(
    3,
    /\b((je|uw|jouw) (sollicitatie|kandidatuur)|(je hebt|u heeft) (gesolliciteerd|je aangemeld)|(na|naar aanleiding van) (ons|het) (gesprek|telefoongesprek|telefonisch gesprek)|zoals (besproken|afgesproken))\b/,
  ),
  it: w(
    3,
    /\b((la (tua|sua)|alla (tua|sua)) candidatura|(il (tuo|suo)|al (tuo|suo)) colloquio|(ti sei|si e) candidat[oa]|(dopo|a seguito|in seguito)( di| a)? (il nostro|la nostra|del nostro|della nostra|al nostro|alla nostra|nostro|nostra) (colloquio|conversazione|telefonata|chiamata)|come (d'accordo|concordato|anticipato))\b/,
  ),
  pt: w(
    3,
    /\b((a (sua|tua)|sua|tua) (candidatura|entrevista)|(voce|tu) se candidatou|candidatou-se|(apos|depois d[ae]|conforme) (a )?(nossa )?(conversa|entrevista|ligacao|chamada)|conforme (combinado|conversamos))\b/,
  ),
};

/**
 * A concrete later opening the writer keeps the reader for: a named season or quarter, a team
 * being formed, a role to be approved or reopened, a promise to write before it is advertised.
 * Keeping a CV "for future opportunities" is a courtesy; keeping it for this is the point.
 */
const LATER_OPENING: PatternTable = {
  en: w(
    2,
    /\b(upcoming|planned|new) (?:[\w-]+ ){0,2}(openings|roles|positions|vacancies|hires|team)\b.{0,40}\b(in|next|later|early|this) (the )?(new year|year|quarter|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|h[12])\b/,
    /\b(when|once|as soon as|the moment) (the|a|this|that|our) (?:[\w-]+ ){0,2}(role|position|opening|headcount|team|vacancy|requisition) (is|gets|has been) (approved|signed off|reopened|re-opened|opened|budgeted)\b/,
    /\b(growing|expanding|building out|scaling) (the|our) (?:[\w-]+ ){0,2}team (in|next|early|later) (the )?(new year|next year|q[1-4]|spring|summer|autumn|fall)\b/,
    /\b(before (we|it|they) (advertise|publish|post|go external)|(forming|building|opening|hiring for) (a|the|our) (?:[\w-]+ ){0,3}team in (q[1-4]|the new year|spring|summer|autumn|the fall|january|the coming months))\b/,
  ),
  de: w(
    2,
    /\b(sobald (die|eine|diese) ([a-z]+ )?(stelle|position|vakanz) (wieder )?(frei|offen|ausgeschrieben|freigegeben|genehmigt)|(bauen|erweitern|vergrossern) (unser|unseren|das) [a-z-]*team (im|ab dem) (fruhjahr|sommer|herbst|neuen jahr|nachsten jahr)|bevor wir (sie|die stelle|die position|diese) (ausschreiben|veroffentlichen)|(im|ab dem) (fruhjahr|sommer|herbst|winter|neuen jahr|nachsten jahr|(ersten|zweiten|dritten|vierten) quartal|q[1-4]) .{0,40}\b(stelle|position|team|rolle)n?)\b/,
  ),
  fr: w(
    2,
    /\b(des que (le|ce|un) (poste|role) (sera |est )?(rouvert|ouvert|valide|publie)|avant de (le|la|les) (publier|diffuser)|(au|d'ici le|pour le) (printemps|premier trimestre|deuxieme trimestre|second trimestre|troisieme trimestre|quatrieme trimestre|debut de l'annee)|l'annee prochaine)\b/,
  ),
  es: w(
    2,
    /\b(en cuanto (se (re)?abra|vuelva a abrirse|se apruebe)|antes de (publicarla|publicarlas|publicarlo|publicar la|publicar las)|(el|en el) (proximo|primer|segundo|tercer|cuarto) trimestre|el ano que viene|a principios de ano)\b/,
  ),
  nl: w(
    2,
    /\b(zodra (de|een|die) (functie|vacature|rol|positie) (weer )?(open|vrij|goedgekeurd)|voordat we (de vacature|ze|hem|die) (publiceren|plaatsen|openstellen|uitzetten)|(in het|het) (voorjaar|najaar|(eerste|tweede|derde|vierde) kwartaal)|volgend jaar)\b/,
  ),
  it: w(
    2,
    /\b((quando|non appena) (la|una) (posizione|ricerca) (verra|sara) (riaperta|aperta|approvata)|prima di (pubblicarla|pubblicarle|pubblicare)|(nel|il) (primo|secondo|terzo|quarto) trimestre|il prossimo anno|l'anno prossimo)\b/,
  ),
  pt: w(
    2,
    /\b((quando|assim que) a (vaga|posicao) (reabrir|for reaberta|abrir|for aprovada)|antes de (as|a|os|o) publicarmos|antes de publicar|(no|o) (primeiro|segundo|terceiro|quarto) trimestre|no proximo ano|no ano que vem)\b/,
  ),
};

/**
 * The concrete later opening named by when it opens: a month, quarter, half or season together
 * with a role being opened, advertised or hired for ("opening a req in Q2", "im März schreiben
 * wir die Stelle aus", "a maggio apriremo la posizione"), and keeping the CV for that one role
 * until it opens ("for that role", "as soon as the req goes live", "zodra die vacature
 * openstaat"). Said of one named role, keeping the CV is the point of the letter.
 */
const OPENING_WHEN: PatternTable = {
  en: w(
    2,
    // Roles arriving at a named time: "two roles landing in the new year".
    /\b(roles|positions|openings|jobs|vacancies|reqs) (landing|coming up|coming|opening up|opening) (in|early in|early|next|from) (the )?(new year|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|spring|summer|autumn|fall|next year)\b/,
    /\b(open|opens|opening|kick(ing)? off hiring for|hiring for|hire|hires|launch(ing)?|advertis(e|ing)|post(ing)?) (?:[\w,&()/-]+ ){0,8}?(in|from|by|early|during|around) (the )?(january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|the (first|second) half|h[12]|spring|summer|autumn|fall|winter|the new year|next year|the next month( or so)?|the coming (weeks|months))\b/,
    /\b(in|from|early|by) (january|february|march|april|june|july|august|september|october|november|december|q[1-4]) (we're|we are|we'll|we will|the team is|the team will|they're|they are|they'll) (?:[\w-]+ ){0,3}(open|opening|hiring|kicking off|launching|advertising|recruiting)\b/,
    /\b(for (that|this|those|the new) (role|position|opening|req|requisition|team|job|vacancy)s?\b(?! (is|was|has|have))|(when|once|as soon as|the moment) (it|that|those|the req|the role|the position|that position|that role|the brief|they|the posting) (opens?|goes live|go live|lands|is posted|are posted|is approved|is advertised)\b|before it goes (public|live|external))/,
  ),
  de: w(
    2,
    /\b(im|ab|ab dem|zum) (januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|(ersten|zweiten) halbjahr) (\d{4} )?(?:[\w„“"()/-]+ ){0,8}?(ausschreiben|ausgeschrieben|eroffnen|offnen|besetzen|aufbauen|einstellen|neu besetzt|frei|(schreiben|suchen|stellen|offnen|eroffnen|bauen|besetzen) wir)\b/,
    /\b(schreiben|eroffnen|besetzen) wir (?:[\w„“"()/-]+ ){0,6}?(im|ab) (januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|fruhjahr|sommer|herbst|neuen jahr)\b/,
    /\b(bis dahin|fur (diese|die neue|jene) (stelle|position|rolle)|sobald (die|diese) (stelle|stellen|position|positionen) (offen|ausgeschrieben|frei) (ist|sind|werden|wird))\b/,
  ),
  fr: w(
    2,
    /\b(en|des|a partir de|d'ici) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|debut d'annee|fin d'annee),? (?:[\w'·()/-]+ ){0,6}?(ouvrons|ouvrirons|ouvrira|ouvre|recrutons|recruterons|lancerons|lancons|publierons|poste|mission)s?\b/,
    /\b(ouvrir|ouvrirons|ouvrons|demarrer|lancer) (?:[\w'·()/-]+ ){0,8}?(en|des|debut|a partir de) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|d'annee|l'annee prochaine)\b/,
    /\b(des l'ouverture (du|de ce|de la) (poste|mission)|des qu'(il|elle|ils|elles) (se confirme|se confirment|ouvre|ouvrent|sera ouvert|sera publie)|pour ce (futur|nouveau) poste)\b/,
  ),
  es: w(
    2,
    /\b(en|a partir de|desde|para) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|el (primer|segundo) semestre) (de \d{4} )?(?:[\w()/-]+ ){0,4}?(abrimos|abriremos|vamos a abrir|se abrira|se abre|publicaremos|incorporaremos|contrataremos)\b/,
    /\b(abrimos|abriremos|vamos a abrir|procesos que abriremos) (?:[\w()/-]+ ){0,8}?(en|durante|para) (el )?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|primer semestre|segundo semestre)\b/,
    /\b(para (esa|esta|la nueva) (posicion|vacante|plaza|puesto)|en cuanto (se publique|se abra|salga|este abierta))\b/,
  ),
  nl: w(
    2,
    /\b(per \d{1,2} |in |vanaf |begin )(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (?:[\w()/-]+ ){0,6}?(vacature|functie|rol|positie|team)s?\b/,
    /\b(komt|komen) er (?:[\w()/-]+ ){0,4}?(vacature|functie|plek)s? vrij\b/,
    /\b(voor die (functie|vacature|rol|positie)|zodra (die|de|deze) (vacature|functie|rol|positie|vacatures)s? (open ?staat|open ?gaat|open gaan|openstaan|vrijkomt|gepubliceerd))\b/,
  ),
  it: w(
    2,
    /\b(a|da|entro|in) (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|primavera|autunno) (?:[\w'()/-]+ ){0,3}?(apriremo|apriamo|aprira|si aprira|pubblicheremo|cercheremo|inseriremo)\b/,
    /\b(apriremo|apriamo|aprira) (la|una|una nuova|delle|due) (posizione|ricerca|posizioni|selezione)\b/,
    /\b(per quella (posizione|ricerca|selezione)|all'apertura|(quando|non appena) (la posizione|quella posizione|la ricerca) (verra|sara) (riaperta|aperta|pubblicata))\b/,
  ),
  pt: w(
    2,
    /\b(em|a partir de|no comeco de|no inicio de) (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|\d{4}) (?:[\w()/-]+ ){0,3}?(vamos abrir|abriremos|abrimos|vai abrir|abre)\b/,
    /\b(vamos abrir|abriremos) (?:[\w()/-]+ ){0,8}?(em|no comeco de|no inicio de|ate) (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|\d{4})\b/,
    /\b(para (essa|esta|a nova) (vaga|posicao|oportunidade)|quando (ela|essa vaga|essas vagas|a vaga|elas) (abrir|abrirem|sair|sairem|for aberta|forem abertas))\b/,
  ),
};

/**
 * The writer says the no is not why they write: "the real reason I'm writing", "ich melde mich
 * eigentlich aus einem anderen Grund", "lo importante de este correo es otra cosa". What follows
 * is the point of the letter.
 */
const REAL_POINT: PatternTable = {
  en: w(
    3,
    /\b(the (real|main|actual|other) reason (i'm|i am|we're|we are|for) (writing|reaching out|getting in touch|this (email|note|message))|(i'm|i am|we're|we are) not (just )?writing (just )?to say no|(what|something) (we'd|we would|i'd|i would) (love|like) to do instead|but that's not (why|the reason) (i'm|i am|we're|we are) (writing|reaching out))\b/,
  ),
  de: w(
    3,
    /\b(ich melde mich (aber )?(eigentlich|vor allem|hauptsachlich) (aus einem anderen grund|wegen etwas anderem)|der eigentliche grund (meiner|unserer|dieser) (mail|nachricht|e-mail)|deshalb schreibe ich (aber )?nicht)\b/,
  ),
  fr: w(
    3,
    /\b(ce n'est pas pour (cela|ca) que (nous vous ecrivons|je vous ecris)|la (vraie|veritable) raison de (mon|notre|ce) (message|mail|courriel)|je ne vous ecris pas (seulement|uniquement|que) pour)\b/,
  ),
  es: w(
    3,
    /\b(lo (importante|principal) de este (correo|mensaje|email) es otra cosa|el motivo (principal|real) de (mi|este|nuestro) (correo|mensaje|email)|no te escribo solo para)\b/,
  ),
  nl: w(
    3,
    /\b(waar(om)? ik (je|u) (eigenlijk|vooral) (voor )?(mail|schrijf|benader)|de (echte|eigenlijke) reden (van|voor) (deze|mijn) (mail|bericht))\b/,
  ),
  it: w(
    3,
    /\b((le|ti|vi) scrivo (pero )?(soprattutto|in realta|principalmente) per (un altro|altro) motivo|il (vero|principale) motivo (della mia|di questa) (mail|email|e-mail|lettera))\b/,
  ),
  pt: w(
    3,
    /\b(o motivo principal d[oa] (meu|minha|este|esta) (e-mail|email|mensagem|contato) e outro|o (verdadeiro|real) motivo d[oa] (meu|minha|este|esta) (e-mail|email|mensagem)|nao (te )?escrevo so para)\b/,
  ),
};

/**
 * A future left open: "should something suitable come up", "for future opportunities", "por si
 * surge una oportunidad", "mocht er iets anders langskomen". Beside keeping the details it is
 * the stock line that closes a plain rejection, not a named opening.
 */
const OPEN_FUTURE: PatternTable = {
  en: w(
    2,
    /\b(should|if|in case|when|whenever|as) (something|anything|a|an|another|any|other) ?(else |new |suitable |relevant |similar |matching |appropriate |other )*(role|position|vacancy|opportunity|opening|job)?s? ?(else |suitable |relevant )?(come|comes|came|crop|crops) up\b/,
    /\b(should|if|in case|when|whenever|as) (a|an|any|another|other) (suitable |relevant |similar |matching |appropriate |new )*(role|position|vacancy|opportunity|opening|job)s? (arise|arises|become available|becomes available|open up|opens up)\b/,
    /\b(in case|if|should) (anything|something|things) (changes?|change)\b/,
    /\b(future|other|upcoming) (suitable |relevant )?(opportunities|openings|vacancies|roles|positions)\b/,
  ),
  de: w(
    2,
    /\b(bei (passenden|geeigneten|kunftigen|zukunftigen) (vakanzen|stellen|positionen|gelegenheiten|ausschreibungen)|fur (kunftige|zukunftige|andere|weitere) (stellen|positionen|vakanzen|ausschreibungen|gelegenheiten)|(sollte|falls|wenn) (sich )?(eine|etwas) (passende|geeignete)?.{0,30}(ergeben|ergibt|frei werden|frei wird))\b/,
  ),
  fr: w(
    2,
    /\b((opportunites|postes|offres) (futur(e)?s|a venir)|(futures|prochaines|autres) (opportunites|offres)|si (une|un) (opportunite|poste|offre) (correspondant|adapte|similaire)?.{0,30}(se presentait|se presente|venait a s'ouvrir|s'ouvrait))\b/,
  ),
  es: w(
    2,
    /\b(por si (surge|surgiera|aparece|apareciera|se abre|se abriera)|(futuras|proximas|otras) (oportunidades|vacantes|posiciones)|(si|cuando) (surge|surja|surgiera|aparezca) (una|alguna|otra) (oportunidad|vacante|posicion))\b/,
  ),
  nl: w(
    2,
    /\b(mocht(en)? er (iets|een (passende|geschikte)?.{0,20}(vacature|functie|rol))( anders)? (langskomen|voorbijkomen|vrijkomen|zijn)|(toekomstige|andere|nieuwe) (vacatures|functies|mogelijkheden|kansen))\b/,
  ),
  it: w(
    2,
    /\b((future|eventuali|prossime|altre) (opportunita|posizioni|selezioni|ricerche)|in caso di (future|nuove) (opportunita|posizioni)|qualora (si presentasse|si aprisse|emergesse))\b/,
  ),
  pt: w(
    2,
    /\b((futuras|proximas|outras|novas) (oportunidades|vagas|posicoes)|caso (surja|apareca|se abra) (uma|alguma|outra|nova) (oportunidade|vaga|posicao))\b/,
  ),
};

/**
 * Keeping the CV put to the reader rather than announced: a wish ("we'd like to", "nous
 * aimerions", "wir möchten"), leave asked ("with your permission", "may we", "si estás de
 * acuerdo") or an invitation to join. A letter that asks to keep the CV is about keeping it;
 * "we'll keep your details on file" closing a "no" announces a routine. Read beside the keep
 * evidence of the same sentence (sentences.ts), never alone.
 */
const KEEP_ASKED: PatternTable = {
  en: w(
    2,
    /\b((i|we)('d| would) (really |very much |also )?(like|love|want|welcome the chance|be (happy|glad|keen)) to|(may|can|could) (we|i) (keep|hold|add|retain|store|save|have)|(do you |would you )?mind if (we|i)|would you (be )?(ok|okay|happy|comfortable|open|like)|are you (ok|okay|happy|comfortable|open)|with your (ok|okay|permission|consent|agreement)|if (that's|that is|it's|it is|you're|you are) (ok|okay|fine|alright|happy|open)|if you (agree|consent|don't mind|do not mind)|(invite|invited|inviting) you to join|join (our|the) (?:[\w-]+ ){0,3}(talent|candidate) (pool|community|network))\b/,
  ),
  de: w(
    2,
    /\b((mochten|mochte|wurden|wurde) (wir|ich) (sie|dich|ihre|deine|ihr|dein|gern|gerne)|(durfen|darf|konnen|kann) (wir|ich) (ihre|deine|ihr|dein|sie|dich)|(wenn|falls|sofern) (sie|du) (damit |dem )?einverstanden|einverstandnis|(mit|ohne) (ihre|deine|ihrer|deiner) (zustimmung|einwilligung)|sofern sie (dem |dies |damit )?zustimmen|(waren|sind) sie einverstanden)\b/,
  ),
  fr: w(
    2,
    /\b((nous |je )?(aimerions|souhaiterions|souhaitons|voudrions|aimerais|souhaiterais|voudrais|souhaite)|avec (votre|ton) (accord|permission|consentement|autorisation)|si (vous etes|tu es|vous en etes) d'accord|si vous (le souhaitez|y consentez|l'acceptez)|(accepteriez|accepteriez-vous|seriez-vous d'accord|pouvons-nous|puis-je))\b/,
  ),
  es: w(
    2,
    /\b((me|nos) gustaria|(queremos|quisieramos|queria|querriamos)|si (esta|estas|estais) de acuerdo|con (tu|su) (permiso|consentimiento|autorizacion)|si (te|le) parece bien|(podemos|puedo) (guardar|conservar|mantener|incorporar)|(te|le) (guardamos|incorporamos))\b/,
  ),
  nl: w(
    2,
    /\b((ik|we|wij) (zou|zouden|wil|willen) (je|jou|u|jouw|uw|graag)|mogen (we|wij|ik)|vind (je|u) het goed|(met|zonder) (je|jouw|uw) toestemming|als (je|u) (daarmee |hiermee )?akkoord (bent|gaat)|als (je|u) dat (goed vindt|wilt))\b/,
  ),
  it: w(
    2,
    /\b((vorrei|vorremmo|ci piacerebbe|mi piacerebbe|desideriamo|desidero|terrei|inserirei|conserverei)|con il (tuo|suo) (consenso|permesso|accordo)|se (e|sei|siete) d'accordo|(possiamo|posso) (tenere|conservare|inserire))\b/,
  ),
  pt: w(
    2,
    /\b((queria|queriamos|queremos|gostariamos|gostaria|adorariamos)|se (voce |tu )?(concordar|estiver de acordo|estiveres de acordo)|com (a sua|o seu|sua|seu|a tua|tua) (permissao|consentimento|autorizacao)|(podemos|posso) (guardar|manter|incluir))\b/,
  ),
};

/**
 * An offer spoken of as settled: signed or accepted already ("congratulations on accepting your
 * offer", "the address on your offer letter", "votre contrat signé"). Mail that says so comes
 * after the offer (onboarding, paperwork), not with it. Read beside the offer evidence of the
 * same sentence (sentences.ts).
 */
const OFFER_SETTLED: PatternTable = {
  en: w(
    2,
    // (Not "once you have signed": that is still to come.)
    /\b((?<!\b(once|when|after|if|until|before|as soon as) )(you('ve| have)?|you've now|you have now) (signed|accepted|countersigned|returned)|(on|for) (accepting|signing) (your|our|the) (offer|contract)|(signed|accepted|countersigned) (offer|contract|offer letter)|(on|in|per|from|with) your (signed )?(offer letter|offer|contract)|as (outlined|stated|agreed|set out|detailed) in your (offer|contract)|(received|got) your signed|now that you('re| are) (officially )?(joining|on board))\b/,
  ),
  de: w(
    2,
    /\b((sie|du) (haben|hast) (den |ihren |deinen )?(vertrag |arbeitsvertrag )?(unterschrieben|zugesagt|angenommen)|dass (sie|du) (den |ihren |deinen )?(vertrag |arbeitsvertrag |das angebot )?(unterschrieben|zugesagt|angenommen) (haben|hast)|unterschrieben\w* (vertrag|arbeitsvertrag|angebot)|(in|laut|gemass) (ihrem|deinem) (arbeits)?vertrag|nach (ihrer|deiner) zusage|(ihre|deine) zusage (erhalten|bekommen))\b/,
  ),
  fr: w(
    2,
    /\b((?<!\b(des que|une fois que|quand|lorsque|si) )(vous avez|tu as) (signe|accepte|retourne)|(contrat|promesse|proposition) (d'embauche |de travail )?signee?|(dans|selon|sur) (votre|ta) (contrat|lettre d'offre|promesse d'embauche)|suite a (votre|ton) (acceptation|signature))\b/,
  ),
  es: w(
    2,
    /\b((has|ha|habeis) (firmado|aceptado)|(contrato|oferta|carta oferta) firmad[oa]|(en|segun) (tu|su) (contrato|carta oferta|oferta)|tras (aceptar|firmar) (la|tu|su|nuestra) (oferta|contrato))\b/,
  ),
  nl: w(
    2,
    /\b((je|u) (het |je |uw )?(contract |aanbod |arbeidsovereenkomst )?(hebt|heeft) (getekend|ondertekend|geaccepteerd|aangenomen)|(je|u) (hebt|heeft) (het |je |uw )?(contract |aanbod |arbeidsovereenkomst )?(getekend|ondertekend|geaccepteerd|aangenomen)|getekende (contract|arbeidsovereenkomst|aanbod)|(in|volgens) (je|jouw|uw) (contract|arbeidsovereenkomst|aanbod))\b/,
  ),
  it: w(
    2,
    /\b((hai|ha|avete) (firmato|accettato)|(contratto|lettera di assunzione|proposta) firmat[oa]|(nel|secondo il|nella) (tuo|suo|tua|sua) (contratto|lettera di assunzione|proposta)|dopo (aver|avere) (firmato|accettato))\b/,
  ),
  pt: w(
    2,
    /\b((voce |tu )?(assinou|aceitou|assinaste|aceitaste)|(contrato|proposta) assinad[oa]|(no|conforme o|na|conforme a) (seu|teu|sua|tua) (contrato|proposta|carta oferta)|apos (aceitar|assinar) (a|o) (proposta|contrato|oferta))\b/,
  ),
};

/**
 * The papers of an accepted offer, in the seven languages (folded): an e-signature service or
 * envelope, the right-to-work or identity check, the IP assignment. Read only in a message that
 * already says the offer is settled (see offerInPast and slotsForPaperwork in model/features.ts).
 */
export const SIGNING_PAPERWORK =
  /\b(docusign|adobe sign|hellosign|yousign|e-?signature|electronic signature|signing (link|request)|envelope|right to work|ip assignment|(id|identity) (check|verification)|elektronisch\w* (signatur|unterschrift|signieren)|identitatsprufung|arbeitserlaubnis|signature electronique|enveloppe|verification d'identite|titre de sejour|firma (electronica|digital|elettronica)|verificacion de identidad|permiso de trabajo|elektronische handtekening|envelop|identiteitscontrole|werkvergunning|verifica dell'identita|permesso di lavoro|assinatura (eletronica|digital)|verificacao de identidade|autorizacao de trabalho)\b/;

/** Keeping the CV in words the first tables miss: "in portefeuille houden", "ti terremo presente". */
const KEPT_FOR_LATER: PatternTable = {
  en: w(
    3,
    /\b(tagged|flagged|earmarked|saved) (your|you) (profile|cv|resume|details)? ?for (it|that|this|the new|those)\b/,
    /\b(keep|hold on to|hang on to|save|retain) (your|you) (cv|resume|profile|details|application) for (that|this|the new|those) (role|position|opening|req|team|job)s?\b/,
    // Joining the reader to a pool: "have added your profile to our talent community".
    /\b(added|add|adding|included|include|invited|welcome) (you|your (profile|cv|resume|details|application)) (to|in|into) (our|the) (?:[\w-]+ ){0,3}(talent (community|pool|network)|candidate pool)\b/,
  ),
  de: w(
    3,
    /\b(ihre|deine) (unterlagen|bewerbungsunterlagen|bewerbung|daten) (?:[\w-]+ ){0,6}?(in unserem|im) talent ?pool (behalten|speichern|aufnehmen|aufbewahren)\b/,
    // The object first: "Ihre Unterlagen bewahren wir auf", "bewahren wir Ihre Unterlagen auf".
    /\b((ihre|deine) (unterlagen|bewerbungsunterlagen|bewerbung|daten|lebenslauf|profil) (bewahren|speichern|behalten|archivieren) wir|(bewahren|speichern|behalten) wir (ihre|deine) (unterlagen|bewerbungsunterlagen|bewerbung|daten|lebenslauf|profil))\b/,
  ),
  es: w(
    3,
    /\b(tenerle|tenerte|tenerlo|tenerla|le tendremos|te tendremos|te tendre|le tendre) (muy )?en cuenta\b/,
  ),
  nl: w(
    3,
    /\b(je|jouw|uw) (cv|gegevens|profiel|sollicitatie) (graag )?(in (portefeuille|portfolio|ons bestand|onze (talentenpool|talentpool|database))) (houden|bewaren|hebben)\b/,
    /\bin portefeuille (houden|bewaren|hebben)\b/,
  ),
  it: w(
    3,
    /\b((ti|la|vi|lo) (terremo|terro|terrei|teniamo|terremmo) (in )?(presente|in considerazione)|(terremo|terro|terrei|teniamo) (il suo|il tuo|suo|tuo) (cv|curriculum|profilo) (in evidenza|presente|in considerazione))\b/,
  ),
  pt: w(
    3,
    /\b(manter|manteremos|vamos manter|queria manter|gostaria de manter) (o )?(seu|teu) (curriculo|cv|perfil) (guardado|arquivado|em (nosso|nossa) (banco|base))\b/,
  ),
};

/** Each language's patterns of every table given, as one table. */
// Receipts said at length: the application named with its role or employer between it and the
// verb that says it arrived or went out ("your application for the analyst role at Acme has
// been submitted", "tu candidatura para la oferta … se ha inscrito correctamente"), and the
// receipt a person states with more words around it ("we have received your CV and cover
// letter"). Only verbs of arriving and sending count: the gap never holds a decision.
const RECEIPT_AT_LENGTH: PatternTable = {
  en: w(
    3,
    /\byour (application|cv|resume|candidacy|submission)\b[^.;!?]{0,100}? (has been|was|is|have been|were) (successfully |now )?(received|submitted|sent|delivered|registered|recorded)\b/,
  ),
  de: w(
    3,
    /\b(ihre|deine) (bewerbung|unterlagen|kandidatur)\b[^.;!?]{0,100}? (ist|sind|wurde|wurden) (bei uns |uns )?(erfolgreich |gut |vollstandig )?(eingegangen|angekommen|ubermittelt|versendet|versandt|gesendet|eingereicht|registriert)\b/,
    /\b(wir haben|haben wir) (ihre|deine) (bewerbung|unterlagen)\b[^.;!?]{0,100}? (gut |erfolgreich |vollstandig )?erhalten\b/,
  ),
  fr: w(
    3,
    /\b(votre|ta) candidature\b[^.;!?]{0,100}? (a (bien )?ete|est bien|est) (bien )?(recue|envoyee|transmise|enregistree|soumise|prise en compte)\b/,
    /\b(nous )?accusons (bien |bonne )?reception\b/,
  ),
  es: w(
    3,
    /\b(tu|su) (candidatura|solicitud|inscripcion)\b[^.;!?]{0,100}? (ha sido|fue|se ha|ha quedado|queda) (correctamente )?(recibid|enviad|registrad|presentad|inscrit)[oa]\b/,
  ),
  nl: w(
    3,
    /\b(je|uw) (sollicitatie|cv)\b[^.;!?]{0,100}? (is|zijn|werd) (succesvol |goed |in goede orde )?(ontvangen|verstuurd|verzonden|ingediend)\b/,
    /\b(we|wij) hebben (je|uw) (sollicitatie|cv)\b[^.;!?]{0,60}? (goed |in goede orde )?ontvangen\b/,
  ),
  it: w(
    3,
    /\bla (tua|sua) candidatura\b[^.;!?]{0,100}? (e stata|e) (correttamente |regolarmente )?(ricevuta|inviata|registrata|inoltrata)\b/,
  ),
  pt: w(
    3,
    /\b(a (sua|tua)|sua|tua) (candidatura|inscricao)\b[^.;!?]{0,100}? (foi|esta) (enviada|submetida|registada|registrada|recebida)\b/,
  ),
};

/**
 * An agency's receipt: the recruiter has put the reader's CV in front of the client. The
 * application went out; nothing is decided yet.
 */
const SUBMITTED_TO_CLIENT: PatternTable = {
  en: w(
    3,
    /\b(i've|i have|we've|we have|i|we) (now |just |already )?(submitted|sent|forwarded|presented|passed) (over |on )?(your (cv|resume|profile|application|details)|you) (across |over |on )?(to|with) (my|our|the) (client|hiring manager)\b/,
  ),
  de: w(
    3,
    /\b(habe|haben)\b[^.;!?]{0,40}\b(profil|lebenslauf|cv|bewerbung|unterlagen|sie|dich)\b[^.;!?]{0,40}\b(kunden|mandanten|auftraggeber)\b[^.;!?]{0,30}\b(weitergeleitet|vorgestellt|eingereicht|geschickt|gesendet|ubermittelt|prasentiert)\b/,
  ),
  fr: w(
    3,
    /\b(j'ai|nous avons) (bien |deja )?(transmis|envoye|presente|soumis) (votre|ton) (cv|profil|candidature|dossier) (a|aupres de) (mon|notre) client\b/,
  ),
  es: w(
    3,
    /\b(he|hemos) (enviado|presentado|trasladado|remitido|pasado) (tu|su) (cv|curriculum|perfil|candidatura) (a mi cliente|a nuestro cliente|al cliente)\b/,
  ),
  nl: w(
    3,
    /\b(ik heb|we hebben|wij hebben) (je|uw|jouw) (cv|profiel|sollicitatie|gegevens)\b[^.;!?]{0,40}\b(klant|opdrachtgever)\b[^.;!?]{0,20}\b(doorgestuurd|voorgesteld|ingediend|gestuurd|voorgelegd)\b/,
  ),
  it: w(
    3,
    /\b(ho|abbiamo) (inviato|presentato|inoltrato|girato|sottoposto) (il (tuo|suo) (cv|curriculum|profilo)|la (tua|sua) candidatura) (al (mio|nostro) cliente|al cliente)\b/,
  ),
  pt: w(
    3,
    /\b(enviei|enviamos|apresentei|apresentamos|encaminhei|encaminhamos|submeti|submetemos) (o (seu|teu) |seu |a (sua|tua) |sua )(cv|curriculo|perfil|candidatura) (ao (meu|nosso) cliente|ao cliente|para o (meu|nosso) cliente)\b/,
  ),
};

/** How the writer reads applications: every one, by someone; said by a receipt, not a decision. */
const EVERY_APPLICATION_READ: PatternTable = {
  en: w(
    2,
    /\b(i|we|our (\w+ )?team) (personally )?(read|reads|review|reviews|look at|looks at|go through|goes through) (every|each) (application|cv|resume)( (myself|ourselves|personally))?\b/,
  ),
  de: w(2, /\b(wir|ich) (lesen|lese|prufen|prufe|sichten|sichte) (jede|alle) bewerbung(en)?\b/),
  fr: w(
    2,
    /\b(nous lisons|je lis|nous etudions|j'etudie|(notre|l') equipe (lit|etudie|examine)) (chaque|toutes les) candidatures?\b/,
  ),
  es: w(
    2,
    /\b(leemos|leo|revisamos|reviso|nuestro equipo revisa) (cada|todas las) (candidatura|solicitud)(es|s)?\b/,
  ),
  nl: w(
    2,
    /\b(we lezen|ik lees|we bekijken|ik bekijk) (elke|iedere|alle) (sollicitatie|sollicitaties|cv)\b/,
  ),
  it: w(
    2,
    /\b(leggiamo|leggo|valutiamo|valuto|esaminiamo) (ogni|ciascuna|tutte le) candidatur[ae]\b|\b(le|la|li) (sta|stiamo|stanno) (valutando|esaminando)\b/,
  ),
  pt: w(2, /\b(lemos|leio|analisamos|analiso|avaliamos) (cada|todas as) candidaturas?\b/),
};

/** An answer promised whatever it is, said to the reader: "you'll hear from us either way". */
const ANSWER_EITHER_WAY: PatternTable = {
  en: w(
    2,
    /\b(you'll|you will) hear (back )?from (us|me)\b[^.;!?]{0,40}\b(either way|whatever (the outcome|happens|we decide)|whether or not|regardless)\b/,
  ),
  de: w(
    2,
    /\b(in jedem fall|so oder so|auf jeden fall)\b[^.;!?]{0,40}\b(horen|horst) (sie|du) von (uns|mir)\b|\b(horen|horst) (sie|du) (in jedem fall|so oder so|auf jeden fall) von (uns|mir)\b/,
  ),
  fr: w(
    2,
    /\b(vous aurez|tu auras) (de nos nouvelles|une reponse|un retour)\b[^.;!?]{0,30}\b(dans tous les cas|quoi qu'il arrive|quelle que soit)\b/,
  ),
  es: w(
    2,
    /\b(en cualquier caso|en todo caso|pase lo que pase)\b[^.;!?]{0,40}\b(responderemos|te escribiremos|le escribiremos|tendras noticias|tendra noticias|recibiras respuesta|recibira respuesta)\b/,
  ),
  nl: w(
    2,
    /\b(je|u) (hoort|krijgt) (hoe dan ook|in (elk|ieder) geval) (van ons|bericht|antwoord)\b/,
  ),
  it: w(
    2,
    /\b(in ogni caso|comunque vada)\b[^.;!?]{0,40}\b(ti|le) (faremo sapere|daremo (un )?riscontro|risponderemo|scriveremo)\b/,
  ),
  pt: w(
    2,
    /\b(em qualquer caso|de qualquer forma|seja como for)\b[^.;!?]{0,40}\b(daremos|teras|tera|vais ter|vai ter) (retorno|resposta|noticias)\b/,
  ),
};

// A "no" that names what happened instead: the writer's team filled the role, or hired someone
// (often named) in the end. Said in the past and as the team's own act, so a stranger's "we're
// hiring" never reads this way; only verbs of hiring count, never "chose" or "selected", which
// an offer says too ("in the end we chose you").
const ROLE_FILLED: PatternTable = {
  en: w(
    3,
    /\b(we've|we have|we) (now |just |already |since )?filled the\b[^.;!?]{0,60}\b(role|position|vacancy|opening|post|job)\b/,
  ),
  de: w(
    3,
    /\b(haben|hat) (wir )?(die|diese) (stelle|position|vakanz)\b[^.;!?]{0,60}\b(besetzt|vergeben)\b/,
  ),
  fr: w(3, /\b(nous avons|on a) (finalement |deja )?pourvu (le|ce) poste\b/),
  es: w(3, /\b(hemos|ya hemos) cubierto (el|la|este|esta) (puesto|vacante|posicion)\b/),
  nl: w(
    3,
    /\b(hebben|heeft) (we |wij )?(de|deze) (functie|vacature|rol|positie)\b[^.;!?]{0,40}\b(ingevuld|vervuld|vergeven)\b/,
  ),
  it: w(3, /\babbiamo (gia )?(coperto|chiuso) (la|questa) posizione\b/),
  pt: w(3, /\b(ja )?(preenchemos|fechamos) (a|esta|essa) (vaga|posicao)\b/),
};
const HIRED_IN_THE_END: PatternTable = {
  en: w(3, /\b(ended up|eventually|ultimately|in the end) (hiring|going with|appointing)\b/),
  de: w(3, /\b(letztlich|schliesslich|am ende|letzten endes)\b[^.;!?]{0,60}\beingestellt\b/),
  fr: w(3, /\b(finalement|au final|en fin de compte)\b[^.;!?]{0,40}\b(recrute|embauche)\b/),
  es: w(3, /\b(finalmente|al final|en definitiva)\b[^.;!?]{0,40}\b(contratado|contratamos)\b/),
  nl: w(3, /\buiteindelijk\b[^.;!?]{0,60}\b(aangenomen|in dienst genomen)\b/),
  it: w(3, /\b(alla fine|infine|in definitiva)\b[^.;!?]{0,40}\bassunto\b/),
  pt: w(
    3,
    /\b(acabamos (por|de)|no fim|afinal|no final)\b[^.;!?]{0,40}\b(contratar|contratando|contratamos)\b/,
  ),
};

/**
 * Someone from inside chosen over the reader: "we've decided to go with an internal candidate",
 * "für eine interne Bewerberin entschieden", "une candidate interne a été retenue". A person
 * was chosen, so it is another candidate; the role "filled internally" (an adverb, no person)
 * stays a closed position.
 */
const INTERNAL_CHOSEN: PatternTable = {
  en: w(
    3,
    /\b(to|with|for|chose|chosen|selected|appointed|hired|picked|promoted) (an?|one of our|one|the) (internal|in-house) (candidate|applicant|colleague|team member|employee|person)s?\b/,
  ),
  de: w(
    3,
    /\b(interne[nr]?|hausinterne[nr]?) (kandidat|bewerber|kolleg|mitarbeiter)(in|innen|en)?\b/,
  ),
  fr: w(
    3,
    /\b(un|une|le|la|d'un|d'une) (candidat|candidate|collaborateur|collaboratrice|profil|personne) (en )?interne\b/,
  ),
  es: w(3, /\b(un|una|el|la) (candidat[oa]|persona|perfil|profesional|companer[oa]) intern[oa]\b/),
  nl: w(3, /\b(een|de) interne (kandidaat|kandidate|sollicitant|collega|medewerker)\b/),
  it: w(3, /\b(un|una|un'|il|la) ?(candidat[oa]|risorsa|profilo|collega|persona) intern[ao]\b/),
  pt: w(3, /\b(um|uma|o|a) (candidat[oa]|pessoa|perfil|profissional|colega) intern[oa]\b/),
};

/**
 * A person's own words for the skill the reader lacks and the role needed: "you haven't yet
 * done much hands-on exploit development", "sin experiencia en …", "daar heb je geen ervaring
 * mee", "per noi era fondamentale …". The gap decided, so it is about fit.
 */
const SKILL_MISSING: PatternTable = {
  en: w(
    3,
    /\byou (haven't|have not|don't have|do not have|didn't have|did not have|lack) (yet |really |quite )?(done |had |got |built |shown )?(much|enough|any|sufficient|a lot of) (hands-on|direct|production|practical|real-world|commercial|professional|relevant|prior)\b/,
    /\b(no|little|limited) (hands-on |direct |production |practical |prior |commercial |professional )?experience (with|in) (?!(this|our) (process|team))|\b(the|a|that's the|that is the) gap for (this|the) (particular |specific )?(role|position|team)\b/,
    /\b(was|is|were|are) (essential|critical|non-negotiable|a must|a hard requirement) for us\b/,
  ),
  de: w(
    3,
    /\bkeine (praktische |ausreichende |nennenswerte |einschlagige |belastbare )?(erfahrung|praxis|kenntnisse) (mit|in|im|bei)\b|\b(war|ist|sind|waren) fur uns (entscheidend|unverzichtbar|zwingend|ein muss|unabdingbar)\b/,
  ),
  fr: w(
    3,
    /\b(pas|peu) (encore )?d'experience (en|avec|sur|de|dans)\b|\b(etait|est|etaient|sont) (essentiel|indispensable|primordial|determinant|crucial)(le|les|s)? pour nous\b|\bpour nous,? [^.;!?]{0,60}\b(etait|est) (essentiel|indispensable|primordial|determinant)/,
  ),
  es: w(
    3,
    /\bsin experiencia (previa |real |practica )?(en|con)\b|\b(poca|escasa|ninguna|no tienes|no tiene|no tenias|no tenia|no cuentas con|no cuenta con) (la )?experiencia (en|con|suficiente)\b|\bpara nosotros (era|es|resulta|resultaba) (fundamental|imprescindible|clave|indispensable|esencial)\b/,
  ),
  nl: w(
    3,
    /\b(geen|weinig|onvoldoende|te weinig) (praktische |aantoonbare |relevante )?(ervaring|kennis) (mee|met|in|van|op)\b|\been harde eis\b|\bvoor ons (was|is) [^.;!?]{0,40}\b(essentieel|onmisbaar|cruciaal|doorslaggevend)\b/,
  ),
  it: w(
    3,
    /\b(senza|nessuna|poca|scarsa|non hai|non ha) (ancora )?(esperienza|pratica) (in|con|di|nel|nella|sul|sulla)\b|\bper noi (era|e|sarebbe|risultava) (fondamentale|essenziale|indispensabile|imprescindibile|cruciale)\b/,
  ),
  pt: w(
    3,
    /\b(sem|pouca|nenhuma|nao tem|nao tinha) (ainda )?(experiencia|pratica) (em|com|de|no|na)\b|\bpara nos (era|e|seria) (fundamental|essencial|imprescindivel|indispensavel|crucial)\b/,
  ),
};

/** A language level the role asks for ("German at C1 level", "niveau C1"): about fit. */
const LANGUAGE_LEVEL_PATTERN =
  /\b(niveau|level|nivel|livello) (c1|c2)\b|\b(c1|c2)[- ](niveau|level|nivel|livello)\b/;
const LANGUAGE_LEVEL: PatternTable = {
  en: w(3, LANGUAGE_LEVEL_PATTERN),
  de: w(3, LANGUAGE_LEVEL_PATTERN),
  fr: w(3, LANGUAGE_LEVEL_PATTERN),
  es: w(3, LANGUAGE_LEVEL_PATTERN),
  nl: w(3, LANGUAGE_LEVEL_PATTERN),
  it: w(3, LANGUAGE_LEVEL_PATTERN),
  pt: w(3, LANGUAGE_LEVEL_PATTERN),
};

/** Too senior for the role: "overqualified", "ne correspondrait ni à votre niveau". About fit. */
const OVERQUALIFIED: PatternTable = {
  en: w(
    3,
    /\b(over-?qualified|too senior for (this|the) (role|position)|more senior than (this|the) (role|position|what))\b/,
  ),
  de: w(3, /\b(uberqualifiziert|zu senior fur (diese|die) (stelle|rolle|position))\b/),
  fr: w(
    3,
    /\b(sur-?qualifie|surdimensionne|ne correspond(rait|ait)? (ni )?a votre niveau (d'experience)?)/,
  ),
  es: w(3, /\b(sobre-?cualificad|sobre-?calificad|demasiado senior para)/),
  nl: w(3, /\b(overgekwalificeerd|te senior voor|te zwaar voor (deze|de) (functie|rol))/),
  it: w(3, /\b(sovra-?qualificat|troppo senior per)/),
  pt: w(3, /\b(sobre-?qualificad|sobrequalificad|demasiado senior para|senior demais para)/),
};

/**
 * The employer stops the hire for everyone, or gives the work to an outside firm: "the client
 * decided not to proceed with the hire", "la ricerca è chiusa per tutti i candidati", "the work
 * will be outsourced". Nobody is hired, so the position is closed.
 */
const HIRE_CALLED_OFF: PatternTable = {
  en: w(
    3,
    /\b(closed|cancelled|canceled|ended) for (all|every) (candidates|applicants|candidate|applicant)\b|\bnot to (proceed|go ahead|move forward) with (the|this|any) (hire|hiring|appointment|recruitment)\b|\b(outsource|outsourced|outsourcing) (the|this|that) (work|role|function|position)\b/,
  ),
  de: w(
    3,
    /\bfur alle (bewerber|kandidat)\w* (geschlossen|beendet|abgeschlossen)\b|\bvon (einer|der) (besetzung|einstellung|neubesetzung) (ab(zu)?sehen|abgesehen)\b/,
  ),
  fr: w(
    3,
    /\b(clos|close|ferme|fermee|cloture|cloturee) pour (tous les|toutes les|l'ensemble des) (candidats|candidates|candidatures)\b|\b(renoncer|renonce) (au recrutement|a recruter)\b/,
  ),
  es: w(
    3,
    /\bcerrad[oa] para (todos los|todas las) (candidat|aspirant)|\bno (seguir|continuar|proceder) con la contratacion\b/,
  ),
  nl: w(
    3,
    /\bvoor alle (kandidaten|sollicitanten) (gesloten|beeindigd|afgerond)\b|\b(afgezien|af te zien|afzien) van (de|het) (invulling|aanname|werving)\b/,
  ),
  it: w(
    3,
    /\bchius[ao] per tutti i candidati\b|\bnon (procedere|proseguire) (piu )?con l'assunzione\b|\baffidat[ao] a (una|un'|un) (societa|agenzia|fornitore)/,
  ),
  pt: w(
    3,
    /\b(encerrad|fechad)[oa] para todos os candidatos\b|\bnao (prosseguir|avancar|seguir) com a contratacao\b/,
  ),
};

/**
 * A mentor or a friend advising on the search itself: "my advice", "if I were you", "an deiner
 * Stelle", "yo que tú". Advice on the hunt, even with comments on the CV, is not an employer's
 * feedback on a process.
 */
const ADVICE: PatternTable = {
  en: w(
    3,
    /\b(my (honest )?advice|if i were you|a few things i'd do|here's what i'd do|what i'd do in your (place|shoes))\b/,
  ),
  de: w(3, /\b(mein (ehrlicher )?rat|an deiner stelle|ich wurde dir raten|mein tipp an dich)\b/),
  fr: w(3, /\b(mon (seul )?conseil|a ta place|si j'etais toi|je te conseillerais)\b/),
  es: w(3, /\b(mi consejo|yo que tu|si yo fuera tu|en tu lugar yo|te aconsejaria)\b/),
  nl: w(3, /\b(mijn advies|als ik jou was|in jouw plaats zou ik|ik zou je aanraden)\b/),
  it: w(3, /\b(il mio consiglio|al tuo posto|se fossi in te|ti consiglierei)\b/),
  pt: w(3, /\b(o meu conselho|meu conselho|no teu lugar|se eu fosse (voce|tu)|eu no seu lugar)\b/),
};

/**
 * A public employer filled the post from its eligibility list or register, as the rules for
 * public appointments run: "filled from the certified eligible list", "über die Bestenliste
 * besetzt", "pourvu sur la liste d'aptitude", "cubierta desde la bolsa de empleo", "coperto
 * mediante scorrimento della graduatoria". The post is gone, whoever was next on the list.
 */
const FILLED_FROM_LIST: PatternTable = {
  en: w(
    3,
    /\b(filled|appointed|hired|appointment|selected|made)\b[^.;!?]{0,80}\bfrom (the|an|our|its) (?:[\w-]+ ){0,2}(eligib(le|ility)|employment|reserve|ranked|ranking|hiring|certification) (list|register|roster|pool)\b|\bbefore your name was reached\b/,
  ),
  de: w(
    3,
    /\b(besetzt|vergeben|eingestellt|ernannt)\b[^.;!?]{0,80}\b(bestenliste|rangliste|nachruckliste|nachruckerliste|reserveliste|auswahlliste)\b|\b(bestenliste|rangliste|nachruckliste|nachruckerliste|reserveliste|auswahlliste)\b[^.;!?]{0,80}\b(besetzt|vergeben|eingestellt|ernannt)\b/,
  ),
  fr: w(
    3,
    /\b(pourvu|pourvue|nomme|nommee|recrute|recrutee|attribue)\b[^.;!?]{0,80}\bliste (d'aptitude|principale|complementaire|de reserve|de classement)\b|\bliste (d'aptitude|principale|complementaire|de reserve|de classement)\b[^.;!?]{0,80}\b(pourvu|pourvue|nomme|nommee|recrute|recrutee)\b/,
  ),
  es: w(
    3,
    /\b(cubiert[oa]|adjudicad[oa]|nombrad[oa]|asignad[oa])\b[^.;!?]{0,80}\b(bolsa de (empleo|trabajo|candidatos)|lista de (reserva|espera|aprobados|seleccionados)|orden de prelacion)\b|\b(bolsa de (empleo|trabajo|candidatos)|lista de (reserva|aprobados)|orden de prelacion)\b[^.;!?]{0,80}\b(cubiert[oa]|adjudicad[oa]|nombrad[oa]|asignad[oa])\b/,
  ),
  nl: w(
    3,
    /\b(ingevuld|vervuld|benoemd|aangesteld)\b[^.;!?]{0,80}\b(wervingsreserve|reservelijst|ranglijst|reservepool)\b|\b(wervingsreserve|reservelijst|ranglijst|reservepool)\b[^.;!?]{0,80}\b(ingevuld|vervuld|benoemd|aangesteld)\b/,
  ),
  it: w(
    3,
    /\b(copert[oa]|ricopert[oa]|assegnat[oa]|nominat[oa]|assunt[oa])\b[^.;!?]{0,80}\b(scorrimento|graduatoria)\b|\bscorrimento (della|di|delle) graduatori[ae]\b/,
  ),
  pt: w(
    3,
    /\b(preenchid[oa]|provid[oa]|nomead[oa]|contratad[oa])\b[^.;!?]{0,80}\b(lista de (classificacao|classificados|aprovados|reserva|espera)|cadastro de reserva|ordem de classificacao)\b|\b(lista de (classificacao|classificados|aprovados)|cadastro de reserva|ordem de classificacao)\b[^.;!?]{0,80}\b(preenchid[oa]|provid[oa]|nomead[oa]|contratad[oa])\b/,
  ),
};

/**
 * After the offer: the reader has signed, and the mail is about the first day, the paperwork,
 * the laptop. It names the offer only in passing ("the address on your offer letter"): it is
 * housekeeping, not an offer.
 */
const ONBOARDING: PatternTable = {
  en: [
    ...w(
      3,
      /\b(excited|glad|thrilled|delighted|happy) (that )?you('ve| have)? (signed|accepted (our|the) offer|said yes)\b|\b(thanks|thank you) for (signing|accepting (our|the) offer)\b/,
    ),
    ...w(
      2,
      /\b(before|on|for) your first (day|week)\b|\bwelcome (aboard|to the team)\b|\bonboarding\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(freuen uns|schon),? dass (sie|du) (unterschrieben|zugesagt) (haben|hast)\b|\bdanke,? dass (sie|du) (unterschrieben|zugesagt) (haben|hast)\b/,
    ),
    ...w(
      2,
      /\b(ihr|ihrem|dein|deinem) erste[nm]? (arbeitstag|tag)\b|\bwillkommen (an bord|im team)\b|\bonboarding\b/,
    ),
  ],
  fr: [
    ...w(3, /\b(ravis|heureux|contents) que (vous ayez|tu aies) (signe|accepte (notre|l')offre)\b/),
    ...w(2, /\b(votre|ton) premier jour\b|\bbienvenue (a bord|dans l'equipe)\b|\bonboarding\b/),
  ],
  es: [
    ...w(
      3,
      /\b(encantados|contentos|felices) de que (hayas|haya) (firmado|aceptado (la|nuestra) oferta)\b/,
    ),
    ...w(2, /\b(tu|su) primer dia\b|\bbienvenid[oa] (a bordo|al equipo)\b|\bonboarding\b/),
  ],
  nl: [
    ...w(
      3,
      /\b(blij|fijn) dat (je|u) (hebt|heeft|het contract hebt|het contract heeft) (getekend|ondertekend)\b/,
    ),
    ...w(2, /\b(je|uw) eerste (werk)?dag\b|\bwelkom (aan boord|in het team)\b|\bonboarding\b/),
  ],
  it: [
    ...w(
      3,
      /\b(felici|contenti|lieti) che (tu abbia|lei abbia|abbia) (firmato|accettato (la|la nostra) offerta)\b/,
    ),
    ...w(2, /\b(tuo|suo) primo giorno\b|\bbenvenut[oa] (a bordo|nel team)\b|\bonboarding\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(felizes|contentes) (que|por) (voce|tu) (tenha|tenhas|ter) (assinado|aceitado a (nossa )?oferta)\b/,
    ),
    ...w(
      2,
      /\b(seu|teu) primeiro dia\b|\bbem-vind[oa] (a bordo|ao time|a equipa|a equipe)\b|\bonboarding\b/,
    ),
  ],
};

/**
 * The practical steps before a new hire's first day: equipment on its way, payroll and tax
 * details, tasks in the HR system, gladness that the reader is joining on a given day. Mail after
 * an accepted offer, not an offer.
 */
const BEFORE_FIRST_DAY: PatternTable = {
  en: [
    ...w(
      3,
      /\b(glad|happy|excited|thrilled|delighted) (that )?you('re| are) (officially )?joining (us|the team|[a-z][\w&.-]*) (on|in|this|next|as)\b/,
    ),
    ...w(
      2,
      /\b(new[- ]hire|pre-?boarding|onboarding|first[- ]day) (tasks|paperwork|forms|documents|checklist|portal|equipment|buddy|session|packet|logistics)\b|\b(direct deposit|bank details for payroll|payroll (details|information|set ?up)|tax (forms?|id)|form i-9|emergency contact)\b/,
      /\b(your|the) (new )?(laptop|macbook|equipment|hardware|badge|access card|welcome (kit|pack|box)) (will be|is being|has been|was|is) (shipped|sent|delivered|dispatched|ready|on its way)\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(freuen uns|schon|toll),? dass (du|sie) (bald |ab [^.!?]{1,30} )?(bei uns )?(anfangst|anfangen|startest|starten|an bord bist|an bord sind|zu uns kommst|zu uns kommen)\b/,
    ),
    ...w(
      2,
      /\b(dein|deinen|ihr|ihren) (laptop|rechner|arbeitsmaterial|firmenhandy|equipment)\b[^.!?]{0,40}\b(verschickt|versendet|zugeschickt|bereit|unterwegs)\b|\b(steuer-?id|sozialversicherungsnummer|bankverbindung fur die (gehalts|lohn)abrechnung|personalfragebogen)\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(ravie?s?|heureu(x|se|ses)|contente?s?) que (tu|vous) (nous )?rejoign(es|iez) (l'equipe |nos equipes )?(le|ce|des|a partir)\b/,
    ),
    ...w(
      2,
      /\b(ton|votre) (ordinateur|pc|materiel|badge|kit d'accueil)\b[^.!?]{0,40}\b(expedie|envoye|livre|pret|en route)\b|\b(rib|numero de securite sociale|carte vitale|mutuelle|dossier administratif)\b/,
    ),
  ],
  es: [
    ...w(
      3,
      /\b(encantad|content|felic)[oae]s? de que (te unas|te incorpores|formes parte|empieces|se una|se incorpore)\b/,
    ),
    ...w(
      2,
      /\b(tu|su) (portatil|ordenador|equipo informatico|material|tarjeta de acceso)\b[^.!?]{0,40}\b(enviad|list|entregad|en camino)|\b(datos bancarios para la nomina|numero de (la )?seguridad social|alta en la seguridad social)\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(blij|fijn|leuk) dat (je|u) (bij ons )?(begint|komt werken|start|aan boord (komt|bent))\b/,
    ),
    ...w(
      2,
      /\b(je|uw) (laptop|apparatuur|werkplek|toegangspas)\b[^.!?]{0,40}\b(verzonden|opgestuurd|klaar|bezorgd|onderweg)\b|\b(salarisadministratie|bsn|loonheffing\w*|personeelsdossier)\b/,
    ),
  ],
  it: [
    ...w(
      3,
      /\b(felici|content[ie]|liet[ie]) che (tu )?(ti unisca|entri|inizi|faccia parte|si unisca) (a noi |al team )?(da|il|lunedi|a)\b/,
    ),
    ...w(
      2,
      /\b(il tuo|il suo) (portatile|computer|pc|badge)\b[^.!?]{0,40}\b(spedit|inviat|pront|consegnat|in arrivo)|\b(busta paga|codice fiscale|dati bancari per (lo stipendio|la busta paga))\b/,
    ),
  ],
  pt: [
    ...w(
      3,
      /\b(felizes|contentes) (que|por) (voce |tu )?(se junte|vai se juntar|va se juntar|entre|comece|comeces|faca parte|te juntes)\b/,
    ),
    ...w(
      2,
      /\b(seu|teu) (notebook|portatil|computador|equipamento|cracha)\b[^.!?]{0,40}\b(enviad|pront|entregue|a caminho)|\b(dados bancarios|folha de pagamento|carteira de trabalho|numero de contribuinte)\b/,
    ),
  ],
};

/**
 * A new hire's arrival on a named day and the welcome laid on for new starters: "for your
 * arrival on Monday 5 January", "pour votre arrivée le lundi", "a breakfast for all the new
 * hires". The first day of a job, not an interview.
 */
const ARRIVAL_DAY: PatternTable = {
  en: w(
    2,
    /\b(for|about|before|ahead of) your (arrival|start|first day) (on|next|this) (monday|tuesday|wednesday|thursday|friday|the \d|\d|[a-z]+ \d)/,
    /\b(new (hires|starters|joiners)|newcomers) (breakfast|lunch|welcome|induction|orientation)\b|\binduction (day|session|programme|program)\b/,
  ),
  de: w(
    2,
    /\b(zu|fur|vor) (ihrem|deinem) (start|eintritt|arbeitsbeginn) (am|bei uns am|nachsten|kommenden) /,
    /\b(einfuhrungstag|willkommensfruhstuck|onboarding-tag|neue[nr]? (mitarbeitende|kolleginnen und kollegen) (fruhstuck|willkommen))\b/,
  ),
  fr: w(
    2,
    /\b(pour|avant|concernant|a) (votre|ton) arrivee (le|ce|lundi|mardi|mercredi|jeudi|vendredi|\d)\b/,
    /\b(nouvelles recrues|nouveaux arrivants|nouveaux collaborateurs|petit-dejeuner d'accueil|journee d'integration|parcours d'integration)\b/,
  ),
  es: w(
    2,
    /\b(para|antes de|sobre) (tu|su) (llegada|incorporacion) (el|este|el proximo|\d)\b/,
    /\b(nuevas incorporaciones|nuevos empleados|desayuno de bienvenida|jornada de acogida|plan de acogida)\b/,
  ),
  nl: w(
    2,
    /\b(voor|over|bij) (je|jouw|uw) (komst|start|indiensttreding) (op|aanstaande|maandag|dinsdag|woensdag|donderdag|vrijdag|\d)\b/,
    /\b(nieuwe medewerkers|nieuwe collega's) (ontbijt|lunch|welkom|introductie)|\b(introductiedag|welkomstontbijt|inwerkdag)\b/,
  ),
  it: w(
    2,
    /\b(per il|prima del|sul|in vista del) (tuo|suo) (arrivo|ingresso|inserimento) (il|lunedi|martedi|mercoledi|giovedi|venerdi|\d)\b/,
    /\b(nuovi assunti|neoassunti|colazione di benvenuto|giornata di inserimento|giornata di benvenuto)\b/,
  ),
  pt: w(
    2,
    /\b(para a|antes da|sobre a|para) (sua|tua) (chegada|entrada|integracao) (no dia|na|em|segunda|terca|quarta|quinta|sexta|\d)\b/,
    /\b(novos colaboradores|recem-contratados|cafe de boas-vindas|dia de integracao|dia de acolhimento)\b/,
  ),
};

function merged(...tables: PatternTable[]): PatternTable {
  const out: Partial<Record<LanguageCode, WeightedPattern[]>> = {};
  for (const table of tables)
    for (const [language, patterns] of Object.entries(table) as [LanguageCode, WeightedPattern[]][])
      out[language] = [...(out[language] ?? []), ...patterns];
  return out;
}

/**
 * A day proposed as a question, the way a person invites: "are you free on Tuesday?", "hast du
 * Dienstag Zeit?", "tu es dispo jeudi ?". A meeting asked for a named day is an invitation.
 */
const DAY_PROPOSED: PatternTable = {
  en: w(
    3,
    /\b(are you (free|around|available)|do you have time|would you have time|have you got time) (on |this |next )?(monday|tuesday|wednesday|thursday|friday|tomorrow|this week|next week)\b/,
  ),
  de: w(
    3,
    /\b(hast du|haben sie|hattest du|hatten sie) (am |diesen |nachsten |kommenden )?(montag|dienstag|mittwoch|donnerstag|freitag|morgen|diese woche|nachste woche) (kurz )?zeit\b/,
  ),
  fr: w(
    3,
    /\b(es-tu|etes-vous|tu es|vous etes|serais-tu|seriez-vous) (dispo|disponible)s? (ce |le )?(lundi|mardi|mercredi|jeudi|vendredi|demain|cette semaine|la semaine prochaine)\b/,
  ),
  es: w(
    3,
    /\b(tienes|tiene|tendrias|tendria|estas|esta) (tiempo|un hueco|un rato|libre|disponible) (el |este |el proximo )?(lunes|martes|miercoles|jueves|viernes|manana|esta semana|la semana que viene)\b/,
  ),
  nl: w(
    3,
    /\b(heb je|heeft u|zou je|zou u) (op |deze |volgende )?(maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|deze week|volgende week) (even )?tijd\b/,
  ),
  it: w(
    3,
    /\b(sei|e|saresti|sarebbe) (liber[oa]|disponibile) (lunedi|martedi|mercoledi|giovedi|venerdi|domani|questa settimana|la prossima settimana)\b/,
  ),
  pt: w(
    3,
    /\b(tens|tem|terias|teria|estas|esta) (tempo|disponibilidade|livre|disponivel) (na |nesta |na proxima )?(segunda|terca|quarta|quinta|sexta|amanha|esta semana|proxima semana)\b/,
  ),
};

// Kinds read in mail between humans (holdout16, holdout17), each in the seven languages and
// written as the kind, in words of our own.

/**
 * A receipt said the way a person says it: "got your application", "recebi o seu CV", "ich habe
 * deinen Lebenslauf bekommen"; the reading of every application under way ("estamos a analisar
 * todas as candidaturas"); an answer promised regardless of the outcome; and the receipt's
 * caveat that no one gets a personal reply or feedback.
 */
const RECEIPT_IN_PERSON: PatternTable = {
  en: [
    ...w(
      3,
      /\b(got|received) your (application|cv|resume|portfolio)\b/,
      /\b(individual|personal|personali[sz]ed|detailed) (feedback|replies|responses|answers?) (to|for) (every|each|all)( (applicant|candidate|application)s?| one)?\b/,
    ),
    ...w(
      2,
      /\bregardless of (the )?(outcome|result|decision)\b|\b(get back to you|be in touch|let you know|hear from (me|us))\b[^.;!?]{0,60}\beither way\b/,
      /\b(we're|we are|i'm|i am) (currently |now )?(reviewing|assessing|going through|reading) (all|every one of) (the )?(applications|candidates|cvs|resumes)\b/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(ich habe|wir haben|habe|haben) (deine|ihre|deinen|ihren) (bewerbung|unterlagen|lebenslauf|cv)\b[^.;!?]{0,20}\b(bekommen|erhalten)\b/,
      /\b(individuelle|personliche|ausfuhrliche) (ruckmeldung|antwort|feedback)\w* (an|fur|auf) (jede|alle|jeden)\w*\b/,
    ),
    ...w(
      2,
      /\bunabhangig (vom|von dem) (ergebnis|ausgang)\b/,
      /\b(wir|ich) (sichten|prufen|lesen|sichte|prufe|lese) (gerade|derzeit|aktuell|momentan) (alle|samtliche) (bewerbungen|unterlagen)\b/,
    ),
  ],
  fr: [
    ...w(
      3,
      /\b(j'ai|on a|nous avons) bien recu (ta|votre|ton) (candidature|cv|dossier|portfolio)\b/,
      /\b(retour|reponse|feedback)s? (personnalise|individuel|detaille)e?s? a (chacun|chacune|chaque|tous|toutes)\b/,
    ),
    ...w(
      2,
      /\b(quel que soit|independamment du) (le )?(resultat|l'issue)\b/,
      /\b(nous etudions|nous examinons|j'etudie|j'examine|nous lisons) (actuellement |en ce moment )?(toutes les|l'ensemble des) candidatures\b/,
    ),
  ],
  es: [
    ...w(
      3,
      /\b(he|hemos) recibido (tu|su) (cv|curriculum|candidatura|solicitud|portfolio)\b|\brecibi (tu|su) (cv|curriculum|candidatura|solicitud)\b/,
      /\b(respuesta|feedback|devolucion)(es)? (personalizad|individual|detallad)[oa]?s? a (cada|todos|todas)\b/,
    ),
    ...w(
      2,
      /\bindependientemente (del|de la) (resultado|decision)\b/,
      /\b(estamos|estoy) (revisando|valorando|evaluando|leyendo) (todas las|todos los) (candidaturas|solicitudes|cvs|curriculums|perfiles)\b/,
    ),
  ],
  nl: [
    ...w(
      3,
      /\b(ik heb|we hebben|wij hebben) (je|jouw|uw) (sollicitatie|cv|brief|portfolio) (goed |in goede orde )?ontvangen\b/,
      /\b(persoonlijke|individuele) (terugkoppeling|reactie|feedback) (aan|op|voor) (iedereen|elke|iedere|alle)\b/,
    ),
    ...w(
      2,
      /\bongeacht de (uitkomst|uitslag|beslissing)\b/,
      /\b(we|wij|ik) (bekijken|beoordelen|lezen|bekijk|beoordeel|lees) (momenteel |nu )?alle (sollicitaties|cv's|kandidaten)\b/,
    ),
  ],
  it: [
    ...w(
      3,
      /\b(riscontro|risposta|feedback) (personalizzat|individual|dettagliat)[oaie]? a (tutti|ciascun\w*|ogni)\b/,
    ),
    ...w(
      2,
      /\bindipendentemente (dall'esito|dal risultato|dalla decisione)\b/,
      /\b(stiamo|sto) (valutando|esaminando|leggendo) tutte le candidature\b/,
    ),
  ],
  pt: [
    ...w(
      3,
      /\b(recebemos|recebi) (o seu|o teu|seu|teu) (cv|curriculo|portfolio|email)\b/,
      /\b(resposta|retorno|feedback) (personalizad|individual|detalhad)[oa]? a (todos|todas|cada)\b/,
    ),
    ...w(
      2,
      /\bindependentemente (do resultado|da decisao)\b/,
      /\b(estamos|estou) (a analisar|a avaliar|analisando|avaliando) todas as candidaturas\b/,
    ),
  ],
};

/**
 * A two-way introduction said plainly: a subject that pairs two names ("Intro: Jordan <> Ana"),
 * the writer's contact agreed to talk ("she's up for a chat", "ela topou conversar"), the other
 * party copied in, and a date left to the two of them ("I'll leave you two to set up a coffee").
 */
const INTRODUCED_PLAINLY: PatternTable = {
  en: [
    ...w(
      3,
      /\b(intro|introduction|introducing|connecting)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b(she|he|they)('s| is|'re| are|'d| would) (keen|happy|up for|open|glad|interested) (to|for) (a |an )?(chat|talk|speak|meet|coffee|call|connect)\b/,
      /\b(leave|let) you (two|both) (to )?(set up|arrange|book|sort out|find time for) (a |the )?(coffee|call|chat|time)\b/,
    ),
    ...w(2, /\b(she's|he's|they're|she is|he is|they are) (in cc|cc'd|copied|on copy)( here)?\b/),
  ],
  de: [
    ...w(
      3,
      /\b(vorstellung|kennenlernen|intro)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b(sie|er) (hat|ware|ist) (gern |gerne |sofort )?(bereit|offen|interessiert|einverstanden)\b[^.;!?]{0,30}\b(gesprach|austausch|kaffee|telefonat|sprechen|zu sprechen)\b/,
      /\b(uberlasse|lasse) (es )?euch (beiden )?(den|einen|das)? ?(termin|kaffee|austausch)\w*\b/,
    ),
    ...w(2, /\b(sie|er) (ist|steht) (hier )?(in cc|in kopie|cc)\b/),
  ],
  fr: [
    ...w(
      3,
      /\b(presentation|mise en relation|intro)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b(elle|il) (est|serait) (partante?|ravie?|d'accord|ok|open|ouverte?) pour (un |une )?(echange|cafe|appel|discuter|en discuter|te parler|vous parler)\b/,
      /\bje vous laisse (caler|fixer|organiser|trouver) (un |une )?(cafe|appel|echange|creneau|rendez-vous)\b/,
    ),
    ...w(2, /\b(elle|il) est (ici )?en (copie|cc)\b/),
  ],
  es: [
    ...w(
      3,
      /\b(presentacion|intro)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b((ella|el) )?(esta|estaria) (encantad[oa]|dispuest[oa]|abiert[oa]) (de|a) (hablar|charlar|conversar|tomar un cafe)\b|\b(le|les) parecio bien (hablar|charlar|conversar)\b/,
      /\bos dejo (que )?(organiceis|organizar|cuadrar|quedar|cerrar) (un |una )?(cafe|llamada|charla|reunion)\b/,
    ),
    ...w(2, /\b(ella|el) esta (aqui )?en (copia|cc)\b/),
  ],
  nl: [
    ...w(
      3,
      /\b(introductie|kennismaking|intro)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b(ze|zij|hij) (staat|stond|is|was) (er )?(open voor|wel in voor|zin in) (een )?(gesprek|kennismaking|koffie|kop koffie|belletje)\b/,
      /\b(ik )?laat (het )?(aan )?jullie (twee |beiden )?(over )?(om )?(een )?(koffie|afspraak|gesprek|belletje) (in te plannen|te plannen|te maken|af te spreken)\b/,
    ),
    ...w(2, /\b(ze|zij|hij) (staat|zit) (hier )?in (de )?(cc|kopie)\b/),
  ],
  it: [
    ...w(
      3,
      /\b(presentazione|intro)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b(lei|lui) (e|sarebbe) (dispost[oa]|content[oa]|felice|apert[oa]) (a|di) (sentirti|parlarti|fare (due chiacchiere|una chiacchierata|una call)|prendere un caffe)\b/,
      /\bvi lascio (organizzare|fissare|trovare) (un |una )?(caffe|call|chiamata|chiacchierata|incontro)\b/,
    ),
    ...w(2, /\b(lei|lui) e (qui )?in (copia|cc)\b/),
  ],
  pt: [
    ...w(
      3,
      /\b(apresentacao|intro)\b ?:? [^\n<>]{1,60} ?(<>|<->) /,
      /\b(ela|ele) (topou|aceitou|quer|ficou feliz em|esta aberta a|esta aberto a) (conversar|bater um papo|falar com (voce|vc|ti)|tomar um cafe)\b/,
      /\b(vou deixar|deixo) (voces|vcs|os dois|as duas) (dois |duas )?(marcarem|marcar|combinarem|combinar) (um |uma )?(cafe|papo|call|conversa|reuniao)\b/,
    ),
    ...w(
      2,
      /\b(ela|ele) (esta|ta|tá) (aqui )?em (copia|cc)\b|\b(copio|copiei|coloquei) (ela|ele)( aqui)?( em copia)?\b/,
    ),
  ],
};

/**
 * A referrer recording the referral in their employer's system: "I've logged your referral in
 * our system", "cadastrei sua indicação no nosso sistema interno".
 */
const REFERRAL_RECORDED: PatternTable = {
  en: w(
    3,
    /\b(i've|i have|i) (already |just )?(logged|registered|entered|added|recorded) (your|the) referral\b/,
  ),
  de: w(
    3,
    /\b(ich habe|hab) (deine|ihre|die) empfehlung (schon |bereits )?(im|in unserem|in unser|ins) [\w-]*(system|tool|portal)\b/,
  ),
  fr: w(
    3,
    /\b(j'ai|je viens d') ?(deja )?(saisi|enregistre|depose|renseigne) (ta|votre) (cooptation|recommandation)\b/,
  ),
  es: w(
    3,
    /\b(ya )?(he|e) (registrado|dado de alta|metido|subido) (tu|su) (referencia|recomendacion|candidatura como referid[oa])\b/,
  ),
  nl: w(
    3,
    /\b(ik heb|heb ik) (je|jouw|uw) (referral|voordracht|aanbeveling) (al )?(ingediend|ingevoerd|geregistreerd|ingeschoten)\b/,
  ),
  it: w(
    3,
    /\b(ho|ti ho) (gia )?(inserito|registrato|caricato) la (tua|sua) (segnalazione|referenza|candidatura come referral)\b/,
  ),
  pt: w(
    3,
    /\b(ja )?(cadastrei|registei|registrei|lancei|submeti) (a )?(sua|tua) (indicacao|recomendacao)\b/,
  ),
};

/**
 * An offer made formal: written up, summarised, or made subject to checks ("formalizo a
 * proposta", "the offer is conditional on references", "riepilogo della proposta").
 */
const OFFER_FORMALISED: PatternTable = {
  en: w(
    3,
    /\b(i'm|i am|we're|we are) (writing to |happy to |pleased to )?(formali[sz]e|formali[sz]ing|confirm|confirming) (the|our|your) offer\b|\b(summary of|here's|here is) (the|our|your) offer\b|\b(the|this|our|your) offer is (conditional|contingent|subject) (on|upon|to)\b/,
  ),
  de: w(
    3,
    /\b(hiermit )?(unterbreite|unterbreiten|bestatige|bestatigen|formalisiere|formalisieren) (ich |wir )?(dir|ihnen) (offiziell |gern |gerne )?(das|unser|mein) angebot\b|\b(eckdaten|zusammenfassung) (des|unseres) angebots\b|\b(das|unser) angebot (steht unter dem vorbehalt|ist an [^.;!?]{1,40} gebunden|gilt vorbehaltlich)\b/,
  ),
  fr: w(
    3,
    /\b(je|nous) (te|vous) (formalise|formalisons|confirme|confirmons) (la|notre|cette) (proposition|offre)\b|\b(recapitulatif|resume) de (la|notre) (proposition|offre)\b|\b(la|notre|cette) (proposition|offre) est (soumise|conditionnee|subordonnee) a\b/,
  ),
  es: w(
    3,
    /\b(te|le) (formalizo|formalizamos|confirmo|confirmamos) (la|nuestra) (oferta|propuesta)\b|\bformalizo (la|nuestra) (oferta|propuesta)\b|\bresumen de (la|nuestra) (oferta|propuesta)\b|\b(la|nuestra|esta) (oferta|propuesta) esta (sujeta|condicionada) a\b/,
  ),
  nl: w(
    3,
    /\b(hierbij )?(doe ik|doen we|doen wij) (je|u|jou) (officieel |graag )?(ons|een|het) aanbod\b|\bsamenvatting van (het|ons) aanbod\b|\b(het|ons|dit) aanbod (is|geldt) onder voorbehoud van\b/,
  ),
  it: w(
    3,
    /\b(ti|le) (formalizzo|formalizziamo|confermo|confermiamo) la (nostra )?(proposta|offerta)\b|\bformalizzo la (nostra )?(proposta|offerta)\b|\briepilogo della (nostra )?(proposta|offerta)\b|\b(la|questa) (proposta|offerta) e (subordinata|condizionata) a\b/,
  ),
  pt: w(
    3,
    /\b(formalizo|formalizamos|confirmo|confirmamos) (a|a nossa|nossa) proposta\b|\bresumo da (nossa )?proposta\b|\b(a|esta|nossa) proposta (esta|fica|e) (condicionada|sujeita) a\b/,
  ),
};

/**
 * A person keeping the CV themselves, in the first person singular, or promising the reader is
 * the first they will call: "je garde précieusement votre CV", "you'll be the first person I
 * call", "sarai la prima persona che chiamo".
 */
const KEPT_BY_ME: PatternTable = {
  en: w(
    3,
    /\b(i'll|i will|i'm going to|i) (definitely |certainly )?(keep|hold on to|hang on to) your (cv|resume|portfolio|details)\b|\byou('ll| will) be the first (person|one|people) (i|we)('ll| will)? (call|contact|ring|reach out to|get in touch with)\b/,
  ),
  de: w(
    3,
    /\b(ich behalte|ich bewahre|ich hebe) (deinen|ihren|deine|ihre) (lebenslauf|cv|unterlagen|bewerbung)\b|\b(du bist|sie sind|bist du|sind sie) (die|der) (erste|ersten?)\b[^.;!?]{0,20}\b(die|den) ich (anrufe|kontaktiere|anspreche|melde)\b/,
  ),
  fr: w(
    3,
    /\b(je garde|je conserve) (precieusement |bien )?(ton|votre|vos|tes) (cv|profil|dossier|candidature|coordonnees)\b|\b(vous serez|tu seras) (la premiere personne|le premier|la premiere) (que j'appellerai|que je contacterai|a qui j'ecrirai|que nous appellerons|que nous contacterons)\b/,
  ),
  es: w(
    3,
    /\b(me guardo|guardo|conservo) (tu|su) (cv|curriculum|perfil|candidatura)\b|\b(seras|sera) (la primera persona|el primero|la primera) (a (la|quien) )?(que )?(llame|llamare|contacte|contactare|llamaremos|contactaremos)\b/,
  ),
  nl: w(
    3,
    /\b(ik bewaar|ik houd|ik hou) (je|jouw|uw) (cv|profiel|gegevens|sollicitatie)\b|\b(ben je|bent u|je bent|u bent|jij bent) de eerste die (ik|we|wij) (bel|bellen|benader|benaderen|contacteer|contacteren)\b/,
  ),
  it: w(
    3,
    /\b(tengo|conservo|mi tengo) (il tuo|il suo) (cv|curriculum|profilo)\b|\b(sarai|sara) (la prima persona|il primo|la prima|tra le prime persone) (che|a cui) (chiamo|chiamero|contatto|contattero|ricontatto|ricontattero|telefono)\b/,
  ),
  pt: w(
    3,
    /\b(guardo|fico com|conservo) (o seu|o teu|seu|teu) (cv|curriculo|perfil)\b|\b(sera|seras|vai ser) (a primeira pessoa|o primeiro|a primeira) (a quem|que) (vou ligar|ligarei|contacto|contactarei|chamarei|vou chamar)\b/,
  ),
};

/**
 * The employer's own move to stop the search for now, verb or noun first: "siamo costretti a
 * sospendere la ricerca", "il blocco di tutte le nuove assunzioni", "gel de tous les
 * recrutements", "a stop on all new hires".
 */
const SEARCH_STOPPED: PatternTable = {
  en: w(
    3,
    /\b(stop|block|halt|ban) on (all )?(new |external |further )?(hires|hiring|recruitment|recruiting|headcount)\b/,
  ),
  de: w(
    3,
    /\b(stopp|sperre) (aller|fur alle|fur) (neuen? )?(einstellungen|neueinstellungen|besetzungen)\b|\b(die suche|das verfahren|den prozess) (vorerst |vorlaufig )?(anhalten|stoppen|ruhen lassen)\b/,
  ),
  fr: w(
    3,
    /\b(gel|blocage|arret) (de tous les|de toutes les|de l'ensemble des|des) (nouveaux |nouvelles )?(recrutements|embauches)\b|\b(suspendre|arreter|geler|bloquer) (la recherche|le processus|les recrutements)\b/,
  ),
  es: w(
    3,
    /\b(bloqueo|congelacion|parada) de (todas las|las) (nuevas )?(contrataciones|incorporaciones)\b|\b(suspender|parar|congelar|detener) (la busqueda|el proceso|las contrataciones)\b/,
  ),
  nl: w(
    3,
    /\b(stop|bevriezing|blokkade) (op|van) (alle )?(nieuwe )?(aannames|wervingen|vacatures|aanwervingen)\b|\b(de zoektocht|het proces|de werving) (voorlopig |tijdelijk )?(stopzetten|stilleggen|pauzeren)\b/,
  ),
  it: w(
    3,
    /\bblocco (di tutte le|delle|di tutti gli) (nuove |nuovi )?(assunzioni|inserimenti)\b|\b(sospendere|fermare|bloccare|congelare|interrompere) (la ricerca|il processo|la selezione|le assunzioni|tutte le assunzioni)\b/,
  ),
  pt: w(
    3,
    /\b(bloqueio|congelamento) (de todas as|das) (novas )?(contratacoes|admissoes)\b|\b(suspender|parar|congelar|interromper) (a busca|a procura|o processo|a selecao|as contratacoes)\b/,
  ),
};

/**
 * The opening is gone, said the way a person tells it: a client pulled the role, there is no
 * vacancy left, the post will not be filled, the process ended for every candidate (named in
 * both genders: "Bewerberinnen und Bewerber", "candidats et candidates").
 */
const OPENING_WITHDRAWN: PatternTable = {
  en: w(
    3,
    /\b(client|company|they|we|team|business|hiring manager)( has| have|'s|'ve)? (pulled|cancelled|canceled|scrapped|withdrawn|shelved) the (?:[\w/-]+ ){0,5}?(role|position|vacancy|opening|req|requisition|job)\b/,
    /\b(there's|there is) no (longer a|longer any|more) (role|vacancy|position|job|opening) (to|for)\b/,
  ),
  de: w(
    3,
    /\b(stelle|position|vakanz)\b[^.;!?]{0,100}\bnicht (mehr )?(besetzt|nachbesetzt) (wird|werden)\b|\b(verfahren|auswahlverfahren|prozess)\b[^.;!?]{0,40}\bfur alle (bewerber|kandidat)\w*( und (bewerber|kandidat)\w*)? (beendet|geschlossen|abgeschlossen)\b|\bes gibt keine (offene )?stelle mehr\b/,
  ),
  fr: w(
    3,
    /\b(le|ce) poste\b[^.;!?]{0,60}\bne sera (finalement )?pas pourvu\b|\bil n'y a plus de poste\b|\b(clos|close|ferme|termine) pour (tous les|toutes les) (candidats|candidates)( et (candidats|candidates))?\b/,
  ),
  es: w(
    3,
    /\b(el puesto|la vacante|la plaza|la posicion)\b[^.;!?]{0,60}\bno (se cubrira|sera cubiert[oa]|se va a cubrir)\b|\bya no hay (vacante|puesto|plaza|posicion)\b/,
  ),
  nl: w(
    3,
    /\b(de functie|de vacature|de positie)\b[^.;!?]{0,60}\b(wordt|zal) niet (meer )?(ingevuld|vervuld|worden ingevuld|worden vervuld)\b|\ber is geen (vacature|functie|positie) meer\b/,
  ),
  it: w(
    3,
    /\b(la posizione|il ruolo|il posto)\b[^.;!?]{0,60}\bnon (verra|sara) (piu )?(coperta|coperto|ricoperta|ricoperto)\b|\bnon c'e piu (la|una|nessuna) (posizione|vacancy|apertura)\b/,
  ),
  pt: w(
    3,
    /\b(a vaga|a posicao|o cargo)\b[^.;!?]{0,60}\bnao (sera|vai ser) (mais )?preenchid[oa]\b|\b(ja )?nao ha (mais )?(vaga|posicao)\b/,
  ),
};

/**
 * The reader's experience found short of the role, with words between ("does not, at this time,
 * match the requirements"), or a gap named as too wide for what the role needs.
 */
const SHORT_OF_REQUIREMENTS: PatternTable = {
  en: w(
    3,
    /\b(experience|background|profile)\b[^.;!?]{0,30}\b(does not|doesn't|did not|didn't)\b[^.;!?]{0,30}\b(match|meet|align with|fit)\b[^.;!?]{0,30}\b(requirements|criteria|needs)\b/,
    /\bthe gap (on|in|around|with) [^.;!?]{1,40}\b(was|is|felt) too (wide|big|large|great)\b/,
  ),
  de: w(
    3,
    /\b(erfahrung|profil|hintergrund)\b[^.;!?]{0,30}\b(entspricht|erfullt|passt)\b[^.;!?]{0,40}\bnicht\b[^.;!?]{0,30}\b(anforderungen|kriterien)\b/,
    /\bdie lucke (bei|im|in|zu) [^.;!?]{1,40}\b(war|ist) (uns )?zu gross\b/,
  ),
  fr: w(
    3,
    /\b(experience|profil|parcours)\b[^.;!?]{0,30}\bne (correspond|repond)\b[^.;!?]{0,40}\bpas\b[^.;!?]{0,30}\b(exigences|criteres|attentes|besoins)\b/,
    /\bl'ecart (sur|en|au niveau de) [^.;!?]{1,40}\b(etait|est) trop (grand|important)\b/,
  ),
  es: w(
    3,
    /\b(experiencia|perfil|trayectoria)\b[^.;!?]{0,30}\bno (se ajusta|corresponde|cumple|encaja)\b[^.;!?]{0,40}\b(requisitos|criterios|necesidades)\b/,
    /\bla (brecha|distancia|carencia) (en|de) [^.;!?]{1,40}\b(era|es) demasiado grande\b/,
  ),
  nl: w(
    3,
    /\b(ervaring|profiel|achtergrond)\b[^.;!?]{0,30}\b(sluit|past|voldoet)\b[^.;!?]{0,40}\bniet\b[^.;!?]{0,30}\b(eisen|criteria|vereisten|functie-eisen)\b/,
    /\bhet gat (op|in|bij) [^.;!?]{1,40}\b(was|is) te groot\b/,
  ),
  it: w(
    3,
    /\b(esperienza|profilo|percorso)\b[^.;!?]{0,30}\bnon (corrisponde|risponde|soddisfa)\b[^.;!?]{0,40}\b(requisiti|criteri|esigenze)\b/,
    /\bil (divario|gap) (su|in|sul|nel) [^.;!?]{1,40}\b(era|e) troppo (ampio|grande)\b/,
  ),
  pt: w(
    3,
    /\b(experiencia|perfil|percurso|formacao)\b[^.;!?]{0,30}\bnao (corresponde|se enquadra|se adequa|atende)\b[^.;!?]{0,40}\b(requisitos|criterios|exigencias|necessidades)\b/,
    /\ba (lacuna|distancia) (em|de|no|na) [^.;!?]{1,40}\b(era|e) (grande demais|demasiado grande)\b/,
  ),
};

/**
 * The application will not go on to the next stages, or is no longer considered, said of the
 * application itself: "a sua candidatura não será considerada nas próximas fases", "your
 * application will no longer be considered".
 */
const NOT_TAKEN_FURTHER: PatternTable = {
  en: w(
    3,
    /\byour (application|candidacy) (will not|won't) be (considered|taken) (further|forward|for the next (stages?|steps?|rounds?))\b|\byour (application|candidacy) (will|can) no longer be considered\b/,
  ),
  de: w(
    3,
    /\b(ihre|deine) bewerbung (wird|kann) (im weiteren verfahren|fur die nachsten (schritte|runden|phasen)) nicht (mehr )?berucksichtigt\b|\b(ihre|deine) bewerbung (wird|kann) nicht (mehr|langer) berucksichtigt werden\b|\b(ihre|deine) bewerbung wird nicht mehr berucksichtigt\b/,
  ),
  fr: w(
    3,
    /\b(votre|ta) candidature ne sera pas (retenue|consideree|prise en compte) pour (la suite|les prochaines etapes)\b|\b(votre|ta) candidature ne (sera|pourra) plus (etre )?(retenue|consideree|prise en compte)\b/,
  ),
  es: w(
    3,
    /\b(tu|su) candidatura no (sera considerada|sera tenida en cuenta|continuara|avanzara) (en|a|para) (las )?(siguientes|proximas) (fases|etapas)\b|\b(tu|su) candidatura ya no (sera|podra ser) (considerada|tenida en cuenta)\b/,
  ),
  nl: w(
    3,
    /\b(je|jouw|uw) sollicitatie (wordt|zal) niet (meegenomen|verder meegenomen|doorgezet) (naar|in) de (volgende|verdere) (ronde|fase|stappen)\b|\b(je|jouw|uw) sollicitatie (wordt|kan) niet (langer|meer) (meegenomen|in overweging genomen|in behandeling genomen)( worden)?\b/,
  ),
  it: w(
    3,
    /\bla (tua|sua) candidatura non (sara|verra) (presa in considerazione|considerata) (per|nelle) (le )?(fasi|prossime fasi) (successive)?\b|\bla (tua|sua) candidatura non (sara|verra|potra essere) piu (presa in considerazione|considerata)\b/,
  ),
  pt: w(
    3,
    /\b(a )?(sua|tua) candidatura nao (sera|vai ser|ira ser) (considerada|tida em conta|avaliada) (nas|para as) (proximas|seguintes) (fases|etapas)\b|\b(a )?(sua|tua) candidatura (ja nao|nao) (sera|vai ser|podera ser) (mais )?(considerada|tida em conta)\b/,
  ),
};

/**
 * The start date spoken of as ahead, after an offer was taken: paperwork due "before your start
 * date", "vor deinem Eintrittsdatum", "avant ta date d'arrivée".
 */
const START_DATE_AHEAD: PatternTable = {
  en: w(2, /\b(before|ahead of|prior to) your (start date|start day|first day of work)\b/),
  de: w(
    2,
    /\b(vor|bis zu) (deinem|ihrem) (eintrittsdatum|eintritt|starttermin|arbeitsbeginn|dienstantritt)\b/,
  ),
  fr: w(
    2,
    /\bavant (ta|votre|ton) (date d'arrivee|date de debut|date d'entree|prise de poste|arrivee)\b/,
  ),
  es: w(2, /\bantes de (tu|su) (fecha de incorporacion|incorporacion|fecha de inicio|alta)\b/),
  nl: w(2, /\b(voor|voorafgaand aan) (je|jouw|uw) (startdatum|indiensttreding|eerste werkdag)\b/),
  it: w(
    2,
    /\bprima (della|del) (tua|tuo|sua|suo) (data di inizio|data di ingresso|ingresso|entrata in servizio)\b/,
  ),
  pt: w(2, /\bantes da (sua|tua) (data de inicio|data de entrada|admissao|entrada)\b/),
};

/**
 * A footer that says why the mail came, the mark of a list: "you're getting this because you
 * subscribed", "Sie erhalten diese E-Mail, weil", "vous recevez cette newsletter car".
 */
const WHY_YOU_GET_THIS: PatternTable = {
  en: w(
    2,
    /\b(you're|you are) (getting|receiving) this( email| message| newsletter)? because you (subscribed|signed up|opted in)\b/,
  ),
  de: w(2, /\b(sie erhalten|du erhaltst) diese (e-mail|nachricht|mail|newsletter),? (weil|da)\b/),
  fr: w(
    2,
    /\b(vous recevez|tu recois) (cet e-?mail|ce message|cette (lettre|newsletter)),? (car|parce que)\b/,
  ),
  es: w(
    2,
    /\b(recibes|recibe|estas recibiendo) este (correo|email|mensaje|boletin),? (porque|ya que)\b/,
  ),
  nl: w(2, /\b(je ontvangt|u ontvangt) deze (e-?mail|mail|nieuwsbrief),? omdat\b/),
  it: w(2, /\b(ricevi|riceve) questa (e-?mail|newsletter|comunicazione),? (perche|in quanto)\b/),
  pt: w(
    2,
    /\b(recebeu|recebes|esta a receber|esta recebendo) (este|esta) (e-?mail|mensagem|newsletter),? (porque|pois)\b/,
  ),
};

/**
 * An agency recruiter's word that the CV went to the hiring company, named rather than called
 * "my client": "I've now submitted your CV to Northwind for the analyst role".
 */
const SUBMITTED_TO_NAMED_EMPLOYER: PatternTable = {
  en: w(
    2,
    /\b(i've|i have|we've|we have) (now |just |already )?(submitted|sent|forwarded|presented) your (cv|resume|profile|application) (across |over )?to [^.;!?]{1,40}\bfor the\b[^.;!?]{0,60}\b(role|position|vacancy|opening|job)\b/,
  ),
  de: w(
    2,
    /\b(habe|haben) (ich |wir )?(jetzt |nun |gerade )?(deinen|ihren|dein|ihr) (lebenslauf|cv|profil) (jetzt |nun |gerade )?(an|bei) [^.;!?]{1,40}\bfur die (stelle|position|rolle)\b[^.;!?]{0,60}\b(eingereicht|vorgestellt|weitergeleitet|geschickt)\b/,
  ),
  fr: w(
    2,
    /\b(j'ai|nous avons) (bien |deja )?(transmis|soumis|presente|envoye) (votre|ton) (cv|profil|candidature|dossier) a [^.;!?]{1,40}\bpour le poste\b/,
  ),
  es: w(
    2,
    /\b(he|hemos) (enviado|presentado|remitido) (tu|su) (cv|curriculum|perfil|candidatura) a [^.;!?]{1,40}\bpara el puesto\b/,
  ),
  nl: w(
    2,
    /\b(ik heb|we hebben|wij hebben) (je|jouw|uw) (cv|profiel) (bij|naar|aan) [^.;!?]{1,40}\b(ingediend|voorgesteld|doorgestuurd) voor de (functie|rol|positie)\b/,
  ),
  it: w(
    2,
    /\b(ho|abbiamo) (inviato|presentato|proposto) il (tuo|suo) (cv|curriculum|profilo) a [^.;!?]{1,40}\bper (la posizione|il ruolo)\b/,
  ),
  pt: w(
    2,
    /\b(enviei|enviamos|submeti|submetemos|apresentei|apresentamos) (o (seu|teu)|seu|teu) (cv|curriculo|perfil) (a|para a|para o|ao) [^.;!?]{1,40}\bpara a (vaga|posicao|funcao)\b/,
  ),
};

export const SIGNAL_PATTERNS: Readonly<Record<SignalName, PatternTable>> = {
  rejection: merged(
    REJECTION,
    CLOSES_CANDIDACY,
    ROLE_FILLED,
    HIRED_IN_THE_END,
    NEWS_FROM_ELSEWHERE,
    NOT_TAKEN_FURTHER,
  ),
  keepOnFile: merged(KEEP_ON_FILE, KEPT_IN_MIND, KEPT_FOR_LATER, KEPT_ON_LIST, KEPT_BY_ME),
  feedback: FEEDBACK,
  feedbackDetail: FEEDBACK_DETAIL,
  referral: merged(
    REFERRAL,
    PUTS_FORWARD,
    PUTS_YOU_FORWARD,
    INTRODUCES_YOU_TWO,
    INTRODUCED_PLAINLY,
    REFERRAL_RECORDED,
  ),
  outOfOffice: OUT_OF_OFFICE,
  offer: merged(OFFER, OFFER_IN_OWN_WORDS, OFFER_FORMALISED),
  invite: merged(INVITE, CALL_PROPOSED, DAY_PROPOSED),
  reschedule: RESCHEDULE,
  acknowledgement: merged(
    ACKNOWLEDGEMENT,
    RECEIPT_SAID,
    RECEIPT_OF_REFERRAL,
    RECEIPT_AT_LENGTH,
    SUBMITTED_TO_CLIENT,
    REVIEW_UNDER_WAY,
    EVERY_APPLICATION_READ,
    OUTCOME_PROMISED,
    ANSWER_EITHER_WAY,
    RECEIPT_CAVEATS,
    APPLICATION_SEEN,
    REVIEW_STATUS,
    WITHDRAWAL_AGAINST_RECEIPT,
    RECEIPT_IN_PERSON,
    SUBMITTED_TO_NAMED_EMPLOYER,
    REFERRED_ON,
  ),
  bulk: merged(BULK, WHY_YOU_GET_THIS),
  outreach: OUTREACH,
  pending: PENDING,
  account: merged(ACCOUNT, DATA_NOTICE),
  event: EVENT,
  survey: SURVEY,
  activity: merged(ACTIVITY, WITHDRAWAL_ACTIVITY),
  newsletter: merged(NEWSLETTER, READER_LETTERS),
  jobList: JOB_LIST,
  underway: UNDERWAY,
  laterOpening: merged(LATER_OPENING, OPENING_WHEN),
  realPoint: REAL_POINT,
  openFuture: OPEN_FUTURE,
  keepAsked: KEEP_ASKED,
  offerSettled: OFFER_SETTLED,
  onboarding: merged(ONBOARDING, BEFORE_FIRST_DAY, START_DATE_AHEAD, ARRIVAL_DAY),
  advice: ADVICE,
};

/** The search is paused, frozen or postponed: the role may come back. */
const ON_HOLD: PatternTable = {
  en: w(
    3,
    /\b(on hold|on ice|on pause|hiring freeze|freeze on (all )?(new )?(hiring|recruitment|recruiting|headcount))\b/,
    /\b(pause|paused|pausing|suspend|suspended|suspending|freeze|froze|frozen|freezing|postpone|postponed|postponing) (all |our |the |this |new |any |external ){0,2}(hiring|recruitment|recruiting|search|process|role|position|requisition|headcount|vacancy|opening|hire)s?\b/,
    /\b(search|process|recruitment|hiring|role|position|requisition|headcount|vacancy|opening|budget)s? (for (this|the) (role|position) )?(is|has been|was|have been|had been|will be|are|remains|is being) (currently |temporarily |now )?(paused|on hold|frozen|suspended|put on hold|postponed|delayed indefinitely|deferred)/,
    /\b(budget (freeze|is frozen|has been frozen|approval|hasn't been approved|has not been approved|was not approved|cuts?)|until the new budget|not (currently )?in a position to (make any )?(hire|hiring|new hires))/,
    /\b(revisit|reopen|re-open|resume|restart|pick up) (the|this|our) (search|role|process|hiring|position|recruitment)/,
    /\b(froze|frozen|freezing|freeze|halted|halting|halt) (on )?(all |new |external |any |further )*(hires|hiring|recruitment|recruiting|headcount)\b/,
  ),
  de: w(
    3,
    /\b(einstellungsstopp|einstellungsstop|auf eis|pausier|vorerst (gestoppt|ausgesetzt|zuruckgestellt|nicht)|ausgesetzt|zuruckgestellt|budgetfreigabe|budgetstopp)/,
    /\b(besetzung|prozess|auswahlverfahren|suche|stelle|rekrutierung)\w* .{0,60}\b(verschoben|pausiert|ruht|gestoppt|eingefroren)/,
  ),
  fr: w(
    3,
    /\b(en (pause|suspens|attente|stand-by|standby)|gel (des|de nos|du) (recrutements?|embauches?|budget))/,
    /\b(suspendu|suspendre|suspension|gele|geler|reporte|reporter) (le |les |du |de |ce |notre )?(recrutement|processus|poste|embauche)s?/,
    /\b(recrutement|processus|poste|embauche)s? (est |a ete |sont |ont ete )?(suspendus?|geles?|reportes?|mis en (pause|attente))/,
    /\b(gele|geler|gelons|suspendu|suspendre|bloque|bloquer) (tous |toutes |l'ensemble |la totalite )?(les |de |des |nos )*(recrutements|embauches)\b/,
  ),
  es: w(
    3,
    /\b(en pausa|pausar|pausado|pausada|pausamos|congelad|congelacion|congelar|suspendid|suspender|paralizad|en espera|en suspenso|posponer el proceso)/,
  ),
  nl: w(
    3,
    /\b(on hold|gepauzeerd|pauzeren|vacaturestop|personeelsstop|bevroren|stilgelegd|uitgesteld|(tijdelijk|voorlopig) (stopgezet|gestopt|on hold))/,
  ),
  it: w(3, /\b(sospes|in pausa|congelat|blocco delle assunzioni|stop (alle|delle) assunzioni)/),
  pt: w(3, /\b(suspens|congelad|congelamento|em pausa|em espera)/),
};

/** The role itself is gone: filled internally, cancelled, eliminated. */
const POSITION_CLOSED: PatternTable = {
  en: [
    ...w(
      3,
      /\b(fill(ed|ing)? (the|this) (position|role|vacancy|opening) (internally|from within)|filled internally|(internal|in-house) (hire|transfer|move|promotion))/,
      /\b(hired|appointed|chose|chosen|selected|promoted|went with|gone with|go with|offered (it|the role|the position) to) (someone|somebody|a colleague|an engineer|a person) (from|within) (our|the) (own )?(team|company|organisation|organization|group)/,
      /\b(hire|hired|hiring|promote|promoted|appoint|appointed|go with|went with|chose|chosen|selected|fill it) (someone |somebody |a candidate |an employee |a colleague |an existing employee )?(internally|from within|in-house|from inside)\b/,
      /\b(closed|cancelled|canceled|withdrawn|pulled|eliminated|removed|scrapped) (the )?(opening|requisition|role|position|vacancy|req)\b/,
      new RegExp(
        String.raw`\b(position|role|vacancy|job|opening|requisition|req|headcount|competition|recruitment (campaign|round))s?${NOT_OF_AN_APPLICATION}( (for|of|as) [^.;!?]{1,50}?)? (has|have|was|were|is|had) (now )?(been )?(closed|cancelled|canceled|withdrawn|eliminated|removed|pulled|scrapped|discontinued|no longer (open|available|needed|required))`,
      ),
      /\b(position|role|vacancy|job|opening|requisition|headcount) (no longer exists|doesn't exist any ?more|does not exist any ?more)\b/,
      /\b(decided|chosen|had) not to (go ahead|proceed|move forward|continue|hire) (with|for) (the|this) (role|position|hire|vacancy|opening|search)\b/,
      // Not hiring for the role at all, as against not going ahead with the reader.
      /\bnot to (move|go|push) (ahead|forward) with (hiring|recruiting|recruitment|filling|the hire) (for |of )?(the|this|that|our)\b/,
      /\b(no longer (hiring|recruiting) for|(decided|had) (not )?to (close|cancel|withdraw|pull) (the|this) (position|role|vacancy|requisition|opening)|decided not to fill|not (be )?(filling|fill) (the|this) (position|role|vacancy))/,
      /\b(not|no longer|won't|will not|not going to) (be )?(filling|fill|recruiting for|hiring for|staffing) (the|this|that|our) (?:[\w/-]+ ){0,4}(position|role|vacancy|opening|job|requisition|headcount)\b|\b(not|no longer|won't|will not) (be )?going ahead with (the|this|that) (role|position|hire|vacancy|opening)\b/,
      /\b(position|role|vacancy|opening|job|requisition|headcount) (won't|will not|will no longer|isn't going to|is not going to|is no longer going to|is no longer|was no longer) (be )?(being )?(filled|opened|staffed|recruited|hired for|going ahead|needed|required|budgeted)\b/,
      /\b(closing|cancelling|canceling|withdrawing|pulling|scrapping) (the|this|that|our) (?:[\w/-]+ ){0,4}(position|role|vacancy|opening|requisition|req|headcount)\b|\b(cancelling|canceling|scrapping|cancelled|canceled|scrapped) (the|this|our) (search|hire|hiring)\b/,
      /\b(headcount|requisition|req)\b(?: [\w-]+){0,4} (was not|wasn't|hasn't been|has not been|was never|did not get|didn't get|never got) (approved|signed off)\b/,
    ),
    ...w(
      2,
      /\b(position|role|vacancy|job|opening)s? (has|have|was|were|is) (now )?(been )?filled\b|\b(filled|closed) the (position|role|vacancy|opening)\b/,
      /\b(restructur|reorganis|reorganiz|change in (business )?priorities|change (of|in) direction)/,
      /\b(re-?planning|re-?plan|replanned|re-?prioriti[sz]|headcount (planning|review)|(annual|quarterly|budget|roadmap|capacity|workforce) planning|this quarter's planning)/,
    ),
  ],
  de: [
    ...w(
      3,
      /\b(intern (nach)?besetzt|intern (zu )?besetzen|interne[nr]? (besetzung|losung|nachfolge))/,
      new RegExp(
        String.raw`\b(stelle|position|vakanz|ausschreibung|auswahlverfahren)\w*${NOT_OF_AN_APPLICATION} .{0,60}\b(aufgehoben|abgebrochen|gestrichen|entfallen|entfallt|nicht (mehr )?besetzt|zuruckgezogen|geschlossen|nicht mehr vakant)\b`,
      ),
      /\b(nicht mehr (zu )?besetz|(entfallt|entfallen|gestrichen) .{0,60}\b(stelle|position|vakanz))/,
    ),
    ...w(2, /\b(umstrukturierung|reorganisation|neuausrichtung)\b/),
  ],
  fr: [
    ...w(
      3,
      new RegExp(
        String.raw`\b(pourvue? en interne|candidature interne|mobilite interne|(poste|offre|concours|appel a candidatures|recrutement)${NOT_OF_AN_APPLICATION} .{0,40}\b(supprime|annule|ferme|clos|clotur))`,
      ),
    ),
    ...w(2, /\b(poste .{0,20}\bpourvu|reorganisation|restructuration)\b/),
  ],
  es: [
    ...w(
      3,
      new RegExp(
        String.raw`\b(cubiert[oa] (internamente|de forma interna)|cubrir(la|lo)? internamente|promocion interna|(puesto|posicion|vacante|plaza|convocatoria|concurso|oposicion)${NOT_OF_AN_APPLICATION} .{0,40}\b(cancelad|cerrad|eliminad|anulad|desiert))`,
      ),
    ),
    ...w(
      3,
      /\bno (vamos a |se va a |podremos |podemos |se podra )?(cubrir|cubriremos|se cubrira|abrir|abriremos|se abrira)\b.{0,30}\b(la |el )?(posicion|puesto|vacante|plaza|rol)\b/,
      /\b(posicion|puesto|vacante|plaza|rol) .{0,40}\b(ya no (existe|esta abiert|se va a cubrir|se cubrira)|no se (va a )?cubrir|queda desiert)/,
    ),
    ...w(
      2,
      /\b(se ha cubierto|ha sido cubiert|reestructuracion|reorganizacion|replanteamiento|replantear|replanificacion)/,
    ),
  ],
  nl: [
    ...w(
      3,
      new RegExp(
        String.raw`\b(intern ingevuld|binnen (ons eigen|het eigen|onze eigen) (team|organisatie)|(vacature|functie|positie) .{0,40}\bniet (meer )?(in te vullen|invullen|te vervullen|vervullen|te openen)\b|(vacature|functie|positie|procedure|wervingsprocedure|selectieprocedure)${NOT_OF_AN_APPLICATION} .{0,40}\b(vervallen|vervalt|ingetrokken|ingevuld|gesloten|geschrapt|stopgezet|geannuleerd)|komt te vervallen)`,
      ),
    ),
    ...w(2, /\breorganisatie\b/),
  ],
  it: [
    ...w(
      3,
      // A public call or competition counts as the post: "il bando … è stato annullato".
      new RegExp(
        String.raw`\b((coperta|ricoperta) internamente|(posizione|ruolo|posto|bando|concorso|avviso|selezione)${NOT_OF_AN_APPLICATION} .{0,40}\b(chiusa|chiuso|annullata|annullato|coperta|coperto|cancellata|cancellato|revocata|revocato|ritirata|ritirato))`,
      ),
    ),
    ...w(
      3,
      /\b(posizione|ruolo|posto|selezione|ricerca) .{0,40}\bnon (verra|sara|e) piu (apert|copert|ricopert|disponibil|necessari|attiv)/,
      /\b(chiudiamo|chiudere|abbiamo chiuso|chiusa|chiuso) (la|questa) (posizione|ricerca|selezione)\b|\bnon (coprire|ricoprire|aprire|assumere per) (piu )?(la|questa) (posizione|ruolo)\b/,
    ),
    ...w(2, /\b(riorganizzazione|ripianificazione|nuova pianificazione)\b/),
  ],
  pt: [
    ...w(
      3,
      new RegExp(
        String.raw`\b(preenchida internamente|(vaga|posicao|cargo|concurso|edital)${NOT_OF_AN_APPLICATION} .{0,40}\b(cancelad|encerrad|preenchid|fechad|anulad|revogad))`,
      ),
    ),
    ...w(
      3,
      /\b(vaga|posicao|cargo|funcao) .{0,40}\b(nao (sera|vai ser) (mais )?(preenchid|abert|aberta)|deixou de existir|ja nao existe)|\bnao (preencher|abrir|contratar para) (mais )?(a|esta|essa) (vaga|posicao)\b/,
    ),
    ...w(2, /\b(reestruturacao|reorganizacao|replanejamento|replaneamento)\b/),
  ],
};

/** The candidate's profile does not match what this role needs. */
const NOT_A_FIT: PatternTable = {
  en: [
    ...w(
      3,
      /\bnot (quite )?(the right|a good|a strong|the best|quite the right|quite a|an? (ideal|exact|close)) (fit|match) for (this|the|what) (particular |specific )?(role|position|job|team|opening|we)/,
      /\b(experience|background|profile|skills?|skill set|expertise|qualifications)( so far)? (does not|doesn't|do not|don't|did not|didn't|is not|isn't|are not|aren't) (quite |fully |closely |directly )?(match|align|fit|meet|correspond|aligned|a match|the right match|what we)/,
      /\bnot (closely |fully |quite )?aligned with (what|the (role|position|requirements|needs))/,
      /\b(not|isn't|aren't|wasn't|weren't) (quite |exactly |really )?what (we|they|the (team|client|hiring manager)) ?('re|are|were|was|is|'s) (looking for|after|seeking)/,
      /\b(for this (particular |specific )?(role|position|hire),? (we|they|the (hiring )?(team|manager|panel)) (really |actually |ultimately |specifically )?(need|needs|require|requires|want|wants|are looking for|is looking for))/,
      /\b((we're|they're|we are|they are|the (hiring )?(team|manager|panel|client) (is|was)|we were) (specifically |really |ideally |primarily |mainly )?looking for (someone|a candidate|candidates|a person|people|an engineer|a profile) (who has|who's|with|that has|whose)|we need(ed)? someone (who|with))/,
      /\b(role|position|team|job|hire|seat) (really |actually |ultimately )?(needs|requires|calls for|demands) (someone|a person|a candidate|an engineer|somebody)? ?(more|with|who)\b/,
      /\b(role|position|job|opening) (really |actually |ultimately |specifically |also )?(needs|requires|calls for|demands|asks for) (an? |some |significant |substantial )?(?:[\w-]+ ){0,3}(track record|experience|background|history|expertise|exposure|portfolio)\b/,
      /\byour (experience|background|profile|skill set)( so far)? (is|was|sits|lies|has been) (much |far |a lot |clearly )?(mostly|more|largely|primarily|mainly|stronger|deeper|heavier) (on|in|around|focused)/,
      // Found wanting rather than missing: "experience … was not sufficient for this role".
      /\b(experience|background|skills|knowledge|expertise|depth) .{0,40}\b(insufficient|(was|is|were|are) not (sufficient|enough)|(wasn't|isn't|weren't|aren't) (sufficient|enough))\b/,
      /\b(lack|lacks|lacking|without) (of )?(the )?(required|necessary|specific|direct|hands-on|relevant|sufficient) (experience|skills|background|expertise)/,
      /\b(requires?|required|calls for|demands) (more|deeper|stronger|specific|extensive|significant|direct|hands-on|a (stronger|deeper|more))\b/,
      /\b(what the (role|position) (requires|needs|calls for)|requirements (of|for) (the|this) (role|position)|the (role|position)'s requirements)/,
      /\b(came up as a gap|(isn't|is not) where your (background|experience) is|specific focus of this (role|position)|leans heavily on|(didn't|did not|don't|do not) see (enough|that|the) (depth|level|breadth|experience))/,
    ),
    ...w(
      1,
      /\b(more (senior|experienced|hands-on|direct|relevant)|(deeper|stronger|more|direct|hands-on) (\w+ )?experience (in|with))\b/,
      /\b((proven|established|demonstrated|strong|public) track record|track record (of|in))\b/,
    ),
  ],
  de: w(
    3,
    /\b(profil|erfahrung|qualifikation|hintergrund|kenntnisse)\w* .{0,60}\b(passt|passen|entspricht|entsprechen|deckt|decken|deckt sich) .{0,40}\bnicht\b/,
    /\b(passt|entspricht|deckt sich) (ihr|dein) (profil|erfahrung|hintergrund|qualifikation)\w* .{0,40}\bnicht\b/,
    /\bnicht .{0,30}\b(anforderungsprofil|anforderungen) (entspricht|passt)|\b(nicht|kein) (ausreichend|passend)/,
    /\b(suchen|suche|benotigen|brauchen) .{0,40}\b(jemanden|person|kandidat\w*|profil) mit\b|\bsetzen wir [^.!?]{0,160}voraus|\bdie (rolle|stelle|position) erfordert|\bmehr (berufs)?erfahrung (im|in|mit)/,
    /\bbringen sie .{0,60}nicht .{0,40}mit\b/,
  ),
  fr: w(
    3,
    /\b(profil|experience|competences) .{0,40}\b(ne correspond pas|pas en adequation|ne repond pas|pas adapte|insuffisante)/,
    /\bne correspond pas (aux|tout a fait|a nos|au|a ce)|\b(pas|manque d') ?adequation/,
    /\brecherch(ons|ions|e) (pour ce (poste|role) )?(un profil|une personne|quelqu'un|un candidat|une candidate) (avec|plus|ayant|disposant)/,
    /\bcorrespond(ait)? moins (a|aux) (nos |les |des )?(besoins|attentes|exigences)/,
    /\b((poste|role|mission|fonction) (necessite|exige|requiert|demande|suppose|implique)|(il|qui) (necessite|exige|requiert)) (une|un|des|de|d'une|d'un|davantage|plus)\b/,
    /\b(vous |te )?(manque|manquait|manque encore) (de |d'|une |l'|un )?(experience|competences|pratique|expertise|recul)\b/,
  ),
  es: w(
    3,
    /\bperfil .{0,40}\bno (se ajusta|encaja|coincide|corresponde|cumple|se adecua)|\bno (se ajusta|encaja|se adecua) (a|con)/,
    /\bno (cumple|reune) (con )?(los|todos los) requisitos|\bbuscamos (a alguien|un perfil|una persona|candidatos) (con|que)|\brequisitos del puesto/,
    /\b(experiencia|conocimientos?|perfil|trayectoria) .{0,40}\b(insuficiente|no (es|era|fue|ha sido) suficiente)/,
    /\b(te|le) falta (algo de |un poco de |todavia |aun )?(la |el |mas )?(experiencia|conocimiento|bagaje|trayectoria|recorrido|seniority)\b/,
    /\b(que )?(requiere|exige|pide|necesita) el (puesto|rol|cargo)|\b(el puesto|el rol|la posicion|la vacante) (requiere|exige|pide|necesita)\b/,
  ),
  nl: w(
    3,
    /\bprofiel .{0,40}\b(niet|past niet)|\b(sluit|sluiten) .{0,30}\b(niet|onvoldoende|te weinig) aan|\bonvoldoende aansluit|\b(zoeken|zoekt) .{0,30}\b(iemand|kandidaat|profiel) met (meer|specifieke)/,
    /\b(past|passen|paste) (je|jouw|uw) (ervaring|profiel|achtergrond|kennis) (nog )?niet (goed |helemaal |echt )?bij\b|\b(rol|functie|vacature|positie) (vraagt|vereist|vraagt om|verlangt)\b/,
    /\b(zoeken|zoekt) (we |wij )?(iemand|een kandidaat|een profiel) met (jaren|ruime|veel|aantoonbare|meer|specifieke|diepgaande)\b/,
  ),
  it: w(
    3,
    /\bprofilo .{0,40}\b(non (e )?in linea|non corrisponde|non e adatto)|\bnon in linea con|\brequisiti (richiesti|della posizione)/,
    /\b(profilo|esperienza|background|percorso) .{0,40}\bnon (e|sia|sembra|risulta|era|fosse) (del tutto |pienamente |perfettamente |ancora )?(in linea|adatt|coerente|allineat|sufficiente)/,
    /\b(cerchiamo|cercavamo|stiamo cercando) (una persona|un profilo|qualcuno|un candidato|una candidata|figure) (con|che)\b|\b(ruolo|posizione) (richiede|necessita|prevede|presuppone)\b|\bper (questo|il|quel) (ruolo|posizione) (serva|serve|servono|servisse|occorre|occorra|e necessari)/,
    // What the role needs, found wanting: "non è emersa in misura sufficiente".
    /\bnon (e|sia|era) (emers[oa]|risultat[oa]) in misura sufficiente|\b(esperienza|conoscenza|competenz\w*) .{0,40}\b(insufficient|non sufficient)/,
  ),
  pt: w(
    3,
    /\bperfil .{0,40}\bnao (corresponde|se enquadra|se adequa|atende)|\bnao (corresponde|atende) aos requisitos|\brequisitos da vaga|\b(procuramos|precisamos|buscamos|estamos (buscando|procurando)) (de )?(alguem|um perfil|uma pessoa|um candidato|uma candidata|profissionais) com\b/,
    /\b(perfil|experiencia|formacao|competencias|background) .{0,30}\bnao (esta|estao|e|era|seja) (totalmente |completamente |ainda |bem )?(alinhad|adequad|compativel|o que (buscamos|procuramos|precisamos))/,
    /\b(experiencia|conhecimentos?|perfil|vivencia) .{0,40}\b(insuficiente|nao (e|era|foi) suficiente)/,
    /\bnao e (bem |exatamente )?o (perfil )?que (buscamos|procuramos|precisamos|estamos (buscando|procurando))\b/,
    /\b(vaga|funcao|posicao|cargo|papel) (exige|requer|pede|demanda|precisa de)\b|\b(nao tem|falta(-lhe|-te)?|faltou|sem) (ainda )?(a |o )?(experiencia|vivencia|bagagem|conhecimento) (necessari|exigid|suficiente|requerid|pedid)/,
  ),
};

/**
 * What the role needs said as a need the reader does not meet: "we need someone in the office
 * three days a week", "abbiamo bisogno di una persona che lavori in italiano", "necesitamos a
 * alguien con…". Only a person described by what they bring or do: a need for more time or more
 * information is not about fit.
 */
const SOMEONE_NEEDED: PatternTable = {
  en: w(
    3,
    /\b(we|they|the (team|client|role|position)) (really |ultimately |specifically |also )?(need|needs|needed|require|required) (someone|somebody|a person|a candidate|an engineer|a profile) (who|with|that|based|on[- ]site|in the office|present|fluent|able)\b/,
    /\b(is|are|was|were) (specifically |really |ideally |primarily )?after (someone|somebody|a candidate|a person|a profile) (with|who)\b|\bnot (quite )?(the right|a good|a strong|an ideal) (fit|match) for (this|the) (particular |specific )?(seat|hire|brief|opening|vacancy)\b/,
  ),
  de: w(
    3,
    /\b(brauchen|benotigen|suchen|benotigten|brauchten) (wir )?(fur (diese|die) (stelle|rolle|position) )?(jemanden|eine person|einen kandidaten|eine kandidatin|ein profil)(, der|, die| mit| vor ort| im buro)\b/,
  ),
  fr: w(
    3,
    /\b(nous avons|nous avions|on a|on avait|nous aurions|il nous faut|il nous fallait) (besoin d'|besoin de )?(quelqu'un|une personne|un profil|un candidat|une candidate) (qui|avec|present|sur place|capable|maitrisant|ayant)\b/,
  ),
  es: w(
    3,
    /\b(necesitamos|necesitabamos|requerimos|nos hace falta|nos hacia falta) (a )?(alguien|una persona|un perfil|un candidato|una candidata) (que|con|presente|en la oficina|capaz)\b/,
  ),
  nl: w(
    3,
    /\b(we|wij) (hebben|zoeken|zochten|hadden) (echt )?(iemand|een kandidaat|een profiel) (nodig )?(die|met|op kantoor|aanwezig)\b/,
  ),
  it: w(
    3,
    /\b(abbiamo|avevamo|avremmo) bisogno di (una persona|qualcuno|un profilo|un candidato|una candidata|una figura) (che|con|presente|in ufficio|capace|in grado)\b/,
  ),
  pt: w(
    3,
    /\b(precisamos|precisavamos|necessitamos) de (alguem|uma pessoa|um perfil|um candidato|uma candidata|um profissional) (que|com|presente|no escritorio|capaz)\b/,
  ),
};

/**
 * The employer ends the selection without hiring anyone, or the call, competition or grant the
 * post stood on is cancelled: "decided to close this process without filling the role",
 * "hemos decidido cerrar este proceso sin cubrir la vacante", "il bando … è stato annullato".
 */
const CLOSED_UNFILLED: PatternTable = {
  en: w(
    3,
    /\b(close|closing|closed|end|ending|ended|cancel|cancelling|cancelled|stop|stopping|discontinue) (the|this|our) (selection |recruitment |hiring |search )?(process|search|recruitment|competition) (without|and not) (filling|hiring|making (a|an) (hire|appointment)|appointing)\b/,
    /\b(competition|recruitment campaign|call for applications|funding|grant|budget line)\b[^.!?]{0,80}\b(has been|was|is) (cancelled|canceled|withdrawn|not (been )?renewed|cut)\b/,
  ),
  de: w(
    3,
    /\bohne (die stelle zu besetzen|(eine )?besetzung|(eine )?einstellung)\b|\b(ausschreibung|verfahren|auswahlverfahren|forderung|finanzierung|projektfinanzierung)\b[^.!?]{0,80}\b(aufgehoben|abgebrochen|gestrichen|nicht verlangert|storniert)\b/,
    /\b(mussten|mussen|haben|hatten) (wir )?(die|diese|unsere) (stelle|position|vakanz|ausschreibung)\b[^.!?]{0,60}\b(streichen|schliessen|zuruckziehen|stornieren|gestrichen|geschlossen|zuruckgezogen)\b/,
  ),
  fr: w(
    3,
    /\bsans (pourvoir|recruter pour|donner suite a) (le|ce) poste\b|\b(processus|recrutement|concours|appel a candidatures|financement)\b[^.!?]{0,80}\b(annule|supprime|abandonne|interrompu|non renouvele)e?s?\b/,
    /\b(avons du|avons decide de|devons|allons) (fermer|annuler|supprimer|retirer|clore) (le|ce|notre) (poste|recrutement)\b/,
  ),
  es: w(
    3,
    /\bsin cubrir (la|el) (vacante|puesto|plaza|posicion)\b|\b(decidido|decision de) (cerrar|cancelar|finalizar|dar por (cerrado|finalizado)) (este|el|nuestro) proceso\b|\b(convocatoria|concurso|financiacion|subvencion)\b[^.!?]{0,80}\b(cancelad|anulad|desiert|suspendid)[oa]\b/,
    /\b(hemos tenido que|tuvimos que|hemos decidido|vamos a) (cerrar|cancelar|anular|retirar) (la|el|esta|este|nuestra|nuestro) (vacante|puesto|posicion|plaza|oferta)\b/,
  ),
  nl: w(
    3,
    /\bzonder (de (vacature|functie|positie) (in te vullen|te vervullen)|iemand aan te nemen)\b|\b(procedure|werving|subsidie|financiering)\b[^.!?]{0,80}\b(stopgezet|geannuleerd|ingetrokken|niet verlengd)\b/,
    /\b((we|wij) (hebben|moesten|moeten)|(hebben|moesten|moeten) (we|wij)) (de|deze) (vacature|functie|positie)\b[^.!?]{0,60}\b(sluiten|intrekken|annuleren|schrappen)\b/,
  ),
  it: w(
    3,
    /\b(bando|concorso|avviso|finanziamento|selezione)\b[^.!?]{0,100}\b(annullat|revocat|cancellat|ritirat|non (e stato |e stata )?rinnovat)[oa]\b|\bsenza (coprire|ricoprire|assumere per) (la|questa) posizione\b|\bnon (puo|possiamo|potra|potremo) (quindi )?procedere con la selezione\b/,
  ),
  pt: w(
    3,
    /\b(encerrar|encerramos|fechar|fechamos|cancelar|cancelamos) (o|este|esse) processo( seletivo)? sem (preencher|contratar)\b|\b(concurso|edital|financiamento|bolsa)\b[^.!?]{0,80}\b(cancelad|anulad|revogad|suspens)[oa]\b/,
    /\b(tivemos de|tivemos que|decidimos|vamos) (fechar|cancelar|encerrar|retirar) (a|esta|essa) (vaga|posicao)\b/,
  ),
};

/** Someone else got the job. */
const OTHER_CANDIDATE: PatternTable = {
  en: [
    ...w(
      3,
      // ("The successful candidate will need …" states a requirement, not a choice.)
      /\b(another|a different|more suitable|stronger|the successful|more experienced|the other|one other|an alternative) (candidate|applicant|person|finalist|individual)s?\b(?! (to|must|will|would|should|needs?|is expected|is required)\b)/,
      /\b(candidates?|applicants?|someone|somebody|a person|people|profiles?|individuals?) (whose|who|with) (?:[\w-]+ ){0,4}(more|better|best|most|closer|closest|stronger|strongest|deeper) (closely |directly )?(match|matches|matched|fit|fits|align|aligns|aligned|suit|suits|suited|relevant|meet|meets)/,
      /\b(went|gone|go|going) with (someone|somebody|another|a different|the other|a candidate|an applicant|a person)\b/,
      /\b(offered|gave|given|extended|made) (an offer|the offer|it|the job|the role|the position|the post|the (?:[\w-]+ ){1,5}(role|position|job|post)) to (another|a different|the other|someone|somebody|them|him|her|an? (other|external))/,
      /\b(filled|taken) (by|with) (another|a different|an external|someone|a candidate)|\b(selected|hired|chose|chosen|appointed|picked) (another|a different|someone else|an? (other|alternative))\b/,
      /\b(other|different|alternative) (candidates?|applicants?|finalists?|profiles?)\b/,
    ),
    ...w(
      2,
      /\b(a |the )(candidate|applicant|person) (who|whose|with) (has|had|brings|brought|more|stronger|deeper|closer)/,
    ),
    ...w(
      1,
      /\b(many|large number of|high number of|number of|lot of|so many) (strong|highly qualified|qualified|excellent|talented|great|impressive) (candidates|applicants|applications|people)|\b(extremely|highly|very|incredibly) competitive/,
    ),
  ],
  de: [
    ...w(
      3,
      // Gender-inclusive plurals count: "Kandidat:innen", "Bewerber*innen", "Bewerber_innen".
      /\b(kandidat|bewerber|mitbewerber|person)\w*(?:[:*_/]innen)? (entschieden|den vorzug)|\b(fur|zugunsten) (einen|eine|einer) (anderen|andere|anderer|weiteren|weitere)\b|\bandere[nr]? (bewerber|kandidat|person)/,
      // (A verb may sit between the person and the clause: "eine Bewerberin ausgewählt, deren …".)
      /\b(person|bewerber\w*|kandidat\w*)( \w+){0,2}, (deren|dessen|die|der) .{0,80}\b(besser|am besten|eher|genauer|starker|naher)\b/,
      /\bpassender(e|en)? (bewerber|kandidat|profil)|\b(vergeben|besetzt), (deren|dessen)|\beine person, deren/,
    ),
    ...w(1, /\b(viele|zahlreiche|sehr viele) .{0,30}\b(bewerbungen|bewerber|kandidat)/),
  ],
  fr: [
    ...w(
      3,
      /\b(autre (candidat|profil|candidature|personne|finaliste)|d'autres (candidats|profils|candidatures|finalistes)|profil (plus|correspondant davantage)|correspond(ant)? davantage|plus en adequation)/,
      /\b(retenu|choisi|selectionne|privilegie) (un|une) (candidat|candidate|profil|personne) (dont|qui|plus|ayant)/,
    ),
    ...w(1, /\b(nombreuses|nombreux|grand nombre de) (candidatures|candidats)/),
  ],
  es: [
    ...w(
      3,
      /\b(otro candidato|otra candidata|otros candidatos|otras candidaturas|otro perfil|otra persona|otr[oa] finalista|perfil (se ajusta|encaja) (mas|mejor)|optado por otr)/,
      /\b(otros perfiles|otras personas|(continuar|seguir|avanzar)( el proceso)? con otr[oa]s?|(optado|decidido|elegido) por (un|una) (candidat[oa]|perfil|persona) (con|que|cuyo|cuya|mas))\b/,
    ),
    ...w(1, /\b(numerosas|gran numero de|muchas) (candidaturas|solicitudes)/),
  ],
  nl: [
    ...w(
      3,
      /\b(andere (kandidaat|sollicitant|kandidate)|beter (aansluit|past|paste))/,
      /\b(andere (kandidaten|sollicitanten|profielen)|(gekozen|kozen|gaan|gegaan) voor (een|een andere|iemand) ((kandidaat|kandidate|sollicitant|profiel) )?(met|die|wiens|wier))\b/,
    ),
    ...w(1, /\bveel (sterke )?(kandidaten|sollicitaties|reacties)/),
  ],
  it: w(
    3,
    /\b(altro candidato|altri candidati|altra candidatura|un'altra persona|altr[oa] finalista|piu in linea)/,
    /\b(altri profili|altre candidature|altre persone)\b/,
    /\b(candidat|profil|persona)\w* (con|dal|dalla) (maggiore|piu) (esperienza|esperto|adatt)/,
    /\b(proseguire|procedere|continuare) con (un|una) (candidat|profil|persona)\w* (con|che|il cui|piu)\b/,
  ),
  pt: w(
    3,
    /\b(outro candidato|outra candidata|outros candidatos|outra pessoa|outro perfil|outr[oa] finalista)/,
    /\b(outros perfis|outras candidaturas|(seguir|prosseguir|continuar|avancar)( o processo)? com outr[oa]s?|opt(amos|ou) por (um|uma) (candidat[oa]|perfil|pessoa) (com|que|cujo|cuja|mais))\b/,
    /\b(selecionamos|escolhemos|contratamos) (um|uma) (candidat[oa]|pessoa|profissional) (cujo|cuja|que) .{0,60}\b(mais|melhor) (alinhad|adequad|aderente|compativel|proxim)/,
  ),
};

/**
 * The gap that decided, named as such: "the main gap was …", "… is a requirement for this
 * role", "does not yet meet the level required". A rejection that names what the role needs
 * and the reader lacks is about fit, whatever else it says.
 */
const GAP_NAMED: PatternTable = {
  en: w(
    3,
    /\b(main|biggest|key|one|the|a) gap (was|is|remains|we saw|for us)\b|\b(does not|doesn't|did not|didn't|do not|don't) (yet |quite )?(meet|reach) the (level|bar|standard|threshold|depth) (required|needed|we need|we're looking for|for this)/,
    /\b(is|was|are|were) (central|essential|critical|core|key|fundamental) to (this|the) (role|position|job)\b|\b(an? )?(hard |firm |essential |core )?(requirement|prerequisite|must-have) for (this|the) (role|position|job)\b/,
  ),
  de: w(
    3,
    /\b(ist|war|sind|waren) (fur (diese|die|eine solche) (stelle|rolle|position) )?(eine )?(zwingende |unabdingbare )?(voraussetzung|muss-kriterium|unabdingbar)\b|\b(fehlt|fehlte|fehlen|fehlten) (ihnen|dir|uns bei ihnen|uns bei dir|noch) .{0,40}\b(erfahrung|kenntnisse|praxis)/,
  ),
  fr: w(
    3,
    /\b(pre-?requis|indispensable|incontournable|essentiel) pour (ce|le|la) (poste|role|mission)\b|\b(ne (repond|correspond) pas|pas) (encore )?au niveau (requis|attendu|demande)/,
  ),
  es: w(
    3,
    /\b(es|era) (un )?requisito (imprescindible|indispensable|clave|fundamental)|\bno (alcanza|alcanzaba|llega|llegaba) (todavia |aun )?al nivel (requerido|necesario|exigido)|\b(la )?(principal|mayor) carencia\b/,
  ),
  nl: w(
    3,
    /\b(is|was) (echt |een harde |een |absoluut )?(vereiste|harde eis|must)\b|\bzagen (we|wij) (nog )?(onvoldoende|niet|te weinig) terug\b|\b(te weinig|onvoldoende) (ervaring|kennis)\b/,
  ),
  it: w(
    3,
    /\b(requisito|prerequisito) (fondamentale|indispensabile|imprescindibile|essenziale)\b|\b(la principale|l'unica|una) lacuna\b|\bnon (raggiunge|raggiungeva) (ancora )?il livello (richiesto|necessario)/,
  ),
  pt: w(
    3,
    /\b(requisito|pre-requisito) (fundamental|indispensavel|essencial|obrigatorio)\b|\b(a )?(principal|maior) lacuna\b|\bnao (atinge|atingia|alcanca|alcancava) (ainda )?o nivel (exigido|necessario|requerido)/,
  ),
};

/**
 * The distance between the reader's experience and the role, said as too wide: "the gap felt
 * too big for this role", "l'écart nous semblait trop grand", "het verschil was te groot".
 */
const GAP_TOO_WIDE: PatternTable = {
  en: w(
    3,
    /\b(the|that) (gap|distance) (was|is|seemed|felt|looked) (just |simply |a bit |still )?too (big|large|wide|great)\b/,
  ),
  de: w(
    3,
    /\b(die|diese) (lucke|differenz|distanz) (war|ist|schien|erschien)\b[^.!?]{0,40}?\bzu (gross|weit)\b/,
  ),
  fr: w(
    3,
    /\b(l'ecart|la marche|la distance) (nous )?(semblait|etait|est|parait|paraissait|restait) (encore |un peu |simplement )?trop (grand|grande|importante?|haute?)\b/,
  ),
  es: w(
    3,
    /\b(la )?(distancia|brecha|diferencia) (nos )?(era|es|parecia|resultaba) (todavia |aun |simplemente )?demasiado (grande|amplia)\b/,
  ),
  nl: w(3, /\b(het|dat) (gat|verschil) (was|is|leek) (nog |gewoon |net )?te groot\b/),
  it: w(
    3,
    /\b(il divario|la distanza|il gap|la differenza) (ci )?(era|e|sembrava|risultava) (ancora |semplicemente )?troppo (grande|ampi[oa])\b/,
  ),
  pt: w(
    3,
    /\b(a )?(distancia|lacuna|diferenca) (nos )?(era|e|parecia) (ainda )?(grande demais|muito grande|demasiado grande)\b/,
  ),
};

/**
 * Qualified but ranked below others: "you met the minimum requirements; however, you were not
 * among the best-qualified candidates". The others were chosen; the reader was not short.
 */
const NOT_AMONG_BEST: PatternTable = {
  en: w(
    3,
    /\bnot (among|one of) the (best|most|highest|top)([- ](qualified|suitable|ranked|scoring))? (candidates|applicants)\b/,
  ),
  de: w(
    3,
    /\bnicht (unter|zu) den (besten|qualifiziertesten|geeignetsten|bestplatzierten) (kandidat|bewerber)/,
  ),
  fr: w(
    3,
    /\b(pas|ne (figurez|figure|figuriez|faites|fait) pas) parmi les (meilleur(e)?s|candidat(e)?s les (plus qualifie|mieux classe))/,
  ),
  es: w(
    3,
    /\bno (esta|estas|estaba|estabas|figura|figuras|figuraba|se encuentra) entre (los|las) (mejores|candidat[oa]s mejor (valorad|calificad|clasificad))/,
  ),
  nl: w(
    3,
    /\bniet (bij|tot|onder) de (beste|sterkste|meest geschikte|hoogst gerangschikte) (kandidaten|sollicitanten)/,
  ),
  it: w(
    3,
    /\bnon (rientra|rientri|rientrava|rientravi|e|eri) tra i (migliori|candidati (piu qualificati|meglio classificati))/,
  ),
  pt: w(
    3,
    /\bnao (esta|estava|ficou|ficaste|se encontra) entre os (melhores|candidatos (mais qualificados|melhor classificados))/,
  ),
};

/**
 * Found to meet the role's requirements (a public employer's "you were found to meet the
 * minimum qualification requirements"): evidence against a gap as the reason.
 */
const REQUIREMENTS_MET: PatternTable = {
  en: w(
    -3,
    /\b(you|were found to|was found to|found you to) meet (all )?(the )?(minimum |basic )?(qualification )?(requirements|qualifications)\b/,
  ),
  de: w(
    -3,
    /\b(sie|du) (erfullen|erfullst) (alle |die )?(formalen |mindest)?(anforderungen|voraussetzungen)\b/,
  ),
  fr: w(
    -3,
    /\b(vous remplissez|vous satisfaites|tu remplis) (a |aux )?(toutes )?(les )?(exigences|conditions|criteres) (minimales|requises|d'eligibilite)?\b/,
  ),
  es: w(
    -3,
    /\b(cumples|cumple|cumplia|cumplias) (con )?(todos )?(los )?(requisitos|criterios) (minimos|exigidos)?\b/,
  ),
  nl: w(
    -3,
    /\b(je|u) (voldoet|voldeed) aan (alle |de )?(minimale |formele )?(eisen|vereisten|voorwaarden)\b/,
  ),
  it: w(
    -3,
    /\b(soddisfi|soddisfa|possiedi|possiede) (tutti )?(i )?(requisiti) (minimi|richiesti)?\b/,
  ),
  pt: w(
    -3,
    /\b(cumpre|cumpres|atende|preenche) (a |aos |os )?(todos os )?(requisitos) (minimos|exigidos)?\b/,
  ),
};

/** Reasons in the order that breaks a tie: the more specific circumstance first. */
export const REASON_PATTERNS: readonly (readonly [StatedReason, PatternTable])[] = [
  ["on_hold", merged(ON_HOLD, SEARCH_FROZEN, PROCESS_PUT_OFF, SEARCH_STOPPED)],
  [
    "position_closed",
    merged(
      POSITION_CLOSED,
      ROLE_GONE,
      CLOSED_UNFILLED,
      FILLED_FROM_LIST,
      HIRE_CALLED_OFF,
      OPENING_WITHDRAWN,
    ),
  ],
  [
    "not_a_fit_for_role",
    merged(
      NOT_A_FIT,
      REQUIREMENT_UNMET,
      GAP_NAMED,
      SOMEONE_NEEDED,
      SKILL_MISSING,
      LANGUAGE_LEVEL,
      OVERQUALIFIED,
      SHORT_OF_REQUIREMENTS,
      GAP_TOO_WIDE,
      REQUIREMENTS_MET,
    ),
  ],
  ["other_candidate", merged(OTHER_CANDIDATE, HIRED_IN_THE_END, INTERNAL_CHOSEN, NOT_AMONG_BEST)],
];

/** Subject prefixes mail servers put on an automatic reply ("Automatic reply: …", "Abwesend: …"). */
export const AUTO_REPLY_SUBJECT =
  /^ ?(auto(matic)?( reply| response)?|out of (the )?office|ooo|abwesend|abwesenheitsnotiz|automatische antwort|reponse automatique|absence|respuesta automatica|fuera de la oficina|risposta automatica|resposta automatica|afwezig|automatisch antwoord)\b ?:/;

/** Subject prefixes of a reply: such a subject was written for an earlier message, not this one. */
export const REPLY_SUBJECT = /^ ?(re|aw|antw|sv|rv|r|ref|res|odp|vs)\b ?(\[\d+\])? ?:/;
