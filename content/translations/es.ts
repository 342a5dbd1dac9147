import type { PackTranslationInput } from '../translation-schema';

// Spanish. A translation of our English cards (facts from the article only), not of the article.
export const es: PackTranslationInput = {
  language: 'es',
  disclaimer:
    'Resumen educativo de un solo artículo: no es consejo médico ni sustituye a un profesional sanitario cualificado.',
  sections: {
    intro: 'Introducción al uso de la ketamina',
    uses: '¿Para qué se usa la ketamina?',
    kap: '¿Qué es la psicoterapia asistida con ketamina?',
    misconceptions: 'Ideas erróneas frecuentes sobre la ketamina',
    research:
      'Una mirada a fondo a la investigación sobre la terapia y el tratamiento con ketamina',
    depression: 'Una mirada a fondo al tratamiento de la depresión con ketamina',
    anxiety: 'Una mirada a fondo a la ketamina para la ansiedad',
    mechanism: '¿Cómo reduce la ketamina los síntomas de ansiedad?',
    speed: '¿Con qué rapidez actúa la ketamina contra la ansiedad?',
    combination: '¿Cómo actúan juntas la terapia y la ketamina para reducir la ansiedad?',
  },
  terms: {
    ketamine: 'Ketamina',
    esketamine: 'Esketamina',
    'ketamine-assisted-psychotherapy': 'Psicoterapia asistida con ketamina',
    'ketamine-therapy': 'Terapia con ketamina',
    'ketamine-infusion': 'Infusión de ketamina',
    'dissociative-anaesthetic': 'Anestésico disociativo',
    dissociatives: 'Disociativos',
    'treatment-resistant-depression': 'Depresión resistente al tratamiento',
    'generalised-anxiety-disorder': 'Trastorno de ansiedad generalizada',
    'treatment-resistant-anxiety': 'Ansiedad resistente al tratamiento',
    'off-label': 'Fuera de indicación',
    glutamate: 'Glutamato',
    serotonin: 'Serotonina',
    depression: 'Depresión',
    anxiety: 'Ansiedad',
    psychotherapy: 'Psicoterapia',
    antidepressants: 'Antidepresivos',
    nhs: 'NHS',
    sedation: 'Sedación',
    'pain-relief': 'Alivio del dolor',
    psychedelics: 'Psicodélicos',
  },
  cards: {
    'ketamine-reputation': {
      title: 'La mala fama de la ketamina',
      summary:
        'El artículo empieza señalando que la ketamina no tiene muy buena fama: hay quien la conoce como «tranquilizante para caballos» o la asocia con el ambiente de fiesta.',
      detail:
        'Frente a esa imagen, la autora se propone desmontar ideas erróneas y explicar los efectos sorprendentes que la sustancia puede tener cuando acompaña a la psicoterapia.',
      keywords: [
        'reputación',
        'imagen',
        'estigma',
        'mala fama',
        'ambiente de fiesta',
        'prejuicios',
      ],
      questions: [
        'por qué la ketamina tiene mala fama',
        'por qué dicen que la ketamina es un tranquilizante para caballos',
        'por qué se asocia la ketamina con las fiestas',
      ],
    },
    'ketamine-dissociative-anaesthetic': {
      title: 'Qué es la ketamina',
      summary:
        'La ketamina es un anestésico disociativo. A enero de 2024, según el artículo, está aprobada para que los profesionales sanitarios la usen en sedaciones de corta duración.',
      detail:
        'Pertenece a los disociativos, una clase de drogas psicodélicas que hacen que la persona se sienta separada de su cuerpo y de su entorno.',
      keywords: [
        'qué es la ketamina',
        'para qué sirve',
        'anestesia',
        'anestésico',
        'sedación de corta duración',
        'uso aprobado',
      ],
      questions: [
        'qué es la ketamina',
        'para qué se usa la ketamina',
        'la ketamina es un anestésico',
        'la ketamina te deja inconsciente',
        'se usa la ketamina para sedar a pacientes',
      ],
    },
    'dissociatives-definition': {
      title: 'Qué hacen los disociativos',
      summary:
        'Los disociativos son un grupo de drogas psicodélicas. Hacen que la persona se sienta desconectada de su propio cuerpo y del mundo que la rodea.',
      detail: 'La ketamina pertenece a este grupo: el artículo la llama anestésico disociativo.',
      keywords: [
        'disociación',
        'desconectado',
        'separado del cuerpo',
        'experiencia extracorporal',
        'sentirse fuera del cuerpo',
        'clase de drogas',
      ],
      questions: [
        'qué significa disociativo',
        'qué se siente con la ketamina',
        'por qué uno se siente desconectado con ketamina',
        'la ketamina es un psicodélico',
      ],
    },
    'kap-definition': {
      title: 'Psicoterapia asistida con ketamina',
      summary:
        'Un uso más reciente de la ketamina: combinarla con psicoterapia. Es cada vez más popular como tratamiento de problemas de salud mental como la depresión y la ansiedad.',
      detail:
        'El artículo la presenta como una aplicación nueva de una sustancia que ya tenía usos médicos, cada vez más empleada en salud mental, con la depresión y la ansiedad como ejemplos.',
      keywords: ['qué es la KAP', 'uso nuevo', 'popularidad', 'salud mental', 'ketamina y terapia'],
      questions: [
        'qué es la terapia asistida con ketamina',
        'qué es la KAP',
        'se usa la ketamina en salud mental',
        'la ketamina ayuda con la depresión o la ansiedad',
      ],
    },
    'kap-decades-of-research': {
      title: 'Décadas de investigación',
      summary:
        'Según el artículo, la investigación realizada a lo largo de varias décadas apunta al éxito de la psicoterapia asistida con ketamina.',
      detail:
        'El artículo no enumera los estudios; describe un conjunto de investigaciones acumulado durante varias décadas que informa de resultados positivos para este enfoque.',
      keywords: ['décadas de investigación', 'evidencia', 'estudios', 'funciona', 'éxito'],
      questions: [
        'funciona la terapia con ketamina',
        'hay investigación sobre la terapia con ketamina',
        'se estudia la terapia con ketamina desde hace mucho',
      ],
    },
    'kap-trance-alternative-routes': {
      title: 'Otro camino ante los temas difíciles',
      summary:
        'Los efectos de trance de la ketamina pueden abrir a la terapia otras vías hacia problemas que a los pacientes quizá les habría costado superar con las terapias de conversación tradicionales.',
      detail:
        'El artículo atribuye a la cualidad de trance de la sustancia unas vías alternativas: los pacientes pueden trabajar dificultades que la terapia de conversación por sí sola quizá no les habría ayudado a superar.',
      keywords: [
        'trance',
        'estado de trance',
        'terapia de conversación',
        'por qué combinar',
        'vías alternativas',
        'estancado en terapia',
      ],
      questions: [
        'por qué combinar ketamina con terapia',
        'para qué sirve el trance en terapia',
        'ayuda la ketamina cuando la terapia de conversación no basta',
        'sentirse estancado en terapia',
      ],
    },
    'negative-connotations': {
      title: 'De dónde viene la imagen negativa',
      summary:
        'A menudo se desprecia la ketamina como un simple «tranquilizante para caballos», y sus efectos disociativos la convierten en una droga recreativa habitual. Ese mal uso y esa etiqueta le dieron mala fama.',
      detail:
        'El artículo nombra dos fuentes del estigma: la etiqueta despectiva de tranquilizante para caballos y el consumo recreativo motivado por sus efectos disociativos.',
      keywords: [
        'tranquilizante para caballos',
        'uso recreativo',
        'mal uso',
        'droga de fiesta',
        'estigma',
        'etiqueta equivocada',
      ],
      questions: [
        'por qué la ketamina tiene mala fama',
        'es la ketamina una droga de fiesta',
        'se consume ketamina como droga',
        'por qué se ve la ketamina como un tranquilizante para caballos',
      ],
    },
    'medical-uses': {
      title: 'Se usa en medicina y en terapia',
      summary:
        'Según el artículo, la ketamina es eficaz en psicoterapia y en medicina general, y se administra de forma rutinaria para sedar tanto a animales como a personas.',
      detail:
        'Sedar animales es solo una parte: la misma sustancia se usa de forma rutinaria para sedar a personas y también tiene su lugar en la práctica psicoterapéutica.',
      keywords: ['animales', 'personas', 'humanos', 'veterinarios', 'sedar', 'uso médico'],
      questions: [
        'la ketamina es solo para animales',
        'se usa la ketamina en personas',
        'los veterinarios usan ketamina',
        'la ketamina es un medicamento de verdad',
      ],
    },
    'low-dose-pain-relief': {
      title: 'Dosis más bajas para el dolor',
      summary:
        'En dosis más bajas, la ketamina se administra para aliviar el dolor, por ejemplo por huesos rotos (fracturas), dolor abdominal o dolor de larga duración (crónico).',
      detail:
        'Para el dolor, el artículo dice que se usan dosis más bajas; sus ejemplos son huesos rotos, dolor abdominal y dolor persistente (crónico).',
      keywords: [
        'dosis baja',
        'analgésico',
        'huesos rotos',
        'fracturas',
        'dolor crónico',
        'dolor abdominal',
      ],
      questions: [
        'la ketamina es un analgésico',
        'se usa la ketamina para el dolor',
        'ayuda la ketamina con el dolor crónico',
        'se da ketamina por una fractura',
      ],
    },
    'psychiatric-research': {
      title: 'Beneficios psiquiátricos que empiezan a verse',
      summary:
        'La investigación empieza a revelar beneficios de la psicoterapia asistida con ketamina en ciertos trastornos psiquiátricos.',
      detail:
        'El artículo lo presenta como un trabajo incipiente: los beneficios apenas empiezan a descubrirse, y solo para ciertos trastornos psiquiátricos.',
      keywords: ['trastornos psiquiátricos', 'enfermedad mental', 'investigación', 'beneficios'],
      questions: [
        'ayuda la ketamina con las enfermedades mentales',
        'se usa la ketamina en psiquiatría',
        'qué beneficios tiene la terapia con ketamina',
      ],
    },
    'used-when-other-treatments-fail': {
      title: 'Cuando otros tratamientos no han funcionado',
      summary:
        'A menudo se recurre a la terapia con ketamina cuando la depresión o la ansiedad no han respondido a otros tratamientos.',
      detail:
        'El artículo la sitúa después de otros tratamientos: suele usarse cuando la depresión o la ansiedad se han resistido a ellos.',
      keywords: [
        'para quién es',
        'último recurso',
        'resistente',
        'otros tratamientos fallaron',
        'cuándo se usa',
      ],
      questions: [
        'para quién es la terapia con ketamina',
        'cuándo se usa la terapia con ketamina',
        'qué pasa si otros tratamientos para la depresión no funcionaron',
        'es la ketamina un último recurso',
      ],
    },
    'nhs-70-percent': {
      title: 'Rápido pero pasajero: un día para el 70 %',
      summary:
        'El tratamiento con ketamina puede aliviar rápido pero de forma temporal un sufrimiento intenso: según el NHS, en el 70 % de sus pacientes tratados por depresión los síntomas mejoraron solo un día.',
      detail:
        'La cifra procede del NHS, según recoge el artículo: en el 70 % de los pacientes tratados con ketamina por depresión, la reducción de los síntomas duró un solo día.',
      keywords: [
        '70 %',
        '70 por ciento',
        'setenta por ciento',
        'un día',
        'solo un día',
        'temporal',
        'solución rápida',
        'cuánto dura',
      ],
      questions: [
        'cuánto tiempo ayuda la ketamina con la depresión',
        'ayuda la ketamina cuando estás de bajón',
        'el efecto se pasa al cabo de un día',
        'es la ketamina una solución rápida',
      ],
    },
    'psychotherapy-longer-lasting': {
      title: 'La psicoterapia dura más, pero lleva tiempo',
      summary:
        'La psicoterapia suele tener efectos más duraderos porque pide a las personas replantearse su vida. Ese cambio suele compensar más a largo plazo, pero requiere más tiempo.',
      detail:
        'El artículo las contrapone: la ketamina actúa rápido pero poco tiempo, mientras que la psicoterapia funciona mediante un cambio de perspectiva más lento que a menudo es más eficaz a largo plazo.',
      keywords: [
        'largo plazo',
        'terapia de conversación',
        'lleva tiempo',
        'qué es mejor',
        'perspectiva',
      ],
      questions: [
        'es mejor la terapia que la ketamina',
        'qué dura más, la terapia o la ketamina',
        'por qué la terapia tarda tanto',
      ],
    },
    'combination-enhances-psychotherapy': {
      title: 'Juntas, la ketamina puede potenciar la terapia',
      summary:
        'Combinado con psicoterapia, el tratamiento con ketamina puede potenciar los efectos de esa terapia.',
      detail:
        'El artículo dice que, cuando ketamina y psicoterapia se usan juntas, el tratamiento con ketamina es capaz de reforzar lo que hace la psicoterapia; no dice en qué medida.',
      keywords: [
        'combinación',
        'combinado',
        'juntos',
        'potenciar',
        'reforzar',
        'sustituir la terapia',
      ],
      questions: [
        'hace la ketamina que la terapia funcione mejor',
        'ketamina y terapia juntas',
        'puede la ketamina reforzar la terapia de conversación',
      ],
    },
    'not-approved-uk': {
      title: 'La terapia con ketamina en el Reino Unido',
      summary:
        'A enero de 2024, pese a la creciente investigación, el Reino Unido no ha aprobado la terapia con ketamina, así que allí la ketamina solo puede usarse para la depresión fuera de indicación.',
      detail:
        'A enero de 2024, el artículo presenta la falta de aprobación en el Reino Unido como la razón de que allí la ketamina para la depresión solo pueda usarse fuera de indicación, es decir, para algo distinto de aquello para lo que está autorizada.',
      keywords: [
        'está aprobada',
        'aprobada en el Reino Unido',
        'legal',
        'autorizada',
        'licencia',
        'Reino Unido',
        'Gran Bretaña',
        'Inglaterra',
      ],
      questions: [
        'es legal la terapia con ketamina en el Reino Unido',
        'está aprobada la ketamina para la depresión en Inglaterra',
        'se puede recetar ketamina para la depresión en el Reino Unido',
        'tiene la ketamina autorización en el Reino Unido',
      ],
    },
    'off-label-meaning': {
      title: 'Qué significa «fuera de indicación»',
      summary:
        'Recetar fuera de indicación significa prescribir un tratamiento para un fin distinto de aquel para el que está autorizado; a enero de 2024, la ketamina para la depresión en el Reino Unido es un ejemplo.',
      detail:
        'A enero de 2024, según el artículo, la terapia con ketamina no está aprobada en el Reino Unido, de modo que usar ketamina para la depresión allí entra en esta categoría fuera de indicación.',
      keywords: [
        'qué significa fuera de indicación',
        'off-label',
        'uso no autorizado',
        'autorizado para',
      ],
      questions: [
        'qué significa fuera de indicación',
        'qué es recetar fuera de ficha técnica',
        'por qué se receta la ketamina fuera de indicación',
      ],
    },
    'infusion-intravenous': {
      title: 'Las infusiones de ketamina van a la vena',
      summary:
        'La infusión de ketamina administra la sustancia por vía intravenosa, por lo que debe hacerse en una clínica u hospital. Al entrar de inmediato en la sangre, se absorbe rápido y bien.',
      detail:
        'La vía intravenosa es la razón por la que hace falta un entorno clínico u hospital. Como la sustancia llega a la sangre enseguida, el cuerpo la absorbe de forma rápida y eficaz.',
      keywords: [
        'intravenosa',
        'gotero',
        'suero',
        'cómo se administra',
        'cómo se toma',
        'hospital',
        'torrente sanguíneo',
        'absorción',
      ],
      questions: [
        'cómo se administra la ketamina',
        'la ketamina se pone con gotero',
        'la ketamina se inyecta en la vena',
        'por qué una infusión de ketamina necesita un hospital',
        'qué tan rápido se absorbe la ketamina',
      ],
    },
    'infusion-off-label-trd': {
      title: 'Infusiones para la depresión resistente',
      summary:
        'A enero de 2024, según el artículo, las infusiones de ketamina pueden recetarse fuera de indicación a personas con depresión resistente al tratamiento.',
      detail:
        'Es uno de los usos fuera de indicación que describe el artículo: infusiones para una depresión que no ha mejorado tras al menos dos medicamentos.',
      keywords: ['recetado', 'infusión para la depresión', 'quién puede recibirla'],
      questions: [
        'pueden los médicos recetar infusiones de ketamina para la depresión',
        'quién puede recibir infusiones de ketamina',
        'gotero de ketamina para una depresión que no se va',
      ],
    },
    'trd-definition': {
      title: 'Depresión resistente al tratamiento',
      summary:
        'Una depresión se considera resistente al tratamiento cuando no ha mejorado después de probar al menos dos medicamentos.',
      detail:
        'Es la definición que usa el artículo al describir a quién pueden ofrecerse infusiones de ketamina fuera de indicación.',
      keywords: [
        'qué es la depresión resistente',
        'dos medicamentos',
        'al menos dos medicamentos',
        '2 antidepresivos',
        'definición',
      ],
      questions: [
        'qué es la depresión resistente al tratamiento',
        'cuándo se dice que una depresión es resistente',
        'depresión que no responde a la medicación',
      ],
    },
    'depression-research-stronger': {
      title: 'La evidencia es más firme en la depresión',
      summary:
        'La investigación sobre la ketamina para la depresión es mucho más sólida que la investigación sobre la ketamina para la ansiedad.',
      detail:
        'Según el artículo, la base de evidencia en la depresión es mucho más firme, mientras que la relación con la ansiedad está todavía menos establecida.',
      keywords: [
        'evidencia',
        'investigación más sólida',
        'qué tan sólida es la evidencia',
        'estudios',
      ],
      questions: [
        'hay más evidencia para la depresión o para la ansiedad',
        'qué tan estudiada está la ketamina para la depresión',
        'está demostrada la ketamina para la depresión',
      ],
    },
    'esketamine-licensed-2019': {
      title: 'Esketamina para la depresión resistente',
      summary:
        'A enero de 2024, según el artículo, la ketamina no está autorizada para tratar la depresión, pero la esketamina, que describe como un componente de la ketamina, se autorizó en 2019 para la depresión resistente.',
      detail:
        'A enero de 2024, el artículo da 2019 como el año en que se autorizó la esketamina para la depresión resistente al tratamiento. No dice dónde se concedió la autorización.',
      keywords: ['2019', 'autorizada', 'aprobada', 'Spravato', 'componente de la ketamina'],
      questions: [
        'qué es la esketamina',
        'está aprobada la esketamina',
        'desde cuándo está autorizada la esketamina',
        'es la esketamina lo mismo que la ketamina',
      ],
    },
    'esketamine-clinic-monitoring': {
      title: 'Se toma en la clínica y luego se vigila',
      summary:
        'La esketamina solo se administra en clínicas o consultas médicas certificadas, y después un profesional sanitario vigila al paciente durante dos horas o más.',
      detail:
        'El artículo la describe como un tratamiento que se toma allí mismo, tras lo cual el paciente queda bajo observación médica al menos dos horas.',
      keywords: [
        'dos horas',
        '2 horas',
        'cuánto tiempo te vigilan',
        'supervisado',
        'clínica',
        'consulta médica',
        'en casa',
      ],
      questions: [
        'se puede tomar esketamina en casa',
        'dónde se administra la esketamina',
        'cuánto tiempo se queda el paciente después de una dosis de esketamina',
        'vigilan al paciente después de la dosis',
      ],
    },
    'rapid-but-short-lived': {
      title: 'Alivio rápido que se desvanece',
      summary:
        'El alivio de la ketamina suele llegar rápido, pero por lo general se desvanece, normalmente entre unos días y una semana. Si funciona a largo plazo sigue siendo una pregunta abierta.',
      detail:
        'Según el artículo, esto vale para la depresión y, de forma parecida, para la ansiedad. Como el alivio suele desvanecerse en una semana aproximadamente, no está claro si la ketamina puede ayudar a largo plazo.',
      keywords: [
        'cuánto dura',
        'duración',
        'se pasa el efecto',
        'de unos días a una semana',
        'una semana',
        'eficacia a largo plazo',
        'efecto corto',
        'permanente',
        'cura',
      ],
      questions: [
        'cuánto dura el efecto de la ketamina',
        'cura la ketamina la depresión',
        'cuándo se pasa el efecto',
        'es la ketamina una solución a largo plazo',
        'quita la ketamina la tristeza para siempre',
      ],
    },
    'gad-50-percent': {
      title: 'Cerca de la mitad de los pacientes con TAG son resistentes',
      summary:
        'Según el artículo, se calcula que alrededor del 50 % de los pacientes con trastorno de ansiedad generalizada (TAG) son resistentes al tratamiento.',
      detail:
        'El artículo lo presenta como una estimación («alrededor» del 50 %), no como una cifra exacta.',
      keywords: [
        '50 %',
        '50 por ciento',
        'la mitad',
        'cincuenta por ciento',
        'resistente al tratamiento',
        'no responde al tratamiento',
      ],
      questions: [
        'cuántas personas con ansiedad no responden al tratamiento',
        'es frecuente la ansiedad resistente',
        'preocupación constante que el tratamiento no alivia',
      ],
    },
    'anxiety-off-label': {
      title: 'Fuera de indicación para la ansiedad',
      summary:
        'A enero de 2024, según el artículo, ante una ansiedad que se resiste al tratamiento los médicos también pueden recetar ketamina fuera de indicación.',
      detail:
        'Igual que en la depresión, usar ketamina para la ansiedad es una prescripción fuera de indicación, que el artículo describe para casos que se han resistido a otros tratamientos.',
      keywords: ['recetada para la ansiedad', 'está aprobada para la ansiedad', 'médicos'],
      questions: [
        'pueden los médicos recetar ketamina para la ansiedad',
        'está aprobada la ketamina para la ansiedad',
        'ketamina para una ansiedad que no se va',
      ],
    },
    'anxiety-evidence-weaker': {
      title: 'Relación menos establecida con la ansiedad',
      summary:
        'En la ansiedad, la evidencia sobre la ketamina está menos establecida que en la depresión, aunque algunos estudios sostienen que los resultados son parecidos.',
      detail:
        'El artículo es cauto: la investigación en ansiedad está menos establecida, y solo algunos estudios afirman resultados comparables a los de la depresión.',
      keywords: [
        'evidencia',
        'es sólida la investigación',
        'menos establecida',
        'algunos estudios',
      ],
      questions: [
        'funciona la ketamina para la ansiedad',
        'hay buena evidencia sobre la ketamina y la ansiedad',
        'sirve la ketamina igual para la ansiedad que para la depresión',
      ],
    },
    'review-2022-single-dose': {
      title: 'Revisión de 2022: dosis únicas',
      summary:
        'Según una revisión de 2022, una sola infusión de ketamina redujo rápidamente el pánico, la irritabilidad y la ansiedad social, y el beneficio se mantuvo dos semanas.',
      detail:
        'El artículo cita esta revisión sobre la ansiedad: una única infusión produjo reducciones rápidas y el efecto se mantuvo dos semanas.',
      keywords: [
        '2022',
        'revisión',
        'dosis única',
        'pánico',
        'irritabilidad',
        'ansiedad social',
        'dos semanas',
        '2 semanas',
      ],
      questions: [
        'puede una sola dosis de ketamina ayudar con la ansiedad',
        'ayuda la ketamina con los ataques de pánico',
        'ayuda la ketamina con la ansiedad social',
        'cuánto tiempo ayuda una infusión con la ansiedad',
      ],
    },
    'glutamate-boost': {
      title: 'Cómo alivia la ketamina la ansiedad',
      summary:
        'La ketamina actúa sobre la ansiedad aumentando rápidamente la actividad del glutamato en el cerebro.',
      detail:
        'Así explica el artículo el mecanismo: un aumento rápido de la actividad del glutamato en el cerebro.',
      keywords: ['cómo funciona', 'mecanismo', 'cerebro', 'cómo reduce la ketamina la ansiedad'],
      questions: [
        'cómo funciona la ketamina',
        'qué hace la ketamina en el cerebro',
        'cómo calma la ketamina la ansiedad',
      ],
    },
    'glutamate-definition': {
      title: 'Qué hace el glutamato',
      summary:
        'El glutamato es un transmisor excitador que desempeña un papel central en la regulación del estado de ánimo, el aprendizaje y la memoria.',
      detail:
        'El artículo define el glutamato al explicar que la ketamina reduce la ansiedad aumentando con rapidez la actividad del glutamato en el cerebro.',
      keywords: ['neurotransmisor', 'excitador', 'estado de ánimo', 'aprendizaje', 'memoria'],
      questions: [
        'qué es el glutamato',
        'para qué sirve el glutamato',
        'qué tiene que ver el glutamato con el ánimo',
      ],
    },
    'serotonin-vs-glutamate': {
      title: 'Primero el glutamato, no la serotonina',
      summary:
        'Otros tratamientos para la ansiedad actúan sobre otras sustancias cerebrales, como la serotonina, antes que sobre el glutamato; la ketamina activa el glutamato de inmediato.',
      detail:
        'La diferencia está en el orden de acción: otros tratamientos pasan primero por sustancias como la serotonina, mientras que la ketamina va directamente al glutamato.',
      keywords: ['serotonina', 'sustancias del cerebro', 'diferencia', 'orden de acción'],
      questions: [
        'actúa la ketamina sobre la serotonina',
        'en qué se diferencia la ketamina de otros medicamentos para la ansiedad',
        'sobre qué sustancia del cerebro actúa la ketamina',
      ],
    },
    'anxiety-relief-in-hours': {
      title: 'Horas, no semanas',
      summary:
        'Como actúa directamente sobre el glutamato, la terapia con ketamina puede aliviar los síntomas de ansiedad en cuestión de horas. Los antidepresivos tardan de 4 a 6 semanas en hacer efecto.',
      detail:
        'La rapidez se debe a que actúa directamente sobre el glutamato, a diferencia de los antidepresivos, que según el artículo necesitan de 4 a 6 semanas para hacer efecto.',
      keywords: [
        'qué tan rápido funciona',
        'cuánto tarda',
        'rapidez',
        'horas',
        '4-6 semanas',
        'de cuatro a seis semanas',
        'inicio del efecto',
      ],
      questions: [
        'qué tan rápido funciona la ketamina',
        'cuánto tarda la ketamina en aliviar la ansiedad',
        'es la ketamina más rápida que los antidepresivos',
        'cuándo empieza a hacer efecto la ketamina',
      ],
    },
    'treatment-resistant-anxiety-avenue': {
      title: 'Prometedora para la ansiedad resistente',
      summary:
        'El artículo considera prometedor el tratamiento con ketamina para pacientes con ansiedad resistente al tratamiento cuando otras vías no han dado resultado.',
      detail:
        'El artículo lo limita a pacientes cuya ansiedad es resistente al tratamiento y en quienes otras vías alternativas no han funcionado.',
      keywords: ['prometedor', 'nada más funcionó', 'otras opciones fallaron'],
      questions: [
        'qué pasa si nada alivia la ansiedad',
        'puede la ketamina ayudar con una ansiedad que no se va',
        'ketamina cuando otros tratamientos para la ansiedad fallaron',
      ],
    },
    'kap-severe-anxiety': {
      title: 'Una promesa para la ansiedad grave',
      summary:
        'La psicoterapia asistida con ketamina se muestra muy prometedora contra la ansiedad grave.',
      detail:
        'El artículo califica esa promesa de considerable, concretamente para la ansiedad grave.',
      keywords: ['ansiedad grave', 'prometedora', 'ayuda con la ansiedad'],
      questions: [
        'puede la terapia con ketamina ayudar con la ansiedad grave',
        'terapia con ketamina para una ansiedad fuerte',
        'ayuda la terapia asistida con ketamina con la ansiedad',
      ],
    },
    'session-monitoring': {
      title: 'Vigilado durante la sesión',
      summary:
        'Una vez administrada la ketamina, un profesional sanitario vigila al paciente durante al menos dos horas.',
      detail:
        'La supervisión médica forma parte de una sesión de psicoterapia asistida con ketamina y dura como mínimo dos horas tras la administración.',
      keywords: [
        'dos horas',
        '2 horas',
        'cuánto tiempo te vigilan',
        'supervisión',
        'seguridad',
        'sesión',
      ],
      questions: [
        'qué pasa después de administrar la ketamina',
        'está supervisada la terapia con ketamina',
        'cuánto tiempo vigilan al paciente después de la ketamina',
        'hay un médico durante una sesión de ketamina',
      ],
    },
    'dissociation-explore-feelings': {
      title: 'Explorar las emociones en estado disociativo',
      summary:
        'Cuando empiezan los efectos disociativos, los pacientes pueden explorar los sentimientos que surjan. La ketamina los relaja, así que hablar de recuerdos y emociones traumáticos puede doler menos.',
      detail:
        'El artículo une ambas cosas: el estado disociativo abre espacio para explorar las emociones, y el efecto relajante facilita hablar del trauma.',
      keywords: [
        'trauma',
        'recuerdos traumáticos',
        'relajarse',
        'relajante',
        'emociones',
        'sentimientos',
        'hablar del trauma',
      ],
      questions: [
        'qué pasa en una sesión de terapia con ketamina',
        'ayuda la ketamina a hablar de un trauma',
        'hace la ketamina más fácil hablar de recuerdos dolorosos',
        'relaja la ketamina',
      ],
    },
  },
  misconceptions: {
    'myth-just-horse-tranquiliser': {
      myth: 'La ketamina no es más que un tranquilizante para caballos.',
      correction:
        'Se usa para sedar animales, pero según el artículo también se usa de forma rutinaria para sedar a personas, se da en dosis más bajas para el dolor y se estudia junto con la psicoterapia para algunos trastornos psiquiátricos.',
      keywords: ['sedante para animales', 'medicamento veterinario', 'solo para animales'],
      questions: [
        'es la ketamina solo un tranquilizante para caballos',
        'es la ketamina solo para animales',
        'es la ketamina un medicamento para caballos',
        'se usa la ketamina también en personas',
      ],
      phrases: [
        'tranquilizante para caballos',
        'tranquilizantes para caballos',
        'tranquilizante para caballo',
        'tranquilizante de caballos',
        'tranquilizantes de caballos',
        'tranquilizante de caballo',
        'tranquilizante equino',
        'tranquilizador de caballos',
        'tranquilizador para caballos',
        'sedante para caballos',
        'sedantes para caballos',
        'sedante para caballo',
        'sedante de caballos',
        'calmante para caballos',
        'anestésico para caballos',
        'anestésicos para caballos',
        'anestésico de caballos',
        'anestesia para caballos',
      ],
    },
    'myth-only-a-party-drug': {
      myth: '¿Es la ketamina solo una droga de fiesta?',
      correction:
        'Según el artículo, sus efectos disociativos la hacen habitual en contextos recreativos, y ese mal uso le dio mala fama. También la describe, a enero de 2024, como aprobada para sedaciones de corta duración, administrada en dosis más bajas para el dolor y capaz de potenciar la psicoterapia.',
      keywords: [
        'droga de fiesta',
        'droga de discoteca',
        'uso recreativo',
        'droga callejera',
        'sin uso médico',
      ],
      questions: [
        'es la ketamina solo una droga de fiesta',
        'es la ketamina una droga de discoteca',
        'la ketamina solo se usa para colocarse',
        'tiene la ketamina usos médicos',
      ],
      phrases: [],
    },
    'myth-permanent-cure': {
      myth: '¿Cura la depresión un solo tratamiento con ketamina?',
      correction:
        'No habla de cura. El alivio suele llegar rápido, pero normalmente dura poco, de unos días a una semana; el NHS informó de que en el 70 % de sus pacientes los síntomas mejoraron solo un día, y la eficacia de la ketamina a largo plazo está en duda.',
      keywords: [
        'cura',
        'permanente',
        'para siempre',
        'solución duradera',
        'milagro',
        'una sesión',
      ],
      questions: [
        'cura la ketamina la depresión',
        'es la ketamina una solución permanente',
        'basta un tratamiento para curar la depresión',
        'vuelve el bajón después de la ketamina',
      ],
      phrases: [],
    },
    'myth-approved-in-uk': {
      myth: '¿Está aprobada la ketamina para tratar la depresión en el Reino Unido?',
      correction:
        'A enero de 2024, la terapia con ketamina no está aprobada en el Reino Unido, por lo que allí la ketamina solo puede usarse para la depresión fuera de indicación. El artículo añade que la esketamina, un componente de la ketamina, se autorizó en 2019 para la depresión resistente, pero no dice dónde.',
      keywords: ['aprobada', 'autorizada', 'Reino Unido', 'aprobada por el NHS', 'legal'],
      questions: [
        'está aprobada la ketamina en el Reino Unido',
        'es legal la ketamina para la depresión en Inglaterra',
        'puede el NHS dar ketamina para la depresión',
      ],
      phrases: [],
    },
    'myth-works-slowly': {
      myth: '¿Tarda la ketamina semanas en hacer efecto, como los antidepresivos?',
      correction:
        'En la ansiedad, la ketamina actúa directamente sobre el glutamato y puede reducir los síntomas en horas, mientras que los antidepresivos tardan de 4 a 6 semanas. En la depresión también suele dar un alivio rápido.',
      keywords: ['lento', 'semanas', 'qué tan rápido', 'rapidez'],
      questions: [
        'cuánto tarda la ketamina en hacer efecto',
        'tarda la ketamina semanas como los antidepresivos',
        'qué tan rápido actúa la ketamina',
      ],
      phrases: [],
    },
    'myth-replaces-therapy': {
      myth: '¿Sustituye la ketamina a la psicoterapia?',
      correction:
        'El artículo no trata la ketamina en lugar de la terapia. Dice que, combinado con psicoterapia, el tratamiento con ketamina puede potenciar sus efectos, y que la psicoterapia es el enfoque más duradero, porque pide a las personas ver su vida de otra manera.',
      keywords: [
        'sustituir la terapia',
        'en vez de terapia',
        'sin necesidad de terapia',
        'solo el fármaco',
      ],
      questions: [
        'puede la ketamina sustituir a la terapia',
        'hace falta seguir con terapia si se toma ketamina',
        'basta la ketamina sin terapia de conversación',
      ],
      phrases: [],
    },
    'myth-take-at-home': {
      myth: '¿Se puede hacer un tratamiento con ketamina a solas en casa?',
      correction:
        'El artículo no trata el uso en casa. Dice que las infusiones requieren un entorno clínico u hospital, que la esketamina solo se toma en una clínica o consulta médica certificada y que después un profesional sanitario vigila al paciente dos horas o más.',
      keywords: ['en casa', 'uso doméstico', 'sin supervisión', 'a solas', 'autoadministrar'],
      questions: [
        'se puede tomar ketamina en casa',
        'se puede hacer el tratamiento con ketamina en casa',
        'está supervisado el tratamiento con ketamina',
        'hace falta ir a una clínica para la ketamina',
      ],
      phrases: [],
    },
  },
};
