import type { RelationshipKind, Section } from '@/lib/board/format';
import { t, type Messages } from '@/lib/i18n/messages';

/**
 * Starter prompts: a question worth answering together, and the words an
 * item starts with when someone picks it (an "I" statement to finish, not
 * a rule to accept). Written from the practice the board serves
 * (relationship-practice.md in the shared docs), in our own words; the
 * words are in lib/i18n/<language>/practice.ts, read when asked for, so
 * they come in the panel's language.
 */
export interface Prompt {
  question: string;
  starter: string;
}

type Kinds = readonly RelationshipKind[] | 'all';
const ALL: Kinds = 'all';
const ROMANTIC: Kinds = ['partners', 'open-relationship'];

type PromptWords = Messages['practice']['prompts'];
/** Which prompts each kind of relationship sees, in order: the words are the message files'. */
type PromptChoices = { [S in Section]: readonly { key: keyof PromptWords[S]; kinds: Kinds }[] };

const PROMPTS: PromptChoices = {
  boundary: [
    { key: 'safe', kinds: ALL },
    { key: 'shared', kinds: ALL },
    { key: 'space', kinds: ALL },
    { key: 'money', kinds: ROMANTIC },
    { key: 'closeness', kinds: ROMANTIC },
    { key: 'sexualHealth', kinds: ['open-relationship'] },
    { key: 'otherPartners', kinds: ['open-relationship'] },
    { key: 'private', kinds: ['client-therapist'] },
    { key: 'workHours', kinds: ['co-workers'] },
    { key: 'askFirst', kinds: ['family'] },
  ],
  expectation: [
    { key: 'available', kinds: ALL },
    { key: 'reply', kinds: ALL },
    { key: 'needs', kinds: ALL },
    { key: 'disagree', kinds: ALL },
    { key: 'decisions', kinds: ALL },
    { key: 'intention', kinds: ALL },
    { key: 'together', kinds: ROMANTIC },
    { key: 'payBack', kinds: ROMANTIC },
    { key: 'otherPartnersTime', kinds: ['open-relationship'] },
    { key: 'sessions', kinds: ['client-therapist'] },
    { key: 'betweenSessions', kinds: ['client-therapist'] },
    { key: 'seeEachOther', kinds: ['friends'] },
    { key: 'handOver', kinds: ['co-workers'] },
    { key: 'care', kinds: ['family'] },
  ],
  celebration: [
    { key: 'noticed', kinds: ALL },
    { key: 'hardTalk', kinds: ALL },
    { key: 'respected', kinds: ALL },
    { key: 'win', kinds: ALL },
  ],
  support: [
    { key: 'helpMe', kinds: ALL },
    { key: 'supportYou', kinds: ALL },
    { key: 'goEasy', kinds: ALL },
  ],
};

/** The prompts for one section on a board of one kind: first those for its kind, then those for everyone. */
export function promptsFor(section: Section, kind: RelationshipKind): Prompt[] {
  const choices: readonly { key: PropertyKey; kinds: Kinds }[] = PROMPTS[section];
  const words = t.practice.prompts[section] as Record<PropertyKey, Prompt>;
  const fits = choices.filter((prompt) => prompt.kinds !== 'all' && prompt.kinds.includes(kind));
  const general = choices.filter((prompt) => prompt.kinds === 'all');
  return [...fits, ...general].map(({ key }) => ({ question: words[key]!.question, starter: words[key]!.starter }));
}
