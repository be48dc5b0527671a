/**
 * The board document's vocabulary. See docs/board-format.md: bump
 * FORMAT_VERSION and add a migration whenever the shape below changes.
 */
export const FORMAT_VERSION = 1;

export const SECTIONS = ['boundary', 'expectation', 'celebration'] as const;
export type Section = (typeof SECTIONS)[number];

export const RELATIONSHIP_KINDS = [
  'partners',
  'open-relationship',
  'client-therapist',
  'friends',
  'co-workers',
  'family',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const isSection = (value: unknown): value is Section =>
  typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);

export const isRelationshipKind = (value: unknown): value is RelationshipKind =>
  typeof value === 'string' && (RELATIONSHIP_KINDS as readonly string[]).includes(value);

/** Bounds that keep one runaway paste from making a board unusable. */
export const MAX_TITLE_LENGTH = 80;
export const MAX_ITEM_TEXT_LENGTH = 4000;
