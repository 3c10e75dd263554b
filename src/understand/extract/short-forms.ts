import { fold } from "./text.ts";

/**
 * Pet forms of given names that do not start the way the name does, in the seven languages and
 * English ("Bob" for Robert, "Sepp" for Josef, "Paco" for Francisco, "Beppe" for Giuseppe,
 * "Kees" for Cornelis, "Zé" for José). Each group is the formal names, a colon, then their pet
 * forms; a form that opens its name ("Alex", "Fede", "Tobi") needs no entry. Folded, no accents.
 */
const PET_FORM_GROUPS = [
  "robert|roberto|robertus:bob|bobby|robbie|bert|beto|tito",
  "william|willem|wilhelm|guillermo|guilherme|guglielmo|guillaume:bill|billy|liam|wim|memo|guille",
  "richard|ricardo|riccardo:dick|rick|ricky|rico",
  "margaret|marguerite|margarita|margherita|margarete|margareta|margarida|margot:maggie|mags|meg|peggy|madge|greta|gretchen|rita|guida|marghe",
  "edward|edmund|edwin|eduardo|edoardo|eduard|eduarda:ted|teddy|ned|dudu|duda|edu",
  "theodore|theodor|teodoro:ted|teddy",
  "james|jaime|jacobus|jacob|jakob|jacques|jacopo|giacomo|jakub:jim|jimmy|jamie|koos|jaap|sjaak|kobus|jake",
  "john|jonathan|johannes|johann|giovanni|joao|juan|jean|johan:jack|johnny|hans|hannes|gianni|nanni|juanjo|joop",
  "katherine|catherine|kathryn|katharina|katharine|caterina|catalina|catarina|katarina|katrin:kate|katie|kathy|cathy|kat|kitty|kathi|kaethe|rina|trini",
  "elizabeth|elisabeth|elisabetta|isabel|isabella|isabelle|isabela:liz|lizzie|beth|betsy|bess|betty|lisa|liesl|lies|betta|bettina|isa|zaza|sabel|lilibet",
  "henry|heinrich|henri|enrique|enrico|henrique|hendrik:harry|hank|heinz|henk|quique|kike|rico|hein",
  "charles|carlos|carlo|karl|carl:charlie|chuck|chas",
  "anthony|antonio|antoine|anton|antonius|antonia|antonella:tony|toni|tono|tonio|tonino|toon|tonho",
  "alexander|alexandra|alessandro|alessandra|alejandro|alejandra|alexandre|alexandru:sandy|sandro|sasha|sacha|xander|lex|xandra",
  "francis|francisco|francesco|francois|franz|franziska|francesca|francisca|francoise|frans:frank|frankie|paco|pancho|curro|chico|kiko|checco|cesco|ciccio|franzi|fanfan|quico|cisco",
  "jose|josef|joseph|giuseppe|josep|jozef|josefa|josefina|josephine|giuseppina:pepe|pepa|pepito|pepita|joe|joey|sepp|seppi|beppe|peppe|peppino|pino|ze|juca|fina",
  "ignacio|ignazio|inacio|ignatius:nacho|iggy",
  "dolores:lola|loli|lolita",
  "concepcion|concetta|conceicao:concha|conchi|conchita|tina",
  "rosario:charo|chayo",
  "consuelo:chelo",
  "guadalupe:lupe|lupita",
  "manuel|emanuel|emmanuel|emanuele|manuela|emanuela|emmanuelle:manolo|manu|lele|nelo|manny",
  "fernando|fernanda|ferdinand|ferdinando:nando|nanda|ferdi",
  "alberto|albert|humberto|umberto|norberto|gilberto|adalberto:beto|tito|bert|berto",
  "luis|luigi|ludwig|louis|lluis|luiz|luisa|louise|ludovico:gigi|lucho|lulu|lutz|lou|gino",
  "jesus:chus|chucho|chuy",
  "pilar:pili",
  "mercedes:meche|merche",
  "gonzalo:chalo",
  "augusto|augustus|auguste|august:guto|guus|gus",
  "beatriz|beatrice|beatrix:bia|bice|trix",
  "helena|elena|magdalena|madeleine|helene|maddalena:lena|lene|leni|maddy|malena",
  "joaquim|joaquin|joachim|gioacchino:quim|achim|juaco",
  "cornelis|cornelius|cornelia:kees|cees|corrie|nelly|conny",
  "abraham:bram|abe",
  "gerrit|gerard|gerhard|gerardo|gerardus:gert|gerd|gege|gerry",
  "geertruida|gertrude|gertrud:truus|trudy|trude|gerda",
  "maria|marie|mary|mariana:mia|mies|mieke|ria|molly|polly|mimi|mitzi",
  "friedrich|frederick|federico|frederic|frederik|frederico:fritz|fred|freddy|fede|rico",
  "ulrich|ulrike:uli|ulli|rike",
  "stefanie|stephanie|estefania:steffi|fanny",
  "gabriele|gabriella|gabrielle|gabriela|gabriel:gabi|gaby|lele",
  "sebastian|sebastien|sebastiano:basti|seb|sebas|bastien",
  "theresa|therese|teresa|theresia:resi|tessa|terri|tere",
  "christine|christina|kristina|cristina|christian|cristiano|christoph|christopher|cristobal|kristian:chris|kris|cris|tina|stoffel|kit|xtian",
  "matteo|matthew|matthias|mathieu|mateus|mateo|mattia|matthijs:teo|matt|matti|mats|thijs",
  "benedikt|benedict|benedetto|benoit|benedito:bene|ben|benny|detto",
  "giulio|giulia|julius|julia|julien|julian|julio|juliana:giuli|jules|juli|julie",
  "oliver|olivier|oliviero|olivia:ollie|olly|oli|olli|liv",
  "susanne|susana|suzanne|susanna:sanne|susi|suus|suzy|sue",
  "wolfgang:wolfi",
  "nikolaus|nicolas|nicholas|nicola|nicolau|nicolaas|niklas:nico|nick|niko|klaus|claus|nicky|klaas",
  "rafael|raffaele|raphael:rafa|raffa|rafi",
  "filippo|philip|philipp|felipe|philippe|filipe:pippo|phil|pip|pipe",
  "salvatore|salvador:toto|turi|salva|chava|salvo",
  "vincenzo|vicente|vincent|vincenzo:enzo|vince|chente|vinnie|cenzo",
  "domenico|domingo|dominique:mimmo|mingo|dom",
  "massimiliano|maximilian|maximiliano|massimo:max|maxi|massi",
  "lorenzo|laurent|laurens|lourenco|lawrence:renzo|larry|lau",
  "alfonso|alfredo|adolfo|rodolfo|rudolf|alphonse:poncho|fito|alfie|fredo|rudi",
  "jorge|georg|george|giorgio|jorg|georges:jorgito|schorsch|gio",
  "andrea|andre|andreas|andres|andrew|andrej:andy|andi|dre",
  "patrick|patricia|patrizia|patricio|patrizio:pat|paddy|patty|patri|patxi",
  "gregorio|gregory|gregoire|gregor:greg|goyo",
  "michael|michel|michele|miguel|michiel|michaela|michela|mikael:mike|mick|micha|miki|michi|chiel|mikel",
  "thomas|tomas|tommaso|tomasz|tomaso:tom|tommy|tomi|maso|thom",
  "stephen|steven|stefan|stephane|esteban|stefano|estevao:steve|stevie|steph|stef",
  "leonardo|leonard|leonhard|leonor|leonora|eleanor|eleonora|eleonore:leo|lenny|nardo|nell|nellie|ellie|nora",
  "rebecca:becky|becca",
  "sarah|sara:sally|sadie",
  "deborah|debora:deb|debbie",
  "jennifer:jen|jenny",
  "barbara:babs|barbie|baerbel",
  "victoria|vittoria|viktoria:vicky|tori",
  "zachary|zacharias:zach|zack",
  "giacomo:mino",
  "carolina|caroline|carola:caro|lina|carol",
  "cecilia|cecile|cecilie:cissy|cici",
  "valentina|valentin|valentino|valentijn:vale|tino|vali",
  "federica|federico:fede",
  "emilia|emily|emilie|emilio:emmy|milly|mila",
  "dorothea|dorothy|dorothee:dora|dot|dottie|thea",
  "ursula:uschi|ulla",
  "walter|walther:walt|wally",
  "samuel|samantha:sam|sammy",
  "benjamin|benjamim:ben|benji",
] as const;

/** Each pet form, folded, and the formal names it stands for. */
const FORMALS_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of PET_FORM_GROUPS) {
    const [formals = "", pets = ""] = group.split(":");
    for (const pet of pets.split("|")) {
      const set = map.get(pet) ?? new Set<string>();
      for (const formal of formals.split("|")) set.add(formal);
      map.set(pet, set);
    }
  }
  return map;
})();

/** Whether one folded given name is a known pet form of another ("paco" and "francisco"), either way. */
export function isPetForm(a: string, b: string): boolean {
  return FORMALS_OF.get(a)?.has(b) === true || FORMALS_OF.get(b)?.has(a) === true;
}

/** The shortest start of a given name that stands for it ("Fede", not "Fe"). */
const MIN_SHORT_FORM = 3;

/**
 * Whether one word is a short or pet form of a given name: its start ("Fede" for Federico,
 * "Tobi" for Tobias) or a known pet form ("Paco" for Francisco, "Peggy" for Margaret). Each
 * part of a compound given name counts ("Paco" for Francisco Javier).
 */
export function isShortFormOf(short: string, given: string): boolean {
  const s = fold(short);
  if (s === "") return false;
  return fold(given)
    .split(/[\s-]+/)
    .filter((part) => part !== "" && part !== s)
    .some(
      (part) =>
        (s.length >= MIN_SHORT_FORM && part.startsWith(s)) || FORMALS_OF.get(s)?.has(part) === true,
    );
}
