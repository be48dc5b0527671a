import { createSignal, onCleanup, type Accessor, type Setter } from 'solid-js';
import { SECTIONS, type RelationshipKind, type Section } from '@/lib/board/format';
import { makeBoardObserver } from '@/lib/board/observe';
import { compareOrder, type Ordered } from '@/lib/board/order';
import { readItem, readItems, sameItemView, type ItemView } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { SaveStatus } from '@/lib/store/persistence';
import { readMeta } from '@/lib/board/meta';

export interface BoardState {
  title: Accessor<string>;
  /** The relationship kind, for the prompts that fit it. */
  kind: Accessor<RelationshipKind>;
  /** Item ids of one section, in board order. Does not change when only text changes. */
  sectionIds(section: Section): string[];
  /** One item's fields; subscribes to that item only. */
  item(id: string): ItemView | undefined;
  /**
   * Goes up with every change to one item, even one that leaves its fields
   * as they were (a letter retyped as it was, an undo that restores the same
   * words): its text box must hear of every change to the characters it shows.
   */
  revision(id: string): number;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  saveStatus: Accessor<SaveStatus>;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
/**
 * Mirrors an open board into fine-grained Solid state: one signal per
 * item, one per section list. Each Yjs change re-reads only the items it
 * touched, so typing in one item re-runs nothing that belongs to another
 * (plain signals, not a store: proxying 1,000 items cost ~30 ms). Section lists
 * are signals recomputed only when an item of that section is added,
 * removed or moved. Must be called inside a reactive owner; every observer
 * it adds is removed on cleanup.
 */
export function createBoardState(board: BoardHandle): BoardState {
  const { doc, undoManager, persistence } = board;
  const initial = readItems(doc);
  const meta = readMeta(doc);
  const [title, setTitle] = createSignal(meta.ok ? meta.value.title : '');
  const [kind, setKind] = createSignal<RelationshipKind>(meta.ok ? meta.value.kind : 'partners');
  const views = new Map<string, [Accessor<ItemView>, Setter<ItemView>]>(
    initial.map((item) => [item.id, createSignal(item, { equals: sameItemView })]),
  );

  // Where each item sits, kept outside the store so recomputing a section
  // subscribes to nothing.
  const placement = new Map<string, Ordered & { section: Section }>(initial.map(({ id, order, section }) => [id, { id, order, section }]));
  const idsOf = (section: Section) =>
    [...placement.values()]
      .filter((place) => place.section === section)
      .sort(compareOrder)
      .map((place) => place.id);
  const sections = new Map<Section, [Accessor<string[]>, Setter<string[]>]>(
    SECTIONS.map((section) => [section, createSignal(idsOf(section), { equals: sameIds })]),
  );

  // Made when a text box asks for one (so only for items on screen).
  const revisions = new Map<string, [Accessor<number>, Setter<number>]>();

  onCleanup(
    makeBoardObserver(doc, (change) => {
      const { items } = boardMaps(doc);
      const moved = new Set<Section>();
      for (const id of change.items) {
        const view = readItem(id, items.get(id));
        revisions.get(id)?.[1]((n) => n + 1);
        // A deleted item's box is gone with it.
        if (!view) revisions.delete(id);
        const before = placement.get(id);
        if (before && (!view || view.section !== before.section || view.order !== before.order)) {
          moved.add(before.section);
        }
        if (!view) {
          placement.delete(id);
          views.delete(id);
          continue;
        }
        if (!before || before.section !== view.section || before.order !== view.order) moved.add(view.section);
        placement.set(id, { id, order: view.order, section: view.section });
        const signal = views.get(id);
        if (signal) signal[1](view);
        else views.set(id, createSignal(view, { equals: sameItemView }));
      }
      for (const section of moved) sections.get(section)?.[1](idsOf(section));
      if (change.meta) {
        const next = readMeta(doc);
        if (next.ok) {
          setTitle(next.value.title);
          setKind(next.value.kind);
        }
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

  return {
    title,
    kind,
    sectionIds: (section) => sections.get(section)?.[0]() ?? [],
    item: (id) => views.get(id)?.[0](),
    revision(id) {
      let revision = revisions.get(id);
      if (!revision) revisions.set(id, (revision = createSignal(0)));
      return revision[0]();
    },
    canUndo,
    canRedo,
    saveStatus,
  };
}
