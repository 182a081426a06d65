//! How an adapted copy differs from the lesson it was adapted from (`Lesson::adapted_from`),
//! field by field and per language: for the editor's note when one language of a text was
//! changed and the other still says what the original said, and for the program lead's review,
//! which lists what a plan's adapted lessons changed.
//!
//! Lists are compared entry by entry at the same position; entries past the shorter list are
//! a change of the list's length, not of their text.

use super::fields::{text, text_paths};
use super::model::Lesson;
use crate::lang::Lang;

/// One difference between an adapted copy and its original, by the field's path
/// (`curriculum::fields`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A text whose wording changed, in these languages (in [`Lang::ALL`] order).
    Text { field: String, langs: Vec<Lang> },
    /// A list with entries added or removed: `from` entries in the original, `to` now.
    Count {
        field: String,
        from: usize,
        to: usize,
    },
    /// Something that is not a text: minutes, tags, a step's method, an answer, a source.
    Value { field: String },
}

impl Change {
    /// The path of the field changed.
    pub fn field(&self) -> &str {
        match self {
            Change::Text { field, .. } | Change::Count { field, .. } | Change::Value { field } => {
                field
            }
        }
    }
}

/// Everything `copy` changed from `original`, in the editor's order of fields.
pub fn changes(original: &Lesson, copy: &Lesson) -> Vec<Change> {
    let mut out = Vec::new();
    let value = |out: &mut Vec<Change>, field: String, differs: bool| {
        if differs {
            out.push(Change::Value { field });
        }
    };
    let (o, c) = (original, copy);
    value(&mut out, "minutes".into(), o.minutes != c.minutes);
    value(
        &mut out,
        "min_minutes".into(),
        o.min_minutes != c.min_minutes,
    );
    value(&mut out, "audience".into(), o.audience != c.audience);
    value(&mut out, "grades".into(), o.grades != c.grades);
    value(&mut out, "levels".into(), o.levels != c.levels);
    value(&mut out, "forms".into(), o.forms != c.forms);
    value(&mut out, "topics".into(), o.topics != c.topics);
    value(
        &mut out,
        "nc_elements".into(),
        o.nc_elements != c.nc_elements,
    );
    value(
        &mut out,
        "risk_factors".into(),
        o.risk_factors != c.risk_factors,
    );
    value(
        &mut out,
        "protective_factors".into(),
        o.protective_factors != c.protective_factors,
    );
    for (field, from, to) in [
        ("objectives", o.objectives.len(), c.objectives.len()),
        ("materials", o.materials.len(), c.materials.len()),
        ("preparation", o.preparation.len(), c.preparation.len()),
        ("steps", o.steps.len(), c.steps.len()),
        ("assessment", o.assessment.len(), c.assessment.len()),
        ("discussion", o.discussion.len(), c.discussion.len()),
        ("handouts", o.handouts.len(), c.handouts.len()),
        ("adaptations", o.adaptations.len(), c.adaptations.len()),
        ("sources", o.sources.len(), c.sources.len()),
    ] {
        if from != to {
            out.push(Change::Count {
                field: field.into(),
                from,
                to,
            });
        }
    }
    for (i, (a, b)) in o.assessment.iter().zip(&c.assessment).enumerate() {
        if a.choices.len() != b.choices.len() {
            out.push(Change::Count {
                field: format!("assessment[{i}].choices"),
                from: a.choices.len(),
                to: b.choices.len(),
            });
        }
    }
    out.extend(text_changes(o, c));
    for (i, (a, b)) in o.steps.iter().zip(&c.steps).enumerate() {
        value(
            &mut out,
            format!("steps[{i}].minutes"),
            a.minutes != b.minutes,
        );
        value(&mut out, format!("steps[{i}].method"), a.method != b.method);
        value(
            &mut out,
            format!("steps[{i}].optional"),
            a.optional != b.optional,
        );
    }
    for (i, (a, b)) in o.assessment.iter().zip(&c.assessment).enumerate() {
        value(
            &mut out,
            format!("assessment[{i}].answer"),
            a.answer != b.answer,
        );
    }
    for (i, (a, b)) in o.adaptations.iter().zip(&c.adaptations).enumerate() {
        value(
            &mut out,
            format!("adaptations[{i}].light"),
            a.light != b.light,
        );
    }
    for (i, (a, b)) in o.sources.iter().zip(&c.sources).enumerate() {
        value(&mut out, format!("sources[{i}]"), a != b);
    }
    out
}

/// The texts `copy` reworded from `original`, each with the languages changed.
fn text_changes(original: &Lesson, copy: &Lesson) -> Vec<Change> {
    text_paths(copy)
        .into_iter()
        .filter_map(|field| {
            let (was, now) = (text(original, &field)?, text(copy, &field)?);
            let langs: Vec<Lang> = Lang::ALL
                .into_iter()
                .filter(|&l| was.get(l).trim() != now.get(l).trim())
                .collect();
            (!langs.is_empty()).then_some(Change::Text { field, langs })
        })
        .collect()
}

/// A text of an adapted copy changed in one language only, while the other still says what
/// the original said: likely a translation still to update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OneLanguageEdit {
    /// The text's path (`steps[0].instructions`).
    pub field: String,
    /// The language changed.
    pub changed: Lang,
    /// The language left as the original had it.
    pub unchanged: Lang,
}

/// The texts of `copy`, written in both languages, reworded in one language and not the other
/// (a language left blank is validation's business, not this).
pub fn one_language_edits(original: &Lesson, copy: &Lesson) -> Vec<OneLanguageEdit> {
    if copy.languages().len() < Lang::ALL.len() {
        return Vec::new();
    }
    text_changes(original, copy)
        .into_iter()
        .filter_map(|change| {
            let Change::Text { field, langs } = change else {
                return None;
            };
            let [changed] = langs[..] else {
                return None;
            };
            let unchanged = Lang::ALL.into_iter().find(|&l| l != changed)?;
            let (was, now) = (text(original, &field)?, text(copy, &field)?);
            let written = |s: &str| !s.trim().is_empty();
            (written(now.get(changed)) && written(was.get(unchanged))).then_some(OneLanguageEdit {
                field,
                changed,
                unchanged,
            })
        })
        .collect()
}

/// What a preventionist confirms with "the other language is still right": the text's path
/// and its changed wording, so the check holds until that wording changes again.
pub fn check_mark(edit: &OneLanguageEdit, copy: &Lesson) -> String {
    let changed = text(copy, &edit.field).map_or("", |t| t.get(edit.changed));
    format!("{}\n{}", edit.field, changed.trim())
}

/// The one-language edits of `copy` still to look at: those not confirmed in its
/// `translation_checked` (marks made by [`check_mark`]).
pub fn unchecked_one_language_edits(original: &Lesson, copy: &Lesson) -> Vec<OneLanguageEdit> {
    let mut edits = one_language_edits(original, copy);
    edits.retain(|e| !copy.translation_checked.contains(&check_mark(e, copy)));
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::custom::adapted_copy;
    use crate::curriculum::fields::{add, remove, set_number, text_mut, toggle_tag};
    use crate::test_support::library;

    #[test]
    fn an_untouched_copy_has_no_changes() {
        let lib = library();
        for original in &lib.lessons {
            let copy = adapted_copy(original, "copy".into());
            assert_eq!(changes(original, &copy), [], "{}", original.id);
            assert_eq!(one_language_edits(original, &copy), []);
        }
    }

    #[test]
    fn changes_name_each_field_and_the_languages_of_each_text() {
        let lib = library();
        let original = &lib.lessons[0];
        let mut copy = adapted_copy(original, "copy".into());
        copy.title.en = "County title".into();
        copy.title.es = "Título del condado".into();
        text_mut(&mut copy, "steps[0].instructions").unwrap().es = "Texto local.".into();
        set_number(&mut copy, "minutes", original.minutes + 5);
        toggle_tag(&mut copy, "levels", "community");
        add(&mut copy, "objectives");
        // Spaces around a text are not a change.
        copy.summary.en = format!("  {}  ", original.summary.en);
        let found = changes(original, &copy);
        let at = |field: &str| found.iter().find(|c| c.field() == field).cloned();
        assert_eq!(
            at("title"),
            Some(Change::Text {
                field: "title".into(),
                langs: vec![Lang::En, Lang::Es]
            })
        );
        assert_eq!(
            at("steps[0].instructions"),
            Some(Change::Text {
                field: "steps[0].instructions".into(),
                langs: vec![Lang::Es]
            })
        );
        assert!(matches!(at("minutes"), Some(Change::Value { .. })));
        assert!(matches!(at("levels"), Some(Change::Value { .. })));
        assert_eq!(
            at("objectives"),
            Some(Change::Count {
                field: "objectives".into(),
                from: original.objectives.len(),
                to: original.objectives.len() + 1
            })
        );
        assert_eq!(at("summary"), None);
        // The new objective is counted, not compared as a text.
        assert_eq!(
            at(&format!("objectives[{}]", original.objectives.len())),
            None
        );
        assert_eq!(found.first().map(Change::field), Some("minutes"));
    }

    #[test]
    fn a_text_changed_in_one_language_only_is_named_with_the_language_left_behind() {
        let lib = library();
        let original = &lib.lessons[0];
        let mut copy = adapted_copy(original, "copy".into());
        copy.title.en = "County title".into();
        text_mut(&mut copy, "steps[0].instructions").unwrap().es = "Texto local.".into();
        copy.summary.en = "New summary".into();
        copy.summary.es = "Resumen nuevo".into();
        assert_eq!(
            one_language_edits(original, &copy),
            [
                OneLanguageEdit {
                    field: "title".into(),
                    changed: Lang::En,
                    unchanged: Lang::Es
                },
                OneLanguageEdit {
                    field: "steps[0].instructions".into(),
                    changed: Lang::Es,
                    unchanged: Lang::En
                },
            ]
        );
        // Updating the other language clears it.
        copy.title.es = "Título del condado".into();
        assert_eq!(one_language_edits(original, &copy).len(), 1);
    }

    #[test]
    fn a_checked_edit_stays_checked_until_its_wording_changes_again() {
        let lib = library();
        let original = &lib.lessons[0];
        let mut copy = adapted_copy(original, "copy".into());
        copy.title.en = "County title".into();
        copy.summary.es = "Resumen del condado".into();
        let edits = one_language_edits(original, &copy);
        assert_eq!(edits.len(), 2);
        copy.translation_checked = vec![check_mark(&edits[0], &copy)];
        let left = unchecked_one_language_edits(original, &copy);
        assert_eq!(left, [edits[1].clone()]);
        // Spaces typed around the same words are the same wording.
        copy.title.en = " County title ".into();
        assert_eq!(unchecked_one_language_edits(original, &copy), left);
        // Rewording the English asks again about the Spanish.
        copy.title.en = "County title, revised".into();
        assert_eq!(unchecked_one_language_edits(original, &copy).len(), 2);
    }

    #[test]
    fn a_blanked_language_or_a_shifted_list_is_not_taken_for_a_missed_translation() {
        let lib = library();
        let original = lib.lessons.iter().find(|l| l.objectives.len() > 1).unwrap();
        let mut copy = adapted_copy(original, "copy".into());
        // Clearing the Spanish objective is a missing text, which validation reports.
        copy.objectives[0].es.clear();
        assert_eq!(one_language_edits(original, &copy), []);
        // Removing an entry moves the next one up: both languages differ there.
        let mut copy = adapted_copy(original, "copy".into());
        remove(&mut copy, "objectives", 0);
        assert_eq!(one_language_edits(original, &copy), []);
        // A copy made one-language (its Spanish title cleared) is not a list of stale Spanish.
        let mut copy = adapted_copy(original, "copy".into());
        copy.title.es.clear();
        copy.summary.en = "New".into();
        assert_eq!(one_language_edits(original, &copy), []);
    }
}
