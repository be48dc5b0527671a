import { describe, expect, it } from 'vitest';
import { MARKER_SHAPES, markerPath } from '@/lib/board/people/markers';

/** The corners of a path that markerPath drew with M, L and Z (not the circle's arcs). */
const corners = (d: string) =>
  d
    .replace(/^M|Z$/g, '')
    .split('L')
    .map((point) => point.split(' ').map(Number) as [number, number]);

describe('marker shapes', () => {
  it('are all different drawings', () => {
    const drawn = MARKER_SHAPES.map((shape) => markerPath(shape, 0, 0, 4));
    expect(new Set(drawn).size).toBe(MARKER_SHAPES.length);
  });

  it('are centred where asked and stay within 1.5 radii of it (the legend’s box holds them)', () => {
    for (const shape of MARKER_SHAPES.filter((shape) => shape !== 'circle')) {
      const points = corners(markerPath(shape, 50, 20, 4));
      expect(points.length, shape).toBeGreaterThanOrEqual(3);
      for (const [x, y] of points) {
        expect(Number.isFinite(x) && Number.isFinite(y), shape).toBe(true);
        expect(Math.hypot(x - 50, y - 20), shape).toBeLessThanOrEqual(1.5 * 4 + 0.01);
      }
    }
    expect(markerPath('circle', 50, 20, 4)).toBe('M46 20a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z');
  });
});
