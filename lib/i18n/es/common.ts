import type { Messages } from '@/lib/i18n/catalog';

export const common: Messages['common'] = {
  appName: 'Common Ground',
  emptyBoards:
    'Un tablero es un registro vivo y compartido de lo que cada persona necesita, de lo que espera de las demás y de lo que le alegra. Se guarda en este dispositivo y solo se comparte con quienes invites.',
  kinds: {
    partners: 'Pareja',
    'open-relationship': 'Relación abierta',
    'client-therapist': 'Cliente y terapeuta',
    friends: 'Amistad',
    'co-workers': 'Equipo de trabajo',
    family: 'Familia',
  },
  sections: {
    boundary: {
      title: 'Límites',
      itemLabel: 'Límite',
      addLabel: 'Añadir límite',
      hint: 'Lo que cada persona necesita para sentir seguridad y respeto, y los límites que va a cuidar. Funcionan mejor dichos con tu propia voz («Necesito…», «Me siento… cuando…») y cuando todos están de acuerdo.',
      placeholder: 'Necesito… / Me siento… cuando…',
    },
    expectation: {
      title: 'Expectativas',
      itemLabel: 'Expectativa',
      addLabel: 'Añadir expectativa',
      hint: 'Las reglas que damos por hechas, dichas en voz alta: cuándo estamos el uno para el otro, cómo pedimos lo que necesitamos, cómo atravesamos un desacuerdo, cómo repartimos el tiempo juntos y por separado. Las pequeñas y concretas son las que más ayudan.',
      placeholder: 'Si te escribo durante el día, me gustaría que me respondieras antes de la noche.',
    },
    celebration: {
      title: 'Celebraciones',
      itemLabel: 'Celebración',
      addLabel: 'Añadir celebración',
      hint: 'Los buenos momentos que no deberían pasar desapercibidos: un trabajo nuevo, una conversación difícil llevada con cariño, un límite respetado. Di para quién es: animarse mutuamente también es cuidarse.',
      placeholder: 'Esta semana llevaste con mucho cariño una conversación difícil.',
    },
    support: {
      title: 'Apoyo',
      itemLabel: 'Apoyo',
      addLabel: 'Añadir apoyo',
      hint: 'Para atravesar juntos un momento difícil: cómo puedo apoyarte ahora mismo y qué me ayudaría a mí. Cambian a medida que cambia la vida, y no hace falta que nadie los apruebe.',
      placeholder: 'Ahora mismo me ayudaría que me preguntaras qué tal mi día.',
    },
  },
  nameHelp: 'El nombre que verán las personas con las que compartas un tablero. Se queda en este dispositivo hasta que compartas uno.',
  language: 'Idioma',
  languageAutomatic: 'El idioma de tu navegador',
  languageHelp: 'Cada persona elige el idioma en su propio dispositivo. Lo que está escrito en un tablero se queda tal como se escribió.',
  justNow: 'hace un momento',
};
