import type { Locator, Page } from 'playwright-core';

export type SectionTitle = 'Boundaries' | 'Expectations' | 'Celebrations' | 'Support';

/** The texts of one section's items, top to bottom, as a screen reader would find them. */
export function sectionTexts(page: Page, section: SectionTitle): Promise<string[]> {
  return page
    .getByRole('region', { name: section })
    .getByRole('listitem')
    .getByRole('textbox')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
}

export async function boardTexts(page: Page): Promise<Record<SectionTitle, string[]>> {
  return {
    Boundaries: await sectionTexts(page, 'Boundaries'),
    Expectations: await sectionTexts(page, 'Expectations'),
    Celebrations: await sectionTexts(page, 'Celebrations'),
    Support: await sectionTexts(page, 'Support'),
  };
}

const ADD: Record<SectionTitle, string> = {
  Boundaries: 'Add boundary',
  Expectations: 'Add expectation',
  Celebrations: 'Add celebration',
  Support: 'Add support',
};

/** Adds an item with the section's button and types its text (the new box has focus). */
export async function addItem(page: Page, section: SectionTitle, text: string): Promise<void> {
  const items = page.getByRole('region', { name: section }).getByRole('listitem');
  const before = await items.count();
  await page.getByRole('button', { name: ADD[section] }).click();
  await items.nth(before).getByRole('textbox').waitFor();
  await page.keyboard.type(text);
}

/** Chooses an entry of an item's `Item actions` menu (ui-contract.md) with the mouse, as most people would. */
export async function itemAction(item: Locator, name: string): Promise<void> {
  await item.getByRole('button', { name: 'Item actions' }).click();
  await item.getByRole('menu', { name: 'Item actions' }).getByRole('menuitem', { name, exact: true }).click();
}
