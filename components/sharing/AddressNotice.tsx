import { Show, createResource, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';

/**
 * Said once per device, the first time a person invites or joins: the one
 * sentence naming the servers that will see this device's internet address
 * (from the settings in force), a way to Settings, and `Got it`, after which
 * it is never shown again on this device. `sentence` is asked again whenever
 * what it depends on changes (the code pasted so far).
 */
export function AddressNotice(props: { sentence: () => Promise<string>; dependsOn?: () => unknown }) {
  const app = useApp();
  const [dismissed, setDismissed] = createSignal(false);
  const [shown] = createResource(
    () => ({ on: props.dependsOn?.() }),
    async () => ((await app.library.addressNoticeDismissed()) ? null : props.sentence()),
  );
  const dismiss = async () => {
    setDismissed(true);
    await app.library.dismissAddressNotice();
  };
  return (
    <Show when={!dismissed() && shown()}>
      {(sentence) => (
        <div class="address-notice" role="note" aria-label={t.sharing.addressNotice}>
          <p>{sentence()}</p>
          <div class="actions">
            <button type="button" class="small" onClick={() => void dismiss()}>
              {t.sharing.gotIt}
            </button>
            <button type="button" class="small quiet" onClick={() => app.navigate({ view: 'settings' })}>
              {t.sharing.chooseServers}
            </button>
          </div>
        </div>
      )}
    </Show>
  );
}
