import type { Locale } from '@/lib/i18n/locale';

/**
 * Dates, times, plurals, lists and sizes in the panel's language, through
 * `Intl`: never by hand. Formatters are made once per language: making one
 * per call cost ~60 ms on a board with a few hundred celebrations.
 */
let intlLocale = 'en';
let formatters: ReturnType<typeof makeFormatters> | undefined;

/** Called once when the panel's language is known (lib/i18n/messages.ts). */
export function setFormatLocale(locale: Locale): void {
  // The pseudo-locale formats like English: only its words are made longer.
  intlLocale = locale === 'en-XA' ? 'en' : locale;
  formatters = undefined;
}

export const formatLocale = () => intlLocale;

function makeFormatters() {
  return {
    date: new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', year: 'numeric' }),
    dateTime: new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }),
    relative: new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' }),
    // English lists as the panel always wrote them, without the serial comma ("Sam, Alex and Kai").
    list: new Intl.ListFormat(intlLocale === 'en' ? 'en-GB' : intlLocale, { style: 'long', type: 'conjunction' }),
    orList: new Intl.ListFormat(intlLocale === 'en' ? 'en-GB' : intlLocale, { style: 'long', type: 'disjunction' }),
    plural: new Intl.PluralRules(intlLocale),
    number: new Intl.NumberFormat(intlLocale),
    bytes: new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'byte', unitDisplay: 'long', maximumFractionDigits: 0 }),
    kilobytes: new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }),
    megabytes: new Intl.NumberFormat(intlLocale, {
      style: 'unit',
      unit: 'megabyte',
      unitDisplay: 'short',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
  };
}

const f = () => (formatters ??= makeFormatters());

/** "12 Mar 2027" / "12 mar 2027". */
export const formatDate = (time: number | Date): string => f().date.format(time);
export const formatDateTime = (time: number | Date): string => f().dateTime.format(time);
export const formatNumber = (value: number): string => f().number.format(value);

/** "Sam, Alex and Kai" / "Sam, Alex y Kai". */
export const formatList = (items: readonly string[]): string => f().list.format(items);
/** "Sam or Alex" / "Sam o Alex". */
export const formatOrList = (items: readonly string[]): string => f().orList.format(items);

/**
 * The form of a message for a count: `plural(n, { one: '# item', other: '# items' })`.
 * `#` is the number, formatted for the language. Languages with more forms
 * (few, many) fall back to `other` when a message does not give them.
 */
export function plural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[f().plural.select(count)] ?? forms.other;
  return form.replace(/#/g, formatNumber(count));
}

/**
 * "just now" (the message given), "5 minutes ago", "yesterday", or a date:
 * calm, not precise to the second.
 */
export function formatRelative(time: number, justNow: string, now = Date.now()): string {
  const minutes = Math.round((now - time) / 60000);
  if (minutes < 1) return justNow;
  if (minutes < 60) return f().relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return f().relative.format(-hours, 'hour');
  if (hours < 48) return f().relative.format(-1, 'day');
  return formatDate(time);
}

/** "800 bytes", "12 kB", "1.3 MB": how much room a board takes, roughly. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return f().bytes.format(bytes);
  if (bytes < 1_000_000) return f().kilobytes.format(bytes / 1000);
  return f().megabytes.format(bytes / 1_000_000);
}
