import { err, ok, type Result } from '@/lib/util/result';
import type { CommonGroundDB } from '@/lib/store/db';
import { loadDevice, loadSetting, saveColour, saveDisplayName, saveSetting, type Device } from '@/lib/store/device';
import { defaultNetSettings, parseIceLines, parseSignalingLines, type IceServer, type NetSettings } from '@/lib/sync/room/netSettings';

/** This device's person and network settings (Settings in the panel). */
export interface LibrarySettings {
  loadDevice(): Promise<Device>;
  saveDisplayName(name: string): Promise<Result<string>>;
  saveColour(colour: string): Promise<Result<string>>;
  loadNetSettings(): Promise<NetSettings>;
  /** Parses and saves the two settings text boxes; nothing is saved if either is wrong. */
  saveNetSettings(signalingText: string, iceText: string): Promise<Result<NetSettings>>;
}

const SIGNALING = 'signaling';
const ICE_SERVERS = 'iceServers';

export function makeSettings(db: CommonGroundDB): LibrarySettings {
  return {
    loadDevice: () => loadDevice(db),
    saveDisplayName: (name) => saveDisplayName(db, name),
    saveColour: (colour) => saveColour(db, colour),
    async loadNetSettings() {
      const defaults = defaultNetSettings();
      const signaling = await loadSetting(db, SIGNALING);
      const iceServers = await loadSetting(db, ICE_SERVERS);
      return {
        signaling: Array.isArray(signaling) ? (signaling as string[]) : defaults.signaling,
        iceServers: Array.isArray(iceServers) ? (iceServers as IceServer[]) : defaults.iceServers,
      };
    },
    async saveNetSettings(signalingText, iceText) {
      const signaling = parseSignalingLines(signalingText);
      if (!signaling.ok) return err(`Signaling servers: ${signaling.error}`);
      const iceServers = parseIceLines(iceText);
      if (!iceServers.ok) return err(`ICE servers: ${iceServers.error}`);
      await saveSetting(db, SIGNALING, signaling.value);
      await saveSetting(db, ICE_SERVERS, iceServers.value);
      return ok({ signaling: signaling.value, iceServers: iceServers.value });
    },
  };
}
