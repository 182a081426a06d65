//! Strings for the plan's coverage picture, the plan checks and the language-guide advice.
//!
//! Kept apart from the main catalog so the checks can grow without touching it; `Strings`
//! holds one field pointing here. Messages are advice from one colleague to another: calm,
//! specific, with a fix.

/// Every string the checks and the coverage card show.
pub struct CheckStrings {
    pub heading: &'static str,
    pub intro: &'static str,
    pub rings_heading: &'static str,
    /// Accessible name of the rings picture, before the per-level counts.
    pub rings_label: &'static str,
    pub factors_heading: &'static str,
    pub factor: &'static str,
    pub factor_kind: &'static str,
    pub risk: &'static str,
    pub protective: &'static str,
    pub addressed_by: &'static str,
    pub not_addressed: &'static str,
    /// "Session N" or "Sessions N–M", then the lesson title.
    pub sessions_of: fn(usize, usize, &str) -> String,
    pub checks_heading: &'static str,
    pub status_pass: &'static str,
    /// A check with nothing to look at yet (an empty plan).
    pub status_pending: &'static str,
    pub mark_pending: &'static str,
    /// The summary of a check that waits for lessons.
    pub needs_lessons: &'static str,
    pub status_advice: &'static str,
    pub status_warning: &'static str,
    /// Symbols shown before the status words (the same in both languages, but kept here so
    /// every visible character comes from the catalog).
    pub mark_pass: &'static str,
    pub mark_advice: &'static str,
    pub mark_warning: &'static str,
    pub suggestion: &'static str,
    pub settings_heading: &'static str,
    pub min_sessions_label: &'static str,
    pub pre_test_label: &'static str,
    pub post_test_label: &'static str,
    /// Typographic quotes around a title or phrase.
    pub quote: fn(&str) -> String,
    /// "a, b or c".
    pub or_list: fn(&[String]) -> String,
    /// "a, b and c".
    pub and_list: fn(&[String]) -> String,
    pub browse_library: &'static str,

    pub levels_title: &'static str,
    pub levels_pass: fn(&str) -> String,
    /// Levels covered, levels missing.
    pub levels_some: fn(&str, &str) -> String,
    pub levels_none: &'static str,
    pub levels_fix: fn(&str) -> String,

    pub labor_title: &'static str,
    pub labor_pass: &'static str,
    pub labor_fail: &'static str,
    pub labor_fix: fn(&str) -> String,

    pub recruit_title: &'static str,
    pub recruit_pass: &'static str,
    pub recruit_no_tactics: &'static str,
    pub recruit_no_jobs: &'static str,
    pub recruit_fix: fn(&str) -> String,

    pub help_title: &'static str,
    pub help_pass: &'static str,
    pub help_fail: &'static str,
    pub help_fix: fn(&str) -> String,

    pub contacts_title: &'static str,
    pub contacts_pass: &'static str,
    /// Names the contacts still missing a name or phone.
    pub contacts_fail: fn(&str) -> String,
    /// Names the section of the form to fill in.
    pub contacts_fix: fn(&str) -> String,

    pub band_title: &'static str,
    pub band_pass: fn(&str) -> String,
    pub band_fail: fn(&str) -> String,
    /// Lesson, alternatives.
    pub band_fix: fn(&str, &str) -> String,
    pub band_fix_none: fn(&str) -> String,

    pub length_title: &'static str,
    pub length_pass: fn(u16) -> String,
    pub length_fail: fn(u16) -> String,
    /// Lesson, sessions.
    pub length_fix_split: fn(&str, usize) -> String,
    /// Lesson, optional steps, whether a split is needed too.
    pub length_fix_skip: fn(&str, &str, bool) -> String,
    /// Lesson, its longest step, that step's minutes, the period.
    pub length_fix_none: fn(&str, &str, u16, u16) -> String,

    pub nc_title: &'static str,
    /// The elements covered.
    pub nc_pass: fn(&str) -> String,
    /// Covered (may be empty), missing.
    pub nc_missing: fn(&str, &str) -> String,
    /// Lessons that teach the missing elements.
    pub nc_fix: fn(&str) -> String,
    /// A lesson with sex-trafficking content in a grade 6 plan.
    pub nc_grade_6: fn(&str) -> String,

    pub letter_title: &'static str,
    pub letter_pass: &'static str,
    pub letter_fail: &'static str,
    pub letter_fix: &'static str,

    pub dosage_title: &'static str,
    /// Sessions, minutes, goal.
    pub dosage_pass: fn(usize, u32, u8) -> String,
    pub dosage_fail: fn(usize, u32, u8) -> String,
    /// How many more, suggested lessons.
    pub dosage_fix: fn(usize, &str) -> String,

    pub methods_title: &'static str,
    pub methods_pass: fn(usize, &str) -> String,
    pub methods_fail: fn(usize, &str) -> String,
    pub methods_fix: fn(&str) -> String,

    pub eval_title: &'static str,
    pub eval_pass: &'static str,
    pub eval_fail: &'static str,
    pub eval_fix: &'static str,
    pub eval_no_items: &'static str,

    pub lang_title: &'static str,
    pub lang_pass: fn(&str) -> String,
    pub lang_fail: fn(&str) -> String,
    pub lang_fix: fn(&str, &str) -> String,
    pub lang_en: &'static str,
    pub lang_es: &'static str,

    pub adapt_title: &'static str,
    pub adapt_green: &'static str,
    pub adapt_yellow: &'static str,
    pub adapt_red: &'static str,
    /// Lesson, step.
    pub adapt_optional: fn(&str, &str) -> String,
    pub adapt_core: fn(&str, &str) -> String,
    pub adapt_skill: fn(&str, &str) -> String,
    /// Lesson, minutes now, minimum.
    pub adapt_short: fn(&str, u32, u16) -> String,
    pub adapt_keep: fn(&str, &str) -> String,
    pub adapt_restore: fn(&str, u16) -> String,

    pub wording_title: &'static str,
    pub wording_pass: &'static str,
    pub wording_fail: fn(usize) -> String,
    pub wording_fix: &'static str,
    pub wording_in_plan_notes: &'static str,
    /// "Notes for <lesson>".
    pub wording_in_item: fn(&str) -> String,
    pub advice_intro: &'static str,
    pub instead: &'static str,
    pub why: &'static str,
}

fn list(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

/// English.
pub const EN: CheckStrings = CheckStrings {
    heading: "Coverage and checks",
    intro: "What this plan covers, and where it could follow prevention practice more closely. \
            These are suggestions: you know your school.",
    rings_heading: "Social-ecological coverage",
    rings_label: "Sessions addressing each level of the social-ecological model",
    factors_heading: "Risk and protective factors",
    factor: "Factor",
    factor_kind: "Kind",
    risk: "Risk",
    protective: "Protective",
    addressed_by: "Addressed in",
    not_addressed: "Not addressed",
    sessions_of: |first, last, title| {
        if first == last {
            format!("Session {first}: {title}")
        } else {
            format!("Sessions {first}–{last}: {title}")
        }
    },
    checks_heading: "Checks",
    status_pass: "Looks good",
    status_pending: "Nothing to check yet",
    mark_pending: "–",
    needs_lessons: "Add lessons to the plan and this is checked.",
    status_advice: "Suggestion",
    status_warning: "Needs attention",
    mark_pass: "✓",
    mark_advice: "◆",
    mark_warning: "!",
    suggestion: "Suggested fix",
    settings_heading: "Dosage and evaluation",
    min_sessions_label: "Goal: at least this many sessions",
    pre_test_label: "Pre-test before the first session",
    post_test_label: "Post-test after the last session",
    quote: |s| format!("“{s}”"),
    or_list: |items| list(items, "or"),
    and_list: |items| list(items, "and"),
    browse_library: "Add a lesson from the library that covers it.",

    levels_title: "Levels of the social-ecological model",
    levels_pass: |levels| {
        format!("The plan works on every level ({levels}), as comprehensive prevention should.")
    },
    levels_some: |covered, missing| {
        format!(
            "The plan works on the {covered} level, but no session reaches {missing}. Prevention \
             is more effective when it acts on every level at once."
        )
    },
    levels_none: "No lesson in the plan addresses a level of the model yet.",
    levels_fix: |lessons| format!("Add a lesson at another level, such as {lessons}."),

    labor_title: "Labor trafficking",
    labor_pass: "Labor trafficking is part of the plan.",
    labor_fail: "No lesson covers labor trafficking. Prevention guidance asks for it in every \
                 presentation, so that students also recognize exploitation at work.",
    labor_fix: |lessons| format!("Add a labor trafficking lesson such as {lessons}."),

    recruit_title: "Recruitment tactics and fraudulent job offers",
    recruit_pass: "Students learn how recruitment works and how to spot a fraudulent job offer.",
    recruit_no_tactics: "No lesson teaches recruitment tactics: how traffickers, often people a \
                         young person knows, build trust and make offers.",
    recruit_no_jobs: "No lesson teaches how to recognize a fraudulent job offer.",
    recruit_fix: |lessons| format!("Add {lessons}."),

    help_title: "Help-seeking and the hotline",
    help_pass: "Students practice asking for help and learn the National Human Trafficking \
                Hotline (1-888-373-7888).",
    help_fail: "No lesson teaches help-seeking and the National Human Trafficking Hotline. \
                Students should leave knowing where to turn.",
    help_fix: |lessons| format!("Add a help-seeking lesson such as {lessons}."),

    contacts_title: "Local referral contacts",
    contacts_pass: "The local contacts are filled in for the packet and the resource card.",
    contacts_fail: |missing| {
        format!("The packet and the resource card need a name and a phone number for: {missing}.")
    },
    contacts_fix: |section| format!("Fill in each contact under “{section}”."),

    band_title: "Grade band",
    band_pass: |band| format!("Every lesson is written for {band}, like this plan."),
    band_fail: |band| format!("Some lessons are written for other grades than this plan ({band}):"),
    band_fix: |lesson, other| {
        format!("Replace {lesson} with a lesson for these grades, such as {other}.")
    },
    band_fix_none: |lesson| {
        format!("Review {lesson} with the teacher, or change the plan's grade.")
    },

    length_title: "Lesson length and the class period",
    length_pass: |p| format!("Every session fits the {p}-minute class period."),
    length_fail: |p| format!("Some lessons run longer than the {p}-minute class period:"),
    length_fix_split: |lesson, n| format!("Split {lesson}: {n} sessions fit the period."),
    length_fix_skip: |lesson, steps, split| {
        if split {
            format!("No split of {lesson} fits as planned: skip its optional steps {steps} and split it.")
        } else {
            format!("No split of {lesson} fits as planned: skip its optional steps {steps}.")
        }
    },
    length_fix_none: |lesson, step, m, p| {
        format!(
            "No split of {lesson} fits: its step {step} alone takes {m} minutes, more than the \
             {p}-minute period. Choose a longer period or another lesson."
        )
    },

    nc_title: "North Carolina's required elements (G.S. 115C-81.30)",
    nc_pass: |covered| format!("The series teaches every element the statute requires: {covered}."),
    nc_missing: |covered, missing| {
        if covered.is_empty() {
            format!("No lesson teaches an element of G.S. 115C-81.30 yet. Missing: {missing}.")
        } else {
            format!("The series teaches {covered}. Not yet: {missing}.")
        }
    },
    nc_fix: |lessons| format!("Add a lesson that teaches them, such as {lessons}."),
    nc_grade_6: |lesson| {
        format!(
            "{lesson} teaches sex-trafficking prevention, which the statute places from grade 7: \
             in grade 6, use it only with the district's approval."
        )
    },

    letter_title: "Letter to families",
    letter_pass: "The letter to families names your organization.",
    letter_fail: "The organization is blank, so the letter to families cannot say who offers \
                  the lessons or sign with your organization's name.",
    letter_fix: "Fill in “Your organization (for the parent letter)” in the plan details.",

    dosage_title: "Dosage",
    dosage_pass: |n, m, goal| {
        format!("{n} sessions, {m} minutes in all: this meets your goal of {goal} sessions.")
    },
    dosage_fail: |n, m, goal| {
        let sessions = if n == 1 {
            "1 session".to_string()
        } else {
            format!("{n} sessions")
        };
        format!(
            "{sessions}, {m} minutes in all: below your goal of {goal} sessions. Comparable youth \
             programs run 4 to 10 sessions of 20 to 60 minutes."
        )
    },
    dosage_fix: |k, lessons| {
        let more = if k == 1 {
            "1 more lesson".to_string()
        } else {
            format!("{k} more lessons")
        };
        format!("Add {more}, such as {lessons}, or lower the goal below if the school allows fewer sessions.")
    },

    methods_title: "Varied teaching methods",
    methods_pass: |n, kinds| format!("The steps you teach use {n} kinds of activity: {kinds}."),
    methods_fail: |n, kinds| {
        let k = if n == 1 {
            "1 kind".to_string()
        } else {
            format!("{n} kinds")
        };
        let list = if kinds.is_empty() {
            String::new()
        } else {
            format!(" ({kinds})")
        };
        format!(
            "The steps you teach use {k} of activity{list}. At least three kinds (for example \
             discussion, scenarios and skill practice) reach more students."
        )
    },
    methods_fix: |lessons| {
        format!("Teach the steps you skipped, or add a lesson with other activities, such as {lessons}.")
    },

    eval_title: "Outcome evaluation",
    eval_pass: "A pre-test before the first session and a post-test after the last will show \
                what students learned.",
    eval_fail: "Without both a pre-test and a post-test it is hard to show what students learned, \
                which funders and schools often ask for.",
    eval_fix: "Tick “Pre-test before the first session” and “Post-test after the last session” \
               below; the packet builds them from the lessons' assessment items.",
    eval_no_items: "None of the lessons has assessment items to build the tests from.",

    lang_title: "Packet language",
    lang_pass: |lang| format!("Every lesson is available in {lang}."),
    lang_fail: |lang| format!("Some lessons are not complete in {lang}:"),
    lang_fix: |lesson, lang| format!("Remove {lesson}, or print the packet in {lang}."),
    lang_en: "English",
    lang_es: "Spanish",

    adapt_title: "Adaptations",
    adapt_green: "Green: no core content is cut. Local names and examples are always welcome.",
    adapt_yellow: "Yellow: some optional steps are skipped. That is fine with care.",
    adapt_red: "Red: some changes cut what makes the lessons work.",
    adapt_optional: |lesson, step| {
        format!("{lesson}: the optional step {step} is skipped (yellow).")
    },
    adapt_core: |lesson, step| format!("{lesson}: the core step {step} is skipped (red)."),
    adapt_skill: |lesson, step| format!("{lesson}: the skill practice {step} is skipped (red)."),
    adapt_short: |lesson, m, min| {
        format!("{lesson}: {m} minutes, below its minimum of {min} minutes (red).")
    },
    adapt_keep: |step, lesson| format!("Keep step {step} in {lesson}."),
    adapt_restore: |lesson, min| {
        format!("Restore steps in {lesson} so it runs at least {min} minutes.")
    },

    wording_title: "Wording in your notes",
    wording_pass: "Your notes follow the language guide.",
    wording_fail: |n| {
        if n == 1 {
            "The language guide suggests other words for 1 phrase in your notes:".to_string()
        } else {
            format!("The language guide suggests other words for {n} phrases in your notes:")
        }
    },
    wording_fix: "See the suggestion next to each note. Quoting a phrase on purpose, to explain \
                  why it harms, is fine.",
    wording_in_plan_notes: "Plan notes",
    wording_in_item: |lesson| format!("Notes for {lesson}"),
    advice_intro: "The language guide suggests another way to say this:",
    instead: "Instead",
    why: "Why",
};

/// Spanish.
pub const ES: CheckStrings = CheckStrings {
    heading: "Cobertura y revisiones",
    intro: "Lo que cubre este plan y dónde podría seguir más de cerca la práctica de prevención. \
            Son sugerencias: usted conoce su escuela.",
    rings_heading: "Cobertura socioecológica",
    rings_label: "Sesiones que trabajan cada nivel del modelo socioecológico",
    factors_heading: "Factores de riesgo y de protección",
    factor: "Factor",
    factor_kind: "Tipo",
    risk: "Riesgo",
    protective: "Protección",
    addressed_by: "Se trabaja en",
    not_addressed: "No se trabaja",
    sessions_of: |first, last, title| {
        if first == last {
            format!("Sesión {first}: {title}")
        } else {
            format!("Sesiones {first} y {last}: {title}")
        }
    },
    checks_heading: "Revisiones",
    status_pass: "Todo bien",
    status_pending: "Aún no hay nada que revisar",
    mark_pending: "–",
    needs_lessons: "Añada lecciones al plan y esto se revisará.",
    status_advice: "Sugerencia",
    status_warning: "Requiere atención",
    mark_pass: "✓",
    mark_advice: "◆",
    mark_warning: "!",
    suggestion: "Sugerencia",
    settings_heading: "Dosis y evaluación",
    min_sessions_label: "Meta: al menos este número de sesiones",
    pre_test_label: "Evaluación inicial antes de la primera sesión",
    post_test_label: "Evaluación final después de la última sesión",
    quote: |s| format!("«{s}»"),
    or_list: |items| list(items, "o"),
    and_list: |items| list(items, "y"),
    browse_library: "Añada una lección de la biblioteca que lo trate.",

    levels_title: "Niveles del modelo socioecológico",
    levels_pass: |levels| {
        format!(
            "El plan trabaja en todos los niveles ({levels}), como pide una prevención integral."
        )
    },
    levels_some: |covered, missing| {
        format!(
            "El plan trabaja el nivel {covered}, pero ninguna sesión llega al nivel {missing}. La \
             prevención es más eficaz cuando actúa en todos los niveles a la vez."
        )
    },
    levels_none: "Todavía ninguna lección del plan trabaja un nivel del modelo.",
    levels_fix: |lessons| format!("Añada una lección de otro nivel, como {lessons}."),

    labor_title: "Trata laboral",
    labor_pass: "La trata laboral forma parte del plan.",
    labor_fail: "Ninguna lección trata la trata laboral. Las guías de prevención piden incluirla \
                 en cada presentación, para que el estudiantado también reconozca la explotación \
                 en el trabajo.",
    labor_fix: |lessons| format!("Añada una lección sobre trata laboral, como {lessons}."),

    recruit_title: "Tácticas de reclutamiento y ofertas de trabajo fraudulentas",
    recruit_pass: "El estudiantado aprende cómo funciona el reclutamiento y cómo detectar una \
                   oferta de trabajo fraudulenta.",
    recruit_no_tactics:
        "Ninguna lección enseña las tácticas de reclutamiento: cómo los tratantes, \
                         muchas veces personas que el joven conoce, se ganan su confianza y le \
                         hacen ofertas.",
    recruit_no_jobs: "Ninguna lección enseña a reconocer una oferta de trabajo fraudulenta.",
    recruit_fix: |lessons| format!("Añada {lessons}."),

    help_title: "Pedir ayuda y la línea nacional",
    help_pass: "El estudiantado practica cómo pedir ayuda y conoce la Línea Nacional contra la \
                Trata de Personas (1-888-373-7888).",
    help_fail: "Ninguna lección enseña a pedir ayuda ni la Línea Nacional contra la Trata de \
                Personas. El estudiantado debería terminar sabiendo a quién acudir.",
    help_fix: |lessons| format!("Añada una lección sobre cómo pedir ayuda, como {lessons}."),

    contacts_title: "Contactos locales para derivaciones",
    contacts_pass:
        "Los contactos locales están completos para el paquete y la tarjeta de recursos.",
    contacts_fail: |missing| {
        format!(
            "El paquete y la tarjeta de recursos necesitan un nombre y un teléfono para: {missing}."
        )
    },
    contacts_fix: |section| format!("Complete cada contacto en «{section}»."),

    band_title: "Grados",
    band_pass: |band| format!("Todas las lecciones están escritas para {band}, como este plan."),
    band_fail: |band| {
        format!("Algunas lecciones están escritas para otros grados que los de este plan ({band}):")
    },
    band_fix: |lesson, other| {
        format!("Reemplace {lesson} por una lección para estos grados, como {other}.")
    },
    band_fix_none: |lesson| {
        format!("Revise {lesson} con el o la docente, o cambie el grado del plan.")
    },

    length_title: "Duración de las lecciones y de la clase",
    length_pass: |p| format!("Cada sesión cabe en la clase de {p} minutos."),
    length_fail: |p| format!("Algunas lecciones duran más que la clase de {p} minutos:"),
    length_fix_split: |lesson, n| format!("Divida {lesson}: caben {n} sesiones en la clase."),
    length_fix_skip: |lesson, steps, split| {
        if split {
            format!("Ninguna división de {lesson} cabe tal como está: omita sus pasos opcionales {steps} y divídala.")
        } else {
            format!("Ninguna división de {lesson} cabe tal como está: omita sus pasos opcionales {steps}.")
        }
    },
    length_fix_none: |lesson, step, m, p| {
        format!(
            "Ninguna división de {lesson} cabe: su paso {step} dura {m} minutos, más que la clase \
             de {p} minutos. Elija una clase más larga u otra lección."
        )
    },

    nc_title: "Elementos que exige Carolina del Norte (G.S. 115C-81.30)",
    nc_pass: |covered| format!("La serie enseña todos los elementos que exige la ley: {covered}."),
    nc_missing: |covered, missing| {
        if covered.is_empty() {
            format!("Todavía ninguna lección enseña un elemento de la G.S. 115C-81.30. Faltan: {missing}.")
        } else {
            format!("La serie enseña {covered}. Todavía no: {missing}.")
        }
    },
    nc_fix: |lessons| format!("Añada una lección que los enseñe, como {lessons}."),
    nc_grade_6: |lesson| {
        format!(
            "{lesson} enseña prevención de la trata sexual, que la ley ubica a partir de 7.º \
             grado: en 6.º grado, úsela solo con la aprobación del distrito."
        )
    },

    letter_title: "Carta a las familias",
    letter_pass: "La carta a las familias nombra a su organización.",
    letter_fail: "La organización está en blanco, así que la carta a las familias no puede decir \
                  quién ofrece las lecciones ni firmar con el nombre de su organización.",
    letter_fix: "Escriba «Su organización (para la carta a las familias)» en los datos del plan.",

    dosage_title: "Dosis",
    dosage_pass: |n, m, goal| {
        format!("{n} sesiones, {m} minutos en total: cumple su meta de {goal} sesiones.")
    },
    dosage_fail: |n, m, goal| {
        let sessions = if n == 1 {
            "1 sesión".to_string()
        } else {
            format!("{n} sesiones")
        };
        format!(
            "{sessions}, {m} minutos en total: menos que su meta de {goal} sesiones. Los programas \
             juveniles comparables tienen de 4 a 10 sesiones de 20 a 60 minutos."
        )
    },
    dosage_fix: |k, lessons| {
        let more = if k == 1 {
            "1 lección más".to_string()
        } else {
            format!("{k} lecciones más")
        };
        format!(
            "Añada {more}, como {lessons}, o baje la meta si la escuela permite menos sesiones."
        )
    },

    methods_title: "Métodos de enseñanza variados",
    methods_pass: |n, kinds| {
        format!("Los pasos que usted enseña usan {n} tipos de actividad: {kinds}.")
    },
    methods_fail: |n, kinds| {
        let k = if n == 1 {
            "1 tipo".to_string()
        } else {
            format!("{n} tipos")
        };
        let list = if kinds.is_empty() {
            String::new()
        } else {
            format!(" ({kinds})")
        };
        format!(
            "Los pasos que usted enseña usan {k} de actividad{list}. Al menos tres tipos (por \
             ejemplo, conversación, casos prácticos y práctica de habilidades) llegan a más \
             estudiantes."
        )
    },
    methods_fix: |lessons| {
        format!("Enseñe los pasos que omitió, o añada una lección con otras actividades, como {lessons}.")
    },

    eval_title: "Evaluación de resultados",
    eval_pass: "Una evaluación inicial antes de la primera sesión y una final después de la \
                última mostrarán lo que aprendió el estudiantado.",
    eval_fail: "Sin una evaluación inicial y una final es difícil mostrar lo que aprendió el \
                estudiantado, algo que los financiadores y las escuelas suelen pedir.",
    eval_fix: "Marque «Evaluación inicial antes de la primera sesión» y «Evaluación final después \
               de la última sesión» más abajo; el paquete las arma con las preguntas de evaluación \
               de las lecciones.",
    eval_no_items: "Ninguna lección tiene preguntas de evaluación para armar las evaluaciones.",

    lang_title: "Idioma del paquete",
    lang_pass: |lang| format!("Todas las lecciones están disponibles en {lang}."),
    lang_fail: |lang| format!("Algunas lecciones no están completas en {lang}:"),
    lang_fix: |lesson, lang| format!("Quite {lesson} o imprima el paquete en {lang}."),
    lang_en: "inglés",
    lang_es: "español",

    adapt_title: "Adaptaciones",
    adapt_green: "Verde: no se recorta contenido esencial. Los nombres y ejemplos locales siempre \
                  son bienvenidos.",
    adapt_yellow: "Amarillo: se omiten algunos pasos opcionales. Está bien, con cuidado.",
    adapt_red: "Rojo: algunos cambios recortan lo que hace que las lecciones funcionen.",
    adapt_optional: |lesson, step| {
        format!("{lesson}: se omite el paso opcional {step} (amarillo).")
    },
    adapt_core: |lesson, step| format!("{lesson}: se omite el paso esencial {step} (rojo)."),
    adapt_skill: |lesson, step| {
        format!("{lesson}: se omite la práctica de habilidades {step} (rojo).")
    },
    adapt_short: |lesson, m, min| {
        format!("{lesson}: {m} minutos, menos que su mínimo de {min} minutos (rojo).")
    },
    adapt_keep: |step, lesson| format!("Mantenga el paso {step} en {lesson}."),
    adapt_restore: |lesson, min| {
        format!("Vuelva a incluir pasos en {lesson} para que dure al menos {min} minutos.")
    },

    wording_title: "Lenguaje en sus notas",
    wording_pass: "Sus notas siguen la guía de lenguaje.",
    wording_fail: |n| {
        if n == 1 {
            "La guía de lenguaje sugiere otras palabras para 1 expresión de sus notas:".to_string()
        } else {
            format!("La guía de lenguaje sugiere otras palabras para {n} expresiones de sus notas:")
        }
    },
    wording_fix: "Vea la sugerencia junto a cada nota. Citar una expresión a propósito, para \
                  explicar por qué hace daño, está bien.",
    wording_in_plan_notes: "Notas del plan",
    wording_in_item: |lesson| format!("Notas para {lesson}"),
    advice_intro: "La guía de lenguaje sugiere otra forma de decirlo:",
    instead: "En su lugar",
    why: "Por qué",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_the_language_conjunction() {
        let items = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!((EN.or_list)(&items), "A, B or C");
        assert_eq!((ES.and_list)(&items[..2]), "A y B");
        assert_eq!((EN.and_list)(&items[..1]), "A");
        assert_eq!((ES.quote)("x"), "«x»");
    }
}
