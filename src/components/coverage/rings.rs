//! The social-ecological model as nested rings, shaded by the sessions addressing each level.

use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::coverage;
use planner_domain::curriculum::{Level, List};
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::Lang;

/// How many rings figures have been drawn, for unique ids.
static RINGS_DRAWN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Relative radius of each ring's outer edge, Individual (innermost) first.
const RADII: [f64; 4] = [0.34, 0.56, 0.78, 1.0];

/// How strongly a ring addressed by `sessions` sessions is shaded (0 blank, 1 full brand
/// colour): untouched rings stay nearly blank, and every session deepens the shade up to four.
fn shade(sessions: usize) -> f64 {
    if sessions == 0 {
        0.04
    } else {
        0.12 + 0.11 * (sessions.min(4) as f64)
    }
}

/// The opaque fill for a shade, mixed from white towards the brand colour (#1f4e5f). Opaque so
/// that an inner ring never looks darker just because outer rings lie beneath it; light enough
/// that the dark labels keep their contrast, in colour and in black-and-white print.
fn fill(sessions: usize) -> String {
    let a = shade(sessions);
    let mix = |c: f64| (255.0 + (c - 255.0) * a).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(31.0), mix(78.0), mix(95.0))
}

/// An SVG length to a tenth of a pixel, written with integers: formatting an `f64` would add
/// the standard library's float printing to the wasm for this one picture.
fn px(length: f64) -> String {
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
            (strings(lang).session_count)(sessions)
        )
    };
    let label = move || {
        let lang = lang.get();
        let parts: Vec<String> = counts
            .get()
            .iter()
            .map(|c| line(c.level, c.sessions, lang))
            .collect();
        format!(
            "{}. {}.",
            strings(lang).checks.rings_label,
            parts.join("; ")
        )
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
                        let r = outer * RADII[i];
                        let inner = if i == 0 { 0.0 } else { outer * RADII[i - 1] };
                        // The label follows the middle of the ring's band over the top, so it
                        // never crosses a ring line: its baseline a third of the font below the
                        // middle, so the letters (not their baseline) centre on it. The innermost
                        // one sits at the centre, its count on a second line to stay inside the
                        // ring. A white halo keeps it readable over any shade, in grayscale too.
                        let mid = (r + inner) / 2.0 - font * 0.35;
                        let arc_id = format!("rings-arc-{uid}-{i}");
                        let arc = format!(
                            "M {} {} A {m} {m} 0 0 1 {} {}",
                            px(centre - mid),
                            px(centre),
                            px(centre + mid),
                            px(centre),
                            m = px(mid)
                        );
                        let text = move || format!("{} ({})", name(level, lang.get()), sessions());
                        let count = move || format!("({})", sessions());
                        view! {
                            <circle
                                class="rings__ring"
                                data-level=level.id()
                                data-sessions=move || sessions().to_string()
                                cx=px(centre)
                                cy=px(centre)
                                r=px(r)
                                fill=move || fill(sessions())
                                stroke="#1d2a30"
                                stroke-width="1.5"
                            ></circle>
                            {if i == 0 {
                                view! {
                                    <text class="rings__label" x=px(centre) y=px(centre - font * 0.2)
                                        text-anchor="middle"
                                        font-size=px(font) font-weight="600" fill="#1d2a30"
                                        stroke="#fff" stroke-width="3" paint-order="stroke"
                                        aria-hidden="true">
                                        <tspan x=px(centre)>{move || name(level, lang.get())}</tspan>
                                        <tspan x=px(centre) dy="1.15em">{count}</tspan>
                                    </text>
                                }.into_any()
                            } else {
                                view! {
                                    <path id=arc_id.clone() d=arc fill="none" stroke="none"></path>
                                    <text class="rings__label" font-size=px(font) font-weight="600"
                                        fill="#1d2a30" stroke="#fff" stroke-width="3" paint-order="stroke"
                                        aria-hidden="true">
                                        <textPath href=format!("#{arc_id}") startOffset="50%" text-anchor="middle">{text}</textPath>
                                    </text>
                                }.into_any()
                            }}
                        }
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
