import { makeEmitter } from '@/lib/util/emitter';

/**
 * A value whose listeners hear it only when it changed, compared as JSON:
 * the connection's values are small and plain, and are set again on every
 * poll or message whether or not they changed.
 */
export function watched<T>(initial: T) {
  let value = initial;
  const changed = makeEmitter<T>();
  return {
    get: () => value,
    set(next: T) {
      if (JSON.stringify(next) === JSON.stringify(value)) return;
      value = next;
      changed.emit(value);
    },
    on: changed.on,
    clear: changed.clear,
  };
}
