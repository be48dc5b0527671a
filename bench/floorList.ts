import type * as Y from 'yjs';

/** The floor pages' rendering: one plain list item per item of `doc`, appended to the page. */
export function listItems(doc: Y.Doc): HTMLUListElement {
  const list = document.createElement('ul');
  doc.getMap<Y.Map<unknown>>('items').forEach((item) => {
    const node = document.createElement('li');
    node.textContent = String(item.get('text'));
    list.append(node);
  });
  document.body.append(list);
  return list;
}
