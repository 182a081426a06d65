//! What the checks still warn about that the printed packet would carry.

use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::checks::{self, CheckKind, Status};
use planner_domain::i18n::{packet_strings, strings};
use planner_domain::plan::Plan;

/// What the checks still warn about that the printed packet would carry: lessons for another
/// grade band, lessons cut below their minimum, a letter with no organization.
#[component]
pub fn PrintWarnings(plan: Memo<Option<Plan>>, back: String) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let warnings = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    checks::run(p, library, lang.get())
                        .into_iter()
                        .filter(|c| c.status == Status::Warning)
                        .filter(|c| {
                            matches!(
                                c.kind,
                                CheckKind::GradeBand | CheckKind::Adaptation | CheckKind::Letter
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        let list = warnings.get();
        (!list.is_empty()).then(|| {
            let t = strings(lang.get());
            view! {
                <div class="notice notice--warning" data-testid="print-warnings">
                    <p>{packet_strings(lang.get()).print_warnings}</p>
                    <ul>
                        {list.into_iter().map(|c| view! {
                            <li data-check=c.kind.id()>
                                <strong>{c.title}</strong>": "{c.summary}
                                {(!c.details.is_empty()).then(|| format!(" {}", c.details.join("; ")))}
                            </li>
                        }).collect_view()}
                    </ul>
                    <p><a href=back.clone()>{format!("{} {}", t.back_arrow, packet_strings(lang.get()).back_to_plan)}</a></p>
                </div>
            }
        })
    }
}
