//! Reading `curriculum/` from its TOML files (build script and tests only).
//!
//! Layout: `vocabulary.toml`, `lessons/*.toml` (one lesson per file), and in `packet/`:
//! `parent-letter.toml`, `resource-card.toml`, `facilitator-guide.toml`, `language-guide.toml`.

use super::library::{Document, LanguageGuide, Library, PacketPieces};
use super::model::Lesson;
use super::validate::{self, Problem};
use super::vocabulary::Vocabulary;
use serde::de::DeserializeOwned;
use std::fs;
use std::path::{Path, PathBuf};

/// The packet files, in the order [`PacketPieces`] holds them.
pub const PACKET_FILES: [&str; 4] = [
    "packet/parent-letter.toml",
    "packet/resource-card.toml",
    "packet/facilitator-guide.toml",
    "packet/language-guide.toml",
];

/// Parses one file's text, turning a syntax or shape error into a [`Problem`].
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    toml::from_str(text).map_err(|e| {
        let field = e
            .span()
            .map(|span| {
                let line = text[..span.start.min(text.len())].lines().count().max(1);
                format!("line {line}")
            })
            .unwrap_or_else(|| "file".into());
        Problem {
            file: file.to_string(),
            field,
            message: e.message().trim().to_string(),
        }
    })
}

/// Every `*.toml` file in `dir`, sorted so builds are reproducible.
pub fn lesson_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

fn read(root: &Path, rel: &str, problems: &mut Vec<Problem>) -> Option<String> {
    fs::read_to_string(root.join(rel))
        .map_err(|e| {
            problems.push(Problem {
                file: rel.to_string(),
                field: "file".into(),
                message: format!("cannot read: {e}"),
            })
        })
        .ok()
}

fn load<T: DeserializeOwned>(root: &Path, rel: &str, problems: &mut Vec<Problem>) -> Option<T> {
    let text = read(root, rel, problems)?;
    parse(rel, &text).map_err(|p| problems.push(p)).ok()
}

/// Reads and validates one lesson file against the vocabulary, on its own.
///
/// Useful while writing a lesson: it does not need the rest of the folder to be complete.
pub fn check_lesson_file(root: &Path, rel: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let vocabulary: Option<Vocabulary> = load(root, "vocabulary.toml", &mut problems);
    let lesson: Option<Lesson> = load(root, rel, &mut problems);
    if let (Some(v), Some(l)) = (vocabulary, lesson) {
        problems.extend(validate::lesson(rel, &l, &v));
    }
    problems
}

/// Reads and validates the whole curriculum folder; every problem found is returned at once.
pub fn load_library(root: &Path) -> Result<Library, Vec<Problem>> {
    let mut problems = Vec::new();
    let vocabulary: Option<Vocabulary> = load(root, "vocabulary.toml", &mut problems);
    if let Some(v) = &vocabulary {
        problems.extend(validate::vocabulary("vocabulary.toml", v));
    }
    let mut lessons: Vec<(String, Lesson)> = Vec::new();
    match lesson_files(&root.join("lessons")) {
        Ok(files) => {
            for path in files {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                let rel = format!("lessons/{name}");
                if let Some(lesson) = load::<Lesson>(root, &rel, &mut problems) {
                    lessons.push((rel, lesson));
                }
            }
        }
        Err(e) => problems.push(Problem {
            file: "lessons".into(),
            field: "folder".into(),
            message: format!("cannot list: {e}"),
        }),
    }
    if let Some(v) = &vocabulary {
        for (file, lesson) in &lessons {
            problems.extend(validate::lesson(file, lesson, v));
        }
    }
    problems.extend(validate::duplicate_ids(&lessons));
    let [letter, card, guide, language] = PACKET_FILES;
    let packet = match (
        load::<Document>(root, letter, &mut problems),
        load::<Document>(root, card, &mut problems),
        load::<Document>(root, guide, &mut problems),
        load::<LanguageGuide>(root, language, &mut problems),
    ) {
        (
            Some(parent_letter),
            Some(resource_card),
            Some(facilitator_guide),
            Some(language_guide),
        ) => {
            let p = PacketPieces {
                parent_letter,
                resource_card,
                facilitator_guide,
                language_guide,
            };
            problems.extend(validate::packet(PACKET_FILES, &p));
            Some(p)
        }
        _ => None,
    };
    match (vocabulary, packet) {
        (Some(vocabulary), Some(packet)) if problems.is_empty() => Ok(Library {
            vocabulary,
            lessons: lessons.into_iter().map(|(_, l)| l).collect(),
            packet,
        }),
        _ => Err(problems),
    }
}
