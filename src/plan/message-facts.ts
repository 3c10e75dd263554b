/**
 * Facts planning needs from the words of a message and the user's note, in the languages we
 * write: whether there was an interview, and whether a reply declines to help.
 */

/** Words that say the user and the employer actually met or spoke. */
const INTERVIEW =
  /(?<![\p{L}])(?:interview(?:s|ed|ing)?|panel|onsite|on-site|(?:met|spoke|speaking|talking|meeting) (?:with )?(?:you|him|her|them|the team)|our (?:call|conversation|chat|meeting)s?|your time with us|(?:vorstellungs|bewerbungs|kennenlern)?gespräch(?:e|en)?|interviews?|kennengelernt|entretiens?|rencontr(?:e|é|ée|er)|entrevistas?|(?:sollicitatie)?gesprek(?:ken)?|colloqui(?:o)?|conversamos|conversa)(?![\p{L}])/iu;

/** "will not be moving forward to the interview stage": an interview that did not happen. */
const NO_INTERVIEW =
  /(?<![\p{L}])(?:not? (?:be )?(?:invit\w+|mov\w+ forward|progress\w*) (?:you )?(?:to|for) (?:an?|the) (?:interview|next)|without an interview|kein(?:e|en)? (?:vorstellungs)?gespräch|nicht zu einem (?:vorstellungs)?gespräch|pas (?:de|d['’]) ?entretien|sin entrevista|no (?:pasar|avanzar) a (?:la )?entrevista|geen gesprek|nessun colloquio|sem entrevista)(?![\p{L}])/iu;

/** Whether the texts (the message, the note) say there was an interview. */
export function mentionsInterview(texts: readonly string[]): boolean {
  return texts.some((text) => {
    const cleared = text.replace(NO_INTERVIEW, " ");
    return INTERVIEW.test(cleared);
  });
}

/** A reply that says no to a favour: a reference, an introduction, feedback, a conversation. */
const DECLINES =
  /(?<![\p{L}])(?:i(?:'m| am)(?: afraid| sorry,?)? (?:not able|unable|not in a position|not the right person)|i (?:can(?:not|'t|’t)|won(?:'t|’t)|wouldn(?:'t|’t)) be (?:able|the right)|(?:can(?:not|'t|’t)|unable to) (?:act as|be|serve as|give|provide|share|offer|make) (?:a |an |any )?(?:reference|referral|introduction|individual feedback|feedback)|(?:don(?:'t|’t)|do not) (?:feel comfortable|give (?:individual )?feedback|provide (?:individual )?feedback)|(?:company|our) policy (?:is|does not|doesn't)|leider (?:kann|können|darf|dürfen) (?:ich|wir)|(?:keine|kein) (?:individuelles )?feedback|(?:je ne peux|nous ne pouvons|je ne suis pas en mesure|nous ne sommes pas en mesure)|(?:no puedo|no podemos|no me es posible|no nos es posible)|(?:ik kan|wij kunnen|we kunnen) (?:helaas )?(?:geen|niet)|(?:non posso|non possiamo|non siamo in grado)|(?:não posso|não podemos|não consigo))(?![\p{L}])/iu;

/** Whether a reply declines to help. */
export function declinesToHelp(text: string): boolean {
  return DECLINES.test(text);
}
