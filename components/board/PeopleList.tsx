import { For, Show, createMemo, createSignal } from 'solid-js';
import { ROLE_NAMES } from '@/lib/board/agreement/roles';
import type { PersonOnBoard } from '@/lib/solid/createPresence';
import { useBoard } from '@/components/board/boardContext';
import { PersonMark } from '@/components/common/PersonMark';
import { ROLES, type Role } from '@/lib/board/format';

/**
 * Everyone who ever joined this board, each with their colour and marker
 * (as the chart draws them), role and whether they are here now; and role
 * changes, which take effect once every partner has agreed to them.
 */
export function PeopleList() {
  const { presence } = useBoard();
  // Rows are kept per person, not per snapshot of them: a presence change
  // (someone arriving, a name) makes new person objects, and keying rows by
  // those re-made every row, closing a role suggestion being written.
  const ids = createMemo(() => presence.people().map((person) => person.id), [], {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  return (
    <ul class="people" aria-label="People on this board">
      <For each={ids()}>{(id) => <PersonRow id={id} />}</For>
    </ul>
  );
}

function PersonRow(props: { id: string }) {
  const { board, consent, presence } = useBoard();
  // The person as they are now (the last seen, while a leaving row is removed).
  let last: PersonOnBoard | undefined;
  const person = (): PersonOnBoard => (last = presence.people().find((entry) => entry.id === props.id) ?? last)!;
  const [suggesting, setSuggesting] = createSignal(false);
  const invitedMe = () => {
    const inviter = consent.inviter();
    return inviter?.kind === 'confirmed' && inviter.personId === person().id;
  };
  const changes = () => consent.roleChangesFor(person().id);
  const nameOf = (personId: string) =>
    personId === board.personId ? 'you' : (consent.people().find((person) => person.id === personId)?.name ?? 'someone');
  const roleWords = (role: Role) => ROLE_NAMES[role].toLowerCase();
  const suggest = (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const role = new FormData(event.currentTarget).get('role');
    if (typeof role === 'string' && (ROLES as readonly string[]).includes(role)) {
      void board.voteForRole(person().id, role as Role);
    }
    setSuggesting(false);
  };

  return (
    <li class="person" classList={{ here: person().here }}>
      <div class="person-line">
        <PersonMark colour={person().colour} marker={person().marker} />
        <span class="person-name">
          {person().name}
          {person().isMe ? ' (you)' : ''}
        </span>
        <span class="person-role">{ROLE_NAMES[person().role]}</span>
        <Show when={invitedMe()}>
          <span class="person-state">invited you · confirmed by their key</span>
        </Show>

        <span class="person-state">{person().here ? 'here now' : 'away'}</span>
        <Show when={consent.canVoteOnRoles() && !suggesting()}>
          <button
            type="button"
            class="small quiet"
            aria-label={`Change role for ${person().isMe ? 'yourself' : person().name}`}
            onClick={() => setSuggesting(true)}
          >
            Change role
          </button>
        </Show>
      </div>
      <Show when={consent.checked() && !person().verified && !person().isMe && consent.people().some((known) => known.id === person().id)}>
        <p class="person-note">
          Not confirmed yet: their device has not signed their place on this board. Until it does, they count as a partner, so nothing is
          agreed without them, and agreements in their name do not count.
        </p>
      </Show>
      <For each={changes()}>
        {(change) => {
          const mine = () => change.agreed.includes(board.personId);
          return (
            <div class="role-change">
              <p class="help">
                Suggested: {person().isMe ? 'you become' : `${person().name} becomes`} {roleWords(change.role)}. Agreed by{' '}
                {change.agreed.map(nameOf).join(', ')}; waiting for {change.waiting.map(nameOf).join(', ')}.
              </p>
              <Show when={consent.canVoteOnRoles()}>
                <Show
                  when={mine()}
                  fallback={
                    <button type="button" class="small" onClick={() => void board.voteForRole(person().id, change.role)}>
                      Agree that {person().isMe ? 'you become' : `${person().name} becomes`} {roleWords(change.role)}
                    </button>
                  }
                >
                  <button type="button" class="small quiet" onClick={() => void board.withdrawRoleVote(person().id, change.role)}>
                    Take back my agreement
                  </button>
                </Show>
              </Show>
            </div>
          );
        }}
      </For>
      <Show when={suggesting()}>
        <form class="role-form" onSubmit={suggest}>
          <label>
            New role for {person().isMe ? 'you' : person().name}
            <select name="role" ref={(el) => queueMicrotask(() => el.focus())}>
              <For each={ROLES.filter((role) => role !== person().role)}>{(role) => <option value={role}>{ROLE_NAMES[role]}</option>}</For>
            </select>
          </label>
          <p class="help">It changes once every partner has agreed.</p>
          <div class="actions">
            <button type="submit" class="small">
              Suggest
            </button>
            <button type="button" class="small quiet" onClick={() => setSuggesting(false)}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
    </li>
  );
}
