import { fold, words } from "./text.ts";
import { ORG_WORDS } from "./word-lists.ts";

/** Two-letter US state and Canadian province codes ("Plano, TX 75024", "Nashville, TN"). */
const REGION_CODE =
  /^(?:A[BKLRZ]|BC|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ABDEINOST]|N[BCDEHJLMSVY]|O[HKNR]|PA|PE|QC|RI|S[CDK]|T[NX]|UT|V[AT]|W[AIVY]|YT)$/;

/** Countries as signatures write them after a city. */
const COUNTRIES = words(
  "usa|us|u.s.|u.s.a.|united states|america|united states of america|europe|emea|uk|u.k.|united kingdom|england|scotland|wales|ireland|" +
    "canada|mexico|méxico|germany|deutschland|austria|österreich|switzerland|schweiz|suisse|" +
    "svizzera|france|belgium|belgique|belgië|netherlands|nederland|the netherlands|spain|españa|" +
    "italy|italia|portugal|brazil|brasil|argentina|chile|colombia|luxembourg|denmark|sweden|" +
    "norway|finland|poland|polska|czechia|india|singapore|australia|new zealand",
);

/**
 * Cities that signatures and footers name on a line of their own ("Valencia", "Milano",
 * "Denver Federal Center"): the office, never the employer.
 */
const CITIES = words(
  "new york|nyc|san francisco|los angeles|seattle|boston|chicago|austin|dallas|houston|denver|" +
    "atlanta|miami|phoenix|portland|san diego|san jose|washington|arlington|alexandria|reston|" +
    "mclean|bethesda|baltimore|philadelphia|pittsburgh|detroit|minneapolis|st. paul|" +
    "saint paul|columbus|cleveland|cincinnati|indianapolis|nashville|charlotte|raleigh|durham|" +
    "tampa|orlando|salt lake city|las vegas|sacramento|fresno|oakland|san antonio|plano|irving|" +
    "fort worth|kansas city|st. louis|omaha|milwaukee|madison|boulder|colorado springs|" +
    "lakewood|albuquerque|tucson|honolulu|anchorage|toronto|vancouver|montreal|montréal|" +
    "ottawa|calgary|london|manchester|birmingham|leeds|glasgow|edinburgh|bristol|cambridge|" +
    "oxford|sheffield|liverpool|newcastle|nottingham|leicester|southampton|brighton|cardiff|" +
    "aberdeen|dundee|swansea|coventry|reading|milton keynes|dublin|cork|belfast|paris|lyon|marseille|toulouse|nantes|lille|bordeaux|nice|" +
    "strasbourg|rennes|grenoble|montpellier|berlin|hamburg|münchen|munich|köln|cologne|" +
    "frankfurt|frankfurt am main|stuttgart|düsseldorf|dortmund|essen|leipzig|dresden|hannover|" +
    "nürnberg|nuremberg|bremen|bonn|mannheim|karlsruhe|freiburg|heidelberg|husum|kiel|" +
    "rostock|wien|vienna|graz|linz|salzburg|zürich|zurich|genève|geneva|basel|bern|lausanne|" +
    "amsterdam|rotterdam|den haag|the hague|utrecht|eindhoven|groningen|leiden|delft|" +
    "arnhem|nijmegen|breda|tilburg|haarlem|zwolle|brussels|bruxelles|brussel|antwerpen|" +
    "antwerp|gent|ghent|leuven|liège|luxembourg|madrid|barcelona|valencia|sevilla|seville|" +
    "málaga|malaga|bilbao|zaragoza|alicante|murcia|palma|granada|valladolid|vigo|a coruña|" +
    "san sebastián|donostia|pamplona|santander|lisboa|lisbon|porto|braga|coimbra|faro|" +
    "são paulo|sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|recife|" +
    "florianópolis|brasília|brasilia|campinas|milano|milan|roma|rome|torino|turin|napoli|" +
    "naples|bologna|firenze|florence|genova|venezia|venice|verona|padova|brescia|bergamo|" +
    "trieste|pisa|bari|palermo|catania|copenhagen|københavn|stockholm|oslo|helsinki|warsaw|" +
    "warszawa|kraków|krakow|prague|praha|budapest|bucharest|athens|istanbul|tel aviv|dubai|" +
    "singapore|bangalore|bengaluru|hyderabad|pune|mumbai|delhi|sydney|melbourne|remote|hybrid|" +
    "denver federal center|twin cities|bay area|silicon valley|greater london",
);

/** "Dayton, Ohio": US states written out after a city. */
const US_STATES = words(
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|" +
    "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|" +
    "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|" +
    "new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|" +
    "oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|" +
    "virginia|washington|west virginia|wisconsin|wyoming",
);

/** Street, building and postal words in an address line, in the seven languages. */
const ADDRESS_WORD =
  /\b(?:p\.?\s?o\.? box|postbus|postfach|bldg|building|suite|ste\.?|floor|fl\.|plaza|street|st\.|avenue|ave\.?|road|rd\.|blvd|boulevard|lane|drive|dr\.|parkway|pkwy|highway|hwy|straße|strasse|str\.|weg|platz|allee|gasse|ufer|rue|avenue|bd|chemin|quai|calle|c\/|avenida|avda\.?|paseo|viale|piazza|corso|rua|travessa|largo|praça|laan|straat|plein|gracht|kade|singel)\b/i;

const COMPOUND_STREET =
  /^\p{L}+(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|laan|straat|plein|gracht|kade|singel)\s+\d+\s*\p{L}?$/iu;
const BUSINESS_PARK =
  /^(?:zi|za|zac|zone industrielle|zone d['’]activités?|parc d['’]activités?|pol[ií]gono(?: industrial)?|parque empresarial|gewerbegebiet|industriegebiet|bedrijventerrein|zona industriale)\b/iu;

/** "Plano", "TX 75024", "Lakewood, CO 80225", "20457 Hamburg", "Remote": a place, not a name. */
export function isPlace(part: string, next?: string): boolean {
  const p = part.trim().replace(/[.,;]+$/, "");
  if (p === "") return false;
  if (REGION_CODE.test(p)) return true;
  // Each pattern read only with a digit needs one (\d is ASCII 0-9, with or without `u`).
  const digit = /\d/.test(p);
  if (digit && /^[A-Z]{2}\s+\d{5}(?:-\d{4})?$/.test(p)) return true;
  // "Bristol BS1 4RN", "EC2A 4NE": a British postcode, alone or after its town.
  if (digit && UK_POSTCODE.test(p)) return true;
  if (
    digit &&
    (/^\d{4,5}(?:-\d{3})?\s+\p{Lu}/u.test(p) || /^\p{Lu}[\p{L} .'-]*\s+\d{4,5}$/u.test(p))
  )
    return true;
  const folded = fold(p);
  if (COUNTRIES.has(folded) || CITIES.has(folded) || CITIES.has(p.toLowerCase())) return true;
  if (/\b(?:remote|hybrid|on-?site)\b/i.test(p)) return true;
  // "Orchard Lane Markets", "Halden & Rue Events": a street word inside a name is part of the
  // name; an address has a number, or opens or closes with the street word ("Rue de Rivoli").
  if (ADDRESS_WORD.test(p) && (digit || opensOrClosesWithAddressWord(p))) return true;
  // "Industriestraße 7", "Hafenweg 12", "ZI des Glaisins", "Parque Empresarial": compound
  // streets and business parks.
  if ((digit && COMPOUND_STREET.test(p)) || BUSINESS_PARK.test(p)) return true;
  // "Nashville, TN", "Eden Prairie, MN 55344": what stands before a region code is a city.
  const n = next?.trim().replace(/[.,;]+$/, "") ?? "";
  return (
    n !== "" &&
    (REGION_CODE.test(n) ||
      /^[A-Z]{2}\s+\d{5}/.test(n) ||
      COUNTRIES.has(fold(n)) ||
      US_STATES.has(fold(n)))
  );
}

/**
 * "Tannery Lane", "Elm Road": a place only by its street word, with no number, town or region.
 * Where a firm's name is expected ("at Tannery Lane", "Tannery Lane has decided") it is a firm.
 */
export function isStreetShapedName(part: string): boolean {
  const p = part.trim().replace(/[.,;]+$/, "");
  const folded = fold(p);
  return (
    p !== "" &&
    !/\d/.test(p) &&
    ADDRESS_WORD.test(p) &&
    opensOrClosesWithAddressWord(p) &&
    !COUNTRIES.has(folded) &&
    !CITIES.has(folded) &&
    !CITIES.has(p.toLowerCase()) &&
    !REGION_CODE.test(p)
  );
}

function opensOrClosesWithAddressWord(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  // "Halden & Rue": names joined by "&" are a firm's partners, not a street.
  if (words.includes("&")) return false;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  // "Singel Logistiek", "Lane Capital Partners": a firm's word beside the street word names a firm.
  if (words.some((w) => w !== first && w !== last && ORG_WORDS.has(fold(w)))) return false;
  if (words.length > 1 && ORG_WORDS.has(fold(last)) && ADDRESS_WORD.test(first)) return false;
  return (
    words.length === 1 ||
    ADDRESS_WORD.test(first) ||
    (ADDRESS_WORD.test(last) && !ORG_WORDS.has(fold(last)))
  );
}

const UK_POSTCODE = /^(?:\p{Lu}[\p{L}' -]*\s+)?[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/u;
