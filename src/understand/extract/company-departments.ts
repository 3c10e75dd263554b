import { fold, words } from "./text.ts";
import { DEPARTMENT_WORDS, ORG_WORDS } from "./word-lists.ts";

/**
 * Words that make the words around them a department, in the seven languages: "IT Service
 * Desk", "HR Operations", "Personalabteilung", "RRHH", "Personeelszaken", "Risorse Umane",
 * "Gente e Gestão". Short ones count in capitals only ("IT", never "it").
 */
const DEPARTMENT_MARKERS = new Set(
  [
    ...words(
      "it|ict|ti|hr|rh|rrhh|hrm|p&o|helpdesk|servicedesk|it-servicedesk|it-support|it-helpdesk|" +
        "personalabteilung|personalwesen|personalservice|personeelszaken|payroll|paie|" +
        "lohnbuchhaltung|nómina|nomina|folha|onboarding|human|humanos|humaines|umane|personale|" +
        "pessoal|pessoas|personas|gente|campus",
    ),
  ].map(fold),
);

/** Information technology as a department writes it ("Service Informatique", "Servizi Informatici"). */
const IT_WORDS =
  "informatique|informatica|informática|informatik|informatici|informáticos|informaticos|ict";

/** Departments written as one word, which no firm's name ends with. */
const SOLE_DEPARTMENTS = words(
  "personalabteilung|personalwesen|personalservice|personeelszaken|helpdesk|servicedesk|" +
    "it-servicedesk|it-support|it-helpdesk|lohnbuchhaltung",
);

/** A department's own closing word: its team, desk or office ("People Team", "Service Desk"). */
const DEPARTMENT_ENDS = new Set(
  [
    ...words(
      "team|teams|équipe|equipe|equipo|equipa|squadra|desk|ops|afdeling|abteilung|ufficio|" +
        "departamento|department|dipartimento|département|departement|dpto|dept",
    ),
  ].map(fold),
);

/** Of the department words, those a firm's or an agency's own name also ends or opens with. */
const NAME_WORDS = words(
  "recruiting|recruitment|recrutement|recrutamento|reclutamiento|reclutamento|werving|selectie|" +
    "seleccion|selecao|selezione|selection|talent|talento|talents|hiring|careers|career|karriere|" +
    "resourcing|global|shared|management|direction|direccion|direzione|directie|diretoria|" +
    "vorstand|geschaftsfuhrung|ricerca|sviluppo|desarrollo|entwicklung|developpement|" +
    "ontwikkeling|desenvolvimento|division",
);

/**
 * Words a department's name is made of. Not the words that also name agencies ("… Talent",
 * "… Recruitment", "… Selezione") or firms ("… Management", "… Development"): those stay.
 */
const DEPARTMENT_PARTS = new Set(
  [
    ...DEPARTMENT_WORDS,
    ...DEPARTMENT_MARKERS,
    ...DEPARTMENT_ENDS,
    ...words(
      "service|services|servicio|servicios|serviço|serviços|servizio|servizi|dienst|diensten|" +
        "support|supporto|soporte|suporte|help|operations|operaciones|opérations|operazioni|" +
        "operações|events|event|eventos|evenementen|veranstaltungen|evénements|événements|eventi|" +
        "relations|gestão|gestión|people|personal|personnel|culture|cultura|" +
        IT_WORDS,
    ),
  ]
    .map(fold)
    .filter((w) => !NAME_WORDS.has(w)),
);

/**
 * Words that open a department's name before the firm's ("Recrutamento Marégrafo Energia",
 * "Recursos Humanos Banco Alto", "Human Resources Kessler"): the recruiting words count here, as
 * no agency's name has the firm after them.
 */
const LEADING_PARTS = new Set(
  [
    ...words(
      "recruiting|recruitment|recrutement|recrutamento|reclutamiento|reclutamento|werving|" +
        "hr|rh|rrhh|hrm|p&o|it|ti|ict|human|resources|recursos|humanos|ressources|humaines|" +
        "risorse|umane|personalabteilung|personeelszaken|&|e|y|et|und|and",
    ),
  ].map(fold),
);
/** Of those, the words that open a department's name whole ("Recursos Humanos", "Recruiting"). */
const LEADING_MARKERS = new Set(
  [
    ...words(
      "recruiting|recruitment|recrutement|recrutamento|reclutamiento|reclutamento|werving|hr|rh|" +
        "rrhh|hrm|p&o|it|ti|ict|human|recursos|ressources|risorse|personalabteilung|personeelszaken",
    ),
  ].map(fold),
);

/**
 * The firm a name stands for without the department it writes from: "Banque Morvan – Direction
 * des Ressources Humaines", "Copperline IT Service Desk", "Kessler People Team", "Harlow HR
 * Operations", "Recrutamento Marégrafo Energia" name the firm. A name that is only a department
 * is left as it is (other readers reject it), and so is a firm's own last word ("Bellwether
 * People", "National Health Service").
 */
export function firmWithoutDepartment(name: string): string {
  return withoutLeadingDepartment(withoutTrailingDepartment(withoutDashedDepartment(name)));
}

/** "Banque Morvan – Direction des Ressources Humaines": the firm before its department. */
function withoutDashedDepartment(name: string): string {
  const [head, tail] = name.split(/\s+[–—|-]\s+/, 2);
  if (!head || tail === undefined) return name;
  const first = fold(tail.split(/\s+/)[0] ?? "");
  return DEPARTMENT_WORDS.has(first) && first.length > 3 ? head : name;
}

function withoutTrailingDepartment(name: string): string {
  const parts = name.split(" ");
  let start = parts.length;
  while (start > 1 && DEPARTMENT_PARTS.has(fold(parts[start - 1] ?? ""))) start--;
  const tail = parts.slice(start);
  const content = tail.filter((w) => !CONNECTORS.has(fold(w)));
  const folded = content.map(fold);
  // Two words of a department's ("IT Service Desk", "People Team", "HR Operations"); one word
  // only when no firm ends with it ("Personalabteilung"; "Lindwurm IT" is an IT firm).
  const department =
    content.length >= 2
      ? content.some(isMarker) ||
        DEPARTMENT_ENDS.has(folded[folded.length - 1] ?? "") ||
        folded.some((w) => w === "people" || IT_WORD_SET.has(w))
      : SOLE_DEPARTMENTS.has(folded[0] ?? "");
  if (start === parts.length || !department) return name;
  return trimmedConnectors(parts.slice(0, start)) ?? name;
}

function withoutLeadingDepartment(name: string): string {
  const parts = name.split(" ");
  let end = 0;
  while (end < parts.length - 1 && LEADING_PARTS.has(fold(parts[end] ?? ""))) end++;
  const lead = parts.slice(0, end);
  if (end === 0 || !lead.some((w) => LEADING_MARKERS.has(fold(w)) && inCapitalsIfShort(w)))
    return name;
  const rest = parts.slice(end);
  const first = rest[0] ?? "";
  // ("IT Consulting Partners": a firm's own word after a short lead makes it the firm's name;
  // "Human Resources" is a department whole.)
  const short = lead.length === 1 && (lead[0] ?? "").length <= 3;
  if (!/^\p{Lu}/u.test(first) || (short && ORG_WORDS.has(fold(first)))) return name;
  return rest.every((w) => DEPARTMENT_PARTS.has(fold(w))) ? name : rest.join(" ");
}

const IT_WORD_SET = new Set([...words(IT_WORDS)].map(fold));

function isMarker(word: string): boolean {
  return DEPARTMENT_MARKERS.has(fold(word)) && inCapitalsIfShort(word);
}

/** "IT", "HR", "RH": a short marker written in capitals, as a department writes it. */
function inCapitalsIfShort(word: string): boolean {
  return word.length > 3 || word === word.toUpperCase();
}

/** The words left once connectors at their end are dropped; null when none is left. */
function trimmedConnectors(parts: string[]): string | null {
  const kept = [...parts];
  while (kept.length > 0 && CONNECTORS.has(fold(kept[kept.length - 1] ?? ""))) kept.pop();
  return kept.length > 0 ? kept.join(" ") : null;
}
const CONNECTORS = words("&|and|und|et|e|y|en|of|de|des|du|da|do|di|der|van|von|-|–|—|·|,");
