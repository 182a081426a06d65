//! The steps of a session in the delivery log: as written (the default), with changes, or
//! not taught, with what changed or why.

use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::Lesson;
use planner_domain::delivery::{SessionLog, StepStatus};
use planner_domain::i18n::{delivery_strings, strings};

#[component]
pub fn StepsEditor(
    draft: RwSignal<SessionLog>,
    steps: Vec<usize>,
    lesson: Option<Lesson>,
    problem: RwSignal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || delivery_strings(lang.get());
    let label = move |s: StepStatus| match s {
        StepStatus::AsWritten => t().step_as_written,
        StepStatus::WithChanges => t().step_with_changes,
        StepStatus::NotTaught => t().step_not_taught,
    };
    let lesson = StoredValue::new(lesson);
    view! {
        <fieldset class="steps-log">
            <legend>{move || t().steps_heading}</legend>
            <p class="hint">{move || t().steps_hint}</p>
            {steps.into_iter().map(|step| {
                let title = move || lesson.with_value(|l| l.as_ref().and_then(|l| l.steps.get(step)).map(|s| format!("{} ({} {})", s.title.get(lang.get()), s.minutes, strings(lang.get()).min)).unwrap_or_default());
                let status = move || draft.with(|d| d.status(step));
                let missing = move || problem.get() && draft.with(|d| d.missing_reasons().contains(&step));
                let error_id = format!("step-{step}-error");
                view! {
                    <fieldset class="step-log" data-testid="step-log">
                        <legend>{title}</legend>
                        <div class="choices">
                            {StepStatus::ALL.map(|s| view! {
                                <label class="check">
                                    <input type="radio" name=format!("step-{step}") value=s.id() prop:checked=move || status() == s
                                        on:change=move |_| draft.update(|d| { let r = d.reason(step).to_string(); d.mark(step, s, &r) })/>
                                    <span>{move || label(s)}</span>
                                </label>
                            }).collect_view()}
                        </div>
                        <Show when=move || status() != StepStatus::AsWritten>
                            <label class="field">
                                <span>{move || t().step_reason}</span>
                                <input type="text" name=format!("step-{step}-reason") aria-invalid=move || missing().to_string()
                                    aria-describedby=error_id.clone()
                                    prop:value=move || draft.with(|d| d.reason(step).to_string())
                                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| { let s = d.status(step); d.mark(step, s, &v) }) }/>
                            </label>
                            <p class="field-error" id=error_id.clone() role="alert">{move || missing().then(|| t().reason_needed)}</p>
                        </Show>
                    </fieldset>
                }
            }).collect_view()}
        </fieldset>
    }
}
