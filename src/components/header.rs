//! The page header: product name, what it is for, and the language switch.

use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::{i18n::strings, Lang};

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
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
            <div class="intro">
                <p>{move || t().intro}</p>
                <p class="intro__privacy">{move || t().privacy_note}</p>
            </div>
        </header>
    }
}
