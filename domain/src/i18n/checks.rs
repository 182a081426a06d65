//! Strings for the plan's coverage picture and the plan checks.
//!
//! Kept apart from the main catalog and reached through [`super::check_strings`], so only the
//! screens that show checks carry them (the language guide's advice, which the lesson editor
//! shows too, is in [`super::Strings`]). Messages are advice from one colleague to another: calm,
//! specific, with a fix.

use super::catalog::catalog;

fn list(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

catalog! {
    /// Every string the checks and the coverage card show.
    pub struct CheckStrings;
    heading = "Coverage and checks", "Cobertura y revisiones";
    intro =
        "What this plan covers, and where it could follow prevention practice more closely. \
         These are suggestions: you know your school.",
        "Lo que cubre este plan y dónde podría seguir más de cerca la práctica de prevención. \
         Son sugerencias: usted conoce su escuela.";
    rings_heading = "Social-ecological coverage", "Cobertura socioecológica";
    /// Accessible name of the rings picture, before the per-level counts.
    rings_label =
        "Sessions addressing each level of the social-ecological model",
        "Sesiones que trabajan cada nivel del modelo socioecológico";
    factors_heading = "Risk and protective factors", "Factores de riesgo y de protección";
    factor = "Factor", "Factor";
    factor_kind = "Kind", "Tipo";
    risk = "Risk", "Riesgo";
    protective = "Protective", "Protección";
    addressed_by = "Addressed in", "Se trabaja en";
    not_addressed = "Not addressed", "No se trabaja";
    /// "Session N" or "Sessions N–M", then the lesson title.
    sessions_of(usize, usize, &str) =
        |first, last, title| {
            if first == last {
                format!("Session {first}: {title}")
            } else {
                format!("Sessions {first}–{last}: {title}")
            }
        },
        |first, last, title| {
            if first == last {
                format!("Sesión {first}: {title}")
            } else {
                format!("Sesiones {first} y {last}: {title}")
            }
        };
    checks_heading = "Checks", "Revisiones";
    status_pass = "Looks good", "Todo bien";
    /// A check with nothing to look at yet (an empty plan).
    status_pending = "Nothing to check yet", "Aún no hay nada que revisar";
    mark_pending = "–", "–";
    /// The summary of a check that waits for lessons.
    needs_lessons =
        "Add lessons to the plan and this is checked.",
        "Añada lecciones al plan y esto se revisará.";
    status_advice = "Suggestion", "Sugerencia";
    status_warning = "Needs attention", "Requiere atención";
    /// Symbols shown before the status words (the same in both languages, but kept here so
    /// every visible character comes from the catalog).
    mark_pass = "✓", "✓";
    mark_advice = "◆", "◆";
    mark_warning = "!", "!";
    suggestion = "Suggested fix", "Sugerencia";
    settings_heading = "Dosage and evaluation", "Dosis y evaluación";
    min_sessions_label =
        "Goal: at least this many sessions",
        "Meta: al menos este número de sesiones";
    pre_test_label =
        "Pre-test before the first session",
        "Prueba inicial antes de la primera sesión";
    post_test_label =
        "Post-test after the last session",
        "Prueba final después de la última sesión";
    /// "a, b or c".
    or_list(&[String]) = |items| list(items, "or"), |items| list(items, "o");
    /// "a, b and c".
    and_list(&[String]) = |items| list(items, "and"), |items| list(items, "y");
    browse_library =
        "Add a lesson from the library that covers it.",
        "Añada una lección de la biblioteca que lo trate.";

    levels_title = "Levels of the social-ecological model", "Niveles del modelo socioecológico";
    levels_pass(&str) =
        |levels| {
            format!("The plan works on every level ({levels}), as comprehensive prevention should.")
        },
        |levels| {
            format!(
                "El plan trabaja en todos los niveles ({levels}), como pide una prevención integral."
            )
        };
    /// How many levels are covered, which, and which are missing.
    levels_some(usize, &str, &str) =
        |n, covered, missing| {
            let level = if n == 1 { "level" } else { "levels" };
            format!(
                "The plan works on the {covered} {level}, but no session reaches {missing}. \
                 Prevention is more effective when it acts on every level at once."
            )
        },
        |n, covered, missing| {
            let nivel = if n == 1 { "el nivel" } else { "los niveles" };
            format!(
                "El plan trabaja {nivel} {covered}, pero ninguna sesión llega al nivel {missing}. La \
                 prevención es más eficaz cuando actúa en todos los niveles a la vez."
            )
        };
    levels_none =
        "No lesson in the plan addresses a level of the model yet.",
        "Todavía ninguna lección del plan trabaja un nivel del modelo.";
    levels_fix(&str) =
        |lessons| format!("Add a lesson at another level, such as {lessons}."),
        |lessons| format!("Añada una lección de otro nivel, como {lessons}.");

    labor_title = "Labor trafficking", "Trata laboral";
    labor_pass = "Labor trafficking is part of the plan.", "La trata laboral forma parte del plan.";
    labor_fail =
        "No lesson covers labor trafficking. Prevention guidance asks for it in every \
         presentation, so that students also recognize exploitation at work.",
        "Ninguna lección trata la trata laboral. Las guías de prevención piden incluirla \
         en cada presentación, para que el estudiantado también reconozca la explotación \
         en el trabajo.";
    labor_fix(&str) =
        |lessons| format!("Add a labor trafficking lesson such as {lessons}."),
        |lessons| format!("Añada una lección sobre trata laboral, como {lessons}.");

    recruit_title =
        "Recruitment tactics and fraudulent job offers",
        "Tácticas de reclutamiento y ofertas de trabajo fraudulentas";
    recruit_pass =
        "Students learn how recruitment works and how to spot a fraudulent job offer.",
        "El estudiantado aprende cómo funciona el reclutamiento y cómo detectar una \
         oferta de trabajo fraudulenta.";
    recruit_no_tactics =
        "No lesson teaches recruitment tactics: how traffickers, often people a \
         young person knows, build trust and make offers.",
        "Ninguna lección enseña las tácticas de reclutamiento: cómo los tratantes, \
         muchas veces personas que el joven conoce, se ganan su confianza y le \
         hacen ofertas.";
    recruit_no_jobs =
        "No lesson teaches how to recognize a fraudulent job offer.",
        "Ninguna lección enseña a reconocer una oferta de trabajo fraudulenta.";
    recruit_fix(&str) = |lessons| format!("Add {lessons}."), |lessons| format!("Añada {lessons}.");

    help_title = "Help-seeking and the hotline", "Pedir ayuda y la línea nacional";
    help_pass =
        "Students practice asking for help and learn the National Human Trafficking \
         Hotline (1-888-373-7888).",
        "El estudiantado practica cómo pedir ayuda y conoce la Línea Nacional contra la \
         Trata de Personas (1-888-373-7888).";
    help_fail =
        "No lesson teaches help-seeking and the National Human Trafficking Hotline. \
         Students should leave knowing where to turn.",
        "Ninguna lección enseña a pedir ayuda ni la Línea Nacional contra la Trata de \
         Personas. El estudiantado debería terminar sabiendo a quién acudir.";
    help_fix(&str) =
        |lessons| format!("Add a help-seeking lesson such as {lessons}."),
        |lessons| format!("Añada una lección sobre cómo pedir ayuda, como {lessons}.");

    contacts_title = "Local referral contacts", "Contactos locales para derivaciones";
    contacts_pass =
        "The local contacts are filled in for the packet and the resource card.",
        "Los contactos locales están completos para el paquete y la tarjeta de recursos.";
    /// Names the contacts still missing a name or phone.
    contacts_fail(&str) =
        |missing| {
            format!("The packet and the resource card need a name and a phone number for: {missing}.")
        },
        |missing| {
            format!(
                "El paquete y la tarjeta de recursos necesitan un nombre y un teléfono para: {missing}."
            )
        };
    /// Names the section of the form to fill in.
    contacts_fix(&str) =
        |section| format!("Fill in each contact under “{section}”."),
        |section| format!("Complete cada contacto en «{section}».");

    band_title = "Grade band", "Grados";
    band_pass(&str) =
        |band| format!("Every lesson is written for {band}, like this plan."),
        |band| format!("Todas las lecciones están escritas para {}, como este plan.", super::lower_first(band));
    band_fail(&str) =
        |band| format!("Some lessons are written for other grades than this plan ({band}):"),
        |band| {
            format!("Algunas lecciones están escritas para otros grados que los de este plan ({band}):")
        };
    /// Lesson, alternatives.
    band_fix(&str, &str) =
        |lesson, other| {
            format!("Replace {lesson} with a lesson for these grades, such as {other}.")
        },
        |lesson, other| {
            format!("Reemplace {lesson} por una lección para estos grados, como {other}.")
        };
    band_fix_none(&str) =
        |lesson| {
            format!("Review {lesson} with the teacher, or change the plan's grade.")
        },
        |lesson| {
            format!("Revise {lesson} con el o la docente, o cambie el grado del plan.")
        };

    length_title = "Lesson length and the class period", "Duración de las lecciones y de la clase";
    length_pass(u16) =
        |p| format!("Every session fits the {p}-minute class period."),
        |p| format!("Cada sesión cabe en la clase de {p} minutos.");
    length_fail(u16) =
        |p| format!("Some lessons run longer than the {p}-minute class period:"),
        |p| format!("Algunas lecciones duran más que la clase de {p} minutos:");
    /// Lesson, sessions.
    length_fix_split(&str, usize) =
        |lesson, n| format!("Split {lesson}: {n} sessions fit the period."),
        |lesson, n| format!("Divida {lesson}: caben {n} sesiones en la clase.");
    /// Lesson, optional steps, whether a split is needed too.
    length_fix_skip(&str, &str, bool) =
        |lesson, steps, split| {
            if split {
                format!("No split of {lesson} fits as planned: skip its optional steps {steps} and split it.")
            } else {
                format!("No split of {lesson} fits as planned: skip its optional steps {steps}.")
            }
        },
        |lesson, steps, split| {
            if split {
                format!("Ninguna división de {lesson} cabe tal como está: omita sus pasos opcionales {steps} y divídala.")
            } else {
                format!("Ninguna división de {lesson} cabe tal como está: omita sus pasos opcionales {steps}.")
            }
        };
    /// Lesson, its longest step, that step's minutes, the period.
    length_fix_none(&str, &str, u16, u16) =
        |lesson, step, m, p| {
            format!(
                "No split of {lesson} fits: its step {step} alone takes {m} minutes, more than the \
                 {p}-minute period. Choose a longer period or another lesson."
            )
        },
        |lesson, step, m, p| {
            format!(
                "Ninguna división de {lesson} cabe: su paso {step} dura {m} minutos, más que la clase \
                 de {p} minutos. Elija una clase más larga u otra lección."
            )
        };

    nc_title =
        "North Carolina's required elements (G.S. 115C-81.30)",
        "Elementos que exige Carolina del Norte (G.S. 115C-81.30)";
    /// The elements covered.
    nc_pass(&str) =
        |covered| format!("The series teaches every element the statute requires: {covered}."),
        |covered| format!("La serie enseña todos los elementos que exige la ley: {covered}.");
    /// Covered (may be empty), missing.
    nc_missing(&str, &str) =
        |covered, missing| {
            if covered.is_empty() {
                format!("No lesson teaches an element of G.S. 115C-81.30 yet. Missing: {missing}.")
            } else {
                format!("The series teaches {covered}. Not yet: {missing}.")
            }
        },
        |covered, missing| {
            if covered.is_empty() {
                format!("Todavía ninguna lección enseña un elemento de la G.S. 115C-81.30. Faltan: {missing}.")
            } else {
                format!("La serie enseña {covered}. Todavía no: {missing}.")
            }
        };
    /// Lessons that teach the missing elements.
    nc_fix(&str) =
        |lessons| format!("Add a lesson that teaches them, such as {lessons}."),
        |lessons| format!("Añada una lección que los enseñe, como {lessons}.");
    /// A lesson with sex-trafficking content in a grade 6 plan.
    nc_grade_6(&str) =
        |lesson| {
            format!(
                "{lesson} teaches sex-trafficking prevention, which the statute places from grade 7: \
                 in grade 6, use it only with the district's approval."
            )
        },
        |lesson| {
            format!(
                "{lesson} enseña prevención de la trata sexual, que la ley ubica a partir de 7.º \
                 grado: en 6.º grado, úsela solo con la aprobación del distrito."
            )
        };

    letter_title = "Letter to families", "Carta a las familias";
    letter_pass =
        "The letter to families names your organization.",
        "La carta a las familias nombra a su organización.";
    letter_fail =
        "The organization is blank, so the letter to families cannot say who offers \
         the lessons or sign with your organization's name.",
        "La organización está en blanco, así que la carta a las familias no puede decir \
         quién ofrece las lecciones ni firmar con el nombre de su organización.";
    letter_fix =
        "Fill in “Your organization (for the parent letter)” in the plan details.",
        "Escriba «Su organización (para la carta a las familias)» en los datos del plan.";

    dosage_title = "Dosage", "Dosis";
    /// The series' sessions and minutes (`PacketStrings::sessions_total`), the goal.
    dosage_pass(&str, u8) =
        |series, goal| format!("{series}: this meets your goal of {goal} sessions."),
        |series, goal| format!("{series}: cumple su meta de {goal} sesiones.");
    dosage_fail(&str, u8) =
        |series, goal| {
            format!(
                "{series}: below your goal of {goal} sessions. Comparable youth programs run 4 \
                 to 10 sessions of 20 to 60 minutes."
            )
        },
        |series, goal| {
            format!(
                "{series}: menos que su meta de {goal} sesiones. Los programas juveniles \
                 comparables tienen de 4 a 10 sesiones de 20 a 60 minutos."
            )
        };
    /// How many more, suggested lessons.
    dosage_fix(usize, &str) =
        |k, lessons| {
            let more = if k == 1 {
                "1 more lesson".to_string()
            } else {
                format!("{k} more lessons")
            };
            format!("Add {more}, such as {lessons}, or lower the goal below if the school allows fewer sessions.")
        },
        |k, lessons| {
            let more = if k == 1 {
                "1 lección más".to_string()
            } else {
                format!("{k} lecciones más")
            };
            format!(
                "Añada {more}, como {lessons}, o baje la meta si la escuela permite menos sesiones."
            )
        };

    methods_title = "Varied teaching methods", "Métodos de enseñanza variados";
    methods_pass(usize, &str) =
        |n, kinds| format!("The steps you teach use {n} kinds of activity: {kinds}."),
        |n, kinds| {
            format!("Los pasos que usted enseña usan {n} tipos de actividad: {kinds}.")
        };
    methods_fail(usize, &str) =
        |n, kinds| {
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
        |n, kinds| {
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
        };
    methods_fix(&str) =
        |lessons| {
            format!("Teach the steps you skipped, or add a lesson with other activities, such as {lessons}.")
        },
        |lessons| {
            format!("Enseñe los pasos que omitió, o añada una lección con otras actividades, como {lessons}.")
        };

    eval_title = "Outcome evaluation", "Evaluación de resultados";
    eval_pass =
        "A pre-test before the first session and a post-test after the last will show \
         what students learned.",
        "Una prueba inicial antes de la primera sesión y una prueba final después de la \
         última mostrarán lo que aprendió el estudiantado.";
    eval_fail =
        "Without both a pre-test and a post-test it is hard to show what students learned, \
         which funders and schools often ask for.",
        "Sin una prueba inicial y una prueba final es difícil mostrar lo que aprendió el \
         estudiantado, algo que los financiadores y las escuelas suelen pedir.";
    eval_fix =
        "Tick “Pre-test before the first session” and “Post-test after the last session” \
         below; the packet builds them from the lessons' assessment items.",
        "Marque «Prueba inicial antes de la primera sesión» y «Prueba final después de la \
         última sesión» más abajo; el paquete las arma con las preguntas de evaluación de \
         las lecciones.";
    eval_no_items =
        "None of the lessons has assessment items to build the tests from.",
        "Ninguna lección tiene preguntas de evaluación para armar las pruebas.";

    lang_title = "Packet language", "Idioma del paquete";
    lang_pass(&str) =
        |lang| format!("Every lesson is available in {lang}."),
        |lang| format!("Todas las lecciones están disponibles en {lang}.");
    lang_fail(&str) =
        |lang| format!("Some lessons are not complete in {lang}:"),
        |lang| format!("Algunas lecciones no están completas en {lang}:");
    lang_fix(&str, &str) =
        |lesson, lang| format!("Remove {lesson}, or print the packet in {lang}."),
        |lesson, lang| format!("Quite {lesson} o imprima el paquete en {lang}.");
    /// The fix for a lesson of one's own that is incomplete in every language.
    finish_fix(&str) =
        |lesson| format!("Finish {lesson} in the lesson editor, or remove it from the plan."),
        |lesson| format!("Termine {lesson} en el editor de lecciones o quítela del plan.");
    lang_en = "English", "inglés";
    lang_es = "Spanish", "español";

    draft_title = "Lessons still drafts", "Lecciones en borrador";
    draft_fail =
        "Some of your lessons in this plan are drafts, with things left to finish:",
        "Algunas de sus lecciones en este plan son borradores, con cosas por terminar:";

    adapt_title = "Adaptations", "Adaptaciones";
    adapt_green =
        "Green: no core content is cut. Local names and examples are always welcome.",
        "Verde: no se recorta contenido esencial. Los nombres y ejemplos locales siempre \
         son bienvenidos.";
    adapt_yellow =
        "Yellow: some optional steps are skipped. That is fine with care.",
        "Amarillo: se omiten algunos pasos opcionales. Está bien, con cuidado.";
    adapt_red =
        "Red: some changes cut what makes the lessons work.",
        "Rojo: algunos cambios recortan lo que hace que las lecciones funcionen.";
    /// Lesson, step.
    adapt_optional(&str, &str) =
        |lesson, step| {
            format!("{lesson}: the optional step {step} is skipped (yellow).")
        },
        |lesson, step| {
            format!("{lesson}: se omite el paso opcional {step} (amarillo).")
        };
    adapt_core(&str, &str) =
        |lesson, step| format!("{lesson}: the core step {step} is skipped (red)."),
        |lesson, step| format!("{lesson}: se omite el paso esencial {step} (rojo).");
    adapt_skill(&str, &str) =
        |lesson, step| format!("{lesson}: the skill practice {step} is skipped (red)."),
        |lesson, step| {
            format!("{lesson}: se omite la práctica de habilidades {step} (rojo).")
        };
    /// Lesson, minutes now, minimum.
    adapt_short(&str, u32, u16) =
        |lesson, m, min| {
            format!("{lesson}: {m} minutes, below its minimum of {min} minutes (red).")
        },
        |lesson, m, min| {
            format!("{lesson}: {m} minutos, menos que su mínimo de {min} minutos (rojo).")
        };
    adapt_keep(&str, &str) =
        |step, lesson| format!("Keep step {step} in {lesson}."),
        |step, lesson| format!("Mantenga el paso {step} en {lesson}.");
    adapt_restore(&str, u16) =
        |lesson, min| {
            format!("Restore steps in {lesson} so it runs at least {min} minutes.")
        },
        |lesson, min| {
            format!("Vuelva a incluir pasos en {lesson} para que dure al menos {min} minutos.")
        };

    wording_title = "Wording in your notes", "Lenguaje en sus notas";
    wording_pass = "Your notes follow the language guide.", "Sus notas siguen la guía de lenguaje.";
    wording_fail(usize) =
        |n| {
            if n == 1 {
                "The language guide suggests other words for 1 phrase in your notes:".to_string()
            } else {
                format!("The language guide suggests other words for {n} phrases in your notes:")
            }
        },
        |n| {
            if n == 1 {
                "La guía de lenguaje sugiere otras palabras para 1 expresión de sus notas:".to_string()
            } else {
                format!("La guía de lenguaje sugiere otras palabras para {n} expresiones de sus notas:")
            }
        };
    wording_fix =
        "See the suggestion next to each note. Quoting a phrase on purpose, to explain \
         why it harms, is fine.",
        "Vea la sugerencia junto a cada nota. Citar una expresión a propósito, para \
         explicar por qué hace daño, está bien.";
    wording_in_plan_notes = "Plan notes", "Notas del plan";
    /// `"Notes for <lesson>"`.
    wording_in_item(&str) =
        |lesson| format!("Notes for {lesson}"),
        |lesson| format!("Notas para {lesson}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_the_language_conjunction() {
        let items = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!((EN.or_list)(&items), "A, B or C");
        assert_eq!((ES.and_list)(&items[..2]), "A y B");
        assert_eq!((EN.and_list)(&items[..1]), "A");
    }

    #[test]
    fn levels_and_bands_read_as_sentences() {
        assert!((EN.levels_some)(1, "Individual", "Community").contains("the Individual level,"));
        assert!((EN.levels_some)(2, "Individual and Community", "Society")
            .contains("the Individual and Community levels,"));
        assert!((ES.levels_some)(2, "Individual y Comunitario", "Social")
            .contains("trabaja los niveles Individual"));
        assert!((ES.levels_some)(1, "Individual", "Social").contains("trabaja el nivel Individual"));
        assert!((ES.band_pass)("Grados 6.º a 8.º").contains("escritas para grados 6.º a 8.º,"));
    }
}
