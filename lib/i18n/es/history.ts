import type { Messages } from '@/lib/i18n/catalog';
import { formatList, plural } from '@/lib/i18n/format';

export const history: Messages['history'] = {
  title: 'Historial',
  opening: 'Abriendo…',
  keptHere: 'Al final de cada sesión, este dispositivo guarda una copia del tablero tal como estaba (solo aquí, nunca se comparte).',
  noSessions: 'Todavía no hay sesiones anteriores en este dispositivo.',
  pastSessions: 'Sesiones anteriores',
  session: (date, time, minutes) => `${date}, ${time} (${plural(minutes, { one: '# minuto', other: '# minutos' })})`,
  sessionWith: (...names) => `con ${formatList(names)}`,
  allSessions: 'Todas las sesiones',
  closeHistory: 'Cerrar el historial',
  asItWas: (date) => `Así estaba el ${date}`,
  asTheyWere: (sectionTitle) => `${sectionTitle}, en aquel momento`,
  useAgain: 'Usar de nuevo estas palabras',
  addBack: 'Volver a añadir',

  agreedByEveryone: 'Todos están de acuerdo',
  notYetAgreed: 'Todavía no están todos de acuerdo',

  whatChanged: 'Qué cambió desde la última sesión',
  since: (date) => `Desde el ${date}.`,
  sinceWith: (date, ...names) => `Desde el ${date}. En esa sesión: ${formatList(names)}.`,
  you: 'tú',
  nothingChanged: 'Desde entonces no ha cambiado nada.',
  changesLabel: 'Cambios desde la última sesión',
  hide: 'Ocultar',
  // Spanish says who first, with the verb in their person: no participle to agree with límite or expectativa.
  changes: {
    added: { byYou: 'Añadiste', by: (name) => `${name} añadió`, bySomeone: 'Alguien añadió', byNobody: 'Se añadió' },
    celebrated: { byYou: 'Celebraste', by: (name) => `${name} celebró`, bySomeone: 'Alguien celebró', byNobody: 'Se celebró' },
    edited: { byYou: 'Cambiaste', by: (name) => `${name} cambió`, bySomeone: 'Alguien cambió', byNobody: 'Se cambió' },
    removed: { byYou: 'Quitaste', by: (name) => `${name} quitó`, bySomeone: 'Alguien quitó', byNobody: 'Se quitó' },
    agreed: {
      byYou: 'Diste tu acuerdo',
      by: (name) => `${name} dio su acuerdo`,
      bySomeone: 'Alguien dio su acuerdo',
      byNobody: 'Se dio un acuerdo',
    },
    withdrawn: {
      byYou: 'Retiraste tu acuerdo',
      by: (name) => `${name} retiró su acuerdo`,
      bySomeone: 'Alguien retiró su acuerdo',
      byNobody: 'Se retiró un acuerdo',
    },
  },
  diffAdded: 'añadido: ',
  diffRemoved: 'quitado: ',

  exportTitle: 'Exportar este tablero',
  includeNotes: 'Incluir mis notas privadas',
  notesStayOut: 'Tus notas privadas quedan fuera de cualquier exportación, salvo que marques esta casilla.',
  markdown: 'Texto Markdown',
  printView: 'Vista para imprimir',
  jsonBackup: 'Copia de seguridad JSON',
  close: 'Cerrar',
  markdownDone: 'El archivo Markdown está en tus descargas.',
  backupDone:
    'La copia de seguridad está en tus descargas. Guárdala en un lugar seguro: cualquiera que tenga el archivo puede leer el tablero.',

  printed: (date, ...names) => `Impreso el ${date}. Personas: ${formatList(names)}.`,
  myNotes: 'Mis notas privadas',

  file: {
    untitled: 'Tablero',
    someone: 'alguien',
    exported: (date) => `Exportado el ${date}.`,
    people: (...people) => `Personas: ${formatList(people)}.`,
    changedSinceAgreed: 'Con cambios por acordar',
    waitingFor: (name) => `esperando a ${name}`,
    // Celebración is feminine: "añadida".
    addedFor: (name, date) => `Para ${name}, añadida el ${date}`,
    added: (date) => `Añadida el ${date}`,
    checkIns: 'Cómo estamos',
    checkIn: (date, name, score) => `${name}, el ${date}: ${score}`,
    checkInSaid: (date, name, score, words) => `${name}, el ${date}: ${score}. «${words}»`,
  },
};
