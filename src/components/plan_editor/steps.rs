//! The steps of a plan's lesson, each ticked to teach or unticked to skip.

use super::item_row::EditItem;
use leptos::prelude::*;
use planner_domain::i18n::{plan_strings, strings};
use planner_domain::{Lang, Lesson};

/// The checklist of a lesson's steps inside its plan row.
#[component]
pub fn StepList(
    /// The lesson the row holds.
    lesson: &'static Lesson,
    /// The indexes of the steps this class skips.
    item_skipped: impl Fn() -> Vec<usize> + Copy + Send + Sync + 'static,
    lang: Lang,
    /// Changes the row's item.
    edit: EditItem,
) -> impl IntoView {
    let t = strings(lang);
    view! {
        <fieldset class="plan-item__steps">
            <legend>{plan_strings(lang).steps_to_teach}</legend>
            <ul>
                {lesson.steps.iter().enumerate().map(|(s, step)| view! {
                    <li>
                        <label class="check">
                            <input type="checkbox" class="teach-step"
                                prop:checked=move || !item_skipped().contains(&s)
                                on:change=move |_| edit.run((None, Box::new(move |p, i| p.toggle_skip(i, s))))
                            />
                            <span>
                                {format!("{} ({} {})", step.title.get(lang), step.minutes, t.min)}
                                {step.optional.then(|| view! { " " <span class="tag">{t.optional_step}</span> })}
                            </span>
                        </label>
                    </li>
                }).collect_view()}
            </ul>
        </fieldset>
    }
}
