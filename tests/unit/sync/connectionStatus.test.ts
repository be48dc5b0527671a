import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/lib/i18n/messages';
import { connectionStatus, describeConnection, type ConnectionFacts } from '@/lib/sync/connectionStatus';

const facts = (over: Partial<ConnectionFacts>): ConnectionFacts => ({
  browserOnline: true,
  signaling: [{ connected: false, failedAttempts: 0 }],
  peersConnected: 0,
  peerNames: [],
  visitors: 0,
  kept: { names: [], own: 0 },
  ...over,
});

describe('connection status', () => {
  it.each<[string, Partial<ConnectionFacts>, string]>([
    ['first attempt pending', {}, 'Connecting…'],
    [
      'every server failed at least once',
      { signaling: [{ connected: false, failedAttempts: 2 }] },
      'Cannot reach the signaling server — retrying. Your changes are saved on this device.',
    ],
    [
      'one of two servers up',
      {
        signaling: [
          { connected: false, failedAttempts: 3 },
          { connected: true, failedAttempts: 0 },
        ],
      },
      'Waiting for others to join',
    ],
    ['browser offline', { browserOnline: false, signaling: [{ connected: false, failedAttempts: 1 }] }, 'Offline — saved on this device'],
    ['no servers set', { signaling: [] }, 'Not connecting: no signaling servers are set in Settings — saved on this device'],
    ['a peer, names not yet known', { peersConnected: 1 }, 'Connected with 1 other person'],
    [
      'two peers while signaling is down',
      { peersConnected: 2, peerNames: ['Sam', 'Alex', 'Sam'], signaling: [{ connected: false, failedAttempts: 5 }] },
      'Connected with Alex and Sam',
    ],
    ['three names', { peersConnected: 3, peerNames: ['Kai', 'Sam', 'Alex'] }, 'Connected with Alex, Kai and Sam'],
    ['a visitor whose presence is not proved', { peersConnected: 1, visitors: 1 }, 'Connected with 1 unconfirmed visitor'],
    ['a partner and two visitors', { peersConnected: 3, peerNames: ['Sam'], visitors: 2 }, 'Connected with Sam and 2 unconfirmed visitors'],
    // Keep in step (lib/app/keepInStep): a browser with nobody at it is never named as connected, nor a visitor.
    [
      'only Sam’s browser, keeping the board in step',
      { peersConnected: 1, kept: { names: ['Sam'], own: 0 } },
      'Waiting for others to join — Sam’s browser keeps this board in step',
    ],
    [
      'this browser’s own background and two others’ browsers',
      { peersConnected: 3, kept: { names: ['Sam', 'Kai'], own: 1 } },
      'Waiting for others to join — Kai’s browser and Sam’s browser keep this board in step',
    ],
    ['only this browser’s own background', { peersConnected: 1, kept: { names: [], own: 1 } }, 'Waiting for others to join'],
    [
      'Sam here, Kai’s browser keeping in step',
      { peersConnected: 2, peerNames: ['Sam'], kept: { names: ['Kai'], own: 0 } },
      'Connected with Sam',
    ],
    [
      'a visitor beside a browser keeping in step',
      { peersConnected: 2, visitors: 1, kept: { names: ['Sam'], own: 1 } },
      'Connected with 1 unconfirmed visitor',
    ],
    ['peers even when the browser says offline', { peersConnected: 1, peerNames: ['Sam'], browserOnline: false }, 'Connected with Sam'],
  ])('%s', (_label, given, text) => {
    expect(describeConnection(connectionStatus(facts(given)))).toBe(text);
  });

  describe('in Spanish', () => {
    afterEach(() => useLocale('en'));

    it.each<[string, Partial<ConnectionFacts>, string]>([
      ['three names', { peersConnected: 3, peerNames: ['Kai', 'Sam', 'Alex'] }, 'Conectado con Alex, Kai y Sam'],
      [
        'a partner and two visitors',
        { peersConnected: 3, peerNames: ['Sam'], visitors: 2 },
        'Conectado con Sam y 2 visitantes sin confirmar',
      ],
      ['a peer, names not yet known', { peersConnected: 1 }, 'Conectado con otra persona'],
      ['two peers, names not yet known', { peersConnected: 2 }, 'Conectado con otras 2 personas'],
      [
        'only Sam’s browser, keeping the board in step',
        { peersConnected: 1, kept: { names: ['Sam'], own: 0 } },
        'Esperando a que se unan los demás — el navegador de Sam mantiene este tablero al día',
      ],
      [
        'browser offline',
        { browserOnline: false, signaling: [{ connected: false, failedAttempts: 1 }] },
        'Sin conexión — guardado en este dispositivo',
      ],
    ])('%s', async (_label, given, text) => {
      await useLocale('es');
      expect(describeConnection(connectionStatus(facts(given)))).toBe(text);
    });
  });
});
