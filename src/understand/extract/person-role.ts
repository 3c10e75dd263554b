import { hasTitleWord } from "./job-titles.ts";

/**
 * The role a name plays in a message: a participant in the user's hiring process (the one who
 * interviews, schedules, introduces or stands in for the hiring matter) or someone the message
 * only mentions in passing (the friend who passed on a rumour, a leader quoted at an all-hands,
 * a deputy for payroll in an out-of-office note). Passing mentions get no contact: each contact
 * may get a draft in the user's name.
 */

/**
 * "Marco told me you're looking", "Marco mi ha parlato benissimo di te", "Ana me habló de ti":
 * the name is the source of what the writer heard about the user, a go-between of the writer's
 * own, not someone in the user's process.
 */
/** Someone telling the writer, in the seven languages: "told me", "hat mir erzählt", "m'a dit". */
const TOLD_ME = String.raw`(?:has |had )?(?:told|tells) (?:me|us)|(?:hat|hatte) (?:mir|uns) (?:\p{L}+ ){0,2}(?:erzählt|gesagt|berichtet)|(?:m['’]|nous )a (?:\p{L}+ )?(?:dit|raconté|appris)|(?:me|nos) (?:ha )?(?:dijo|dicho|contó|contado|comentó|comentado)|(?:mi|ci) ha (?:\p{L}+ )?(?:detto|raccontato|accennato)|(?:heeft|had) (?:me|mij|ons) (?:\p{L}+ ){0,2}(?:verteld|gezegd)|vertelde (?:me|mij|ons)|zei (?:me|mij|ons|tegen mij)|(?:me|nos) (?:disse|contou|falou)`;
/** That the user is on the market: "you're looking", "dass du dich umschaust", "que tu cherches". */
const USER_LOOKING =
  /\b(?:you(?:['’]re| are| were| might be| may be| could be)? (?:\p{L}+ )?(?:looking|on the market|open to|available|between (?:jobs|roles)|job[- ]hunting|searching|thinking (?:of|about) (?:a )?(?:move|moving|leaving)|considering)|(?:du|sie) (?:\p{L}+ ){0,3}(?:umschaust|umschauen|suchst|suchen|auf der suche|offen für|wechseln willst|wechseln möchten)|(?:tu|vous) (?:\p{L}+ ){0,2}(?:cherch|recherch|ouvert|es à l['’]écoute|êtes à l['’]écoute)|(?:estás|está|andas|anda) (?:\p{L}+ )?(?:buscando|abiert[oa]|en búsqueda|mirando)|(?:buscas|busca) (?:trabajo|algo|cambiar)|(?:stai|sta) (?:\p{L}+ )?(?:cercando|guardando)|(?:sei|è) (?:\p{L}+ )?apert[oa]|(?:je|u) (?:\p{L}+ )?(?:zoekt|rondkijkt|openstaat)|(?:você|tu) (?:\p{L}+ )?(?:está|estás) (?:\p{L}+ )?(?:procurando|buscando|abert[oa]|à procura))/iu;
/** "… spoke highly of you", "m'a parlé de toi", "mi ha parlato di te": the user as the topic. */
const ABOUT_YOU = new RegExp(
  [
    String.raw`(?:has |had )?(?:also |already |once |first )?mentioned (?:you|your name)(?![\p{L}])|(?:has |had )?(?:spoke|speaks|spoken|told (?:me|us)) (?:\p{L}+ ){0,3}(?:highly |well |warmly )?(?:of|about) you(?![\p{L}])|said (?:\p{L}+ )?(?:good|great|nice|lovely) things about you|(?:put|passed) your name (?:to|on to) (?:me|us)`,
    String.raw`hat (?:mir|uns) (?:\p{L}+ ){0,3}von (?:dir|ihnen) (?:\p{L}+ )?(?:erzählt|berichtet|vorgeschwärmt)|hat (?:dich|sie|ihren namen|deinen namen) (?:\p{L}+ )?erwähnt`,
    String.raw`(?:m['’]|nous )a (?:\p{L}+ )?parlé (?:\p{L}+ )?de (?:toi|vous)(?![\p{L}])`,
    String.raw`(?:me|nos) (?:ha )?(?:habló|hablado|comentó|contó) (?:\p{L}+ ){0,2}de (?:ti|usted)(?![\p{L}])`,
    String.raw`(?:mi|ci) ha (?:\p{L}+ )?(?:parlato|raccontato) (?:\p{L}+ )?di (?:te|lei)(?![\p{L}])`,
    String.raw`(?:heeft|had) (?:me|mij|ons) (?:\p{L}+ ){0,2}over (?:je|jou|u) (?:\p{L}+ )?verteld`,
    String.raw`(?:me|nos) (?:falou|contou) (?:\p{L}+ ){0,2}(?:de|sobre) (?:você|ti|si)(?![\p{L}])`,
  ].join("|"),
  "iu",
);
const ABOUT_YOU_AFTER_NAME = new RegExp(`^\\s+(?:${ABOUT_YOU.source})`, "iu");
const TOLD_ME_AFTER_NAME = new RegExp(`^\\s+(?:${TOLD_ME})(?![\\p{L}])([^.!?\\n]{0,60})`, "iu");

/**
 * Who someone is, said right after their name and read past to the verb: "Kaia (Morrow, our
 * lead investor) had mentioned you", "Ilse, unsere Beirätin, hat dich erwähnt".
 */
const APPOSITIVE_AFTER_NAME =
  /^\s*(?:\([^()\n]{0,80}\)|,[^,.;!?()\n]{1,80},|,[^,.;!?()\n]{1,80}\))/u;

/**
 * Whether the words after a name make it the source of hearsay about the user: someone who
 * spoke of the user, or told the writer the user is on the market. One who told the writer how
 * an interview went ("Thibault m'a dit qu'il aurait aimé …") assessed the user: a participant.
 */
export function isHearsaySource(after: string): boolean {
  const said = after.replace(APPOSITIVE_AFTER_NAME, "");
  if (ABOUT_YOU_AFTER_NAME.test(said)) return true;
  const told = TOLD_ME_AFTER_NAME.exec(said);
  return told !== null && USER_LOOKING.test(told[1] ?? "");
}

/** A company-wide event where leaders speak to staff, in the seven languages. */
const STAFF_EVENT =
  /\b(?:all[- ]hands|town ?hall|kick-?off|offsite|keynote|company (?:meeting|update|event)|betriebsversammlung|mitarbeiterversammlung|vollversammlung|assemblée générale|réunion (?:générale|plénière)|séminaire|reunión general|asamblea|convención|assemblea (?:generale|aziendale)|riunione (?:generale|plenaria)|convention|personeelsbijeenkomst|bedrijfsbijeenkomst|kwartaalmeeting|reunião geral|assembleia|plenária)\b/i;
/** "said that", "dijo que", "a dit que", "sagte, dass", "ha detto che": reported speech. */
const REPORTED_SPEECH =
  /\b(?:said|says|told (?:us|everyone|the company|staff)|announced|dijo|afirmó|anunció|a dit|a déclaré|a annoncé|sagte|meinte|verkündete|kündigte|ha detto|ha annunciato|zei|kondigde|disse|anunciou|afirmou)\b[^.!?\n]{0,12}?(?:\bthat\b|\bque\b|\bdass\b|\bche\b|\bdat\b|["“«„:])/i;

/**
 * Whether a leader's sentence quotes them to staff ("at Monday's all-hands our CEO said that …",
 * "nuestro CEO, Fernando Castaño, dijo que …"): reported speech, or a staff event. Such a
 * sentence may hold "with" or "con" in the words quoted, which puts no one in a room with the user.
 */
export function quotedToStaff(sentence: string): boolean {
  if (STAFF_EVENT.test(sentence)) return true;
  // "our CTO said that she'd love to meet you": reported speech about the user is a meeting.
  return REPORTED_SPEECH.test(sentence) && !ADDRESSES_READER.test(sentence);
}

/** A second-person word: the sentence speaks of the reader ("you", "dich", "vous", "você"). */
const ADDRESSES_READER =
  /(?:^|[^\p{L}])(?:you|your|du|dich|dir|dein\p{L}*|Ihnen|tu|toi|vous|votre|vos|tú|ti|usted|contigo|tuo|tua|jij|jou|jouw|uw|você|vocês)(?![\p{L}])/iu;

/**
 * A matter someone is the contact for: "for payroll questions", "Bei Fragen zur
 * Gehaltsabrechnung", "pour toute question concernant la facturation", "para consultas sobre
 * nóminas", "per domande relative agli stipendi", "voor vragen over de salarisadministratie",
 * "para dúvidas sobre faturas". Group 1 is the matter.
 */
const MATTER_BEFORE = new RegExp(
  [
    String.raw`\bfor (?:any |all |urgent |general )?(?:questions?|quer(?:y|ies)|matters?|issues?|enquir(?:y|ies)|inquir(?:y|ies)|requests?) (?:about|regarding|on|concerning|related to|relating to|with) ([^.;:!?\n]{2,60})`,
    String.raw`\bfor (?:any |all |urgent )?(?!(?:any|all|other|further|more|general|urgent|these|those|such|your|my|our|the)\b)([\p{L}-]+(?: [\p{L}-]+)?) (?:questions|queries|matters|issues|enquiries|inquiries|requests)`,
    String.raw`\b(?:bei|für|in) (?:allen |dringenden )?(?:fragen|anliegen|angelegenheiten|themen|rückfragen) (?:zu[rm]?|bezüglich|rund um|in sachen|im bereich|zu de[mnr]) ([^.;:!?\n]{2,60})`,
    String.raw`\bpour (?:toute|toutes les|les|une) (?:questions?|demandes?|sujets?) (?:concernant|relatives? à|liées? à|sur|de|au sujet de|d['’]ordre) ([^.;:!?\n]{2,60})`,
    String.raw`\bpara (?:cualquier |toda |las )?(?:consultas?|preguntas?|dudas?|asuntos?|temas?|cuestiones?) (?:sobre|relacionad[oa]s? con|de|del|acerca de|relativ[oa]s? a) ([^.;:!?\n]{2,60})`,
    String.raw`\bper (?:qualsiasi |tutte le |le |eventuali )?(?:domand[ae]|questioni|richiest[ae]|informazioni|pratiche) (?:su|sul|sulla|sugli|relativ[ae] (?:a|al|alla|agli|alle)|riguardanti|in merito a|di) ([^.;:!?\n]{2,60})`,
    String.raw`\bvoor (?:alle |dringende )?(?:vragen|zaken|kwesties|verzoeken) (?:over|omtrent|met betrekking tot|rond|inzake|aangaande) ([^.;:!?\n]{2,60})`,
    String.raw`\bvoor ([\p{L}-]+)vragen`,
    String.raw`\bpara (?:quaisquer |todas as |as )?(?:dúvidas|questões|assuntos|perguntas|pedidos) (?:sobre|relacionad[oa]s (?:com|a)|de|referentes (?:a|à|ao)) ([^.;:!?\n]{2,60})`,
  ].join("|"),
  "iu",
);
/** "… for payroll questions", after the name: the matter follows the deputy. */
const MATTER_AFTER = new RegExp(`^[^.;!?\\n]{0,60}?(?:${MATTER_BEFORE.source})`, "iu");

/**
 * Words that make a matter the user's own: the application, the vacancy, the interview, the
 * offer and its contract, the hiring team, human resources at large, in the seven languages. A team's questions ("for data
 * team questions reach out to …" in a hiring manager's note) are the team the user would join.
 */
const HIRING_MATTER =
  /offer|contract|angebot|vertrag|offre|contrat|oferta|contrato|offerta|contratt|aanbod|proposta|team|équipe|equipo|squadra|equipa|recruit|hiring|applica|candida|vacan|interview|position|role|job|career|talent|hr\b|human resources|personal(?!abrechnung)|bewerb|stelle|einstell|vorstellungsgespräch|karriere|poste|recrut|entretien|emploi|carrière|rh\b|ressources humaines|selecci|contrataci|entrevista|puesto|empleo|vacante|recursos humanos|rrhh|selezion|assunzion|colloqui|posizion|ruolo|lavoro|risorse umane|werving|sollicit|vacature|functie|gesprek|personeelszaken|recrutamento|vaga|processo seletivo|seleção|cargo|carreira|recursos humanos/i;

/** The matter a deputy is named for in a sentence, when it names one. */
function deputyMatter(before: string, after: string): string | null {
  const m = MATTER_AFTER.exec(after) ?? lastMatch(MATTER_BEFORE, before);
  if (m === null) return null;
  return m.slice(1).find((g) => g !== undefined) ?? null;
}

/** Each pattern's global copy for lastMatch, made once: every name in a message asks again. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/** The last match of a pattern in a text, so the clause nearest the name counts. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let global = GLOBAL_COPIES.get(pattern);
  if (global === undefined) {
    global = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
    );
    GLOBAL_COPIES.set(pattern, global);
  }
  global.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) last = m;
  return last;
}

/**
 * A matter, then the words that send the reader to someone for it: "For expense claims please
 * contact", "Para questões de faturação, fale com", "Pour la facturation, contactez", "Voor
 * facturen kun je terecht bij". Group 1 is the matter, which may be anything ("for anything
 * urgent"): only a back-office one (OTHER_MATTER) makes the one named a deputy for it.
 */
const ROUTED_MATTER_BEFORE = new RegExp(
  [
    String.raw`\bfor (?:all |any )?([^,.;:!?\n]{2,60}?),? (?:please |kindly )?(?:contact|e-?mail|reach out to|reach|write to|get in touch with|speak (?:to|with)|talk to|call|ask)\s`,
    String.raw`\b(?:questions?|quer(?:y|ies)|issues?) (?:about|regarding|on|with|concerning) ([^.;:!?\n]{2,60}?)\?`,
    String.raw`\b(?:für|bei) ([^,.;:!?\n]{2,60}?),? (?:wenden sie sich|wende dich|erreichen sie|erreichst du|kontaktieren sie|schreiben sie|melden sie sich)\s`,
    String.raw`\bpour (?:les |la |le |l['’]|tout(?:e|es)? (?:les )?)?([^,.;:!?\n]{2,60}?),? (?:merci de |veuillez |vous pouvez )?(?:contacter|contactez|écrire à|écrivez à|adressez-vous à|vous adresser à|joindre|joignez|voir avec)\s`,
    String.raw`\bpara ([^,.;:!?\n]{2,60}?),? (?:por favor )?(?:contacta(?:r|d)?|contacte|escribe|escriba|habla(?:r)? con|hable con|dirígete a|diríjase a|comunícate con|comuníquese con|fale com|falar com|contate|contactar|entre em contato com|escreva para|procure)\s`,
    String.raw`\bper ([^,.;:!?\n]{2,60}?),? (?:si prega di |puoi |può )?(?:contattare|contatta|contatti|scrivere a|scrivi a|scriva a|rivolgersi a|rivolgiti a|si rivolga a|chiedere a)\s`,
    String.raw`\bvoor ([^,.;:!?\n]{2,60}?),? (?:kun je|kunt u|kan je|neem (?:je |u )?contact op met|mail|e-mail|bel|wend je|wendt u|terecht bij)\s`,
    // "If you need a building pass, email …", "Wenn Sie einen Ausweis brauchen, …".
    String.raw`\b(?:if you need|wenn sie (?:\p{L}+ ){0,3}(?:brauchen|benötigen)|si vous avez besoin d['’e]|si necesita[s]?|se (?:hai|ha) bisogno di|als (?:je|u) (?:\p{L}+ ){0,3}nodig (?:hebt|heeft)|se precisar de) ([^,.;:!?\n]{2,60}?),?\s`,
    // "Media requests go to …", "Rechnungsfragen bitte an …", "Presseanfragen an …".
    String.raw`\b([^,.;:!?\n]{2,40}?) (?:requests|enquiries|inquiries|questions|queries) (?:go|should go|can go|are handled by)\b`,
    String.raw`\b(\p{L}{3,}?)(?:fragen|anfragen|anliegen|themen|angelegenheiten)\b`,
    String.raw`\b(\p{L}{3,}?)(?:vragen|zaken|kwesties)\b`,
    // "Invoices and purchase orders: …": a matter labels the line.
    String.raw`^\s*([^:.!?\n]{2,60}):\s*$`,
  ].join("|"),
  "iu",
);

/**
 * Matters of a firm's back office, never the user's candidacy: invoices, orders, purchasing,
 * finance, payroll, badges and buildings, IT, the press, sales and customers, in the seven
 * languages.
 */
const OTHER_MATTER =
  /invoice|billing|payments?\b|purchas|procurement|\border|vendor|supplier|financ|accounting|accounts payable|expense|payroll|salar(?:y|ies)|badge|building|facilit|helpdesk|laptop|press\b|media\b|journalist|marketing|\bsales\b|customer|sponsor|rechnung|bestell|einkauf|lieferant|buchhaltung|finanz|zahlung|gehalt|lohn|ausweis|gebäude|presse|vertrieb|kunden|factu|commande|\bachats?\b|fournisseur|comptab|paiement|\bpaie\b|bâtiment|informatique|\bventes?\b|pedido|compras?\b|proveedor|contab|\bpagos?\b|nómina|edificio|informátic|prensa|\bventas?\b|fattur|\bordini\b|acquist|fornitor|pagament|stipend|informatic|stampa|vendit|bestelling|inkoop|leverancier|boekhoud|betaling|salaris|gebouw|verkoop|klant|fatura|notas? fisca|fornecedor|pagamento|crachá|prédio|imprensa|vendas?\b|administrat|amministra|administra|verwaltung|administratie|lieferung|livraison|entrega|consegn|levering/iu;

/** "IT", "ICT", in capitals: the word "it" is no department. */
const IT_MATTER = /\b(?:IT|ICT)\b/u;

/**
 * Whether a name stands in for a matter other than the user's candidacy: "for payroll
 * questions please contact Uwe Krause", "Bei Fragen zur Gehaltsabrechnung wenden Sie sich an
 * …", "For expense claims please contact Bob Hale". A deputy for recruiting or for the
 * application is the user's contact.
 */
export function deputyForOtherMatter(before: string, after: string): boolean {
  const matter = deputyMatter(before, after);
  if (matter !== null && !HIRING_MATTER.test(matter)) return true;
  const routed = lastMatch(ROUTED_MATTER_BEFORE, before);
  const named = routed?.slice(1).find((g) => g !== undefined);
  // "Customer Success Lead: Anna Roth" on an agenda labels a person's title, not a matter.
  return (
    named !== undefined &&
    (OTHER_MATTER.test(named) || IT_MATTER.test(named)) &&
    !HIRING_MATTER.test(named) &&
    !hasTitleWord(named)
  );
}

/** A post noun and what joins it to a title: "poste de", "plaza de", "position of", "Stelle als". */
const JOB_POST =
  /(?:^|[^\p{L}])(?:position|role|post|job|vacancy|opening|stelle|rolle|poste|emploi|puesto|plaza|vacante|posizione|ruolo|posto|functie|vacature|rol|vaga|cargo|função)\s+(?:de|d['’]|of|as|als|di|da|del|van|como|come|comme|voor)\s+/giu;
/** Capitalised title words and the small words between them, up to the name ("Técnico/a de "). */
const TITLE_WORDS_UP_TO_NAME =
  /^(?:(?:\p{Lu}[\p{L}/.()-]*|de|of|di|da|del|des|du|van|für|and|&|y|e|et|en|und)\s+)*$/u;

/**
 * Whether a name run sits inside a job title a post noun opens: "poste de Lead Dev Full Stack",
 * "plaza de Técnico/a de Sistemas Informáticos", "the position of Head Chef": capitalised
 * words of a title, not a person.
 */
export function insideJobTitle(lineBefore: string): boolean {
  const post = lastMatch(JOB_POST, lineBefore);
  return (
    post !== null && TITLE_WORDS_UP_TO_NAME.test(lineBefore.slice(post.index + post[0].length))
  );
}

/**
 * "Atlas is ons planningsplatform", "Nova is our scheduling tool", "Lina ist unsere App": a name
 * that a copula defines as a product, a platform or a tool names a thing, not a person.
 */
const DEFINED_AS_THING_AFTER =
  /^\s+(?:is|ist|est|es|è|é|was|war|era)\s+(?:(?:our|ons|onze|unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]|il nostro|la nostra|o nosso|a nossa|the|a|an|een|het|de|ein(?:e[mnrs]?)?|die|der|das|un|une|una|uno|um|uma|le|la|el|il|lo|o)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:platform|plattform|plateforme|plataforma|piattaforma|product|produkt|produit|producto|prodotto|produto|tool|app|system|systeem|système|sistema|software|engine|framework|library|bibliothek|bibliothèque|librería|libreria)(?:s|en|e|a|o)?(?![\p{L}])/iu;

/** Whether the words after a name define it as a thing ("… is our planning platform"). */
export function definedAsThing(after: string): boolean {
  return DEFINED_AS_THING_AFTER.test(after);
}

/** The papers of a hire: a contract, an offer letter, forms, in the seven languages. */
const PAPERWORK =
  /contract|paperwork|offer letter|\bforms\b|vertrag|verträge|unterlagen|contrat|contrato|contratt|documenti|documenten|papieren|documentos|documentação|documentación|\bdocuments\b/iu;
/** A back office: HR, legal, payroll, people operations, finance, in the seven languages. */
const BACK_OFFICE =
  /\b(?:hr|human resources|people (?:ops|operations|team)|legal|payroll|finance|personalabteilung|personalwesen|rechtsabteilung|lohnbuchhaltung|rh|ressources humaines|juridique|service paie|rrhh|recursos humanos|jurídico|nóminas|risorse umane|ufficio (?:legale|personale)|paghe|personeelszaken|juridische zaken|salarisadministratie|departamento pessoal|folha de pagamento)(?![\p{L}])/iu;
/** Words that send the user to someone: "reach out to", "bei Fragen", "n'hésitez pas", "vragen". */
const SENDS_USER_TO =
  /\b(?:contact|reach out|get in touch|questions?|ask (?:her|him|them)|write to|your (?:person|point of contact)|wenden sie sich|wende dich|fragen|ansprechpartner\p{L}*|n['’]hésite|contacter|contacta\p{L}*|dudas|preguntas|domande|neem contact|vragen|contato|dúvidas|copied|cc['’]?d|in cc|en copie|en copia|in copia|in kopie|em cópia)/iu;

/**
 * Whether a sentence names someone only as the back office that sends the papers ("the contract
 * follows via HR (Ilse stuurt dat vanuit ons HR-systeem)", "Ana from our legal team will send the
 * documents"): a step of the paperwork, not someone the user is told to write to. A sentence
 * that sends the user to them ("questions? reach out to Ana in HR") or copies them is not.
 */
export function paperworkFromBackOffice(sentence: string): boolean {
  return PAPERWORK.test(sentence) && BACK_OFFICE.test(sentence) && !SENDS_USER_TO.test(sentence);
}
