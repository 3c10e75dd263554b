/**
 * What each kind of message says, as phrase patterns over folded text (lower case, accents
 * removed, typographic apostrophes straightened: see foldText). Each signal carries a weight:
 * 3 = says it outright, 2 = a strong hint, 1 = supporting evidence. A signal counts once per
 * message. Patterns are written for the many ways HR mail phrases a thing in English, German,
 * French, Spanish, Dutch, Italian and Portuguese, and avoid nested quantifiers so that
 * matching stays linear.
 */
export interface Signal {
  pattern: RegExp;
  weight: number;
}

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
  | "jobAlert";

const s = (weight: number, ...patterns: RegExp[]): Signal[] =>
  patterns.map((pattern) => ({ pattern, weight }));

export const SIGNALS: Record<SignalName, readonly Signal[]> = {
  rejection: [
    ...s(
      3,
      /\b(decided|chosen|elected|opted|made the decision) (not )?to (move|proceed|go|continue|progress) (forward |ahead )?with (an?other|other|a different|the other|someone)/,
      /\b(move|moving|proceed|proceeding|go|going) (forward|ahead) with (an?other|other|a different) (candidate|applicant|person)/,
      /\b(not|won't|will not|unable to|cannot|can't) (be )?(moving|move|proceeding|proceed|progressing|progress|going|go|taking|take|continuing|continue) (forward |ahead |further )?(with )?(your|you|this) (application|candidacy|candidature|profile)/,
      /\bwill not be (moving|proceeding|progressing|taking) (forward|ahead|further)/,
      /\b(not|were not|weren't|haven't|have not) been (successful|selected|shortlisted)/,
      /\b(unsuccessful|not successful) (on this occasion|this time|in your application)/,
      /\bdecided not to (continue|proceed|move forward|pursue|progress|offer|take)/,
      /\b(went|gone|going) with (someone|another|a candidate|an internal)/,
      /\bno longer (under consideration|being considered|in consideration)/,
      /\b(offered|extended an offer) (the (position|role) )?to (an?other|a different) (candidate|applicant)/,
      /\bregret to (inform|let you know|tell you)/,
      /\b(will|we'll) (be )?clos(e|ing) (out )?your (candidacy|application)/,
      /\bnot (to )?(progress|proceed) (with )?your application/,
      /\b(it's|it is) a no\b|\bdecided (not to|against) (hire|hiring|offer|offering|proceed|proceeding)/,
      /\b(go|going|gone|went) with (a|another|an|the other) (candidate|applicant|person|finalist)|\b(made|extended) an offer to (the other|another|someone|a different)/,
      /\b(candidates?|applicants?|people|someone|a person) whose (experience|profile|background|skills|qualifications) (more closely|better|closer|more directly)/,
      /\b(experience|profile|background|skills|skill set) (does not|doesn't|do not|don't|are not|aren't|is not|isn't) (quite )?(match|align|fit|meet|aligned|a match)/,
      /\bnot to fill (this|the) (role|position|vacancy)|\b(headcount|budget|position|role|hiring) .{0,40}(frozen|freeze)\b/,
      /\b(continuar|seguir|avanzar) (el proceso )?con otr[ao] (persona|candidat|perfil)|\b(entfallt|ersatzlos gestrichen)|\bvaga foi (preenchida|cancelada|encerrada)|\bprocesso foi encerrado/,
      /\b(didn't|did not|don't|do not|won't|will not|not|unable to|cannot|can't) .{0,60}(move|progress|advance|take) you (forward |on |further )?(to|into) the (next|final|second|third) (stage|round|step)/,
      /\b(offer|offered|give|gave|given) (the|this) (role|position|job|post) to (someone|a person|another|a candidate|an applicant|the other)/,
      /\b(hemos optado|optamos) por (otra|otro)|\b(anders|gegen (sie|dich)) entschieden/,
      /\b(position|stelle|rolle) .{0,40}an (eine|einen) (andere[nr]? )?(person|kandidat|bewerber)\w* (zu )?vergeben/,
      /\b(perfil|candidatura) nao (corresponde|avanca|foi selecionad)|\bnao corresponde ao que procuramos/,
      /\b(won't|will not|not) be (moving|going) (forward|ahead)\b/,
      /\b(pursue|pursuing|proceed with|proceeding with|move forward with|moving forward with|progress with|continue with|go with) (an?other|other|different|more experienced) (applicants?|candidates?|people|profiles?|finalists?)/,
      /\b(offered|given|extended) (the (job|position|role|offer)|it|an offer) to (them|him|her|someone|another|the other|a different)/,
      /\b(decided|chosen|elected) not to (extend|make) (you )?(an |the )?offer/,
      /\b(application|candidacy|candidature) will (therefore )?not (progress|proceed|move forward|be (taken|progressed|moved) forward)/,
      /\bnot (be )?(able|in a position) to (offer you|progress your|move forward with your|take your application)/,
      /\b(paused|pausing|pause|frozen|suspended) (all )?(new )?(recruitment|hiring|recruiting|the search|the process|the role|the hiring|this search|this role|our search)/,
      /\b(search|process|recruitment|hiring|role) (is|has been|was|will be) (paused|on hold|frozen|suspended|cancelled|canceled|closed)/,
      /\b(decided|chose) to fill (the|this) (position|role|vacancy) internally/,
      /\b(closed|cancelled|withdrawn) the (opening|requisition|role|position|vacancy)/,
      /\bfur (eine|einen) (andere[nr]? )?(kandidatin|kandidaten|bewerberin|bewerber|person|mitbewerber)\b.{0,80}entschieden/,
      /\b(eine absage|absagen mussen|absagen zu mussen|nicht (weiter )?in betracht|nicht fortsetzen|nicht weiter(verfolgen|fuhren))/,
      /\b(ne|n') ?(donner(ons|a|ont)?|pouvons|pourrons|allons|pourra) pas (donner )?(de )?suite/,
      /\b(pas (pu|pouvoir) donner suite|pas de suite favorable|sommes au regret|ne pas retenir votre candidature)/,
      /\bhemos decidido (pausar|suspender|congelar|no (continuar|seguir|avanzar)|(avanzar|seguir|continuar) con otr)/,
      /\b(pausar|suspender|congelar) (el|la|nuestro|nuestra) (proceso|busqueda|contratacion|vacante)/,
      /\b(leider|bedauerlicherweise) .{0,80}(nicht|keine|absage|anders entschieden|anderweitig)/,
      /\b(nicht (weiter )?berucksichtig|gegen (sie|dich|ihre|deine) (bewerbung )?entschieden|fur (einen|eine) (anderen|andere) (bewerber|kandidat)|anderweitig (besetzt|entschieden|vergeben))/,
      /\b(ne|n') ?(pas|pourrons pas|pouvons pas|allons pas) (pu )?(donner|pouvoir donner) (une )?suite/,
      /\b(pas (pu )?(ete |etre )?retenue?|n'a pas ete retenue?|ne sera pas retenue?|n'avons pas (pu )?retenir|pas donner suite)/,
      /\b(avons|ai) le regret/,
      /\b(autre candidat|autre profil|une autre candidature|d'autres candidats)/,
      /\b(no (has|hemos|ha) sido seleccionad|no (podemos|vamos a) (continuar|seguir|avanzar)|otro candidato|otra candidata|otros candidatos|otras candidaturas|otro perfil)/,
      /\b(lamentablemente|desafortunadamente|lamentamos) .{0,80}(no|otr)/,
      /\b(helaas|jammer genoeg) .{0,80}(niet|andere|afgewezen|geen)/,
      /\b(andere kandida|niet geselecteerd|afwijzing|afgewezen|niet verder (gaan|met je))/,
      /\b(purtroppo|siamo spiacenti) .{0,80}(non|altr)/,
      /\b(altro candidato|altri candidati|un'altra candidatura|non (e stata|sei stato|sei stata) selezionat)/,
      /\b(infelizmente|lamentamos) .{0,80}(nao|outr)/,
      /\b(outro candidato|outra candidata|nao (foi|foste) selecionad)/,
    ),
    ...s(
      2,
      /\bunfortunately\b/,
      /\b(position|role|vacancy|job) (has been|was|is now|have been) (filled|closed|cancelled|canceled|withdrawn|put on hold|paused)/,
      /\b(hiring|recruitment|recruiting|search|process) (freeze|has been paused|is on hold|has been put on hold|put on hold|on hold)/,
      /\b(leider|absage)\b/,
      /\b(malheureusement|regrettons)\b/,
      /\b(lamentablemente|desafortunadamente|lamentamos)\b/,
      /\b(helaas)\b/,
      /\b(purtroppo)\b/,
      /\b(infelizmente)\b/,
      /\b(not (be )?(moving|proceeding|progressing) (forward|further))/,
      /\b(other candidates?|another candidate|other applicants?|another applicant|(candidates?|applicants?|people|person|profiles?) whose (experience|profile|background|skills))/,
      /\b(don't|do not) think (this|the) (particular )?(role|position) (would|is)/,
      /\b(we wish you (the )?(best|every success|all the best|luck))/,
      /\b(viel erfolg|alles gute) (fur|bei) (ihre|deine|ihren|deinen|die weitere|ihrer|deiner)/,
      /\b(bonne continuation|plein succes|bonne chance dans)/,
      /\b(mucho exito|mucha suerte|exito en (tu|su) busqueda)/,
      /\b(desejamos-lhe|desejamos) (as maiores felicidades|muito sucesso|sucesso)/,
      /\b(a close call|it was close|a difficult decision|the difficult decision)/,
    ),
  ],
  keepOnFile: [
    ...s(
      3,
      /\b(keep|retain|hold|store|save|have) (your|you) (?:[a-z]+ ){0,3}(cv|resume|details|profile|application|information|info|contact details|name|portfolio) (on file|on record|in (our|mind)|for future)/,
      /\bhold on to your (details|cv|resume|profile|application)/,
      /\b(keep|retain|hold|store) (your|you) (cv|resume|details|profile|application|information)\b.{0,60}\b(future|upcoming|other) (opportunit|opening|role|position|vacanc)/,
      /\b(keep|kept|stay|remain) (you )?(on file|on our radar|in our (talent pool|database|system|records))/,
      /\b(add|added|adding|include|place|placed|put|save|saved) (you|your (cv|resume|profile|details|application)) (to|in|into) our (talent (pool|community|network|pipeline)|database|candidate pool|pipeline)/,
      /\b(consider|contact|reach out to|get in touch with|keep you in mind) (you )?(for|about|regarding) (future|upcoming|other|similar|suitable) (opportunit|opening|role|position|vacanc)/,
      /\b(talentpool|talent-pool|talent pool|bewerberpool|kandidatenpool)\b.{0,60}\b(aufnehmen|aufgenommen|speichern|gespeichert|vormerken|vorgemerkt|behalten)/,
      /\b(in evidenz (halten|nehmen)|(unterlagen|bewerbung|profil|daten) .{0,50}(aufbewahren|speichern|vormerken|behalten|in evidenz))/,
      /\b(vivier|cvtheque|base de (donnees|candidats|talents))\b/,
      /\b(profil|unterlagen|bewerbung|daten) in (unseren|unser|den) (bewerberpool|talentpool|talent-pool|kandidatenpool)/,
      /\b(conserver|garder|conservons|gardons|conserverons|garderons) (precieusement )?(votre|ton) (cv|candidature|profil|dossier)/,
      /\b(guardaremos|conservaremos|mantendremos|guardar|conservar) (tu|su) (cv|curriculum|candidatura|perfil|solicitud)/,
      /\b(base de datos|bolsa de (talento|empleo|candidatos))\b/,
      /\b(in (ons|onze) (bestand|database|talentpool|talentenpool)|bewaren (je|uw) (cv|gegevens|sollicitatie))/,
      /\b(conserveremo|terremo|manterremo) (il (tuo|suo) (cv|curriculum|profilo)|in considerazione)/,
      /\b(banco de talentos|manteremos (o seu|seu|o teu) (cv|curriculo|perfil))/,
    ),
    ...s(
      1,
      /\b(future|upcoming) (opportunit|opening|role|position|vacanc)/,
      /\b(zukunftige|kunftige) (stellen|positionen|vakanzen|moglichkeiten)/,
      /\b(futures? (opportunites|postes)|opportunites futures)/,
      /\b(futuras (oportunidades|vacantes|posiciones|ofertas))/,
    ),
  ],
  feedback: [
    ...s(
      3,
      /\b(you asked (me |us )?(for|about) (some )?feedback|as (you )?requested,? (here is|here's|some)|happy to (share|give|offer|provide) (some |a bit of |my )?(feedback|thoughts)|here (is|are) (some|my|our|the) (feedback|thoughts)|some (honest |candid |concrete )?feedback)/,
      /\b(the feedback from the (panel|team|interviewers)|the panel'?s feedback|(main|key) (feedback|takeaways?))/,
      /\b(ruckmeldung|feedback) (zu|zum|zur|geben|gerne)/,
      /\b(retour|retours|feedback) (sur|concernant|suite a) (votre|ton|vos|tes) (entretien|candidature|echanges|presentation)/,
      /\b(comentarios|feedback|retroalimentacion) (sobre|acerca de) (tu|su) (entrevista|candidatura|proceso)/,
    ),
    ...s(
      2,
      /\b(feedback|ruckmeldung|retour|retours|retroalimentacion)\b/,
      /\b(since you asked|as you asked|thanks for asking|you asked (me|us|about|for|how)|a few (things|thoughts|notes|points|observations|pointers)|happy to share|what went well|where (you|the panel|we) (lost|had|felt)|panel'?s notes|short answer)/,
      /\b(what (separated|made the difference|tipped it)|it (was|came) (close|down to))/,
      /\b(honest answer|to be honest|honestly,? it came down|written feedback|where you could (be stronger|improve|grow)|what (we|the panel) (liked|missed))/,
      /\b(vous m'avez demande|quelques (retours|remarques|points))/,
      /\b(como me pediste|algunos comentarios|te comparto)/,
      /\b(wie gewunscht|ein paar (punkte|anmerkungen|gedanken))/,
    ),
  ],
  feedbackDetail: [
    ...s(
      1,
      /\b(you (were|came across|did|showed|demonstrated|clearly|could have|might|should|would have))/,
      /\b(your (answers|design|presentation|approach|portfolio|case study|take-home|code|communication|examples|technical|system design))/,
      /\b(would have (made|liked|helped|been)|stronger candidate|to be stronger|to strengthen)/,
      /\b(areas? (for|of) (improvement|growth|development)|room (for|to) (improve|grow))/,
      /\b(panel|team|interviewers?|we) (felt|noted|thought|noticed|was looking for|were looking for)/,
      /\b(strengths?|strong (in|on|at)|impressed)/,
      /\b(more (depth|experience|examples|detail|concrete)|deeper|less (depth|detail))/,
      /\b(sie (waren|haben|hatten)|ihre (starken|antworten|prasentation)|verbesser|hatten (wir )?uns .{0,30}gewunscht|mehr (erfahrung|tiefe))/,
      /\b(vos points forts|aurait (pu|ete)|axes? d'amelioration|nous aurions aime|plus de profondeur)/,
      /\b(puntos fuertes|(a|por) mejorar|te falto|hubieramos querido|mas profundidad)/,
      /\b(we (were hoping|expected|needed|wanted) (to hear|more|someone)|you (lost ground|undersold|went straight|ran short)|the gap was|reservations|concerns?|where you lost)/,
      /\b(one of the (strongest|best|better)|(was|were) (both )?(strong|solid|excellent|clean)|well tested)/,
      /\b((i'd|i would|we'd) (recommend|suggest)|read up on|work on|focus on|try to|worth (practising|practicing|working on)|would be in a (much )?stronger position)/,
      /\b(uberzeugt|ausschlaggebend|gewunscht|den eindruck|schwergefallen|schwerfallen|starken|schwachen)/,
      /\b(points? (fort|faible|a ameliorer)|il vous a manque|nous attendions)/,
      /\b(we'd have liked|would have liked|could be stronger|you (had|seemed|struggled|tended|jumped|reached for|came in)|couldn't tell|could not tell|hard to tell|kept coming back to)/,
      /\b(the (thing|issue|gap|concern|deciding factor|main difference) (was|that|we)|(frame|pick|practise|practice|spend (some )?time on|brush up on)\b)/,
      /\b(if you [a-z]+ .{0,60}(you'll|you will|you'd) be)/,
    ),
  ],
  referral: [
    ...s(
      3,
      /\b(happy|glad|delighted|willing|pleased|more than happy) to (introduce|connect|put you in touch|refer|recommend|make (an|the) (intro|introduction)|pass (along|on) your)/,
      /\b(introduce you to|put you in touch with|connect you with|intro to my|introduction to my)/,
      /\b(feel free to (use|list|give|name|mention) (me|my name) as a reference)/,
      /\b(happy|glad|willing) to (be|act as|serve as) (a |your )?reference/,
      /\b(i can|i could|i'd|i would|happy to|glad to|i'll) (make|do|send) (an?|the) (email |quick |warm |short )?(intro|introduction)/,
      /\b(mention my name|say (that )?i (sent|referred) you|use my name)/,
      /\b(passed|forwarded|sent) your (cv|resume|details|profile) (on )?(to|along to|over to)/,
      /\b(stelle|stellen) (ich|wir) (ihnen|dir) (gerne |gern )?den kontakt|\bden kontakt (zu|mit) .{0,60}\bher\b/,
      /\b(te|le) pongo en contacto|\b(breng|zet) (je|u) (graag )?in contact met/,
      /\b(pass|forward|send) (your|on your) (cv|resume|details|profile) (to|on to|along to)/,
      /\b(mise en relation|me citer comme reference|transmettre votre (cv|candidature))/,
      /\b[a-z]+, meet [a-z]+\b|\blet you two (take it from here|connect|talk)|\b(transmets|transmettrai|je lui transmets) votre (cv|candidature)|\b(de ma part|mot de recommandation)\b/,
      /\b(let me (connect|introduce) you)/,
      /\b(gerne?|gern) .{0,40}(vorstellen|vermitteln|in kontakt bringen|empfehlen|weiterleiten)/,
      /\b(als referenz (angeben|nennen|zur verfugung))/,
      /\b(mettre en (contact|relation)|vous presenter a|te presenter a|servir de reference|recommander aupres)/,
      /\b(ponerte en contacto|ponerle en contacto|presentarte a|presentarle a|como referencia|recomendarte)/,
      /\b(in contact (brengen|zetten) met|voorstellen aan|als referentie)/,
      /\b(metterti in contatto|presentarti a|come referenza)/,
    ),
    ...s(
      1,
      /\b(i('ve| have) (cc'd|cc'ed|copied|looped in) )/,
      /\b(she's|he's|they're|she is|he is|they are) hiring\b/,
    ),
  ],
  outOfOffice: [
    ...s(
      3,
      /\b(out of (the )?office|ooo\b|on (annual |parental |sick )?leave|on (vacation|holiday)|away from (the office|my desk))/,
      /\b(limited|no|without) access to (my )?e-?mails?/,
      /\b(automatic|auto-?) ?(reply|response|antwort|reponse|respuesta)/,
      /\b(i (will|'ll) (be )?(respond|reply|get back)[a-z ]{0,30}(upon|on|when i|after) (my )?return)/,
      /\b(nicht im buro|abwesend|ausser haus|keinen zugriff auf (meine )?e-?mails|in dringenden fallen)/,
      /\b(absente? (du bureau )?(jusqu|du|a partir)|en conges|a mon retour|hors du bureau)/,
      /\b(fuera de la oficina|de vacaciones|a mi regreso|ausente hasta)/,
      /\b(afwezig|niet op kantoor|met vakantie|buiten kantoor)/,
      /\b(fuori (ufficio|sede)|assente fino|in ferie)/,
      /\b(fora do escritorio|de ferias|ausente ate)/,
    ),
  ],
  offer: [
    ...s(
      3,
      /\b(pleased|delighted|happy|thrilled|excited|glad) to (extend|offer|make) (you )?(an |the |a |our )?(formal |written |verbal )?(offer|the position|the role|you the)/,
      /\b(we would like to|we'd like to|i would like to|i'd like to) (offer you|extend (you )?an offer)/,
      /\b(offer (of employment|letter)|formal offer|employment contract|your offer (package|details))/,
      /\b(freuen uns|freue mich),? (ihnen|dir) .{0,50}(angebot|zusage|anzubieten|vertrag)/,
      /\b(vertragsangebot|arbeitsvertrag|zusage fur die (stelle|position))/,
      /\b(freuen uns|freue mich),? (ihnen|dir) .{0,60}anbieten\b|\b(lieti|felici|piacere) di offrirt|\bprazer de (lhe )?oferecer|\bbieden (we|wij) (je|u) de (functie|baan|positie)/,
      /\b(heureux|heureuse|ravis?|ravie|plaisir) de (vous|te) (proposer|offrir|faire (une|part d'une) (proposition|offre))/,
      /\b(proposition d'embauche|promesse d'embauche|proposition de contrat)/,
      /\b(nos complace|encantados de|nos alegra) (ofrecerte|ofrecerle|hacerte|hacerle)/,
      /\b(oferta (de trabajo|laboral|formal|de empleo))/,
    ),
  ],
  invite: [
    ...s(
      3,
      /\b(invite|inviting|invitation) (you )?(to|for) (an? |the |our )?(first |second |next |final |technical |onsite |on-site |video |phone |virtual )?(interview|call|chat|conversation|round|meeting|onsite|on-site|stage|assessment|panel)/,
      /\b(like|love|want) to (schedule|set up|arrange|book|invite you|move you (forward )?to) /,
      /\b(schedule|set up|arrange|book) (an? |the |your |a time for |some time for )?(interview|call|chat|conversation|time|meeting|onsite|session)/,
      /\b(next (round|step|stage) (of|in) (the|our) (process|interviews?))/,
      /\b(move|moving|advance|advancing|progress) (you )?(forward |on )?to the (next|final|second|third) (round|stage|step)/,
      /\b(what is|what's|please (send|share|let us know)) (your|a few) (availability|times|time slots)/,
      /\b(love|like|want) (to have you|you to|for you to) (interview|come in|meet)|\binterview for (it|the role|this role)\b/,
      /\b(gesprach|interview|kennenlernen|termin)\w* .{0,40}einladen\b|\b(aimerions|souhaiterions|voudrions) vous rencontrer|\bquelles sont vos disponibilites/,
      /\bnodigen (je|u) .{0,20}uit voor|\bconvid\S* .{0,20}(entrevista|conversa)/,
      /\b(earliest|available) (slots?|times?) (i|we) can offer|\bslots? (i|we) can offer|\bsend me a (couple|few) (of )?times\b|\bif neither (works|suits)/,
      /\b(einladen|einladung) .{0,40}(gesprach|interview|kennenlernen|termin)/,
      /\b(vous inviter|t'inviter|invitation) .{0,40}(entretien|echange|rencontre)/,
      /\b(invitarte|invitarle|invitacion) .{0,40}(entrevista|reunion|conversacion)/,
      /\b(uitnodigen|uitnodiging) .{0,40}(gesprek|interview)/,
      /\b(invitarti|invito) .{0,40}(colloquio|intervista)/,
    ),
    ...s(
      2,
      /\b(availability|available|does .{1,40} work for you|would .{1,40} work for you|calendly|booking link|calendar invite)/,
      /\b(verfugbarkeit|terminvorschlag|terminvorschlage|passt (ihnen|dir))/,
      /\b(disponibilites|creneau|creneaux)/,
      /\b(disponibilidad|horario|te viene bien|le viene bien)/,
    ),
  ],
  reschedule: [
    ...s(
      3,
      /\breschedul/,
      /\b(the|our|that|your) (\d{1,2}(:\d\d)? ?(am|pm)?|morning|afternoon|time|slot|meeting|call|interview) (slot |time )?(no longer works|doesn't work|won't work|needs to move)/,
      /\b(not|won't be) (moving|going) (forward|ahead) with the (\d{1,2}(:\d\d)? ?(am|pm)?|morning|afternoon|original|current|planned|scheduled|proposed) ?(slot|time|meeting|call|interview)?/,
      /\b(move|push|shift) (the|our) (interview|call|meeting|chat) (to|back)/,
      /\b(could|can) we (do|move to|meet|find another|try)/,
      /\b(cancel|postpone|move|push back) (\w+'s |the |our |your |tomorrow's |today's )?(onsite|interview|call|meeting|session|chat|loop)/,
      /\b(work|suit you) instead\b/,
      /\b(verschieben|neuen termin)/,
      /\b(reporter|decaler) (l'|notre |votre )?(entretien|rendez-vous)/,
      /\b(reprogramar|cambiar la (hora|fecha))/,
    ),
    ...s(
      2,
      /\b(another|a different|a new) (time|date|slot|day)\b/,
      /\bstill (very much )?(want|like|keen|hope) to (see|meet|talk to|speak with) you/,
    ),
  ],
  acknowledgement: [
    ...s(
      3,
      /\b(we|we've|we have|i have) (successfully )?(received|got) your application/,
      /\bapplication (has been|was) (successfully )?(received|submitted)/,
      /\b(thank you|thanks) for (applying|your application)\b.{0,200}\b(will|shall|'ll) (review|be reviewing|carefully review|get back|be in touch|contact you)/,
      /\b(currently|now) (under review|reviewing (your|all) applications)/,
      /\b(ihre|deine) bewerbung .{0,30}(eingegangen|erhalten)|eingangsbestatigung/,
      /\b(bien recu votre candidature|accuse de reception|avons bien recu)/,
      /\b(hemos recibido (tu|su) (candidatura|solicitud|cv)|acuse de recibo)/,
    ),
  ],
  jobAlert: [
    ...s(
      3,
      /\b(job alert|new jobs (for you|matching)|jobs you (may|might) (like|be interested)|recommended (jobs|roles) for you|jobs matching your (search|profile))/,
      /\b(unsubscribe|manage (your )?(alerts|email preferences|subscriptions))/,
      /\b(stellenangebote fur sie|jobs fur dich|alerte emploi|alerta de empleo)/,
    ),
  ],
};

/** Rejection reasons, strongest first: the first that matches decides. */
export const REASON_SIGNALS: readonly {
  reason: "on_hold" | "position_closed" | "not_a_fit_for_role" | "other_candidate";
  patterns: readonly RegExp[];
}[] = [
  {
    reason: "on_hold",
    patterns: [
      /\b(pause (recruitment|hiring|the search|the process)|headcount .{0,40}frozen|frozen for the rest|on hold|hiring freeze|freeze on hiring|paused|pausing|put (the|this|our) (search|recruitment|process|hiring|role) on hold|budget (freeze|is frozen|has been frozen|approval)|not (currently )?in a position to (make any )?(hire|hiring)|until the new budget)/,
      /\b(einstellungsstopp|auf eis|pausiert|vorerst (gestoppt|ausgesetzt)|ausgesetzt|zuruckgestellt|budgetfreigabe|budgetstopp)/,
      /\b(en (pause|suspens|attente)|gel des (recrutements|embauches)|suspendu)/,
      /\b(en pausa|pausar|pausado|pausada|pausamos|congelad|suspendid|paralizad|en espera)/,
      /\b(on hold gezet|gepauzeerd|vacaturestop|bevroren)/,
      /\b(sospes|in pausa|congelat)/,
      /\b(suspens|congelad|em pausa)/,
    ],
  },
  {
    reason: "position_closed",
    patterns: [
      /\b(not to fill (this|the) (role|position|vacancy)|entfallt|umstrukturierung|preenchida internamente|processo foi encerrado|fill(ed)? (the|this) (position|role|vacancy|opening) internally|(closed|cancelled|canceled|withdrawn) the (opening|requisition|role|position|vacancy)|filled internally|internal (candidate|hire|applicant|transfer)|(position|role|vacancy|job|opening|requisition) (has been|was|is now|have been|is) (filled|closed|cancelled|canceled|withdrawn|eliminated|removed|no longer (open|available))|no longer (hiring|recruiting) for|(decided|had) (not )?to (close|cancel|withdraw|not fill) (the|this) (position|role|vacancy|requisition)|restructur|reorganis|reorganiz)/,
      /\b(intern besetzt|intern (nach)?besetzt|interne[nr]? (kandidat|besetzung|losung|bewerber)|stelle .{0,40}(gestrichen|entfallen|nicht (mehr )?besetzt|zuruckgezogen)|nicht mehr (zu )?besetz)/,
      /\b(pourvu en interne|pourvue en interne|candidature interne|poste .{0,40}(supprime|annule|ferme|pourvu)|mobilite interne)/,
      /\b(cubiert[oa] (internamente|de forma interna)|candidato interno|promocion interna|(puesto|posicion|vacante) .{0,40}(cancelad|cerrad|cubiert|eliminad))/,
      /\b(intern ingevuld|interne kandidaat|vacature .{0,40}(vervallen|ingetrokken|ingevuld|gesloten)|komt te vervallen)/,
      /\b(candidato interno|posizione .{0,40}(chiusa|annullata|coperta))/,
    ],
  },
  {
    // Said outright that someone else got the job: this outranks any remark about fit.
    reason: "other_candidate",
    patterns: [
      /\b(go|going|gone|went) with (a|another|an|the other) (candidate|applicant|person|finalist)|\b(pursue|pursuing) (candidates|applicants) whose|\b(made|extended) an offer to (the other|another|someone)|\boffered (the (role|position|job) )?to (someone|another|the other)/,
    ],
  },
  {
    reason: "not_a_fit_for_role",
    patterns: [
      /\b((not|isn't|aren't|are not|is not) aligned with|(doesn't|does not|don't|do not) (quite )?(match|meet) the requirements)/,
      /\b((for )?this (particular |specific )?(role|position),? (we|they|the team) (really |actually |ultimately )?(need|needs|require|requires|want|wants|are looking for|is looking for)|(we're|they're|we are|they are|the team is) looking for someone (who has|who's|with|that has)|we need someone (who|with)|your (experience|background|profile|skill set) (so far )?(is|was|sits|lies) (mostly|more|largely|primarily) (on|in)|came up as a gap|(isn't|is not) where your (background|experience) is|specific focus of this (role|position))/,
      /\b(not (quite )?(the right|a) (fit|match) for (this|the) (role|position)|(profile|experience|background|skills?|skill set) (does not|doesn't|do not|don't) (quite )?(match|align|fit|meet)|looking for (someone|a candidate|candidates) with (more|deeper|stronger|specific|extensive|significant)|requires? (more|deeper|stronger|specific|extensive|significant)|closer (match|fit) (to|for) (the|our) (requirements|needs)|(lack|lacks|without) (of )?(the )?(required|necessary|specific|direct|hands-on) (experience|skills|background)|more (senior|experienced|hands-on|direct)|not (meet|match) (the|our|all the) (requirements|criteria)|requirements of (the|this) (role|position))/,
      /\b(profil .{0,40}(nicht|passt nicht)|anforderungen .{0,40}(nicht|entspricht)|(nicht|kein) (ausreichend|passend)|mehr erfahrung|(suchen|suche) .{0,30}(jemanden|person|kandidat) mit)/,
      /\b(profil .{0,40}(ne correspond pas|pas en adequation|ne repond pas)|ne correspond pas (aux|tout a fait)|adequation|recherchons (un profil|une personne|quelqu'un) (avec|plus|ayant))/,
      /\b(bringen sie .{0,60}nicht .{0,40}mit|setzen wir .{0,100}voraus|die (rolle|stelle|position) erfordert)/,
      /\b(fit for this (particular |specific )?(role|position)|(didn't|did not) see enough (depth|experience)|leans heavily on|perfil nao corresponde|nao corresponde ao que procuramos)/,
      /\b(perfil .{0,40}(no (se ajusta|encaja|coincide|corresponde))|no (se ajusta|encaja) (a|con)|requisitos|buscamos (a alguien|un perfil|una persona) con)/,
      /\b(profiel .{0,40}(niet|past niet)|sluit niet aan|onvoldoende aansluit)/,
      /\b(profilo .{0,40}(non|corrisponde)|requisiti)/,
    ],
  },
  {
    reason: "other_candidate",
    patterns: [
      /\b(go|going|gone|went) with (a|another|an|the other) (candidate|applicant|person|finalist)|\b(one other finalist|the other person|otra persona cuyo)|\bqualifications better match/,
      /\b(someone|a person|a candidate|another person|an applicant) (whose|with (more|stronger|deeper|closer))|\b(otra persona|otro perfil|une autre personne) (cuya|cuyo|dont|qui)|\boptado por (otra|otro)|\beine person, deren|\bvergeben, (deren|dessen)|\b(offer|offered|give|gave|given) (the|this) (role|position|job) to/,
      /\b(an?other|other|a different|more suitable|stronger|the successful) (candidate|applicant|person)s?\b|\b(candidates?|applicants?) (whose|who) (experience|profile|background|skills|qualifications) (more )?(closely|better)|\bwent with (someone|another)|offered (the (position|role) )?to (someone|another)|(many|large number of|high number of|number of) (strong|highly qualified|qualified|excellent|talented) (candidates|applicants|applications)|extremely competitive|highly competitive|very competitive/,
      /\b((kandidatin|kandidaten|bewerberin|bewerber|mitbewerber(in)?) (entschieden|den vorzug)|fur (einen|eine) (anderen|andere) (bewerber|kandidat)|andere[nr]? (bewerber|kandidat)|(viele|zahlreiche) .{0,30}(bewerbungen|bewerber|kandidat)|passender(e|en)? (bewerber|kandidat|profil))/,
      /\b(autre (candidat|profil|candidature)|d'autres candidats|(nombreuses|nombreux|grand nombre de) (candidatures|candidats)|profil (plus|correspondant davantage))/,
      /\b(otro candidato|otra candidata|otros candidatos|otras candidaturas|otro perfil|(numerosas|gran numero de|muchas) (candidaturas|solicitudes))/,
      /\b(andere kandida|andere sollicitant|veel (sterke )?(kandidaten|sollicitaties))/,
      /\b(altro candidato|altri candidati|altra candidatura|un'altra persona)/,
      /\b(outro candidato|outra candidata|outros candidatos)/,
    ],
  },
];
