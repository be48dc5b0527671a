import { Show } from 'solid-js';
import type { Device } from '@/lib/store/device';
import type { AppContext } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';

/** The `Your name` field of the new-board and join forms: shown only until this device has a name. */
export function YourNameField(props: { shown: boolean; id: string }) {
  return (
    <Show when={props.shown}>
      <label>
        {t.settings.yourName}
        <input name="yourName" required maxLength={40} autocomplete="given-name" aria-describedby={props.id} />
      </label>
      <p id={props.id} class="help">
        {t.common.nameHelp}
      </p>
    </Show>
  );
}

/**
 * Saves the name typed into YourNameField, if the form asked for one.
 * Returns the device as it now is, or the message to show.
 */
export async function saveAskedName(app: AppContext, form: FormData): Promise<{ device: Device } | { error: string }> {
  const device = app.device();
  if (device.displayName) return { device };
  const saved = await app.library.saveDisplayName(String(form.get('yourName') ?? ''));
  if (!saved.ok) return { error: t.settings.yourNameProblem(saved.error) };
  const named = { ...device, displayName: saved.value };
  app.setDevice(named);
  return { device: named };
}
