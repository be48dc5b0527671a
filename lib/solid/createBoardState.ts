import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { SECTIONS, type Section } from '../board/format';
import { makeBoardObserver } from '../board/observe';
import { compareOrder } from '../board/order';
import { readItem, readItems, readMeta, type ItemView } from '../board/read';
import { boardMaps } from '../board/schema';
import type { BoardSession } from '../session/boardSession';
import type { SaveStatus } from '../store/persistence';

export interface BoardState {
  title: Accessor<string>;
  /** Item ids of one section, in board order. Does not change when only text changes. */
  sectionIds(section: Section): string[];
  /** One item's fields; reading `.text` subscribes to that item's text only. */
  item(id: string): ItemView | undefined;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  saveStatus: Accessor<SaveStatus>;
}

/**
 * Mirrors a board session into fine-grained Solid state. Each Yjs change
 * re-reads only the items it touched and reconciles them field by field, so
 * typing in one item re-runs nothing that belongs to another. Must be called
 * inside a reactive owner; every observer it adds is removed on cleanup.
 */
export function createBoardState(session: BoardSession): BoardState {
  const { doc, undoManager, persistence } = session;
  const initial: Record<string, ItemView> = {};
  for (const item of readItems(doc)) initial[item.id] = item;
  const meta = readMeta(doc);
  const [state, setState] = createStore({ title: meta.ok ? meta.value.title : '', items: initial });

  onCleanup(
    makeBoardObserver(doc, (change) => {
      const { items } = boardMaps(doc);
      for (const id of change.items) {
        const view = readItem(id, items.get(id));
        if (!view) setState('items', id, undefined!);
        else if (state.items[id]) setState('items', id, reconcile(view));
        else setState('items', id, view);
      }
      if (change.meta) {
        const meta = readMeta(doc);
        if (meta.ok) setState('title', meta.value.title);
      }
    }),
  );

  const [canUndo, setCanUndo] = createSignal(undoManager.canUndo());
  const [canRedo, setCanRedo] = createSignal(undoManager.canRedo());
  const onStacks = () => {
    setCanUndo(undoManager.canUndo());
    setCanRedo(undoManager.canRedo());
  };
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
    undoManager.on(event, onStacks);
    onCleanup(() => undoManager.off(event, onStacks));
  }

  const [saveStatus, setSaveStatus] = createSignal(persistence.status());
  onCleanup(persistence.onStatus(setSaveStatus));

  // One memo per section, made here so they live exactly as long as this
  // state (a memo made lazily would belong to, and die with, its first reader).
  // They read only id, section and order of each item, never text.
  const sectionMemos = new Map<Section, Accessor<string[]>>(
    SECTIONS.map((section) => [
      section,
      createMemo(
        () =>
          Object.values(state.items)
            .filter((item) => item.section === section)
            .map((item) => ({ id: item.id, order: item.order }))
            .sort(compareOrder)
            .map((item) => item.id),
        [],
        { equals: sameIds },
      ),
    ]),
  );
  const sectionIds = (section: Section) => sectionMemos.get(section)?.() ?? [];

  return {
    title: () => state.title,
    sectionIds,
    item: (id) => state.items[id],
    canUndo,
    canRedo,
    saveStatus,
  };
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
