import { createMemo, createRenderEffect } from 'solid-js';
import type { ItemView } from '@/lib/board/read';
import { REACTIONS } from '@/lib/board/reactions';
import { canEdit } from '@/lib/board/agreement/roles';
import { formatDate } from '@/components/common/dates';
import { useBoard } from '@/components/board/boardContext';

/**
 * A celebration's date, who it is for, and each person's reaction to it.
 * A board holds hundreds of these, so the parts an observer does not get are
 * hidden rather than created and destroyed, and the reaction buttons share
 * one effect (see bench/openBoard.measure.ts for what that saves).
 */
export function CelebrationFor(props: { item: () => ItemView }) {
  const { board, consent, reactions: allReactions } = useBoard();
  const id = () => props.item().id;
  const editable = () => canEdit(consent.myRole());
  const nameOf = (personId: string | undefined) => consent.people().find((person) => person.id === personId)?.name;
  const dateLine = () => {
    // Editors see (and change) who it is for in the select instead.
    const name = editable() ? undefined : nameOf(props.item().forPerson);
    return `Added ${formatDate(props.item().createdAt)}${name ? ` · for ${name}` : ''}`;
  };
  const reactions = () => allReactions.of(id());
  const mine = createMemo(() => reactions().find((reaction) => reaction.personId === board.personId)?.reaction ?? null);
  const summary = createMemo(() =>
    reactions()
      .map((reaction) => {
        const choice = REACTIONS.find((option) => option.key === reaction.reaction)!;
        return `${nameOf(reaction.personId) ?? 'Someone'}: ${choice.symbol} ${choice.words}`;
      })
      .join(' · '),
  );

  const buttons = REACTIONS.map(({ key, symbol, words }) => (
    <button type="button" class="small quiet reaction" onClick={() => board.react(id(), mine() === key ? null : key)}>
      <span aria-hidden="true">{symbol}</span> {words}
    </button>
  )) as HTMLButtonElement[];
  createRenderEffect(() => {
    const chosen = mine();
    buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(REACTIONS[i]!.key === chosen)));
  });

  // The options in one effect (not a <For>), re-made only when someone's name
  // changes or someone arrives: this runs for every celebration on the board,
  // and rebuilding all of them on each signature check cost ~300 ms on a join.
  const forPerson = createMemo(() => props.item().forPerson ?? '');
  const select = (<select onChange={(event) => board.setCelebrationFor(id(), event.currentTarget.value || null)} />) as HTMLSelectElement;
  createRenderEffect(() => {
    const people = consent.names();
    select.replaceChildren(new Option('Everyone', ''), ...people.map((person) => new Option(person.name, person.id)));
    select.value = forPerson();
  });

  return (
    <div class="celebration-extras">
      <p class="item-date" textContent={dateLine()} />
      <label class="inline" hidden={!editable()}>
        For
        {select}
      </label>
      <div class="reactions" role="group" aria-label="Your reaction" hidden={!editable()}>
        {buttons}
      </div>
      <p class="reaction-summary" aria-label="Reactions" hidden={!summary()} textContent={summary()} />
    </div>
  );
}
