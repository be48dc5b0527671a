import { For, Show, createSignal } from 'solid-js';
import { canEdit } from '@/lib/board/agreement/roles';
import { PromptList } from '@/components/items/PromptList';
import { SECTIONS, type Section } from '@/lib/board/format';
import { t } from '@/lib/i18n/messages';
import { focusItemText } from '@/components/common/focus';
import { ItemCard } from '@/components/items/ItemCard';
import { ItemWords } from '@/components/items/ItemWords';
import { makeSectionDrag } from '@/components/items/sectionDrag';
import { isHintFolded, setHintFolded } from '@/components/common/foldedHints';
import { useBoard } from '@/components/board/boardContext';

/** One section (region + heading + hint + its items + its add button). */
export function SectionView(props: { section: Section }) {
  const { board, state, consent, reveal, announce } = useBoard();
  const copy = () => t.common.sections[props.section];
  const headingId = () => `section-${props.section}`;
  const ids = () => state.sectionIds(props.section);
  // Big boards render in steps (reveal.ts): the first items with their cards,
  // the others as their words until their cards are built.
  const cards = () => reveal.cardsIn(SECTIONS.indexOf(props.section));
  const shown = () => {
    const all = ids();
    return all.length > cards() ? all.slice(0, cards()) : all;
  };
  const wordsOnly = () => {
    const all = ids();
    return reveal.rest() && all.length > cards() ? all.slice(cards()) : [];
  };
  let addButton: HTMLButtonElement | undefined;

  // eslint-disable-next-line solid/reactivity -- both are only called from drag event handlers
  const drag = makeSectionDrag(ids, (itemId, to) => {
    board.moveItem(itemId, to);
    announce(t.items.moved(to + 1, ids().length));
  });

  const add = (text?: string) => {
    reveal.all();
    const id = board.addItem(props.section, text);
    // At the end of a prompt's starting words, ready to finish the sentence.
    focusItemText(id, text ? { start: text.length, end: text.length } : undefined);
  };
  const [prompting, setPrompting] = createSignal(false);
  const editable = () => canEdit(consent.myRole());

  return (
    <section class="section" classList={{ [props.section]: true }} aria-labelledby={headingId()}>
      <h2 id={headingId()}>{copy().title}</h2>
      {/* Open until this person folds it away; folded, one line brings it back. */}
      <details
        class="hint"
        open={!isHintFolded(props.section)}
        onToggle={(event) => setHintFolded(props.section, !event.currentTarget.open)}
      >
        <summary>{t.items.sections[props.section].about}</summary>
        <p>{copy().hint}</p>
      </details>
      <ul
        class="items"
        onDragStart={drag.onDragStart}
        onDragOver={drag.onDragOver}
        onDragLeave={drag.onDragLeave}
        onDrop={drag.onDrop}
        onDragEnd={drag.onDragEnd}
      >
        <For each={shown()}>
          {(id, index) => (
            <ItemCard
              id={id}
              index={index()}
              section={props.section}
              onDeleted={(nextFocus) => (nextFocus ? focusItemText(nextFocus) : addButton?.focus())}
            />
          )}
        </For>
        <For each={wordsOnly()}>{(id) => <ItemWords id={id} />}</For>
      </ul>
      <Show when={editable()}>
        <div class="section-actions">
          <button type="button" class="add" ref={addButton} onClick={() => add()}>
            {copy().addLabel}
          </button>
          <button type="button" class="quiet" aria-expanded={prompting()} onClick={() => setPrompting(!prompting())}>
            {t.items.addFromPrompt}
          </button>
        </div>
        <Show when={prompting()}>
          <PromptList
            section={props.section}
            kind={state.kind()}
            onPick={(prompt) => {
              setPrompting(false);
              add(prompt.starter);
            }}
          />
        </Show>
      </Show>
    </section>
  );
}
