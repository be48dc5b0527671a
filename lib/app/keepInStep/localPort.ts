import type { LinkPort } from '@/lib/app/keepInStep/linkMessages';
import { bufferedPort } from '@/lib/app/keepInStep/bufferedPort';

/**
 * Two ends of a port within one page, for Firefox, where the sidebar itself
 * keeps boards in step while it is open (no offscreen documents) and a board
 * opened there uses that connection just as Chrome's panel uses the
 * offscreen document's. Like a runtime port (runtimePort.ts): messages
 * arrive on a later task, as a copy, and closing one end tells the other.
 */
export function localPortPair(): [LinkPort, LinkPort] {
  type End = ReturnType<typeof bufferedPort>;
  const ends: End[] = [];
  const make = (other: () => End) =>
    bufferedPort(
      (message) => {
        // A copy, as a port makes one: neither end can change what the other holds.
        const copy = JSON.parse(JSON.stringify(message)) as unknown;
        setTimeout(() => other().hear(copy), 0);
      },
      () => setTimeout(() => other().gone(), 0),
    );
  ends.push(
    make(() => ends[1]!),
    make(() => ends[0]!),
  );
  return [ends[0]!.port, ends[1]!.port];
}
