//! The plan checks, what needs attention first, each with its suggestions and fix buttons.

use crate::app::use_lang;
use crate::components::fix_actions::FixButtons;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::checks::{self, Status};
use planner_domain::i18n::check_strings;
use planner_domain::order;
use planner_domain::plan::Plan;
use planner_domain::Lang;

fn status_label(status: Status, lang: Lang) -> String {
    let t = check_strings(lang);
    // A symbol and a word, so the status never rests on colour alone.
    match status {
        Status::Pending => format!("{} {}", t.mark_pending, t.status_pending),
        Status::Pass => format!("{} {}", t.mark_pass, t.status_pass),
        Status::Advice => format!("{} {}", t.mark_advice, t.status_advice),
        Status::Warning => format!("{} {}", t.mark_warning, t.status_warning),
    }
}

/// The checks of the "Coverage and checks" card.
#[component]
pub fn ChecksList(
    /// The plan checked.
    plan: Signal<Plan>,
    /// The plan's id when the fix buttons may change it (not in the program lead's review).
    edit: Option<String>,
) -> impl IntoView {
    let library = use_library();
    let lang = use_lang();
    let results = Memo::new(move |_| {
        let lang = lang.get();
        // What needs attention first, then suggestions, then what already looks good.
        let mut results = plan.with(|p| checks::run(p, library, lang));
        order::sort_by_key(&mut results, |c| std::cmp::Reverse(c.status));
        results
    });
    view! {
        <h4>{move || check_strings(lang.get()).checks_heading}</h4>
        <ul class="check-results" data-testid="checks">
            {move || {
                let lang = lang.get();
                let t = check_strings(lang);
                results.get().into_iter().map(|c| {
                    let fixes = (!c.fixes.is_empty()).then(|| view! {
                        <div class="check-result__fix">
                            <p class="check-result__fix-label">{t.suggestion}</p>
                            <ul>
                                {c.fixes.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                            </ul>
                        </div>
                    });
                    let details = (!c.details.is_empty()).then(|| view! {
                        <ul class="check-result__details">
                            {c.details.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}
                        </ul>
                    });
                    view! {
                        <li
                            class=format!("check-result check-result--{}", c.status.id())
                            data-check=c.kind.id()
                            data-status=c.status.id()
                            data-light=c.light.map(|l| l.id())
                        >
                            <h5 class="check-result__title">
                                <span class="check-result__status">{status_label(c.status, lang)}</span>
                                " "{c.title.clone()}
                            </h5>
                            <p class="check-result__summary">{c.summary.clone()}</p>
                            {details}
                            {fixes}
                            {edit.clone().map(|id| view! { <FixButtons actions=c.actions.clone() id/> })}
                        </li>
                    }
                }).collect_view()
            }}
        </ul>
    }
}
