//! Stored plans from every schema version still open, and plans keep what they reference.

use planner_domain::plan::{ContactKind, PacketLang};
use planner_domain::schedule::sessions;
use planner_domain::store::{self, SCHEMA_VERSION};
use planner_domain::test_support::library;
use std::path::Path;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

#[test]
fn a_version_1_document_loads_with_everything_in_it() {
    let stored = store::load(&fixture("stored-v1.json")).expect("v1 loads");
    assert_eq!(stored.version, SCHEMA_VERSION);
    let plan = &stored.plans[0];
    assert_eq!(plan.name, "Lincoln Middle — spring");
    assert_eq!(plan.packet_lang, PacketLang::Both);
    // Its schedule became its one section (schema 3).
    assert_eq!(plan.sections.len(), 1);
    assert_eq!(plan.first().days.len(), 2);
    assert_eq!(plan.contacts[2].kind, ContactKind::Other);
    assert_eq!(plan.contacts[2].label, "School nurse");
    assert_eq!(plan.items.len(), 3);
    // Version 2 numbered the items in plan order.
    let ids: Vec<u32> = plan.items.iter().map(|i| i.id).collect();
    assert_eq!(ids, [1, 2, 3]);
    assert_eq!(plan.items[0].skipped, vec![3]);
    assert!(plan.items[2].split);
    // Settings added after version 1 take their defaults.
    assert_eq!(plan.min_sessions, 4);
    assert!(plan.pre_test && plan.post_test);
}

#[test]
fn an_export_file_of_an_earlier_release_imports_and_writes_dates_as_it_did() {
    let lib = library();
    let text = fixture("export-v1.prevention-plan.json");
    let plans = planner_domain::transfer::parse_import(&text, &lib, &[])
        .expect("export loads")
        .plans;
    let plan = &plans[0];
    assert_eq!(plan.name, "Roosevelt High — fall");
    assert_eq!(plan.packet_lang, PacketLang::Es);
    let section = plan.first();
    assert_eq!(section.start.unwrap().to_string(), "2026-09-14");
    assert_eq!(section.days.len(), 3);
    assert_eq!(section.no_class.len(), 2);
    assert!(section.log.is_empty() && section.results.is_empty());
    assert_eq!((plan.min_sessions, plan.post_test), (6, false));
    assert!(plan.items[1].split);
    assert!(plan
        .items
        .iter()
        .map(|i| i.id)
        .eq(1..=plan.items.len() as u32));
    // Written again, the dates and weekdays are exactly what earlier releases wrote.
    let again = planner_domain::transfer::export(&plans);
    for written in [
        r#""start": "2026-09-14""#,
        r#""Mon","#,
        r#""Fri""#,
        r#""2026-10-12""#,
    ] {
        assert!(again.contains(written), "{written} in {again}");
    }
    let stored: serde_json::Value = serde_json::from_str(&fixture("stored-v1.json")).unwrap();
    let reloaded: serde_json::Value =
        serde_json::from_str(&store::load(&fixture("stored-v1.json")).unwrap().to_json()).unwrap();
    for key in ["start", "days", "no_class"] {
        assert_eq!(
            reloaded["plans"][0]["sections"][0][key], stored["plans"][0][key],
            "{key}"
        );
    }
}

#[test]
fn an_export_file_that_carries_lessons_imports_them_with_its_plan() {
    let lib = library();
    let text = fixture("export-v1-with-lessons.prevention-plan.json");
    let got = planner_domain::transfer::parse_import(&text, &lib, &[]).expect("export loads");
    assert_eq!(got.plans[0].name, "Roosevelt High — fall");
    let carried = &got.lessons[0];
    assert_eq!(carried.name.en, "Lessons from Valley Coalition");
    assert_eq!(
        carried.lessons[0].lesson.title.es,
        "Adultos de confianza en nuestro valle"
    );
    assert_eq!(
        got.plans[0].items.last().unwrap().lesson,
        carried.lessons[0].lesson.id
    );
}

#[test]
fn a_missing_lesson_keeps_its_place_and_its_id() {
    let lib = library();
    let stored = store::load(&fixture("stored-v1.json")).unwrap();
    let plan = &stored.plans[0];
    assert!(lib.lesson("retired-lesson-id").is_none());
    let s = sessions(plan, &lib);
    // Lesson 1, the missing one (one session, 0 minutes), and a split lesson (two sessions).
    assert_eq!(s.len(), 4);
    assert_eq!((s[1].item, s[1].minutes), (1, 0));
    assert_eq!((s[2].part, s[2].parts, s[3].part), (1, 2, 2));
    // Dates skip the no-class Tuesday 16 February 2027.
    let dates: Vec<String> = s.iter().map(|x| x.date.unwrap().to_string()).collect();
    assert_eq!(
        dates,
        ["2027-02-02", "2027-02-04", "2027-02-09", "2027-02-11"]
    );
    // Saving again keeps the reference.
    let again = store::load(&stored.to_json()).unwrap();
    assert_eq!(again.plans[0].items[1].lesson, "retired-lesson-id");
}

#[test]
fn a_split_lesson_divides_its_steps_and_a_long_one_is_flagged() {
    let lib = library();
    let lesson = lib.lesson("fraudulent-job-offers-9-12").unwrap();
    let mut plan = planner_domain::plan::Plan::new("p".into(), "P".into(), 0);
    plan.first_mut().period_minutes = 30;
    plan.add(&lesson.id);
    assert!(plan.too_long(0, &lib));
    plan.items[0].split = true;
    let parts = plan.items[0].part_minutes(lesson, plan.period_minutes());
    assert_eq!(parts.len(), 2);
    assert_eq!(parts.iter().sum::<u32>(), u32::from(lesson.minutes));
    assert_eq!(
        plan.items[0].parts(lesson, plan.period_minutes()).concat(),
        (0..lesson.steps.len()).collect::<Vec<_>>()
    );
    assert_eq!(plan.too_long(0, &lib), parts.iter().any(|&m| m > 30));
    // Skipped steps leave the lesson and its minutes.
    plan.items[0].split = false;
    plan.toggle_skip(0, 0);
    assert_eq!(
        plan.items[0].minutes(lesson),
        u32::from(lesson.minutes - lesson.steps[0].minutes)
    );
}

#[test]
fn a_version_3_export_brings_its_sections_delivery_log_and_results() {
    use planner_domain::delivery::StepStatus;
    use planner_domain::results::{test_items, Entry};
    let lib = library();
    let text = fixture("export-v3.prevention-plan.json");
    let plans = planner_domain::transfer::parse_import(&text, &lib, &[])
        .expect("a v3 export loads")
        .plans;
    let plan = &plans[0];
    assert_eq!(plan.sections.len(), 2);
    let (a, b) = (&plan.sections[0], &plan.sections[1]);
    assert_eq!(
        (a.name.as_str(), a.teacher.as_str(), a.class_size),
        ("Period 2", "Ms. Ruiz", Some(26))
    );
    assert_eq!(a.postponed.len(), 1);
    let log = &a.log[0];
    assert_eq!((log.present, log.as_written()), (24, 3));
    assert_eq!(log.status(2), StepStatus::WithChanges);
    assert_eq!(b.moved[0].date.to_string(), "2027-02-05");
    assert_eq!(b.results.entry, Entry::Grid);
    let items = test_items(plan, &lib);
    let out = a.results.outcomes(&items);
    assert_eq!(
        (out[0].pre.percent(), out[0].post.percent()),
        (Some(42), Some(83))
    );
    assert_eq!(b.results.paired(), 1);
    // The postponed 3 February pushes the second session to the next meeting day.
    let s = planner_domain::schedule::section_sessions(plan, a, &lib);
    assert_eq!(s[1].date.unwrap().to_string(), "2027-02-08");
    // The report a lead sees after importing it.
    let r = planner_domain::report::build(&plans, &lib, &Default::default());
    assert_eq!(
        (r.total.delivered, r.total.sections, r.total.reached),
        (1, 2, 24)
    );
    // Written again and read back, nothing is lost.
    let again = planner_domain::transfer::export(&plans);
    assert_eq!(
        planner_domain::transfer::parse_import(&again, &lib, &[])
            .unwrap()
            .plans,
        plans
    );
}

#[test]
fn an_import_never_brings_a_student_name_in() {
    let lib = library();
    let text = fixture("export-v3.prevention-plan.json").replace("P5-02", "Maria Lopez");
    assert!(matches!(
        planner_domain::transfer::parse_import(&text, &lib, &[]),
        Err(planner_domain::transfer::ImportError::BadShape(_))
    ));
}

/// Version 3 keyed the delivery log by lesson id and repeat ("lesson/1/2" for a lesson's
/// second place in the plan); version 4 by plan item id. The fixture's third record is of
/// a lesson already removed from the plan (debt bondage).
#[test]
fn a_version_3_log_follows_its_lessons_when_they_move_or_leave() {
    let lib = library();
    let stored = store::load(&fixture("stored-v3.json")).expect("v3 loads");
    let mut plan = stored.plans[0].clone();
    let keys: Vec<(&str, &str)> = plan
        .first()
        .log
        .iter()
        .map(|l| (l.session.as_str(), l.lesson.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("1/1", "what-is-trafficking-9-12"),
            ("2/1", "recruitment-tactics-9-12"),
            ("5/1", "what-is-trafficking-9-12"),
            ("debt-bondage-9-12/1", "debt-bondage-9-12"),
        ]
    );
    assert_eq!(plan.first().moved[0].session, "5/1");
    let present = |plan: &planner_domain::plan::Plan| -> Vec<(u32, Option<u16>)> {
        let s = plan.first();
        planner_domain::schedule::section_sessions(plan, s, &lib)
            .iter()
            .map(|x| (plan.items[x.item].id, s.log_of(&x.key).map(|l| l.present)))
            .collect()
    };
    assert_eq!(
        present(&plan),
        [(1, Some(25)), (2, Some(22)), (5, Some(21))]
    );
    // The repeat moves to the front and the first copy leaves: each record stays with its item.
    plan.move_item(2, 0);
    assert_eq!(
        present(&plan),
        [(5, Some(21)), (1, Some(25)), (2, Some(22))]
    );
    plan.remove(1);
    assert_eq!(present(&plan), [(5, Some(21)), (2, Some(22))]);
    // A lesson added now never takes the removed item's records.
    plan.add("debt-bondage-9-12");
    assert_eq!(plan.items[2].id, 6);
    assert_eq!(present(&plan)[2], (6, None));
    // Every record still counts: delivered is delivered, whatever the plan holds now.
    let r = planner_domain::report::build(std::slice::from_ref(&plan), &lib, &Default::default());
    assert_eq!(r.total.delivered, 4);
    assert_eq!(r.total.minutes, 50 + 50 + 45 + 50);
    let lessons: Vec<&str> = r.rows.iter().map(|row| row.lesson.as_str()).collect();
    assert_eq!(
        lessons,
        [
            "what-is-trafficking-9-12",
            "recruitment-tactics-9-12",
            "what-is-trafficking-9-12",
            "debt-bondage-9-12"
        ]
    );
    assert_eq!(r.rows[1].totals.not_taught, 1);
    // Written again, version 4 keeps the new keys.
    let again = store::load(&store::Stored::new(vec![plan.clone()]).to_json()).unwrap();
    assert_eq!(again.plans[0], plan);
}

/// Until the results screen followed the printed test, it listed every item of the plan's
/// lessons as "Question 1…n", and the preventionist typed printed question n's counts into
/// row n. Such results (no `keys` field) read as printed question n, in tallies and grids.
#[test]
fn results_entered_by_question_number_read_as_the_printed_questions() {
    use planner_domain::results::{test_items, Keys};
    let lib = library();
    let stored = store::load(&fixture("stored-v4-pool-results.json")).expect("v4 loads");
    let plan = &stored.plans[0];
    let items = test_items(plan, &lib);
    assert_eq!(items.len(), 10, "the default test of three lessons");
    assert_eq!(items[4].key, "recruitment-tactics-9-12#1");
    assert_eq!(plan.sections[0].results.keys, Keys::Pool);
    let tally = plan.sections[0].results.upgraded(plan, &lib);
    assert_eq!(tally.keys, Keys::Printed);
    let out = tally.outcomes(&items);
    // Row 1 stays printed question 1; row 5 (what-is-trafficking#5) is printed question 5
    // (recruitment-tactics#1); row 7 (recruitment-tactics#1) is printed question 7.
    assert_eq!((out[0].pre.correct, out[0].post.correct), (11, 17));
    assert_eq!(
        (out[4].key.as_str(), out[4].pre.correct),
        ("recruitment-tactics-9-12#1", 4)
    );
    assert_eq!(
        (out[6].key.as_str(), out[6].pre.correct),
        ("recruitment-tactics-9-12#3", 8)
    );
    assert_eq!(out.iter().filter(|o| o.pre.answered > 0).count(), 3);
    // The grid's ten letters are the ten printed questions.
    let grid = plan.sections[1].results.upgraded(plan, &lib);
    let answered: Vec<u32> = grid
        .outcomes(&items)
        .iter()
        .map(|o| o.pre.answered)
        .collect();
    assert_eq!(answered, [1; 10]);
    // The report reads them the same way, and written again they stay read right.
    let r = planner_domain::report::build(std::slice::from_ref(plan), &lib, &Default::default());
    assert_eq!(
        r.plans[0].outcomes[4].pre.correct,
        4 + u32::from(items[4].item.answer == 0)
    );
    let mut fixed = plan.clone();
    for s in &mut fixed.sections {
        s.results.upgrade(plan, &lib);
    }
    let again = store::load(&store::Stored::new(vec![fixed.clone()]).to_json()).unwrap();
    assert_eq!(again.plans[0], fixed);
    assert_eq!(
        again.plans[0].sections[0].results.upgraded(&fixed, &lib),
        fixed.sections[0].results
    );
}

/// Plans of earlier releases have no family-letter mark: every section reads as not sent, and
/// their delivery records (attendance typed or taken from the class size then) load as they
/// were. A mark, once made, is kept by storage and by export files.
#[test]
fn earlier_plans_read_with_no_letter_sent_and_a_mark_is_kept() {
    use planner_domain::letter::{self, LetterState};
    let lib = library();
    for name in [
        "stored-v1.json",
        "stored-v3.json",
        "stored-v4-pool-results.json",
    ] {
        let stored = store::load(&fixture(name)).expect("loads");
        for plan in &stored.plans {
            for s in &plan.sections {
                assert_eq!(s.letter_sent, None, "{name}");
                let today = "2020-01-01".parse().unwrap();
                assert!(
                    matches!(
                        letter::state(plan, s, &lib, today),
                        LetterState::Unscheduled | LetterState::Due { .. }
                    ),
                    "{name}"
                );
            }
        }
    }
    let mut stored = store::load(&fixture("stored-v3.json")).unwrap();
    let logged: Vec<u16> = stored.plans[0].sections[0]
        .log
        .iter()
        .map(|l| l.present)
        .collect();
    assert!(
        !logged.is_empty() && logged.iter().all(|&n| n > 0),
        "{logged:?}"
    );
    stored.plans[0].sections[0].letter_sent = Some("2027-01-15".parse().unwrap());
    let json = stored.to_json();
    assert!(json.contains("\"letter_sent\":\"2027-01-15\""), "{json}");
    let again = store::load(&json).unwrap();
    assert_eq!(again, stored);
    // An export file carries it to the program lead.
    let file = planner_domain::transfer::export_with(&stored.plans, &[]);
    let received = planner_domain::transfer::parse_import(&file, &lib, &[]).unwrap();
    assert_eq!(
        received.plans[0].sections[0].letter_sent,
        stored.plans[0].sections[0].letter_sent
    );
}
