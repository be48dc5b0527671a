import { createContext, useContext, type ContextProviderComponent } from 'solid-js';

/**
 * A context that must be provided: its provider, and a reader that throws
 * `missing` (say which provider is needed) when a component is used outside it,
 * instead of handing it undefined to fail on later.
 */
export function requiredContext<T>(missing: string): [ContextProviderComponent<T | undefined>, () => T] {
  const Context = createContext<T>();
  const use = (): T => {
    const value = useContext(Context);
    if (!value) throw new Error(missing);
    return value;
  };
  return [Context.Provider, use];
}
