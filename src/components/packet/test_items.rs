//! Plan settings the packet prints from: the class size (for the copy list) and the questions
//! of the pre- and post-test (the plan's choice, or the suggested default).

use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::assessment::{self, student_lessons};
use planner_domain::i18n::packet_strings;
use planner_domain::plan::{Plan, TestItem};

#[component]
pub fn TestItems(id: String, plan: Memo<Option<Plan>>) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let p = move || packet_strings(lang.get()).print;
    let id = StoredValue::new(id);
    let edit = move |f: Box<dyn FnOnce(&mut Plan)>| id.with_value(|id| plans.edit(id, None, f));
    let library = use_library();
    let chosen = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| assessment::chosen(p, library))
                .unwrap_or_default()
        })
    });
    let toggle = move |item: TestItem, on: bool| {
        let mut list = chosen.get_untracked();
        list.retain(|t| *t != item);
        if on {
            list.push(item);
        }
        edit(Box::new(move |p| p.test_items = Some(list)));
    };
    let lessons = move || plan.with(|p| p.as_ref().map(|p| student_lessons(p, library)));
    view! {
        <label class="field field--inline">
            <span>{move || p().class_size}</span>
            <input type="number" name="class-size" min="1" max="200" step="1"
                prop:value=move || plan.with(|p| p.as_ref().map(|p| p.class_size.to_string()))
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u16>() {
                        if (1..=200).contains(&n) {
                            edit(Box::new(move |p| p.class_size = n));
                        }
                    }
                }
            />
        </label>
        <details class="test-items" data-testid="test-items">
            <summary>
                {move || p().test_items_heading}": "
                {move || {
                    let n = chosen.with(Vec::len);
                    (p().test_items_summary)(n, assessment::minutes(n))
                }}
            </summary>
            {move || lessons().unwrap_or_default().into_iter().map(|lesson| {
                let l = lang.get();
                let id = lesson.id.clone();
                view! {
                    <fieldset class="test-items__lesson">
                        <legend>{lesson.title.get(l).to_string()}</legend>
                        {lesson.assessment.iter().enumerate().map(|(i, a)| {
                            let item = TestItem { lesson: id.clone(), item: i };
                            let checked = item.clone();
                            view! {
                                <label class="check">
                                    <input type="checkbox" name="test-item" value=format!("{id}#{i}")
                                        prop:checked=move || chosen.with(|c| c.contains(&checked))
                                        on:change=move |ev| toggle(item.clone(), event_target_checked(&ev))
                                    />
                                    <span>{a.prompt.get(l).to_string()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
            <button type="button" class="button button--secondary"
                on:click=move |_| edit(Box::new(|p| p.test_items = None))>
                {move || p().test_items_default}
            </button>
        </details>
    }
}
