/**
 * The shapes that mark each person's check-ins on the chart and stand
 * beside their name, so the chart reads without colour (in grayscale, or for
 * someone who does not tell Teal from Green). Filled shapes only, at sizes
 * that stay tellable apart at 8 px: outlines and small differences (a
 * pentagon beside a circle) blur at that size.
 */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'cross', 'star'] as const;

export type MarkerShape = (typeof MARKER_SHAPES)[number];

type Point = readonly [number, number];

const round = (n: number) => Math.round(n * 100) / 100;
const polygon = (points: readonly Point[]) => `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
const rotate = (points: readonly Point[], turn: number): Point[] =>
  points.map(([x, y]) => [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)]);

/** A plus of arm half-width `w` and reach `r`, centred on the origin. */
const plusPoints = (r: number, w: number): Point[] => [
  [-w, -r],
  [w, -r],
  [w, -w],
  [r, -w],
  [r, w],
  [w, w],
  [w, r],
  [-w, r],
  [-w, w],
  [-r, w],
  [-r, -w],
  [-w, -w],
];

/**
 * Each shape around the origin for a marker of radius `r`, sized so their
 * areas are roughly alike: no one's points look heavier than another's.
 */
const SHAPES: Record<Exclude<MarkerShape, 'circle'>, (r: number) => Point[]> = {
  square: (r) => [
    [-0.88 * r, -0.88 * r],
    [0.88 * r, -0.88 * r],
    [0.88 * r, 0.88 * r],
    [-0.88 * r, 0.88 * r],
  ],
  triangle: (r) => [
    [0, -1.3 * r],
    [1.2 * r, 0.8 * r],
    [-1.2 * r, 0.8 * r],
  ],
  diamond: (r) => [
    [0, -1.25 * r],
    [1.25 * r, 0],
    [0, 1.25 * r],
    [-1.25 * r, 0],
  ],
  'triangle-down': (r) => [
    [0, 1.3 * r],
    [-1.2 * r, -0.8 * r],
    [1.2 * r, -0.8 * r],
  ],
  plus: (r) => plusPoints(1.2 * r, 0.42 * r),
  cross: (r) => rotate(plusPoints(1.3 * r, 0.4 * r), Math.PI / 4),
  star: (r) =>
    Array.from({ length: 10 }, (_, i) => {
      const reach = i % 2 === 0 ? 1.45 * r : 0.62 * r;
      const turn = (i * Math.PI) / 5;
      return [reach * Math.sin(turn), -reach * Math.cos(turn)] as Point;
    }),
};

/** SVG path data for a marker of this shape centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  // not-ui: SVG path data
  if (shape === 'circle') return `M${round(x - r)} ${round(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  return polygon(SHAPES[shape](r).map(([dx, dy]) => [x + dx, y + dy]));
}
