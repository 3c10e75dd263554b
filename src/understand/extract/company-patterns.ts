import { fold, words } from "./text.ts";

/** A word list as every reader here looks words up: folded ("Rückmeldung" -> "ruckmeldung"). */
const foldedWords = (list: string): Set<string> => new Set([...words(list)].map(fold));

/** Capitalised words, joined by "&", "and", "de" ... or elided ("Saveurs d'Oc"): "Marlow & Finch", "Banco de Crédito". */
const COMPANY_RUN =
  "([\\p{Lu}\\d][\\p{L}\\d&'’.+-]*(?:[ \\t]+(?:(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für|e|en)[ \\t]+)?(?:[dl]['’])?[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*){0,5})";

/** Phrases before the employer's name in the body, by how much they say. */
export const COMPANY_CUES_BY_WEIGHT: readonly (readonly [number, readonly string[]])[] = [
  [
    3,
    [
      // (Before the plain "applying to …", which would take the title for the firm.)
      // "Thanks for applying to be a Developer Advocate at Orbital9".
      "(?:applying|applied|apply) (?:to be|as) (?:an? |the |our )?[^.\\n]{2,60}? at (?:the )?",
      // "Thank you for applying to Data Scientist (Physical Sciences), announcement …, with the Office of …".
      "(?:applying|applied|application) (?:to|for) [^.\\n,]{2,80}, [^.\\n]{2,80}?, (?:at (?:the )?|with the )",
      "(?:application|applying|applied|apply) (?:to|with|at)(?: work (?:at|for|with)| join)?(?: the team at)? ",
      // ("interest in the Bureau of Coastal Data Services position": a public body takes "the".)
      "(?:interest|interested) in (?:joining |working (?:at|for|with) |(?:being|becoming) (?:a )?part of )?(?:the )?",
      "(?:positions?|roles?|openings?|jobs?|vacanc(?:y|ies)|opportunity|opportunities|career|careers|process|everyone|all of us|interviews?|journey|candidacy) (?:here )?(?:at|with) (?:the )?",
      "(?:serving|working|employment|career) (?:at|with|for) (?:the )?",
      "(?:bewerbung|interesse) (?:bei|an) (?:der |die |das |den |dem )?",
      "(?:tätigkeit|karriere|position|stelle|arbeit|einstieg) (?:bei|in) (?:der |dem |den )?",
      // "Ihre Bewerbung als Data Engineer bei Kranich Logistik": the firm after the title.
      "(?:bewerbung|stelle|position|tätigkeit) (?:als|für) [^.\\n]{2,80}? bei (?:der |dem |den )?",
      "candidature (?:à|a|au sein de|chez|pour) (?:la |le |l['’])?",
      "intérêt (?:pour|envers|porté à|que vous (?:portez|avez porté) (?:à|aux|au)) (?:la |le |l['’])?",
      "(?:interés|interes) (?:en|por) (?:formar parte de |trabajar (?:en|con) )?(?:la |el )?",
      "(?:candidatura|postulación|postulacion) (?:a|en|para|de|con) ",
      "(?:sollicitatie|interesse) (?:bij|voor|in) (?:de |het )?",
      "(?:functie|vacature|rol)[^.\\n]{0,60}? bij ",
      "(?:interesse|candidatura) (?:(?:dimostrat[oa]|mostrat[oa]|manifestat[oa]) )?(?:verso|per|presso|nei confronti di) (?:lo |la |il |l['’])?",
      // An agency naming its client: "un nostro cliente, Idrovia Ingegneria", "our client, Halcyon".
      "(?:client|cliente|klant|kunde|kunden|mandant|mandanten|opdrachtgever|auftraggeber|committente)(?:,| is| es| est| ist| è| é| e)? (?:der |die |dem |den |das |the |la |le |el |il |het )?",
      // "Estou a recrutar para a Seguradora …", "je recrute pour la Banque …".
      "(?:estou a recrutar|estou recrutando|estamos a recrutar|estamos recrutando|estoy reclutando|estamos reclutando|je recrute|nous recrutons|ich rekrutiere|wir rekrutieren|sto selezionando|stiamo selezionando|ik werf|wij werven) (?:para|pour|für|per|voor) (?:a |o |la |el |le |l['’]|die |den |das |il |de |het )?",
      // A job board relaying the employer's step: "La empresa Astilleros Ferrol Norte ha leído tu CV".
      "(?:la empresa|the company|the employer|l['’]entreprise|l['’]employeur|die firma|das unternehmen|der arbeitgeber|a empresa|o empregador|het bedrijf|de werkgever|l['’]azienda|la società|la compañía) ",
      // "la oferta \"Analista Java\" de Consultora Meridiano", "the job “Data Analyst” at Fenwick".
      '(?:oferta|offre|annonce|job|position|role|posting|opening|stelle|stellenanzeige|vacature|vaga|offerta|annuncio|anuncio|vacante)\\s+["“«„][^"”»“\\n]{2,80}["”»“]\\s+(?:de|at|with|bei|chez|bij|presso|en|na|no|da|di|von|der|of)\\s+(?:la |el |le |l[\'’]|der |die |the )?',
      // "your application for IT Specialist (INFOSEC), Announcement …, with the Office of …".
      "(?:position|role|vacancy|post|application) (?:of|as|for) [^.\\n]{2,80}?,? (?:at (?:the )?|with the )",
      // "… for the role of Credit Controller with Penhallow & Rusk LLP", as UK firms write it
      // ("for Backend Engineer with Go and Rust" names a stack).
      "(?:position|role|vacancy|post) of [^.\\n]{2,80}? with ",
      // "the IT Specialist position, Announcement Number DE-1234, with the Bureau of …": a
      // reference between commas, then the employer.
      "(?:position|role|vacancy|opening|job|post),[^.,\\n]{2,80}, (?:at|with) (?:the )?",
      "interesse (?:em|na|no|pela|pelo)(?: fazer parte d[oa]s?(?: (?:time|equipe|equipa) d[aoe]s?)?| trabalhar (?:n[oa]s?|em)| integrar)? ",
      // "fazer parte do time da Ferreira & Lobo", "formar parte del equipo de …": the firm's team.
      "(?:fazer|faça|faz) parte d[oa]s? (?:(?:time|equipe|equipa) d[aoe]s? )?",
      "formar parte del equipo de (?:la |el )?",
      // An agency naming the client it works for: "Ich unterstütze aktuell die Wasserwerke Oberau".
      "(?:unterstütze|unterstützen|begleite|begleiten) (?:ich |wir )?(?:aktuell |derzeit |gerade |momentan )?(?:die |den |das )?",
      "(?:j['’]accompagne|nous accompagnons) (?:actuellement )?(?:la |le |l['’]|les )?",
      "(?:colaboro|colaboramos|collaboro|collaboriamo) (?:actualmente |attualmente |atualmente )?(?:con|com) (?:la |el |il |l['’]|a |o )?",
      "(?:i['’]m|i am|we['’]re|we are) (?:currently )?(?:partnering|recruiting|hiring) (?:with|for|on behalf of) (?:the )?",
      "(?:(?:i['’]m|i am|we['’]re|we are) (?:currently )?supporting|partnering with) (?:the )?",
      // A referee's or a referrer's words name the firm that hires: "a reference for Halvard
      // Bank", "Referenz für …", "referencia para …", "referentie voor …", "referenza per …".
      "(?:reference|references|reference check|referral) for (?:the )?",
      "referred (?:you |me )?(?:to|for|at) (?:the )?",
      "(?:referenz|empfehlung) (?:für|bei) (?:die |den |das |der )?",
      "(?:référence|recommandation) (?:pour|chez|auprès de) (?:la |le |l['’])?",
      "(?:referencia|recomendación) (?:para|en|con) (?:la |el )?",
      "(?:referentie|aanbeveling) (?:voor|bij) (?:de |het )?",
      "(?:referenza|segnalazione|raccomandazione) (?:per|presso) (?:la |il |lo |l['’])?",
      "(?:referência|indicação|recomendação) (?:para|na|no|à|ao) (?:a |o )?",
      // An ATS's footer: "This message was sent to you by Hollyridge Software via Greenhouse".
      "(?:message|email|e-mail|notification) (?:was |is |has been )?sent (?:to you )?(?:by|from|on behalf of) (?:the )?",
    ],
  ],
  [
    2,
    [
      "(?:team|us) (?:here )?(?:at|with) ",
      // The firm's own team with an article, as a firm is named: "pela equipa da Ventura & Lobo",
      // "vom Team der Kessler GmbH", "dal team della Rinaldi".
      "(?:equipa|equipe|time) d[ao]s? ",
      "team (?:der|des) ",
      // "das Team bei …", "l'équipe chez …", "el equipo en …", "het team bij …", "la squadra
      // presso …", "a equipa na …": the firm's team, as "the team at" names it.
      "(?:team|l['’]équipe|équipe|equipo|squadra|equipa|equipe) (?:bei|chez|en|bij|presso|na|no) (?:der |dem |la |el |il |het )?",
      "(?:team|squadra) (?:della|dello|del) ",
      "(?:here|we|everyone|all) at ",
      // The writer's own firm in the other languages: "wir bei Lumen", "bei uns bei …", "nous,
      // chez …", "nosotros en …", "noi di …", "wij bij …", "nós na …".
      "(?:wir|uns) (?:hier )?bei (?:der |dem )?",
      "(?:nous|ici),? chez ",
      "(?:nosotros|nosotras|aquí|aqui) en (?:la |el )?",
      "(?:noi|qui) (?:di|da|in|presso) ",
      "(?:wij|hier) (?:van|bij) ",
      "(?:nós|aqui) (?:na|no|da|do) ",
      "(?:interviewing|interviewed|speaking|meeting) (?:with|at) ",
      // What a firm sent back: "feedback out of Orchard Street", "Rückmeldung von der …".
      "(?:feedback|news|word|an answer|a decision|heard back|hear back) (?:from|out of) (?:the )?",
      "(?:rückmeldung|feedback|nachricht|absage|zusage) (?:von|vom) (?:der |dem )?",
      "(?:retour|nouvelles|réponse) (?:de la |du |de l['’]|de |d['’])",
      "(?:respuesta|noticias|novedades|feedback) (?:de|por parte de) (?:la |el )?",
      "(?:riscontro|feedback|notizie|risposta) (?:da parte d(?:i|ella|el) |dalla |dal |da )",
      "(?:feedback|terugkoppeling|reactie|nieuws) (?:van|vanuit) ",
      "(?:feedback|retorno|resposta|notícias|novidades) (?:d[ao]|de) ",
      // "The hiring manager at Wexford Insurance reviewed your profile".
      "(?:hiring manager|hiring managers|hiring team|hiring lead|leadership team|founders?|ceo|cto) (?:at|from) (?:the )?",
      // A friend writing from a personal address: "I'm at Heronfield now".
      "(?:i['’]m|i am|i work|i now work|i['’]ve joined|i joined) (?:now |currently )?(?:at|for) ",
      "on behalf of (?:the (?:\\S+ )?team at |everyone at |all of us at )?",
      "(?:joining|considering|choosing) ",
      // An offer's "we'd love you to join Fernleaf as …", "unirti a …", "juntar-se à …".
      "(?:you|u) to join ",
      "(?:unirti|unirsi|unirLe) (?:a|al|alla|ad) ",
      "(?:juntar-se|juntar-te|se juntar|te juntar) (?:à|ao|a|o) ",
      // "Ihre Bewerbung wurde erfolgreich an die Verder Logistik AG übermittelt"
      "(?:bewerbung|unterlagen) wurden? (?:erfolgreich )?an (?:die |den |das )?",
      "(?:application|résumé|resume|cv) (?:was|has been) (?:successfully )?(?:sent|submitted|forwarded) to (?:the )?",
      // A board's receipt: "The following items were sent to …", "sono stati inviati a …".
      "(?:were|have been) (?:sent|submitted|forwarded) to (?:the )?",
      "(?:stati |state )?(?:inviat[aoie]|trasmess[aoie]) (?:a|all['’]|alla) ",
      "(?:enviad[oa]s?|remitid[oa]s?) (?:a|para) (?:la |el |a |o )?",
      "(?:envoyée?s?|transmise?s?) (?:à|a) (?:la |l['’])?",
      "(?:verstuurd|verzonden|doorgestuurd) (?:naar|aan) ",
      "(?:gesendet|übermittelt|weitergeleitet) an (?:die |den |das )?",
      // "Ihre Bewerbung als Business Analyst wurde erfolgreich an die Nordhafen AG übermittelt".
      "wurden? (?:erfolgreich |soeben )?an (?:die |den |das )?",
      "im namen (?:der |des |von )?",
      "au sein (?:de la |du |de l['’]|de |d['’])",
      "l['’]équipe (?:de la |du |de l['’]|de |d['’])",
      "rejoindre (?:la |le |l['’])?",
      "(?:formar parte de|unirte a|unirse a|trabajar en|trabajar con) ",
      "(?:puesto|posición|posicion|vacante|plaza)[^.\\n]{0,60}? en ",
      "(?:poste|emploi|offre)[^.\\n]{0,60}? chez ",
      "(?:posizione|ruolo|offerta)[^.\\n]{0,60}? presso (?:la |il |lo |l['’])?",
      "(?:posição|posicao|vaga|cargo|função|funcao|oportunidade)[^.\\n]{0,60}? (?:na|no|em) ",
    ],
  ],
  [1.5, ["bei (?:der |dem |den )?", "chez ", "bij ", "presso (?:lo |la |il |l['’])?"]],
];

/**
 * Cues are found by one pattern without Unicode classes, and the name after each is read by
 * one small sticky pattern: a large pattern with Unicode classes costs milliseconds to compile
 * on first use, and the Worker has ten for the whole message.
 */
export const COMPANY_CUE = new RegExp(
  `\\b(?:${COMPANY_CUES_BY_WEIGHT.map(([, cues], i) => `(?<w${i}>${cues.join("|")})`).join("|")})`,
  "gi",
);
export const COMPANY_RUN_AT = new RegExp(COMPANY_RUN, "uy");
/** "At Acme, we receive many applications": a sentence that opens with the employer. */
export const SENTENCE_AT = /(?:^|[.!?]\s+|\n)At (?=[A-Z\d])/g;

/**
 * An agency sending the candidate to its client, in the seven languages: "I've submitted your CV
 * to Albury Foods", "Ihren Lebenslauf an die …", "transmis votre CV à …", "je cv naar …". Read
 * apart from COMPANY_CUE: a friend passes a CV to a person as often ("to Dr. Ada Obi").
 */
export const CV_SENT_TO = new RegExp(
  `\\b(?:${[
    "(?:submitted|sent|forwarded|passed|introduced) your (?:cv|résumé|resume|profile|details|application) (?:over |across )?to (?:the )?",
    "(?:ihren|deinen|ihr|dein) (?:lebenslauf|cv|profil) (?:an|bei) (?:die |den |das |der )?",
    "(?:transmis|envoyé|présenté|soumis) (?:votre|ton) (?:cv|profil|candidature) (?:à|chez) (?:la |le |l['’])?",
    "(?:enviado|presentado|trasladado) tu (?:cv|perfil|candidatura) a (?:la |el )?",
    "(?:inviato|presentato|inoltrato|girato) il (?:tuo|suo) (?:cv|curriculum|profilo) (?:a|alla|al|presso) (?:la |il |l['’])?",
    "(?:je|uw) (?:cv|profiel) (?:naar|aan|bij) (?:de |het )?",
    "(?:enviei|enviamos|encaminhei|apresentei) (?:o )?(?:seu|teu) (?:cv|currículo|curriculo|perfil) (?:para|à|ao) (?:a |o )?",
  ].join("|")})`,
  "gi",
);

/** "Your application to Fernhill Analytics", "Platform Engineer at Bluepeak". */
export const SUBJECT_COMPANY_CUE =
  /(?:application|applying|candidacy|interview|candidature|bewerbung|candidatura|sollicitatie)\s+(?:at|to|with|bei|chez|en|for a role at|bij|presso)\s+(?:der\s+|die\s+|the\s+)?(.+)$/i;
/**
 * A subject's cue before the employer, read with COMPANY_RUN_AT ("sent to", "viewed by",
 * "bekeken door"); after an interview the steps name it too: a reference or a background check
 * for it, its offer, its onboarding ("Re: Reference for Harlow Bank", "Angebot von Elbwerk").
 */
export const SUBJECT_CUE =
  /\b(?:(?:sent|submitted|forwarded|delivered) to|interest in|(?:viewed|reviewed|seen) by|application (?:to|with|at|for)|applying (?:to|at)|applied (?:to|at)|update from|feedback from|message from|news from|invitation from|invited by|(?:on|about|regarding) your application from|next steps with|bewerbung (?:bei|an)|bekeken door|bekijkt|candidature (?:chez|à|pour)|vue par|candidatura (?:en|a|para|em|na|no|presso|per)|vista por|(?:reference|reference check|background check) (?:for|at|with)|referral (?:to|at|for)|(?:job )?offer (?:from|at|with)|onboarding (?:at|with|bei|chez|en|bij|presso|na|no)|referenz (?:für|bei)|(?:vertrags)?angebot (?:von|bei)|einarbeitung bei|r[ée]f[ée]rence pour|offre de la part de|int[ée]gration chez|arriv[ée]e chez|referencia para|incorporaci[óo]n a|referentie (?:voor|bij)|aanbod van|indiensttreding bij|referenz[ae] per|offerta (?:da|di)|inserimento in|refer[êe]ncia para|proposta (?:da|do|de)|admiss[ãa]o n[ao])[ \t]+(?:der |die |the |la |le |el )?/gi;
export const SUBJECT_AT = /\s(?:at|@|bei|chez|bij|presso|en|na|em)\s+(.+)$/;
export const TITLE_CASE_CONNECTOR =
  /^(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für|e|en|van|di)$/;

/** Tokens that end a captured company name ("at Northwind Robotics We ..."). */
export const COMPANY_STOP = foldedWords(
  "i|we|you|our|your|unfortunately|thank|thanks|please|best|kind|regards|hi|hello|dear|if|as|and|" +
    "but|so|wir|sie|ihnen|ihr|ihre|ihrer|ihren|ihrem|leider|vielen|dank|bitte|nous|vous|merci|" +
    "malheureusement|nosotros|usted|gracias|lamentablemente|desafortunadamente|este|esta|the|a|an|" +
    "this|that|today|position|role|opening|team|stelle|poste|puesto|posición|rolle|hr|ich|je|yo|" +
    "we|wij|helaas|jij|u|jullie|noi|lei",
);

/** Words that alone are never an employer ("at This", "bei Fragen", "Rückmeldung: ..."). */
/**
 * Languages and tools a round, a test or a skill is named after ("the C++ round", "das
 * Python-Interview", "l'exercice Kubernetes"): one of them alone is never a firm. (Not the ones
 * a firm is also called: Swift, Go, Spark, Excel, SAS.)
 */
export const TECHNOLOGY_NAMES = foldedWords(
  "c++|c#|f#|.net|python|java|javascript|typescript|golang|rust|kotlin|scala|haskell|elixir|" +
    "erlang|php|perl|sql|nosql|postgresql|mysql|react|angular|vue|django|kubernetes|terraform|" +
    "kafka|hadoop|pytorch|tensorflow|pandas|matlab|fortran|cobol|linux|devops|frontend|backend",
);

export const NOT_A_COMPANY = foldedWords(
  "this|that|these|those|the|a|an|it|us|you|we|our|your|all|any|some|each|every|other|another|now|" +
    "present|moment|time|least|first|last|once|monday|tuesday|wednesday|thursday|friday|saturday|" +
    "sunday|january|february|march|april|may|june|july|august|september|october|november|december|" +
    "fragen|rückfragen|interesse|ihnen|uns|ihre|ihrer|ihrem|ihren|sie|euch|dir|dich|allem|bedarf|" +
    "gelegenheit|zukunft|bewerbung|bewerbungen|auswahl|besetzung|entscheidung|unternehmen|firma|" +
    "rückmeldung|absage|zusage|einladung|nous|vous|notre|votre|nos|vos|cette|ce|un|une|le|la|les|" +
    "nuestro|nuestra|su|sus|este|esta|el|los|las|una|cuenta|breve|contacto|cualquier|todo|todos|" +
    "madrid|barcelona|paris|berlin|london|munich|münchen|hamburg|remote|home|linkedin|email|mail|" +
    "e-mail|person|zoom|teams|google|slack|update|application|applications|interview|interviews|" +
    "invitation|decision|feedback|offer|re|fwd|fw|candidature|candidatura|entrevista|entretien|" +
    "proposition|oferta|invitación|thank|thanks|congratulations|welcome|your|status|next|uw|je|" +
    "sollicitatie|vacature|plaza|puesto|poste|stelle|position|role|job|jobs|hr|ceo|cto|vp|" +
    "request|question|questions|reminder|confirmation|notification|" +
    // Subject words in the seven languages ("Not Selected", "Statusänderung", "Uitnodiging").
    "not|selected|cancelled|canceled|requisition|status|statusänderung|statusaktualisierung|" +
    "automatic|automatische|automatisch|automatique|automática|automatica|automatico|antwort|" +
    "reply|réponse|respuesta|risposta|antwoord|resposta|out|abwesenheit|absence|ausente|" +
    // An auto-reply's subject, written as one word ("Abwesenheitsnotiz", "Afwezigheidsmelding").
    "abwesenheitsnotiz|abwesenheitsmeldung|abwesend|afwezig|afwezigheid|afwezigheidsmelding|" +
    "autoreply|autoresponder|ooo|absent|absente|assente|assenza|ausencia|ausência|" +
    "retorno|retour|riscontro|debrief|colloquio|colloqui|gespräch|vorstellungsgespräch|gesprek|" +
    "sollicitatiegesprek|entrevue|intro|introduction|introducing|oportunidad|opportunity|opportunità|opportunité|" +
    "oportunidade|presentazione|présentation|presentación|vorstellung|uitnodiging|invito|" +
    "einladung|convocatoria|convocation|convite|convocação|proposta|propuesta|offerta|angebot|" +
    "aanbod|bevestiging|ontvangstbevestiging|eingangsbestätigung|eingangsbestaetigung|accusé|" +
    "acuse|conferma|confirmação|confirmacao|atualização|actualización|aggiornamento|mise|" +
    "rückmeldung|terugkoppeling|follow|following|checking|quick|hi|hello|dear|hallo|" +
    "afdeling|abteilung|departamento|dpto|dept|department|département|dipartimento|ufficio|" +
    "servicio|division|maj|sgt|ret|col|capt|lt|usaf|usn|usmc|usa|army|navy|portal|welcome|" +
    "congratulations|action|required|important|account|password|verify|series|" +
    // Days and months in the other six languages: a subject or a date, never a firm ("Samstag").
    // ("Mars", "Quinta", "Sexta" are also firms' and places' names: left out.)
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|" +
    "mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|" +
    "domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedì|martedì|" +
    "mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|" +
    "quinta-feira|sexta-feira|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|" +
    "avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|" +
    "mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart|" +
    "mei|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|" +
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|" +
    // A referral's or a reference's own word, as a subject writes it ("Cooptation", "Referenz").
    "referral|reference|references|referenz|referenzen|référence|références|referencia|" +
    "referencias|referentie|referenties|referenza|referenze|referência|referências|cooptation|" +
    "recommandation|empfehlung|aanbeveling|raccomandazione|recomendação|recomendación|indicação|" +
    // A status a notification's subject reports ("Application Status Update - Ineligible - …").
    "ineligible|eligible|referred|qualified|received|submitted|reviewed|withdrawn|filled|" +
    "declined|rejected|schedule|scheduled|hired|tentative|" +
    // Sign-offs a signature reader may take for a firm ("Viel Erfolg", "Cordiali saluti").
    "viel|erfolg|mit|beste|freundliche|herzliche|cordialement|bien|saludos|atentamente|" +
    "groeten|cordiali|distinti|atenciosamente|abraços|abracos|obrigado|obrigada|grazie|" +
    "merci|gracias|bedankt|danke|" +
    // A headhunter's subject ("Vertrauliche Anfrage", "Confidential search").
    "vertrauliche|vertraulich|anfrage|confidential|confidentiel|confidentielle|confidencial|" +
    "confidenziale|riservata|riservato|vertrouwelijk|vertrouwelijke|spannende|exciting|" +
    // "Im Auftrag", "i. A.": a German sign-off that signs for the firm, never its name.
    "im|auftrag|" +
    // A person addressed by an honorific ("an Herrn Müller weitergeleitet").
    "herrn|herr|frau|mr|mrs|ms|mme|monsieur|madame|dhr|mevrouw|signora|sra|srta|" +
    // Who inside the firm reads the application ("an die Fachabteilung weitergeleitet").
    "fachabteilung|fachabteilungen|fachbereich|führungskraft|geschäftsführung|vorgesetzte|" +
    "zuständige|zuständigen|verantwortlichen",
);

/** A team or field named alone ("Engineering Manager, Payments"): never the employer by itself. */
export const FIELD_WORDS = words(
  "technology|tech|payments|engineering|operations|infrastructure|platform|security|data|" +
    "cybersecurity|product|design|finance|marketing|sales|legal|practice|research|analytics|" +
    "growth|mobile|web|cloud|devops|ai|ml|it|ict|new|senior|junior|lead|staff|principal|" +
    "intern|internship|werkstudent|praktikum|stage|stagiaire|remote|hybrid",
);

/** "Powered by Hirefront", "Sent via Ashby": platforms this message names, never the employer. */
export const PLATFORM_BADGE =
  /(?:[Pp]owered by|[Ss]ent (?:via|with|using|through)|[Gg]esendet (?:über|mit|via)|[Vv]ersendet über|[Ee]nvoyé (?:via|avec|par)|[Ee]nviado (?:a través de|con|mediante)|[Ii]nviato (?:tramite|con)|[Vv]erzonden (?:via|met))\s+([A-Z][\w.-]*)/g;

/**
 * A recruiter writing for an unnamed client ("I'm working with a Series B climate-tech company",
 * "my client", "im Auftrag eines Kunden"): the sender's own firm is an agency, not the employer.
 */
export const AGENCY_CUE =
  /\b(?:my client\b|our client(?! ?s\b)(?:,| is| has)|a client of (?:mine|ours)\b|(?:i['’]m|i am|we['’]re|we are) (?:currently )?(?:working|partnering|recruiting) (?:with|for|on behalf of) an? (?:[\w-]+ ){0,5}(?:company|business|start-?up|scale-?up|firm|organi[sz]ation|client)\b|on behalf of (?:an? |my |our )(?:[\w-]+ ){0,3}client\b|im auftrag (?:eines|unseres) (?:kunden|mandanten)|pour le compte d['’]un client|en nombre de (?:un|nuestro) cliente|(?:un|l['’]un) de nos clients|un (?:nostro )?cliente|uno dei nostri clienti|(?:un|uno) de nuestros clientes|un cliente nuestro|(?:um|uma) (?:de nossos |dos nossos )?clientes?\b|een (?:van onze )?klant(?:en)?\b|eine[ns]? (?:unserer )?kunden\b|unsere[mnr]? (?:mandant(?:en|in)?|auftraggeber(?:in)?)\b|notre client\b|(?:nuestro|nuestra) cliente\b|nostro cliente\b|nosso cliente\b|onze (?:klant|opdrachtgever)\b|the client (?:has|is|would|wants|asked|came back|gave)\b|(?:der|vom|beim|dem|des) (?:Kunden?|Mandanten?)\b|le client (?:a|souhaite|m['’]a|nous a|revient)\b|el cliente (?:ha|quiere|me ha|nos ha)\b|il cliente (?:ha|vuole|mi ha|ci ha)\b|de (?:klant|opdrachtgever) (?:heeft|wil)\b|o cliente (?:tem|quer|me|nos|decidiu)\b)/i;

/**
 * A recruiter saying which firm they are hiring for, in the first person ("J'accompagne
 * actuellement la Mutuelle …", "Ich unterstütze derzeit die Wasserwerke …", "I'm supporting
 * Fenwick Marine …"): the writer's own firm is an agency, the named one the employer.
 */
export const AGENCY_CLIENT_CUE =
  /(?:\b[Jj]['’]accompagne|\b[Nn]ous accompagnons|\b[Ii]ch unterstütze|\b[Ww]ir unterstützen|\b[Uu]nterstütze (?:ich|wir)|\bI['’]m supporting|\bI am supporting|\b[Ww]e['’]re supporting|\b[Ww]e are supporting|\b[Aa]compaño a|\b[Aa]compañamos a|\b[Ss]eguo per|\b[Ss]eguiamo per|\b[Oo]ndersteun ik|\b[Ww]ij ondersteunen|\b[Ee]stou a apoiar)\s+(?:actuellement |aktuell |derzeit |gerade |momentan |currently |actualmente |attualmente |momenteel |atualmente )?(?:la |le |l['’]|les |die |den |das |the |a |o |de |het )?\p{Lu}/u;

/** A signature line that calls the writer's firm a search or recruitment firm ("Hollins Reed | Executive Search"). */
export const AGENCY_LINE =
  /\b(?:executive search|search partners|personalberatung|personalberater\w*|headhunt\w*|staffing|recruitment agency|recruitment consultan\w+|cabinet de recrutement|agenzia per il lavoro|agencia de selecci[oó]n|wervingsbureau|rpo)\b/i;

/**
 * A referee agreeing to vouch for the user, or a referrer passing her on, in the seven languages
 * ("happy to be your reference", "als Referenz", "ta référence", "como referencia", "als
 * referentie", "come referenza", "como referência", "I've referred you", "je t'ai
 * recommandé", "an official referral", "Mitarbeiterempfehlung", "cooptation"). Never a job's
 * reference number: the words around say who vouches.
 */
export const VOUCHES_FOR_THE_USER =
  /\b(?:(?:a|your|my|as) (?:reference|referee)|references? for|reference check|referee|referred you|referral|\p{L}*empfehlung|cooptation|(?:programa de )?referidos|doorverwijzing|segnalazione|indicação|als Referenz|Referenz (?:für|bei)|Referenzgeber\p{L}*|Referenzauskunft|(?:dich|Sie) (?:\p{L}+ )?empfohlen|(?:ta|votre|comme|une) référence|référence (?:pour|chez)|(?:t['’]ai|vous ai) recommandée?|(?:como|tu|su|una) referencia|referencia (?:para|en)|te (?:he )?recomendado|(?:als|je|jouw|uw) referentie|referentie (?:voor|bij)|(?:je|u) (?:\p{L}+ )?aanbevolen|(?:come|tua|sua) referenza|referenza (?:per|presso)|(?:ti|la) ho (?:segnalat|raccomandat)[oa]|(?:como|tua|sua) referência|referência (?:para|na|no)|(?:te|o|a) (?:indiquei|recomendei))(?!\p{L})/iu;

/**
 * The writer speaking as her firm ("on our side", "de notre côté", "bei uns", "il nostro team"):
 * a message without these words is one person's, whoever employs her.
 */
export const SPEAKS_FOR_A_FIRM =
  /(?<!\p{L})(?:we|we['’](?:re|ve|ll|d)|us|our|ours|wir|uns|unser\p{L}*|nous|notre|nos|nosotr[oa]s|nuestr[oa]s?|noi|nostr[oaie]|wij|ons|onze|nós|noss[oa]s?)(?!\p{L})/iu;
