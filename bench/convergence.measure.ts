import { expect, it } from 'vitest';
import { runSimulation } from '@/tests/support/simulation';
import { fmt } from '@/bench/support';

/** The long run of tests/unit/board/convergence.test.ts: 1,000 seeds; a failure prints its seed to replay. */
it('convergence under stress, 1,000 seeds', () => {
  const started = performance.now();
  const failures: string[] = [];
  const peers = [0, 0, 0, 0, 0, 0];
  for (let seed = 1; seed <= 1000; seed++) {
    const result = runSimulation(seed, 150);
    peers[result.peers]!++;
    if (result.problems.length > 0) failures.push(`seed ${seed}: ${result.problems.join('; ')}`);
  }
  console.log(
    `\nconvergence: 1,000 seeds x 150 steps, ${peers[2]}/${peers[3]}/${peers[4]}/${peers[5]} runs with 2/3/4/5 peers, ` +
      `${failures.length} failing, ${fmt((performance.now() - started) / 1000)} s\n${failures.join('\n')}`,
  );
  expect(failures).toEqual([]);
});
