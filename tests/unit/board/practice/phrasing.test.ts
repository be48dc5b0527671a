import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soundsLikeAccusation } from '@/lib/board/practice/phrasing';

describe('the I-statement nudge, in English', () => {
  it.each([
    'You always leave the dishes.',
    'you never ask how my day was',
    'I was tired. You keep interrupting me.',
    'It is your fault we were late.',
    "You're always on your phone.",
    'You make me feel small.',
  ])('suggests an I statement for %j', (text) => expect(soundsLikeAccusation(text, 'en')).toBe(true));

  it.each([
    'I feel unheard when plans change at the last minute.',
    'I need an hour to myself after work.',
    'We check in every Sunday evening.',
    'Thank you for always making time for me.',
    'If you text me, I will reply by the evening.',
    '',
  ])('leaves %j alone', (text) => expect(soundsLikeAccusation(text, 'en')).toBe(false));

  it('reads the pseudo-locale and regional English as English', () => {
    expect(soundsLikeAccusation('You always leave the dishes.', 'en-XA')).toBe(true);
    expect(soundsLikeAccusation('You always leave the dishes.', 'en-GB')).toBe(true);
  });
});

/** Accusations in Spanish as people write them: the pronoun dropped, accents or not, questions and exclamations. */
const ES_ACCUSATIONS = [
  'Tú siempre llegas tarde.',
  'Tú nunca me escuchas.',
  'tu siempre llegas tarde',
  'Siempre haces lo mismo.',
  'Siempre llegas tarde a cenar.',
  'Nunca me preguntas cómo estoy.',
  'Nunca me escuchas',
  'Estoy cansada. Siempre me interrumpes.',
  'Jamás me das las gracias.',
  'Siempre estás con el móvil.',
  'Nunca tienes tiempo para mí.',
  'Nunca me has pedido perdón.',
  'Ya nunca me llamas.',
  'Ya no me escuchas como antes.',
  'Siempre te olvidas de mi cumpleaños.',
  'Nunca me ayudaste con la mudanza.',
  '¡Siempre dices lo mismo!',
  'Estoy harto, ¿por qué nunca me avisas?',
  'Otra vez llegas tarde.',
  'Siempre eres así con mi familia.',
  'Es tu culpa que lleguemos tarde.',
  'Por tu culpa perdimos el tren.',
  'Todo es culpa tuya.',
  'La culpa es tuya.',
  'Tú tienes la culpa de todo.',
  'Me haces sentir pequeña.',
  'Me pones de los nervios cuando haces eso.',
  'Deberías avisarme cuando llegas tarde.',
  'Tú deberías saberlo.',
  'No paras de mirar el móvil.',
  'Sigues sin recoger la cocina.',
  // The same words as the kind sentences, used to blame.
  'Nunca puedes llegar a tiempo.',
  'Nunca estás en casa.',
  'Ya no tienes tiempo para mí.',
  'Siempre olvidas lo que te pido.',
];

/** Ordinary Spanish "I" statements (and other calm sentences a board holds): never to be nudged. */
const ES_I_STATEMENTS = [
  'Necesito una hora para mí después del trabajo.',
  'Me siento sola cuando los planes cambian a última hora.',
  'Me siento ignorado cuando miras el móvil mientras hablamos.',
  'Me gustaría que habláramos del dinero juntos.',
  'Necesito que me avises si vas a llegar tarde.',
  'Me siento tranquila cuando sé a qué hora vuelves.',
  'Me duele cuando se cancelan los planes sin avisar.',
  'Siempre necesito un rato a solas los domingos.',
  'Nunca me he sentido tan escuchada como ahora.',
  'Nunca me siento cómoda hablando de esto delante de tu familia.',
  'Me gustaría que los viernes fueran para nosotros.',
  'Cuando discutimos, necesito parar diez minutos antes de seguir.',
  'Yo necesito saber con tiempo si viene alguien a casa.',
  'Siempre intento avisar cuando llego tarde.',
  'Nunca más quiero irme a dormir enfadada.',
  'Me preocupa el dinero y me gustaría que lo revisáramos juntos cada mes.',
  'Sé que no es tu culpa, pero necesito que hablemos.',
  'Nada de esto es culpa tuya; solo necesito tiempo.',
  'Me siento respetada cuando me preguntas antes de contar algo de nosotros.',
  'Prefiero que me escribas antes de llamarme.',
  'Me cuesta pedir ayuda, y me gustaría que me preguntaras cómo estoy.',
  'Me es difícil hablar cuando estoy cansado.',
  'Me siento en calma cuando tenemos la tarde libre.',
  'Siempre me ha costado hablar de sexo.',
  'Nunca he sabido decir que no, y quiero aprender.',
  'Me siento querida cuando me dices buenos días.',
  'Siempre que puedas, me gustaría que me avisaras.',
  'Ya no me siento segura cuando gritamos.',
  'Gracias por respetar mis tiempos.',
  'Siempre nos ha ido mejor cuando hablamos con calma.',
  'Tú y yo necesitamos un rato para nosotros cada semana.',
  'Quiero que sepas que puedes contar conmigo.',
  'Me encantaría que nos viéramos más a menudo.',
  'Siempre los viernes me gusta cenar en casa.',
  'Cuando me haces una pregunta delante de otros, me siento presionada.',
  'Me siento sola cuando nunca me escuchas.',
  'Siempre te aviso si voy a llegar tarde.',
  'Nunca nos vamos a dormir sin hablarlo.',
  '¿Podemos hablarlo el domingo? Necesito pensarlo.',
  // Rules with plural nouns after "nunca" or "siempre", and kind words in the second person.
  'Nunca discusiones por WhatsApp.',
  'Nunca llamadas después de las diez.',
  'Siempre vacaciones en agosto.',
  'Nunca decisiones grandes sin hablarlas antes.',
  'Siempre puedes contar conmigo.',
  'Nunca estás solo en esto.',
  'Nunca estás sola en esto.',
  'Ya no necesitas pedirme permiso.',
  'Ya no tienes que pedirme permiso.',
  'Nunca olvides que te quiero.',
  'Nunca dudes en decirme lo que sientes.',
  'Nunca tengas miedo de contarme algo.',
  '',
];

describe('the I-statement nudge, in Spanish', () => {
  it.each(ES_ACCUSATIONS)('suggests an I statement for %j', (text) => expect(soundsLikeAccusation(text, 'es')).toBe(true));

  it.each(ES_I_STATEMENTS)('leaves %j alone', (text) => expect(soundsLikeAccusation(text, 'es')).toBe(false));

  it('never nudges a text made only of I statements, however they are put together', () => {
    const statement = fc.constantFrom(...ES_I_STATEMENTS.filter(Boolean));
    const joiner = fc.constantFrom(' ', '\n', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(statement, joiner), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([words, between]) => words + between).join('');
        expect(soundsLikeAccusation(text, 'es')).toBe(false);
        expect(soundsLikeAccusation(text.toUpperCase(), 'es')).toBe(false);
      }),
    );
  });

  it('finds an accusation after any number of calm sentences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ES_I_STATEMENTS.filter(Boolean)), { maxLength: 4 }),
        fc.constantFrom(...ES_ACCUSATIONS),
        (calm, accusation) => {
          expect(soundsLikeAccusation([...calm, accusation].join(' '), 'es')).toBe(true);
        },
      ),
    );
  });

  it('reads regional Spanish as Spanish, and uses the rules of the panel’s language only', () => {
    expect(soundsLikeAccusation('Siempre haces lo mismo.', 'es-MX')).toBe(true);
    expect(soundsLikeAccusation('Siempre haces lo mismo.', 'en')).toBe(false);
    expect(soundsLikeAccusation('You always leave the dishes.', 'es')).toBe(false);
  });
});

describe('the I-statement nudge in a language without rules', () => {
  it.each(['de', 'fr-CA', 'pt-BR', ''])('is off for %j rather than wrong', (locale) => {
    for (const text of ['You always leave the dishes.', 'Siempre haces lo mismo.', 'Du machst das immer.']) {
      expect(soundsLikeAccusation(text, locale)).toBe(false);
    }
  });
});
