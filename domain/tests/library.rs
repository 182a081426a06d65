//! The real curriculum in `curriculum/` loads, validates, and covers what the starter library
//! promises, so the library cannot silently regress.

use planner_domain::curriculum::source::load_library;
use planner_domain::curriculum::Library;
use std::path::Path;

fn library() -> Library {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum");
    match load_library(&root) {
        Ok(lib) => lib,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("curriculum has problems:\n{}", list.join("\n"));
        }
    }
}

#[test]
fn the_curriculum_is_valid() {
    let lib = library();
    assert!(!lib.lessons.is_empty());
}

#[test]
fn the_library_round_trips_through_the_embedded_json() {
    let lib = library();
    let json = serde_json::to_string(&lib).unwrap();
    assert_eq!(Library::from_json(&json).unwrap(), lib);
}

#[test]
fn every_lesson_file_validates_on_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum");
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
