import type { Category } from "../../../schemas/understanding.ts";

/**
 * Someone given to the reader to turn to, in the seven languages: "your future manager", "your
 * contact is", "Ihre Ansprechpartnerin", "ist … für Sie da", "votre interlocutrice", "est là
 * pour vous", "su persona de contacto", "è a tua disposizione", "staat voor je klaar", "o seu
 * contacto", "happy to help".
 */
const READERS_CONTACT = new RegExp(
  [
    String.raw`\byour (?:\p{L}+ )?(?:manager|boss|mentor|buddy|coordinator|(?:point of )?contact|contact person)\b|\bhappy to (?:help|chat|talk|hop on|answer|meet)\b|\b(?:is|are|will be) (?:there|here|available) (?:for you|to (?:help|answer|assist))`,
    String.raw`\b(?:ihr|ihre|dein|deine) (?:\p{L}+ )?(?:ansprechpartner\p{L}*|vorgesetzte\p{L}*|führungskraft|mentor\p{L}*|koordinator\p{L}*)|\bsteht (?:ihnen|dir) (?:\p{L}+ )?zur verfügung|\bfür (?:sie|dich) da\b`,
    String.raw`\b(?:votre|ton|ta) (?:\p{L}+ )?(?:interlocut\p{L}*|manager|responsable|contact|référente?|coordinat\p{L}*)\b|(?<![\p{L}])à (?:votre|ta) disposition|\b(?:est|sera|reste) là pour (?:vous|toi|répondre)`,
    String.raw`\b(?:tu|su) (?:\p{L}+ )?(?:persona de contacto|contacto|responsable|mánager|jefe|jefa|coordinador|coordinadora)\b|\ba (?:tu|su) disposición|\bestá (?:disponible|aquí) para (?:ti|usted|ayudar|resolver|responder)`,
    String.raw`\b(?:il tuo|la tua|il suo|la sua) (?:\p{L}+ )?(?:referente|responsabile|manager|coordinatore|coordinatrice)\b|\ba (?:tua|sua) disposizione|(?<![\p{L}])è disponibile per (?:te|lei|aiutar\p{L}*|rispondere)`,
    String.raw`\b(?:je|jouw|uw) (?:\p{L}+ )?(?:contactpersoon|leidinggevende|manager|aanspreekpunt|coördinator)\b|\bvoor (?:je|jou|u) klaar\b|\bstaat (?:je|jou|u) te woord|\bis er voor (?:je|jou|u)\b`,
    String.raw`\b(?:o seu|a sua|o teu|a tua) (?:\p{L}+ )?(?:contacto|contato|gestor|gestora|responsável|coordenador|coordenadora)\b|(?<![\p{L}])à (?:sua|tua) disposição|\bestá (?:disponível|aqui) para (?:te|o|a|ajudar|responder|esclarecer)`,
  ].join("|"),
  "iu",
);

/** Whether the sentence gives the reader someone to turn to ("your contact is", "für Sie da"). */
export function givesReaderAContact(sentence: string): boolean {
  return READERS_CONTACT.test(sentence);
}

/**
 * Words that put the reader in touch with someone still to come, in the seven languages: the
 * reader will meet, speak to, report to or write to them, or is introduced to them ("you'll meet",
 * "will join the call", "reporting to", "reach out to", "kennenlernen", "rencontrer",
 * "conocerás", "incontrerai", "kennismaken", "conhecer"). A past conversation ("the
 * conversation with Marguerite was strong") is no introduction.
 */
const MEETS_READER = new RegExp(
  [
    String.raw`\byou(?:['’]ll| will| would| are going to| get to| can| could| might)? (?:\p{L}+ )?(?:meet|speak|talk|chat|present)\b|\bmeet (?:you|with)\b|\b(?:will|would|['’]ll) (?:also )?(?:join|interview|meet|lead|run|host|be (?:on|in|joining|there))\b|\bjoin(?:s|ing)? (?:you|us|the (?:call|interview|panel|meeting|session|conversation))\b`,
    String.raw`\breport(?:s|ing)? (?:directly )?to\b|\b(?:reach out|write|reply|respond) to\b|\bget in touch\b|\bcontact\b|\b(?:e-?mail|ask|call|ping|message) (?:him|her|them)\b|\bpanel|\bintroduc|\bput you in touch|\binvit\p{L}* you\b|\b(?:coffee|lunch) with you\b`,
    // "auf einen Kaffee einladen", "prendre un café", "tomar un café", "koffie drinken".
    String.raw`\b(?:einladen|eingeladen|auf einen kaffee|prendre un café|tomar (?:un|um) café|prendere un caffè|koffie (?:te )?drinken)`,
    READERS_CONTACT.source,
    String.raw`\b(?:kennenlernen|kennen lernen|wenden sie sich|wende dich|kontaktier\p{L}*|berichten an|unterstellt|teilnehmen|dabei sein|dazukommen|dazustoßen|vorstellen)`,
    String.raw`\b(?:rencontrer\p{L}*|vous présenter|te présenter|contacte[rz]|écrire à|écrivez|rattachée? à|participera|sera présente?|se joindra)`,
    String.raw`\b(?:conocer\p{L}*|reunirte|contactar|contacta|escríbele|escribirle|presentarte|presentarle|reportar(?:ás|á)? a|participará|estará presente|se unirá)`,
    String.raw`\b(?:incontrar\p{L}*|incontrerai|conoscer\p{L}*|contattar\p{L}*|scrivigli|scrivile|presentarti|presentarle|riporter(?:ai|à) (?:a|al|alla)|parteciperà|sarà presente|si unirà)`,
    String.raw`\b(?:ontmoeten|kennismaken|kennis maken|schuift aan|neem contact|contact opnemen|voorstellen|rapporte(?:er|ert|ren) aan)`,
    String.raw`\b(?:conhecer|fale com|falar com|contactar|contatar|apresentar|vai participar|estará presente|reportar(?:á)? a)`,
  ].join("|"),
  "iu",
);

/** A schedule row: a line that opens with a time ("09:30 - 10:30 Design - …", "10h45 …"). */
const SCHEDULE_ROW = /(?:^|\n)[ \t>*•-]*\d{1,2}[:h.]\d{2}(?!\d)/u;

/**
 * Words that make someone the reader's referrer: "passed your CV along", "hat dich empfohlen",
 * "a transmis ton CV", "te recomendó", "ti ha segnalato", "heeft je aanbevolen", "te indicou".
 */
const REFERRED_READER =
  /\b(?:pass(?:ed|es)? (?:on |along )?your (?:cv|résumé|resume|profile|application)|passed (?:it|your \p{L}+) (?:along|on)|put in a (?:good )?word|(?:referred|recommended) you|hat (?:dich|sie) (?:\p{L}+ )?empfohlen|(?:deinen|ihren) lebenslauf weiter\p{L}*|a transmis (?:ton|votre) (?:cv|profil)|(?:t['’]|vous) a recommandée?|(?:te|le) recomendó|pasó tu (?:cv|currículum)|ti ha (?:segnalat|raccomandat)[oa]|ha passato il tuo cv|heeft (?:je|u) aanbevolen|heeft je cv doorgestuurd|(?:te|o|a|lhe) (?:indicou|recomendou)|passou (?:o )?seu (?:cv|currículo))/iu;

/**
 * Words that make someone the author of what the reader gets: "Message from Marcus:", "on behalf
 * of", "Nachricht von", "au nom de", "mensaje de", "a nome di", "namens", "em nome de".
 */
const WRITES_TO_READER =
  /\b(?:(?:message|note) from|on behalf of|(?:nachricht|notiz) von|im (?:auftrag|namen) von|(?:message|mot) de|au nom de|de la part de|(?:mensaje|nota) de|en nombre de|de parte de|(?:messaggio|nota) d[ai]|a nome di|da parte di|(?:bericht|notitie) van|namens|(?:mensagem|nota) de|em nome de|da parte de)\b/iu;

/**
 * A conversation already held, right before its "with": "as discussed with", "spoke with",
 * "besprochen mit", "discuté avec", "hablado con", "discusso con", "besproken met",
 * "conversado com".
 */
const HELD_WITH =
  /(?<![\p{L}])(?:\p{L}{3,}ed|spoke|met|had|besprochen|gesprochen|abgestimmt|discuté|parlé|échangé|hablado|conversado|discutido|comentado|discusso|parlato|besproken|gesproken|falado)\s+(?:with|mit|avec|con|met|com)(?![\p{L}])/iu;

/**
 * Whether the sentence that names someone introduces them to the reader: someone the reader will
 * meet, speak to, report to or turn to, who writes the message or referred the reader, or whom a
 * schedule row puts in a slot; anyone a referral offer names (the one the reader is put
 * forward to); in an invitation, anyone it names is the meeting's (the
 * panel, the host, a schedule's interviewers), unless it speaks of a conversation already held
 * with them ("as discussed with Lauren").
 */
export function introducedToReader(sentence: string, category: Category): boolean {
  if (MEETS_READER.test(sentence) || WRITES_TO_READER.test(sentence)) return true;
  if (SCHEDULE_ROW.test(sentence) || REFERRED_READER.test(sentence)) return true;
  if (category === "referral_offer") return true;
  return category === "interview_invite" && !HELD_WITH.test(sentence);
}
