import { For, onMount } from 'solid-js';
import { createFormSubmit } from '@/components/common/formSubmit';
import { RELATIONSHIP_KINDS, type RelationshipKind, ROLES, type Role } from '@/lib/board/format';
import { ROLE_NAMES } from '@/lib/board/agreement/roles';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';
import { YourNameField, saveAskedName } from '@/components/settings/YourNameField';
import { FormEnd } from '@/components/common/FormEnd';

/** Name and kind of a new board; asks for the person's own name once per device. */
export function NewBoardForm(props: { onCancel: () => void }) {
  const app = useApp();
  const needsName = !app.device().displayName;
  let nameInput: HTMLInputElement | undefined;
  onMount(() => nameInput?.focus());

  const { submit, error, busy } = createFormSubmit(async (form) => {
    const named = await saveAskedName(app, form);
    if ('error' in named) return named.error;
    const kind = String(form.get('kind')) as RelationshipKind;
    const role = String(form.get('role')) as Role;
    const created = await app.library.createBoard(String(form.get('name') ?? ''), kind, named.device, role);
    if (!created.ok) return t.boards.boardNameProblem(created.error);
    app.navigate({ view: 'board', boardId: created.value.id });
  }, 'could not create a board');

  return (
    <form class="card form" onSubmit={submit} aria-label={t.boards.newBoard}>
      <label>
        {t.boards.boardName}
        <input ref={nameInput} name="name" required maxLength={80} autocomplete="off" placeholder={t.boards.boardNamePlaceholder} />
      </label>
      <label>
        {t.boards.relationship}
        <select name="kind">
          <For each={RELATIONSHIP_KINDS}>{(kind) => <option value={kind}>{t.common.kinds[kind]}</option>}</For>
        </select>
      </label>
      <label>
        {t.boards.yourRole}
        <select name="role" aria-describedby="role-help">
          <For each={ROLES}>{(role) => <option value={role}>{ROLE_NAMES[role]}</option>}</For>
        </select>
      </label>
      <p class="help" id="role-help">
        {t.boards.roleHelp}
      </p>
      <YourNameField shown={needsName} id="name-help" />
      <FormEnd error={error()} busy={busy()} submit={t.boards.createBoard} leave={t.boards.cancel} onLeave={() => props.onCancel()} />
    </form>
  );
}
