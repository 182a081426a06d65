//! No input makes the lesson pack reader panic or lose a lesson: random text, damaged and
//! truncated packs, any JSON in any field of a lesson, and whatever it accepts imports without
//! replacing the user's own lessons or repeating an id.

use planner_domain::curriculum::exchange::{
    self, apply, preview, read, Policy, MAX_ENTRIES, MAX_MINUTES, MAX_TEXT_CHARS,
};
use planner_domain::curriculum::pack::Pack;
use planner_domain::test_support::shared_library as library;
use planner_domain::Text;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::HashSet;

fn name(en: &str) -> Text {
    Text {
        en: en.into(),
        es: en.into(),
    }
}

/// A real exported pack: two library lessons under new ids.
fn real_pack() -> String {
    let lessons = library().lessons[..2]
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut l = l.clone();
            l.id = format!("valley-{i}");
            l
        })
        .collect();
    exchange::export(lessons, name("Valley"))
}

/// The user's packs: their own with one library lesson copied under its own id.
fn custom() -> Vec<Pack> {
    let mut mine = library().lessons[0].clone();
    mine.id = "valley-0".into();
    mine.title.en = "Mine".into();
    vec![exchange::pack_of(vec![mine], name("Your lessons"))]
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::from),
        Just(json!("discussion")),
        Just(json!("individual")),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::hash_map("[a-z]{1,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The first lesson of the real pack's JSON.
fn real_lesson() -> Value {
    serde_json::from_str::<Value>(&real_pack()).unwrap()["lessons"][0].clone()
}

const FIELDS: &[&str] = &[
    "id",
    "title",
    "summary",
    "grades",
    "minutes",
    "min_minutes",
    "levels",
    "risk_factors",
    "topics",
    "forms",
    "audience",
    "nc_elements",
    "objectives",
    "steps",
    "safety",
    "handouts",
    "assessment",
    "adaptations",
    "sources",
    "unknown",
];

/// What the reader promises of every pack it accepts.
fn holds_its_limits(pack: &Pack) -> Result<(), TestCaseError> {
    for l in &pack.lessons {
        prop_assert!(exchange::valid_id(&l.id));
        prop_assert!(u64::from(l.minutes) <= MAX_MINUTES);
        prop_assert!(l.steps.len() <= MAX_ENTRIES);
        prop_assert!(l.summary.en.chars().count() <= MAX_TEXT_CHARS);
        prop_assert!(l.sources.iter().all(|s| s
            .url
            .as_deref()
            .is_none_or(|u| u.to_ascii_lowercase().starts_with("http"))));
    }
    Ok(())
}

/// Imports `pack` into the user's packs and checks nothing was lost or repeated.
fn imports_safely(pack: Pack) -> Result<(), TestCaseError> {
    let mut packs = custom();
    let before = packs[0].clone();
    let p = preview(pack, library(), &packs, Policy::UpdatePack);
    apply(p, &mut packs);
    prop_assert_eq!(&packs[0], &before);
    let mut ids = HashSet::new();
    for l in library()
        .lessons
        .iter()
        .chain(packs.iter().flat_map(|p| &p.lessons))
    {
        prop_assert!(ids.insert(l.id.clone()), "id {} twice", l.id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = read(&text, &library().vocabulary);
    }

    #[test]
    fn truncated_packs_are_refused(cut in 0usize..40_000) {
        let text = real_pack();
        let cut = cut.min(text.len() - 1);
        if let Some(prefix) = text.get(..cut) {
            prop_assert!(read(prefix, &library().vocabulary).is_err());
        }
    }

    #[test]
    fn byte_edits_never_panic_and_what_is_read_is_safe(pos in 0usize..40_000, byte in any::<u8>()) {
        let mut bytes = real_pack().into_bytes();
        let pos = pos % bytes.len();
        bytes[pos] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            if let Ok(pack) = read(&text, &library().vocabulary) {
                holds_its_limits(&pack)?;
                imports_safely(pack)?;
            }
        }
    }

    #[test]
    fn any_json_in_any_field_is_refused_or_read_safely(
        field in prop::sample::select(FIELDS),
        value in any_json(),
        nested in any::<bool>(),
    ) {
        let mut lesson = real_lesson();
        if nested {
            lesson["steps"][0][field] = value;
        } else {
            lesson[field] = value;
        }
        let text = json!({
            "format": "prevention-lesson-pack", "version": 1,
            "name": {"en": "Valley"}, "languages": ["en"],
            "lessons": [lesson.clone(), lesson],
        })
        .to_string();
        if let Ok(pack) = read(&text, &library().vocabulary) {
            holds_its_limits(&pack)?;
            imports_safely(pack)?;
        }
    }

    #[test]
    fn any_json_as_the_pack_is_refused_or_read_safely(value in any_json()) {
        let text = json!({
            "format": "prevention-lesson-pack", "version": 1,
            "name": value.clone(), "languages": ["en"], "lessons": value,
        })
        .to_string();
        if let Ok(pack) = read(&text, &library().vocabulary) {
            holds_its_limits(&pack)?;
        }
    }
}
