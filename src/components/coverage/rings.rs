//! The social-ecological model as nested rings, shaded by the sessions addressing each level.

use super::ring::Ring;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::coverage;
use planner_domain::curriculum::{Level, List};
use planner_domain::i18n::{check_strings, plan_strings};
use planner_domain::plan::Plan;
use planner_domain::Lang;

/// How many rings figures have been drawn, for unique ids.
static RINGS_DRAWN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// An SVG length to a tenth of a pixel, written with integers: formatting an `f64` would add
/// the standard library's float printing to the wasm for this one picture.
pub(super) fn px(length: f64) -> String {
    let tenths = (length * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, tenths.rem_euclid(10))
}

/// The social-ecological model as nested rings (Individual inside Relationship inside
/// Community inside Society), each shaded and labelled with the sessions addressing it.
///
/// Takes the plan and a size in CSS pixels so the printable packet can draw the same picture
/// on its cover; `lang` is the language of the labels (the packet's, or the UI's).
#[component]
pub fn CoverageRings(
    #[prop(into)] plan: Signal<Plan>,
    size: u32,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let library = use_library();
    let counts = Memo::new(move |_| plan.with(|p| coverage::levels(p, library)));
    let name = move |level: Level, lang: Lang| {
        library
            .vocabulary
            .name(List::Levels, level.id(), lang)
            .to_string()
    };
    let line = move |level: Level, sessions: usize, lang: Lang| {
        format!(
            "{}: {}",
            name(level, lang),
            (plan_strings(lang).session_count)(sessions)
        )
    };
    let label = move || {
        let lang = lang.get();
        let parts: Vec<String> = counts
            .get()
            .iter()
            .map(|c| line(c.level, c.sessions, lang))
            .collect();
        format!("{}. {}.", check_strings(lang).rings_label, parts.join("; "))
    };
    let s = f64::from(size);
    let centre = s / 2.0;
    let outer = s / 2.0 - 2.0;
    let font = (s / 22.0).max(9.0);
    let view_box = format!("0 0 {size} {size}");
    // Arc ids unique in the document: a packet draws the rings once per language.
    let uid = RINGS_DRAWN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    view! {
        <figure class="rings" data-testid="rings">
            <svg class="rings__svg" width=size height=size viewBox=view_box role="img" aria-label=label>
                {Level::ALL
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, &level)| {
                        let sessions = move || {
                            counts.with(|c| c.iter().find(|c| c.level == level).map_or(0, |c| c.sessions))
                        };
                        let name = Signal::derive(move || name(level, lang.get()));
                        view! { <Ring level ring=i sessions=Signal::derive(sessions) name centre outer font uid/> }
                    })
                    .collect_view()}
            </svg>
            <figcaption>
                <ul class="rings__legend" data-testid="rings-legend">
                    {move || {
                        let lang = lang.get();
                        counts
                            .get()
                            .into_iter()
                            .map(|c| view! {
                                <li data-level=c.level.id() data-sessions=c.sessions.to_string()>
                                    {line(c.level, c.sessions, lang)}
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </figcaption>
        </figure>
    }
}
