import type { Role } from '@/lib/board/format';
import { plural } from '@/lib/i18n/format';

/**
 * The board model's words (lib/board): role names, the check-in scale,
 * reactions, colours, and the answers the model gives when a
 * name will not do. Shown across the panel, so plain and never judging.
 */
export const model = {
  /** A person whose name could not be read. */
  someone: 'Someone',
  /** A board whose title could not be read. */
  untitledBoard: 'Untitled board',
  nameMissing: 'Please give it a name.',
  /** `limit` is one more than the longest name kept. */
  nameTooLong: (limit: number) => plural(limit, { one: 'Please keep it under # character.', other: 'Please keep it under # characters.' }),
  roles: {
    partner: 'Partner',
    facilitator: 'Therapist or facilitator',
    observer: 'Observer',
  } satisfies Record<Role, string> as Record<Role, string>,
  /** What each role means, in the words the invite and the join form use. */
  roleMeanings: {
    partner: 'Partners are the parties to the agreements: they add and edit items, and agree to them.',
    facilitator: 'A therapist or facilitator guides the conversation and may add and edit items, but does not agree to them.',
    observer: 'An observer can read the board, but not change it.',
  } satisfies Record<Role, string> as Record<Role, string>,
  /** How someone feels about the relationship right now, from 1 to 5. */
  checkInScale: {
    struggling: 'Struggling',
    uneasy: 'Uneasy',
    okay: 'Okay',
    good: 'Good',
    thriving: 'Thriving',
  },
  /** A reaction to a celebration, shown with its symbol. */
  reactions: {
    cheer: 'Cheers',
    love: 'Love this',
    proud: 'So proud',
    thanks: 'Thank you',
  },
  /** People's colours, named for screen readers. */
  colours: {
    teal: 'Teal',
    plum: 'Plum',
    amber: 'Amber',
    blue: 'Blue',
    green: 'Green',
    red: 'Red',
    violet: 'Violet',
    olive: 'Olive',
  },
};
