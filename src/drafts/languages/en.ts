import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

const role = (title: string | null) =>
  title === null
    ? "the role"
    : /\b(?:role|position|job|opening|post|vacancy)$/i.test(title)
      ? `the ${title}`
      : `the ${title} role`;

/** English: "Hi" between peers, "Dear" when the employer wrote that way. */
export const EN: LanguagePack = {
  language: "en",
  noCompany: "your team",
  atCompany: (company) => ` at ${company}`,
  theRole: role,
  forRole: (title) => ` for ${role(title)}`,
  topic: {
    talked: (t) => `I especially enjoyed our conversation about ${t}.`,
    ask: (t) => `I'd love to hear more about ${t} some time.`,
    later: (t) => `I still think back to our conversation about ${t}.`,
    about: (t) => ` about ${t}`,
  },
  futureLine: {
    open: "If a role that suits me opens up later, please keep me in mind.",
    paused: "If the search resumes, I would like to pick up where we left off.",
  },
  wish: {
    hired: "I wish you and the team all the best, and every success to whoever takes on the role.",
    nobodyHired: "I wish you and the team all the best with what comes next.",
  },
  targets: (names) =>
    `I'm particularly interested in ${joinWords(names, "and")}, in case you know anyone there.`,
  referrerFallback: "a mutual contact",
  introducedFallback: "the person you put me in touch with",
  kinds: {
    appreciation: [
      {
        subject: "Thank you",
        body: `{greeting}

<wrote?Thank you for letting me know, and for|Thank you for> <interviewed?the time you gave me during my interviews|considering my application>{forRole}. <paused?I understand the search is on hold for now.|I understand it was a business decision, and I respect it.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Thank you, and one question",
        body: `{greeting}

Thank you for letting me know, and for <interviewed?the time you and the team gave me during the interviews|considering my application>{forRole}. I respect the decision.

{topicLine}

If you have a moment, I'd value one pointer: is there anything that would have made me a stronger candidate? A line or two is plenty, and no reply is fine too.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Thank you, and a question",
        body: `{greeting}

Thank you for letting me know, and for being clear that {theRole} wasn't the right match. I understand.

{topicLine}

Are there other roles{atCompany} where you think my background would fit better? Your view would help me focus, whenever you have a moment, and I'll understand if you don't.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "A small favour, if you're open to it",
        body: `{greeting}

I enjoyed <interviewed?our conversations during the interviews|getting to know you>{atCompany}, and I'm continuing my search.

{topicLine}

Would you be comfortable acting as a reference for me, or introducing me to someone worth talking to?

{targetsLine}

If the timing is wrong or it doesn't feel right, just say so; I'll completely understand.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?it was good to meet you|thank you for your time><interviewed? during my interviews|>{atCompany}. I enjoyed our conversation{aboutTopic} and would like to stay in touch. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?it was good to meet you|thank you for your time><interviewed? during my interviews|>{atCompany}. I'd like to stay in touch here. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Thank you for keeping me in mind",
        body: `{greeting}

Thank you for letting me know, and for offering to keep my details on file. I'd very much like to be considered for future openings{atCompany}.

{topicLine}

Is there anything I could send that would help, such as an updated CV or examples of my work? A short answer whenever it suits you is plenty.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "A short conversation?",
        body: `{greeting}

I hope all is well{atCompany}. As I plan my next step, I'd value your perspective: would you have 15 to 20 minutes for a call in the coming weeks?

{topicLine}

I'd like to hear how you see things developing at {company} and in the field, and who else I might talk to. If you're too busy, no problem at all.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "Thought of you",
        body: `{greeting}

I came across ${SLOTS.share} and thought of you.

{laterTopicLine}

I hope all is well{atCompany}. No need to reply; I simply wanted to pass it on.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "A lead that might interest you",
        body: `{greeting}

I came across something that might be useful to you or your team: ${SLOTS.lead}.

{laterTopicLine}

Do with it whatever you like; there's no need to reply. I hope things are going well{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Checking in",
        body: `{greeting}

It's been a few months since we were in touch about {theRole}, and I wanted to say hello. My interest in {company} hasn't changed.

{laterTopicLine}

If anything opens up, or plans change, I'd be happy to talk. And if not, I hope things are going well.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "Is the search back on?",
        body: `{greeting}

When we were last in touch, the search{forRole} was on hold. I'm still very interested: has it started again, or is it likely to soon?

{laterTopicLine}

If it's too early to say, a short "not yet" is perfectly fine.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Thank you for the feedback",
        body: `{greeting}

Thank you for taking the time to share your feedback. Not everyone does, and I really appreciate it.

I'll take it on board as I keep going.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Thank you so much",
        body: `{greeting}

Thank you for your help; it's very generous of you. I'll follow up and let you know how it goes.

If I can ever return the favour, for you or someone in your network, please just ask.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Thank you all the same",
        body: `{greeting}

Thank you for getting back to me, and no problem at all: I completely understand. I appreciate you taking the time to reply.

I hope all goes well for you{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "Introduction via {referrerName}",
        body: `{greeting}

I'm writing at the suggestion of {referrerName}, who kindly passed on your name. I'm looking for my next role and would love to hear about your work{atCompany}.

Would you have 15 to 20 minutes for a short call in the coming weeks? If now isn't a good time, I understand.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "A quick update, and thanks again",
        body: `{greeting}

I wanted to let you know how things went after your help with {introducedName}: ${SLOTS.news}

Thank you again for making it possible. If I can ever do something for you, just say the word.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} thank you for your time. I'd like to stay in touch. {senderFirstName}",
    "{greetingInline} I'd like to stay in touch. {senderFirstName}",
    "It was good to meet you, and I'd like to stay in touch.",
  ],
  call: {
    frame:
      "{greetingInline} this is {senderName}. {callCore} There's no need to call back; an email is fine if that's easier. Thanks, and all the best. Again, it's {senderName}.",
    cores: {
      appreciation:
        "I'm calling to thank you for <interviewed?your time during my interviews|considering my application>{forRole}. <paused?I understand the search is on hold, and I'd like to pick up where we left off if it resumes.|I understand the decision, and I'd be glad if you kept me in mind for future roles.>",
      feedback_request:
        "Thank you for considering me{forRole}; I respect the decision. If you have a moment at some point, I'd value one pointer on what would have made me a stronger candidate.",
      keep_on_file_follow_up:
        "Thank you for keeping my details on file. If there's anything I could send that would help for future openings{atCompany}, I'd love to know.",
      networking_meeting:
        "I wondered whether you'd have 15 or 20 minutes some time for a short conversation about {company} and the field.",
      stay_in_touch:
        "No particular reason for the call: I wanted to say hello and see how things are going{atCompany}.",
      check_in_90_day:
        "It's been a few months since we were in touch, and my interest in {company} hasn't changed. If anything opens up, I'd be happy to talk.",
      on_hold_check_back:
        "The search{forRole} was on hold when we last spoke, and I wanted to ask whether it has started again. I'm still very interested.",
      thanks_for_feedback:
        "I wanted to thank you for taking the time to share your feedback. It's really appreciated.",
      thanks_for_referral:
        "Thank you so much for your help; it's very generous of you, and I'll let you know how it goes.",
    },
  },
};
