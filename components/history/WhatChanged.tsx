import { For, Show } from 'solid-js';
import type { BoardChange } from '@/lib/board/review/changes';
import type { ChangesSince } from '@/lib/solid/createChanges';
import { t } from '@/lib/i18n/messages';
import { formatDate } from '@/components/common/dates';
import { WordDiff } from '@/components/history/WordDiff';
import { useBoard } from '@/components/board/boardContext';

/** What changed on the board since this person's last session, and by whom. */
export function WhatChanged(props: { since: ChangesSince; onHide: () => void }) {
  const { board, consent } = useBoard();
  /** "Added by Sam", "Added by you", "Added": a whole phrase per kind and person, for languages that say who first. */
  const verb = (change: BoardChange) => {
    const words = t.history.changes[change.kind];
    const id = 'by' in change ? change.by : undefined;
    if (!id) return words.byNobody;
    if (id === board.personId) return words.byYou;
    const name = consent.people().find((person) => person.id === id)?.name;
    return name === undefined ? words.bySomeone : name ? words.by(name) : words.byNobody;
  };
  const sessionPeople = () => props.since.session.people.map((person) => (person.id === board.personId ? t.history.you : person.name));
  return (
    <section class="card what-changed" aria-labelledby="what-changed-title">
      <h2 id="what-changed-title">{t.history.whatChanged}</h2>
      <p class="help">
        {sessionPeople().length > 1
          ? t.history.sinceWith(formatDate(props.since.session.endedAt), ...sessionPeople())
          : t.history.since(formatDate(props.since.session.endedAt))}
      </p>
      <Show when={props.since.changes.length > 0} fallback={<p>{t.history.nothingChanged}</p>}>
        <ul class="change-list" aria-label={t.history.changesLabel}>
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
        {t.history.hide}
      </button>
    </section>
  );
}
