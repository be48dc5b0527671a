import { For, Show } from 'solid-js';
import type { ItemView } from '../lib/board/read';
import { REACTIONS } from '../lib/board/reactions';
import { canEdit } from '../lib/board/roles';
import type { BoardSession } from '../lib/session/boardSession';
import type { ConsentView } from '../lib/solid/createConsent';
import type { ReactionsView } from '../lib/solid/createReactions';
import { formatDate } from './dates';

/** A celebration's date, who it is for, and each person's reaction to it. */
export function CelebrationFor(props: {
  item: ItemView;
  session: BoardSession;
  consent: ConsentView;
  reactions: ReactionsView;
}) {
  const editable = () => canEdit(props.consent.myRole());
  const forName = () => props.consent.people().find((person) => person.id === props.item.forPerson)?.name;
  const reactions = () => props.reactions.of(props.item.id);
  const mine = () => reactions().find((reaction) => reaction.personId === props.session.personId)?.reaction ?? null;
  const nameOf = (personId: string) => props.consent.people().find((person) => person.id === personId)?.name ?? 'Someone';
  const summary = () =>
    reactions()
      .map((reaction) => {
        const choice = REACTIONS.find((option) => option.key === reaction.reaction)!;
        return `${nameOf(reaction.personId)}: ${choice.symbol} ${choice.words}`;
      })
      .join(' · ');

  return (
    <div class="celebration-extras">
      <p class="item-date">
        Added {formatDate(props.item.createdAt)}
        <Show when={!editable() && forName()}>{(name) => <> · for {name()}</>}</Show>
      </p>
      <Show when={editable()}>
        <label class="inline">
          For
          <select
            value={props.item.forPerson ?? ''}
            onChange={(event) => props.session.setCelebrationFor(props.item.id, event.currentTarget.value || null)}
          >
            <option value="">Everyone</option>
            <For each={props.consent.people()}>{(person) => <option value={person.id}>{person.name}</option>}</For>
          </select>
        </label>
      </Show>
      <Show when={editable()}>
        <div class="reactions" role="group" aria-label="Your reaction">
          <For each={REACTIONS}>
            {(choice) => (
              <button
                type="button"
                class="small quiet reaction"
                aria-pressed={mine() === choice.key}
                onClick={() => props.session.react(props.item.id, mine() === choice.key ? null : choice.key)}
              >
                <span aria-hidden="true">{choice.symbol}</span> {choice.words}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={summary()}>
        <p class="reaction-summary" aria-label="Reactions">
          {summary()}
        </p>
      </Show>
    </div>
  );
}
