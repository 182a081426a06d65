//! The page header: product name, what it is for, navigation and the language switch (in a
//! menu on a narrow screen).

use crate::app::split::preload_route;
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
    // On a narrow screen the navigation and the language switch fold into a menu, so the
    // header is one row and the screen's content starts above the fold; a screen change
    // folds it again. Wide screens show everything and no menu button (style/main.css).
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        route.track();
        open.set(false);
    });
    let toggle = NodeRef::<leptos::html::Button>::new();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="brand">
                    <h1 class="brand__name">{move || t().app_name}</h1>
                    <p class="brand__tagline">{move || t().tagline}</p>
                </div>
                <button type="button" class="menu-toggle" data-testid="menu-toggle" node_ref=toggle
                    aria-expanded=move || open.get().to_string() aria-controls="site-menu"
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="menu-toggle__icon" aria-hidden="true"></span>
                    {move || t().menu}
                </button>
                <div id="site-menu" class="site-menu" data-open=move || open.get().to_string() on:keydown=close_on_escape>
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
                    <nav class="main-nav" aria-label=move || t().main_nav>
                        <a href="#/library" aria-current=move || on_library().then_some("page")>
                            {move || t().nav_library}
                        </a>
                        <a href="#/plans" aria-current=move || on_plans().then_some("page")
                            on:pointerenter=move |_| preload_route(&Route::Plans)
                            on:focus=move |_| preload_route(&Route::Plans)>
                            {move || format!("{} ({})", t().nav_plans, plans.list.with(Vec::len))}
                        </a>
                        <a href="#/report" data-testid="nav-report" aria-current=move || matches!(route.get(), Route::Report).then_some("page")
                            on:pointerenter=move |_| preload_route(&Route::Report)
                            on:focus=move |_| preload_route(&Route::Report)>
                            {move || t().nav_reports}
                        </a>
                    </nav>
                </div>
            </div>
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
