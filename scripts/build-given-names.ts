// npm run build:given-names: writes src/understand/extract/given-names.ts, the given names a
// person's name may start with and the surnames it may end with, from @faker-js/faker's
// per-locale name lists (the seven languages Rebound reads and the countries job seekers most
// often meet recruiters from) plus short lists of our own for names those lists miss.
// Deterministic: sorted, folded, deduplicated.
import { writeFileSync } from "node:fs";
import type { LocaleDefinition } from "@faker-js/faker";
import * as faker from "@faker-js/faker";

/** Faker locales whose first names are in Latin script. */
const LOCALES = [
  "en",
  "en_AU",
  "en_IN",
  "en_NG",
  "en_ZA",
  "yo_NG",
  "zu_ZA",
  "af_ZA",
  "de",
  "de_AT",
  "de_CH",
  "fr",
  "fr_BE",
  "fr_CH",
  "es",
  "es_MX",
  "it",
  "nl",
  "nl_BE",
  "pt_BR",
  "pt_PT",
  "pl",
  "sv",
  "nb_NO",
  "da",
  "fi",
  "cs_CZ",
  "sk",
  "ro",
  "hr",
  "tr",
  "id_ID",
] as const;

/** Given names the lists above lack: romanised East Asian, South Asian, African, Arabic, Celtic. */
const OUR_OWN =
  "wei|mei|li|lin|ling|jing|xin|xinyi|yan|hui|jun|hao|hong|lei|yu|ying|xiao|zhen|qing|ming|" +
  "jie|tao|bo|chao|fang|feng|gang|hua|jian|kai|peng|ping|qiang|rui|shan|tian|xia|xue|yang|" +
  "yong|yun|zhi|zhong|jia|ju|hiro|hiroshi|takeshi|yuki|yuko|haruto|kenta|sota|daiki|akira|" +
  "satoshi|naoko|aiko|emi|keiko|mariko|ji-woo|ji-ho|min-jun|seo-yeon|ha-eun|jiwoo|minjun|" +
  "seoyeon|hyun|sung|soo|eun|jae|ayesha|aisha|aysha|fatima|zainab|zara|zahra|yusuf|youssef|" +
  "mohammed|mohamed|muhammad|ahmed|ahmad|hamza|karim|khalid|tariq|rashid|samir|nadia|leila|" +
  "layla|amina|amira|yasmin|yasmine|omar|hassan|hussein|ibrahim|mustafa|rania|salma|noor|nour|" +
  "kwame|kofi|kojo|kwabena|kwesi|ama|akosua|abena|efua|adjoa|olu|olumide|oluwaseun|tunde|" +
  "chidi|chiamaka|chinedu|ngozi|emeka|obinna|nnamdi|ifeoma|thabo|sipho|lerato|naledi|zanele|" +
  "wanjiru|wanjiku|amani|baraka|juma|zuri|tamsin|elspeth|siobhan|niamh|aoife|saoirse|ciara|" +
  "eoin|cian|oisin|padraig|ruairi|seamus|fionn|ailsa|isla|morag|catriona|iain|hamish|alasdair|" +
  "rhys|dafydd|gethin|carys|cerys|ffion|alvaro|anke|imke|silke|wiebke|frauke|meike|heike|" +
  "elke|gesa|hauke|jannik|jonte|malte|arne|ole|nils|bjorn|sven|lars|henrik|soren|kasper|" +
  "priya|ananya|aditi|kavya|diya|ishaan|arjun|rohan|vikram|rahul|ravi|sanjay|sunil|anil|" +
  "deepak|nikhil|kiran|meera|neha|pooja|shreya|sneha|divya|lakshmi|arun|karthik|suresh|" +
  "ramesh|rajesh|vijay|ajay|amit|sumit|rohit|manish|ashok|naveen|harish|girish|sandeep|" +
  "nguyen|linh|minh|anh|thao|trang|huong|quang|tuan|duc|hieu|phuong|thanh|tien|thu|ngoc|" +
  "oksana|olena|iryna|yulia|natalia|svetlana|dmitri|dmitry|sergei|sergey|andrei|andriy|" +
  "mykola|taras|bohdan|vasyl|aleksandr|alexei|ekaterina|tatiana|katya|nikolai|mateus|" +
  "thiago|tiago|joao|gonçalo|rui|nuno|duarte|inês|beatriz|leonor|matilde|caetano|iker|" +
  "unai|aitor|ainhoa|itziar|nerea|mikel|asier|jon|irati|xabier|pau|jordi|oriol|arnau|" +
  "montserrat|nuria|mireia|laia|roser|ignasi|quim|emre|deniz|can|efe|ece|elif|zeynep|" +
  "cem|burak|mert|kaan|selin|aylin|dilara|esra|merve|ozan|tolga|volkan|kasia|priyanka|priti|" +
  "bea|marloes|inigo|hye|hyejin|ola|femi|bisi|dayo|funmi|kemi|lola|nneka|uche|zoe|zoey|" +
  "kasper|wojtek|gosia|basia|ania|magda|jurgen|joerg|jorg|andras|zsofia|agnieszka|" +
  "swati|shruti|smita|sunita|anjali|pallavi|rekha|geeta|seema|varun|tarun|pranav|aditya|" +
  "siddharth|abhishek|akash|vivek|gaurav|saurabh|mohit|ankit|ankita|nisha|ritu|preeti|" +
  // Welsh, Scottish and Irish names faker's English lists lack.
  "gareth|huw|owain|aled|rhodri|ieuan|bethan|sian|angharad|eleri|glyn|emyr|geraint|hywel|" +
  "llinos|dougal|eilidh|morven|kirsty|fergus|struan|mhairi|murdo|ruaridh|colm|lorcan|donal|" +
  "fiachra|caoimhe|grainne|orla|roisin|sinead|tadhg|darragh|cillian|" +
  // Greek, Russian, German, Dutch and Hebrew names, and English short forms.
  "dimitra|dimitris|giorgos|nikos|kostas|vasilis|panagiotis|christos|ilya|volker|uwe|" +
  "jeroen|ruud|gert|detlef|eitan|itai|ofer|rob|kelsey|meg|kat|maddie|marcy|carly|brianna|" +
  // West African, Arabic, Spanish, Basque and East Asian names.
  "adaeze|ifeanyi|nkechi|olusegun|chioma|kelechi|farrah|farida|hamid|facundo|begona|inaki|" +
  "minji|stellan|annelies|devendra|devraj";

/** Surnames the lists miss: East and South Asian, West African, Dutch, Basque, Celtic. */
const OUR_SURNAMES =
  "kim|park|lee|choi|jung|jeong|kang|cho|yoon|jang|lim|han|shin|seo|kwon|hwang|ahn|song|" +
  "chen|wang|li|zhang|liu|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|luo|gao|" +
  "zheng|liang|xie|tang|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|" +
  "ye|cheng|wei|su|lu|ding|ren|shen|yao|tan|ng|wong|chan|leung|lau|cheung|ho|chow|tse|" +
  "nguyen|tran|le|pham|hoang|phan|vu|vo|dang|bui|do|ngo|duong|ly|tanaka|sato|suzuki|" +
  "takahashi|watanabe|ito|yamamoto|nakamura|kobayashi|kato|yoshida|yamada|sasaki|yamaguchi|" +
  "matsumoto|inoue|kimura|hayashi|shimizu|mori|ikeda|hashimoto|ishikawa|ogawa|okada|" +
  "patel|shah|sharma|singh|kumar|gupta|mehta|desai|joshi|iyer|nair|menon|pillai|reddy|rao|" +
  "naidu|krishnan|raman|subramanian|venkatesh|chatterjee|banerjee|mukherjee|das|bose|sen|" +
  "ghosh|dutta|kapoor|malhotra|khanna|chopra|verma|mishra|pandey|tiwari|agarwal|bhatt|" +
  "chaudhary|khan|ali|hussain|ahmed|rahman|chowdhury|hossain|islam|karim|rahimi|hosseini|" +
  "mohammadi|haddad|khalil|nasser|saleh|mansour|aziz|farah|okafor|okoye|nwosu|adeyemi|" +
  "adebayo|okonkwo|eze|obi|mensah|osei|owusu|boateng|asante|amankwah|appiah|danso|kamau|" +
  "otieno|mwangi|ochieng|njoroge|banda|phiri|dlamini|nkosi|ndlovu|khumalo|mokoena|" +
  "kuipers|bakker|visser|smit|meijer|mulder|bos|vos|peters|hendriks|dekker|brouwer|dijkstra|" +
  "kok|jacobs|vermeulen|verhoeven|willems|maas|schouten|post|kuiper|veenstra|salaberria|" +
  "etxeberria|goikoetxea|aguirre|agirre|urrutia|arrieta|zubizarreta|murphy|kelly|obrien|" +
  "oconnor|byrne|ryan|walsh|mccarthy|doyle|gallagher|quinn|mcdonald|macleod|campbell|" +
  "fraser|idris|amrani|elamrani|benali|bensaid|haddou";

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

const names = new Set<string>();
for (const locale of LOCALES) {
  const definition = (faker as unknown as Record<string, LocaleDefinition>)[locale];
  const firstName = definition?.person?.first_name;
  if (!firstName) throw new Error(`faker has no first names for ${locale}`);
  const list = Array.isArray(firstName) ? firstName : Object.values(firstName).flat();
  for (const entry of list as string[]) {
    // "Ana Clara", "Jean-Luc": every part is a given name.
    for (const part of fold(entry).split(/[\s-]+/)) if (/^[a-z']{2,}$/.test(part)) names.add(part);
  }
}
for (const name of OUR_OWN.split("|")) names.add(fold(name));
const surnames = new Set<string>();
for (const locale of LOCALES) {
  const lastName = (faker as unknown as Record<string, LocaleDefinition>)[locale]?.person
    ?.last_name;
  if (!lastName) continue;
  const list = Array.isArray(lastName) ? lastName : Object.values(lastName).flat();
  for (const entry of list as string[]) {
    // "van der Berg", "García-López": the last part is what closes a written name.
    const parts = fold(entry).split(/[\s-]+/);
    const last = parts[parts.length - 1] ?? "";
    if (/^[a-z']{2,}$/.test(last)) surnames.add(last);
  }
}
for (const name of OUR_SURNAMES.split("|")) surnames.add(fold(name));
const sortedGiven = [...names].sort();
const sortedSurnames = [...surnames].sort();
const out = `// Generated by scripts/build-given-names.ts from @faker-js/faker's name lists and a few of
// our own; do not edit. Folded: lower case, accents removed.
export const GIVEN_NAMES =
  ${JSON.stringify(sortedGiven.join("|"))};
export const SURNAMES =
  ${JSON.stringify(sortedSurnames.join("|"))};
`;
writeFileSync(new URL("../src/understand/extract/given-names.ts", import.meta.url).pathname, out);
console.log(`${sortedGiven.length} given names, ${sortedSurnames.length} surnames`);
