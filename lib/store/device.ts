import { isPersonColour } from '@/lib/board/people/colours';
import {
  makeDeviceKeyPair,
  isKeyBoundId,
  makeSigner,
  personIdForKey,
  type DeviceKeyPair,
  type Signer,
} from '@/lib/board/agreement/signing';
import { cleanName } from '@/lib/board/people/names';
import type { Result } from '@/lib/util/result';
import type { CommonGroundDB } from '@/lib/store/db';
import { t } from '@/lib/i18n/messages';

/** Who this device's person is. Kept on this device only. */
export interface Device {
  /** The key's fingerprint (signing.ts); devices set up before keys keep their older random id. */
  personId: string;
  /** Signs with this device's private key, which never leaves IndexedDB (it cannot be exported). */
  signer: Signer;
  displayName: string | null;
  /** Chosen in Settings; null means the colour that comes from the person id. */
  colour: string | null;
}

const PERSON_ID = 'personId';
const SIGNING_KEY = 'signingKey';
const DISPLAY_NAME = 'displayName';
const COLOUR = 'colour';

const isKeyPair = (value: unknown): value is DeviceKeyPair =>
  typeof value === 'object' &&
  value !== null &&
  (value as DeviceKeyPair).privateKey instanceof CryptoKey &&
  typeof (value as DeviceKeyPair).publicKey === 'string';

export async function loadDevice(db: CommonGroundDB): Promise<Device> {
  // Made outside the transaction: an IndexedDB transaction closes while it
  // waits on anything but IndexedDB. Made only when the device has none.
  let pair = (await db.settings.get(SIGNING_KEY))?.value;
  const made = isKeyPair(pair) ? null : await makeDeviceKeyPair();
  return db.transaction('rw', db.settings, async () => {
    pair = (await db.settings.get(SIGNING_KEY))?.value;
    let newKey = false;
    if (!isKeyPair(pair)) {
      // not-ui: for the console; the panel says its own words when the device cannot load (components/App.tsx)
      if (!made) throw new Error('This device’s signing key went missing while it was loading.');
      pair = made;
      newKey = true;
      await db.settings.put({ key: SIGNING_KEY, value: pair });
    }
    const keyPair = pair as DeviceKeyPair;
    let personId = (await db.settings.get(PERSON_ID))?.value;
    // An id that is a lost key's fingerprint can never verify again, so it goes with the key.
    if (typeof personId !== 'string' || (newKey && isKeyBoundId(personId))) {
      personId = personIdForKey(keyPair.publicKey);
      await db.settings.put({ key: PERSON_ID, value: personId });
    }
    const name = (await db.settings.get(DISPLAY_NAME))?.value;
    const colour = (await db.settings.get(COLOUR))?.value;
    return {
      personId: personId as string,
      signer: makeSigner(keyPair),
      displayName: typeof name === 'string' ? name : null,
      colour: isPersonColour(colour) ? colour : null,
    };
  });
}

export async function saveDisplayName(db: CommonGroundDB, raw: string): Promise<Result<string>> {
  const name = cleanName(raw, 40);
  if (name.ok) await db.settings.put({ key: DISPLAY_NAME, value: name.value });
  return name;
}

/** Device-local settings other than identity (signaling and ICE servers). */
export async function loadSetting(db: CommonGroundDB, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function saveSetting(db: CommonGroundDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function saveColour(db: CommonGroundDB, colour: string): Promise<Result<string>> {
  if (!isPersonColour(colour)) return { ok: false, error: t.store.pickColour };
  await db.settings.put({ key: COLOUR, value: colour });
  return { ok: true, value: colour };
}

/** This device's person id, if the panel made one yet; read only (the background never makes a key). */
export async function loadPersonId(db: CommonGroundDB): Promise<string | null> {
  const personId = (await db.settings.get(PERSON_ID))?.value;
  return typeof personId === 'string' ? personId : null;
}
