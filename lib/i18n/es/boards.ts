import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';

export const boards: Messages['boards'] = {
  title: 'Tableros',
  settings: 'Ajustes',
  newBoard: 'Nuevo tablero',
  joinBoard: 'Unirse a un tablero',
  savedBoards: 'Tableros guardados',
  storageNote: 'Los tableros se guardan en el almacenamiento de este navegador, en este dispositivo.',
  storageNotePersisted:
    'Los tableros se guardan en el almacenamiento de este navegador, en este dispositivo, marcados para conservarse aunque quede poco espacio.',

  sizeOnDevice: (size) => `${size} en este dispositivo`,
  // Short: the row's two buttons sit beside the board's name at 320 px.
  rename: 'Renombrar',
  delete: 'Eliminar',
  newName: 'Nombre nuevo',
  saveName: 'Guardar nombre',
  cancel: 'Cancelar',
  deleteFailed: 'No se pudo eliminar el tablero. No se borró nada; inténtalo de nuevo, por favor.',
  deleteTitle: (name) => `¿Eliminar «${name}»?`,
  deleteBoard: 'Eliminar tablero',
  keepIt: 'Conservarlo',
  deleteText:
    'Esto elimina de este dispositivo el tablero y todo lo que contiene, junto con sus sesiones pasadas y tus notas privadas. No se puede deshacer. Las personas con las que lo compartiste conservan su propia copia.',

  importBackup: 'Importar copia de seguridad',
  importUnreadable: 'No se pudo leer ese archivo. No se cambió nada.',
  importRefused: (reason) => `${reason} No se cambió nada.`,
  theBoard: 'el tablero',
  importMerged: (name) => `La copia de seguridad se combinó con «${name}»: se conserva todo lo que había en las dos.`,
  importAdded: (name) => `«${name}» se añadió a tus tableros.`,
  importSaveFailed: 'No se pudo guardar la copia de seguridad en este dispositivo. No se cambió nada.',

  inviteCode: 'Código de invitación',
  pasteHelp:
    'Pega el código que te envió la otra persona: un código de invitación (empieza por «CG2-», o por «CG1-» si es más antiguo) o un código de vinculación («CGP1-»).',
  joiningNamed: (title, role) => `Vas a unirte a «${title}» como ${role}.`,
  joiningUnnamed: (role) => `Vas a unirte a un tablero compartido como ${role}.`,
  pairingCodeNote:
    'Es un código de vinculación: te conectarás directamente con la persona que te lo envió, sin ningún servidor de por medio. Cuando te unas, recibirás un código de respuesta para enviárselo.',
  join: 'Unirme',

  boardName: 'Nombre del tablero',
  boardNamePlaceholder: 'Lo nuestro, este año',
  boardNameProblem: (reason) => `Nombre del tablero: ${reason}`,
  relationship: 'Relación',
  yourRole: 'Tu rol',
  roleHelp:
    'Quienes participan dan su acuerdo a los límites y las expectativas del tablero. Quien acompaña como terapeuta o facilitador/a guía la conversación y puede escribir tarjetas, pero no da su acuerdo. Quien observa solo lee.',
  createBoard: 'Crear tablero',

  temporaryInstall: {
    name: 'Complemento temporal',
    gone: 'Firefox tiene Common Ground como complemento temporal, así que desaparecerá cuando Firefox se reinicie.',
    stays:
      'Tus tableros se quedan en este Firefox: vuelve a cargarlo de la misma forma, o instálalo de forma permanente, y estarán todos aquí. Si lo quitas a mano en about:debugging, se borran; por eso vale la pena tener una copia de seguridad.',
    backUp: 'Guardar una copia de cada tablero',
    remindLater: 'Recuérdamelo en un mes',
    nothingYet: 'Todavía no había nada que guardar.',
    saved: (count) =>
      plural(count, {
        one: 'La copia está en tus descargas. Guárdala en un lugar seguro: quien tenga el archivo puede leer el tablero.',
        other:
          'Las # copias están en tus descargas, un archivo por tablero. Guárdalas en un lugar seguro: quien tenga un archivo puede leer su tablero.',
      }),
    notesOut: 'Las notas privadas quedan fuera; «Exportar», dentro de cada tablero, puede incluirlas.',
    rawData: 'Un tablero que no se pudo abrir se guardó como datos en bruto.',
    failed: 'No se pudieron hacer las copias. No se cambió nada; inténtalo de nuevo.',
  },
};
