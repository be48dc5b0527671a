import { t } from '@/lib/i18n/messages';
import { err, ok, type Result } from '@/lib/util/result';
import type { CommonGroundDB } from '@/lib/store/db';
import { loadDevice, loadSetting, saveColour, saveDisplayName, saveSetting, type Device } from '@/lib/store/device';
import {
  defaultNetSettings,
  parseIceLines,
  parseSignalingChoice,
  readSignalingChoice,
  signalingInForce,
  type IceServer,
  type NetSettings,
  type SignalingChoice,
  type SignalingMode,
} from '@/lib/sync/room/netSettings';

/** The network settings in force, and the signaling choice they came from (what Settings shows). */
export interface SavedNetSettings extends NetSettings {
  choice: SignalingChoice;
}

/** What Settings' form sends: the choice of signaling servers and the texts of its boxes. */
export interface NetSettingsForm {
  mode: SignalingMode;
  /** The free-text list (`A list of my own`). */
  signalingText: string;
  /** The practice's server (`Only my practice’s server`). */
  practiceText: string;
  iceText: string;
}

/** This device's person and network settings (Settings in the panel). */
export interface LibrarySettings {
  loadDevice(): Promise<Device>;
  saveDisplayName(name: string): Promise<Result<string>>;
  saveColour(colour: string): Promise<Result<string>>;
  loadNetSettings(): Promise<SavedNetSettings>;
  /**
   * Parses and saves the settings' boxes; nothing is saved if any is wrong.
   * Given two texts (as before choices existed), the first is a list of the
   * person's own (the defaults if it is exactly them).
   */
  saveNetSettings(form: NetSettingsForm): Promise<Result<SavedNetSettings>>;
  saveNetSettings(signalingText: string, iceText: string): Promise<Result<SavedNetSettings>>;
  /** Whether the person dismissed the sentence saying which servers learn this device's address (once per device). */
  addressNoticeDismissed(): Promise<boolean>;
  dismissAddressNotice(): Promise<void>;
}

/** The list in force (what every earlier version reads), and since issue 16 the choice it came from. */
const SIGNALING = 'signaling';
const SIGNALING_CHOICE = 'signalingChoice';
const ICE_SERVERS = 'iceServers';
const ADDRESS_NOTICE = 'addressNoticeDismissed';

export function makeSettings(db: CommonGroundDB): LibrarySettings {
  async function saveNetSettings(first: NetSettingsForm | string, second?: string): Promise<Result<SavedNetSettings>> {
    const form: NetSettingsForm =
      typeof first === 'string' ? { mode: 'list', signalingText: first, practiceText: '', iceText: second ?? '' } : first;
    const choice = parseSignalingChoice(form.mode, form.signalingText, form.practiceText);
    if (!choice.ok) return err(t.app.signalingProblem(choice.error));
    const iceServers = parseIceLines(form.iceText);
    if (!iceServers.ok) return err(t.app.iceProblem(iceServers.error));
    const signaling = signalingInForce(choice.value);
    await saveSetting(db, SIGNALING_CHOICE, choice.value.mode === 'practice' ? choice.value : { mode: choice.value.mode });
    await saveSetting(db, SIGNALING, signaling);
    await saveSetting(db, ICE_SERVERS, iceServers.value);
    return ok({ signaling, iceServers: iceServers.value, choice: choice.value });
  }
  return {
    loadDevice: () => loadDevice(db),
    saveDisplayName: (name) => saveDisplayName(db, name),
    saveColour: (colour) => saveColour(db, colour),
    async loadNetSettings() {
      const defaults = defaultNetSettings();
      const choice = readSignalingChoice({ choice: await loadSetting(db, SIGNALING_CHOICE), list: await loadSetting(db, SIGNALING) });
      const iceServers = await loadSetting(db, ICE_SERVERS);
      return {
        signaling: signalingInForce(choice),
        iceServers: Array.isArray(iceServers) ? (iceServers as IceServer[]) : defaults.iceServers,
        choice,
      };
    },
    saveNetSettings,
    addressNoticeDismissed: async () => (await loadSetting(db, ADDRESS_NOTICE)) === true,
    dismissAddressNotice: () => saveSetting(db, ADDRESS_NOTICE, true),
  };
}
