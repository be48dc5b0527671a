import { describe, expect, it } from 'vitest';
import { CALM_WORDS } from '@/lib/sync/direct/calmWords';
import { calmWordsInNode, calmWordsModule, encodeWords, frontCodedCalmWords, wordsOfModule } from '@/scripts/frontCodedCalmWords';

describe('the confirmation phrase’s words as the extension ships them (scripts/frontCodedCalmWords.ts)', () => {
  it('writes each word as what it keeps of the one before, then its own letters', () => {
    expect(encodeWords(['abandon', 'ability', 'able', 'about', 'act', 'action', 'zoo'])).toBe('0abandon2ility2le2out1ct3ion0zoo');
    expect(() => encodeWords(['Abandon'])).toThrow(/lowercase/);
  });

  it('ships exactly the words calmWords.ts makes, in the same order', async () => {
    const words = await calmWordsInNode();
    expect(words).toEqual(CALM_WORDS);
    expect(await wordsOfModule(calmWordsModule(words))).toEqual(CALM_WORDS);
  });

  it('stands in for calmWords.ts only, with code that no longer names the BIP-39 package', async () => {
    const plugin = frontCodedCalmWords();
    const load = plugin.load as (id: string) => Promise<{ code: string } | undefined>;
    expect(await load('/elsewhere/lib/sync/direct/calmWords.ts')).toBeUndefined();
    const { code } = (await load(new URL('../../../lib/sync/direct/calmWords.ts', import.meta.url).pathname))!;
    expect(code).not.toContain('bip39');
    expect(await wordsOfModule(code)).toEqual(CALM_WORDS);
  });
});
