//! What the checks still warn about that the printed packet would carry.

use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::checks::{self, CheckKind, Status};
use planner_domain::i18n::{packet_strings, strings};
use planner_domain::plan::{PacketLang, Plan};

/// What the checks still warn about that the printed packet would carry: lessons for another
/// grade band, lessons cut below their minimum, a letter with no organization, lessons of
/// one's own still drafts, and lessons incomplete in the language chosen for this print
/// (`packet_lang`, which may differ from the plan's).
#[component]
pub fn PrintWarnings(
    plan: Memo<Option<Plan>>,
    packet_lang: Signal<PacketLang>,
    back: String,
) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let warnings = Memo::new(move |_| {
        let Some(mut plan) = plan.get() else {
            return Vec::new();
        };
        plan.packet_lang = packet_lang.get();
        checks::run(&plan, library, lang.get())
            .into_iter()
            .filter(|c| c.status == Status::Warning)
            .filter(|c| {
                matches!(
                    c.kind,
                    CheckKind::GradeBand
                        | CheckKind::Adaptation
                        | CheckKind::Letter
                        | CheckKind::Drafts
                        | CheckKind::PacketLanguage
                )
            })
            .collect::<Vec<_>>()
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
