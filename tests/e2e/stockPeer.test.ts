import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { closePeople, inviteCode, launchPeople, type Named } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * Issue 14: a program built on nothing but upstream yjs and y-webrtc
 * (scripts/board-peer.mjs, the worked example of docs/interop.md) joins a
 * real board from its invite code through the local signaling server,
 * receives every item, and edits flow both ways. Before, every message the
 * panel sent began with the project's own frame header, and a stock peer
 * could read none of them.
 */
describe.runIf(requireChromium())('a stock y-webrtc peer joins a board (Chromium, Node, WebRTC on loopback)', () => {
  let signaling: Signaling;
  let sam: Named;
  let script: ChildProcess | undefined;
  beforeAll(async () => {
    signaling = await startSignaling();
    [sam] = (await launchPeople(['Sam'], signaling.url)) as [Named];
  });
  afterAll(async () => {
    script?.kill('SIGTERM');
    await closePeople([sam]);
    await signaling?.stop();
  });

  it('receives every item, and a character edit goes each way', async () => {
    await createBoard(sam.page, 'Open to others');
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    await addItem(sam.page, 'Expectations', 'We plan weekends together on Thursday.');
    await addItem(sam.page, 'Celebrations', 'Our first calm talk about money.');
    const code = await inviteCode(sam.page);
    let output = '';
    script = spawn(
      process.execPath,
      ['scripts/board-peer.mjs', code, '--watch', '--local', '--append', ' (and a walk)', '--signaling', signaling.url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    script.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const latest = () => output.trim().split('\n\n# ').at(-1) ?? '';

    await expect.poll(latest, { timeout: 45_000 }).toContain('- We plan weekends together on Thursday.');
    expect(latest()).toContain('Open to others');
    expect(latest()).toContain('- Our first calm talk about money.');
    // Its character edit (appended to the board's first item) shows in the panel.
    await expect
      .poll(() => sectionTexts(sam.page, 'Boundaries'), { timeout: 20_000 })
      .toEqual(['I need a quiet hour after work. (and a walk)']);
    // And an edit made in the panel reaches it.
    await addItem(sam.page, 'Support', 'Ask me how the move is going.');
    await expect.poll(latest, { timeout: 20_000 }).toContain('- Ask me how the move is going.');
  });
});
