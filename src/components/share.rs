//! A plan's export and share buttons: the file always carries the user's own lessons the plan
//! uses; a link does when it fits `transfer::MAX_LINK_CHARS`; a plan too big for one gets no
//! link button, and a sentence pointing to the file.

use crate::app::{use_announcer, use_lang};
use crate::components::transfer::{carried, export_plans};
use leptos::prelude::*;
use planner_domain::i18n::{data_strings, pack_strings};
use planner_domain::plan::Plan;
use planner_domain::transfer;

/// This page's address (origin and path), which a share link starts with.
fn base() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Export and share buttons for one plan. A plan too big for a link is not offered one: it
/// says so in plain words and points to the file.
#[component]
pub fn PlanTransfer(plan: Memo<Option<Plan>>) -> impl IntoView {
    let lang = use_lang();
    let announcer = use_announcer();
    let link = RwSignal::new(None::<(String, bool)>);
    // The link the plan makes now (with the lessons it carries), or `None` when it is too big.
    let made = Memo::new(move |_| {
        plan.get().map(|p| {
            let packs = carried(std::slice::from_ref(&p));
            let with_lessons = !packs.is_empty();
            transfer::share_link(&base(), &p, &packs).map(|url| (url, with_lessons))
        })
    });
    let fits = move || made.with(|m| !matches!(m, Some(Err(_))));
    let export = move |_| {
        if let Some(p) = plan.get_untracked() {
            export_plans(&[p], announcer);
        }
    };
    view! {
        <div class="toolbar__actions">
            <button type="button" class="button button--quiet" data-testid="export-plan" on:click=export>{move || data_strings(lang.get()).export_plan}</button>
            <Show when=fits>
                <button type="button" class="button button--quiet" data-testid="share-plan" on:click=move |_| {
                    if let Some(Ok((url, with_lessons))) = made.get_untracked() {
                        let _ = window().navigator().clipboard().write_text(&url);
                        announcer.say(data_strings(lang.get_untracked()).share_copied);
                        link.set(Some((url, with_lessons)));
                    }
                }>{move || data_strings(lang.get()).share_link}</button>
            </Show>
        </div>
        <Show when=move || !fits()>
            <p class="hint" data-testid="share-too-long">{move || pack_strings(lang.get()).link_too_long}</p>
        </Show>
        {move || fits().then(|| link.get()).flatten().map(|(url, with_lessons)| view! {
            <label class="field share-link">
                <span>{data_strings(lang.get()).share_hint}</span>
                <input type="text" readonly data-testid="share-url" prop:value=url/>
                {with_lessons.then(|| view! { <span class="hint" data-testid="share-with-lessons">{pack_strings(lang.get()).link_with_lessons}</span> })}
            </label>
        })}
    }
}
