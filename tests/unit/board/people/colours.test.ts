import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERSON_COLOURS } from '@/lib/board/people/colours';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * The page background in each theme, read from the stylesheet itself, so a
 * theme change that made a person's colour unreadable fails here. The chart
 * and the people list sit on the page background (no card around them).
 */
function backgrounds(): { light: string; dark: string } {
  const css = readFileSync('components/styles.css', 'utf8');
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const bg = (from: number) => /--bg:\s*(#[0-9a-f]{6})\s*;/i.exec(css.slice(from))?.[1];
  const light = bg(css.indexOf(':root {'));
  const dark = bg(darkAt);
  if (!light || !dark || darkAt < 0) throw new Error('components/styles.css no longer names --bg for both themes');
  return { light, dark };
}

describe('the palette of people’s colours', () => {
  it('reads at 3:1 or more against the page background in the light and the dark theme', () => {
    const { light, dark } = backgrounds();
    expect(light).toBe('#faf8f5');
    expect(dark).toBe('#1b1a18');
    for (const colour of PERSON_COLOURS) {
      expect(contrast(colour.value, light), `${colour.name} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour.value, dark), `${colour.name} on dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('names every colour once', () => {
    expect(new Set(PERSON_COLOURS.map((colour) => colour.value)).size).toBe(PERSON_COLOURS.length);
    expect(new Set(PERSON_COLOURS.map((colour) => colour.name)).size).toBe(PERSON_COLOURS.length);
  });
});
