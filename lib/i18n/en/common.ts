import type { RelationshipKind, Section } from '@/lib/board/format';

export interface SectionWords {
  /** Region and heading name (ui-contract.md). */
  title: string;
  /** Accessible name of each item's text box (ui-contract.md). */
  itemLabel: string;
  /** Accessible name of the add button (ui-contract.md). */
  addLabel: string;
  hint: string;
  placeholder: string;
}

/** Words used across the panel. People open this in tender moments: warm, plain, never judging. */
export const common = {
  appName: 'Common Ground',
  emptyBoards:
    'A board is a shared, living record of what you each need, what you hope for from each other, and what you are glad about, kept on this device and shared only with the people you invite.',
  kinds: {
    partners: 'Partners',
    'open-relationship': 'Open relationship',
    'client-therapist': 'Client and therapist',
    friends: 'Friends',
    'co-workers': 'Co-workers',
    family: 'Family',
  } satisfies Record<RelationshipKind, string> as Record<RelationshipKind, string>,
  sections: {
    boundary: {
      title: 'Boundaries',
      itemLabel: 'Boundary',
      addLabel: 'Add boundary',
      hint: 'What each of you needs to feel safe and respected, and the limits you will hold. They work best in your own voice ("I need…", "I feel… when…") and when everyone has agreed to them.',
      placeholder: 'I need… / I feel… when…',
    },
    expectation: {
      title: 'Expectations',
      itemLabel: 'Expectation',
      addLabel: 'Add expectation',
      hint: 'The unspoken rules, said out loud: when you are there for each other, how you raise a need, how you work through a disagreement, how you share time together and apart. Small, concrete ones help most.',
      placeholder: 'If I text you during the day, I hope for a reply by the evening.',
    },
    celebration: {
      title: 'Celebrations',
      itemLabel: 'Celebration',
      addLabel: 'Add celebration',
      hint: 'The good moments worth noticing: a new job, a hard conversation handled with care, a boundary kept. Say who it is for, and cheer each other on.',
      placeholder: 'You handled a difficult talk with so much care this week.',
    },
    support: {
      title: 'Support',
      itemLabel: 'Support',
      addLabel: 'Add support',
      hint: 'For walking together through a hard time: how I can support you right now, and what would help me. These change as life does; no one needs to sign them off.',
      placeholder: 'Right now it would help me if you asked how my day went.',
    },
  } as Record<Section, SectionWords>,
  nameHelp: 'The name the people you share a board with will see. It stays on this device until you share a board.',
  language: 'Language',
  languageAutomatic: 'Your browser’s language',
  languageHelp: 'Each person chooses for their own device. The words written on a board stay as they were written.',
  justNow: 'just now',
};
