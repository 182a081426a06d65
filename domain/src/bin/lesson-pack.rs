//! Validates a folder of lesson files (TOML) and writes it as a lesson pack (JSON), for
//! coalitions that edit lessons but do not build the app, and for the app's own build.
//!
//!   cargo run -q -p planner-domain --features source --bin lesson-pack -- FOLDER PACK.json
//!       [--name-en NAME] [--name-es NAME]
//!
//! FOLDER holds `lessons/*.toml` (or the lesson files themselves) and may hold its own
//! `vocabulary.toml` and `packet/` pieces; without a vocabulary, lessons are checked against
//! the planner's (`curriculum/vocabulary.toml`, built in). Problems print as
//! `file: field: message`, as the app's build prints them, and nothing is written.
//!
//!   lesson-pack --app [CURRICULUM_DIR] OUT_DIR
//!
//! writes the app's library (`curriculum/`, or PLANNER_CURRICULUM_DIR, the benchmark's
//! synthetic libraries) into OUT_DIR: `pack.json` (the full pack, both languages) and
//! `library.en.json`, `library.es.json` (the index packs the library screen starts from).
//! The Trunk post-build hook (scripts/postbuild.mjs) runs it.

use planner_domain::curriculum::pack::Pack;
use planner_domain::curriculum::source::{load_folder, load_library, parse};
use planner_domain::curriculum::validate::Problem;
use planner_domain::curriculum::Vocabulary;
use planner_domain::{Lang, Text};
use std::path::{Path, PathBuf};
use std::process::exit;

const USAGE: &str =
    "usage: lesson-pack FOLDER PACK.json [--name-en NAME] [--name-es NAME]\n       \
                     lesson-pack --app [CURRICULUM_DIR] OUT_DIR";

/// The planner's own vocabulary, for folders that do not bring one.
const APP_VOCABULARY: &str = include_str!("../../../curriculum/vocabulary.toml");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--app") {
        app(&args[1..]);
    } else {
        folder(&args);
    }
}

fn fail(problems: &[Problem], root: &Path) -> ! {
    eprintln!("{} has {} problem(s):", root.display(), problems.len());
    for p in problems {
        eprintln!("  {p}");
    }
    exit(1);
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("cannot write {}: {e}", path.display());
        exit(1);
    }
}

fn app(args: &[String]) {
    let (root, out) = match args {
        [out] => (
            std::env::var("PLANNER_CURRICULUM_DIR")
                .ok()
                .filter(|d| !d.is_empty())
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../curriculum")),
            PathBuf::from(out),
        ),
        [root, out] => (PathBuf::from(root), PathBuf::from(out)),
        _ => {
            eprintln!("{USAGE}");
            exit(2);
        }
    };
    let library = load_library(&root).unwrap_or_else(|problems| fail(&problems, &root));
    let name = Text {
        en: "Prevention Curriculum Planner library".into(),
        es: "Biblioteca del Planificador de Currículo de Prevención".into(),
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        exit(1);
    }
    write(
        &out.join("pack.json"),
        &Pack::of_library(&library, name.clone()).to_json(),
    );
    for lang in Lang::ALL {
        write(
            &out.join(format!("library.{}.json", lang.code())),
            &Pack::index_of(&library, name.clone(), lang).to_json(),
        );
    }
}

fn folder(args: &[String]) {
    let mut positional = Vec::new();
    let mut name = Text::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--name-en" | "--name-es" => {
                let Some(value) = it.next() else {
                    eprintln!("{arg} needs a value\n{USAGE}");
                    exit(2);
                };
                let lang = if arg == "--name-en" {
                    Lang::En
                } else {
                    Lang::Es
                };
                *name.get_mut(lang) = value.clone();
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let [root, out] = positional.as_slice() else {
        eprintln!("{USAGE}");
        exit(2);
    };
    let fallback: Vocabulary = parse("vocabulary.toml", APP_VOCABULARY).unwrap_or_else(|p| {
        eprintln!("the built-in vocabulary does not read: {p}");
        exit(1);
    });
    let folder =
        load_folder(root, Some(&fallback)).unwrap_or_else(|problems| fail(&problems, root));
    if name.en.is_empty() && name.es.is_empty() {
        name.en = root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "Lessons".into());
    }
    let lessons = folder.lessons.len();
    let pack = Pack {
        vocabulary: Some(folder.vocabulary),
        lessons: folder.lessons,
        packet: folder.packet,
        ..Pack::of_library(&Default::default(), name)
    };
    write(out, &pack.to_json());
    println!(
        "{}: {lessons} lesson(s) written to {}",
        root.display(),
        out.display()
    );
}
