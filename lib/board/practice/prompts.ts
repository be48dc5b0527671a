import type { RelationshipKind, Section } from '@/lib/board/format';

/**
 * Starter prompts: a question worth answering together, and the words an
 * item starts with when someone picks it (an "I" statement to finish, not
 * a rule to accept). Written from the practice the board serves
 * (relationship-practice.md in the shared docs), in our own words.
 */
export interface Prompt {
  question: string;
  starter: string;
}

type Kinds = readonly RelationshipKind[] | 'all';
const ALL: Kinds = 'all';
const ROMANTIC: Kinds = ['partners', 'open-relationship'];

const PROMPTS: Record<Section, readonly (Prompt & { kinds: Kinds })[]> = {
  boundary: [
    { kinds: ALL, question: 'What do I need in order to feel safe and respected?', starter: 'I need ' },
    { kinds: ALL, question: 'What may be shared with others about us, and with whom?', starter: 'I am comfortable with others knowing ' },
    { kinds: ALL, question: 'How much time and space of my own do I need?', starter: 'I need time for myself when ' },
    { kinds: ROMANTIC, question: 'What about money feels fair to me?', starter: 'When it comes to money, I need ' },
    { kinds: ROMANTIC, question: 'What emotional closeness with other people am I comfortable with?', starter: 'I feel at ease when ' },
    { kinds: ['open-relationship'], question: 'What do I need around sexual health?', starter: 'For my sexual health, I need ' },
    {
      kinds: ['open-relationship'],
      question: 'What do I need to know about other partners, and when?',
      starter: 'I would like to hear about new partners ',
    },
    {
      kinds: ['client-therapist'],
      question: 'What do I want kept private, even from this board?',
      starter: 'I would rather not write down ',
    },
    { kinds: ['co-workers'], question: 'Which hours are mine, not work’s?', starter: 'I am not available for work ' },
    {
      kinds: ['family'],
      question: 'Which topics do I need to be asked about before they are raised?',
      starter: 'I feel respected when I am asked before ',
    },
  ],
  expectation: [
    { kinds: ALL, question: 'When and how are we available to each other?', starter: 'I can usually be reached ' },
    { kinds: ALL, question: 'If I send a message, when do I hope for a reply?', starter: 'When I message you, I hope for a reply ' },
    {
      kinds: ALL,
      question: 'How do I tell you what I need, and how would I like you to respond?',
      starter: 'When I need something, I will ',
    },
    { kinds: ALL, question: 'How do we handle a disagreement?', starter: 'When we disagree, I would like us to ' },
    { kinds: ALL, question: 'How do we make decisions that affect us both?', starter: 'For decisions that affect us both, I would like ' },
    { kinds: ALL, question: 'One small, concrete intention for the coming weeks', starter: 'In the coming weeks, I intend to ' },
    { kinds: ROMANTIC, question: 'How much time together, and how much apart?', starter: 'Time together that matters to me is ' },
    {
      kinds: ROMANTIC,
      question: 'If one of us pays, do we expect to be paid back?',
      starter: 'When I pay for something for both of us, I expect ',
    },
    {
      kinds: ['open-relationship'],
      question: 'How is our time shared with other partners?',
      starter: 'Time with other partners works for me when ',
    },
    {
      kinds: ['client-therapist'],
      question: 'How do our sessions run: time, lateness, cancelling?',
      starter: 'For our sessions, I expect ',
    },
    { kinds: ['client-therapist'], question: 'What happens between sessions?', starter: 'Between sessions, I will ' },
    { kinds: ['friends'], question: 'How often do we want to see each other?', starter: 'I would love to see each other ' },
    { kinds: ['co-workers'], question: 'How do we hand work over to each other?', starter: 'When I hand work over to you, I will ' },
    { kinds: ['family'], question: 'How do we share the care and the chores?', starter: 'I can take care of ' },
  ],
  celebration: [
    { kinds: ALL, question: 'Something you did lately that I noticed and loved', starter: 'I loved it when you ' },
    { kinds: ALL, question: 'A hard conversation we handled well', starter: 'We talked about ' },
    { kinds: ALL, question: 'A boundary that was respected', starter: 'Thank you for respecting ' },
    { kinds: ALL, question: 'A win, big or small', starter: 'Congratulations on ' },
  ],
  support: [
    { kinds: ALL, question: 'What would help me most right now?', starter: 'Right now, it would help me if you ' },
    { kinds: ALL, question: 'How can I support you right now?', starter: 'I can support you by ' },
    { kinds: ALL, question: 'What should we go easy on for a while?', starter: 'For a while, I would like us to go easy on ' },
  ],
};

/** The prompts for one section on a board of one kind: first those for its kind, then those for everyone. */
export function promptsFor(section: Section, kind: RelationshipKind): Prompt[] {
  const fits = PROMPTS[section].filter((prompt) => prompt.kinds !== 'all' && prompt.kinds.includes(kind));
  const general = PROMPTS[section].filter((prompt) => prompt.kinds === 'all');
  return [...fits, ...general].map(({ question, starter }) => ({ question, starter }));
}
