import { expect } from 'vitest';
import { openBoardSession, type BoardSession } from '../../lib/session/boardSession';
import type { CommonGroundDB } from '../../lib/store/db';
import type { Device } from '../../lib/store/device';
import type { PersistenceOptions } from '../../lib/store/persistence';

export const device: Device = { personId: 'person-1', displayName: 'Sam' };

/** Opens a board session that must open (fails the test with the problem otherwise). */
export async function mustOpen(
  db: CommonGroundDB,
  boardId: string,
  options?: PersistenceOptions,
): Promise<BoardSession> {
  const opened = await openBoardSession(db, boardId, device, options);
  if (!opened.ok) expect.fail(`board did not open: ${JSON.stringify(opened.error)}`);
  return opened.value;
}
