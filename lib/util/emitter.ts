/**
 * A typed set of listeners: what every "onSomething(listener) returns the
 * unsubscribe" in lib is made of.
 *
 * Listeners run in the order they were added, each once per `emit`. A
 * listener that throws stops the ones after it and the error reaches the
 * caller of `emit`, as the hand-written sets this replaces did: a broken
 * listener is a bug to see, not one to hide. Adding the same function twice
 * keeps it once (it is a Set), so one unsubscribe removes it.
 */
export interface Emitter<T> {
  emit(value: T): void;
  /** Calls `listener` on every `emit` until the returned function is called. */
  on(listener: (value: T) => void): () => void;
  /** Drops every listener: the owner of the emitter is closing. */
  clear(): void;
}

export function makeEmitter<T = void>(): Emitter<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    emit: (value) => listeners.forEach((listener) => listener(value)),
    on(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
