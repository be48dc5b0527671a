import type * as Y from 'yjs';
import { readCheckIns, scoreWords } from '@/lib/board/checkins';
import { consentState, readAllConsent } from '@/lib/board/agreement/consent';
import { SECTIONS, isAgreementSection } from '@/lib/board/format';
import { readItems, readPeople } from '@/lib/board/read';
import { readAllReactions, REACTIONS } from '@/lib/board/reactions';
import { ROLE_NAMES } from '@/lib/board/agreement/roles';
import { readMeta } from '@/lib/board/meta';
import { type Trust } from '@/lib/board/agreement/trustTypes';
import { t } from '@/lib/i18n/messages';

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
 * nothing of this device's settings or secrets. Its headings and notes are
 * in the panel's language (t.history.file): it is written for people, and
 * nothing reads it back (board-peer and docs/interop.md make their own).
 */
export function boardToMarkdown(doc: Y.Doc, options: MarkdownOptions): string {
  const meta = readMeta(doc);
  const words = t.history.file;
  const title = meta.ok ? meta.value.title : words.untitled;
  const people = readPeople(doc, options.trust);
  const partners = people.filter((person) => person.role === 'partner');
  const nameOf = (id: string | undefined) => people.find((person) => person.id === id)?.name ?? words.someone;
  const consent = readAllConsent(doc, options.trust);
  const reactions = readAllReactions(doc);
  const items = readItems(doc);
  const lines: string[] = [`# ${escapeMarkdown(title)}`, '', words.exported(options.formatDate(options.now)), ''];
  if (people.length > 0) {
    lines.push(words.people(...people.map((p) => `${escapeMarkdown(p.name)} (${ROLE_NAMES[p.role].toLowerCase()})`)), '');
  }
  for (const section of SECTIONS) {
    const inSection = items.filter((item) => item.section === section && item.text.trim() !== '');
    if (inSection.length === 0) continue;
    lines.push(`## ${t.common.sections[section].title}`, '');
    for (const item of inSection) {
      lines.push(listItem(item.text));
      if (isAgreementSection(section)) {
        const state = consentState(item, consent.get(item.id) ?? [], partners);
        const standing =
          state.kind === 'agreed'
            ? t.history.agreedByEveryone
            : [state.changedSinceAgreed ? words.changedSinceAgreed : '', ...state.waitingFor.map((p) => words.waitingFor(p.name))]
                .filter(Boolean)
                .join('; ');
        if (standing) lines.push(`  *${escapeMarkdown(standing)}*`);
      }
      if (section === 'celebration') {
        const added = options.formatDate(item.createdAt);
        const when = item.forPerson ? words.addedFor(nameOf(item.forPerson), added) : words.added(added);
        const cheers = (reactions.get(item.id) ?? []).map(
          (r) => `${nameOf(r.personId)}: ${REACTIONS.find((choice) => choice.key === r.reaction)!.words}`,
        );
        lines.push(`  *${escapeMarkdown([when, ...cheers].join(' · '))}*`);
      }
    }
    lines.push('');
  }
  const checkIns = readCheckIns(doc);
  if (checkIns.length > 0) {
    lines.push(`## ${words.checkIns}`, '');
    for (const checkIn of checkIns) {
      const [date, name, score] = [options.formatDate(checkIn.at), nameOf(checkIn.personId), scoreWords(checkIn.score)];
      lines.push(listItem(checkIn.statement ? words.checkInSaid(date, name, score, checkIn.statement) : words.checkIn(date, name, score)));
    }
    lines.push('');
  }
  if (options.privateNotes) lines.push(`## ${t.history.myNotes}`, '', escapeMarkdown(options.privateNotes), '');
  return lines.join('\n');
}
