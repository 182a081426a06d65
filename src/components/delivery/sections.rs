//! The plan editor's card of class sections: who each is, and (after the first, whose
//! schedule is in the plan details) its own schedule.

use super::section_schedule::SectionSchedule;
use super::{edit_section, with_section, PlanMemo};
use crate::app::{use_lang, use_plans};
use crate::components::field::synced_value;
use leptos::prelude::*;
use planner_domain::i18n::delivery_strings;
use planner_domain::report::section_name;
use planner_domain::route::Route;
use planner_domain::section::{next_id, Section};

#[component]
pub fn SectionsCard(plan: PlanMemo, id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || delivery_strings(lang.get());
    let id = StoredValue::new(id);
    // A memo, so the section fields are drawn again only when sections come or go. Redrawn on
    // every edit of the plan, each letter typed in the plan's name replaced these inputs, which
    // ends the browser's grouping of that typing: Ctrl+Z in the name took back one letter
    // instead of the whole edit.
    let count = Memo::new(move |_| plan.with(|p| p.as_ref().map_or(0, |p| p.sections.len())));
    let deliver = move || {
        let first = plan.with(|p| p.as_ref().map(|p| p.first().id.clone()).unwrap_or_default());
        Route::Deliver(id.get_value(), first).to_hash()
    };
    view! {
        <section class="card" aria-labelledby="sections-heading" data-testid="sections">
            <div class="toolbar">
                <h3 id="sections-heading">{move || t().sections_heading}</h3>
                <a class="button" href=deliver data-testid="deliver-link">{move || t().deliver_link}</a>
            </div>
            <p class="hint">{move || t().sections_hint}</p>
            {move || (0..count.get()).map(|i| view! { <SectionFields plan id=id.get_value() index=i/> }).collect_view()}
            <button type="button" class="button button--quiet" data-testid="add-section" on:click=move |_| {
                plans.edit(&id.get_value(), None, |p| {
                    let new = p.first().like(next_id(&p.sections));
                    p.sections.push(new);
                });
            }>{move || t().add_section}</button>
        </section>
    }
}

/// A labelled text field of section `index`, typing in it one undo step.
fn section_text(
    plan: PlanMemo,
    id: StoredValue<String>,
    index: usize,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    field: &'static str,
    get: fn(&Section) -> String,
    set: fn(&mut Section, String),
) -> impl IntoView {
    let plans = use_plans();
    let value =
        Signal::derive(move || with_section(plan, index, |_, s| get(s)).unwrap_or_default());
    view! {
        <label class="field">
            <span>{label}</span>
            <input type="text" name=format!("section-{field}-{}", index + 1) use:synced_value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    id.with_value(|id| {
                        let key = format!("{id}.section{index}.{field}");
                        edit_section(plans, id, index, Some(&key), |s| set(s, v));
                    });
                }
            />
        </label>
    }
}

#[component]
fn SectionFields(plan: PlanMemo, id: String, index: usize) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || delivery_strings(lang.get());
    let id = StoredValue::new(id);
    let legend = move || {
        plan.with(|p| {
            p.as_ref()
                .map(|p| section_name(p, index, lang.get()))
                .unwrap_or_default()
        })
    };
    let size = move || {
        with_section(plan, index, |_, s| s.class_size)
            .flatten()
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let many = move || plan.with(|p| p.as_ref().is_some_and(|p| p.sections.len() > 1));
    view! {
        <fieldset class="section-fields" data-testid="section">
            <legend>{legend}</legend>
            <div class="form-grid">
                {section_text(plan, id, index, move || t().section_name, "name", |s| s.name.clone(), |s, v| s.name = v)}
                {section_text(plan, id, index, move || t().teacher, "teacher", |s| s.teacher.clone(), |s, v| s.teacher = v)}
                {section_text(plan, id, index, move || t().room, "room", |s| s.room.clone(), |s, v| s.room = v)}
                <label class="field">
                    <span>{move || t().class_size}</span>
                    <input type="number" min="0" max="500" name=format!("section-size-{}", index + 1)
                        prop:value=size
                        on:change=move |ev| {
                            let n = super::parse_number::<u16>(&event_target_value(&ev));
                            id.with_value(|id| edit_section(plans, id, index, None, |s| s.class_size = n));
                        }
                    />
                </label>
            </div>
            {(index > 0).then(|| view! { <SectionSchedule plan id=id.get_value() index/> })}
            <Show when=many>
                <button type="button" class="button button--quiet" data-testid="remove-section" on:click=move |_| {
                    plans.edit(&id.get_value(), None, |p| {
                        if p.sections.len() > 1 && index < p.sections.len() {
                            p.sections.remove(index);
                        }
                    });
                }>
                    {move || t().remove_section}
                    <span class="visually-hidden">{move || format!(": {}", legend())}</span>
                </button>
            </Show>
        </fieldset>
    }
}
