import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { readCheckIns, type CheckIn } from '@/lib/board/checkins';
import { DEFAULT_CHECK_IN_DAYS } from '@/lib/board/format';
import { makeBoardObserver } from '@/lib/board/observe';
import { boardMap } from '@/lib/board/schema';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { readMeta } from '@/lib/board/meta';

export interface CheckInsView {
  all: Accessor<CheckIn[]>;
  everyDays: Accessor<number>;
}

/** The board's check-ins and their cadence as Solid state. */
export function createCheckIns(board: BoardHandle): CheckInsView {
  const { doc } = board;
  const map = boardMap(doc, 'checkIns');
  const cadence = () => {
    const meta = readMeta(doc);
    return meta.ok ? meta.value.checkInEveryDays : DEFAULT_CHECK_IN_DAYS;
  };
  const [all, setAll] = createSignal(readCheckIns(doc));
  const [everyDays, setEveryDays] = createSignal(cadence());
  const onChange = () => setAll(readCheckIns(doc));
  map.observe(onChange);
  onCleanup(() => map.unobserve(onChange));
  onCleanup(makeBoardObserver(doc, (change) => change.meta && setEveryDays(cadence())));
  return { all, everyDays };
}
