import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';
import { manifestEs } from '@/lib/i18n/manifest/es';

// The glossary's words (docs/localization.md): a revisit is "revisar", a check-in "contar cómo estás".
export const reminders: Messages['reminders'] = {
  nothingDue: manifestEs.openPanel,
  due: (count: number) =>
    plural(count, {
      one: 'Common Ground: # cosa pendiente (revisar un acuerdo o contar cómo estás)',
      other: 'Common Ground: # cosas pendientes (revisar acuerdos o contar cómo estás)',
    }),
  news: (what) => `Common Ground: ${what}`,
  newsAndDue: (what, count) =>
    `Common Ground: ${what}; ${plural(count, { one: '# cosa pendiente (revisar un acuerdo o contar cómo estás)', other: '# cosas pendientes (revisar acuerdos o contar cómo estás)' })}`,
  newFrom: (names, board) => `novedades de ${names} en «${board}»`,
  newFromOnBoards: (names, boards) => `novedades de ${names} en ${plural(boards, { one: '# tablero', other: '# tableros' })}`,
  others: (count) => plural(count, { one: '# persona más', other: '# personas más' }),
  cameDue: {
    revisits: (count: number) =>
      plural(count, {
        one: 'Cuando te venga bien: un acuerdo para revisar juntos.',
        other: 'Cuando te venga bien: # acuerdos para revisar juntos.',
      }),
    checkIns: (count: number) =>
      plural(count, { one: 'Cuando te venga bien: contar cómo estás.', other: 'Cuando te venga bien: contar cómo estás en # tableros.' }),
    both: (revisits: number, checkIns: number) =>
      `Cuando te venga bien: ${plural(revisits, { one: 'un acuerdo para revisar juntos', other: '# acuerdos para revisar juntos' })} y ${plural(checkIns, { one: 'contar cómo estás', other: 'contar cómo estás en # tableros' })}.`,
  },
  settings: {
    title: 'Recordatorios',
    about:
      'El número en el botón de Common Ground, en la barra de herramientas del navegador, cuenta los acuerdos que toca revisar y las veces que toca contar cómo estás, en tus tableros de este dispositivo. Se calcula aquí mismo; no se envía nada a ninguna parte.',
    notify: 'Avisarme cuando toque revisar un acuerdo o contar cómo estoy',
    notifyHelp:
      'Una nota breve del navegador, una sola vez por cada cosa cuando llega su momento. Nunca muestra el nombre ni las palabras de un tablero. El navegador te lo pregunta antes.',
    refused:
      'El navegador no permitió las notificaciones, así que siguen desactivadas. El número en el botón de Common Ground sigue mostrando lo pendiente.',
  },
};
