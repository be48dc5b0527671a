/**
 * Spanish. The subject pronoun is usually dropped, so an accusation seldom
 * starts with "tú": it starts with an absolute and a verb in the second
 * person ("Siempre haces…", "Nunca me escuchas", "Ya nunca me llamas"), or
 * with "Tú siempre…", "Deberías…", "Me haces sentir…", or lays blame
 * anywhere ("es tu culpa", "por tu culpa"). An "I" statement has its verb
 * in the first person ("Necesito…", "Me siento… cuando…", "Me gustaría…",
 * "Nunca me siento…"), which these rules never take for an accusation.
 *
 * Like the English rules, only the start of a sentence is read for the
 * absolutes: "Me siento sola cuando nunca me escuchas" is the "I feel…
 * when…" form, and is left alone. Missing an accusation costs little (the
 * nudge is a suggestion); flagging an honest "I" statement would sting.
 */

/** Anything that makes the word read as a clause of its own. */
const END = '(?![\\p{L}])';
/** "¿Por qué siempre…?" asks the same thing as "Siempre…". */
const WHY = '(?:por\\s+qu[eé]\\s+)?';
const ABSOLUTE = '(?:siempre|nunca|jam[aá]s|ya\\s+nunca|ya\\s+no|constantemente|otra\\s+vez)';
/** Unstressed pronouns come before the verb: "Nunca me lo dices". */
const CLITICS = '(?:(?:me|te|se|nos|le|les|lo|la|los|las)\\s+)*';

/** A sentence that opens as a charge, whatever follows. */
const CHARGE = new RegExp(
  '^' +
    WHY +
    '(?:' +
    [
      `t[uú]\\s+(?:siempre|nunca|jam[aá]s|constantemente|me\\s+haces|deber[ií]as|tienes\\s+(?:toda\\s+)?la\\s+culpa|eres\\s+(?:siempre|demasiado))`,
      `deber[ií]as`,
      `no\\s+paras\\s+de`,
      `sigues\\s+sin`,
      `me\\s+(?:haces|hiciste|hace)\\s+sentir`,
      `me\\s+(?:pones|sacas)\\s+de\\s+(?:los\\s+nervios|quicio)`,
    ].join('|') +
    ')' +
    END,
  'u',
);

/** An absolute, then the verb (after any pronouns) in group 1. */
const ABSOLUTE_THEN_VERB = new RegExp(`^${WHY}(?:t[uú]\\s+)?${ABSOLUTE}\\s+${CLITICS}(\\p{L}+)`, 'u');

/** Blame, anywhere in a sentence; unless denied ("No es tu culpa", "Nada de esto es culpa tuya"). */
const BLAME = new RegExp(
  '(?:' +
    [
      '(?:es|fue|era|ha\\s+sido)\\s+(?:toda\\s+)?(?:tu\\s+culpa|culpa\\s+tuya)',
      'por\\s+tu\\s+culpa',
      'la\\s+culpa\\s+(?:es|fue|era)\\s+tuya',
      'tienes\\s+(?:toda\\s+)?la\\s+culpa',
    ].join('|') +
    ')' +
    END,
  'gu',
);
const DENIED = /(?:^|[^\p{L}])(?:no|nada|ni|nunca)(?![\p{L}])/u;

/**
 * Words ending like a second-person verb (-as, -es) that are not one, as
 * they follow "siempre" or "nunca" in an ordinary sentence: adverbs,
 * determiners, days, plural adjectives. Accented and plain spellings both,
 * since people type either; "estas" (these) is here but not "estás".
 */
const NOT_A_VERB = new Set(
  (
    'es más mas después despues además ademas antes entonces pues menos apenas jamás jamas veces tres dos seis ' +
    'mis tus sus las les los nos todas todos juntas juntos solas solos ambas ambos estas esas aquellas otras otros ' +
    'muchas muchos pocas pocos nosotras nosotros ellas ellos ustedes vosotras vosotros mientras quizás quizas atrás detrás ' +
    'lunes martes miércoles miercoles jueves viernes sábados sabados domingos noches mañanas mananas tardes fines días dias ' +
    'cosas gracias ganas triste tristes felices iguales fieles amables libres capaces dispuestas atentas sinceras honestas ' +
    'tranquilas unidas existe insiste'
  ).split(' '),
);

/**
 * "Nunca olvides…", "Nunca tengas miedo…", "Nunca me grites": the
 * subjunctive of a command asks or reassures, it does not say what the other
 * person does. Only forms that differ from the present ("olvidas", "tienes")
 * are listed.
 */
const COMMAND = new Set(
  (
    'olvides dudes dejes pienses creas sientas temas tengas digas hagas vayas grites juzgues compares ignores ' +
    'interrumpas mientas escondas calles rindas'
  ).split(' '),
);

/** Present, imperfect, future and conditional "tú" forms end in -s; the preterite in -ste. "-mos" is "we". */
function isSecondPerson(word: string): boolean {
  if (NOT_A_VERB.has(word) || COMMAND.has(word)) return false;
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  // Plural nouns that end like a verb: "Nunca discusiones…", "Nunca llamadas…", "Siempre vacaciones…"
  // (not -idas: "olvidas", "cuidas" are verbs).
  if (/(?:[cs]iones|adas)$/.test(plain)) return false;
  return plain.length >= 3 && !plain.endsWith('mos') && /(?:as|es|aste|iste)$/.test(plain);
}

/**
 * Second-person sentences that comfort: "Siempre puedes contar conmigo",
 * "Nunca estás solo en esto", "Ya no necesitas pedirme permiso". The same
 * verbs after other absolutes still charge ("Nunca puedes llegar a tiempo",
 * "Nunca estás en casa", "Ya no tienes tiempo para mí").
 */
const KIND = new RegExp(
  `^(?:siempre\\s+(?:puedes|podr[aá]s|pod[eé]s)|(?:nunca|jam[aá]s)\\s+(?:est[aá]s|vas\\s+a\\s+estar)\\s+sol[oa]s?|ya\\s+no\\s+(?:necesitas|tienes\\s+que))${END}`,
  'u',
);

export function soundsLikeAccusationEs(text: string): boolean {
  // Each sentence, and each question or exclamation (opened by ¿ or ¡), from its first word.
  const sentences = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[.!?…\n¡¿]+/u)
    .map((sentence) => sentence.replace(/^[\s«"“'(—-]+/u, ''));
  return sentences.some((sentence) => {
    if (CHARGE.test(sentence)) return true;
    if (KIND.test(sentence)) return false;
    const verb = ABSOLUTE_THEN_VERB.exec(sentence)?.[1];
    if (verb && isSecondPerson(verb)) return true;
    for (const blame of sentence.matchAll(BLAME)) {
      // The clause before the blame, back to the last comma or semicolon.
      const clause = sentence.slice(0, blame.index).split(/[,;:]/u).pop() ?? '';
      if (!DENIED.test(clause)) return true;
    }
    return false;
  });
}
