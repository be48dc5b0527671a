import { describe, expect, it } from 'vitest';
import { runSimulation } from '@/tests/support/simulation';

/**
 * 2 to 5 peers, random edits of every kind, dropped links, partitions and
 * long offline stretches, then reconnection: every peer ends with the same
 * board and every invariant holds. A bounded number of seeds here; `npm run
 * bench` runs 1,000. A failure names its seed: `runSimulation(seed)` replays it.
 */
describe('convergence under stress', () => {
  it('every peer converges and every invariant holds (seeds 1-60)', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const result = runSimulation(seed);
      if (result.problems.length > 0) failures.push(`seed ${seed} (${result.peers} peers): ${result.problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('replays a seed exactly', () => {
    expect(runSimulation(7)).toEqual(runSimulation(7));
  });
});
