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
    let folder = load_folder(root, None)?;
    match folder.packet {
        Some(packet) => Ok(Library {
            vocabulary: folder.vocabulary,
            lessons: folder.lessons,
            packet,
        }),
        // load_folder reports the missing packet files when there is no fallback vocabulary.
        None => Err(Vec::new()),
    }
}

/// A validated folder of lesson files, as [`load_folder`] reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Folder {
    /// The folder's `vocabulary.toml`, or the fallback it was checked against.
    pub vocabulary: Vocabulary,
    /// Whether the vocabulary is the folder's own.
    pub own_vocabulary: bool,
    pub lessons: Vec<Lesson>,
    /// The folder's `packet/` pieces, when it has them.
    pub packet: Option<PacketPieces>,
}

/// Reads and validates a folder of lesson files: `lessons/*.toml` (or, when there is no
/// `lessons/`, the folder's own `*.toml` files), `vocabulary.toml` and the four `packet/`
/// files. With a `fallback` vocabulary (the app's), a coalition's folder may leave out its
/// vocabulary (its lessons are checked against the fallback) and its packet pieces; without
/// one, as for `curriculum/`, every part is required. Every problem is returned at once.
pub fn load_folder(root: &Path, fallback: Option<&Vocabulary>) -> Result<Folder, Vec<Problem>> {
    let mut problems = Vec::new();
    let has = |rel: &str| root.join(rel).exists();
    let own_vocabulary = fallback.is_none() || has("vocabulary.toml");
    let vocabulary: Option<Vocabulary> = if own_vocabulary {
        let v = load(root, "vocabulary.toml", &mut problems);
        if let Some(v) = &v {
            problems.extend(validate::vocabulary("vocabulary.toml", v));
        }
        v
    } else {
        fallback.cloned()
    };
    let (dir, prefix) = if fallback.is_some() && !has("lessons") {
        (root.to_path_buf(), "")
    } else {
        (root.join("lessons"), "lessons/")
    };
    let mut lessons: Vec<(String, Lesson)> = Vec::new();
    match lesson_files(&dir) {
        Ok(files) => {
            for path in files {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                if prefix.is_empty() && name == "vocabulary.toml" {
                    continue;
                }
                let rel = format!("{prefix}{name}");
                if let Some(lesson) = load::<Lesson>(root, &rel, &mut problems) {
                    lessons.push((rel, lesson));
                }
            }
        }
        Err(e) => problems.push(Problem {
            file: if prefix.is_empty() { "." } else { "lessons" }.into(),
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
    problems.extend(validate::counterparts(&lessons, fallback.is_none()));
    let packet = if fallback.is_none() || PACKET_FILES.iter().any(|f| has(f)) {
        load_packet(root, &mut problems)
    } else {
        None
    };
    match vocabulary {
        Some(vocabulary) if problems.is_empty() => Ok(Folder {
            vocabulary,
            own_vocabulary,
            lessons: lessons.into_iter().map(|(_, l)| l).collect(),
            packet,
        }),
        _ => Err(problems),
    }
}

fn load_packet(root: &Path, problems: &mut Vec<Problem>) -> Option<PacketPieces> {
    let [letter, card, guide, language] = PACKET_FILES;
    match (
        load::<Document>(root, letter, problems),
        load::<Document>(root, card, problems),
        load::<Document>(root, guide, problems),
        load::<LanguageGuide>(root, language, problems),
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
    }
}
