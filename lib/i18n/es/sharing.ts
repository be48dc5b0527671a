import type { Messages } from '@/lib/i18n/catalog';

export const sharing: Messages['sharing'] = {
  close: 'Cerrar',

  addressNotice: 'Quién ve tu dirección de internet',
  gotIt: 'Entendido',
  chooseServers: 'Elegir servidores',

  copyRefused: (chord) => `Aquí no se permitió copiar: el código está seleccionado, pulsa ${chord} para copiarlo.`,
  copiedInvitation:
    'Invitación copiada, con el código dentro. Pégala en un chat que ya compartas con esa persona, como el de la videollamada.',
  copied: 'Copiado. Pégalo en un chat que ya compartas con esa persona, como el de la videollamada.',

  inviteAs: 'Invitar como',

  inviteTitle: 'Invitar a alguien a este tablero',
  inviteAsNote: 'Cada código lleva un solo rol, y la persona lo ve antes de unirse.',
  preparingInvite: 'Preparando la invitación…',
  inviteCode: 'Código de invitación',
  copyInviteCode: 'Copiar código de invitación',
  copyInvitation: 'Copiar invitación',
  inviteHelp:
    'Cualquiera que tenga este código puede unirse a este tablero y ver todo lo que hay en él. Envíalo solo a quien deba recibirlo, por un canal que ya compartas con esa persona, como el chat de la videollamada. El tablero viaja directamente de un dispositivo a otro, nunca a través de un servidor.',
  resetSummary: 'Si un código llegó a quien no debía',
  resetHelp:
    'Al restablecer la invitación, este tablero pasa a una sala privada nueva. El código anterior deja de funcionar, y se queda fuera cualquier persona conectada ahora o que guarde un código antiguo: una expareja, o alguien que recibió un código por error. Lo que ya vio se queda en su dispositivo; lo que añadas a partir de ahora ya no le llega.',
  resetInvite: 'Restablecer invitación',
  resetTitle: '¿Restablecer la invitación?',
  keepCode: 'Mantener el código actual',
  resetConfirm:
    'Todas las personas conectadas ahora se desconectan, y el código actual deja de funcionar. Recibirás un código nuevo para enviar a quienes deban seguir. No se borra nada del tablero.',
  resetDone:
    'Listo. El código anterior ya no lleva a este tablero. Envía este código nuevo a cada persona que deba seguir; su copia del tablero se traslada en cuanto lo pegue en «Unirse a un tablero».',

  pairTitle: 'Vincular sin servidor',
  pairHelp:
    'Para cuando prefieras que no intervenga ningún servidor de señalización, o no se pueda llegar a ninguno. Envía el código de vinculación por el chat de la llamada; la otra persona lo pega en «Unirse a un tablero» y te devuelve un código de respuesta, que pegas aquí abajo. El código sirve durante 15 minutos, mientras esto siga abierto.',
  onlyThisNetwork: 'Solo esta red',
  onlyThisNetworkHelp:
    'No le pregunta nada a ningún servidor, ni siquiera la dirección de internet de este dispositivo. Funciona cuando los dos dispositivos están en la misma red, como el wifi de una consulta de terapia; al cambiar esta opción se crea un código nuevo.',
  preparingPairing: 'Preparando un código de vinculación…',
  pairingCode: 'Código de vinculación',
  copyPairingCode: 'Copiar código de vinculación',
  replyCode: 'Código de respuesta',
  connect: 'Conectar',
  connecting: 'Conectando…',
  confirmWordsLead: 'Ya hay conexión directa. Tus palabras de confirmación:',
  confirmWordsHelp:
    'Léelas en voz alta durante la llamada y comprueba que la otra persona ve las mismas palabras. Si las suyas son distintas, puede que haya alguien en medio: cierra este tablero y vuelve a vincular los dispositivos.',

  checkWords: 'Comprobar juntos estas palabras',
  pairingFailed: 'La vinculación no llegó a conectar',
  sendReply: 'Envía esta respuesta',
  copyReplyCode: 'Copiar código de respuesta',
  replyHelp:
    'Pégalo en el chat de la llamada. La conexión se hace en cuanto la persona que te envió el código de vinculación lo pegue en su dispositivo.',
  waitingForReply: 'Esperando a que la otra persona pegue la respuesta…',

  invitationFor: {
    partner: (title) =>
      `Aquí tienes mi invitación a «${title}», nuestro tablero en Common Ground para nuestros límites, expectativas y celebraciones.`,
    facilitator: (title) =>
      `Aquí tienes mi invitación a «${title}», nuestro tablero en Common Ground para nuestros límites, expectativas y celebraciones. Te invitamos a acompañarnos como terapeuta o facilitador/a: puedes guiarnos y añadir cosas al tablero.`,
    observer: (title) =>
      `Aquí tienes mi invitación a «${title}», nuestro tablero en Common Ground para nuestros límites, expectativas y celebraciones. Te invitamos como observador/a: puedes leer el tablero.`,
  },
  invitationHowTo:
    'Para unirte: instala Common Ground, una extensión gratuita para Chrome y Firefox (búscala en la tienda de extensiones de tu navegador). Ábrela, elige «Unirse a un tablero» y pega este mensaje completo.',
};
