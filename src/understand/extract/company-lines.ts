import { hasLegalSuffix, validCompany } from "./company-name.ts";
import { TITLE_CASE_CONNECTOR } from "./company-patterns.ts";
import { isPlace } from "./places.ts";
import { fold } from "./text.ts";
import { DEPARTMENT_WORDS, ORG_WORDS } from "./word-lists.ts";

/** Lines of a message read for footers and cards; a footer is near the end, a card near the top. */
const MAX_LINES = 400;
/** Lines at the end of a message that make its footer. */
const FOOTER_LINES = 15;
/** How many names one kind of line may give: a footer names the employer once or twice. */
const MAX_PER_KIND = 3;

/** "© 2025 Acme Corporation. All rights reserved.", "Copyright 2024-2026 Acme GmbH". */
const COPYRIGHT_LINE = /(?:©|\(c\)|\bcopyright\b)/i;
const RIGHTS_RESERVED =
  /[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden)\b.*$/i;

/** The employer a copyright line names, legal form kept for the spelling, © and year dropped. */
export function copyrightCompanies(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines.slice(-MAX_LINES)) {
    if (line.length > 200 || !COPYRIGHT_LINE.test(line)) continue;
    const start = line.search(COPYRIGHT_LINE);
    const rest = line
      .slice(start)
      .replace(RIGHTS_RESERVED, "")
      // "© 2025 LinkedIn Corporation, 1000 West Maude Avenue": the address after the comma.
      .split(/,\s+(?=\d)|\s+[|·•–—-]\s+/)[0];
    const name = validCompany(rest, false);
    if (name) found.push(name);
    if (found.length >= MAX_PER_KIND) break;
  }
  return found;
}

/** "… is an Equal Opportunity Employer", "… is proud to be an equal opportunity workplace". */
const EEO_STATEMENT =
  /^(.{2,80}?)\s+(?:is|are)\s+(?:proud to be\s+|committed to being\s+)?an?\s+(?:equal[\s-](?:employment[\s-])?opportunit|eeo\b|affirmative[\s-]action)/i;
/** "… Limited is a company registered in England and Wales", "… is authorised and regulated by". */
const REGISTRATION_STATEMENT =
  /^(.{2,80}?)\s+(?:is|are)\s+(?:an? (?:private )?(?:limited )?(?:liability )?(?:company|partnership) )?(?:registered in (?:england|scotland|wales|northern ireland|ireland)|authori[sz]ed and regulated by)/i;

/**
 * The legal entity a UK footer's registration names ("Westbury Foods Limited is a company
 * registered in England and Wales"): often a holding, so spelt only as the message also does.
 */
export function registeredCompanies(lines: readonly string[]): string[] {
  return statementCompanies(lines, REGISTRATION_STATEMENT);
}

/**
 * The firm a legal footer's equal-opportunity statement names ("Harlow Marine Systems is an
 * Equal Opportunity Employer"): the name it calls itself by in full, under the short one a
 * sending system's display name and slug give ("Harlow").
 */
export function statementCompanies(lines: readonly string[], statement = EEO_STATEMENT): string[] {
  const found: string[] = [];
  for (const line of lines.slice(-MAX_LINES)) {
    if (!/opportunit|eeo|affirmative|registered in|regulated by/i.test(line)) continue;
    for (const sentence of line.trim().split(/(?<=[.!?])\s+/)) {
      // "Westbury Foods Limited is a company registered in …": the name, not its legal form.
      const subject = statement
        .exec(sentence)?.[1]
        ?.replace(/,$/, "")
        .replace(/,?\s+(?:limited|ltd\.?|plc|llp|llc|inc\.?)$/i, "");
      const name = subject ? validCompany(subject, false) : null;
      // The whole subject is the name: never "As a federal contractor, Acme".
      if (name && subject?.startsWith(name) && isTitleCase(name)) found.push(name);
      if (found.length >= MAX_PER_KIND) return found;
    }
  }
  return found;
}

/**
 * Lines that are an organisation's name on their own, the way footers and signatures print
 * them: a legal form ("Falkenrath Automotive SE") or a department after a dash ("Ostrander
 * Chemical Company - Global Talent Acquisition").
 */
export function footerCompanies(lines: readonly string[]): string[] {
  const found: string[] = [];
  const footer = lines.filter((l) => l.trim() !== "").slice(-FOOTER_LINES);
  for (const raw of footer) {
    const line = raw.trim().replace(/^[>*\s]+/, "");
    if (line.length < 3 || line.length > 100 || COPYRIGHT_LINE.test(line)) continue;
    const pieces = line.split(/\s+[|·•–—-]\s+/);
    const first = (pieces[0] ?? "").replace(/[.,;]+$/, "");
    if (!/^[\p{Lu}\d]/u.test(first)) continue;
    const departmentAfter =
      pieces.length > 1 &&
      (pieces[1] ?? "")
        .split(/\s+/)
        .every((w) => DEPARTMENT_WORDS.has(fold(w)) || /^(?:global|group|corporate)$/i.test(w));
    if (!departmentAfter && !hasLegalSuffix(first)) continue;
    const name = validCompany(first, false);
    if (name && name === first && isTitleCase(name)) found.push(name);
    if (found.length >= MAX_PER_KIND) break;
  }
  return found;
}

/**
 * Job-board cards print the employer next to the place ("Northwind Robotics · Berlin, Germany
 * (Hybrid)", "Pelican & Co - Paris 10e"). One card is the job the message is about; several
 * are a list of jobs, about none of them.
 */
export function cardCompanies(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const raw of lines.slice(0, MAX_LINES)) {
    const line = raw.trim();
    if (line.length > 120) continue;
    const m = /^(.{2,60}?)\s+[·•|–—-]\s+(.{2,60})$/u.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const place = m[2].replace(/\s*\([^)]*\)\s*$/, "").trim();
    // "Reno, NV": a town a lexicon does not know is one before its state's code.
    const [firstPlace = "", secondPlace] = place.split(/,\s*/);
    if (!isPlace(firstPlace, secondPlace) && !isPlace(place.replace(/\s+\d+\w*$/, ""))) continue;
    const name = validCompany(m[1], false);
    if (name && name === m[1].trim() && isTitleCase(name) && !isPlace(name)) found.push(name);
    if (found.length > 1) return [];
  }
  return found;
}

function isTitleCase(name: string): boolean {
  const tokens = name.split(/\s+/);
  return (
    tokens.length <= 7 &&
    tokens.every(
      (t, i) =>
        /^[\p{Lu}\d&]/u.test(t) ||
        (i > 0 && (TITLE_CASE_CONNECTOR.test(t) || ORG_WORDS.has(fold(t.replace(/\.$/, ""))))),
    )
  );
}

/** Last words of a public body or institution printed on a line of its own. */
const INSTITUTION_END =
  /\b(?:administration|agency|office|department|ministry|bureau|authority|commission|council|command|service|institute|university|hospital|foundation|district|county|municipality|ministerium|behörde|amt|ministère|ministerio|ministero|agenzia|agencia|agence|gemeente|universität|université|universidad|università|universidade)$/i;

/** "Office of Regional Infrastructure Analysis", "Department of Coastal Resources". */
const PUBLIC_BODY_START =
  /^(?:Office|Department|Ministry|Bureau|Agency|Administration|Commission|Secretariat) (?:of|for) \p{Lu}/u;

/**
 * "Federal Water Resources Administration" on a line of its own under the job title, as
 * government and institutional portals print the hiring body.
 */
export function institutionLines(lines: readonly string[]): string[] {
  const found: string[] = [];
  // The body names the hiring body; the footer names the portal's operator ("Office of
  // Personnel Management" under "USAJOBS").
  const body = lines.filter((l) => l.trim() !== "");
  for (const raw of body.slice(0, Math.min(MAX_LINES, Math.ceil(body.length * 0.7)))) {
    const line = raw.trim();
    if (line.length < 8 || line.length > 90) continue;
    if (!INSTITUTION_END.test(line) && !PUBLIC_BODY_START.test(line)) continue;
    const name = validCompany(line, false);
    if (name === line && name.includes(" ") && isTitleCase(name)) found.push(name);
    if (found.length >= MAX_PER_KIND) break;
  }
  return found;
}

/**
 * A local or regional public body's official name, in the seven languages, and the place it
 * serves after it: "Conseil départemental de la Haute-Loire", "Landratsamt Obertal",
 * "Ayuntamiento de Villaseca", "Comune di Borgofranco", "Gemeente Westerdijk", "Câmara
 * Municipal de Alvarim".
 */
const LOCAL_PUBLIC_BODY =
  /^(?:(?:Conseil (?:départemental|régional|général|municipal)|Mairie|Ville|Région|Communauté (?:de communes|d['’]agglomération)|Métropole)(?: de la| de l['’]| de| du| des| d['’])|(?:Landratsamt|Landkreis|Kreisverwaltung|Bezirksamt|Stadtverwaltung|Stadt|Gemeinde|Kreis)|(?:Ayuntamiento|Diputación(?: Provincial| Foral)?|Junta|Generalitat|Cabildo(?: Insular)?|Consejo Comarcal)(?: de la| de| del)|(?:Comune|Provincia|Regione|Città metropolitana)(?: di| del| della| dell['’])|(?:Gemeente|Provincie|Waterschap)|(?:Câmara Municipal|Prefeitura(?: Municipal)?|Junta de Freguesia|Governo do Estado)(?: de| da| do| dos| das))\s*(\p{Lu}[\p{L}'’-]*(?:[ -](?:(?:de|du|la|sur|am|an|der|del|di|da|do)[ -])?\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * Local public bodies printed on a line of their own: the official name and the place it
 * serves, which a domain or a sentence may give alone.
 */
export function localPublicBodies(lines: readonly string[]): { name: string; place: string }[] {
  const found: { name: string; place: string }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 90) continue;
    const place = LOCAL_PUBLIC_BODY.exec(line)?.[1];
    if (place) found.push({ name: line, place });
    if (found.length >= MAX_PER_KIND) break;
  }
  return found;
}

/**
 * "the Federal Government", "la fonction publique", "de Rijksoverheid": the whole public sector,
 * which a portal thanks the applicant for wanting to join; no employer, as no body hires as it.
 * (A named one, "Dunmore County Government", names its body and is not this.)
 */
const GENERIC_GOVERNMENT =
  /^(?:(?:the|die|der|la|le|l['’]|el|de|il|o|a) )?(?:(?:federal|state|national|central|local|u\.?s\.?|uk|county|city|public) )?(?:government|civil service|public (?:sector|service)|(?:bundes|landes)?regierung|(?:bundes|landes)?verwaltung|öffentliche[nr]? dienst|gouvernement(?: fédéral)?|fonction publique|administration publique|[ée]tat|gobierno(?: federal| central)?|administraci[oó]n (?:p[uú]blica|general del estado)|funci[oó]n p[uú]blica|(?:rijks|centrale |lokale )?overheid|governo(?: federale| centrale)?|pubblica amministrazione|amministrazione pubblica|administra[cç][aã]o p[uú]blica|fun[cç][aã]o p[uú]blica)$/iu;

/** Whether a name is a generic label for government rather than a body that hires. */
export function isGenericGovernment(name: string): boolean {
  return GENERIC_GOVERNMENT.test(name.trim());
}

/** Whether a name reads as a public body ("Bureau of Coastal Infrastructure", "Bundesamt für …"). */
export function readsAsPublicBody(name: string): boolean {
  return (
    !isGenericGovernment(name) &&
    (INSTITUTION_END.test(name) || PUBLIC_BODY_START.test(name) || PUBLIC_BODY_WORD.test(name))
  );
}

/** A public body's own word opening or closing its name in the seven languages. */
const PUBLIC_BODY_WORD =
  /^(?:Bundesamt|Bundesministerium|Bundesagentur|Landesamt|Ministerium|Stadt|Gemeinde|Landkreis|Minist[eè]re|Mairie|Ville|Conseil|Pr[ée]fecture|Ministerio|Ayuntamiento|Diputaci[oó]n|Junta|Generalitat|Ministerie|Gemeente|Provincie|Waterschap|Ministero|Comune|Regione|Provincia|Minist[eé]rio|C[aâ]mara Municipal|Munic[ií]pio|Prefeitura|Secretaria)\b/u;
