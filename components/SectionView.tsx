import { For } from 'solid-js';
import type { Section } from '../lib/board/format';
import type { BoardSession } from '../lib/session/boardSession';
import type { BoardState } from '../lib/solid/createBoardState';
import type { PresenceState } from '../lib/solid/createPresence';
import type { ConsentView } from '../lib/solid/createConsent';
import { SECTION_COPY } from './copy';
import { focusItemText } from './focus';
import { ItemCard } from './ItemCard';
import { makeSectionDrag } from './sectionDrag';

/** One section (region + heading + hint + its items + its add button). */
export function SectionView(props: {
  section: Section;
  session: BoardSession;
  state: BoardState;
  presence: PresenceState;
  consent: ConsentView;
  announce: (message: string) => void;
}) {
  const copy = () => SECTION_COPY[props.section];
  const headingId = () => `section-${props.section}`;
  const ids = () => props.state.sectionIds(props.section);
  let addButton: HTMLButtonElement | undefined;

  // eslint-disable-next-line solid/reactivity -- both are only called from drag event handlers
  const drag = makeSectionDrag(ids, (itemId, to) => {
    props.session.moveItem(itemId, to);
    props.announce(`Moved to position ${to + 1} of ${ids().length}.`);
  });

  const add = () => {
    const id = props.session.addItem(props.section);
    focusItemText(id);
  };

  return (
    <section class="section" classList={{ [props.section]: true }} aria-labelledby={headingId()}>
      <h2 id={headingId()}>{copy().title}</h2>
      <p class="hint">{copy().hint}</p>
      <ul
        class="items"
        onDragStart={drag.onDragStart}
        onDragOver={drag.onDragOver}
        onDragLeave={drag.onDragLeave}
        onDrop={drag.onDrop}
        onDragEnd={drag.onDragEnd}
      >
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
              consent={props.consent}
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
