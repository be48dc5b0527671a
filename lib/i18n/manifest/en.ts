/**
 * The words the browser shows for the extension outside the panel: its
 * description (extensions page, store), the toolbar button's tooltip and the
 * keyboard shortcut's name. They go into the build's `_locales` files
 * (lib/i18n/manifest/locales.ts, from wxt.config.ts), not into the panel's catalog: the panel never shows them.
 */
export const manifestEn = {
  description: "A shared, living record of a relationship's boundaries, expectations and celebrations, kept on your own device.",
  openPanel: 'Open Common Ground',
  togglePanel: 'Open or close Common Ground',
};

export type ManifestWords = typeof manifestEn;
