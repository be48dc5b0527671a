import { Show, createMemo } from 'solid-js';
import { AGREEMENT_SECTIONS } from '@/lib/board/format';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

/** How the board's boundaries and expectations stand, in one line. */
export function AgreementSummary() {
  const { state, consent } = useBoard();
  // One pass per change, shared by the four numbers below.
  const counts = createMemo(() => {
    let agreed = 0;
    let waiting = 0;
    let changed = 0;
    for (const section of AGREEMENT_SECTIONS) {
      for (const id of state.sectionIds(section)) {
        const text = state.item(id)?.text ?? '';
        const standing = consent.stateOf(id, text);
        if (standing.kind === 'agreed') agreed++;
        else if (standing.changedSinceAgreed) changed++;
        else waiting++;
      }
    }
    return { agreed, waiting, changed, total: agreed + waiting + changed };
  });
  return (
    <Show when={counts().total > 0}>
      <p class="agreement-summary" aria-label={t.board.agreements}>
        {t.board.agreementSummary(counts().agreed, counts().waiting, counts().changed)}
      </p>
    </Show>
  );
}
