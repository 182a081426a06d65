use super::*;
use serde_json::json;
use std::path::Path;

use crate::test_support::shared_library as library;

fn text(en: &str, es: &str) -> Text {
    Text {
        en: en.into(),
        es: es.into(),
    }
}

/// A complete library lesson under a new id and title: what a coalition would write.
fn lesson(id: &str) -> Lesson {
    let mut l = library().lessons[0].clone();
    l.id = id.into();
    l.title = text(&format!("Lesson {id}"), &format!("Lección {id}"));
    l
}

/// The user's packs: their own (with `own` lessons) and nothing imported.
fn custom(own: Vec<Lesson>) -> Vec<Pack> {
    vec![pack_of(own, text("Your lessons", "Tus lecciones"))]
}

fn valley() -> Text {
    text("Valley Coalition", "Coalición del Valle")
}

/// A pack's JSON with `lessons` (JSON values) in place of real ones.
fn pack_json(lessons: Value) -> String {
    json!({
        "format": pack::FORMAT, "version": 1,
        "name": {"en": "Valley Coalition"}, "languages": ["en", "es"],
        "lessons": lessons,
    })
    .to_string()
}

/// A lesson's JSON, changed by `edit`.
fn lesson_json(edit: impl FnOnce(&mut Value)) -> Value {
    let mut v = serde_json::to_value(lesson("valley-1")).unwrap();
    edit(&mut v);
    v
}

fn refusal(text: &str) -> Refusal {
    read(text, &library().vocabulary).unwrap_err()
}

fn field_issue(text: &str) -> (String, Issue) {
    match refusal(text) {
        Refusal::Field { field, issue, .. } => (field, issue),
        other => panic!("expected a field refusal, got {other:?}"),
    }
}

#[test]
fn an_exported_pack_reads_back_and_previews_as_new() {
    let lessons = vec![lesson("valley-1"), lesson("valley-2")];
    let file = export(lessons.clone(), valley());
    let pack = read(&file, &library().vocabulary).unwrap();
    assert_eq!(pack.lessons, lessons);
    assert_eq!(pack.name, valley());
    assert_eq!(pack.languages, [Lang::En, Lang::Es]);
    let preview = preview(pack, library(), &custom(vec![]), Policy::UpdatePack);
    assert!(preview.lessons.iter().all(|i| i.outcome == Outcome::New));
    assert!(preview.lessons.iter().all(|i| i.problems.is_empty()));
    let mut packs = custom(vec![]);
    assert_eq!(apply(preview, &mut packs), 2);
    assert_eq!(packs.len(), 2);
    assert_eq!(packs[1].name, valley());
    assert_eq!(packs[1].lessons, lessons);
    assert!(packs[0].lessons.is_empty());
}

#[test]
fn a_clash_with_a_built_in_lesson_is_renamed_and_an_identical_copy_is_skipped() {
    let built_in = library().lessons[0].clone();
    let mut changed = built_in.clone();
    changed.title.en = "Our version".into();
    let pack = pack_of(vec![built_in.clone(), changed], valley());
    let preview = preview(pack, library(), &custom(vec![]), Policy::UpdatePack);
    assert_eq!(preview.lessons[0].outcome, Outcome::AlreadyThere);
    assert_eq!(
        preview.lessons[1].outcome,
        Outcome::Renamed {
            from: built_in.id.clone(),
            taken_by: Taken::BuiltIn {
                title: built_in.title.clone()
            }
        }
    );
    let new_id = preview.lessons[1].lesson.id.clone();
    assert_ne!(new_id, built_in.id);
    assert!(library().lesson(&new_id).is_none() && valid_id(&new_id));
    assert_eq!(preview.renames(), [(built_in.id.clone(), new_id.clone())]);
    let mut packs = custom(vec![]);
    assert_eq!(apply(preview, &mut packs), 1);
    assert_eq!(packs[1].lessons[0].id, new_id);
    assert_eq!(packs[1].lessons[0].title.en, "Our version");
}

#[test]
fn own_lessons_are_never_replaced_but_a_newer_coalition_pack_replaces_its_own() {
    let mine = lesson("my-lesson");
    let mut edited = mine.clone();
    edited.summary.en = "Edited since the export".into();
    let mut packs = custom(vec![mine.clone()]);
    let mut own_pack = pack_of(vec![edited.clone()], packs[0].name.clone());
    // Re-importing one's own export after editing: a rename, the own lesson stays.
    let p = preview(own_pack.clone(), library(), &packs, Policy::UpdatePack);
    assert!(matches!(
        &p.lessons[0].outcome,
        Outcome::Renamed { taken_by: Taken::Custom { pack, .. }, .. } if *pack == packs[0].name
    ));
    apply(p, &mut packs);
    assert_eq!(packs[0].lessons, std::slice::from_ref(&mine));
    assert_eq!(packs[1].lessons[0].id, "my-lesson-2");

    // A coalition's pack, then its next version: the changed lesson replaces, the same
    // lesson is already there, a new one is added, and nothing else moves.
    own_pack.name = valley();
    own_pack.lessons = vec![lesson("valley-1"), lesson("valley-2")];
    apply(
        preview(own_pack.clone(), library(), &packs, Policy::UpdatePack),
        &mut packs,
    );
    let mut v2 = own_pack.clone();
    v2.lessons[0].summary.en = "Second edition".into();
    v2.lessons.push(lesson("valley-3"));
    let p = preview(v2.clone(), library(), &packs, Policy::UpdatePack);
    let outcomes: Vec<_> = p.lessons.iter().map(|i| i.outcome.clone()).collect();
    assert_eq!(
        outcomes,
        [Outcome::Replaces, Outcome::AlreadyThere, Outcome::New]
    );
    assert_eq!(apply(p, &mut packs), 2);
    assert_eq!(packs.len(), 3);
    assert_eq!(packs[2].lessons, v2.lessons);

    // Carried by a plan file, the same change renames instead of replacing.
    let mut v3 = v2;
    v3.lessons[0].summary.en = "Third edition".into();
    let p = preview(v3, library(), &packs, Policy::KeepExisting);
    assert!(matches!(p.lessons[0].outcome, Outcome::Renamed { .. }));
}

#[test]
fn repeated_ids_inside_a_pack_are_renamed_too() {
    let mut second = lesson("valley-1");
    second.summary.en = "Another".into();
    let p = preview(
        pack_of(vec![lesson("valley-1"), second], valley()),
        library(),
        &custom(vec![]),
        Policy::UpdatePack,
    );
    assert_eq!(p.lessons[0].outcome, Outcome::New);
    assert_eq!(
        p.lessons[1].outcome,
        Outcome::Renamed {
            from: "valley-1".into(),
            taken_by: Taken::SamePack
        }
    );
    assert_eq!(p.lessons[1].lesson.id, "valley-1-2");
}

#[test]
fn files_that_are_not_packs_are_refused_with_their_reason() {
    assert_eq!(check_file("lessons.JSON", 10), Ok(()));
    assert_eq!(check_file("lessons.docx", 10), Err(Refusal::NotJson));
    assert_eq!(
        check_file("big.json", MAX_BYTES + 1),
        Err(Refusal::TooLarge {
            bytes: MAX_BYTES + 1
        })
    );
    assert_eq!(refusal("hello"), Refusal::NotJson);
    assert_eq!(refusal(""), Refusal::NotJson);
    assert_eq!(refusal("[1, 2]"), Refusal::NotAPack);
    assert_eq!(refusal(r#"{"plans": []}"#), Refusal::NotAPack);
    assert!(matches!(
        refusal(&pack_json(json!([]))[..40]),
        Refusal::Damaged { line: 1, .. }
    ));
    let plan = crate::transfer::export(&[crate::plan::Plan::new("p".into(), "P".into(), 0)]);
    assert_eq!(refusal(&plan), Refusal::PlanFile);
    let newer = pack_json(json!([])).replace("\"version\":1", "\"version\":2");
    assert_eq!(refusal(&newer), Refusal::Newer { version: 2 });
    let newer = pack_json(json!([])).replace("\"version\":1", "\"version\":1.5");
    assert!(matches!(refusal(&newer), Refusal::Newer { .. }));
    for bad in ["0", "-1", "\"1\"", "null"] {
        let text = pack_json(json!([])).replace("\"version\":1", &format!("\"version\":{bad}"));
        assert_eq!(refusal(&text), Refusal::BadVersion, "{bad}");
    }
    assert_eq!(refusal(&pack_json(json!([]))), Refusal::NoLessons);
    let index = pack::Pack::index_of(library(), valley(), Lang::En).to_json();
    assert_eq!(refusal(&index), Refusal::NotAPack);
}

#[test]
fn the_shipped_library_pack_imports_as_already_there() {
    let full = pack::Pack::of_library(library(), valley()).to_json();
    let pack = read(&full, &library().vocabulary).unwrap();
    assert!(pack.vocabulary.is_none() && pack.packet.is_none());
    let p = preview(pack, library(), &custom(vec![]), Policy::UpdatePack);
    assert!(p.lessons.iter().all(|i| i.outcome == Outcome::AlreadyThere));
    assert_eq!(p.changes().count(), 0);
}

#[test]
fn hostile_sizes_are_refused_before_or_while_reading() {
    let ten_mb = pack_json(json!([lesson_json(
        |l| l["summary"]["en"] = json!("x".repeat(10 * 1024 * 1024))
    )]));
    assert!(matches!(refusal(&ten_mb), Refusal::TooLarge { .. }));
    let one_mb = pack_json(json!([lesson_json(
        |l| l["summary"]["en"] = json!("x".repeat(1024 * 1024))
    )]));
    assert_eq!(
        field_issue(&one_mb),
        (
            "summary.en".into(),
            Issue::TooLong {
                max: MAX_TEXT_CHARS
            }
        )
    );
    let long_title = pack_json(json!([lesson_json(
        |l| l["title"]["es"] = json!("y".repeat(400))
    )]));
    assert_eq!(
        field_issue(&long_title).1,
        Issue::TooLong {
            max: MAX_LINE_CHARS
        }
    );
    let many = format!(
        "{{\"format\":\"{}\",\"version\":1,\"name\":{{}},\"languages\":[],\"lessons\":[{}]}}",
        pack::FORMAT,
        vec!["{}"; 10_000].join(",")
    );
    assert_eq!(refusal(&many), Refusal::TooManyLessons { count: 10_000 });
    let steps = pack_json(json!([lesson_json(
        |l| l["objectives"] = json!(vec![json!({"en": "x"}); 5000])
    )]));
    assert_eq!(
        field_issue(&steps),
        ("objectives".into(), Issue::TooMany { max: MAX_ENTRIES })
    );
    let deep = format!(
        "{{\"format\":\"{}\",\"lessons\":{}{}}}",
        pack::FORMAT,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(refusal(&deep), Refusal::TooDeep);
    let deep_object = format!(
        "{{\"format\":\"{}\",\"version\":1,\"x\":{}1{}}}",
        pack::FORMAT,
        "{\"a\":".repeat(50_000),
        "}".repeat(50_000)
    );
    assert_eq!(refusal(&deep_object), Refusal::TooDeep);
}

#[test]
fn minutes_vocabulary_and_types_are_named_by_field() {
    let case = |edit: fn(&mut Value)| field_issue(&pack_json(json!([lesson_json(edit)])));
    assert_eq!(
        case(|l| l["minutes"] = json!(-5)),
        ("minutes".into(), Issue::Minutes { value: "-5".into() })
    );
    assert_eq!(
        case(|l| l["steps"][1]["minutes"] = json!(100000)),
        (
            "steps[1].minutes".into(),
            Issue::Minutes {
                value: "100000".into()
            }
        )
    );
    assert!(matches!(
        case(|l| l["min_minutes"] = json!(1e300)).1,
        Issue::Minutes { .. }
    ));
    assert!(matches!(
        case(|l| l["min_minutes"] = json!("45")).1,
        Issue::Minutes { .. }
    ));
    assert_eq!(
        case(|l| l["topics"] = json!(["astrology"])),
        (
            "topics[0]".into(),
            Issue::UnknownTerm {
                value: "astrology".into()
            }
        )
    );
    assert_eq!(
        case(|l| l["steps"][0]["method"] = json!("dance")).0,
        "steps[0].method"
    );
    assert_eq!(
        case(|l| l["risk_factors"] = json!(["moon"])).0,
        "risk_factors[0]"
    );
    assert_eq!(case(|l| l["audience"] = json!("aliens")).0, "audience");
    assert_eq!(
        case(|l| l["adaptations"][0]["light"] = json!("blue")).0,
        "adaptations[0].light"
    );
    let (field, issue) = case(|l| l["title"] = json!(5));
    assert_eq!(field, "title");
    assert!(matches!(issue, Issue::Shape { .. }));
    let (field, issue) = case(|l| l["steps"][0]["script"] = json!("alert(1)"));
    assert_eq!(field, "steps[0].script");
    assert!(matches!(issue, Issue::Shape { detail } if detail.contains("unknown field")));
    assert_eq!(
        case(|l| l["id"] = json!("../../etc")).1,
        Issue::Id {
            value: "../../etc".into()
        }
    );
    assert_eq!(
        case(|l| l["sources"][0]["url"] = json!("javascript:alert(1)")),
        (
            "sources[0].url".into(),
            Issue::Url {
                value: "javascript:alert(1)".into()
            }
        )
    );
    match refusal(&pack_json(json!([lesson_json(
        |l| l["minutes"] = json!(-1)
    )]))) {
        Refusal::Field { lesson, .. } => assert_eq!(lesson.as_deref(), Some("valley-1")),
        other => panic!("{other:?}"),
    }
    match refusal(&pack_json(json!([7]))) {
        Refusal::Field { lesson, .. } => assert_eq!(lesson.as_deref(), Some("#1")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn script_stays_text_and_hidden_characters_are_removed() {
    let script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    let file = pack_json(json!([lesson_json(|l| {
        l["title"]["en"] = json!(script);
        l["summary"]["en"] = json!("Safe\u{202e}txt.exe\u{0007} end\nline two");
    })]));
    let pack = read(&file, &library().vocabulary).unwrap();
    assert_eq!(pack.lessons[0].title.en, script);
    assert_eq!(pack.lessons[0].summary.en, "Safetxt.exe end\nline two");
}

#[test]
fn a_lesson_with_problems_is_read_and_its_problems_listed() {
    let mut l = lesson("valley-1");
    l.minutes += 5;
    l.title.es.clear();
    let p = preview(
        pack_of(vec![l], valley()),
        library(),
        &custom(vec![]),
        Policy::UpdatePack,
    );
    let fields: Vec<_> = p.lessons[0]
        .problems
        .iter()
        .map(|p| p.field.as_str())
        .collect();
    // Written in English only, it is checked in English only, and kept as a draft.
    assert_eq!(fields, ["steps"]);
    assert!(p.lessons[0].lesson.draft);
}

#[test]
fn pack_file_names_are_safe() {
    assert_eq!(
        file_name("Valley Coalition: 2026!"),
        "valley-coalition-2026.lesson-pack.json"
    );
    assert_eq!(file_name("***"), "lessons.lesson-pack.json");
}

#[test]
fn the_browser_tests_coalition_pack_is_a_clean_two_language_pack() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/e2e/fixtures/valley-coalition.lesson-pack.json");
    let pack = read(
        &std::fs::read_to_string(path).unwrap(),
        &library().vocabulary,
    )
    .unwrap();
    assert_eq!(pack.lessons.len(), 2);
    let p = preview(pack, library(), &custom(vec![]), Policy::UpdatePack);
    for i in &p.lessons {
        assert_eq!(i.outcome, Outcome::New);
        assert_eq!(i.problems, [], "{}", i.lesson.id);
        assert_eq!(i.lesson.languages(), [Lang::En, Lang::Es]);
    }
}

#[test]
fn a_kept_suggested_name_travels_in_both_languages_and_a_typed_one_as_typed() {
    let suggested = text("Lessons from Valley", "Lecciones de Valley");
    assert_eq!(export_name(None, Some(&suggested)), Some(suggested.clone()));
    // Typed back as shown, in either language, it is still the suggestion.
    assert_eq!(
        export_name(Some(" Lecciones de Valley "), Some(&suggested)),
        Some(suggested.clone())
    );
    assert_eq!(
        export_name(Some("Valley lessons"), Some(&suggested)),
        Some(text("Valley lessons", "Valley lessons"))
    );
    assert_eq!(export_name(Some("  "), Some(&suggested)), None);
    assert_eq!(export_name(None, None), None);
    assert_eq!(export_name(None, Some(&text("", ""))), None);
    assert_eq!(export_name(Some("Mine"), None), Some(text("Mine", "Mine")));
}
