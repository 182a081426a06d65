//! The page header: product name, what it is for, navigation and the language switch.

use crate::app::{use_lang, use_plans, use_route};
use crate::storage;
use leptos::prelude::*;
use planner_domain::route::Route;
use planner_domain::{i18n::strings, Lang};

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let route = use_route();
    let plans = use_plans();
    let t = move || strings(lang.get());
    let on_library = move || {
        matches!(
            route.get(),
            Route::Library(_) | Route::Lesson(_) | Route::Packs
        )
    };
    let on_plans = move || {
        matches!(
            route.get(),
            Route::Plans
                | Route::Plan(_)
                | Route::Print(_)
                | Route::Deliver(..)
                | Route::Log(..)
                | Route::Results(..)
                | Route::Fidelity(..)
                | Route::Review(_)
        )
    };
    // The introduction greets a first visit on the library, until it is hidden for good.
    let intro_hidden = RwSignal::new(storage::intro_hidden());
    let show_intro = move || !intro_hidden.get() && matches!(route.get(), Route::Library(_));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="brand">
                    <h1 class="brand__name">{move || t().app_name}</h1>
                    <p class="brand__tagline">{move || t().tagline}</p>
                </div>
                <nav class="lang-switch" aria-label=move || t().language_label>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <button
                                    type="button"
                                    class="lang-switch__button"
                                    lang=l.code()
                                    aria-pressed=move || (lang.get() == l).to_string()
                                    on:click=move |_| lang.set(l)
                                >
                                    {l.native_name()}
                                </button>
                            }
                        })
                        .collect_view()}
                </nav>
            </div>
            <nav class="main-nav" aria-label=move || t().main_nav>
                <a href="#/library" aria-current=move || on_library().then_some("page")>
                    {move || t().nav_library}
                </a>
                <a href="#/plans" aria-current=move || on_plans().then_some("page")>
                    {move || format!("{} ({})", t().nav_plans, plans.list.with(Vec::len))}
                </a>
                <a href="#/report" data-testid="nav-report" aria-current=move || matches!(route.get(), Route::Report).then_some("page")>
                    {move || t().delivery.nav_reports}
                </a>
            </nav>
            <Show when=show_intro>
                <div class="intro" data-testid="intro">
                    <p>{move || t().intro}</p>
                    <p class="intro__privacy">{move || t().privacy_note}</p>
                    <p>
                        <button type="button" class="button button--quiet" data-testid="hide-intro"
                            on:click=move |_| {
                                storage::hide_intro();
                                intro_hidden.set(true);
                            }>
                            {move || t().hide_intro}
                        </button>
                    </p>
                </div>
            </Show>
        </header>
    }
}
