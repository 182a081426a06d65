//! The real curriculum in `curriculum/` loads, validates, and covers what the starter library
//! promises, so the library cannot silently regress.

use planner_domain::curriculum::pack::{Contents, Pack};
use planner_domain::curriculum::Library;
use planner_domain::test_support::{curriculum_root, library};
use planner_domain::{Lang, Text};

#[test]
fn the_curriculum_is_valid() {
    let lib = library();
    assert!(!lib.lessons.is_empty());
}

fn pack_name() -> Text {
    Text {
        en: "Test library".into(),
        es: "Biblioteca de prueba".into(),
    }
}

#[test]
fn the_library_round_trips_through_its_lesson_pack() {
    let lib = library();
    let json = Pack::of_library(&lib, pack_name()).to_json();
    assert!(json.starts_with(r#"{"format":"prevention-lesson-pack","version":1,"#));
    assert_eq!(Library::from_pack_json(&json).unwrap(), lib);
}

#[test]
fn an_index_pack_holds_the_library_screen_in_one_language() {
    let lib = library();
    for lang in Lang::ALL {
        let json = Pack::index_of(&lib, pack_name(), lang).to_json();
        let pack = Pack::from_json(&json).unwrap();
        assert_eq!(
            (pack.contents, pack.languages.as_slice()),
            (Contents::Index, &[lang][..])
        );
        let index = pack.into_library().unwrap();
        assert_eq!(index.lessons.len(), lib.lessons.len());
        for (i, l) in index.lessons.iter().zip(&lib.lessons) {
            assert_eq!(i.id, l.id, "same lessons in the same order");
            assert_eq!(i.title.get(lang), l.title.get(lang));
            assert_eq!(i.summary.get(lang), l.summary.get(lang));
            assert_eq!(
                (i.minutes, &i.grades, &i.levels),
                (l.minutes, &l.grades, &l.levels)
            );
            assert_eq!((&i.topics, &i.forms), (&l.topics, &l.forms));
            assert_eq!(i.objectives.len(), l.objectives.len());
            assert!(i.steps.is_empty() && i.handouts.is_empty() && i.assessment.is_empty());
        }
        // The other language is not in the file at all.
        let other = Lang::ALL.into_iter().find(|&o| o != lang).unwrap();
        assert!(!json.contains(&format!("\"{}\":", other.code())));
        assert!(!json.contains(lib.lessons[0].title.get(other)));
        // Search and facets give the same answers on the index as on the full library.
        use planner_domain::filter::{from_query, Index};
        for query in [
            "q=labor",
            "q=trabajo",
            "level=community",
            "form=sex&grade=6-8",
        ] {
            let ids = |l: &Library| -> Vec<String> {
                Index::new(l, lang)
                    .tally(&from_query(query, l))
                    .results
                    .iter()
                    .map(|l| l.id.clone())
                    .collect()
            };
            assert_eq!(ids(&index), ids(&lib), "{query} in {lang:?}");
        }
    }
}

#[test]
fn a_lesson_pack_keeps_every_character_of_unusual_text() {
    let mut lib = library();
    let odd = [
        "  two spaces, a tab\there,\nnew lines\n\n and trailing space ",
        "¿Qué? ¡Sí! — «comillas», año 2026, niñez; emoji 🙂 and café_au_lait",
        " ",
        "a",
        "Émile and ÉL, iPhone, USA, I, A. Students; McDonald's. The end",
        "Ñandú? Él dijo: «No». O'Brien \"quoted\" \\ back\\slash </script>",
    ];
    for (lesson, text) in lib.lessons.iter_mut().zip(odd) {
        lesson.summary.en = text.to_string();
        lesson.summary.es = text.chars().rev().collect();
    }
    let json = Pack::of_library(&lib, pack_name()).to_json();
    assert_eq!(Library::from_pack_json(&json).unwrap(), lib);
}

#[test]
fn a_damaged_pack_is_refused_with_a_reason_never_a_panic() {
    let lib = library();
    let json = Pack::of_library(&lib, pack_name()).to_json();
    for cut in [0, 1, json.len() / 3, json.len() - 1] {
        assert!(
            Library::from_pack_json(&json[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["lessons"][0]["minutes"] = "fifty".into();
    let err = Library::from_pack_json(&value.to_string())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("invalid type") && err.contains("line 1"),
        "{err}"
    );
    value["lessons"][0]["minutes"] = 50.into();
    value["lessons"][0]["unexpected"] = true.into();
    let err = Library::from_pack_json(&value.to_string())
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown field `unexpected`"), "{err}");
    value["version"] = 2.into();
    let err = Library::from_pack_json(&value.to_string())
        .unwrap_err()
        .to_string();
    assert!(err.contains("version 2") && err.contains("newer"), "{err}");
}

#[test]
fn every_lesson_file_validates_on_its_own() {
    let root = curriculum_root();
    let files = planner_domain::curriculum::source::lesson_files(&root.join("lessons")).unwrap();
    let mut problems = Vec::new();
    for path in files {
        let rel = format!("lessons/{}", path.file_name().unwrap().to_string_lossy());
        problems.extend(planner_domain::curriculum::source::check_lesson_file(
            &root, &rel,
        ));
    }
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "lesson problems:\n{}", list.join("\n"));
}

/// Ids of the lessons that `keep` selects.
fn ids_where(lib: &Library, keep: impl Fn(&planner_domain::Lesson) -> bool) -> Vec<&str> {
    lib.lessons
        .iter()
        .filter(|l| keep(l))
        .map(|l| l.id.as_str())
        .collect()
}

#[test]
fn the_starter_library_covers_what_it_promises() {
    use planner_domain::curriculum::{Form, GradeBand, Level, Topic};
    let lib = library();
    assert!(
        lib.lessons.len() >= 16,
        "only {} lessons",
        lib.lessons.len()
    );

    for level in Level::ALL {
        let at = ids_where(&lib, |l| l.levels.contains(&level));
        assert!(at.len() >= 2, "{level:?} has only {at:?}");
    }
    for (kind, vocab, used) in [
        (
            "risk",
            &lib.vocabulary.risk_factors,
            lib.lessons
                .iter()
                .flat_map(|l| &l.risk_factors)
                .collect::<Vec<_>>(),
        ),
        (
            "protective",
            &lib.vocabulary.protective_factors,
            lib.lessons
                .iter()
                .flat_map(|l| &l.protective_factors)
                .collect(),
        ),
    ] {
        for term in vocab {
            assert!(
                used.contains(&&term.id),
                "no lesson addresses {kind} factor {}",
                term.id
            );
        }
    }
    assert_eq!(lib.vocabulary.risk_factors.len(), 12);
    assert_eq!(lib.vocabulary.protective_factors.len(), 5);

    for topic in Topic::ALL {
        assert!(
            !ids_where(&lib, |l| l.topics.contains(&topic)).is_empty(),
            "no lesson on {topic:?}"
        );
    }
    for band in GradeBand::ALL {
        let what_is = ids_where(&lib, |l| {
            l.grades.contains(&band) && l.topics.contains(&Topic::WhatIsTrafficking)
        });
        assert!(
            !what_is.is_empty(),
            "no 'what trafficking is' lesson for {band:?}"
        );
    }
    let labor_modules = ids_where(&lib, |l| l.forms == [Form::Labor]);
    assert!(labor_modules.len() >= 4, "labor modules: {labor_modules:?}");

    let job_offer_practice = ids_where(&lib, |l| {
        l.topics.contains(&Topic::FraudulentJobOffers) && !l.handouts.is_empty()
    });
    assert!(
        !job_offer_practice.is_empty(),
        "no job-offer practice handout"
    );

    let hotline = ids_where(&lib, |l| {
        l.topics.contains(&Topic::HelpSeeking)
            && l.steps.iter().any(|s| {
                s.instructions.en.contains("1-888-373-7888")
                    && s.instructions.es.contains("1-888-373-7888")
            })
    });
    assert!(hotline.len() >= 2, "hotline taught in {hotline:?}");
}

#[test]
fn every_lesson_is_complete_in_both_languages() {
    // Validation requires both languages on every text; here we also require the parts a
    // packet prints, so a lesson cannot ship without handouts or assessment.
    let lib = library();
    for l in &lib.lessons {
        assert!(!l.handouts.is_empty(), "{} has no handout", l.id);
        assert!(
            l.assessment.len() >= 3,
            "{} has fewer than 3 assessment items",
            l.id
        );
        assert!(
            !l.discussion.is_empty(),
            "{} has no discussion questions",
            l.id
        );
        assert!(!l.materials.is_empty(), "{} lists no materials", l.id);
        assert!(
            l.adaptations
                .iter()
                .any(|a| a.light == planner_domain::curriculum::Light::Red),
            "{} says nothing must stay",
            l.id
        );
        let methods: std::collections::HashSet<_> = l.steps.iter().map(|s| s.method).collect();
        assert!(
            methods.len() >= 3,
            "{} uses fewer than 3 teaching methods",
            l.id
        );
    }
}

#[test]
fn no_lesson_uses_language_the_guide_flags() {
    // The lessons practise what the language guide preaches.
    let lib = library();
    let fold = planner_domain::search::fold;
    for l in &lib.lessons {
        let json = fold(
            &serde_json::to_string(&(&l.title, &l.summary, &l.steps, &l.handouts, &l.discussion))
                .unwrap(),
        );
        for phrase in [
            "modern slavery",
            "child prostitute",
            "sex slave",
            "esclavitud moderna",
            "esclava sexual",
            "prostitucion infantil",
        ] {
            assert!(!json.contains(phrase), "{} uses \"{phrase}\"", l.id);
        }
    }
}

#[test]
fn the_english_ui_uses_us_spelling() {
    use planner_domain::curriculum::validate::british_spellings;
    let found: Vec<String> = planner_domain::i18n::every_string(planner_domain::Lang::En)
        .into_iter()
        .flat_map(|(key, text)| {
            british_spellings(&text)
                .into_iter()
                .map(move |(british, us)| format!("{key}: \"{british}\": write \"{us}\""))
        })
        .collect();
    assert!(
        found.is_empty(),
        "British spellings in the UI:\n{}",
        found.join("\n")
    );
}

/// One row of the named-case table in `curriculum/README.md`.
struct Case {
    lesson: String,
    name: String,
    gender: String,
    form: String,
    role: String,
}

fn named_cases() -> Vec<Case> {
    let readme = std::fs::read_to_string(curriculum_root().join("README.md")).unwrap();
    let table = readme
        .split("## Named cases")
        .nth(1)
        .expect("curriculum/README.md has a \"## Named cases\" section");
    // The section ends at the next heading of its level.
    let table = table.split("\n## ").next().unwrap_or_default();
    table
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|---") && !l.contains("| lesson |"))
        .map(|l| {
            let cells: Vec<String> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            assert_eq!(cells.len(), 6, "named-case row needs 6 cells: {l}");
            Case {
                lesson: cells[0].clone(),
                name: cells[1].clone(),
                gender: cells[3].to_lowercase(),
                form: cells[4].to_lowercase(),
                role: cells[5].to_lowercase(),
            }
        })
        .collect()
}

#[test]
fn named_cases_vary_their_roles_and_do_not_teach_the_stereotype() {
    let cases = named_cases();
    assert!(cases.len() >= 50, "only {} named cases", cases.len());
    // No name carries the same role twice.
    let mut seen = std::collections::HashMap::new();
    for c in &cases {
        if let Some(lesson) = seen.insert((c.name.to_lowercase(), c.role.clone()), &c.lesson) {
            panic!(
                "{} has the role \"{}\" in lessons {lesson} and {}",
                c.name, c.role, c.lesson
            );
        }
    }
    // A name belongs to one lesson, so it cannot become the stock example of anything.
    let mut lessons_of = std::collections::HashMap::<String, Vec<&str>>::new();
    for c in &cases {
        let entry = lessons_of.entry(c.name.to_lowercase()).or_default();
        if !entry.contains(&c.lesson.as_str()) {
            entry.push(&c.lesson);
        }
    }
    let repeated: Vec<_> = lessons_of.iter().filter(|(_, l)| l.len() > 1).collect();
    assert!(
        repeated.is_empty(),
        "names used in several lessons: {repeated:?}"
    );
    let boy = |c: &&Case| c.gender == "boy" || c.gender == "man";
    let girl = |c: &&Case| c.gender == "girl" || c.gender == "woman";
    let boys_sex: Vec<_> = cases
        .iter()
        .filter(boy)
        .filter(|c| {
            c.form.contains("sex")
                && c.role.contains("target")
                && (c.role.contains("sex-trafficking") || c.role.contains("sextortion"))
        })
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        boys_sex.len() >= 3,
        "boys as sex-trafficking or sextortion targets: {boys_sex:?}"
    );
    let girls_labor: Vec<_> = cases
        .iter()
        .filter(girl)
        .filter(|c| c.form.contains("labor") && c.role.contains("labor-trafficking target"))
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        girls_labor.len() >= 3,
        "girls as labor-trafficking targets: {girls_labor:?}"
    );
    // Lessons 01-17: every name in the table is in its lesson file.
    let root = curriculum_root().join("lessons");
    let files = planner_domain::curriculum::source::lesson_files(&root).unwrap();
    for c in cases
        .iter()
        .filter(|c| c.lesson.parse::<u32>().is_ok_and(|n| n <= 17))
    {
        let file = files
            .iter()
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{}-", c.lesson))
            })
            .unwrap_or_else(|| panic!("no lesson file {}", c.lesson));
        let text = std::fs::read_to_string(file).unwrap();
        assert!(
            text.contains(&c.name),
            "{} is in the named-case table but not in lesson {}",
            c.name,
            c.lesson
        );
    }
}

#[test]
fn the_library_has_28_lessons_with_unique_titles_for_students_families_and_staff() {
    use planner_domain::curriculum::Audience;
    let lib = library();
    assert!(lib.lessons.len() >= 28, "{} lessons", lib.lessons.len());
    for lang in planner_domain::Lang::ALL {
        let mut titles: Vec<&str> = lib.lessons.iter().map(|l| l.title.get(lang)).collect();
        titles.sort_unstable();
        let before = titles.len();
        titles.dedup();
        assert_eq!(
            titles.len(),
            before,
            "two lessons share a title in {lang:?}"
        );
    }
    for audience in [Audience::Families, Audience::Staff] {
        assert!(
            lib.lessons.iter().any(|l| l.audience == audience),
            "a session for {audience:?}"
        );
    }
}

#[test]
fn every_element_north_carolina_requires_is_taught_by_some_student_lesson() {
    use planner_domain::curriculum::{Audience, NcElement};
    let lib = library();
    for element in NcElement::ALL {
        let teaching: Vec<&str> = lib
            .lessons
            .iter()
            .filter(|l| l.audience == Audience::Students && l.nc_elements.contains(&element))
            .map(|l| l.id.as_str())
            .collect();
        assert!(
            teaching.len() >= 2,
            "{element:?} is taught by {teaching:?}: a series needs a choice of lessons for it"
        );
    }
    // Every student lesson names what it teaches (the build refuses one that does not).
    assert!(lib
        .lessons
        .iter()
        .filter(|l| l.audience == Audience::Students)
        .all(|l| !l.nc_elements.is_empty()));
}
