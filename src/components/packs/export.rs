//! Exporting some or all of one's lessons as a lesson pack file, under a name the receivers
//! will see on them.

use crate::app::{use_announcer, use_lang, use_my_lessons, use_plans};
use leptos::prelude::*;
use planner_domain::curriculum::exchange;
use planner_domain::i18n::pack_strings;
use planner_domain::order;
use planner_domain::transfer::own_lessons_name;
use planner_domain::Text;

/// The list of the user's lessons to choose from, the pack's name and the export button.
#[component]
pub fn PackExport() -> impl IntoView {
    let lang = use_lang();
    let announcer = use_announcer();
    let my = use_my_lessons();
    let plans = use_plans();
    let t = move || pack_strings(lang.get());
    let selected = RwSignal::new(Vec::<String>::new());
    // A name the receivers recognize: the organization of the latest plan, if any names one,
    // in both languages, shown in the UI language until the person types her own.
    let suggested: Option<Text> = plans.list.with_untracked(|list| {
        let mut named: Vec<_> = list
            .iter()
            .filter(|p| !p.organization.trim().is_empty())
            .collect();
        order::sort_by_key(&mut named, |p| std::cmp::Reverse(p.edited));
        named
            .first()
            .map(|p| own_lessons_name(std::slice::from_ref(*p)))
    });
    let suggested = StoredValue::new(suggested);
    let typed = RwSignal::new(None::<String>);
    let shown_name = move || {
        typed.get().unwrap_or_else(|| {
            suggested.with_value(|s| {
                s.as_ref()
                    .map(|s| s.get(lang.get()).to_string())
                    .unwrap_or_default()
            })
        })
    };
    let pack_name =
        move || suggested.with_value(|s| exchange::export_name(typed.get().as_deref(), s.as_ref()));
    let lessons = Memo::new(move |_| {
        let lang = lang.get();
        my.all.with(|a| {
            a.lessons()
                .map(|(_, l)| (l.id.clone(), l.title_in(lang)))
                .collect::<Vec<_>>()
        })
    });
    let export = move |_| {
        let chosen = selected.get_untracked();
        let picked = my.all.with_untracked(|a| {
            a.lessons()
                .filter(|(_, l)| chosen.contains(&l.id))
                .map(|(_, l)| l.clone())
                .collect::<Vec<_>>()
        });
        let Some(name) = pack_name() else {
            return;
        };
        let file = exchange::file_name(name.get(lang.get_untracked()));
        let text = exchange::export(picked, name);
        announcer.download(&file, &text, "application/json");
    };
    let toggle = move |id: String| {
        selected.update(|s| match s.iter().position(|x| *x == id) {
            Some(i) => {
                s.remove(i);
            }
            None => s.push(id),
        })
    };
    let rows = move || {
        lessons.get().into_iter().map(|(id, title)| {
        let checked = { let id = id.clone(); move || selected.with(|s| s.contains(&id)) };
        view! {
            <li>
                <label class="check">
                    <input type="checkbox" data-testid="export-pick" prop:checked=checked on:change=move |_| toggle(id.clone())/>
                    <span>{title}</span>
                </label>
            </li>
        }
    }).collect_view()
    };
    // What the export still waits for, said beside its button; nothing, and it is ready.
    let waiting_for = move || {
        if selected.with(Vec::is_empty) {
            Some(t().export_none_picked)
        } else if pack_name().is_none() {
            Some(t().export_name_missing)
        } else {
            None
        }
    };
    let ready = move || waiting_for().is_none();
    view! {
        <section class="card" aria-labelledby="pack-export-heading">
            <h3 id="pack-export-heading">{move || t().export_heading}</h3>
            <Show when=move || !lessons.with(Vec::is_empty) fallback=move || view! { <p data-testid="no-own-lessons">{move || t().no_lessons}</p> }>
                <p>{move || t().export_hint}</p>
                <button type="button" class="button button--quiet" data-testid="export-select-all" on:click=move |_| {
                    selected.set(lessons.get_untracked().into_iter().map(|(id, _)| id).collect());
                }>{move || t().select_all}</button>
                <ul class="export-picks">{rows}</ul>
                <label class="field">
                    <span>{move || t().export_name}</span>
                    <input type="text" data-testid="export-name" prop:value=shown_name on:input=move |ev| typed.set(Some(event_target_value(&ev)))/>
                    <span class="hint">{move || t().export_name_hint}</span>
                </label>
                <p class="field-note" id="export-blocked" data-testid="export-blocked" aria-live="polite">
                    {move || waiting_for().unwrap_or_default()}
                </p>
                <button type="button" class="button" data-testid="export-pack" disabled=move || !ready()
                    aria-describedby="export-blocked" on:click=export>
                    {move || (t().export_confirm)(selected.with(Vec::len))}
                </button>
            </Show>
        </section>
    }
}
