import { For } from 'solid-js';
import { ROLE_MEANING, ROLE_NAMES } from '@/lib/board/agreement/roles';
import { ROLES, type Role } from '@/lib/board/format';
import { t } from '@/lib/i18n/messages';

/** `Invite as`: the role a code gives (invite or pairing), and what that role means. */
export function InviteAsField(props: { role: Role; onChange: (role: Role) => void; note?: string }) {
  return (
    <>
      <label>
        {t.sharing.inviteAs}
        <select value={props.role} onChange={(event) => props.onChange(event.currentTarget.value as Role)}>
          <For each={ROLES}>{(option) => <option value={option}>{ROLE_NAMES[option]}</option>}</For>
        </select>
      </label>
      <p class="help">
        {ROLE_MEANING[props.role]}
        {props.note ? ` ${props.note}` : ''}
      </p>
    </>
  );
}
