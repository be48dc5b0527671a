import { For } from 'solid-js';
import type { PersonOnBoard } from '../lib/solid/createPresence';

/** Everyone who ever joined this board, each with their colour and whether they are here now. */
export function PeopleList(props: { people: PersonOnBoard[] }) {
  return (
    <ul class="people" aria-label="People on this board">
      <For each={props.people}>
        {(person) => (
          <li class="person" classList={{ here: person.here }}>
            <span class="person-dot" style={{ 'background-color': person.colour }} aria-hidden="true" />
            <span class="person-name">
              {person.name}
              {person.isMe ? ' (you)' : ''}
            </span>
            <span class="person-state">{person.here ? 'here now' : 'away'}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
