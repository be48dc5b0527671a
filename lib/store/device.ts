import { randomId } from '../board/ids';
import { isPersonColour } from '../board/colours';
import { cleanName } from '../board/names';
import type { Result } from '../board/result';
import type { CommonGroundDB } from './db';

/** Who this device's person is. Kept on this device only. */
export interface Device {
  personId: string;
  displayName: string | null;
  /** Chosen in Settings; null means the colour that comes from the person id. */
  colour: string | null;
}

const PERSON_ID = 'personId';
const DISPLAY_NAME = 'displayName';
const COLOUR = 'colour';

export async function loadDevice(db: CommonGroundDB): Promise<Device> {
  return db.transaction('rw', db.settings, async () => {
    let personId = (await db.settings.get(PERSON_ID))?.value;
    if (typeof personId !== 'string') {
      personId = randomId();
      await db.settings.put({ key: PERSON_ID, value: personId });
    }
    const name = (await db.settings.get(DISPLAY_NAME))?.value;
    const colour = (await db.settings.get(COLOUR))?.value;
    return {
      personId: personId as string,
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
  if (!isPersonColour(colour)) return { ok: false, error: 'Please pick one of the colours shown.' };
  await db.settings.put({ key: COLOUR, value: colour });
  return { ok: true, value: colour };
}
