import { validCompany } from "./company-name.ts";
import { isPlace } from "./places.ts";
import { fold, words } from "./text.ts";

/**
 * The firm a sentence reports a hiring step of ("Brückner Logistik möchte Sie kennenlernen",
 * "so che Meccanica Pavan vorrebbe incontrarLa", "l'Ospedale Santa Chiara ha disposto la
 * revoca"): only an employer decides, wants to meet or approves, so the name before such a verb
 * is the employer, an agency's client in an agency's mail. A sentence's opening, a colon, a
 * comma or "that" in the seven languages comes before it, and an article may open the name
 * ("Gute Nachrichten: Die Hafenbank möchte …").
 */
const CLIENT_ACTS =
  /(?:^|[.!?:,;–—-]\s+|\n[ \t>]*|\b(?:that|dass|que|qu['’]|che|dat|and|und|et|y|en|e)\s+)(?:[Ll]['’]|(?:[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Ll]o|o|a|[Dd]as|[Dd]er|[Dd]ie|[Hh]et|[Tt]he) )?(\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+(?:&[ \t]+|(?:de|del|di|da|do|van|von|der|du|des|la)[ \t]+)?\p{Lu}[\p{L}\d&'’-]*){0,3})[ \t]+(?:(?:would (?:like|love)|wants? to|(?:has|have) (?:now |just )?(?:decided|approved|offered|chosen|asked|agreed|confirmed|come back|gone with|opted|told me)|(?:is|are) keen|came back)|(?:möchte|möchten|würde gern|würden gern|hat sich (?:für|entschieden)|haben sich (?:für|entschieden)|hat (?:entschieden|beschlossen|zugesagt)|lädt Sie|hat mir (?:mitgeteilt|gesagt)|hat (?:mich )?gebeten)|(?:souhaite|souhaiterait|aimerait|voudrait|(?:me|nous) (?:demande|propose)|a (?:décidé|retenu|choisi|validé|accepté))|(?:quiere|quisiera|desea|ha (?:decidido|dispuesto|resuelto|aprobado|elegido|aceptado|optado)|me ha (?:pedido|dicho))|(?:vorrebbe|desidera|ha (?:deciso|disposto|stabilito|scelto|approvato|optato)|mi ha chiesto)|(?:zou (?:je|u) graag|heeft (?:besloten|gekozen|laten weten|(?:mij |me )?gevraagd)|nodigt)|(?:gostaria|deseja|decidiu|determinou|resolveu|aprovou|escolheu|optou|pediu))\b/gmu;

/**
 * The firm an agency reports a verdict from ("I've just had feedback back from Ambergate
 * Systems", "Rückmeldung von der Kessler Logistik", "un retour de Brézé Industries"): only the
 * employer gives feedback on a candidate, so the name after "feedback from" is the client.
 */
const CLIENT_REPORTS =
  /\b(?:(?:feedback|news|word|an update|a response|write-?up|debrief|verdict|decision) (?:back )?from|heard back from|(?:Rückmeldung|Feedback|Antwort|Nachricht|Entscheidung|Einschätzung|Bewertung) (?:von|vom|aus)|(?:retour|réponse|nouvelles|décision|compte rendu|avis) (?:de|du|de la part de)|(?:respuesta|noticias|feedback|comentarios|decisión|valoración) (?:de|del|por parte de)|(?:terugkoppeling|feedback|reactie|bericht|beslissing|beoordeling) (?:van|vanuit)|(?:riscontro|risposta|feedback|notizie|decisione|valutazione) (?:da|dal|dalla|di)|(?:retorno|resposta|feedback|notícias|decisão|avaliação) (?:da|do|de))\s+(?:[Ll]['’]|(?:el|la|le|il|lo|o|a|das|der|die|het|the) )?(\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+(?:&[ \t]+|(?:de|del|di|da|do|van|von|der|du|des|la)[ \t]+)?\p{Lu}[\p{L}\d&'’-]*){0,3})/gu;

/** Words that open a sentence before such a verb and are never a firm: pronouns, articles. */
const NOT_A_CLIENT = new Set(
  [
    ...words(
      "they|she|he|it|we|i|you|who|which|sie|er|es|wir|ich|ils|elles|elle|il|on|nous|ellos|" +
        "ellas|ella|él|usted|loro|lui|lei|noi|zij|hij|ze|wij|eles|elas|ele|ela|nós|" +
        "the|der|die|das|le|la|les|l|el|los|las|lo|gli|het|de|o|a|os|as|this|that|our|my|" +
        "unser|unsere|notre|nuestro|nuestra|nostro|nostra|onze|nosso|nossa|everyone|everybody|" +
        // What an agency calls its client, or a firm itself, without naming it.
        "client|kunde|kundin|mandant|mandantin|auftraggeber|klant|opdrachtgever|cliente|" +
        "company|unternehmen|firma|entreprise|société|empresa|compañía|azienda|società|bedrijf|" +
        "organisatie|organisation|organization|organização|organización|organizzazione",
    ),
  ].map(fold),
);

/** Clients read per message: an agency names its client once or twice. */
const MAX_CLIENTS = 2;

/** Firms whose hiring step or verdict the sentences report, as written. */
export function clientsActingIn(text: string): string[] {
  const found: string[] = [];
  for (const m of [...text.matchAll(CLIENT_ACTS), ...text.matchAll(CLIENT_REPORTS)]) {
    const run = m[1] ?? "";
    const first = fold(run.split(/\s+/)[0] ?? "");
    if (NOT_A_CLIENT.has(first)) continue;
    const name = validCompany(run);
    if (name === run && !isPlace(name) && !found.includes(name)) found.push(name);
    if (found.length >= MAX_CLIENTS) break;
  }
  return found;
}
