//! Each validation rule has a failing example: a copy of a real lesson with one thing broken,
//! and the problem it must produce (file, field, message).

use planner_domain::curriculum::source::{parse, PACKET_FILES};
use planner_domain::curriculum::validate::{self, Problem};
use planner_domain::curriculum::{Lesson, Vocabulary};
use planner_domain::test_support::curriculum_root;

const FILE: &str = "lessons/example.toml";

fn curriculum(rel: &str) -> String {
    let path = curriculum_root().join(rel);
    std::fs::read_to_string(path).unwrap()
}

fn vocabulary() -> Vocabulary {
    parse("vocabulary.toml", &curriculum("vocabulary.toml")).unwrap()
}

fn good_lesson_text() -> String {
    curriculum("lessons/01-what-is-trafficking-6-8.toml")
}

/// The good lesson with `from` replaced by `to` (which must occur).
fn broken(from: &str, to: &str) -> String {
    let text = good_lesson_text();
    assert!(
        text.contains(from),
        "fixture text {from:?} not in the lesson"
    );
    text.replacen(from, to, 1)
}

fn problems_of(text: &str) -> Vec<Problem> {
    match parse::<Lesson>(FILE, text) {
        Ok(lesson) => validate::lesson(FILE, &lesson, &vocabulary()),
        Err(problem) => vec![problem],
    }
}

fn assert_problem(problems: &[Problem], field: &str, message_part: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.file == FILE && p.field == field && p.message.contains(message_part)),
        "expected {FILE}: {field}: …{message_part}…, got {problems:#?}"
    );
}

#[test]
fn the_unbroken_example_has_no_problems() {
    assert_eq!(problems_of(&good_lesson_text()), vec![]);
}

#[test]
fn an_unknown_risk_factor_is_named() {
    let p = problems_of(&broken(
        r#"risk_factors = ["social-isolation""#,
        r#"risk_factors = ["loneliness""#,
    ));
    assert_problem(&p, "risk_factors[0]", "unknown factor \"loneliness\"");
}

#[test]
fn an_unknown_protective_factor_is_named() {
    let p = problems_of(&broken(
        r#"protective_factors = ["caring-adults", "crisis-supports"]"#,
        r#"protective_factors = ["caring-adults", "good-vibes"]"#,
    ));
    assert_problem(&p, "protective_factors[1]", "unknown factor \"good-vibes\"");
}

#[test]
fn an_unknown_level_fails_with_its_line() {
    let text = broken(
        r#"levels = ["individual", "relationship"]"#,
        r#"levels = ["individual", "neighbourhood"]"#,
    );
    let line = text
        .lines()
        .position(|l| l.contains("neighbourhood"))
        .unwrap()
        + 1;
    let p = problems_of(&text);
    assert_problem(
        &p,
        &format!("line {line}"),
        "unknown variant `neighbourhood`",
    );
}

#[test]
fn a_missing_spanish_field_is_named() {
    let p = problems_of(&broken(r#", es = "¿Qué es la trata de personas?" }"#, " }"));
    assert_problem(&p, "title.es", "missing Spanish text");
}

#[test]
fn a_blank_spanish_step_instruction_is_named() {
    let text = good_lesson_text();
    let start = text.find("es = \"\"\"Preséntese").unwrap();
    let end = start + text[start..].find("\"\"\"\n\n").unwrap() + 3;
    let text = format!("{}es = \"\"\"   \"\"\"{}", &text[..start], &text[end..]);
    assert_problem(
        &problems_of(&text),
        "steps[0].instructions.es",
        "missing Spanish text",
    );
}

#[test]
fn step_minutes_that_do_not_add_up_are_reported() {
    let p = problems_of(&broken("minutes = 45\n", "minutes = 50\n"));
    assert_problem(
        &p,
        "steps",
        "step minutes add up to 45, but the lesson says minutes = 50",
    );
}

#[test]
fn a_minimum_above_the_length_is_reported() {
    let p = problems_of(&broken("min_minutes = 35", "min_minutes = 60"));
    assert_problem(&p, "min_minutes", "between 1 and the lesson's 45 minutes");
}

#[test]
fn an_answer_that_is_not_a_choice_is_reported() {
    let p = problems_of(&broken("answer = 0\n", "answer = 7\n"));
    assert_problem(&p, "assessment[0].answer", "7 is not a choice");
}

#[test]
fn an_unknown_field_is_a_typo_not_silence() {
    let p = problems_of(&broken("min_minutes = 35", "min_minutes = 35\nminuets = 3"));
    assert!(
        p.iter()
            .any(|p| p.message.contains("unknown field `minuets`")),
        "{p:#?}"
    );
}

#[test]
fn a_lesson_without_sources_is_reported() {
    let text = good_lesson_text();
    let text = &text[..text.find("[[sources]]").unwrap()];
    assert_problem(&problems_of(text), "sources", "at least one");
}

#[test]
fn an_id_with_spaces_is_reported() {
    let p = problems_of(&broken(
        r#"id = "what-is-trafficking-6-8""#,
        r#"id = "What is trafficking""#,
    ));
    assert_problem(&p, "id", "lowercase letters, digits and hyphens");
}

#[test]
fn a_duplicate_id_names_both_files() {
    let lesson: Lesson = parse(FILE, &good_lesson_text()).unwrap();
    let p = validate::duplicate_ids(&[
        ("lessons/a.toml".into(), lesson.clone()),
        ("lessons/b.toml".into(), lesson),
    ]);
    assert_eq!(
        p,
        vec![Problem {
            file: "lessons/b.toml".into(),
            field: "id".into(),
            message: "duplicate id \"what-is-trafficking-6-8\", already used in lessons/a.toml"
                .into(),
        }]
    );
}

#[test]
fn a_vocabulary_missing_a_topic_is_reported() {
    let mut vocab = vocabulary();
    vocab.topics.retain(|t| t.id != "online-safety");
    let p = validate::vocabulary("vocabulary.toml", &vocab);
    assert!(
        p.iter()
            .any(|p| p.field == "topics" && p.message == "no entry for \"online-safety\""),
        "{p:#?}"
    );
}

#[test]
fn a_vocabulary_term_without_spanish_is_reported() {
    let mut vocab = vocabulary();
    vocab.risk_factors[2].name.es.clear();
    let p = validate::vocabulary("vocabulary.toml", &vocab);
    assert!(
        p.iter().any(|p| p.field == "risk_factors[2].name.es"),
        "{p:#?}"
    );
}

#[test]
fn problems_print_as_file_field_message() {
    let problem = Problem {
        file: "lessons/x.toml".into(),
        field: "title.es".into(),
        message: "missing Spanish text".into(),
    };
    assert_eq!(
        problem.to_string(),
        "lessons/x.toml: title.es: missing Spanish text"
    );
    assert_eq!(PACKET_FILES.len(), 4);
}

/// A fresh, empty folder under the system's temporary directory.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("planner-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_coalition_folder_of_lesson_files_validates_into_a_pack() {
    use planner_domain::curriculum::pack::Pack;
    use planner_domain::curriculum::source::load_folder;
    // Just lesson files, no vocabulary or packet pieces: checked against the planner's.
    let dir = scratch("coalition");
    std::fs::write(
        dir.join("our-lesson.toml"),
        good_lesson_text().replace("id = \"what-is-trafficking-6-8\"", "id = \"our-lesson\""),
    )
    .unwrap();
    let folder = load_folder(&dir, Some(&vocabulary())).expect("valid");
    assert!(!folder.own_vocabulary && folder.packet.is_none());
    assert_eq!(folder.lessons[0].id, "our-lesson");
    let pack = Pack {
        lessons: folder.lessons.clone(),
        ..Pack::of_library(&Default::default(), Default::default())
    };
    let read = Pack::from_json(&pack.to_json()).unwrap();
    assert_eq!(read.lessons, folder.lessons);

    // A broken one is named as the build names it: file: field: message.
    std::fs::write(
        dir.join("broken.toml"),
        broken(
            r#"risk_factors = ["social-isolation""#,
            r#"risk_factors = ["made-up""#,
        ),
    )
    .unwrap();
    let problems = load_folder(&dir, Some(&vocabulary())).unwrap_err();
    let printed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        printed
            .iter()
            .any(|p| p.starts_with("broken.toml: risk_factors[0]: ") && p.contains("made-up")),
        "{printed:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn counterparts_must_pair_up_across_grade_bands() {
    use planner_domain::curriculum::GradeBand;
    let lesson = |id: &str, band: GradeBand, counterpart: Option<&str>| {
        let mut l: Lesson = parse("x.toml", &good_lesson_text()).unwrap();
        l.id = id.into();
        l.grades = vec![band];
        l.counterpart = counterpart.map(str::to_string);
        (format!("{id}.toml"), l)
    };
    let messages = |lessons: &[(String, Lesson)]| -> Vec<String> {
        validate::counterparts(lessons, true)
            .into_iter()
            .map(|p| format!("{}: {}: {}", p.file, p.field, p.message))
            .collect()
    };
    let good = [
        lesson("a", GradeBand::Middle, Some("b")),
        lesson("b", GradeBand::High, Some("a")),
    ];
    assert!(messages(&good).is_empty());
    let one_way = [
        lesson("a", GradeBand::Middle, Some("b")),
        lesson("b", GradeBand::High, None),
    ];
    assert_eq!(
        messages(&one_way),
        ["a.toml: counterpart: \"b\" does not name \"a\" as its counterpart"]
    );
    let same_band = [
        lesson("a", GradeBand::Middle, Some("b")),
        lesson("b", GradeBand::Middle, Some("a")),
    ];
    assert_eq!(messages(&same_band).len(), 2);
    let missing = [lesson("a", GradeBand::Middle, Some("zz"))];
    assert_eq!(
        messages(&missing),
        ["a.toml: counterpart: no lesson has the id \"zz\""]
    );
    // A coalition's lesson may pair with one of the library's, which its folder lacks.
    assert!(validate::counterparts(&missing, false).is_empty());
    let own = [lesson("a", GradeBand::Middle, Some("a"))];
    assert!(messages(&own)[0].contains("its own counterpart"));
}
