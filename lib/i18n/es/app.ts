import type { Messages } from '@/lib/i18n/catalog';

export const app: Messages['app'] = {
  someone: 'Alguien',
  sharedBoard: 'Tablero compartido',
  boardGone: 'Este tablero ya no está en este dispositivo.',
  cannotPrint: 'No se pudo abrir este tablero, así que no se puede imprimir.',
  cannotRename: 'No se pudo abrir este tablero, así que no se le puede cambiar el nombre.',
  signalingProblem: (problem) => `Servidores de señalización: ${problem}`,
  iceProblem: (problem) => `Servidores ICE: ${problem}`,
  directNow:
    'Ahora mismo este tablero está conectado de forma directa (vinculado sin servidor). Para crear o restablecer un código de invitación, vuelve a «Tableros» y ábrelo de nuevo: ahí termina la conexión directa, y más adelante puedes volver a vincular los dispositivos como siempre.',
  couldNotConnect:
    'Los dispositivos no pudieron conectarse. Vuelve a vincularlos desde el principio. Si sigue fallando, puede que uno de los dos esté en una red que necesita un servidor TURN (mira en Ajustes).',
  couldNotConnectBecause: (reason) =>
    `Los dispositivos no pudieron conectarse (${reason}). Vuelve a vincularlos desde el principio. Si sigue fallando, puede que uno de los dos esté en una red que necesita un servidor TURN (mira en Ajustes).`,
  closedBeforeConnected: 'El tablero se cerró antes de que los dispositivos se conectaran. Vuelve a vincularlos desde el principio.',
  notArrived: 'Este tablero todavía no ha llegado aquí, así que aún no se puede vincular.',
  pairingNotAllowed: 'Aquí no se pudo crear un código de vinculación: este navegador no permitió una conexión directa.',
  pairingUsed: 'Este código de vinculación ya se usó en este dispositivo. Para volver a conectar, pide uno nuevo.',
};
