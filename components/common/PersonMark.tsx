import { markerPath, type MarkerShape } from '@/lib/board/people/markers';

/**
 * A person's marker in their colour, as it stands beside their name (the
 * people list, the chart's legend): the same shape the chart draws at each
 * of their check-ins, so the two are matched without telling colours apart.
 * Decorative: the name beside it says who it is.
 */
export function PersonMark(props: { colour: string; marker: MarkerShape; class?: string }) {
  return (
    <svg
      class={`person-mark ${props.class ?? ''}`}
      viewBox="-7 -7 14 14"
      aria-hidden="true"
      data-colour={props.colour}
      data-marker={props.marker}
    >
      <path d={markerPath(props.marker, 0, 0, 4.6)} fill={props.colour} />
    </svg>
  );
}
