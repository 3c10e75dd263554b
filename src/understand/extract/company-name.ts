import { companyKey } from "../company-key.ts";
import { COMPANY_STOP, FIELD_WORDS, NOT_A_COMPANY, TECHNOLOGY_NAMES } from "./company-patterns.ts";
import { hasRoleWord } from "./job-titles.ts";
import { fold } from "./text.ts";
import { DEPARTMENT_WORDS, ORG_WORDS, PLATFORM_NAMES, TEAM_WORD_SET } from "./word-lists.ts";

const LEGAL_SUFFIX =
  /\s(?:inc|incorporated|llc|llp|pllc|lp|l\.p|n\.a|ltd|limited|plc|corp|corporation|gmbh|ggmbh|mbh|ohg|ag|kg|se|sa|sas|sarl|s\.a\.s|s\.a|s\.l|sl|slu|bv|b\.v|nv|n\.v|bvba|sprl|eurl|srl|s\.r\.l|spa|s\.p\.a|oy|ab|aps|pty|lda|ltda|co|e\.v|ug|sp\. z o\.o|s\.a\.u|gmbh & co\. kg|kgaa)\.?$/i;

/** Whether the name ends in a legal form ("Kessler Logistik GmbH", "Acme Inc."). */
export function hasLegalSuffix(name: string): boolean {
  return LEGAL_SUFFIX.test(name);
}

/** "Inc.", "Co.", "S.A.", "o.o.", "Sp.": dots that belong to the name. */
const ABBREVIATION =
  /^(?:\p{L}\.){1,4}\p{L}?\.?$|^(?:inc|co|corp|ltd|bros|llc|plc|sa|sl|slu|srl|spa|bv|nv|ag|kg|se|ab|oy|as|sp|ug|st|dr|mt|ft)\.$/iu;

/** Trims a captured run to the company name and rejects what is not one. */
export function validCompany(
  raw: string | null | undefined,
  dropTeamWords = true,
  /** "de Vries & van Dam Advocaten": a name spelt by its domain may open with a particle. */
  particleStart = false,
): string | null {
  if (!raw) return null;
  const cleaned = raw
    .replace(/\s+/g, " ")
    // "© 2025 Acme Corporation", "2025 © Acme", "Copyright (c) 2025 Acme": the name, never the year.
    .replace(/^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:©\s*)?/i, "")
    .replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:©|\(c\))\s*/i, "")
    // "Wrenfield Capital | Campus & Experienced": the first piece.
    .split(/\s+[|·•]\s+/)[0]
    ?.trim();
  if (!cleaned) return null;
  const tokens = cleaned.split(" ");
  // "Equipo Cometa", "L'équipe Ostrea", "Team Brassmoor": the team of the company.
  while (
    tokens.length > 1 &&
    /^(?:equipo|équipe|equipe|l['’]équipe|team|squadra|time|equipa)$/i.test(tokens[0] ?? "")
  )
    tokens.shift();
  const kept: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const folded = fold(token.replace(/[,:;!?]+$/, ""));
    // ("Marsh and Whitaker Engineering": a domain spells the "and" as part of the name.)
    // ("Department of the Interior", "Bank of the Isles": "the" between "of" and a name.)
    const ofThe =
      folded === "the" &&
      /^of$/i.test(kept[kept.length - 1] ?? "") &&
      /^\p{Lu}/u.test(tokens[index + 1] ?? "");
    if (
      kept.length > 0 &&
      COMPANY_STOP.has(folded) &&
      !ofThe &&
      !(particleStart && /^(?:and|&)$/.test(folded))
    )
      break;
    // "Northwind's Platform Engineer opening": the possessive ends the name, unless a firm's
    // word closes what follows ("St. Brendan's Health System").
    if (/['’]s$/.test(token) && kept.length < 5 && !possessiveInName(tokens, index)) {
      kept.push(token.slice(0, -2));
      break;
    }
    if (token.endsWith(".") && !ABBREVIATION.test(token)) {
      kept.push(token.slice(0, -1));
      break;
    }
    // "Grainline & Co. Good luck": a legal form with its dot closes the name.
    if (
      kept.length > 0 &&
      /^(?:co|inc|ltd|corp|llc|plc|srl|spa|sa|sl|bv|nv|ag|gmbh|oy|ab|sas|sarl|ltda|lda|pty)\.$/i.test(
        token,
      ) &&
      !/^(?:kg|kgaa|ohg)\b/i.test(tokens[index + 1] ?? "")
    ) {
      kept.push(token);
      break;
    }
    kept.push(token);
    if (/[,:;!?]$/.test(token)) break;
  }
  const isConnector = (w: string) =>
    /^(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für|e|en)$/i.test(w);
  // "Junta de Freguesia de Alvarim de 15 de março": a date after the name.
  while (
    kept.length > 2 &&
    /^\d{1,2}[.,]?$/.test(kept[kept.length - 1] ?? "") &&
    isConnector(kept[kept.length - 2] ?? "")
  )
    kept.splice(-2);
  while (kept.length > 0 && isConnector(kept[kept.length - 1] ?? "")) kept.pop();
  // "Corrigan Group Career Centre", "Fieldmark Talent Pool": the firm's portal, not its name.
  while (
    kept.length > 2 &&
    PORTAL_WORDS.test(`${kept[kept.length - 2]} ${kept[kept.length - 1]}`.replace(/[.,]$/, ""))
  )
    kept.splice(-2);
  // "Northwind Robotics Recruiting" -> "Northwind Robotics"
  // (A signature line is the firm's own spelling: "Kite Talent" is the agency's whole name.)
  while (dropTeamWords && kept.length > 1 && TEAM_WORD_SET.has(fold(kept[kept.length - 1] ?? "")))
    kept.pop();
  // "Department of Coastal Resources (test agency)": an aside in brackets after the name.
  const aside = / \([^()]*\)$/.exec(kept.join(" "));
  const joined = aside && aside.index > 0 ? kept.join(" ").slice(0, aside.index) : kept.join(" ");
  // "Department of Coastal Resilience (fictional test agency": a bracket the run cut off
  // before it closed is an aside, not part of the name.
  const open = joined.lastIndexOf("(");
  const name = (open > 0 && joined.indexOf(")", open) < 0 ? joined.slice(0, open) : joined)
    .replace(/['’]s$/, "")
    .replace(/[\s,:;!?)(\]"'“”’–—-]+$/, "")
    .replace(/^[("'“‘]+/, "")
    .trim();
  if (name.length < 2 || name.length > 60) return null;
  // "bei der Ostmark Stahl AG.": the sentence's full stop, not the legal form's.
  if (/\s(?:AG|GmbH|SE|KG|BV|NV|SA|SL|Srl|SRL|SpA|Oy|AB|SAS|SARL|Ltda|Lda)\.$/.test(name))
    return validCompany(name.slice(0, -1), dropTeamWords, particleStart);
  // "NAMO-26-ML-0044", "R-20418", "75024": a requisition number or a postcode, not a name.
  // ("Nexo 360 Consultores": three digits after the first word are part of a name.)
  if (kept.some((t, i) => (t.match(/\d/g) ?? []).length >= 3 && !(i > 0 && /^\d{3}$/.test(t))))
    return null;
  if (
    !/^[\p{Lu}\d]/u.test(name) &&
    !(particleStart && /^(?:de|van|von|di|da|du|le|la|el|les|los|the) \p{Lu}/u.test(name))
  )
    return null;
  const key = companyKey(name).replace(/\s+/g, "");
  if (key === "" || PLATFORM_NAMES.has(key)) return null;
  // ("Saturday?": the punctuation that closed the run is no part of the word.)
  const first = fold((kept[0] ?? "").replace(/[,:;!?]+$/, ""));
  // "Department of Coastal Resources", "Office of Personnel Management": a public employer.
  const publicBody =
    kept.length >= 3 &&
    ((/^(?:of|for)$/i.test(kept[1] ?? "") &&
      /^(?:the )?\p{Lu}/u.test(kept.slice(2, 4).join(" "))) ||
      // "Les Ateliers Lumen & Co", "Los Pinos Hoteles": a plural article opens the name.
      (/^(?:les|los|las|gli|os)$/i.test(kept[0] ?? "") && /^\p{Lu}/u.test(kept[1] ?? "")));
  // "Vos & Maas", "May & Baker": two names joined by "&", whatever the first also means.
  const partners =
    kept.length >= 3 &&
    kept[1] === "&" &&
    first.length <= 4 &&
    /^\p{Lu}\p{Ll}/u.test(kept[0] ?? "") &&
    /^\p{Lu}\p{Ll}/u.test(kept[2] ?? "") &&
    !NOT_A_COMPANY.has(fold(kept[2] ?? "")) &&
    !COMPANY_STOP.has(fold(kept[2] ?? ""));
  if (COMPANY_STOP.has(first) || (NOT_A_COMPANY.has(first) && !publicBody && !partners))
    return null;
  // "in Q3", "FY26", "@ Thu Apr 23, 2026" in a calendar invitation's subject: a time, no firm.
  if (PERIOD.test(name) || DATE_START.test(name)) return null;
  // "Final Interview", "Technical Screen": a meeting, as a calendar's subject names it.
  if (kept.length > 1 && MEETING_END.test(kept[kept.length - 1] ?? "")) return null;
  if (kept.length === 1 && (FIELD_WORDS.has(first) || TECHNOLOGY_NAMES.has(first))) return null;
  // ("L'équipe": a team with its elided article.)
  if (kept.length === 1 && TEAM_WORD_SET.has(first.replace(/^[ld]['’]/, ""))) return null;
  // "Recrutamento & Seleção", "People & Culture": a department, in any language.
  if (kept.every((t) => DEPARTMENT_WORDS.has(fold(t).replace(/[^\p{L}&]+/gu, "")))) return null;
  if (
    hasRoleWord(name) &&
    !hasLegalSuffix(name) &&
    kept.length <= 3 &&
    !ORG_WORDS.has(fold(kept[kept.length - 1] ?? "")) &&
    // "Consultora Meridiano", "Grupo Alcor": a firm's word opens the name ("Data Engineer"
    // still ends with a person's noun).
    !(kept.length > 1 && ORG_WORDS.has(first) && !hasRoleWord(kept[kept.length - 1] ?? "")) &&
    // "Norte Executive Search", "Arden Executive Recruitment": an agency's word closes a firm.
    !(kept.length > 1 && AGENCY_END.test(name))
  ) {
    return null;
  }
  return name;
}

/** An agency's word closing its name, in the seven languages. */
const AGENCY_END =
  /\s(?:search|recruitment|staffing|headhunting|headhunters|personalberatung|selection|selección|seleccion|sélection|selezione|seleção|selecao|werving)$/iu;

const TEAM_AFTER = /^(?:team|teams|department|division|unit|squad|function|practice|org)\b/i;
const PORTAL_WORDS =
  /^(?:careers?|jobs?|talent|recruiting|candidate) (?:centre|center|portal|site|hub|community|network|pool|zone|home)$/i;
const MEETING_END =
  /^(?:interviews?|call|screen|screening|chat|meeting|round|onsite|debrief|sync|catch-up|entretien|entrevista|gespräch|vorstellungsgespräch|colloquio|sollicitatiegesprek|gesprek)$/i;
const PERIOD = /^(?:Q[1-4]|H[12]|FY ?\d{2,4})$/i;
const DATE_START =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\d)|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}\b)/i;

/**
 * Whether the capitalised words after a possessive end with a firm's word ("… Health System"),
 * not with a title ("Tessera's Data Engineer") or before a team ("… Data Analytics team").
 */
function possessiveInName(tokens: readonly string[], index: number): boolean {
  const run: string[] = [];
  let next = "";
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const word = token.replace(/[,:;!?.]+$/, "");
    if (!/^\p{Lu}/u.test(word) || run.length === 3) {
      next = token;
      break;
    }
    run.push(word);
    if (word !== token) break;
  }
  const last = run[run.length - 1];
  return (
    last !== undefined &&
    ORG_WORDS.has(fold(last)) &&
    !run.some((w) => hasRoleWord(w)) &&
    !TEAM_AFTER.test(next)
  );
}

/** The company key without spaces: "Blue Peak" and "BluePeak" compare equal. */
export function compactKey(name: string): string {
  return companyKey(name).replace(/\s+/g, "");
}

/** "Northwind" and "Northwind Robotics GmbH" name one employer; so do "Bluepeak" and "BluePeak AI". */
export function companiesAgree(a: string, b: string): boolean {
  return keysAgree(compactKey(a), compactKey(b));
}

/** companiesAgree on compact keys already computed. */
export function keysAgree(ka: string, kb: string): boolean {
  if (ka === kb) return true;
  if (ka.length < 4 || kb.length < 4) return false;
  if (ka.startsWith(kb) || kb.startsWith(ka)) return true;
  // "Vientosur Tech" and "Vientosur Tecnología": a long shared stem.
  let shared = 0;
  while (shared < ka.length && ka.charCodeAt(shared) === kb.charCodeAt(shared)) shared++;
  return shared >= 8 && shared >= 0.75 * Math.min(ka.length, kb.length);
}
