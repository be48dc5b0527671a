import { For, createMemo } from 'solid-js';
import { wordDiff } from '@/lib/board/review/wordDiff';
import { t } from '@/lib/i18n/messages';

/** Words removed struck through, words added underlined, the rest as is; screen readers hear "added" and "removed". */
export function WordDiff(props: { before: string; after: string }) {
  const changes = createMemo(() => wordDiff(props.before, props.after));
  return (
    <span class="diff">
      <For each={changes()}>
        {(change) =>
          change.kind === 'added' ? (
            <ins>
              <span class="visually-hidden">{t.history.diffAdded}</span>
              {change.text}
            </ins>
          ) : change.kind === 'removed' ? (
            <del>
              <span class="visually-hidden">{t.history.diffRemoved}</span>
              {change.text}
            </del>
          ) : (
            <span>{change.text}</span>
          )
        }
      </For>
    </span>
  );
}
