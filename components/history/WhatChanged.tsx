import { For, Show } from 'solid-js';
import type { BoardChange } from '@/lib/board/review/changes';
import type { ChangesSince } from '@/lib/solid/createChanges';
import { t } from '@/lib/i18n/messages';
import { formatDate } from '@/components/common/dates';
import { WordDiff } from '@/components/history/WordDiff';
import { useBoard } from '@/components/board/boardContext';

const VERBS: Record<BoardChange['kind'], string> = {
  added: 'Added',
  celebrated: 'Celebrated',
  edited: 'Edited',
  removed: 'Removed',
  agreed: 'Agreed',
  withdrawn: 'Withdrew agreement',
};

/** What changed on the board since this person's last session, and by whom. */
export function WhatChanged(props: { since: ChangesSince; onHide: () => void }) {
  const { board, consent } = useBoard();
  const nameOf = (id: string | undefined) =>
    id === board.personId ? 'you' : (consent.people().find((person) => person.id === id)?.name ?? (id ? 'someone' : ''));
  const verb = (change: BoardChange) => {
    const who = 'by' in change ? nameOf(change.by) : '';
    return who ? `${VERBS[change.kind]} by ${who}` : VERBS[change.kind];
  };
  return (
    <section class="card what-changed" aria-labelledby="what-changed-title">
      <h2 id="what-changed-title">What changed since last session</h2>
      <p class="help">
        Since {formatDate(props.since.session.endedAt)}
        {props.since.session.people.length > 1
          ? `, with ${props.since.session.people.map((person) => (person.id === board.personId ? 'you' : person.name)).join(', ')}`
          : ''}
        .
      </p>
      <Show when={props.since.changes.length > 0} fallback={<p>Nothing has changed since then.</p>}>
        <ul class="change-list" aria-label="Changes since last session">
          <For each={props.since.changes}>
            {(change) => (
              <li>
                <span class="change-verb">
                  {verb(change)} ({t.common.sections[change.item.section].itemLabel.toLowerCase()}):
                </span>{' '}
                <Show when={change.kind === 'edited' && change} fallback={<q>{change.item.text}</q>}>
                  {(edit) => <WordDiff before={edit().before} after={edit().item.text} />}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <button type="button" class="small quiet" onClick={() => props.onHide()}>
        Hide
      </button>
    </section>
  );
}
