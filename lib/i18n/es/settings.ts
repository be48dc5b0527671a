import type { Messages } from '@/lib/i18n/catalog';

export const settings: Messages['settings'] = {
  back: 'Volver',
  title: 'Ajustes',
  loading: 'Cargando los ajustes…',
  yourName: 'Tu nombre',
  yourNameProblem: (reason) => `Tu nombre: ${reason}`,
  yourColour: 'Tu color',
  yourColourProblem: (reason) => `Tu color: ${reason}`,
  colourHelp:
    'Los demás ven este color, con su forma, junto a tu nombre y en el gráfico de «Cómo estamos», y la tarjeta en la que escribes toma ese color. Si alguien de un tablero ya lo tiene, allí te toca el siguiente libre.',
  signalingLegend: 'Qué servidores de señalización usar',
  signalingChoices: {
    defaults: 'Los predeterminados de Common Ground',
    practice: 'Solo el servidor de mi consulta',
    list: 'Una lista propia',
  },
  practiceServer: 'El servidor de tu consulta',
  signalingServers: 'Servidores de señalización',
  signalingHelp: (defaults) =>
    `Un servidor de señalización solo pone en contacto a tus dispositivos: transmite las solicitudes de conexión cifradas de la sala de un tablero sin poder leerlas, y nunca ve el tablero. Lo que sí ve es la dirección de internet de tu dispositivo, que dos dispositivos se encontraron y cuándo. Los predeterminados de Common Ground: ${defaults}, el servidor público y gratuito de y-webrtc, y el único público que sabemos que sigue funcionando. Lo comparten muchas aplicaciones, así que de vez en cuando está lleno o no responde. El servidor propio de tu consulta es más estable, y con él no se recurre a ningún otro (tu consulta puede montar uno: lo explica el README). Una lista propia es una dirección ws:// o wss:// por línea.`,
  iceServers: 'Servidores ICE',
  iceHelp:
    'Uno por línea; los usan tanto las invitaciones como la vinculación sin servidor. STUN (stun:host:puerto) ayuda a tus dispositivos a encontrar un camino directo entre sí; ve sus direcciones de internet, nunca lo que escribes. TURN (turn:host:puerto usuario contraseña) retransmite la conexión cifrada cuando no hay un camino directo, como en algunas redes de oficinas, hoteles o móviles: añade uno si la conexión sigue fallando. Déjalo vacío para conectarte solo dentro de tu propia red.',
  saved: 'Guardado. Los tableros que abras a partir de ahora usarán estos ajustes.',
  saveSettings: 'Guardar ajustes',
  keptInStep: {
    title: 'Tableros que se mantienen al día',
    about:
      'Mientras tu navegador esté abierto, estos tableros se mantienen al día con los demás aunque este panel esté cerrado, y el servidor de señalización puede ver que este dispositivo está en línea.',
    none: 'Ningún tablero se mantiene al día en este dispositivo. Un tablero que se mantiene al día sigue al ritmo de los demás mientras tu navegador está abierto, aunque este panel esté cerrado. Puedes activarlo en un tablero compartido, bajo «Personas en este tablero».',
    stop: 'Desactivar',
    stopOne: (board) => `Desactivar «Mantener al día» en «${board}»`,
    stopAll: 'Dejar de mantener todos al día',
    stopProblem: 'No se pudo hacer, así que nada cambió. Prueba de nuevo.',
    unreadable: 'No se pudo leer en este dispositivo qué tableros se mantienen al día.',
  },
};
