import { hasLegalSuffix, validCompany } from "./company-name.ts";
import { COMPANY_RUN_AT, COMPANY_STOP, NOT_A_COMPANY } from "./company-patterns.ts";
import { hasTitleWord } from "./job-titles.ts";
import { isGivenName } from "./person-evidence.ts";
import { isPlace } from "./places.ts";
import { fold } from "./text.ts";
import { DEPARTMENT_WORDS, TEAM_WORD_SET } from "./word-lists.ts";

/**
 * What a message says about how the firms it names relate to each other: which one hires
 * when a group, a shared service or a partnership is also named. Every name is as written.
 */
export interface CompanyRelations {
  /** "Tecelagem Rio Claro, uma empresa do Grupo Santarém": the member of a group that hires. */
  members: string[];
  /** The group a member or the writer's firm belongs to: not the employer. */
  groups: string[];
  /** "im Auftrag der Talbach Energienetze GmbH" on a line of its own: whom a service writes for. */
  principals: string[];
  /** "Ashgrove, Pell & Whitby LLP": partners' names joined by commas, as law and consulting firms are called. */
  partnerships: { name: string; ownLine: boolean }[];
}

/** Lines read per message: a signature and a sentence or two carry these. */
const MAX_LINES = 200;
/** Relations kept per kind: a message names its employer and its group once or twice. */
const MAX_PER_KIND = 3;
/** Characters before a group phrase read for the member's name: seven words fit. */
const NAME_CHARS = 120;
/** Comma-joined name lists read per message. */
const MAX_PARTNER_TRIES = 8;
/** A firm's name line, or a sentence that writes it; longer lines are pasted text. */
const MAX_PARTNER_LINE = 300;

/**
 * After a member's name, the words that say it belongs to a group, in the seven languages:
 * "…, part of the Halvorsen Group", "…, a subsidiary of …", "…, uma empresa da …", "…, ein
 * Unternehmen der …", "…, une filiale du groupe …", "…, onderdeel van …", "…, società del gruppo …".
 */
const MEMBER_OF =
  /(?:,|\s[–—-]|\()\s*(?:(?:an? |the )?(?:(?:wholly[- ]owned |independent )?(?:subsidiary|member|division|part|unit|affiliate) of|part of|member of)|the (?:business|company|division|unit|brand|subsidiary) (?:within|inside|of|in)|(?:um|uma) (?:empresa|marca|subsidiária|unidade) d[oa]s?|(?:parte|membro|subsidiária|filial) d[oa]s?|(?:una )?(?:empresa|filial|marca|sociedad) del?|(?:parte|miembro) del?|une? (?:société|entreprise|filiale|marque|membre) d[ue]s?|(?:filiale|membre) d[ue]s?|ein(?:e)? (?:unternehmen|tochter(?:gesellschaft|unternehmen|firma)?|marke|gesellschaft) (?:der|des|von)|teil (?:der|des|von)|een (?:bedrijf|dochter(?:onderneming|bedrijf)?|onderdeel|merk) van|onderdeel van|(?:un['’](?:azienda|impresa)|una società|società|parte|membro) del(?:la|l['’])?)\s+(?:the |la |le |l['’]|el |der |die |de |het |il |lo |o |a )?/giu;

/** "Northwind Robotics, a Halvorsen company": the group named before "company". */
const A_GROUP_COMPANY =
  /,\s+an?\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+(?:company|business|brand)\b/gu;

/** A line opening with the group a brand belongs to, in the seven languages ("Part of …", "Eine Marke der …"). */
const OPENS_WITH_GROUP =
  /^(?:(?:an? |the )?(?:(?:wholly[- ]owned )?(?:subsidiary|member|division|part|unit|brand) of|proudly part of)|(?:um|uma) (?:empresa|marca) d[oa]s?|(?:una )?(?:empresa|marca|filial) del?|une? (?:société|entreprise|filiale|marque) d[ue]s?|eine? (?:unternehmen|marke|tochter\p{L}*) (?:der|des|von)|(?:een )?(?:onderdeel|merk|dochter\p{L}*) van|(?:un['’]azienda|una società|parte|un marchio) del(?:la|l['’]|lo)?)\s+(?:the |la |le |l['’]|el |der |die |de |het |il |lo |o |a )?(?=\p{Lu})/iu;

/** "A Harrowgate Group studio", "An Ashcombe company": a line naming the group before what the brand is to it. */
const A_GROUP_LINE =
  /^An?\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+(?:company|business|brand|studio|label|venture)\b/u;

/** "The contract will come from Fennel Holdings plc, our parent entity": a group the writer's firm belongs to. */
const OUR_PARENT =
  /,\s+(?:our|the|its|their)\s+(?:parent|holding)(?:\s+(?:entity|company|group|organi[sz]ation|firm))?\b/giu;

/** A line that says whom the writer acts for: a shared service centre's or an RPO's sign-off. */
const ON_BEHALF_LINE =
  /^(?:on behalf of|acting for|im auftrag (?:von|der|des)|pour le compte d[eu](?: la| l['’])?|au nom d[eu](?: la| l['’])?|en nombre de(?: la| el)?|por cuenta de(?: la| el)?|per conto d(?:i|ella|el)|namens|in opdracht van|em nome d[aeo]s?)\s+(.{2,80})$/i;

/** Partners' surnames joined by commas and a last "&" ("Ashgrove, Pell & Whitby", "Abate, Rinaldi e Conti"). */
const PARTNER_NAMES =
  /(?<![\p{L}\d])(\p{Lu}[\p{L}'’-]+(?:,\s\p{Lu}[\p{L}'’-]+)+,?\s(?:&|and|und|et|y|e|en)\s\p{Lu}[\p{L}'’-]+)(,?\s(?:LLP|L\.L\.P\.|LLC|PLLC|LP|P\.C\.|PC|Inc\.?|Ltd\.?|GmbH|PartG(?: mbB)?|SCP|SELARL|S\.C\.|S\.L\.P\.|Partners|Associates|Associés|Advocaten|Avocats|Rechtsanwälte|Abogados|Avvocati|Advogados|Solicitors|Attorneys|Law|Legal|Consulting|Partnerschaft)\b)?/gu;

/** Reads how the firms a message names relate: groups and their members, principals, partnerships. */
export function companyRelations(text: string): CompanyRelations {
  const relations: CompanyRelations = { members: [], groups: [], principals: [], partnerships: [] };
  const lines = text.split("\n").slice(0, MAX_LINES);
  const partnerCounts = new Map<string, PartnerSeen>();
  // A firm's name is written once or twice; a message full of lists is read no further.
  const partnerBudget = { tries: MAX_PARTNER_TRIES };
  for (const raw of lines) {
    const line = raw.trim().replace(/^[>*\s]+/, "");
    if (line === "") continue;
    readMembership(line, relations);
    const principal = ON_BEHALF_LINE.exec(line)?.[1];
    if (principal && relations.principals.length < MAX_PER_KIND) {
      const name = validCompany(principal);
      if (name && !readsAsSomeone(name)) relations.principals.push(name);
    }
    if (line.length <= MAX_PARTNER_LINE && line.includes(", "))
      readPartnerships(line, partnerCounts, partnerBudget);
  }
  for (const [name, seen] of partnerCounts) {
    // A firm signs with its name on a line of its own, or writes its legal form after it; a
    // list of names said once in a sentence ("Mia, Jonas & Lea") is neither.
    if ((seen.ownLine || seen.suffixed || seen.count > 1) && relations.partnerships.length < 3)
      relations.partnerships.push({ name, ownLine: seen.ownLine });
  }
  return relations;
}

function readMembership(line: string, relations: CompanyRelations): void {
  let tries = 0;
  // "Part of Oakridge Holdings plc.", "A Harrowgate Group studio": a footer line that opens
  // with the group under the brand's own name line.
  const opening = OPENS_WITH_GROUP.exec(line);
  const runAt = opening ? opening[0].length : -1;
  const groupFirst = opening ? null : A_GROUP_LINE.exec(line)?.[1];
  if (runAt >= 0 || groupFirst) {
    COMPANY_RUN_AT.lastIndex = runAt + (LOWER_GROUP_WORD.exec(line.slice(runAt))?.[0].length ?? 0);
    const run = groupFirst ?? COMPANY_RUN_AT.exec(line)?.[0];
    const group = validCompany(run, false);
    if (group && relations.groups.length < MAX_PER_KIND) relations.groups.push(group);
  }
  for (const m of line.matchAll(MEMBER_OF)) {
    if (relations.members.length >= MAX_PER_KIND || ++tries > MAX_PER_KIND * 2) return;
    const member = trailingName(line.slice(Math.max(0, (m.index ?? 0) - NAME_CHARS), m.index));
    const end = (m.index ?? 0) + m[0].length;
    // "une filiale du groupe Vauban": a group word in lower case is not part of the name.
    const at = end + (LOWER_GROUP_WORD.exec(line.slice(end))?.[0].length ?? 0);
    COMPANY_RUN_AT.lastIndex = at;
    const run = COMPANY_RUN_AT.exec(line)?.[0];
    // "Lena Brandt, part of the Data Platform team": a person in a team, no group.
    if (!run || TEAM_AFTER.test(line.slice(at + run.length))) continue;
    const group = validCompany(run, false);
    if (member && group && fold(member) !== fold(group)) {
      relations.members.push(member);
      relations.groups.push(group);
    }
  }
  for (const m of line.matchAll(OUR_PARENT)) {
    if (relations.groups.length >= MAX_PER_KIND || ++tries > MAX_PER_KIND * 2) return;
    const group = trailingName(line.slice(Math.max(0, (m.index ?? 0) - NAME_CHARS), m.index));
    if (group) relations.groups.push(group);
  }
  for (const m of line.matchAll(A_GROUP_COMPANY)) {
    if (relations.members.length >= MAX_PER_KIND || ++tries > MAX_PER_KIND * 2) return;
    const member = trailingName(line.slice(Math.max(0, (m.index ?? 0) - NAME_CHARS), m.index));
    const group = validCompany(m[1], false);
    if (member && group && fold(member) !== fold(group)) {
      relations.members.push(member);
      relations.groups.push(group);
    }
  }
}

/** Words a name may hold between its capitalised words ("Fondazione per la Ricerca"). */
const CONNECTOR =
  /^(?:&|and|und|et|y|e|of|de|del|della|der|du|des|da|do|dos|das|di|la|von|für|en|van|per)$/;
const LOWER_GROUP_WORD = /^(?:grupo|groupe|gruppo|group|gruppe|groep|rede|red|réseau|rete) /;
/** A team after the group's name: the sentence is about a person's team, not a firm's group. */
const TEAM_AFTER = /^\s*(?:team|teams|squad|équipe|equipo|equipa|squadra|afdeling|abteilung)\b/i;
/** "im Auftrag von Frau Dr. Keller", "on behalf of Jane Smith": a person, not a firm. */
function readsAsSomeone(name: string): boolean {
  const first = name.split(" ")[0] ?? "";
  return HONORIFIC.test(first) || (name.includes(" ") && isGivenName(first));
}
const HONORIFIC =
  /^(?:frau|herr|herrn|mr|mrs|ms|miss|dr|prof|mme|mlle|m|monsieur|madame|sr|sra|srta|don|doña|dhr|mevr|mevrouw|de heer|sig|sig\.ra|signora|signor|dott|dott\.ssa)\.?$/i;

/** Words whose dot is their own ("Inc.", "Ltd.", "S.A."). */
const ABBREVIATED = /^(?:inc|ltd|co|corp|bros|plc|llc)\.$|^(?:\p{L}\.){2,4}$/iu;
/** Words of a name read backwards from the phrase that follows it. */
const MAX_NAME_WORDS = 7;

/** The capitalised name that ends the text: "… fazer parte da Tecelagem Rio Claro" -> "Tecelagem Rio Claro". */
function trailingName(before: string): string | null {
  const words = before.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_NAME_WORDS; i--) {
    const word = words[i] ?? "";
    // "… Fennel Holdings plc": a legal form in lower case still ends the name; a word that
    // ends a sentence ("… in May.") is not part of the name after it.
    const legalForm = kept.length === 0 && hasLegalSuffix(` ${word}`);
    const endsSentence = /[:;!?]$/.test(word) || (/\.$/.test(word) && !ABBREVIATED.test(word));
    if ((legalForm || /^[\p{Lu}\d]/u.test(word)) && !endsSentence) kept.unshift(word);
    else if (kept.length > 0 && CONNECTOR.test(word)) kept.unshift(word);
    else break;
  }
  while (kept.length > 0 && CONNECTOR.test(kept[0] ?? "")) kept.shift();
  // "Lena Brandt, a member of …": a person, not a firm.
  if (kept.length === 0 || isGivenName(kept[0] ?? "")) return null;
  return validCompany(kept.join(" "), false);
}

function readPartnerships(
  line: string,
  counts: Map<string, PartnerSeen>,
  budget: { tries: number },
): void {
  for (const m of line.matchAll(PARTNER_NAMES)) {
    if (--budget.tries < 0) return;
    const name = m[1] ?? "";
    const seen = counts.get(name) ?? (isPartnerList(name) ? newSeen() : null);
    if (!seen) continue;
    seen.count++;
    seen.suffixed ||= m[2] !== undefined;
    seen.ownLine ||= line.replace(/[.,;]+$/, "") === `${name}${m[2] ?? ""}`;
    counts.set(name, seen);
  }
}

interface PartnerSeen {
  count: number;
  ownLine: boolean;
  suffixed: boolean;
}
const newSeen = (): PartnerSeen => ({ count: 0, ownLine: false, suffixed: false });

/** Names that may be partners of one firm: none is a place, a title, a department or a stop word, not all given names. */
function isPartnerList(list: string): boolean {
  const names = list.split(/,\s|\s(?:&|and|und|et|y|e|en)\s|,/).map((w) => w.trim());
  const folded = names.map(fold);
  // "Berlin, Hamburg & München", "Mia, Jonas & Lea", "Monday, Tuesday and Friday": not a firm.
  // "Recruiting, Marlowe & Finch": a title or a department before the firm.
  if (
    folded.some(
      (w) =>
        w === "" ||
        COMPANY_STOP.has(w) ||
        NOT_A_COMPANY.has(w) ||
        TEAM_WORD_SET.has(w) ||
        DEPARTMENT_WORDS.has(w),
    )
  )
    return false;
  if (names.every((w) => isGivenName(w))) return false;
  return !names.some((w) => hasTitleWord(w) || isPlace(w));
}
