import type { Route } from '@/lib/solid/router';
import type { Library } from '@/lib/app/library';
import type { Device } from '@/lib/store/device';
import { requiredContext } from '@/components/common/requiredContext';

export interface AppContext {
  library: Library;
  device: () => Device;
  setDevice: (device: Device) => void;
  navigate: (route: Route) => void;
  back: () => void;
}

export const [AppProvider, useApp] = requiredContext<AppContext>('useApp() outside <AppProvider>');
