import { plural } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/catalog';

// "Check-in" stays as it is said in Spanish-speaking practices; the check-ins area may settle on another word.
export const reminders: Messages['reminders'] = {
  nothingDue: 'Abrir Common Ground',
  due: (count: number) =>
    plural(count, {
      one: 'Common Ground: # revisión o check-in pendiente',
      other: 'Common Ground: # revisiones o check-ins pendientes',
    }),
  cameDue: {
    revisits: (count: number) =>
      plural(count, {
        one: 'Cuando te venga bien: un acuerdo para mirar de nuevo juntos.',
        other: 'Cuando te venga bien: # acuerdos para mirar de nuevo juntos.',
      }),
    checkIns: (count: number) => plural(count, { one: 'Cuando te venga bien: un check-in.', other: 'Cuando te venga bien: # check-ins.' }),
    both: (revisits: number, checkIns: number) =>
      `Cuando te venga bien: ${plural(revisits, { one: 'un acuerdo para mirar de nuevo juntos', other: '# acuerdos para mirar de nuevo juntos' })} y ${plural(checkIns, { one: 'un check-in', other: '# check-ins' })}.`,
  },
  settings: {
    title: 'Recordatorios',
    about:
      'El número en el botón de Common Ground, en la barra de herramientas del navegador, cuenta los acuerdos que toca revisar y los check-ins pendientes en tus tableros de este dispositivo. Se calcula aquí mismo; no se envía nada a ninguna parte.',
    notify: 'Avisarme cuando toque revisar un acuerdo o hacer un check-in',
    notifyHelp:
      'Una nota breve del navegador, una sola vez por cada cosa cuando llega su momento. Nunca muestra el nombre ni las palabras de un tablero. El navegador te lo pregunta antes.',
    refused:
      'El navegador no permitió las notificaciones, así que siguen desactivadas. El número en el botón de Common Ground sigue mostrando lo pendiente.',
  },
};
