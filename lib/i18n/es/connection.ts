import type { Messages } from '@/lib/i18n/catalog';
import { plural } from '@/lib/i18n/format';

export const connection: Messages['connection'] = {
  status: {
    notShared: 'Aún sin compartir — guardado en este dispositivo',
    noSignaling: 'Sin conectar: no hay servidores de señalización en Ajustes — guardado en este dispositivo',
    offline: 'Sin conexión — guardado en este dispositivo',
    connecting: 'Conectando…',
    unreachable: 'No se puede conectar con el servidor de señalización — reintentando. Tus cambios están guardados en este dispositivo.',
    waiting: 'Esperando a que se unan los demás',
    directClosed: 'La conexión directa se cerró — guardado en este dispositivo. Vincula de nuevo los dispositivos para volver a conectar.',
    connectedWith: (names) => `Conectado con ${names}`,
    unconfirmedVisitors: (count) => plural(count, { one: '# visitante sin confirmar', other: '# visitantes sin confirmar' }),
    waitingKeptInStep: (browsers, count) =>
      `Esperando a que se unan los demás — ${browsers} ${count === 1 ? 'mantiene' : 'mantienen'} este tablero al día`,
    browserOf: (name) => `el navegador de ${name}`,
    connectedWithCount: (count) => plural(count, { one: 'Conectado con otra persona', other: 'Conectado con otras # personas' }),
  },

  // “Da a conocer su dirección a …”: the sentence stays the same whether one server or several learn it.
  address: {
    none: 'Para conectar, ningún servidor ve la dirección de internet de este dispositivo: solo la ven las personas con las que te conectas.',
    signaling: (signaling) =>
      `Para conectar, este dispositivo da a conocer su dirección de internet a ${signaling} (para que tus dispositivos se encuentren), pero nunca tu tablero.`,
    ice: (ice) =>
      `Para conectar, este dispositivo da a conocer su dirección de internet a ${ice} (para ayudar a tus dispositivos a conectarse entre sí), pero nunca tu tablero.`,
    both: (signaling, ice) =>
      `Para conectar, este dispositivo da a conocer su dirección de internet a ${signaling} (para que tus dispositivos se encuentren) y a ${ice} (para ayudarlos a conectarse entre sí), pero nunca tu tablero.`,
    pairingNoServer:
      'No se le pregunta nada a ningún servidor: tus dispositivos se buscan solo en la red en la que están, así que los dos tienen que estar en la misma.',
    pairingStun: (hosts, count) =>
      plural(count, {
        one: `No interviene ningún servidor de señalización, pero para encontrar un camino entre tus dispositivos, este dispositivo le pregunta su dirección de internet a ${hosts}, así que ese servidor la conoce (nunca tu tablero).`,
        other: `No interviene ningún servidor de señalización, pero para encontrar un camino entre tus dispositivos, este dispositivo les pregunta su dirección de internet a ${hosts}, así que esos servidores la conocen (nunca tu tablero).`,
      }),
  },

  invite: {
    empty: 'Pega aquí el código de invitación que te enviaron.',
    tooLong: 'Esto es mucho más largo que un código de invitación. Copia solo el código.',
    notOne: 'Esto no parece un código de invitación de Common Ground (empiezan por «CG» y un número, como «CG2-»).',
    newer: 'Este código de invitación se hizo con una versión más reciente de Common Ground. Actualiza la extensión y vuelve a intentarlo.',
    unknownVersion: 'No conocemos la versión de este código de invitación.',
    badCharacters: 'Este código de invitación tiene caracteres que no forman parte de él. Vuelve a copiarlo entero.',
    unknownRole: 'Este código de invitación indica un rol que no conocemos. Puedes pedir un código nuevo.',
    damaged: 'Este código de invitación está incompleto o dañado. Vuelve a copiarlo entero.',
    noTitle: 'Este código de invitación no trae un nombre de tablero válido.',
    badSignaling: 'Los servidores de señalización de este código de invitación no son válidos.',
    versionMismatch: 'La versión de este código de invitación no coincide con su contenido.',
    noRoom: 'Este código de invitación no trae una sala válida.',
    noSecret: 'Este código de invitación no trae una clave secreta válida.',
    badFingerprint: 'La huella de la clave de este código de invitación está dañada. Vuelve a copiarlo entero.',
    badBoard: 'La identidad del tablero de este código de invitación está dañada. Vuelve a copiarlo entero.',
  },

  pairingCode: {
    empty: 'Pega aquí el código de vinculación que te enviaron.',
    tooLong: 'Esto es mucho más largo que un código de vinculación. Copia solo el código.',
    otherKind: 'Eso es un código de respuesta: va de vuelta a la persona que empezó la vinculación, en su tablero.',
    newer:
      'Este código de vinculación se hizo con una versión más reciente de Common Ground. Actualiza la extensión y vuelve a intentarlo.',
    notOne: (prefix) => `Esto no parece un código de vinculación (empiezan por «${prefix}»).`,
    badCharacters: 'Este código de vinculación tiene caracteres que no forman parte de él. Vuelve a copiarlo entero.',
    incomplete: 'Este código de vinculación está incompleto. Vuelve a copiarlo entero.',
    changed: 'Este código de vinculación cambió o se dañó por el camino. Vuelve a copiarlo entero, o pide uno nuevo.',
    damaged: 'Este código de vinculación está dañado. Vuelve a copiarlo entero, o pide uno nuevo.',
  },

  replyCode: {
    empty: 'Pega aquí el código de respuesta que te enviaron.',
    tooLong: 'Esto es mucho más largo que un código de respuesta. Copia solo el código.',
    otherKind:
      'Eso es un código de vinculación: va en «Unirse a un tablero», en el otro dispositivo. Aquí pega el código de respuesta que te devolvieron.',
    newer: 'Este código de respuesta se hizo con una versión más reciente de Common Ground. Actualiza la extensión y vuelve a intentarlo.',
    notOne: (prefix) => `Esto no parece un código de respuesta (empiezan por «${prefix}»).`,
    badCharacters: 'Este código de respuesta tiene caracteres que no forman parte de él. Vuelve a copiarlo entero.',
    incomplete: 'Este código de respuesta está incompleto. Vuelve a copiarlo entero.',
    changed: 'Este código de respuesta cambió o se dañó por el camino. Vuelve a copiarlo entero, o pide uno nuevo.',
    damaged: 'Este código de respuesta está dañado. Vuelve a copiarlo entero.',
  },

  pairing: {
    expiredCode:
      'Este código de vinculación caducó: los códigos duran 15 minutos, mientras el panel de la otra persona espera. Puedes pedir uno nuevo.',
    otherPairing:
      'Esta respuesta es de otro código de vinculación. Pide a la otra persona que vuelva a pegar el código de vinculación más reciente en «Unirse a un tablero».',
    replyUsed: 'Este código de respuesta ya se usó. Para volver a conectar, empieza una vinculación nueva.',
    expired: 'Esta vinculación caducó. Puedes empezar una nueva.',
    closedBeforeReach: 'La conexión se cerró antes de que los dispositivos pudieran conectarse. Empieza una vinculación nueva.',
    replyUnusable: 'No se pudo usar este código de respuesta. Pídelo otra vez, copiado entero.',
    codeUnusable: 'Aquí no se pudo usar este código de vinculación. Puedes pedir uno nuevo.',
    timedOut: 'Los dispositivos no lograron conectarse a tiempo.',
    closedBeforeOpen: 'La conexión se cerró antes de abrirse.',
    unreachable: 'Los dispositivos no lograron encontrarse.',
    replyNotPasted: 'el código de respuesta no se pegó a tiempo en el otro dispositivo',
  },

  servers: {
    notAddress: (text) => `«${text}» no es una dirección web.`,
    notWebSocket: (text) => `«${text}» tiene que empezar por wss:// (o ws:// para un servidor en este equipo o en esta red).`,
    credentialsInAddress: (text) => `«${text}» no debe llevar usuario ni contraseña.`,
    tooManySignaling: (max) => `Puedes poner como máximo ${max} servidores de señalización.`,
    tooManyIce: (max) => `Puedes poner como máximo ${max} servidores ICE.`,
    notIce: (url) => `«${url}» tiene que empezar por stun: o turn:.`,
    tooManyParts: (line) => `«${line}» tiene más partes que un servidor, un usuario y una contraseña.`,
    turnNeedsCredentials: (url) => `El servidor TURN «${url}» necesita un usuario y una contraseña detrás.`,
    stunTakesNoCredentials: (url) => `El servidor STUN «${url}» no lleva usuario ni contraseña.`,
    practiceMissing: 'Escribe la dirección del servidor de tu consulta (empieza por wss://).',
    chooseSignaling: 'Elige qué servidores de señalización usar.',
  },
};
