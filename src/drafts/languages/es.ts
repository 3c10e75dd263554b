import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

/** Spanish: usted or tú as the employer wrote; the salutation ends with a colon, as in a letter. */
export const ES: LanguagePack = {
  language: "es",
  // Only ever used after "en".
  noCompany: "<su|tu> equipo",
  atCompany: (company) => ` en ${company}`,
  theRole: (title) => (title ? `el puesto de ${title}` : "el puesto"),
  forRole: (title) => ` para el puesto de ${title}`,
  topic: {
    talked: (t) => `Disfruté especialmente de nuestra conversación sobre ${t}.`,
    ask: (t) => `Me encantaría saber más sobre ${t} cuando haya ocasión.`,
    later: (t) => `Todavía me acuerdo de nuestra conversación sobre ${t}.`,
    about: (t) => ` sobre ${t}`,
  },
  futureLine: {
    open: "Si más adelante surge un puesto que encaje con mi perfil, me encantaría que <contara|contaras> conmigo.",
    paused: "Si el proceso se reactiva, me gustaría retomarlo donde lo dejamos.",
  },
  wish: {
    hired:
      "<Le|Te> deseo todo lo mejor a <usted|ti> y al equipo, y mucha suerte a la persona que ocupe el puesto.",
    nobodyHired: "<Le|Te> deseo todo lo mejor a <usted|ti> y al equipo en los próximos meses.",
  },
  targets: (names) =>
    `Me interesan especialmente ${joinWords(names, "y")}, por si <conoce|conoces> a alguien allí.`,
  referrerFallback: "un contacto en común",
  introducedFallback: "la persona que me <presentó|presentaste>",
  kinds: {
    appreciation: [
      {
        subject: "Gracias",
        body: `{greeting}

<interviewed?<wrote?Gracias por <su|tu> mensaje y por el tiempo que me <dedicó|dedicaste> en las entrevistas{forRole}.|Gracias por el tiempo que me <dedicó|dedicaste> en las entrevistas{forRole}.>|<wrote?Gracias por <su|tu> respuesta y por tener en cuenta mi candidatura{forRole}.|Gracias por tener en cuenta mi candidatura{forRole}.>> <paused?Entiendo que por ahora el proceso está en pausa.|Entiendo perfectamente la decisión.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Gracias, y una pregunta",
        body: `{greeting}

Gracias por <su|tu> respuesta y por <interviewed?el tiempo que me <dedicó|dedicaste> en las entrevistas|tener en cuenta mi candidatura>{forRole}. Respeto la decisión.

{topicLine}

Si <tiene|tienes> un momento, me sería muy útil una pregunta: ¿hay algo que habría hecho más sólida mi candidatura? Con un par de líneas basta, y si no hay tiempo, lo entiendo perfectamente.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Gracias, y una consulta",
        body: `{greeting}

Gracias por <su|tu> respuesta y por la claridad: entiendo que {theRole} no era el encaje adecuado.

{topicLine}

¿Hay otros puestos{atCompany} en los que mi perfil encajaría mejor? <Su|Tu> opinión me ayudaría a enfocar la búsqueda, sin ninguna prisa, y si no hay tiempo, lo entiendo.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "Un pequeño favor, si <le|te> parece bien",
        body: `{greeting}

Guardo muy buen recuerdo de <interviewed?las entrevistas|nuestras conversaciones>{atCompany}, y sigo con mi búsqueda.

{topicLine}

¿<Le|Te> importaría darme una referencia, o ponerme en contacto con alguien con quien valga la pena hablar?

{targetsLine}

Si no es buen momento, <dígamelo|dímelo> sin problema; lo entenderé perfectamente.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?fue un placer conocer<le|te>|gracias por <interviewed?las entrevistas|nuestro intercambio>{atCompany}>. Disfruté de nuestra conversación{aboutTopic} y me gustaría seguir en contacto. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?fue un placer conocer<le|te>|gracias por <interviewed?las entrevistas|nuestro intercambio>{atCompany}>. Me gustaría seguir en contacto por aquí. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Gracias por tenerme en cuenta",
        body: `{greeting}

Gracias por <su|tu> mensaje y por <ofrecerse|ofrecerte> a conservar mi candidatura. Me encantaría que me <tuviera|tuvieras> en cuenta para futuras vacantes{atCompany}.

{topicLine}

¿Hay algo que pueda enviar<le|te> y que ayude, como un CV actualizado o ejemplos de mi trabajo? Con una respuesta breve, cuando <le|te> venga bien, es suficiente.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "¿Una breve conversación?",
        body: `{greeting}

Espero que todo vaya bien. Estoy pensando en mi próximo paso y <su|tu> punto de vista me sería muy valioso: ¿<tendría|tendrías> 15 o 20 minutos para una llamada en las próximas semanas?

{topicLine}

Me gustaría saber cómo <ve|ves> la evolución del sector y de los proyectos en {company}, y con quién más podría hablar. Si no es buen momento, no pasa nada.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "Me acordé de <usted|ti>",
        body: `{greeting}

Encontré ${SLOTS.share} y enseguida me acordé de <usted|ti>.

{laterTopicLine}

Espero que todo vaya bien. No hace falta responder; solo quería compartirlo.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "Algo que puede interesar<le|te>",
        body: `{greeting}

Me ha llegado algo que podría ser útil para <usted|ti> o para <su|tu> equipo: ${SLOTS.lead}.

{laterTopicLine}

Sin ningún compromiso, no hace falta responder. Espero que todo vaya bien{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Un saludo",
        body: `{greeting}

Han pasado unos meses desde que hablamos sobre {theRole}, y quería saludar<le|te>. Mi interés por {company} sigue intacto.

{laterTopicLine}

Si surge algo o cambian los planes, me encantaría hablar. Y si no, espero que todo vaya muy bien.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "¿Se ha reactivado el proceso?",
        body: `{greeting}

La última vez que hablamos, el proceso{forRole} estaba en pausa. Sigo con mucho interés: ¿se ha reactivado, o está previsto que se reactive pronto?

{laterTopicLine}

Si todavía es pronto para saberlo, con un simple «aún no» me basta.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Gracias por <sus|tus> comentarios",
        body: `{greeting}

Gracias por <tomarse|tomarte> el tiempo de compartir <sus|tus> comentarios. No todo el mundo lo hace, y lo valoro mucho.

Los tendré muy presentes en los próximos pasos de mi búsqueda.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Muchísimas gracias",
        body: `{greeting}

Gracias por <su|tu> ayuda; es muy generoso por <su|tu> parte. <Le|Te> contaré cómo va todo.

Si algún día puedo devolver<le|te> el favor, a <usted|ti> o a alguien de <su|tu> red, no <dude|dudes> en decírmelo.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Gracias de todos modos",
        body: `{greeting}

Gracias por <su|tu> respuesta, y no <se preocupe|te preocupes>: lo entiendo perfectamente. Agradezco mucho que <se haya tomado|te hayas tomado> el tiempo de contestar.

<Le|Te> deseo todo lo mejor{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "De parte de {referrerName}",
        body: `{greeting}

<Le|Te> escribo de parte de {referrerName}, que amablemente me pasó <su|tu> contacto. Estoy buscando mi próximo puesto y me encantaría conocer más sobre <su|tu> trabajo{atCompany}.

¿<Tendría|Tendrías> 15 o 20 minutos para una breve llamada en las próximas semanas? Si no es buen momento, lo entiendo perfectamente.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "Novedades, y gracias de nuevo",
        body: `{greeting}

Quería contar<le|te> cómo fue todo con {introducedName}: ${SLOTS.news}

Gracias de nuevo por hacerlo posible. Si algún día puedo ayudar<le|te> en algo, no <dude|dudes> en decírmelo.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} gracias por <su|tu> tiempo. Me gustaría seguir en contacto. {senderFirstName}",
    "{greetingInline} me gustaría seguir en contacto. {senderFirstName}",
    "Me gustaría seguir en contacto.",
  ],
  call: {
    frame:
      "{greetingInline} soy {senderName}. {callCore} No hace falta que me <devuelva|devuelvas> la llamada; un correo es suficiente si resulta más cómodo. Gracias, y que <tenga|tengas> un buen día. De nuevo, soy {senderName}.",
    cores: {
      appreciation:
        "<Le|Te> llamo para dar<le|te> las gracias por <interviewed?el tiempo que me <dedicó|dedicaste> en las entrevistas|tener en cuenta mi candidatura>{forRole}. <paused?Entiendo que el proceso está en pausa, y me gustaría retomarlo si se reactiva.|Entiendo la decisión, y me encantaría que <contara|contaras> conmigo para futuros puestos.>",
      feedback_request:
        "Gracias por tener en cuenta mi candidatura{forRole}; respeto la decisión. Si en algún momento <tiene|tienes> un minuto, me sería muy útil saber qué habría hecho más sólida mi candidatura.",
      keep_on_file_follow_up:
        "Gracias por conservar mi candidatura. Si puedo enviar algo útil para futuras vacantes{atCompany}, <dígamelo|dímelo>.",
      networking_meeting:
        "Quería preguntar<le|te> si <tendría|tendrías> 15 o 20 minutos próximamente para una breve conversación sobre el sector.",
      stay_in_touch: "Nada en particular: solo quería saludar<le|te> y saber qué tal va todo.",
      check_in_90_day:
        "Han pasado unos meses desde que hablamos, y mi interés por {company} sigue intacto. Si surge algo, me encantaría hablar.",
      on_hold_check_back:
        "La última vez que hablamos, el proceso{forRole} estaba en pausa, y quería preguntar si se ha reactivado. Sigo con mucho interés.",
      thanks_for_feedback:
        "Quería dar<le|te> las gracias por <sus|tus> comentarios. Los valoro mucho.",
      thanks_for_referral:
        "Muchas gracias por <su|tu> ayuda; es muy generoso. <Le|Te> contaré cómo va.",
    },
  },
};
