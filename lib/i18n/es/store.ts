import type { Messages } from '@/lib/i18n/catalog';

export const store: Messages['store'] = {
  save: {
    boardGone:
      'Este tablero se borró en este dispositivo (quizá en otra ventana), así que los cambios nuevos que hagas aquí ya no se pueden guardar.',
    diskFull:
      'Tu dispositivo se ha quedado sin espacio, así que tus últimos cambios todavía no están guardados. Están a salvo en esta ventana; libera algo de espacio y se guardarán solos.',
    failed:
      'No se pudieron guardar tus últimos cambios en este dispositivo. Están a salvo en esta ventana, y se volverá a intentar automáticamente.',
  },
  backup: {
    tooLarge: 'Este archivo es muchísimo más grande que cualquier copia de seguridad de Common Ground.',
    notJson: 'Este archivo no es una copia de seguridad de Common Ground: no está en formato JSON, o se cortó antes de terminar.',
    notBackup: 'Este archivo no es una copia de seguridad de Common Ground.',
    newerVersion:
      'Esta copia de seguridad se hizo con una versión más reciente de Common Ground. Actualiza la extensión y vuelve a intentarlo, por favor.',
    newerBoard:
      'Esta copia de seguridad contiene un tablero de una versión más reciente de Common Ground. Actualiza la extensión y vuelve a intentarlo, por favor.',
    unreadable: 'Esta copia de seguridad está dañada: no se pueden leer los datos del tablero.',
    noBoard: 'Esta copia de seguridad está dañada: no contiene ningún tablero.',
    incomplete: 'Esta copia de seguridad está dañada: falta una parte de los datos del tablero.',
    notesFromBackup: '— De una copia de seguridad —',
  },
  boardGone: 'Este tablero ya no está en este dispositivo.',
  pickColour: 'Elige uno de los colores que se muestran, por favor.',
  sessionGone: 'Esa sesión ya no está en este dispositivo.',
  sessionDamaged: 'La copia guardada de esa sesión está dañada y no se puede mostrar. El tablero en sí no se ha visto afectado.',
};
