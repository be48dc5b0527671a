import { randomId } from '@/lib/util/ids';
import { openDatabase, type CommonGroundDB } from '@/lib/store/db';

/** A database of its own for each test (fake-indexeddb is global per process). */
export function freshDb(): CommonGroundDB {
  return openDatabase(`test-${randomId()}`);
}
