import type { Messages } from '@/lib/i18n/catalog';

/**
 * Written as a Spanish-speaking couples therapist would put them, not
 * translated word for word: questions in the first person, starters that
 * open an "I" statement ("Necesito…", "Me gustaría…") in words that need no
 * gender ("seguridad y respeto", not "seguro/a").
 */
export const practice: Messages['practice'] = {
  iStatementNudge:
    'Quizá llegue con más suavidad si lo dices en primera persona, por ejemplo «Me siento… cuando…» o «Necesito…». Es solo una sugerencia.',
  prompts: {
    boundary: {
      safe: { question: '¿Qué necesito para sentir seguridad y respeto?', starter: 'Necesito ' },
      shared: {
        question: '¿Qué se puede contar de nosotros a otras personas, y a quién?',
        starter: 'Me parece bien que otras personas sepan ',
      },
      space: { question: '¿Cuánto tiempo y espacio propio necesito?', starter: 'Necesito tiempo para mí cuando ' },
      money: { question: '¿Qué me parece justo en cuestiones de dinero?', starter: 'Con el dinero, necesito ' },
      closeness: { question: '¿Qué cercanía emocional con otras personas me resulta cómoda?', starter: 'Estoy a gusto cuando ' },
      sexualHealth: { question: '¿Qué necesito para cuidar mi salud sexual?', starter: 'Para cuidar mi salud sexual, necesito ' },
      otherPartners: {
        question: '¿Qué necesito saber de otras parejas, y cuándo?',
        starter: 'Si hay una pareja nueva, me gustaría saberlo ',
      },
      private: { question: '¿Qué prefiero guardar para mí, sin escribirlo siquiera aquí?', starter: 'Prefiero no poner por escrito ' },
      workHours: { question: '¿Qué horas son mías y no del trabajo?', starter: 'No estoy disponible para temas de trabajo ' },
      askFirst: {
        question: '¿De qué temas necesito que me pregunten antes de sacarlos?',
        starter: 'Siento que me respetan cuando me preguntan antes de ',
      },
    },
    expectation: {
      available: { question: '¿Cuándo y cómo estamos disponibles el uno para el otro?', starter: 'Normalmente estoy disponible ' },
      reply: {
        question: 'Si escribo un mensaje, ¿para cuándo me gustaría tener respuesta?',
        starter: 'Cuando te escribo, me gustaría que me respondieras ',
      },
      needs: {
        question: '¿Cómo te cuento lo que necesito, y cómo me gustaría que respondieras?',
        starter: 'Cuando necesite algo, voy a ',
      },
      disagree: { question: '¿Qué hacemos cuando no estamos de acuerdo?', starter: 'Cuando no estemos de acuerdo, me gustaría que ' },
      decisions: {
        question: '¿Cómo tomamos las decisiones que nos afectan a los dos?',
        starter: 'En las decisiones que nos afectan a los dos, me gustaría ',
      },
      intention: {
        question: 'Una intención pequeña y concreta para las próximas semanas',
        starter: 'En las próximas semanas, me propongo ',
      },
      together: { question: '¿Cuánto tiempo juntos, y cuánto cada uno por su lado?', starter: 'El tiempo juntos que más me importa es ' },
      payBack: {
        question: 'Si uno de los dos paga, ¿esperamos que el otro le devuelva su parte?',
        starter: 'Cuando pago algo para los dos, espero ',
      },
      otherPartnersTime: {
        question: '¿Cómo repartimos el tiempo con otras parejas?',
        starter: 'El tiempo con otras parejas me va bien cuando ',
      },
      sessions: {
        question: '¿Cómo funcionan nuestras sesiones: horario, retrasos, cancelaciones?',
        starter: 'Para nuestras sesiones, espero ',
      },
      betweenSessions: { question: '¿Qué pasa entre una sesión y la siguiente?', starter: 'Entre sesiones, voy a ' },
      seeEachOther: { question: '¿Cada cuánto queremos vernos?', starter: 'Me encantaría que nos viéramos ' },
      handOver: { question: '¿Cómo nos pasamos el trabajo el uno al otro?', starter: 'Cuando te pase trabajo, voy a ' },
      care: { question: '¿Cómo repartimos los cuidados y las tareas de casa?', starter: 'Puedo encargarme de ' },
    },
    celebration: {
      noticed: { question: 'Algo que hiciste hace poco, que vi y me encantó', starter: 'Me encantó cuando ' },
      hardTalk: { question: 'Una conversación difícil que supimos llevar bien', starter: 'Hablamos de ' },
      respected: { question: 'Un límite que se respetó', starter: 'Gracias por respetar ' },
      win: { question: 'Un logro, grande o pequeño', starter: 'Felicidades por ' },
    },
    support: {
      helpMe: { question: '¿Qué me ayudaría más ahora mismo?', starter: 'Ahora mismo, me ayudaría que ' },
      supportYou: { question: '¿Cómo puedo apoyarte ahora mismo?', starter: 'Puedo apoyarte ' },
      goEasy: {
        question: '¿Con qué nos conviene ir con calma durante un tiempo?',
        starter: 'Durante un tiempo, me gustaría que nos tomáramos con calma ',
      },
    },
  },
};
