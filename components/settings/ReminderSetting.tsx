import { Show, createResource, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';

const REFUSED =
  'Your browser did not allow notifications, so they stay off. The number on the Common Ground button still shows what is due.';

/**
 * The toolbar badge, explained, and the one choice about it: a notification
 * when something comes due. The browser's permission is the setting, so it
 * is asked for only when the box is ticked, and given back when it is not.
 */
export function ReminderSetting() {
  const app = useApp();
  const [allowed, { mutate }] = createResource(() => app.library.notificationsOn());
  const [message, setMessage] = createSignal('');

  const change = (event: Event & { currentTarget: HTMLInputElement }) => {
    const box = event.currentTarget;
    const wanted = box.checked;
    setMessage('');
    // Called within the click itself: Firefox asks for a permission only then.
    void app.library.setNotifications(wanted).then((on) => {
      mutate(on);
      // The box shows what is so, not what was clicked: a refusal leaves it off.
      box.checked = on;
      if (wanted && !on) setMessage(REFUSED);
    });
  };

  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <p class="help">
        The number on the Common Ground button in your browser’s toolbar counts the agreements due for a revisit and the check-ins due on
        your boards on this device. It is worked out on this device; nothing is sent anywhere.
      </p>
      <label class="check">
        <input type="checkbox" checked={allowed() ?? false} disabled={allowed.loading} onChange={change} aria-describedby="notify-help" />
        Notify me when a revisit or check-in is due
      </label>
      <p id="notify-help" class="help">
        A short note from your browser, once for each thing as it comes due. It never shows a board’s name or words. Your browser asks you
        first.
      </p>
      <Show when={message()}>
        <p role="status">{message()}</p>
      </Show>
    </section>
  );
}
