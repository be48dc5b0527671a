/**
 * Text boxes that grow with their text. Where the browser can do it in CSS
 * (`field-sizing: content`), it does, at no cost. Elsewhere heights are set
 * in one batch per frame: all writes, one layout, all reads. Measuring each
 * box as it mounts would force a layout per item, which made a 5,000-item
 * board take tens of seconds to open.
 */
const cssCanSize = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
const queued = new Set<HTMLTextAreaElement>();
let frame = 0;

export function autosize(el: HTMLTextAreaElement): void {
  if (cssCanSize) return;
  queued.add(el);
  frame ||= requestAnimationFrame(flush);
}

function flush() {
  frame = 0;
  const boxes = [...queued].filter((el) => el.isConnected);
  queued.clear();
  for (const el of boxes) el.style.height = 'auto';
  const heights = boxes.map((el) => el.scrollHeight);
  boxes.forEach((el, i) => (el.style.height = `${heights[i]}px`));
}
