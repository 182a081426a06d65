//! "Back up everything" and its restore: a backup of this release reads back, a restore adds
//! what is new, shows what differs and replaces nothing unticked, and a damaged or foreign
//! file is refused with its reason.

use planner_domain::backup::{self, Backup, BackupError, Settings};
use planner_domain::curriculum::pack::Pack;
use planner_domain::plan::Plan;
use planner_domain::Lang;
use std::path::Path;

fn fixture() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup-v1.json"),
    )
    .unwrap()
}

fn restore_all(
    b: Backup,
    plans: &mut Vec<Plan>,
    packs: &mut Vec<Pack>,
    s: &mut Settings,
) -> backup::Restored {
    let p = backup::preview(b, plans, packs);
    backup::apply(&p, &[], plans, packs, s)
}

#[test]
fn a_version_1_backup_holds_plans_lessons_and_settings() {
    let b = backup::parse(&fixture()).expect("the fixture reads");
    assert_eq!(b.plans.len(), 1);
    assert_eq!(b.plans[0].name, "Lincoln Middle — spring");
    // Its plans are in the stored plans' version 1 shape, migrated on reading: items numbered.
    assert!(b.plans[0]
        .items
        .iter()
        .map(|i| i.id)
        .eq(1..=b.plans[0].items.len() as u32));
    assert_eq!(b.lessons.len(), 2);
    assert_eq!(b.lessons[0].name.en, "Your lessons");
    assert_eq!(b.lessons[1].name.es, "Coalición del Triángulo");
    assert_eq!(b.lesson_count(), 2);
    assert_eq!(b.lessons[0].lessons[0].id, "what-is-trafficking-6-8-wake");
    assert!(!b.lessons[0].lessons[0].steps.is_empty(), "whole lessons");
    assert_eq!(b.settings.lang, Some(Lang::Es));
    assert!(b.settings.intro_hidden);
    assert_eq!(
        b.settings.packet_left_out["p18c2a1b2c3d4e5"],
        vec!["answer-key".to_string()]
    );
    // Written again and read back, nothing changes.
    assert_eq!(backup::parse(&b.to_json()), Ok(b));
}

#[test]
fn restoring_onto_an_empty_device_brings_everything_back() {
    let b = backup::parse(&fixture()).unwrap();
    let (mut plans, mut packs, mut settings) = (Vec::new(), Vec::new(), Settings::default());
    let done = restore_all(b.clone(), &mut plans, &mut packs, &mut settings);
    assert_eq!((done.plans, done.lessons), (1, 2));
    assert_eq!(plans, b.plans);
    assert_eq!(packs, b.lessons, "the same packs, names and order");
    assert!(settings.intro_hidden);
    assert_eq!(settings.packet_left_out, b.settings.packet_left_out);
    // Restoring the same file again changes nothing.
    let again = backup::preview(b, &plans, &packs);
    assert!(again.is_empty());
    assert_eq!((again.same_plans, again.same_lessons), (1, 2));
}

#[test]
fn a_restore_merges_adds_what_is_new_and_replaces_only_what_is_ticked() {
    let b = backup::parse(&fixture()).unwrap();
    // This device: the backup's plan edited since, a plan of its own, the own lesson
    // changed, and a pack of its own lessons with another lesson.
    let mut plans = b.plans.clone();
    plans[0].name = "Lincoln Middle — spring (edited here)".into();
    let mut mine = Plan::new("p-here".into(), "Only here".into(), 5);
    mine.add("trusted-adults-6-8");
    plans.push(mine.clone());
    let mut own = b.lessons[0].clone();
    own.lessons[0].title.en = "Changed here".into();
    let mut other = b.lessons[1].lessons[0].clone();
    other.id = "only-here".into();
    own.lessons.push(other);
    let mut packs = vec![own.clone()];
    let mut settings = Settings::default();

    let p = backup::preview(b.clone(), &plans, &packs);
    assert_eq!(p.new_plans.len(), 0);
    assert_eq!(p.changed_plans.len(), 1);
    assert_eq!(
        p.changed_plans[0].here.name,
        "Lincoln Middle — spring (edited here)"
    );
    assert_eq!(p.changed_lessons.len(), 1);
    assert_eq!(p.changed_lessons[0].here.title.en, "Changed here");
    assert_eq!(p.new_lessons.len(), 1, "the coalition's lesson");

    // Nothing ticked: only the new lesson arrives, in a pack of the coalition's name.
    let (mut p1, mut k1) = (plans.clone(), packs.clone());
    let done = backup::apply(&p, &[], &mut p1, &mut k1, &mut settings);
    assert_eq!((done.plans, done.lessons), (0, 1));
    assert_eq!(p1, plans, "no plan replaced without a tick");
    assert_eq!(k1[0], own, "this device's own lessons untouched");
    assert_eq!(k1[1].name.en, "Triangle coalition");
    assert_eq!(k1[1].lessons[0].id, "coalition-trusted-adults");
    assert!(
        settings.packet_left_out.is_empty(),
        "packet choices follow restored plans only"
    );

    // Ticked: the plan and the lesson take the backup's version, in place.
    let ticked = vec![
        "p18c2a1b2c3d4e5".to_string(),
        "what-is-trafficking-6-8-wake".to_string(),
    ];
    let done = backup::apply(&p, &ticked, &mut plans, &mut packs, &mut settings);
    assert_eq!((done.plans, done.lessons), (1, 2));
    assert_eq!(plans[0], b.plans[0]);
    assert_eq!(plans[1], mine, "the plan only here stays");
    assert_eq!(packs[0].lessons[0], b.lessons[0].lessons[0]);
    assert_eq!(
        packs[0].lessons[1].id, "only-here",
        "the lesson only here stays"
    );
    assert_eq!(
        settings.packet_left_out["p18c2a1b2c3d4e5"],
        vec!["answer-key".to_string()]
    );
}

#[test]
fn new_lessons_join_the_pack_of_the_same_name() {
    let b = backup::parse(&fixture()).unwrap();
    let mut coalition = b.lessons[1].clone();
    coalition.lessons[0].id = "coalition-other".into();
    let mut packs = vec![b.lessons[0].clone(), coalition];
    packs[0].lessons.clear();
    let (mut plans, mut settings) = (Vec::new(), Settings::default());
    let done = restore_all(b, &mut plans, &mut packs, &mut settings);
    assert_eq!(done.lessons, 2);
    assert_eq!(packs.len(), 2, "no second pack of the same name");
    assert_eq!(packs[0].lessons[0].id, "what-is-trafficking-6-8-wake");
    let ids: Vec<&str> = packs[1].lessons.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["coalition-other", "coalition-trusted-adults"]);
}

#[test]
fn other_files_are_refused_with_their_reason() {
    assert_eq!(backup::parse("not json"), Err(BackupError::NotJson));
    assert_eq!(
        backup::parse("{\"version\":1,\"plans\":[{"),
        Err(BackupError::NotJson)
    );
    assert_eq!(backup::parse("[1, 2]"), Err(BackupError::NotABackup));
    let export = planner_domain::transfer::export(&[Plan::new("p".into(), "P".into(), 1)]);
    assert_eq!(backup::parse(&export), Err(BackupError::NotABackup));
    let newer = fixture().replacen("\"version\": 1,", "\"version\": 9,", 1);
    assert_eq!(backup::parse(&newer), Err(BackupError::Newer(9)));
    let bad_plan = fixture().replacen("\"grade\": 8", "\"grade\": \"eight\"", 1);
    assert!(matches!(
        backup::parse(&bad_plan),
        Err(BackupError::Damaged(_))
    ));
    let bad_pack = fixture().replacen("prevention-lesson-pack", "something-else", 1);
    assert!(
        matches!(backup::parse(&bad_pack), Err(BackupError::Damaged(m)) if m.contains("something-else"))
    );
    let huge = " ".repeat(backup::MAX_BYTES + 1);
    assert!(matches!(
        backup::parse(&huge),
        Err(BackupError::TooLarge { .. })
    ));
}

#[test]
fn a_backup_of_a_device_with_no_lessons_still_reads() {
    let b = Backup::new(
        vec![Plan::new("p".into(), "P".into(), 1)],
        Vec::new(),
        Settings::default(),
        7,
    );
    let text = b.to_json();
    assert_eq!(backup::parse(&text), Ok(b));
    assert!(
        Backup::file_name(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
            .ends_with("2026-12-01.json")
    );
}
