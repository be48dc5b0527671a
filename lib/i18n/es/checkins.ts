import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';

/**
 * «Check-in» no tiene una palabra española cálida y corriente: se dice con
 * lo que es, contar cómo estás (la sección es «Cómo estamos»).
 */
export const checkins: Messages['checkins'] = {
  title: 'Cómo estamos',
  hint: (cadence) =>
    `Un momento breve y regular para contar cómo estás y si los acuerdos siguen teniendo sentido. Este tablero propone hacerlo ${cadence}.`,
  forPartners: 'Este momento es para quienes participan en los acuerdos; aquí puedes ver cómo se han ido sintiendo con el tiempo.',
  dueAgain: 'Ya es un buen momento para volver a contar cómo estás.',
  dueFirst: 'Todavía no has contado cómo estás en este tablero.',
  checkIn: 'Contar cómo estoy',
  thanks: 'Gracias por contar cómo estás. Ya aparece en el gráfico de abajo.',
  form: 'Cómo estás ahora',
  question: '¿Cómo te sientes en la relación ahora mismo?',
  ownWords: 'Con tus propias palabras (opcional)',
  ownWordsPlaceholder: 'Me siento… cuando… / Me gustaría…',
  save: 'Guardar',
  notNow: 'Ahora no',
  chart: {
    title: 'Cómo se ha sentido cada persona con el tiempo',
    personSummary: (name, count, feeling, date) =>
      `${name}: ${plural(count, { one: 'lo ha contado # vez', other: 'lo ha contado # veces' })}; la última, «${feeling.toLowerCase()}», el ${date}.`,
    someone: 'Alguien',
    asList: 'Todo lo que han contado, en una lista',
    when: 'Cuándo',
    who: 'Quién',
    feeling: 'Ánimo',
    inTheirWords: 'Con sus palabras',
  },
  cadences: {
    7: 'cada semana',
    14: 'cada 2 semanas',
    30: 'cada mes',
    91: 'cada 3 meses',
    182: 'cada 6 meses',
    365: 'cada año',
  },
  everyDays: (days) => plural(days, { one: 'cada día', other: 'cada # días' }),
  rhythm: {
    summary: (revisits, checkIns) => `El ritmo de este tablero: revisar los acuerdos ${revisits}; contar cómo estamos ${checkIns}`,
    editorsOnly: 'El ritmo lo eligen las personas que editan este tablero.',
    help: 'Pasado este tiempo desde la última vez que todos estuvieron de acuerdo, toca revisar cada acuerdo (cada uno puede tener también su propia fecha). El ritmo es el mismo para todas las personas del tablero.',
    revisits: 'Revisar los acuerdos',
    checkIns: 'Contar cómo estamos',
  },
  session: {
    label: 'Sesión',
    none: 'No hay ninguna sesión en curso.',
    since: (time) =>
      `Sesión en curso desde las ${time}. Cuando termine, este dispositivo guardará una copia del tablero tal como esté en ese momento.`,
    sinceWith: (time, names) =>
      `Sesión en curso desde las ${time} con ${names}. Cuando termine, este dispositivo guardará una copia del tablero tal como esté en ese momento.`,
    start: 'Empezar sesión',
    end: 'Terminar sesión',
  },
  notes: {
    title: 'Notas privadas',
    label: 'Notas privadas',
    hint: 'Solo para ti, en este dispositivo. No forman parte del tablero compartido, nunca se envían a nadie y no se incluyen al exportar, salvo que tú lo elijas. Un buen lugar para tus reflexiones o, si eres terapeuta, para tus notas de sesión.',
    readFailed: 'No se pudieron leer tus notas privadas en este dispositivo. No se cambió nada.',
    saved: 'Guardadas solo en este dispositivo.',
    saveFailed: 'No se pudieron guardar tus notas. Siguen aquí: deja este panel abierto y vuelve a escribir para intentarlo de nuevo.',
  },
};
