/** A starter prompt: a question worth answering together, and the words an item starts with when someone picks it. */
export interface PromptWords {
  question: string;
  /** The first words of an "I" statement, ending in a space: the person finishes it. */
  starter: string;
}

/**
 * The practice the board serves (../shared/relationship-practice.md), in
 * our own words: starter prompts per section (which kinds of relationship
 * see which is decided in lib/board/practice/prompts.ts), and the gentle
 * "I" statement nudge. Once picked, a starter is content: it stays in the
 * language it was written in.
 */
export const practice = {
  iStatementNudge: 'This might land more gently as an “I” statement, for example “I feel … when …” or “I need …”. It is only a suggestion.',
  prompts: {
    boundary: {
      safe: { question: 'What do I need in order to feel safe and respected?', starter: 'I need ' },
      shared: { question: 'What may be shared with others about us, and with whom?', starter: 'I am comfortable with others knowing ' },
      space: { question: 'How much time and space of my own do I need?', starter: 'I need time for myself when ' },
      money: { question: 'What about money feels fair to me?', starter: 'When it comes to money, I need ' },
      closeness: { question: 'What emotional closeness with other people am I comfortable with?', starter: 'I feel at ease when ' },
      sexualHealth: { question: 'What do I need around sexual health?', starter: 'For my sexual health, I need ' },
      otherPartners: {
        question: 'What do I need to know about other partners, and when?',
        starter: 'I would like to hear about new partners ',
      },
      private: { question: 'What do I want kept private, even from this board?', starter: 'I would rather not write down ' },
      workHours: { question: 'Which hours are mine, not work’s?', starter: 'I am not available for work ' },
      askFirst: {
        question: 'Which topics do I need to be asked about before they are raised?',
        starter: 'I feel respected when I am asked before ',
      },
    },
    expectation: {
      available: { question: 'When and how are we available to each other?', starter: 'I can usually be reached ' },
      reply: { question: 'If I send a message, when do I hope for a reply?', starter: 'When I message you, I hope for a reply ' },
      needs: {
        question: 'How do I tell you what I need, and how would I like you to respond?',
        starter: 'When I need something, I will ',
      },
      disagree: { question: 'How do we handle a disagreement?', starter: 'When we disagree, I would like us to ' },
      decisions: { question: 'How do we make decisions that affect us both?', starter: 'For decisions that affect us both, I would like ' },
      intention: { question: 'One small, concrete intention for the coming weeks', starter: 'In the coming weeks, I intend to ' },
      together: { question: 'How much time together, and how much apart?', starter: 'Time together that matters to me is ' },
      payBack: {
        question: 'If one of us pays, do we expect to be paid back?',
        starter: 'When I pay for something for both of us, I expect ',
      },
      otherPartnersTime: {
        question: 'How is our time shared with other partners?',
        starter: 'Time with other partners works for me when ',
      },
      sessions: { question: 'How do our sessions run: time, lateness, cancelling?', starter: 'For our sessions, I expect ' },
      betweenSessions: { question: 'What happens between sessions?', starter: 'Between sessions, I will ' },
      seeEachOther: { question: 'How often do we want to see each other?', starter: 'I would love to see each other ' },
      handOver: { question: 'How do we hand work over to each other?', starter: 'When I hand work over to you, I will ' },
      care: { question: 'How do we share the care and the chores?', starter: 'I can take care of ' },
    },
    celebration: {
      noticed: { question: 'Something you did lately that I noticed and loved', starter: 'I loved it when you ' },
      hardTalk: { question: 'A hard conversation we handled well', starter: 'We talked about ' },
      respected: { question: 'A boundary that was respected', starter: 'Thank you for respecting ' },
      win: { question: 'A win, big or small', starter: 'Congratulations on ' },
    },
    support: {
      helpMe: { question: 'What would help me most right now?', starter: 'Right now, it would help me if you ' },
      supportYou: { question: 'How can I support you right now?', starter: 'I can support you by ' },
      goEasy: { question: 'What should we go easy on for a while?', starter: 'For a while, I would like us to go easy on ' },
    },
  } satisfies Record<string, Record<string, PromptWords>>,
};
