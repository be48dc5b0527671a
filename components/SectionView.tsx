import { For } from 'solid-js';
import type { Section } from '../lib/board/format';
import type { BoardSession } from '../lib/session/boardSession';
import type { BoardState } from '../lib/solid/createBoardState';
import type { PresenceState } from '../lib/solid/createPresence';
import { SECTION_COPY } from './copy';
import { focusItemText } from './focus';
import { ItemCard, type ItemDrag } from './ItemCard';

/** One section (region + heading + hint + its items + its add button). */
export function SectionView(props: {
  section: Section;
  session: BoardSession;
  state: BoardState;
  presence: PresenceState;
  announce: (message: string) => void;
}) {
  const copy = () => SECTION_COPY[props.section];
  const headingId = () => `section-${props.section}`;
  const ids = () => props.state.sectionIds(props.section);
  let addButton: HTMLButtonElement | undefined;

  // Drag and drop within this section; the dragged id cannot be read from
  // dataTransfer during dragover, so the section remembers it.
  let dragged: string | null = null;
  const drag: ItemDrag = {
    start(itemId, event) {
      dragged = itemId;
      event.dataTransfer?.setData('text/plain', '');
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    },
    accepts: () => dragged !== null,
    drop(targetId, after) {
      const moving = dragged;
      dragged = null;
      if (!moving || moving === targetId) return;
      const others = ids().filter((id) => id !== moving);
      const to = others.indexOf(targetId) + (after ? 1 : 0);
      props.session.moveItem(moving, to);
      props.announce(`Moved to position ${to + 1} of ${ids().length}.`);
    },
    end() {
      dragged = null;
    },
  };

  const add = () => {
    const id = props.session.addItem(props.section);
    focusItemText(id);
  };

  return (
    <section class="section" classList={{ [props.section]: true }} aria-labelledby={headingId()}>
      <h2 id={headingId()}>{copy().title}</h2>
      <p class="hint">{copy().hint}</p>
      <ul class="items">
        <For each={ids()}>
          {(id, index) => (
            <ItemCard
              id={id}
              index={index()}
              siblings={ids()}
              section={props.section}
              session={props.session}
              state={props.state}
              editors={props.presence.editorsOf(id)}
              drag={drag}
              announce={props.announce}
              onDeleted={(nextFocus) => (nextFocus ? focusItemText(nextFocus) : addButton?.focus())}
            />
          )}
        </For>
      </ul>
      <button type="button" class="add" ref={addButton} onClick={add}>
        {copy().addLabel}
      </button>
    </section>
  );
}
