import { createContext, useContext } from 'solid-js';
import type { Route } from '@/lib/solid/router';
import type { Library } from '@/lib/app/library';
import type { Device } from '@/lib/store/device';

export interface AppContext {
  library: Library;
  device: () => Device;
  setDevice: (device: Device) => void;
  navigate: (route: Route) => void;
  back: () => void;
}

const Context = createContext<AppContext>();
export const AppProvider = Context.Provider;

export function useApp(): AppContext {
  const app = useContext(Context);
  if (!app) throw new Error('useApp() outside <AppProvider>');
  return app;
}
