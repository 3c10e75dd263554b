import { hasTitleWord } from "./job-titles.ts";
import { isPlace } from "./places.ts";
import { fold, words } from "./text.ts";

/** A footer line: copyright, unsubscribe, the sender's postal address. */
const FOOTER_LINE =
  /©|\(c\)\s*\d{4}|\b(?:unsubscribe|abmelden|afmelden|se désinscrire|désinscription|désabonner|cancelar (?:a )?inscrição|darse de baja|cancella(?:re)? iscrizione|disiscriviti|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|privacy policy|datenschutzerklärung|geschäftsführer(?:in)?|geschäftsführung|vorstand|aufsichtsrat|registergericht|amtsgericht|hrb|ust-idnr|sitz der gesellschaft|managing directors?|directors(?=\s*:)|board of directors|registered in (?:england|scotland|wales|northern ireland|ireland)|registered (?:company )?(?:no|number)|company registration|vat (?:no|number|reg(?:istration)?)|registered office|company number|siège social|rcs|siret|capital social|cif|p\.?\s?iva|kvk)\b/i;

/** Titles that are also imprint labels: a title on a signature line, a list after a colon. */
const TITLE_NOT_LABEL = /\b(?:geschäftsführer(?:in)?|managing directors?|vorstand)\b(?!\s*:)/gi;

/**
 * Whether a signature line is a footer: copyright, unsubscribe, a company's legal imprint
 * ("Geschäftsführer: …"), but not a writer's own title ("Tobias Lenz | Geschäftsführer").
 */
export function isFooterLine(line: string): boolean {
  return FOOTER_LINE.test(line.replace(TITLE_NOT_LABEL, ""));
}

/** "Speakers: Priyanka Nair, VP Engineering": an event's programme names people the user never met. */
const PROGRAMME_LINE =
  /^\s*[-*•]?\s*(?:speakers?|hosts?|hosted by|panelists|moderators?|moderated by|presenters?|referent(?:en|innen)?|sprecher(?:innen)?|intervenants?|animé par|ponentes?|relatori|relatrici|sprekers?|oradores?|palestrantes?)\s*:/i;

/** "500 Terry Francois Blvd", "Wilton Place": a street, in the seven languages. */
const STREET_AFTER =
  /^\s*(?:blvd|boulevard|plaza|place|street|st\.|avenue|ave\.?|road|rd\.?|lane|drive|way|square|sq\.?|court|parkway|pkwy|highway|hwy|straße|strasse|str\.|weg|platz|allee|gasse|ring|rue|quai|calle|avenida|paseo|plaza|via|viale|piazza|corso|rua|travessa|largo|laan|straat|plein|gracht|kade)\b/i;

/**
 * "Bram Kuipers via bram.kuipers@…", "via LinkedIn": "via" in small letters on the same line
 * is the way to reach someone, in every language that borrows it; a street a "Via" opens is
 * written with a capital.
 */
const THROUGH_AFTER = /^[ \t]*via\s/;

/** "a talk by X", "“Concurrency in Go” by X", "blog post by X": the author of something, not a contact. */
const AUTHOR_BEFORE =
  /(?:["”“»]\s*|\b(?:book|blog(?: post)?|post|article|talk|podcast|paper|essay|newsletter|video|thread|keynote|libro|livre|buch|artikel|artículo|articolo|boek|vortrag|charla|conférence)\b[^.\n]{0,40}?)\b(?:by|von|par|di|door|por)\s+$/i;

/** "a blog post by our founder", "a letter from our CEO Ama Owusu": the author of a piece, not an HR letter's sender. */
const PIECE_BY_BEFORE =
  /\b(?:blog|post|article|podcast|video|keynote|newsletter|artikel|artículo|articolo)\b[^.\n]{0,30}?\b(?:from|by|von|de|par|di|da|door|por)\s+(?:(?:our|the|unserem|unserer|unsere[mnr]?|notre|nuestro|nuestra|il nostro|la nostra|onze|nosso|nossa)\s+)?(?:\S+\s+){0,3}$|\b(?:letter|lettre|carta|lettera|brief)\b[^.\n]{0,30}?\b(?:from|by|von|de|par|di|da|door|por)\s+(?:(?:our|the|unserem|unserer|notre|nuestro|nuestra|il nostro|la nostra|onze|nosso|nossa)\s+)?(?:ceo|founder|co-?founder|president|chair(?:man|woman|person)?|geschäftsführer(?:in)?|gründer(?:in)?|fondat(?:eur|rice|ore)|fundador[a]?|oprichter|presidente|pdg)\s+$/i;

/** « … » — Bertrand Lefèvre-Cazals, fondateur: a quotation's author, closing a line. */
const QUOTE_ATTRIBUTION_BEFORE = /["”»“]\s*[—–~-]{1,2}\s*$/;

/** Last words of a building or a room ("Grace Hopper Hall", "Ada Lovelace Commons"). */
const VENUE_WORDS = words(
  "hall|commons|building|bldg|center|centre|room|auditorium|campus|tower|lounge|atrium|wing|" +
    "pavilion|library|lab|labs|office|offices|house|garage|suite|theatre|theater|arena|" +
    "stadium|park|gardens|saal|raum|haus|zentrum|gebäude|salle|sala|edificio|aula|zaal|gebouw",
);
/** Words before a place ("at", "Location:", "im"). */
const PLACE_BEFORE =
  /(?:\b(?:at|in|im|au|en|nel|nella|op|no|na|bei|à)|(?:location|where|room|venue|ort|lieu|lugar|luogo|locatie|local|raum|salle|sala)\s*:)\s*(?:the\s+)?$/i;

/** What else is known of a name when its surroundings are read. */
export interface PlaceEvidence {
  /** A title stands in apposition to it ("Raj (our VP of Security)"). */
  titled?: boolean;
  /** The message books a meeting with the user (an interview invitation). */
  meeting?: boolean;
}

/** "Host: …", "Organizer: …", "Gastgeber: …": the one who booked the meeting, not a programme. */
const MEETING_HOST_LINE =
  /^\s*[-*•]?\s*(?:host|hosted by|organi[sz]er|gastgeber(?:in)?|organisateur|organisatrice|anfitri[oó]n|organizador[a]?|organizzat(?:ore|rice)|organisator|gastheer|gastvrouw|anfitrião)\s*:/i;

/** Someone away: on leave, out of the company ("Priti's candidates while she's on parental leave"). */
const AWAY_AFTER =
  /^[^.!?\n]{0,80}?\b(?:(?:shared )?(?:parental|maternity|paternity|medical|sick|extended|family) leave|on leave|elternzeit|mutterschutz|congé (?:parental|maternité|paternité|maladie)|baja (?:por )?(?:maternidad|paternidad|médica)|(?:maternità|paternità)|(?:zwangerschaps|ouderschaps|ziekte)verlof|licença[- ](?:maternidade|paternidade|médica)|(?:is|are|she's|he's|they're) away until|no longer (?:with|at|works)|has left (?:the company|us|the team)|in (?:elternzeit|mutterschutz)|en congé|de baja (?:por )?(?:maternidad|paternidad)|in maternità|met (?:zwangerschaps)?verlof|em licença)/i;

/** Gone from the team, or never in it: "when Rachel Kim left the team", "has since retired". */
const GONE_AFTER =
  /^[^.!?\n]{0,40}?\b(?:left (?:the (?:team|company|business|firm)|us)|(?:has|have) (?:since )?(?:retired|moved on)|retired|retires|is retiring|stepped down|verließ|(?:in den )?ruhestand|in rente|a quitté|(?:a pris|prend|prendra|part|partira) (?:sa|à la) retraite|dejó (?:el equipo|la empresa)|se (?:ha )?jubil(?:ó|a|ará|ado)|ha lasciato|(?:è )?andat[oa] in pensione|va in pensione|verliet|met pensioen|deixou|se aposent(?:ou|a|ará)|aposentou-se)(?![\p{L}])/iu;

/**
 * The candidate the employer chose instead of the user: "we went with Alex Moreno, an internal
 * candidate", "the role went to Alex Moreno", "Alex Moreno, who has accepted the offer".
 */
const CHOSEN_BEFORE =
  /\b(?:(?:filled|pourvue?s?|besetzt|cubiert[oa]s?|copert[oa]|ingevuld|preenchid[oa]s?)(?: (?:internally|en interne|intern|internamente|internamente))? (?:by|par|durch|mit|por|da|door)|went with|gone with|go(?:ing)? with|cho(?:se|osing)|select(?:ed|ing)|hired|hiring|(?:to )?hire|(?:avons|a|ont) embauché|(?:hemos )?contratado a|(?:abbiamo )?assunto|(?:to )?appoint|appointed|offer(?:ed|ing)? (?:it|(?:the|this|that|our) (?:\S+ ){0,4}?(?:role|position|job|post|offer)) to|(?:stelle|position|rolle) an|(?:proposé|offert|attribué) (?:le|ce) poste (?:\S+ ){0,4}?à|ofrecido el puesto (?:\S+ ){0,4}?a|offerto il (?:ruolo|posto) (?:\S+ ){0,4}?a|aangeboden aan|oferec(?:emos|ido) a vaga (?:\S+ ){0,4}?(?:a|à)|extend(?:ed)? (?:an|the|our) offer to|(?:role|position|job) went to|nous avons (?:retenu|choisi|recruté)|hemos (?:elegido|seleccionado|contratado) a|abbiamo (?:scelto|selezionato|assunto)|hebben gekozen voor|escolhemos|contratamos)\s+$/i;
const CHOSEN_AFTER =
  /^\s*(?:besetzt|eingestellt|ausgewählt|aangenomen|gekozen)\b|^\s*,?\s*(?:who|der|die|qui|que|quien|che|wie|die)\s+(?:\p{L}+\s+){0,3}?(?:hired|selected|chosen|eingestellt|ausgewählt|embauchée?|recrutée?|retenue?|contratad[oa]|seleccionad[oa]|elegid[oa]|assunt[oa]|selezionat[oa]|scelt[oa]|aangenomen|gekozen|geselecteerd|selecionad[oa]|escolhid[oa])(?![\p{L}])|^\s*,?\s*(?:an? (?:internal|external|other|stronger|more experienced) (?:candidate|applicant)|the successful (?:candidate|applicant)|who (?:has )?accepted (?:the|our) offer|eine[nr]? (?:interne[nr]?|externe[nr]?|andere[nr]?) (?:kandidat|bewerber)\w*|une? candidat(?:e)? (?:interne|externe)|un(?:a)? candidat[oa] (?:intern[oa]|estern[oa])|(?:een|une?) (?:interne|externe) kandida(?:at|te))/iu;

/**
 * A saying's speaker: "as our founder Helen Park likes to say", "como dice nuestra fundadora,
 * Lucía Romero,", "comme le dit notre PDG": a maxim quoted in mail, not someone the user met.
 */
const SAYING_BEFORE = /\b(?:as|like)\b[^.,;\n]{0,40}$/i;
const SAYING_AFTER =
  /^\s*,?\s*(?:(?:likes|loves|used) to say|(?:always |often )?says|puts it|would say)\b/i;
const SAYING_OPENS_BEFORE = /\b(?:como (?:dice|diz)|comme (?:le )?dit|come dice)\b[^.;\n]{0,40}$/i;
/**
 * A maxim's speaker, whatever comes before: "my old boss Ruth Hale used to say", "sagte immer",
 * "disait toujours", "solía decir", "diceva sempre", "zei altijd", "costumava dizer".
 */
const MAXIM_AFTER =
  /^\s*,?\s*(?:used to (?:say|tell (?:me|us))|always (?:said|says|told (?:me|us))|would always say|pflegte (?:immer )?zu sagen|sagte (?:immer|stets)|hat immer gesagt|disait (?:toujours|souvent)|avait l['’]habitude de dire|(?:siempre )?(?:decía|solía decir)(?: siempre)?|diceva (?:sempre|spesso)|era solit[oa] dire|zei (?:altijd|steeds)|placht te zeggen|(?:sempre )?dizia(?: sempre)?|costumava dizer)(?![\p{L}])/iu;

/**
 * The person whose absence opened the role: "covering Sophie Turner's maternity leave", "cover
 * for Sophie Turner", "replacing Tom Hill, who retires", "Elternzeitvertretung für Anna Roth".
 */
const COVERED_BEFORE =
  /\b(?:cover(?:ing)?(?: for)?|maternity cover for|replac(?:e|es|ing)|backfill(?:ing)?(?: for)?|taking over from|take over from|in place of|succeed(?:ing)?|(?:elternzeit|mutterschutz)?vertretung (?:für|von)|remplacement de|remplacer|en sustitución de|sustituir a|sostituzione di|sostituire|ter vervanging van|vervangen|substituição de|substituir)\s+$/i;
const COVERED_AFTER =
  /^['’]s?\s+(?:\p{L}+\s+){0,2}(?:leave|sabbatical|absence|secondment|departure|retirement|elternzeit|mutterschutz|congé|baja|licenza|verlof|licença)\b/iu;

/**
 * A name as one item of a list of things: "our products, Nova Ledger and Atlas Relay",
 * "experience with Azure Kubernetes and Ruby Sparks", "clients such as Morgan Hale".
 */
const THING_LIST_HEAD =
  /\b(?:(?:experience|familiarity|skills?|knowledge|expertise|background|proficiency|fluency)\s+(?:with|in|of|on|using)|(?:erfahrung(?:en)?|kenntnisse?|know-how)\s+(?:mit|in|von|im)|(?:expérience|connaissances?|maîtrise)\s+(?:avec|de|d['’]|du|des|en)|(?:experiencia|conocimientos?|dominio)\s+(?:con|en|de)|(?:esperienza|conoscenz[ae]|padronanza)\s+(?:con|in|di|del)|(?:ervaring|kennis)\s+(?:met|van|in)|(?:experiência|conhecimentos?|domínio)\s+(?:com|em|de)|products?|tools?|apps?|brands?|platforms?|frameworks?|offices?|sites?|locations?|programmes?|programs?|events?|services?|portfolio|stack|(?:clients?|customers?) (?:include|like|such as)|produkte|produits|productos|prodotti|producten|produtos)[:,]?(?:\s+(?:such as|like|including|wie|comme|como|come|zoals))?\s+/gi;
/** The capitalised items of the list between its head and the name. */
const THING_LIST_ITEMS =
  /^(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*(?:,|\band\b|&|\bor\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*){0,4}$/u;

/** Whether the words before a name make it one item of a list of things. */
function inThingList(lineBefore: string): boolean {
  let last: RegExpExecArray | null = null;
  THING_LIST_HEAD.lastIndex = 0;
  for (let m = THING_LIST_HEAD.exec(lineBefore); m !== null; m = THING_LIST_HEAD.exec(lineBefore))
    last = m;
  if (last === null) return false;
  // "When you arrive at our offices, Maria Lopez will meet you": a place, then a new clause.
  if (PLACE_CLAUSE_BEFORE.test(lineBefore.slice(0, last.index))) return false;
  return THING_LIST_ITEMS.test(lineBefore.slice(last.index + last[0].length));
}

/** "at our", "in the", "visiting": a head word that opens a place, not a list. */
const PLACE_CLAUSE_BEFORE =
  /\b(?:at|in|to|from|near|into|inside|outside|around|visit(?:ing)?)\s+(?:(?:our|the|your|their|its|one of (?:our|the))\s+)?$/i;

/** "in Summer Hill", "near Grace Park", "at Jasper Lane": a place or a firm, not someone met. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|near|around|outside|at)\s+$/iu;

/**
 * The one who signs a document on the firm's side: "signed on our side by Gregory Haines",
 * "signée par notre Directrice Générale, Mme …", "unterschrieben von …": a signatory, not a contact.
 */
const SIGNATORY_BEFORE =
  /\b(?:(?:signed|countersigned|executed)(?: on (?:our|the company's) (?:side|behalf))? by|sign(?:ée?s?|é) par|unterschrieben von|unterzeichnet von|firmad[oa] por|firmat[oa] da|ondertekend door|assinad[oa] por)\s+(?:(?:our|the|notre|nuestr[oa]|unsere[mnr]?|il nostro|la nostra|onze|o nosso|a nossa)\s+)?(?:[^,.;\n]{0,40},\s*)?(?:(?:mme|mlle|mr|mrs|ms|dr|herr|frau|sr|sra|dott|prof)\.?\s+)?$/i;

/**
 * Someone who can no longer take part: "Marcus Feld, who was going to run your interview, has
 * been pulled onto an incident and had to cancel", "Priti … is off sick".
 */
const RELATIVE_CLAUSE_AFTER = /^\s*,\s*(?:who|die|der|qui|que|che|wie|quem)\b[^,.;!?\n]{0,100},/i;
const ABSENT_PREDICATE =
  /^[^.;!?\n]{0,50}?\b(?:(?:had|has) to (?:cancel|drop out|step (?:away|back|out))|cancel(?:l?ed)|(?:is|was|are) (?:now )?(?:off sick|out sick|unwell|ill|unavailable|away)|can(?:not|'t| no longer)(?: make it| join| attend| be there| take part)|(?:is|are) no longer (?:able|available|on the panel|joining)|won['’]t be able to|pulled (?:onto|into|away)|called away|ist (?:leider )?(?:krank|verhindert|ausgefallen)|muss(?:te)? (?:leider )?absagen|est (?:malade|absente?|indisponible|souffrante?)|ne pourra pas|a dû annuler|está (?:enferm[oa]|de baja|indispuest[oa])|no podrá|ha tenido que cancelar|è (?:malat[oa]|indisponibile)|non potrà|ha dovuto annullare|is ziek|kan (?:helaas )?niet|heeft moeten afzeggen|está doente|não poderá|teve de cancelar|teve que cancelar)\b/i;

/** Someone else takes over the session: "has offered to take the session", "will step in". */
const STAND_IN =
  /\b(?:(?:take|takes|taking|run|runs|running|lead|leads|leading)\s+(?:the|your|this|that)\s+(?:session|interview|round|call|slot|conversation)\b|step(?:s|ping)? in\b|stand(?:s|ing)? in\b|in (?:his|her|their) place\b|replac(?:e|es|ing) (?:him|her|them)\b|übernimmt|(?:la )?remplacera|l[oa] sustituirá|l[oa] sostituirà|neemt (?:het|dit) over|vai substituir)/i;

/** "founded by two ex-Stripe engineers, Tom Akers and Lena Brandt": a firm's history, not a contact. */
const FOUNDED_BY_BEFORE =
  /\b(?:(?:co-?)?founded|started|established|gegründet|fondée?|fundad[ao]|fondat[ao]|opgericht|criad[ao])\s+(?:by|von|par|por|da|door)\b[^.;!?\n]{0,60}$/i;

/** "Charles Schwab alumni", "Morgan Stanley engineers": a firm with a person's shape, as a modifier. */
const ORGANISATION_NOUN_AFTER =
  /^ (?:alumni|employees|staff|customers|clients|users|engineers|developers|offices?|stores?|branch(?:es)?|headquarters|brand|products?|platform|stock|shares|account|fellows(?:hip)?|scholars(?:hip)?|award|programme|program)\b/;

/** The user's references (referees): people the employer will call, not the user's contacts. */
const REFERENCES_NEAR =
  /\b(?:references|referees?|reference checks?|referenzen|referenzgeber\w*)\b|\b(?:your|vos|votre|ihre?n?|deine?n?|tus|sus|le tue|i tuoi|je|uw|suas|seus)\s+(?:\p{L}+\s+)?(?:references?|références?|referenz|referencias?|referenze|referenza|referenties|referentie|referências|referência)\b/iu;

/** How far back a sentence about the user's references reaches. */
const REFERENCES_WINDOW_CHARS = 250;

/** Words right before a full name that say a person is meant ("with", "and", "meet", "cc"). */
const PERSON_BEFORE =
  /\b(?:with|and|mit|und|avec|et|con|y|e|en|met|cc|meet|meeting|met|from|joined by|colleague|kollegin|kollege|collègue|compañer[oa]|collega|manager|recruiter|interviewer|founder|director|cto|ceo|vp|dear|hi|hello|hallo|bonjour|hola|ciao|olá|hoi)\s+$|&\s*$/i;
/** Words right after a full name that say a person is meant ("will reach out", "from our team"). */
const PERSON_AFTER =
  /^\s*,?\s*(?:(?:will|can|can't|cannot|could|would|is|was|has|had|said|says|mentioned|told|asked|felt|thought|liked|loved|enjoyed|joins|joined|leads|led|runs|ran|wird|ist|hat|war|va|a|est|será|es|ha|sarà|è|zal|is)\b|['’]ll\b|\((?:cc|she|he|they)\b|&|,\s*(?:who|die|der|qui|que|che|our|the|unser|notre|nuestr|il nostro|onze)\b|\s+(?:from|of|at|de|von|du|da|di|van|bei|chez|di)\s+(?:our|the|my|your|notre|votre|nuestro|nuestra|unserem|unserer|unseres|il nostro|la nostra|onze|ons)\b)/i;

/**
 * "Interviewers: Marcus Oyelaran, Lena Hoffstetter", "Gesprächspartner: …": a line that labels
 * the people on it as the user's interviewers or recruiter, in the seven languages.
 */
const PEOPLE_LABEL_LINE =
  /^\s*[-*•]?\s*(?:(?:your |ihre |vos |tus |i tuoi |je |seus )?(?:interviewers?|interviewer\(s\)|interview panel|attendees|participants|hiring manager|recruiter|gesprächspartner(?:in|innen)?|interviewer(?:in|innen)?|teilnehmer(?:innen)?|interlocuteurs?|intervenants? de l['’]entretien|participantes|entrevistador(?:es|as?)?|intervistatori|partecipanti|gesprekspartners?|deelnemers|entrevistadores|participantes))\s*:\s*/i;

/** What opens an agenda row before its name: a bullet, or a time slot ("10:00–10:45"). */
const AGENDA_ROW_OPENING =
  /^\s*(?:[-*•–·]|\d{1,2}[:.h]\d{2}(?:\s*[-–]\s*\d{1,2}[:.h]\d{2})?\s*[-–:|]?)\s*$/u;
/** A slot's length or time on the rest of the row, in the seven languages ("(45 min)", "1 Std."). */
const AGENDA_ROW_SLOT =
  /\b\d{1,3}\s?(?:min(?:s|utes?|uten|utos|uti)?\.?|hrs?|hours?|std\.?|stunden?|heures?|horas?|ore|uur)(?![\p{L}])|\b\d{1,2}[:.h]\d{2}\b/iu;

/**
 * "- Luis Ortega - system design (60 min)", "• 14:00 Anke Vogel, Teamlead": a row of an
 * interview agenda, each row a slot with someone, names the user's interviewers.
 */
function isAgendaRow(before: string, after: string): boolean {
  if (AGENDA_ROW_OPENING.test(before)) return AGENDA_ROW_SLOT.test(after) || /\d/.test(before);
  // "10:00 - 11:00  System design - Lena Chou": the slot, what happens, then who, ending the row.
  return AGENDA_ROW_TIMED_TOPIC.test(before) && AGENDA_ROW_END.test(after);
}

/** A row that opens with a time slot and hands over to its name after a dash, bar or colon. */
const AGENDA_ROW_TIMED_TOPIC =
  /^\s*[-*•]?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s+\S.{0,80}\s[-–—|:]\s*$/iu;
/** Nothing after the name but a length or a role in brackets ("(45 min)", "(hiring manager)"). */
const AGENDA_ROW_END = /^\s*(?:\([^()\n]{0,40}\))?\s*$/u;

/** How far around a name its line is read: footers and programmes say so within it. */
const LINE_WINDOW_CHARS = 200;

/** The line around a span, read at most LINE_WINDOW_CHARS either side (one long line stays cheap). */
export function lineAround(
  text: string,
  start: number,
  end: number,
): { lineStart: number; lineEnd: number; line: string } {
  const from = Math.max(0, start - LINE_WINDOW_CHARS);
  const to = Math.min(text.length, end + LINE_WINDOW_CHARS);
  const back = text.slice(from, start).lastIndexOf("\n");
  const lineStart = back < 0 ? from : from + back + 1;
  const ahead = text.slice(end, to).indexOf("\n");
  const lineEnd = ahead < 0 ? to : end + ahead;
  return { lineStart, lineEnd, line: text.slice(lineStart, lineEnd) };
}

/**
 * Whether a capitalised name in prose is no person: in a footer, an event programme, a
 * street address, a place ("onsite in Eden Prairie, MN"), a byline, someone gone from the team,
 * the candidate chosen instead of the user, or a product ("Argo CD").
 */
export function notAPersonHere(
  text: string,
  start: number,
  end: number,
  name: string,
  evidence: PlaceEvidence = {},
): boolean {
  const { lineStart, line } = lineAround(text, start, end);
  if (FOOTER_LINE.test(line)) return true;
  // "Host: Jamal Haddad" in a booked meeting is whom the user meets; in an event, a speaker.
  if (PROGRAMME_LINE.test(line) && !(evidence.meeting && MEETING_HOST_LINE.test(line))) return true;
  const after = text.slice(end, end + 40);
  if (STREET_AFTER.test(after) && !THROUGH_AFTER.test(after)) return true;
  const next = /^,\s*([^,.;\n]{1,30})/.exec(after)?.[1];
  if (isPlace(name, next)) return true;
  const lineBefore = text.slice(Math.max(lineStart, start - 80), start);
  if (AUTHOR_BEFORE.test(lineBefore) || PIECE_BY_BEFORE.test(lineBefore)) return true;
  if (QUOTE_ATTRIBUTION_BEFORE.test(lineBefore)) return true;
  // "Grace Hopper Hall", "at the Ada Lovelace Commons": a building named after someone.
  const nameWords = name.split(" ");
  if (
    nameWords.length > 1 &&
    VENUE_WORDS.has(fold(nameWords[nameWords.length - 1] ?? "")) &&
    (nameWords.length > 2 || PLACE_BEFORE.test(lineBefore))
  )
    return true;
  if (AWAY_AFTER.test(text.slice(end, end + 120)) || GONE_AFTER.test(text.slice(end, end + 80)))
    return true;
  if (CHOSEN_BEFORE.test(lineBefore) || CHOSEN_AFTER.test(after)) return true;
  if (COVERED_BEFORE.test(lineBefore) || COVERED_AFTER.test(after)) return true;
  if (SIGNATORY_BEFORE.test(lineBefore) || FOUNDED_BY_BEFORE.test(lineBefore)) return true;
  if (ORGANISATION_NOUN_AFTER.test(after)) return true;
  // Someone who had to drop out of an interview that someone else now takes; one who only
  // moved it is still the one the user will meet.
  const predicate = text.slice(end, end + 200).replace(RELATIVE_CLAUSE_AFTER, "");
  if (ABSENT_PREDICATE.test(predicate) && STAND_IN.test(text)) return true;
  // "your background with Raj (our VP of Security)": a title in apposition says a person is
  // meant, whatever list or place the words before seemed to open.
  if (!evidence.titled && inThingList(lineBefore)) return true;
  // A name after "in" or "at" is where something is, unless it is someone's ("in Lisa's team").
  if (!evidence.titled && PLACE_PREPOSITION_BEFORE.test(lineBefore) && !/^['’]s?\s/.test(after))
    return true;
  if (
    (SAYING_BEFORE.test(lineBefore) && SAYING_AFTER.test(after)) ||
    SAYING_OPENS_BEFORE.test(lineBefore) ||
    MAXIM_AFTER.test(after)
  )
    return true;
  // "wir haben uns für Tobias Brandt entschieden": the one decided for, not one deciding with.
  if (/\bfür\s+$/i.test(lineBefore) && /^\s*entschieden\b/i.test(after)) return true;
  if (REFERENCES_NEAR.test(text.slice(Math.max(0, start - REFERENCES_WINDOW_CHARS), end + 60)))
    return true;
  // "Argo CD": a capitalised word before a short code, inside the name or right after it.
  const last = name.split(" ").pop() ?? "";
  return (
    (name.includes(" ") && /^\p{Lu}{1,2}$/u.test(last)) || /^ \p{Lu}{2}\b(?![.'’])/u.test(after)
  );
}

/**
 * Whether the words around a full name say a person is meant: "with Lena Chou", "Lena Chou
 * from our Cloud Platform group", "Sofia Lindgren & Paul Mbeki", "el responsable de
 * plataforma, Iván Castaño".
 */
export function personCue(text: string, start: number, end: number): boolean {
  const { lineStart, lineEnd } = lineAround(text, start, end);
  const before = text.slice(Math.max(lineStart, start - 60), start);
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(text.slice(end, end + 40))) return true;
  // "Host: …" outside a booked meeting was already read as a programme's (notAPersonHere).
  const label = text.slice(lineStart, start);
  if (PEOPLE_LABEL_LINE.test(label) || MEETING_HOST_LINE.test(label)) return true;
  if (isAgendaRow(text.slice(lineStart, start), text.slice(end, lineEnd))) return true;
  // An appositive after a title: "our hiring manager, Anna Roth".
  const appositive = /([^,.;:!?\n]{2,40}),\s*$/.exec(before)?.[1];
  return appositive !== undefined && hasTitleWord(appositive.split(/\s+/).slice(-3).join(" "));
}
