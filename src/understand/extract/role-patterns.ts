import { words } from "./text.ts";

/** A job title in title case; commas and dashes allowed ("Backend Developer – Route Optimisation"). */
const TITLE_WORD =
  "(?:[\\p{Lu}\\d(]|\\p{Ll}(?=\\p{Lu})|\\.(?=\\p{Lu}))(?:[\\p{L}\\d&'’./+#()·*-]|:(?=\\p{Ll}))*";
/** "(32–36 uur)", "(Node.js + React)": a parenthesis inside a title, whatever its words. */
const TITLE_PARENTHESIS = "\\([^()\\n]{1,40}\\)(?![\\p{L}\\d])";
const TITLE_RUN = `((?:${TITLE_WORD})(?:(?:,?[ \\t]+|[ \\t]*[–—/-][ \\t]*)(?:${TITLE_PARENTHESIS}|(?:(?:of|for|and|&|de|du|des|la|le|en|für|und|y|del|in|the|à|van|voor|di|e|da|do|dos|das|della|em|et)[ \\t]+)?${TITLE_WORD})){0,9})`;

/**
 * A job title in languages that do not capitalise it ("le poste de chef de projet"); a spaced
 * dash before a capital goes on ("Chef de projet IT – Migration Cloud"): trimTails decides.
 * "Responsable Data & IA": an ampersand joins two fields of one title.
 */
const LOWER_RUN =
  "([\\p{L}\\d(](?:[\\p{L}\\d&'’./+#()·*-]|:(?=\\p{Ll}))*(?:(?:,?[ \\t]+|[ \\t]+[/&][ \\t]+|[ \\t]+[–—-][ \\t]+(?=\\p{Lu}))(?:[\\p{L}\\d(]|\\.(?=\\p{Lu}))(?:[\\p{L}\\d&'’./+#()·*-]|:(?=\\p{Ll}))*){0,9})";

const POSITION_WORDS =
  "(?:positions?|roles?|openings?|vacancy|vacancies|job|opportunity|posting|req|requisition|search|application|interview process|process|decision|interviews?|hiring process|recruitment|candidacy|thing|gig|spot|seat)";

export const TITLE_RUN_AT = new RegExp(TITLE_RUN, "uy");
/** Every capitalised run in a text, for bare titles. */
export const TITLE_RUN_GLOBAL = new RegExp(TITLE_RUN, "gu");
export const LOWER_RUN_AT = new RegExp(LOWER_RUN, "uy");

/** "the Senior Backend Engineer position", "our Staff Engineer, Platform role". */
// "we're hiring two Analytics Engineer roles": a count of the same job.
export const DETERMINER_CUE = /\b(?:the|our|your|this|an?|two|three|several|multiple) |['’]s /gi;
export const POSITION_AFTER = new RegExp(
  `[ \\t]+(?:\\([^)\\n]{1,40}\\)[ \\t]+)?${POSITION_WORDS}\\b`,
  "iy",
);
export const POSITION_WORD = new RegExp(`^${POSITION_WORDS}$`, "i");

/** Cues after which the title may be lower case: French, Spanish, Italian. */
export const LOWER_ROLE_CUE = new RegExp(
  `\\b(?:${[
    "(?:le |au |du |ce |un |d['’]un )?poste (?:de |d['’])",
    "candidature (?:en tant que|comme|pour le poste de) ",
    "(?:el |al |del |este )?puesto de ",
    // "una vacante abierta de …", "la posizione aperta di …": "open" between the noun and "de".
    "(?:la )?(?:posición|posicion|vacante|plaza|oferta) (?:abierta |disponible )?de ",
    "(?:la )?vacante (?:abierta |disponible )?",
    "(?:il |del |al )?profilo (?:di |da )",
    "(?:el |del |o |do )?perfil (?:de |para )",
    "(?:la |per la )?(?:posizione|candidatura) (?:aperta )?(?:di |per |come )",
    // "il ruolo di sviluppatrice mobile", "el rol de analista", "le rôle de responsable produit"
    "(?:il |del |al |nel |per il )?ruolo (?:di |da |come )",
    "(?:el |del |al |para el )?rol (?:de |como )",
    "(?:le |du |au |pour le )?rôle (?:de |d['’])",
    // "a vaga de analista de dados", "o cargo de gerente", "a função de engenheira"
    "(?:a |da |na |à |para a )?(?:vaga|posição|posicao|oportunidade|função|funcao) (?:de |para )",
    "(?:o |do |no |ao |para o )?cargo (?:de )",
    // "o processo de Analista de Dados", "el proceso de selección para …", "il processo per …"
    "(?:o |do |no |ao |el |del |al |en el |il |nel |al )?(?:processo|proceso)(?: seletivo| de seleção| de selección| di selezione)? (?:de |para |per |di )",
    // "de functie van projectleider", "de vacature voor beleidsmedewerker"
    "(?:de |je |uw )?(?:functie|vacature|rol) (?:van|voor|als) ",
  ].join("|")})`,
  "gi",
);

/** Cues that say a job title follows ("Ihre Bewerbung als ...", "the role of ..."). */
const STRONG_ROLE_CUES = [
  "(?:position|role|job|post|title) (?:of|as) (?:an? |the )?",
  "(?:die |der |für die )?(?:position|stelle|rolle) (?:als )?",
  "(?:de |op de )?rol (?:van|als) ",
  "(?:la |per la )?posizione ",
  "(?:candidatura|inscrição|inscricao) (?:para|a|à) (?:a vaga (?:de )?)?",
  "(?:para a |a |à |na |da )?vaga (?:de |para )?",
  // "Ihre Bewerbung bei der Kranbau GmbH als …", "votre candidature chez Pivoine pour le poste de …"
  "(?:bewerbung|sollicitatie|candidature|candidatura|application) (?:bei|bij|chez|en|na|no|presso|at|with) (?:uns|ons|nous|[^\\n,.;:]{2,40}?) (?:als|as|en tant que|comme|como|come|for|für|voor|pour|para|per)(?: (?:le poste d['’]|le poste de|la posizione di|el puesto de|a vaga de|de functie|the role of|the position of|die stelle als))? ",
  // ("Gespräch zur Position Cloud Architect": the position noun before the title is the cue's.)
  "(?:bewerbung|bewerbungen|interesse|tätigkeit|stelle|position|einstieg|vorstellungsgespräch|gespräch) (?:als|zum|zur) (?:(?:position|stelle|rolle) (?:als )?)?",
  "(?:bewerbung|interesse) (?:auf|für|an) (?:die|der|unsere|unserer|das|den) (?:ausgeschriebene |offene )?(?:stelle|position|vakanz|rolle)(?: als| des| der| zum| zur)? ",
  "(?:de |je |uw )?(?:functie|vacature|sollicitatie)(?: van| voor| als)? ",
  // "Officially the title is …", "der Titel ist …", "le titre est …": what the job is called.
  "(?:job |official |the |der |le |el |il |o |de )?(?:title|titel|titre|título|titolo|functietitel)(?: (?:of the role|du poste|del puesto|del ruolo|do cargo|der stelle))? (?:is|ist|est|es|è|é) (?:an? |the |un |une |una |uno |um |uma |een |ein |eine )?",
  // "you're joining us as a …", "join Gullwing as our …", "bring you on as our first …",
  // "dein erster Tag als …", "premier jour chez X comme …": the job one is offered or starts.
  "(?:joining(?: us| the team)?|join(?: us| the team)?|start(?:ing)?|first day|bring you (?:on(?: board)?|aboard)|welcome you|hire you|erster tag|ersten tag|anfangen|einstieg|premier jour|rejoindre|vous accueillir|t['’]accueillir|primer día|incorporarte|incorporación|primo giorno|unirti|accoglierti|primeiro dia|começar|juntar-se|eerste dag|beginnen)(?: (?:(?:at|bei|chez|en|na|no|in|bij|a|à) )?[A-ZÀ-Þ][\\wÀ-ÿ&.-]*(?: (?:&|[A-ZÀ-Þ][\\wÀ-ÿ&.-]*)){0,2})? (?:as|als|comme|en tant que|como|come|in qualità di) (?:an? |our (?:first |new )?|un |une |una |uno |um |uma |een |eine?n? |unser(?:e|en)? |notre |nuestr[oa] |nostr[oa] |noss[oa] )?",
];
/** "un·e", "un/a", "um(a)", "uno/a", "eine", "een": an indefinite article, inclusive forms too. */
const INDEFINITE_ARTICLE =
  "(?:un(?:·|\\.|\\(|\\/)?e\\)? |un\\/una |un(?:\\/|\\()a\\)? |uno\\/a |um(?:\\/|\\()a\\)? |um\\/uma |une? |una |uno |um |uma |een |eine?n? |eine[:*/_]n |ein[:*/_]e |eine\\(n\\) )";

/** "person", "pessoa", "persona", "personne", "persoon": who is sought, before what as. */
const PERSON_NOUN = "(?:person|pessoa|persona|personne|persoon)";
/** A contract of employment and what it is for, in the seven languages. */
const CONTRACT_AS = [
  "contract as (?:an? |the |our )?",
  "(?:arbeits)?vertrag als (?:eine?r? )?",
  "contrat (?:de travail )?(?:en (?:cdi|cdd) )?(?:de |d['’]|en tant que |comme )",
  "contrato (?:laboral |de trabajo |de trabalho )?(?:(?:indefinido|temporal|clt|efetivo|por tiempo indefinido|a tiempo parcial|a jornada completa|de duración determinada) )*(?:como |de )",
  "contratto (?:di lavoro )?(?:a tempo (?:in)?determinato )?(?:come |da |di |in qualità di )",
  "(?:arbeids)?(?:contract|overeenkomst) (?:voor onbepaalde tijd |voor bepaalde tijd )?als ",
].join("|");

/** Cues after which a title often follows, but so may a company ("application for Bluepeak"). */
const WEAK_ROLE_CUES = [
  "(?:application|applying|applied|candidacy|interest|interviewing|interview|consideration|candidate|interviews) (?:for|as) (?:the |a |an |our )?",
  // "applying to requisition 25-0931 - Systems Engineer III"; a company after "to" has no job noun.
  "(?:applying|applied|application) to (?!be )(?:the |our )?(?:(?:requisition|req\\.?|job|posting) #?[\\w-]*\\d[\\w-]* [-–—:] )?",
  "(?:hiring team|interview team|interview panel) for (?:the )?",
  "(?:to be|hiring|looking for|seeking|searching for|recruiting) (?:an? |our next |our )",
  "(?:hiring|recruiting) for (?:an? |the |our )?",
  // "stiamo cercando un/una …", "wir suchen eine …", "nous recherchons un·e …"
  `(?:buscando|buscamos|cerchiamo|cercando|procuramos|procurando|zoeken|suchen|cherchons|recherchons|recrutons|werven) (?:${INDEFINITE_ARTICLE}(?:${PERSON_NOUN} )?)?`,
  // "elle cherche un·e …", "sie sucht eine …", "busca un/a …": someone else looking; an article must follow.
  // ("está procurando uma pessoa Staff Engineer …", "busca una persona …": the person it is.)
  `(?:cherche|sucht|busca|cerca|procura|zoekt) ${INDEFINITE_ARTICLE}(?:${PERSON_NOUN} )?`,
  // "contrat d'Architecte Cloud", "un contrato indefinido como Arquitecta de Soluciones",
  // "Arbeitsvertrag als …", "contratto a tempo indeterminato come …": the job one is hired for.
  CONTRACT_AS,
  // "de nieuwe rol Lead Data Platform": a Dutch role noun straight before the title.
  "(?:de |een |onze )?(?:nieuwe |openstaande )?rol ",
  "(?:including|incl\\.) ",
  // "sich als Cloud Engineer (m/w/d) zu bewerben"; "update you on requisition R-1, Senior Analyst"
  "sich als ",
  // "tu candidatura para la oferta Analista SOC (N2)", "le poste Chef de projet": a capitalised title, no "de"
  "(?:la |el |esta )?oferta ",
  "(?:le |au |du )?poste ",
  // "à notre offre Ingénieur Cloud (H/F)", "l'offre d'emploi Data Analyst"
  "(?:l['’]|notre |votre |cette )(?:offre|annonce) (?:d['’]emploi )?(?:de |d['’]|pour (?:le poste de |un |une )?)?",
  // "le recrutement de notre futur·e Data Engineer", "la contratación de un/a …", "l'assunzione di un …"
  `(?:recrutement|contratación|contratacion|contratação|contratacao|assunzione|werving|recruitment) (?:de |d['’]|di |van |voor |of |for )(?:${INDEFINITE_ARTICLE}|(?:notre|nos|nuestr[oa]|nostr[oa]|noss[oa]|onze|our|an?|the) )?(?:(?:futur(?:·e|\\(e\\)|e)?|nouvel(?:le)?|nouveau|futur[oa]|nuev[oa]|nuov[oa]|nov[oa]|nieuwe|new|next) )?`,
  // "el puesto Ingeniero/a de Software …": the title straight after the noun, capitalised.
  "(?:el |al |del )?puesto ",
  // "il ruolo Data Engineer", "le rôle Product Owner", "o cargo Gerente de Produto"
  "(?:il |del |al |nel )?ruolo ",
  "(?:le |du |au )?rôle ",
  "(?:o |do |no |ao )?cargo ",
  "(?:a |da |na |à )?(?:função|funcao) ",
  "(?:on|for|to) (?:requisition|req\\.?|job) #?[\\w-]*\\d[\\w-]*,? (?:[-–—:] )?",
];
/**
 * "The role is Senior Software Engineer, Data Platform", "Role is as we discussed: …", "die
 * Stelle ist …", "le poste est celui de …": a referrer or a manager naming the job. Weak (a
 * job noun must follow), and read before the strong cues that start with the same noun.
 */
const NAMING_ROLE_CUES = [
  "(?:the |this |that )?(?:role|position|job|opening|vacancy) (?:is|would be|will be)(?: as (?:we )?(?:discussed|talked about|agreed|mentioned))?:? (?:an? |the |our )?",
  "(?:die |diese |der )?(?:stelle|position|rolle) (?:ist|wäre) (?:die |eine |ein |als )?",
  "(?:le |ce )?(?:poste|rôle) (?:est|serait) (?:celui (?:de |d['’])|un |une )?",
  "(?:el |este )?(?:puesto|rol|cargo) (?:es|sería) (?:el de |de |un |una )?",
  "(?:il |la |questo |questa )?(?:ruolo|posto|posizione) (?:è|sarebbe) (?:quello (?:di |da )|di |un |una |uno )?",
  "(?:a |o |esta |este )?(?:vaga|função|funcao|posição|posicao|cargo) (?:é|seria) (?:a de |o de |de |para |um |uma )?",
  "(?:de |die |deze )?(?:functie|rol|vacature) (?:is|zou zijn|wordt) (?:die van |een |die als )?",
];
export const ROLE_CUE = new RegExp(
  `\\b(?:${NAMING_ROLE_CUES.join("|")}|(?<strong>${STRONG_ROLE_CUES.join("|")})|${WEAK_ROLE_CUES.join("|")})`,
  "gi",
);

/** Subject lines that name the role: the rest of the subject after the cue. */
export const SUBJECT_ROLE_CUES =
  /\b(?:(?:your |ihre |deine |votre |tu |su |uw |je |la sua )?(?:application|candidacy|bewerbung|candidature|candidatura|postulación|sollicitatie)(?: (?:for|to|as|als|pour|para|voor|al puesto de|au poste de|per))?|(?:regarding|re|update on|about) your application (?:for|to)|(?:thank you|thanks) for (?:your application|applying)(?: for| to)?|(?:invitation|einladung|invitación|invitation à) (?:to|zum|a|à)? ?(?:an? )?(?:interview|vorstellungsgespräch|entrevista|entretien)(?: for| für| para| pour)?|interview(?: for)?|role|position|stelle|poste|puesto|plaza|vacature|functie|proposition d['’]embauche|offer(?: letter)?(?: for)?)\s*(?:[:–—-]\s*|\s)(.+)$/i;

/** "Your onsite (virtual) for Senior Backend Engineer, Payments", "Termin für Data Engineer": the rest after "for". */
export const SUBJECT_FOR =
  /(?:^|\s)(?:for|für|pour|para|per|voor)\s+(?:(?:the|an?|our|die|den|der|le|la|l['’]|el|il|lo|o|de|het)\s+)?([\p{Lu}\d].*)$/u;

export const LEADING_ROLE_ARTICLE =
  /^(?:la|le|les|el|los|las|il|lo|un|una|une|the|der|die|das|de|het)\s|^(?:posizione|poste|puesto|posición|posicion|plaza|vacante|candidature|candidatura)\b/i;

/** Words that end a lower-case role ("chef de projet chez ...", "desarrollador backend en ..."). */
export const LOWER_ROLE_STOP = words(
  "chez|au|aux|à|a|et|pour|qui|que|dont|nous|vous|avec|dans|sur|ne|est|été|par|car|mais|ainsi|" +
    "afin|lors|suite|ou|n|il|elle|con|para|y|dentro|ha|hemos|se|al|por|sin|es|fue|lo|que|como|" +
    "e|ed|presso|nel|nella|della|del|per|che|non|è|abbiamo|at|with|and|we|has|have|is|was|in|on|" +
    "bei|und|ist|wurde|bij|en|is|werd|heeft|le|les|la|el|los|las|este|esta|ya|te|me|nos|os|" +
    "hoy|pero|aunque|cuando|porque|pues|ainda|já|mas|quando|porque|ma|quando|perché|già|" +
    "jusqu'a|jusqu’a|jusqu|hasta|fino|bis|tot|depuis|desde|pendant|durante|avant|apres|prima|dopo|" +
    // Dutch: the verbs and pronouns that carry on the sentence after a lower-case title
    "hebben|heb|hebt|zijn|wordt|worden|gaan|gaat|kunnen|kan|willen|wil|moeten|moet|zullen|zal|" +
    "helaas|niet|ook|nog|binnen|naar|met|door|uit|er|daar|vanaf|dan|ons|onze|wij|jij|zij|ze|hun",
);

/** "elegimos", "escolhemos", "abbiamo", "optámos": a first-person plural verb, never inside a title. Folded. */
export const FIRST_PERSON_PLURAL_VERB = /^\p{L}{3,}(?:amos|emos|imos|iamo)$/u;

/**
 * Words that end the lower-case complement of a head-first title ("Medewerker klantenservice
 * voor ons team", "Analista de datos para nuestro equipo"): the lower-case stops, and the
 * pronouns, determiners and Dutch prepositions that never sit inside a title.
 */
export const COMPLEMENT_STOP = new Set([
  ...LOWER_ROLE_STOP,
  ...words(
    "voor|ons|onze|die|dat|om|wij|we|jij|je|u|naar|op|als|maar|omdat|wie|" +
      "notre|nos|votre|vos|ce|cette|ces|un|une|qu|nuestro|nuestra|nuestros|nuestras|su|sus|" +
      "una|uno|nostro|nostra|nostri|vostro|vostra|suo|sua|questo|questa|nosso|nossa|nossos|" +
      "seu|um|uma|com|sem|que|our|your|their|who|which|that|to|for|the|" +
      // "… foi cancelada", "… queda congelado", "… aqui": the sentence goes on.
      "foi|fue|era|sido|sera|est|etait|ete|sara|wordt|werd|queda|quedo|fica|ficou|resta|reste|" +
      "aqui|ici|qui|hier|qua|aca",
  ),
]);

/** Tokens that end a capitalised role run ("Senior Backend Engineer We ..."). */
export const ROLE_STOP = words(
  "at|with|bei|chez|in|im|we|i|you|thank|thanks|unfortunately|leider|wir|sie|and|und|here|to|for|" +
    "the|bij|presso|helaas|nous|vous|je|our|your|has|is|was",
);

export const SUBJECT_SEGMENT_START =
  /^(?:(?:your|ihre|deine|votre|tu|su|uw|je)\s+)?(?:application|candidacy|bewerbung|candidature|candidatura|sollicitatie|interview|update|feedback|feedback case|decision|offer|invitation|following up|checking in|next steps|stand van zaken|uitnodiging(?:\s+\p{L}+gesprek)?|kennismakingsgesprek|re)(?:\s+(?:for|as|als|pour|para|voor|on|to|about))?\s+(?:the\s+)?/iu;
export const SUBJECT_SEGMENT_END =
  /\s+(?:interviews?|application|update|decision|role|position|opening|vacancy|feedback|final round|process|offer|follow[- ]up|next steps|(?:intro(?:ductory)?|phone|video|screening|discovery) (?:call|chat)|call|chat)$/i;

/** A form field naming the job, in the seven languages; the rest of the line is the title. */
export const LABELLED_ROLE =
  /^[ \t>*•-]*(?:position(?: title)?|job title|job|role|title|vacancy|opening|requisition title|position applied for|stelle|stellenbezeichnung|position|rolle|poste|intitulé du poste|puesto|vacante|cargo|vaga|função|functie|vacature|rol|posizione|ruolo|posição)[ \t]*:[ \t]*([^\n]{2,100})$/gim;

/**
 * "Unterlagen", "Documents for", "Documentación", "Question about my": the papers or the question
 * a subject is about, before the job it names. None of these words starts a title.
 */
const SUBJECT_DOCUMENTS = `(?:${[
  "(?:bewerbungs)?unterlagen|dokumente|nachreichung|zeugnisse|lebenslauf|cv|documents?|documentos|documentaci[oó]n|documenti|documenten|stukken|pi[eè]ces(?: justificatives)?|justificatifs|anlagen|bijlagen|allegati|anexos|adjuntos",
  "(?:a )?(?:quick )?question (?:about|on|regarding|sur|concernant)(?: (?:my|the|your|le|la|ma|mon))?",
  "(?:r[uü]ck)?frage (?:zu[rm]?|zu (?:der|dem|meiner))",
  "(?:pregunta|duda|consulta) (?:sobre|por)(?: (?:la|el|mi))?",
  "(?:domanda|dubbio) (?:su|sulla|sul|per)(?: (?:la|il|mia))?",
  "(?:d[uú]vida|pergunta) sobre(?: (?:a|o|minha))?",
  "vraag (?:over|m\\.b\\.t\\.)(?: (?:de|het|mijn))?",
].join("|")})(?: (?:for|für|pour|para|per|voor|de|del|di|du|zur|zum))?`;

/** Words a subject or a calendar title puts before the job ("Update – ", "Colloquio ", "Final Interview ("). */
export const ROLE_PREFIX_NOISE = new RegExp(
  String.raw`^(?:(?:update|invitation|confirmation|reminder|received|submitted|status update|scheduling|final interview|interview|next steps|feedback|candidatura|application)\s*(?:[–—:|-]\s*|\()|(?:vaga|colloquio|opportunità|feedback|riscontro|rückmeldung|terugkoppeling|retorno|devolutiva|oportunidad|opportunité|oportunidade|uitnodiging|einladung|received|submitted|scheduling|next steps for|entretien|entrevista|vorstellungsgespräch|sollicitatiegesprek|retour|proceso|processo|tweede gesprek|eerste gesprek|gesprek|absage|zusage|poste|puesto|posição|posición|posicion|posizione|vacante|vacature|oferta de empleo|offre d['’]emploi)\s+|${SUBJECT_DOCUMENTS}\s+)+`,
  "i",
);

/** "(Remote, EMEA)", "(Hybrid)", "- Remote": where the job is, not what it is. */
export const ROLE_PLACE_SUFFIX =
  /\s*(?:\([^)]*\b(?:remote|hybrid|on-?site|télétravail|remoto|híbrido|ibrido|hybride|presencial|cdi|cdd|full[- ]time|part[- ]time|permanent|freelance|festanstellung|vollzeit|teilzeit|contract|contractor|fixed[- ]term|temporary|temp-to-perm|maternity cover|interim|\d+[- ]months?)\b[^)]*\)|[–—-]\s*(?:remote|hybrid|on-?site)\b.*)$/i;

/**
 * A civil servant's grade or pay scale in the seven languages, folded: "catégorie B", "cadre A",
 * "Subgrupo A2", "personal laboral, Grupo A2", "E 11 TVöD", "EG 13 TV-L", "schaal 10",
 * "categoria C", "carreira geral", "Grade 7", "Band 6".
 */
export const CIVIL_SERVICE_GRADE =
  /^(?:categorie|categoria|cat\.|cadre|grade|grado|grupo|subgrupo|escala|cuerpo|personal (?:laboral|funcionario)|funcionari[oa]|schaal|salarisschaal|loonschaal|carreira|livello|fascia|level|band|pay band|nivel|niveau|stufe|entgeltgruppe|besoldungsgruppe|(?:e|eg|a) ?\d{1,2}\b|tvod|tv-[a-z]+)/;

/** A kind of contract, in the seven languages: "contract", "FTC", "CDD", "befristet", "interinidad". */
const CONTRACT_KIND =
  "(?:cdi|cdd|ftc|contract|contract[- ]to[- ]hire|contractor|freelance|temp[- ]to[- ]perm|interim|intérim|fixed[- ]term|temporary|permanent|maternity cover|festanstellung|befristet|unbefristet|elternzeitvertretung|interinidad|temporal|indefinido|tempo determinato|tempo indeterminato|tijdelijk|vast|detachering|temporário|efetivo)";
/** How long it runs: "6 months", "12-month", "6 Monate", "12 mois", "6 meses", "6 maanden", "6 mesi". */
const CONTRACT_LENGTH = String.raw`(?:\d{1,2}(?:[- ]\d{1,2})?[- ]?(?:months?|monate?n?|monats|mois|meses|mes|maanden|maand|mesi|mese|years?|jahre?|ans?|años?|jaar|anni|anos?))`;
const CONTRACT_PARENTHESIS = new RegExp(
  String.raw`^\s*\((?:${CONTRACT_KIND}|${CONTRACT_LENGTH})(?:\s*[,;/·+]\s*|\s+)?(?:(?:${CONTRACT_KIND}|${CONTRACT_LENGTH})(?:\s*[,;/·+]\s*|\s+)?)*\)$`,
  "i",
);
const CONTRACT_ALONE = new RegExp(String.raw`^\s*\(${CONTRACT_KIND}\)$`, "i");
const CONTRACT_KIND_AT = new RegExp(String.raw`(?<!\p{L})${CONTRACT_KIND}`, "iu");

/**
 * "(CDI)", "(Contract)", "(Contract, 6 months)", "(12-month FTC)", "(CDD 6 mois)": the contract
 * the posting's title carries, and nothing else (no place, no "remote"). With its length, the
 * kind is written as a label (a capital, an acronym); "(18-month contract)" is a note about it.
 */
export function isContractParenthesis(text: string): boolean {
  if (!CONTRACT_PARENTHESIS.test(text)) return false;
  return CONTRACT_ALONE.test(text) || /^\p{Lu}/u.test(CONTRACT_KIND_AT.exec(text)?.[0] ?? "");
}

/** ", Job Number 2500387", "(vacature 2025-5521)", "(JR-2026-00412)": a requisition, not the title. */
export const ROLE_NUMBER_SUFFIX =
  /\s*(?:,\s*(?:job|req(?:uisition)?|ref(?:erence)?)\.?\s*(?:number|no\.?|id|#)?\s*:?\s*#?[\w-]*\d[\w-]*|\((?:vacature|vacaturenummer|job|req|ref|id)\s*(?:number|no\.?|nr\.?|#)?\s*:?\s*#?[A-Z]{0,4}-?\d[\w-]*\)|\(\s*(?:#\s*[\w-]*\d[\w-]*|[A-Z]{0,4}-?\d{3,}[\w-]*|[A-Z]{1,4}-\d[\w-]*)\))\s*$/i;

/** Footer and form words that are never a job ("Equal Employment Opportunity", "Job Submission"). */
export const ROLE_BOILERPLATE =
  /^(?:equal\b|job submission|submission|received|submitted|status(?: update)?|update|confirmation|privacy|unsubscribe|notice|terms|candidate home|application|interview|scheduling)$|^equal (?:employment|opportunity)/i;

/** Words right before a bare title that make it a job: an article, "for", "as" ("een Lead Data Engineer"). */
export const RUN_BEFORE_CUE =
  /(?:^|[\s(])(?:the|a|an|your|this|that|for|as|die|der|den|un|una|uno|un\/a|un[·.]e|un\(e\)|un\(a\)|uno\/a|um\(a\)|um\/a|une|ein|eine|einen|einer|eine[:*/_]n|ein[:*/_]e|een|het|il|lo|la|le|el|o|um|uma|als|voor|per|para|pra|pour|como|come|comme|da|di|del|della|du|des|de|à|zum|zur)\s+$/i;
/** "I'm the Engineering Manager", "sono il Responsabile": someone's own title, not the job. */
export const RUN_BEFORE_PERSON =
  /(?:^|\s)(?:i['’]?m|i am|is|was|are|ich bin|je suis|soy|sono|sou|ben|bin|ist|war|est|était|es|era|è|é|foi)\s+(?:\S+\s+)?$/iu;
/** "Meet Jordan, a Senior Data Engineer I worked with": a title set beside a given name. */
export const APPOSITION_AFTER_NAME =
  /(\p{Lu}\p{Ll}+),\s+(?:a|an|un|une|una|um|uma|een|ein|eine)\s+$/u;
/** Words right after a bare title that make it a job ("Senior DevOps Engineer openings"). */
export const RUN_AFTER_NOUN =
  /^\s+(?:loop|brief|submission|openings?|background|profile|candidates?|vacanc(?:y|ies)|roles?|positions?|jobs?|search|hire|req|requisition|process|interviews?|stelle|rolle|vacature|functie|poste|puesto|vaga|ruolo|posizione)\b/i;

/** A title in quotes: "la oferta “Analista Programador Java”". */
export const QUOTED_TITLE = /["“„«]\s*([^"“”„«»\n]{3,80}?)\s*["”“»]/g;

/** Events are not jobs: "Engineering Open House", "Marlowe Engineering Night". */
export const EVENT_NAME =
  /\b(?:open (?:house|evening|day|night)|meetup|meet-up|webinar|hackathon|conference|summit|workshop|info(?:rmation)? session|career (?:fair|day)|job fair|networking (?:event|mixer|reception|lunch|session)|night|evening|breakfast|drinks|tag der offenen tür|journée portes ouvertes|soirée|jornada|serata|avond)\b/i;

/** "The Lead Data Engineer brief": an article that opens a sentence, not the title. */
export const LEADING_DETERMINER =
  /^(?:the|a|an|our|your|this|un|una|une|ein|eine|een|het|de|die|der|das|den|il|la|le|el|o|um|uma)\s+(?=[\p{Lu}\d])/iu;

/** What follows a title after a dash or comma that is not part of it: the contract, the step. */
export const NOT_A_TITLE_TAIL =
  /^(?:cdi|cdd|full[- ]time|part[- ]time|permanent|temporary|contract|freelance|festanstellung|vollzeit|teilzeit|befristet|unbefristet|tempo (?:pieno|indeterminato|determinato)|jornada completa|indefinido|stage|alternance|update|feedback|decision|interview|next steps|status|offer|application(?=\s*$|\s+(?:update|status|received|submitted|confirm))|follow[- ]up|phone screen|cv|resume|résumé|lebenslauf|references|références|referencias|referenze|referenties|ref|réf|announcement|aviso|anúncio|eingangsbestätigung|empfangsbestätigung|bestätigung|accusé de réception|acuse de recibo|ontvangstbevestiging|conferma|confirmação|mise à jour|actualización|aggiornamento|atualização|absage|zusage|einladung|invitation|rückmeldung|retour|entretien|entrevista|colloquio|gesprek|terugkoppeling|uitnodiging|requisition|req|posting|opening|vacancy|position(?= update|$)|ausschreibung|stellenausschreibung|annonce|avis de vacance|convocatoria|bando|avviso|vacature|cancell?ed|closed|filled|withdrawn|sede|standort|location|sitz|lieu|raum|großraum|region|région|regione|región|regio|região|ubicación|locatie|vestiging|on hold|rejected|declined|received|submitted|confirmed|confirmation|reminder|scheduling|scheduled|invite|thank you|thanks)\b/i;

/** "interview", "round", "Gespräch", "entretien", "colloquio", "gesprek": a step's noun, folded. */
const STEP_NOUN =
  "(?:interview|round|call|chat|screen|stage|step|gesprach|runde|entretien|tour|entrevista|ronda|colloquio|turno|etapa|gesprek|ronde)";

/**
 * A stage, a status or the day of a meeting after a title's dash, in the seven languages and
 * folded: "– Technical" (interview), "– Stand?", "– Next steps", "– État", "– Stand van zaken",
 * "– Friday", "– Jeudi". The whole tail.
 */
export const STAGE_OR_STATUS_TAIL = new RegExp(
  `^(?:${[
    // the step's adjective, alone or with its noun: "Technical", "Final round", "Zweites Gespräch"
    `(?:technical|technische?[snr]?|technique|tecnica|tecnico|technisch|finale?|first|second|third|erste[snr]?|zweite[snr]?|premier|premiere|deuxieme|primera|primer|segunda|segundo|prima|primo|seconda|secondo|primeira|primeiro|eerste|tweede|laatste)(?: ${STEP_NOUN})?`,
    // "Video call", "Phone screen": a medium is a step only with its noun ("– Video" may be a team)
    `(?:onsite|on-site|phone|video|panel|telefon|telephonique|telefonica|telefonico|telefonisch)(?: ${STEP_NOUN})`,
    // where the application stands
    "stand(?: der dinge)?|status|etat|estado|stato|situacao|stand van zaken|voortgang",
    // "Next steps" whose lower-case noun a title run left behind: "– Next", "– Prochaines"
    "(?:next|nachste|prochaines?|proximos|prossimi|volgende)(?: (?:steps?|schritte|etapes?|pasos|passi|passos|stappen))?",
    "follow[- ]?up|suivi|seguimiento|nachfrage|relance|sollecito|opvolging|acompanhamento",
    // when the meeting is: "– Friday", "– Morgen", "– Jeudi", "– Esta semana"
    // ("– This" when the title's run left "week" behind.)
    "(?:this|next|diese|nachste|cette|esta|questa|deze|volgende)(?: (?:week|woche|semaine|semana|settimana|week))?",
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|demain|lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|oggi|domani|(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?|hoje|amanha|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag",
  ].join("|")})[?!.]*$`,
);

/** Titles of the people who lead ("Head of Data", "CTO", "Teamleiter"): in prose, someone's, not the job. Folded. */
export const LEADER_TITLE =
  /\b(?:head|director|directeur|directrice|directora|direttore|direttrice|vp|svp|evp|chief|cto|ceo|coo|cfo|cpo|cio|ciso|founder|co-founder|cofounder|president|hoofd|responsable|responsabile|jefe|jefa|gerente)\b|leiter(?:in)?\b/;

/** A team's name, not a job: "Developer Experience team", "Reliability Engineering group". */
export const TEAM_AFTER =
  /^\s+(?:team|group|org|organi[sz]ation|department|squad|guild|chapter|tribe|équipe|equipe|equipo|abteilung|afdeling|squadra)\b/i;

/** "R-04417 ", "2026-4417 – ": a requisition number before the title. */
export const LEADING_REQUISITION =
  /^(?:(?:requisition|req\.?|job|ref\.?|vacancy|posting)\s*(?:id|no\.?|number)?\s*#?\s*)?(?:[A-Z]{0,4}-?\d[\d-]{3,}|#\d+)\s*[-–—:]?\s+(?=[\p{Lu}\d])/iu;

/** A step of the hiring process in parentheses or before the title: "(Final Round)", "Technical Interview, …". */
export const PROCESS_STEP =
  /^(?:(?:technical|final|first|second|third|onsite|on-site|phone|video|hiring manager|panel|virtual|in-person|recruiter|online|coding|take-home|behaviou?ral|culture|system design|technisches|technische|techniek|technisch)\s+)*(?:interview|round|screen|screening|panel|call|chat|assessment|debrief|onsite|on-site|references?|références|test|challenge|exercise|case study|assignment|gespräch|assessment-center)$|^(?:final|first|second|third|next) (?:round|step|stage)$/i;

/** Regions that belong to a title after its comma ("Solutions Engineer, EMEA"), unlike a city. */
export const REGION_TAIL =
  /^(?:EMEA|APAC|APJ|AMER|AMERICAS|LATAM|DACH|Benelux|Nordics|UK&I|UKI|ANZ|MENA|CEE|North America|EU)$/;

/**
 * A region after a title's dash, in the seven languages: German regions by their endings and
 * compass words ("Münsterland", "Ostwestfalen", "Rhein-Main"), and the named regions of the
 * other countries ("Île-de-France", "Lombardia", "Randstad", "Grande Lisboa").
 */
export const REGION_NAME = new RegExp(
  String.raw`^(?:(?:nord|süd|ost|west|ober|nieder|mittel|noord|zuid|oost)\p{Ll}+|\p{Lu}\p{Ll}+(?:land|falen|pfalz|franken|gau)|rhein-\p{Lu}\p{Ll}+|${[
    "ruhrgebiet|bodensee|allgäu|bayern|hessen|sachsen|thüringen|brandenburg|niedersachsen|schleswig-holstein|baden-württemberg",
    "île-de-france|ile-de-france|grand est|auvergne-rhône-alpes|bretagne|normandie|occitanie|provence|nouvelle-aquitaine|hauts-de-france",
    "cataluña|catalunya|andalucía|andalucia|país vasco|pais vasco|euskadi|galicia|comunidad de madrid|comunitat valenciana",
    "lombardia|veneto|piemonte|emilia-romagna|toscana|lazio|friuli|liguria|nord italia|nord-est|nord-ovest",
    "randstad|brabant|noord-brabant|noord-holland|zuid-holland|gelderland|limburg|overijssel|vlaanderen|wallonie",
    "grande lisboa|grande porto|algarve|minho|alentejo|grande são paulo|interior de sp",
  ].join("|")})$`,
  "iu",
);

/** "Series A Healthtech", "stealth startup", "Scale-up Fintech (exclusive)": a client described, not named. */
export const CLIENT_DESCRIPTION =
  /(?<![\p{L}-])(?:series [a-e]|seed|start-?up|scale-?up|unicorn|stealth|\p{L}*tech|saas|mittelstand|konzern|familienunternehmen|pme|pmi|grand groupe|multinational|multinacional|multinazionale|exclusive|exklusiv|exclusif|confidential|vertraulich|confidentiel|confidencial|riservat[oa])(?![\p{L}-])/iu;

/** A US federal pay plan and grade after the title: "GS-2210-12", "GS-0343-11/12". */
export const PAY_PLAN_SUFFIX =
  /,?\s+(?:GS|GG|GL|WG|WS|WL|NH|ND|NT|ZP|ZA|ZS|VN|AD|GM)-\d{2,4}(?:-\d{1,2}(?:\/\d{1,2})?)?\s*$/;

/** " - Huntsville, AL", ", Austin, TX": a US city and state after the title. */
export const US_PLACE_SUFFIX =
  /(?:\s[–—-]|,)\s+\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,2},\s?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s*$/u;
/** The same grade anywhere in a run ("IT Specialist (INFOSEC) GS-2210-12 has been received"). */
export const PAY_PLAN =
  /,?\s+(?:GS|GG|GL|WG|WS|WL|NH|ND|NT|ZP|ZA|ZS|VN|AD|GM)-\d{2,4}(?:-\d{1,2}(?:\/\d{1,2})?)?(?![\w/-])/g;

/** A greeting to many readers at the head of a line, in the seven languages: a newsletter's. */
export const GROUP_GREETING =
  /^[ \t>]*(?:(?:hi|hello|hey|dear) (?:all|everyone|everybody|folks|members|community|friends)|hallo (?:zusammen|alle|ihr lieben)|liebe (?:community|alle|mitglieder)|bonjour à tous|bonjour à toutes et à tous|chers membres|hola a todos|hola a todas|hola,? comunidad|ciao a tutti|cari (?:tutti|membri)|olá a todos|ol[aá],? pessoal|oi,? pessoal|hoi allemaal|beste (?:leden|allemaal))\b/imu;

/** A job card: the title on its own line, the employer and place under it ("Northwind · Berlin (Hybrid)"). */
export const JOB_CARD = /^[ \t]*([^\n·|]{3,90}?)[ \t]*\n[ \t]*[^\n]{2,80}?\s·\s[^\n]{2,80}$/mu;
