/**
 * The board document's vocabulary. See docs/board-format.md: bump
 * FORMAT_VERSION and add a migration whenever the shape below changes.
 */
export const FORMAT_VERSION = 1;

export const SECTIONS = ['boundary', 'expectation', 'celebration', 'support'] as const;
export type Section = (typeof SECTIONS)[number];

export const RELATIONSHIP_KINDS = ['partners', 'open-relationship', 'client-therapist', 'friends', 'co-workers', 'family'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Sections whose items are agreements: they need every partner's consent and come due for revisits. */
export const AGREEMENT_SECTIONS = ['boundary', 'expectation'] as const satisfies readonly Section[];
export const isAgreementSection = (section: Section): boolean => (AGREEMENT_SECTIONS as readonly Section[]).includes(section);

/**
 * Who someone is on a board (a person's entry and role-vote keys name it).
 * What each role may do is in agreement/roles.ts.
 */
export const ROLES = ['partner', 'facilitator', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const isSection = (value: unknown): value is Section => typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);

export const isRelationshipKind = (value: unknown): value is RelationshipKind =>
  typeof value === 'string' && (RELATIONSHIP_KINDS as readonly string[]).includes(value);

/** Bounds that keep one runaway paste from making a board unusable. */
export const MAX_TITLE_LENGTH = 80;
export const MAX_ITEM_TEXT_LENGTH = 4000;

/** Default rhythm of a board (days): agreements revisited every 3 months, a check-in every 2 weeks. */
export const DEFAULT_REVISIT_DAYS = 91;
export const DEFAULT_CHECK_IN_DAYS = 14;
export const MAX_CADENCE_DAYS = 731;
/** An optional "I" statement in a check-in, or a reaction's words, stay short. */
export const MAX_CHECK_IN_TEXT_LENGTH = 1000;
