//! One ring of the social-ecological rings: its circle, shaded by the sessions addressing its
//! level, and its label.

use super::rings::px;
use leptos::prelude::*;
use planner_domain::curriculum::Level;

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

/// Ring number `ring` (0 is Individual, at the centre) of a figure centred on `centre` with
/// outer radius `outer`; `uid` tells this figure's arcs from another's.
#[component]
pub fn Ring(
    level: Level,
    ring: usize,
    sessions: Signal<usize>,
    /// The level's name in the figure's language.
    name: Signal<String>,
    centre: f64,
    outer: f64,
    font: f64,
    uid: usize,
) -> impl IntoView {
    let r = outer * RADII[ring];
    let inner = if ring == 0 {
        0.0
    } else {
        outer * RADII[ring - 1]
    };
    // The label follows the middle of the ring's band over the top, so it never crosses a ring
    // line: its baseline a third of the font below the middle, so the letters (not their
    // baseline) centre on it. The innermost one sits at the centre, its count on a second line
    // to stay inside the ring. A white halo keeps it readable over any shade, in grayscale too.
    let mid = (r + inner) / 2.0 - font * 0.35;
    let arc_id = format!("rings-arc-{uid}-{ring}");
    let arc = format!(
        "M {} {} A {m} {m} 0 0 1 {} {}",
        px(centre - mid),
        px(centre),
        px(centre + mid),
        px(centre),
        m = px(mid)
    );
    let text = move || format!("{} ({})", name.get(), sessions.get());
    let count = move || format!("({})", sessions.get());
    view! {
        <circle
            class="rings__ring"
            data-level=level.id()
            data-sessions=move || sessions.get().to_string()
            cx=px(centre)
            cy=px(centre)
            r=px(r)
            fill=move || fill(sessions.get())
            stroke="#1d2a30"
            stroke-width="1.5"
        ></circle>
        {if ring == 0 {
            view! {
                <text class="rings__label" x=px(centre) y=px(centre - font * 0.2)
                    text-anchor="middle"
                    font-size=px(font) font-weight="600" fill="#1d2a30"
                    stroke="#fff" stroke-width="3" paint-order="stroke"
                    aria-hidden="true">
                    <tspan x=px(centre)>{move || name.get()}</tspan>
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
}
