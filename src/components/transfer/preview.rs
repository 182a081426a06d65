//! What an import file or link holds, shown before anything is added, with confirm and cancel.

use super::row::PreviewRow;
use super::{confirm, Pending};
use crate::app::{navigate, use_announcer, use_lang, use_my_lessons, use_plans};
use crate::components::packs::LessonOutcomes;
use leptos::prelude::*;
use planner_domain::i18n::packs::shown;
use planner_domain::i18n::{data_strings, pack_strings, strings};
use planner_domain::route::Route;

/// The import preview (or the reason for refusing), with confirm and cancel.
#[component]
pub fn ImportPreview(
    /// What to show; cleared on confirm or cancel.
    pending: RwSignal<Pending>,
) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let my = use_my_lessons();
    let announcer = use_announcer();
    let t = move || strings(lang.get());
    move || {
        match pending.get() {
        Pending::None => None,
        Pending::Refused(e) => Some(
            view! {
                <div class="notice notice--error" role="alert" data-testid="import-error">
                    <p>{(data_strings(lang.get()).import_error)(&e)}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| pending.set(Pending::None)>
                        {t().dismiss}
                    </button>
                </div>
            }
            .into_any(),
        ),
        Pending::Ready(received) => {
            let count = received.plans.len();
            let carried = received
                .lessons
                .iter()
                .map(|preview| {
                    let name = shown(&preview.name, lang.get()).to_string();
                    let preview = preview.clone();
                    view! {
                        <h4>{format!("{} — {name}", pack_strings(lang.get()).carried_heading)}</h4>
                        <LessonOutcomes preview/>
                    }
                })
                .collect_view();
            let keep_both = RwSignal::new(Vec::<String>::new());
            let rows = received
                .plans
                .iter()
                .map(|p| view! { <PreviewRow plan=p.clone() keep_both/> })
                .collect_view();
            Some(
                view! {
                    <section class="card import-preview" aria-labelledby="import-heading" data-testid="import-preview">
                        <h3 id="import-heading">{data_strings(lang.get()).import_preview}</h3>
                        <ul>{rows}</ul>
                        {carried}
                        <div class="toolbar__actions">
                            <button type="button" class="button" data-testid="import-confirm" on:click=move |_| {
                                if let Pending::Ready(received) = pending.get_untracked() {
                                    confirm(plans, my, announcer, received, keep_both.get_untracked(), lang.get_untracked());
                                }
                                pending.set(Pending::None);
                                navigate(&Route::Plans);
                            }>{(data_strings(lang.get()).import_confirm)(count)}</button>
                            <button type="button" class="button button--quiet" on:click=move |_| {
                                pending.set(Pending::None);
                                navigate(&Route::Plans);
                            }>{data_strings(lang.get()).cancel}</button>
                        </div>
                    </section>
                }
                .into_any(),
            )
        }
    }
    }
}
