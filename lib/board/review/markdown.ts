import type * as Y from 'yjs';
import { readCheckIns, scoreWords } from '@/lib/board/checkins';
import { consentState, readAllConsent } from '@/lib/board/agreement/consent';
import { isAgreementSection, type Section } from '@/lib/board/format';
import { readItems, readPeople } from '@/lib/board/read';
import { readAllReactions, REACTIONS } from '@/lib/board/reactions';
import { ROLE_NAMES } from '@/lib/board/agreement/roles';
import { readMeta } from '@/lib/board/meta';
import { type Trust } from '@/lib/board/agreement/trustTypes';

const SECTION_TITLES: Record<Section, string> = {
  boundary: 'Boundaries',
  expectation: 'Expectations',
  celebration: 'Celebrations',
  support: 'Support',
};

export interface MarkdownOptions {
  /** Which signatures verified: an agreement counts only when signed (trust.ts). */
  trust: Trust;
  /** This device's private notes, only when the person chose to include them. */
  privateNotes?: string;
  formatDate: (time: number) => string;
  now: number;
}

/** Text as Markdown that shows exactly these characters (no links, no markup from a peer). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);
}

/** Keeps a multi-line text inside its list item. */
const listItem = (text: string) => `- ${escapeMarkdown(text).split('\n').join('\n  ')}`;

/**
 * The board as a readable Markdown document: for printing, for a
 * therapist's records, for keeping. Everything a person sees on the board,
 * nothing of this device's settings or secrets.
 */
export function boardToMarkdown(doc: Y.Doc, options: MarkdownOptions): string {
  const meta = readMeta(doc);
  const title = meta.ok ? meta.value.title : 'Board';
  const people = readPeople(doc, options.trust);
  const partners = people.filter((person) => person.role === 'partner');
  const nameOf = (id: string | undefined) => people.find((person) => person.id === id)?.name ?? 'someone';
  const consent = readAllConsent(doc, options.trust);
  const reactions = readAllReactions(doc);
  const items = readItems(doc);
  const lines: string[] = [`# ${escapeMarkdown(title)}`, '', `Exported ${options.formatDate(options.now)}.`, ''];
  if (people.length > 0) {
    lines.push('People: ' + people.map((p) => `${escapeMarkdown(p.name)} (${ROLE_NAMES[p.role].toLowerCase()})`).join(', ') + '.', '');
  }
  for (const section of Object.keys(SECTION_TITLES) as Section[]) {
    const inSection = items.filter((item) => item.section === section && item.text.trim() !== '');
    if (inSection.length === 0) continue;
    lines.push(`## ${SECTION_TITLES[section]}`, '');
    for (const item of inSection) {
      lines.push(listItem(item.text));
      if (isAgreementSection(section)) {
        const state = consentState(item, consent.get(item.id) ?? [], partners);
        const words =
          state.kind === 'agreed'
            ? 'Agreed by everyone'
            : [state.changedSinceAgreed ? 'Changed since agreed' : '', ...state.waitingFor.map((p) => `waiting for ${p.name}`)]
                .filter(Boolean)
                .join('; ');
        if (words) lines.push(`  *${escapeMarkdown(words)}*`);
      }
      if (section === 'celebration') {
        const who = item.forPerson ? `For ${nameOf(item.forPerson)}, added` : 'Added';
        const cheers = (reactions.get(item.id) ?? []).map(
          (r) => `${nameOf(r.personId)}: ${REACTIONS.find((choice) => choice.key === r.reaction)!.words}`,
        );
        lines.push(`  *${escapeMarkdown([`${who} ${options.formatDate(item.createdAt)}`, ...cheers].join(' · '))}*`);
      }
    }
    lines.push('');
  }
  const checkIns = readCheckIns(doc);
  if (checkIns.length > 0) {
    lines.push('## Check-ins', '');
    for (const checkIn of checkIns) {
      const said = checkIn.statement ? `: “${checkIn.statement}”` : '';
      lines.push(listItem(`${options.formatDate(checkIn.at)}, ${nameOf(checkIn.personId)}: ${scoreWords(checkIn.score)}${said}`));
    }
    lines.push('');
  }
  if (options.privateNotes) lines.push('## My private notes', '', escapeMarkdown(options.privateNotes), '');
  return lines.join('\n');
}
