import type { Locator, Page } from 'playwright-core';

/** The text box of the expectation at `index` (top to bottom). */
export const expectationBox = (page: Page, index: number): Locator =>
  page.getByRole('region', { name: 'Expectations' }).getByRole('listitem').nth(index).getByRole('textbox');

/**
 * Puts the caret at `at` with the keyboard, as a person would after clicking
 * into the box (Ctrl+Home or Ctrl+End, then arrows), and selects `select`
 * letters to its right with Shift.
 */
export async function caretAt(page: Page, box: Locator, at: number, select = 0): Promise<void> {
  await box.click();
  const length = (await box.inputValue()).length;
  if (at <= length - at) {
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  } else {
    await page.keyboard.press('Control+End');
    for (let i = 0; i < length - at; i++) await page.keyboard.press('ArrowLeft');
  }
  for (let i = 0; i < select; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** Where the box's caret (or selection) is. */
export const selectionOf = (box: Locator): Promise<[number, number]> =>
  box.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd]);

/** A seeded head start: part of a scenario's timing, never a wait for a result. */
export const headStart = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Where, on screen, the caret would be before the letter at `index` of a
 * box's first line (its font measured on a canvas): for dragging words with
 * the mouse.
 */
export const pointAt = (box: Locator, index: number): Promise<{ x: number; y: number }> =>
  box.evaluate((el, at) => {
    const box = el as HTMLTextAreaElement;
    const style = getComputedStyle(box);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const rect = box.getBoundingClientRect();
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    return {
      x: rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + context.measureText(box.value.slice(0, at)).width,
      y: rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + line / 2,
    };
  }, index);
