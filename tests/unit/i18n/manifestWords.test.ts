import { describe, expect, it } from 'vitest';
import { manifestEn } from '@/lib/i18n/manifest/en';
import { manifestEs } from '@/lib/i18n/manifest/es';
import { localeFiles, MAX_DESCRIPTION_LENGTH } from '@/lib/i18n/manifest/locales';

describe("the manifest's words (_locales)", () => {
  const languages = { en: manifestEn, es: manifestEs };

  it('say every word in every language, each in its own words, with a description the stores show whole', () => {
    for (const [locale, words] of Object.entries(languages)) {
      expect(Object.keys(words), locale).toEqual(Object.keys(manifestEn));
      for (const message of Object.values(words)) expect(message.trim(), locale).not.toBe('');
      expect(words.description.length, locale).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    }
    for (const key of Object.keys(manifestEn) as (keyof typeof manifestEn)[]) expect(manifestEs[key]).not.toBe(manifestEn[key]);
  });

  it("become one messages.json per language, in the browser's format", () => {
    const files = localeFiles(languages);
    expect(files.map((file) => file.relativeDest)).toEqual(['_locales/en/messages.json', '_locales/es/messages.json']);
    const spanish = JSON.parse(files[1]!.contents) as Record<string, { message: string }>;
    expect(spanish.openPanel).toEqual({ message: 'Abrir Common Ground' });
    expect(Object.keys(spanish)).toEqual(Object.keys(manifestEn));
  });
});
