import { useLocale } from '@/lib/i18n/messages';

// `t` holds no words until a language is loaded (English is its own chunk, as
// every language is); the panel loads one before it renders, and each test file
// starts in English the same way.
await useLocale('en');
