import { For, Show } from 'solid-js';
import { CHECK_IN_SCALE, checkInHistory, scoreWords, type CheckIn } from '@/lib/board/checkins';
import type { PersonView } from '@/lib/board/read';
import { markerPath } from '@/lib/board/people/markers';
import { formatDate } from '@/components/common/dates';
import { PersonMark } from '@/components/common/PersonMark';
import { t } from '@/lib/i18n/messages';

const WIDTH = 300;
const HEIGHT = 130;
const LEFT = 74;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 20;
/** A point's marker radius, in chart units (about px at 320 px wide): big enough to tell a square from a circle. */
const MARKER = 5;

/**
 * How each person has felt over time: one line per person, in their colour,
 * on the scale of words, with their marker shape at each check-in. No two
 * people on a board share both colour and marker (people/looks.ts), and the
 * legend shows each marker beside its name, so the chart reads without
 * colour. The SVG is one image with a title and a written summary; the table
 * below gives every check-in for those who would rather read.
 */
export function CheckInChart(props: { checkIns: CheckIn[]; people: PersonView[] }) {
  const series = () => checkInHistory(props.checkIns, props.people);
  const times = () => props.checkIns.map((checkIn) => checkIn.at);
  const x = (at: number) => {
    const first = Math.min(...times());
    const last = Math.max(...times());
    if (last === first) return (LEFT + WIDTH - RIGHT) / 2;
    return LEFT + ((at - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  };
  const y = (score: number) => TOP + ((5 - score) / 4) * (HEIGHT - TOP - BOTTOM);
  const nameOf = (personId: string) => props.people.find((person) => person.id === personId)?.name ?? t.checkins.chart.someone;
  const summary = () =>
    series()
      .map(({ person, points }) => {
        const latest = points[points.length - 1]!;
        return t.checkins.chart.personSummary(person.name, points.length, scoreWords(latest.score), formatDate(latest.at));
      })
      .join(' ');

  return (
    <Show when={series().length > 0}>
      <figure class="checkin-chart">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="checkin-chart-title checkin-chart-desc">
          <title id="checkin-chart-title">{t.checkins.chart.title}</title>
          <desc id="checkin-chart-desc">{summary()}</desc>
          <For each={CHECK_IN_SCALE}>
            {(step) => (
              <>
                <line class="grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(step.score)} y2={y(step.score)} />
                <text class="axis" x={LEFT - 6} y={y(step.score) + 4} text-anchor="end">
                  {step.words}
                </text>
              </>
            )}
          </For>
          <For each={series()}>
            {({ person, points }) => (
              <g style={{ color: person.colour }} data-person={person.name} data-marker={person.marker}>
                <polyline class="series" points={points.map((point) => `${x(point.at)},${y(point.score)}`).join(' ')} />
                <For each={points}>
                  {(point) => <path class="point" d={markerPath(person.marker, x(point.at), y(point.score), MARKER)} />}
                </For>
              </g>
            )}
          </For>
        </svg>
        <figcaption class="legend">
          <For each={series()}>
            {({ person }) => (
              <span class="legend-entry">
                <PersonMark colour={person.colour} marker={person.marker} />
                {person.name}
              </span>
            )}
          </For>
        </figcaption>
        <details class="checkin-table">
          <summary>{t.checkins.chart.asList}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.checkins.chart.when}</th>
                <th scope="col">{t.checkins.chart.who}</th>
                <th scope="col">{t.checkins.chart.feeling}</th>
                <th scope="col">{t.checkins.chart.inTheirWords}</th>
              </tr>
            </thead>
            <tbody>
              <For each={[...props.checkIns].reverse()}>
                {(checkIn) => (
                  <tr>
                    <td>{formatDate(checkIn.at)}</td>
                    <td>{nameOf(checkIn.personId)}</td>
                    <td>{scoreWords(checkIn.score)}</td>
                    <td>{checkIn.statement}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </details>
      </figure>
    </Show>
  );
}
