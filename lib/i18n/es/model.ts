import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';

export const model: Messages['model'] = {
  someone: 'Alguien',
  untitledBoard: 'Tablero sin nombre',
  nameMissing: 'Escribe un nombre, por favor.',
  nameTooLong: (limit) => plural(limit, { one: 'Usa menos de # carácter, por favor.', other: 'Usa menos de # caracteres, por favor.' }),
  roles: {
    partner: 'Participante',
    facilitator: 'Terapeuta o facilitador/a',
    observer: 'Observador/a',
  },
  roleMeanings: {
    partner: 'Quienes participan hacen los acuerdos: añaden y editan tarjetas, y dan su acuerdo.',
    facilitator:
      'Quien acompaña como terapeuta o facilitador/a guía la conversación y puede añadir y editar tarjetas, pero no da su acuerdo.',
    observer: 'Quien observa puede leer el tablero, pero no cambiarlo.',
  },
  checkInScale: {
    struggling: 'Cuesta arriba',
    uneasy: 'Con inquietud',
    okay: 'Ni bien ni mal',
    good: 'Bien',
    thriving: 'Muy bien',
  },
  reactions: {
    cheer: 'Bravo',
    love: 'Me encanta',
    proud: 'Qué orgullo',
    thanks: 'Gracias',
  },
  colours: {
    teal: 'Verde azulado',
    plum: 'Ciruela',
    amber: 'Ámbar',
    blue: 'Azul',
    green: 'Verde',
    red: 'Rojo',
    violet: 'Violeta',
    olive: 'Oliva',
  },
};
