import { words } from "./text.ts";

/** Products that carry the employer's mail; never the employer. */
export const PLATFORM_NAMES = words(
  "greenhouse|lever|workday|ashby|smartrecruiters|icims|teamtailor|personio|recruitee|workable|" +
    "bamboohr|bamboo|jazzhr|jobvite|successfactors|sapsuccessfactors|taleo|oracletaleo|linkedin|" +
    "indeed|glassdoor|stepstone|xing|gmail|google|outlook|microsoftoutlook|hotmail|yahoo|yahoomail|" +
    "icloud|applemail|breezy|breezyhr|pinpoint|comeet|softgarden|join|sendgrid|mailchimp|rippling|" +
    "gem|welcometothejungle|hellowork|factorial|infojobs|dvinci|rexx|zoom|teams|microsoftteams|slack|" +
    "usajobs|mygreenhouse|myworkday|myworkdayjobs|ashbyhq|leverco|joincom|jobteaser|monster|" +
    "ziprecruiter|dice|wellfound|otta|hired|naukri|seek|reed|totaljobs|cvlibrary|jobindex|" +
    "jobat|indeedapply|linkedinjobs|linkedinrecruiter|recruiterlite|calendly|goodtime|" +
    "modernhire|hirevue|codility|hackerrank|codesignal|docusign|adobesign|cornerstone|avature|" +
    "phenom|eightfold|beamery|bullhorn|jobylon|homerun|recruiterbox|freshteam|zohorecruit|" +
    "talentsoft|cegid|flatchr|kenjo|bizneo|jobandtalent|welcomekit|paylocity|ultipro|ukg|adp|" +
    "dayforce|ceridian|oracle|oraclecloud|sap|sapfieldglass|applytojob|breezyhr|pinpointhq",
);

/** Words that make a mailbox or signature line a team rather than a person. */
export const TEAM_WORDS =
  "team|teams|recruiting|recruitment|talent|acquisition|hiring|careers|career|jobs|job|hr|people|" +
  "culture|personal|personalabteilung|karriere|recrutement|rh|rrhh|talento|selección|seleccion|" +
  "reclutamiento|équipe|equipe|equipo|crew|alerts|notifications|no-reply|noreply|personalwesen|" +
  "recursos humanos|ressources humaines|human resources|risorse umane|werving|selectie|resourcing";

export const TEAM_WORD_SET = words(TEAM_WORDS);

/**
 * Words that name a department in a signature or a mailbox ("Recrutamento & Seleção",
 * "Ressources humaines", "People & Culture"): a name made only of these is never the employer.
 */
export const DEPARTMENT_WORDS = words(
  "recruiting|recruitment|recrutement|recrutamento|reclutamiento|reclutamento|werving|selectie|" +
    "seleccion|selecao|selezione|selection|talent|talento|talents|acquisition|aquisicao|adquisicion|" +
    "people|culture|cultura|hr|rh|rrhh|human|humans|resources|recursos|humanos|ressources|" +
    "humaines|risorse|umane|personal|personalabteilung|personalwesen|personas|pessoas|hiring|" +
    "careers|career|karriere|team|teams|equipe|equipo|squadra|gestion|gestao|gestione|de|des|" +
    "afdeling|abteilung|departamento|dpto|dept|department|departement|dipartimento|ufficio|" +
    "servicio|service|division|hrm|personeelszaken|p&o|personalgewinnung|personalwesen|" +
    "du|da|do|e|et|y|and|und|&|of|sviluppo|desarrollo|entwicklung|developpement|ontwikkeling|" +
    "desenvolvimento|resourcing|geschaftsfuhrung|vorstand|direction|direccion|direzione|directie|" +
    "diretoria|management|personale|ricerca|global|services|shared",
);

/**
 * Greetings, closings, days and months: never a display name's opening word, though some are
 * surnames after a given name ("Chiara Beste", "Anna Best").
 */
const SALUTATION_AND_CALENDAR_WORDS =
  "hello|hi|hey|dear|thanks|thank|best|regards|cheers|sincerely|hallo|liebe|lieber|" +
  "bonjour|hola|beste|gentile|estimado|estimada|monday|tuesday|wednesday|thursday|friday|" +
  "saturday|sunday|january|february|march|july|september|october|november|december";
export const SALUTATION_AND_CALENDAR = words(SALUTATION_AND_CALENDAR_WORDS);

/** Words in organisation names and never in a person's. */
export const ORG_WORDS = words(
  "inc|llc|ltd|limited|plc|corp|corporation|company|gmbh|ag|kg|se|sa|sas|sarl|sl|bv|nv|srl|spa|oy|" +
    "ab|group|gruppe|groupe|grupo|gruppo|holding|holdings|labs|lab|systems|system|software|" +
    "technologies|technology|tech|solutions|services|consulting|partners|ventures|capital|bank|" +
    "insurance|health|healthcare|bio|biosciences|bioscience|sciences|science|robotics|analytics|" +
    "logistics|logistik|freight|audio|media|medien|digital|digitaal|studio|studios|works|industries|" +
    "international|internacional|global|networks|network|data|cloud|ai|energy|energie|foods|" +
    "feinkost|pharma|therapeutics|medical|motors|airlines|games|gaming|university|universität|" +
    "universidad|institute|institut|instituto|foundation|stiftung|agency|agentur|bureau|atelier|" +
    "maison|compañía|compania|sociedad|colegio|school|schule|école|ecole|clinic|clinique|klinik|" +
    "clínica|hospital|brauerei|bouw|bau|verlag|publishing|press|payments|pay|commerce|civic|" +
    "insights|design|mobility|bank|finance|financial|capital|markets|retail|foods|partners|" +
    "architetti|architects|architekten|engineering|ingenieure|consultants|legal|law|sport|sports|" +
    "academy|akademie|académie|academia|college|schools|éditions|editions|edition|ediciones|" +
    "tecnología|tecnologia|technologie|tecnologie|servicios|financieros|outfitters|works|" +
    "hospitality|hotels|hotel|restaurant|store|stores|shop|markt|apotheke|pharmacy|" +
    "administration|authority|agency|bureau|command|commission|council|ministry|office|" +
    "center|centre|association|society|trust|utilities|utility|cooperative|cooperativa|" +
    "federation|county|municipality|gemeente|stadtwerke|stichting|fundacion|fundacao|" +
    "fondazione|verzekeringen|versicherung|versicherungen|assurances|seguros|assicurazioni|" +
    "staffing|associates|" +
    "laboratoires|laboratoire|laboratorios|laboratorio|laboratori|laboratorium|laboratories|" +
    "laboratory|fratelli|hermanos|irmãos|irmaos|frères|freres|gebrüder|hijos|filhos|figli|" +
    "söhne|consorzio|cabinet|" +
    // Trades and industries that end firms' names in the seven languages.
    "advocaten|rechtsanwalte|avocats|abogados|avvocati|advogados|ingenieurgesellschaft|" +
    "consultores|consultora|consultoria|consultoría|consulenti|conseil|ingegneria|ingenieria|laboratoires|laboratorios|" +
    "laboratori|laboratorium|pagamentos|pagos|paiements|zahlungen|betalingen|pagamenti|" +
    "logistica|logistique|logistiek|shipping|chemical|chemicals|chemie|delivery|varejo|" +
    "seguradora|verzekeraar|assicurazione|reinsurance|insurers|assurance|rückversicherung|" +
    "réassurance|reaseguros|riassicurazioni|herverzekering|resseguros|banca|banco|banque|sparkasse|volksbank|" +
    "bakery|bakeries|brewing|brewery|breweries|roasters|coffee|farms|dental|homes|living|" +
    "kitchens|apparel|brands|textiles|tessuti|telecom|telecoms|aerospace|marine|water|power|" +
    "construction|builders|manufacturing|realty|properties|resorts|entertainment|wireless|" +
    "ospedale|ospedaliera|krankenhaus|klinikum|hôpital|hopital|ziekenhuis|hospitais|" +
    "contractors|contracting|mechanical|electrical|plumbing|roofing|landscaping|excavating|" +
    "paving|fabrication|machining|haustechnik|elektrotechnik|bauunternehmung|installaties|" +
    "construcciones|costruzioni|impianti|construções|construcoes|" +
    "semiconductor|semiconductors|biotech|genomics|diagnostics|devices|instruments|materials|" +
    "metals|packaging|automotive|aviation|airways|railways|solicitors|accountants|advisory|" +
    "advisors|investments|securities|mutual|credit|lending|mortgage|" +
    // Building trades and their contractors, which name firms after a founder ("X Mechanical").
    "contractors|contracting|mechanical|electrical|plumbing|roofing|hvac|landscaping|paving|" +
    "excavating|installations|installateurs|installatiebedrijf|installatietechniek|aannemers|" +
    "aannemersbedrijf|haustechnik|elektrotechnik|sanitär|bauunternehmen|bâtiment|travaux|" +
    "instalaciones|construcciones|reformas|impianti|costruzioni|edilizia|instalações|" +
    "construções|construtora|empreiteira|sanitar|batiment|instalacoes|construcoes|" +
    "the|and|of|via|from|at|by|for|with|und|bei|chez|en|del|" +
    "notification|notifications|support|info|admin|mailer|daemon|postmaster|reply|noreply|" +
    `donotreply|${SALUTATION_AND_CALENDAR_WORDS}`,
);

/** Lower-case particles inside a person's name ("Sanne de Vries", "José de la Cruz"). */
export const NAME_PARTICLES = words(
  "van|von|de|del|della|der|den|di|da|dos|das|du|la|le|ten|ter|y|bin|al|zu|st|'t|’t",
);

/**
 * Capitalised words that start sentences or name things in a note or a message, never a
 * person ("Met Maya", "Felt a real connection", "Leider", "Gespräch").
 */
export const NOT_A_NAME = words(
  "i|me|my|we|our|us|you|your|he|she|they|them|his|her|their|it|its|the|a|an|this|that|these|" +
    "those|and|or|but|so|also|just|then|still|really|very|super|quite|pretty|too|both|all|" +
    "everyone|nobody|met|meet|meeting|had|have|has|was|were|is|are|be|been|did|do|does|got|get|" +
    "spoke|talked|chatted|felt|feel|seemed|think|thought|loved|liked|enjoyed|worked|moved|" +
    "forwarding|forwarded|forward|fwd|logging|adding|saving|sending|filing|interviewed|interview|" +
    "interviews|interviewing|panel|round|onsite|on-site|call|screen|screening|phone|video|zoom|" +
    "teams|hangouts|slack|linkedin|email|e-mail|mail|cc|bcc|fyi|ps|note|notes|great|good|nice|" +
    "lovely|awesome|amazing|fantastic|wonderful|bad|sad|sadly|bummer|oh|well|ok|okay|gentle|" +
    "thanks|thank|hi|hello|hey|dear|cheers|best|regards|yes|no|not|never|again|another|one|two|" +
    "three|first|second|third|final|last|next|today|yesterday|tomorrow|morning|afternoon|evening|" +
    "week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|" +
    "july|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|" +
    "hr|hm|cto|ceo|coo|cfo|cpo|vp|svp|head|lead|manager|recruiter|engineer|director|founder|team|" +
    "hiring|talent|people|tech|technical|system|design|coding|take-home|takehome|case|study|offer|" +
    "rejection|rejected|feedback|follow|follow-up|reference|referral|worth|keep|maybe|" +
    "hopefully|wish|would|could|should|can|might|must|shall|if|when|where|what|who|why|how|" +
    "which|after|before|during|since|until|because|though|although|while|for|from|with|without|" +
    "about|at|on|in|by|to|of|as|re|fw|sent|begin|original|message|subject|date|senior|junior|" +
    "staff|principal|backend|frontend|platform|data|product|software|role|position|job|company|" +
    "straight|another|apparently|actually|honestly|finally|anyway|intro|offer|attached|attachment|" +
    "sql|api|ios|android|aws|gcp|kubernetes|react|python|java|go|rust|seo|sre|qa|ux|ui|" +
    "human|resources|recursos|humanos|ressources|humaines|" +
    "new|san|santa|saint|sankt|fort|mount|port|north|south|east|west|upper|lower|greater|" +
    "central|downtown|office|remote|hq|headquarters|campus|city|street|road|avenue|" +
    "mr|mrs|ms|mx|dr|prof|herr|herrn|frau|mme|mlle|monsieur|madame|sr|sra|srta|señor|señora|" +
    "don|doña|signor|signora|dott|dhr|mevr|" +
    // "Soy Gonzalo", "Oi Jordan", "Caro Jordan": introductions and greetings before a name.
    "soy|sono|sou|oi|hoi|caro|cara|cari|prezado|prezada|querido|querida|guten|tag|geehrte|" +
    "geehrter|buongiorno|buenos|buenas|bom|boa|goedemorgen|goedemiddag|hope|" +
    "salut|servus|moin|hej|saludos|salve|fala|" +
    "kollegen|kolleginnen|collègue|collegue|colleague|compañero|compañera|collega|colleghi|" +
    "colega|collega's|amiga|amigo|freundin|freund|amie|ami|" +
    // Addresses and ranks in signatures.
    "blvd|boulevard|ave|drive|suite|floor|sgt|maj|ret|col|capt|cpt|lt|gen|cmdr|usn|usa|usaf|usmc|" +
    // German
    "ich|mir|mich|wir|uns|sie|ihr|ihm|ihn|er|es|der|die|das|den|dem|des|ein|eine|einen|einem|" +
    "und|oder|aber|auch|noch|sehr|mit|bei|von|vom|zum|zur|für|über|nach|vor|habe|hatte|hatten|" +
    "war|waren|ist|sind|leider|gespräch|gespräche|vorstellungsgespräch|tolles|tolle|toller|gutes|" +
    "gute|guter|nettes|nette|netter|absage|stelle|bewerbung|danke|gruß|grüße|hallo|personalerin|" +
    "personaler|chefin|chef|teamleiterin|teamleiter|kollegin|kollege|weitergeleitet|anhang|" +
    // French
    "je|j'ai|nous|vous|il|elle|ils|elles|le|la|les|un|une|des|du|de|et|ou|mais|avec|pour|chez|" +
    "très|entretien|entretiens|rencontré|rencontrée|eu|bon|bonne|sympa|merci|bonjour|" +
    "malheureusement|refus|poste|recruteur|recruteuse|responsable|transféré|" +
    // Spanish, Italian, Dutch
    "yo|nosotros|él|ella|ellos|el|los|las|una|con|para|en|y|pero|muy|buena|bueno|entrevista|" +
    "entrevistas|conocí|hablé|tuve|gracias|hola|lamentablemente|rechazo|puesto|reclutadora|" +
    "reclutador|jefa|jefe|reenviado|grazie|ciao|colloquio|io|ik|het|een|wij|gesprek|bedankt",
);
