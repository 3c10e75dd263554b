import { decodeHTML } from "entities";
import { validCompany } from "./company-name.ts";
import { stripDisplayNoise } from "./org-phrases.ts";
import { fold, words } from "./text.ts";
import { PLATFORM_NAMES } from "./word-lists.ts";

/**
 * What an HTML body says about its sender that its text does not: the page's <title> and the
 * alt text of its images (a logo: "Marrowby Analytics", "Marrowby logo"). A notification
 * whose words never name the employer often carries it there.
 */
export interface HtmlLabels {
  /** Names the <title> holds, one per piece ("Fenwick Labs | Interview Request" -> "Fenwick Labs"). */
  title: string[];
  /** Names the images' alt texts hold, in order, logos' words dropped. */
  alts: string[];
}

/** The head and the first images are where a logo is; a long mail's rest is content. */
const MAX_HTML_SCANNED = 24 * 1024;
/** Images read per message: a header logo, perhaps a footer one; the rest are icons. */
const MAX_IMAGES = 8;

const TITLE = /<title\b[^>]*>([^<]{1,160})<\/title>/i;
const IMAGE_ALT = /<img\b[^>]{0,600}?\balt\s*=\s*(?:"([^"]{1,120})"|'([^']{1,120})')/gi;
/** "Logo", "logotipo", "header image": words about the picture, not the name in it. */
const PICTURE_WORDS =
  /\b(?:logo|logotipo|logotype|logotyp|logótipo|logó|header|banner|image|img|icon|pin|picture|photo|foto)\b/gi;
/** Icons a footer carries: social networks and the sending system's badges. */
const ICON_NAMES = words(
  "facebook|twitter|x|instagram|youtube|tiktok|linkedin|xing|glassdoor|kununu|pinterest|" +
    "github|medium|threads|bluesky|mastodon|whatsapp|spacer|pixel|tracking|divider|arrow|" +
    "app store|google play|apple|android",
);

const BADGE_OR_ACTION =
  /\b(?:(?:powered|sent|built|hosted|delivered)\s+(?:by|via|with|through|using)|follow us|download|get it on|apply now|view (?:job|role|position)|unsubscribe)\b/i;
/** What a template's alt text says when it names nothing. */
const GENERIC_LABELS = words(
  "company|our company|employer|brand|organisation|organization|team|careers|jobs|email|" +
    "phone|map|location|check|star|arrow|button|avatar|profile|signature|footer|top|bottom",
);

/** Reads the title and the images' alt texts for names; empty for a message without HTML. */
export function htmlLabels(html: string | null | undefined): HtmlLabels {
  if (!html) return { title: [], alts: [] };
  const head = html.length > MAX_HTML_SCANNED ? html.slice(0, MAX_HTML_SCANNED) : html;
  const titleText = TITLE.exec(head)?.[1];
  const title = titleText
    ? decodeHTML(titleText)
        .split(/\s+[|·•–—-]\s+|:\s+/)
        .flatMap((piece) => labelName(piece) ?? [])
    : [];
  const alts: string[] = [];
  let seen = 0;
  IMAGE_ALT.lastIndex = 0;
  for (let m = IMAGE_ALT.exec(head); m !== null && seen < MAX_IMAGES; m = IMAGE_ALT.exec(head)) {
    seen++;
    const name = labelName(decodeHTML(m[1] ?? m[2] ?? "").replace(PICTURE_WORDS, " "));
    if (name && !alts.includes(name)) alts.push(name);
  }
  return { title, alts };
}

/** Gmail's plain text of an HTML mail writes each image as "[image: Corbel Fabrication logo]". */
const IMAGE_IN_TEXT = /\[image: ([^\]\n]{1,120})\]/g;

/** The names a plain text's image placeholders hold, as alt texts do. */
export function imageLabelsInText(text: string): string[] {
  const found: string[] = [];
  let seen = 0;
  for (const m of text.matchAll(IMAGE_IN_TEXT)) {
    if (++seen > MAX_IMAGES) break;
    const name = labelName((m[1] ?? "").replace(PICTURE_WORDS, " "));
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Short words a firm's name may hold in lower case ("Bank of Avalon", "Banco do Sul"). */
const NAME_CONNECTORS = words(
  "of|and|the|for|on|in|at|und|der|die|das|für|von|zu|am|et|de|du|des|la|le|les|l|d|en|y|el|" +
    "los|las|del|van|het|voor|op|e|di|della|delle|dei|da|do|dos|das|a",
);

/**
 * "Reset password", "Out for delivery", "Votre candidature": a page heading in sentence case.
 * A name capitalises its words; a heading capitalises only its first, then runs on in lower
 * case ("Quarry & Finch", "Banco do Sul" are names; a lone lower-case brand is one word).
 */
function readsAsHeading(text: string): boolean {
  const tokens = text.split(" ");
  if (tokens.length < 2 || !/^\p{Lu}/u.test(tokens[0] ?? "")) return false;
  return tokens
    .slice(1)
    .some((t) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(t) && !NAME_CONNECTORS.has(fold(t)));
}

/** A label's name, or null when it is a page's heading, an icon's or a platform's. */
function labelName(raw: string): string | null {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text === "" || text.split(" ").length > 6 || ICON_NAMES.has(fold(text))) return null;
  // "Powered by Greenhouse", "Company logo", "Follow us on LinkedIn": the platform's badge,
  // a template's placeholder, a call to action.
  if (BADGE_OR_ACTION.test(text) || GENERIC_LABELS.has(fold(text))) return null;
  if (readsAsHeading(text)) return null;
  // "NOVAtek Careers", "Application Update": a sending system's words around the name.
  const name = validCompany(stripDisplayNoise(text));
  if (!name || PLATFORM_NAMES.has(fold(name.split(" ")[0] ?? ""))) return null;
  return name;
}
