import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

/**
 * Portuguese (Brazil): "Prezada …" and a formal close when the employer wrote formally, "Olá"
 * otherwise. Sentences address the reader without a pronoun where possible, so they read right
 * to "o senhor", "a senhora" and "você" alike.
 */
export const PT: LanguagePack = {
  language: "pt",
  // Only ever used after "na".
  noCompany: "sua equipe",
  atCompany: (company) => ` na ${company}`,
  theRole: (title) => (title ? `a vaga de ${title}` : "a vaga"),
  forRole: (title) => ` para a vaga de ${title}`,
  topic: {
    talked: (t) => `Gostei especialmente da nossa conversa sobre ${t}.`,
    ask: (t) => `Numa próxima oportunidade, gostaria de saber mais sobre ${t}.`,
    later: (t) => `Ainda me lembro com satisfação da nossa conversa sobre ${t}.`,
    about: (t) => ` sobre ${t}`,
  },
  futureLine: {
    open: "Se mais adiante surgir uma vaga compatível com meu perfil, ficarei contente se lembrarem de mim.",
    paused: "Se o processo for retomado, gostaria de continuar de onde paramos.",
  },
  wish: {
    hired: "Desejo todo o sucesso à equipe, e um ótimo começo a quem assumir a vaga.",
    nobodyHired: "Desejo todo o sucesso à equipe nos próximos meses.",
  },
  targets: (names) =>
    `Tenho interesse especial em ${joinWords(names, "e")}, caso conheça alguém por lá.`,
  referrerFallback: "um contato em comum",
  introducedFallback: "a pessoa que me apresentou",
  kinds: {
    appreciation: [
      {
        subject: "Agradecimento",
        body: `{greeting}

<interviewed?<wrote?Agradeço pela mensagem e pelo tempo dedicado às entrevistas{forRole}.|Agradeço pelo tempo dedicado às entrevistas{forRole}.>|<wrote?Agradeço pelo retorno e pela atenção à minha candidatura{forRole}.|Agradeço pela atenção à minha candidatura{forRole}.>> <paused?Entendo que, por enquanto, o processo está suspenso.|Compreendo perfeitamente a decisão.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Agradecimento e uma pergunta",
        body: `{greeting}

Agradeço pelo retorno e pela <interviewed?atenção durante as entrevistas|atenção à minha candidatura>{forRole}. Respeito a decisão.

{topicLine}

Se tiver um momento, uma orientação me ajudaria muito: há algo que teria tornado minha candidatura mais forte? Duas ou três linhas bastam, e se faltar tempo, entendo perfeitamente.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Agradecimento e uma breve pergunta",
        body: `{greeting}

Agradeço pelo retorno e pela franqueza: entendo que {theRole} não era o encaixe certo.

{topicLine}

Existem outras vagas{atCompany} em que meu perfil se encaixaria melhor? Sua opinião me ajudaria a direcionar a busca, sem nenhuma pressa, e se faltar tempo, entendo.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "Um pequeno pedido",
        body: `{greeting}

Guardo ótimas lembranças <interviewed?das entrevistas|da nossa conversa>{atCompany}, e sigo na minha busca.

{topicLine}

Seria possível servir de referência para mim, ou me apresentar a alguém com quem valha a pena conversar?

{targetsLine}

Se não for um bom momento, basta dizer; vou entender perfeitamente.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?foi um prazer conversar|agradeço pelas <interviewed?entrevistas|conversas>{atCompany}>. Gostei da nossa conversa{aboutTopic} e gostaria de manter contato. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?foi um prazer conversar|agradeço pelas <interviewed?entrevistas|conversas>{atCompany}>. Gostaria de manter contato por aqui. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Agradeço por manter meu currículo",
        body: `{greeting}

Agradeço pela mensagem e pela oferta de manter meu currículo no banco de talentos. Gostaria muito que minha candidatura fosse considerada para futuras vagas{atCompany}.

{topicLine}

Há algo que eu possa enviar para ajudar, como um currículo atualizado ou exemplos do meu trabalho? Uma resposta breve, quando for conveniente, já é suficiente.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "Uma conversa rápida?",
        body: `{greeting}

Espero que esteja tudo bem. Estou pensando no meu próximo passo e sua visão seria muito valiosa: teria 15 a 20 minutos para uma ligação nas próximas semanas?

{topicLine}

Gostaria de saber como vê a evolução do setor e dos projetos na {company}, e com quem mais eu poderia conversar. Se não for um bom momento, sem problema algum.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "Lembrei de você",
        body: `{greeting}

Encontrei ${SLOTS.share} e logo pensei em compartilhar.

{laterTopicLine}

Espero que esteja tudo bem. Não precisa responder; só queria repassar.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "Uma indicação que pode interessar",
        body: `{greeting}

Encontrei algo que pode ser útil para sua equipe: ${SLOTS.lead}.

{laterTopicLine}

Sem compromisso algum, não precisa responder. Espero que esteja tudo bem{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Um alô",
        body: `{greeting}

Já se passaram alguns meses desde que conversamos sobre {theRole}, e quis mandar um alô. Meu interesse em trabalhar{atCompany} continua o mesmo.

{laterTopicLine}

Se surgir algo ou os planos mudarem, terei prazer em conversar. E, se não, espero que esteja tudo bem.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "O processo foi retomado?",
        body: `{greeting}

Da última vez que conversamos, o processo{forRole} estava suspenso. Continuo com muito interesse: o processo já foi retomado, ou deve ser retomado em breve?

{laterTopicLine}

Se ainda for cedo para dizer, um simples “ainda não” já basta.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Agradeço pelo retorno",
        body: `{greeting}

Agradeço por dedicar um tempo para compartilhar seu feedback. Nem todo mundo faz isso, e valorizo muito.

Vou levar em conta nos próximos passos da minha busca.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Agradeço muito",
        body: `{greeting}

Agradeço pela ajuda; é um gesto muito generoso. Depois conto como foi.

Se um dia eu puder retribuir, seja diretamente ou para alguém da sua rede, é só dizer.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Agradeço mesmo assim",
        body: `{greeting}

Agradeço pela resposta, e não há problema algum: entendo perfeitamente. Agradeço por ter reservado um tempo para responder.

Desejo tudo de bom{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "Indicação de {referrerName}",
        body: `{greeting}

Escrevo por indicação de {referrerName}, que gentilmente me passou seu contato. Estou em busca da minha próxima oportunidade e gostaria muito de saber mais sobre seu trabalho{atCompany}.

Teria 15 a 20 minutos para uma ligação rápida nas próximas semanas? Se não for um bom momento, entendo perfeitamente.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "Novidades e mais um agradecimento",
        body: `{greeting}

Queria contar como foram as coisas com {introducedName}: ${SLOTS.news}

Agradeço mais uma vez por tornar isso possível. Se um dia eu puder ajudar em algo, é só dizer.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} agradeço pelo seu tempo. Gostaria de manter contato. {senderFirstName}",
    "{greetingInline} gostaria de manter contato. {senderFirstName}",
    "Gostaria de manter contato.",
  ],
  call: {
    frame:
      "{greetingInline} aqui é {senderName}. {callCore} Não precisa retornar a ligação; um e-mail também serve, se for mais prático. Agradeço, e tenha um ótimo dia. Mais uma vez, aqui é {senderName}.",
    cores: {
      appreciation:
        "Estou ligando para agradecer <interviewed?o tempo dedicado às entrevistas|a atenção à minha candidatura>{forRole}. <paused?Entendo que o processo está suspenso, e gostaria de retomar a conversa quando voltar.|Compreendo a decisão, e ficarei contente se lembrarem de mim para futuras vagas.>",
      feedback_request:
        "Agradeço por considerar minha candidatura{forRole}; respeito a decisão. Se tiver um momento, seria muito útil saber o que a teria tornado mais forte.",
      keep_on_file_follow_up:
        "Agradeço por manter meu currículo. Se eu puder enviar algo útil para futuras vagas{atCompany}, é só avisar.",
      networking_meeting:
        "Queria saber se teria 15 a 20 minutos em breve para uma conversa rápida sobre o setor.",
      stay_in_touch: "Nada em especial: só queria dar um alô e saber como vão as coisas.",
      check_in_90_day:
        "Já se passaram alguns meses desde que conversamos, e meu interesse em trabalhar{atCompany} continua o mesmo. Se surgir algo, terei prazer em conversar.",
      on_hold_check_back:
        "Da última vez que conversamos, o processo{forRole} estava suspenso, e queria saber se já foi retomado. Continuo com muito interesse.",
      thanks_for_feedback: "Queria agradecer pelo seu feedback. Valorizo muito.",
      thanks_for_referral: "Agradeço muito a ajuda; é muito generoso. Depois conto como foi.",
    },
  },
};
