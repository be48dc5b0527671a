import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';

export const board: Messages['board'] = {
  openingBoards: 'Abriendo tus tableros…',
  storageUnreadable:
    'No se pudieron leer tus tableros en este dispositivo. Puede que tu navegador esté bloqueando el almacenamiento de las extensiones; revisa su configuración y vuelve a abrir el panel.',
  replacedTitle: 'Common Ground se actualizó',
  replacedText:
    'Una versión más reciente de Common Ground abrió tus tableros en otra ventana. Todo lo que hiciste aquí está guardado. Vuelve a cargar este panel para seguir.',
  reloadPanel: 'Volver a cargar el panel',

  formSaveFailed: 'No se pudo guardar el tablero en este dispositivo. Inténtalo de nuevo, por favor.',
  boardListUnreadable: 'No se pudieron leer los tableros guardados en este dispositivo.',

  openingBoard: 'Abriendo el tablero…',
  // Short: the board's head fits one line at 320 px.
  allBoards: 'Tableros',
  thisBoard: 'Este tablero',
  problemTitle: 'No se pudo abrir este tablero',
  problemDamaged:
    'Sus datos guardados en este dispositivo están dañados, así que no se pueden mostrar. Tus otros tableros están bien. Puedes guardar una copia de los datos en bruto (por ejemplo, para pedir ayuda para recuperarlos) o borrarlos de este dispositivo.',
  problemNewer: 'Se guardó con una versión más reciente de Common Ground. Actualiza la extensión para abrirlo; no hemos tocado nada.',
  exportRaw: 'Exportar datos en bruto',
  rawFileName: (name) => `${name} (datos en bruto).json`,
  rawSaved: 'Los datos en bruto se guardaron como archivo en tus descargas.',
  deleteBoard: 'Eliminar tablero',
  deleteTitle: (name) => `¿Eliminar «${name}»?`,
  deleteText: 'Esto elimina de este dispositivo los datos dañados del tablero. No se puede deshacer.',
  keepIt: 'Conservarlo',

  undo: 'Deshacer',
  undoTitle: (chord) => `Deshacer tu último cambio (${chord})`,
  redo: 'Rehacer',
  redoTitle: (chord) => `Rehacer (${chord})`,
  settings: 'Ajustes',
  invite: 'Invitar',
  history: 'Historial',
  export: 'Exportar',
  pairWithoutServer: 'Vincular sin servidor',

  unreadableChanges: 'Algunos cambios enviados desde otro dispositivo no se pudieron leer, así que se dejaron fuera.',
  unreadableChangesFrom: (from) =>
    `Algunos cambios enviados desde otro dispositivo no se pudieron leer, así que se dejaron fuera (venían de ${from}).`,
  unconfirmedDevice: 'un dispositivo sin confirmar',
  unreadableNothingLost:
    'No se perdió nada de este tablero: todo lo demás está aquí y guardado. Si vuelve a pasar, puede que la otra persona necesite actualizar Common Ground.',
  inviterUnconfirmed:
    'No pudimos confirmar que este tablero venga de la persona que te envió la invitación: no lo firmó la clave de dispositivo que indica su código. Si no te lo esperabas, háblalo con esa persona en la llamada antes de añadir nada personal, y pídele un código nuevo.',
  observerNote: 'En este tablero tu papel es observar: puedes leerlo todo, pero no cambiar nada.',
  awaitingSync:
    'Esperando a recibir este tablero de la persona que te invitó. Deja este panel abierto: llegará en cuanto te conectes con esa persona, y todo lo que añadas mientras tanto se conserva.',
  leaveUnsavedTitle: '¿Salir sin guardar?',
  leaveUnsavedText:
    'Tus últimos cambios aún no están guardados en este dispositivo. Si sales ahora de este tablero, se perderán. Si te quedas, se conservan aquí y se sigue intentando guardarlos.',
  leaveAnyway: 'Salir de todos modos',
  stayOnBoard: 'Quedarme en este tablero',

  saving: 'Guardando…',
  saved: 'Guardado en este dispositivo',
  retrySave: 'Intentar guardar de nuevo',
  connection: 'Conexión',
  connectionApart:
    'Aquí todo funciona como siempre: leer, editar, mirar atrás. Tus cambios se guardan en este dispositivo y se unen a los de los demás cuando vuelvas a conectarte.',

  keepInStep: 'Mantener al día',
  keepInStepHint:
    'Mientras tu navegador esté abierto, este tablero se mantiene al día con los demás aunque este panel esté cerrado, y el servidor de señalización puede ver que este dispositivo está en línea.',
  keepInStepHintWhileOpen:
    'Mientras esta barra lateral esté abierta, este tablero se mantiene al día con los demás aunque la barra lateral muestre otra cosa, y el servidor de señalización puede ver que este dispositivo está en línea. Firefox no puede mantenerlo al día cuando la barra lateral está cerrada.',

  agreements: 'Acuerdos',
  agreementSummary: (agreed, waiting, changed) =>
    `Acuerdos: ${plural(agreed, { other: '# con el acuerdo de todos' })} · ${plural(waiting, { other: '# en espera' })} · ${plural(changed, { other: '# con cambios por acordar' })}`,

  leaveBoard: 'Salir del tablero',
  leaveTitle: (name) => `¿Salir de «${name}»?`,
  leaveText: 'Esto te desconecta y quita el tablero de este dispositivo. Los demás conservan sus copias y pueden volver a invitarte.',
  stay: 'Quedarme',

  people: 'Personas en este tablero',
  me: (name) => `${name} (tú)`,
  invitedYou: 'te invitó · su clave lo confirma',
  hereNow: 'aquí ahora',
  away: 'ausente',
  changeRole: 'Cambiar rol',
  changeRoleFor: (name) => `Cambiar rol de ${name}`,
  changeMyRole: 'Cambiar rol (tú)',
  notConfirmed:
    'Aún sin confirmar: su dispositivo todavía no ha firmado su lugar en este tablero. Hasta entonces cuenta como participante: nada se acuerda sin esta persona, y los acuerdos a su nombre todavía no valen.',
  roleInSentence: {
    partner: 'participante',
    facilitator: 'terapeuta o facilitador/a',
    observer: 'observador/a',
  },
  suggestedForMe: (role) => `Propuesta: pasas a ser ${role}.`,
  suggestedFor: (name, role) => `Propuesta: ${name} pasa a ser ${role}.`,
  // Lists after a colon, so "tú" reads right on either side.
  roleVotes: (agreed, waiting) => `De acuerdo: ${agreed}; aún no: ${waiting}.`,
  you: 'tú',
  someone: 'alguien',
  agreeForMe: (role) => `Estoy de acuerdo en que pases a ser ${role}`,
  agreeFor: (name, role) => `Estoy de acuerdo en que ${name} pase a ser ${role}`,
  takeBackAgreement: 'Retirar mi acuerdo',
  newRoleForMe: 'Tu nuevo rol',
  newRoleFor: (name) => `Nuevo rol para ${name}`,
  roleChangeRule: 'Cambia en cuanto cada participante dé su acuerdo.',
  suggest: 'Proponer',
  cancel: 'Cancelar',
};
