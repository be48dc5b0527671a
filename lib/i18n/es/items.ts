import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';

export const items: Messages['items'] = {
  sections: {
    boundary: {
      about: 'Sobre los límites',
      prompts: 'Preguntas sobre los límites',
      deleted: 'Se eliminó el límite. Puedes recuperarlo con Deshacer.',
    },
    expectation: {
      about: 'Sobre las expectativas',
      prompts: 'Preguntas sobre las expectativas',
      deleted: 'Se eliminó la expectativa. Puedes recuperarla con Deshacer.',
    },
    celebration: {
      about: 'Sobre las celebraciones',
      prompts: 'Preguntas sobre las celebraciones',
      deleted: 'Se eliminó la celebración. Puedes recuperarla con Deshacer.',
    },
    support: {
      about: 'Sobre el apoyo',
      prompts: 'Preguntas sobre el apoyo',
      deleted: 'Se eliminó la tarjeta de apoyo. Puedes recuperarla con Deshacer.',
    },
  },
  addFromPrompt: 'Empezar con una pregunta',
  promptsHelp:
    'Elige una pregunta para empezar. Se añade como una tarjeta nueva con las primeras palabras ya escritas; termínala con tus propias palabras.',
  moved: (position, count) => `Ahora está en la posición ${position} de ${count}.`,

  dragHint: (up, down) => `Arrastra para cambiar el orden (o ${up} / ${down} en el texto)`,
  keyUp: '↑',
  keyDown: '↓',
  editing: (names, count) => `${names} ${plural(count, { one: 'está editando', other: 'están editando' })}`,

  itemActions: 'Opciones de la tarjeta',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  changeRevisitDate: 'Cambiar la fecha de revisión',
  forWhom: 'Para quién es',
  delete: 'Eliminar',

  revisitDate: 'Fecha de revisión',
  whoItIsFor: 'Para quién es',
  revisitOn: 'Revisar el',
  useBoardRhythm: 'Usar el ritmo del tablero',
  forLabel: 'Para',
  everyone: 'Todos',
  done: 'Listo',

  checkingAgreements: 'Comprobando los acuerdos…',
  agreedByEveryone: 'Todos están de acuerdo',
  waitingFor: (name) => `Esperando a ${name}`,
  notCounted: {
    unverified: (name) => `Esperando a ${name} (no se pudo verificar un acuerdo a su nombre, así que no cuenta)`,
    older: (name) => `Esperando a ${name} (alguien volvió a poner un acuerdo anterior, así que no cuenta)`,
    'old-format': (name) => `Esperando a que ${name} confirme de nuevo su acuerdo (el anterior se guardó en un formato antiguo)`,
  },
  changedSinceAgreed: 'Con cambios por acordar',
  noPartnersYet: 'Todavía no hay participantes en este tablero',
  revisitDueSince: (date) => `Pendiente de revisar desde el ${date}`,
  revisitDueSinceAgreedAgain: (date) => `Pendiente de revisar desde el ${date} · ya renovaste tu acuerdo`,
  agree: 'Estoy de acuerdo',
  agreeAgain: 'Sigo de acuerdo',
  withdrawAgreement: 'Retirar mi acuerdo',
  lastAgreedWording: 'Última versión acordada:',
  whatChanged: 'Qué cambió',
  whatChangedLead: 'Qué cambió:',

  added: (date) => `Añadida el ${date}`,
  addedFor: (date, name) => `Añadida el ${date} · para ${name}`,
  reactions: 'Reacciones',
  react: 'Reaccionar',

  dueTitle: 'Pendientes de revisar',
  dueHelp:
    'Los acuerdos cambian a medida que cambian las personas. Vale la pena mirarlos juntos: si siguen teniendo sentido, cada participante vuelve a dar su acuerdo; si no, se cambian las palabras y se acuerdan las nuevas.',
  dueListLabel: 'Acuerdos pendientes de revisar',
  dueSince: (date) => `Pendiente desde el ${date}`,
  dueSinceAgreedAgain: (date) => `Pendiente desde el ${date} · ya renovaste tu acuerdo; falta el de los demás`,
  goToIt: 'Ir a la tarjeta',
};
