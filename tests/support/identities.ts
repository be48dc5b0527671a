import type { Me } from '@/lib/sync/room/boardConnection';
import { makeTestPerson, type TestPerson } from '@/tests/support/signedPeople';

/**
 * People with real device keys who know each other's keys, as panels do
 * once everyone's entry on the board has verified: what connections need to
 * prove presence (lib/sync/room/presenceProof.ts).
 */
export async function knownPeople(names: string[]): Promise<{ people: TestPerson[]; me(index: number): Me }> {
  const people = await Promise.all(names.map(() => makeTestPerson()));
  const keys = new Map(people.map((person) => [person.id, person.signer.publicKey]));
  return {
    people,
    me: (index) => ({
      personId: people[index]!.id,
      name: names[index]!,
      colour: '#2f7f8f',
      identity: { keyOf: (personId) => keys.get(personId), sign: (statement) => people[index]!.signer.sign(statement) },
    }),
  };
}
