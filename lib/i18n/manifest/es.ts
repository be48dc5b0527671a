import type { ManifestWords } from '@/lib/i18n/manifest/en';

export const manifestEs: ManifestWords = {
  description:
    'Un registro compartido y vivo de los límites, las expectativas y las celebraciones de una relación, guardado en tu dispositivo.',
  openPanel: 'Abrir Common Ground',
  togglePanel: 'Abrir o cerrar Common Ground',
};
