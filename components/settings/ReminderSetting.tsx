import { Show, createResource, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';

/**
 * The toolbar badge, explained, and the one choice about it: a notification
 * when something comes due. The browser's permission is the setting, so it
 * is asked for only when the box is ticked, and given back when it is not.
 */
export function ReminderSetting() {
  const app = useApp();
  const [allowed, { mutate }] = createResource(() => app.library.notificationsOn());
  const [refused, setRefused] = createSignal(false);

  const change = (event: Event & { currentTarget: HTMLInputElement }) => {
    const box = event.currentTarget;
    const wanted = box.checked;
    setRefused(false);
    // Called within the click itself: Firefox asks for a permission only then.
    void app.library.setNotifications(wanted).then((on) => {
      mutate(on);
      // The box shows what is so, not what was clicked: a refusal leaves it off.
      box.checked = on;
      setRefused(wanted && !on);
    });
  };

  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t.reminders.settings.title}</h2>
      <p class="help">{t.reminders.settings.about}</p>
      <label class="check">
        <input type="checkbox" checked={allowed() ?? false} disabled={allowed.loading} onChange={change} aria-describedby="notify-help" />
        {t.reminders.settings.notify}
      </label>
      <p id="notify-help" class="help">
        {t.reminders.settings.notifyHelp}
      </p>
      <Show when={refused()}>
        <p role="status">{t.reminders.settings.refused}</p>
      </Show>
    </section>
  );
}
