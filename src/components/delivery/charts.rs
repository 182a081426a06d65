//! Bar charts as accessible SVG: a title the image is named by, bars told apart by fill and
//! outline (readable in black and white), each value written beside its bar, and the same
//! numbers in a table below.

use leptos::prelude::*;

/// One group of bars (a plan, a question) and its value per series.
#[derive(Clone, PartialEq)]
pub struct Group {
    pub label: String,
    pub values: Vec<u32>,
}

const ROW: u32 = 18;
const LABEL_W: u32 = 150;
const BAR_W: u32 = 260;

/// A horizontal bar chart of `groups`, one bar per series; `max` is the full bar (100 for
/// percents). `unit` is appended to each written value.
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    series: Vec<String>,
    groups: Vec<Group>,
    max: u32,
    unit: &'static str,
) -> impl IntoView {
    let max = groups
        .iter()
        .flat_map(|g| g.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(max)
        .max(1);
    let per_group = series.len() as u32 * ROW + 10;
    let height = groups.len() as u32 * per_group + 30;
    let title_id = format!("{id}-title");
    let legend = series
        .iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <g transform=format!("translate({}, 4)", LABEL_W + i as u32 * 130)>
                    <rect width="12" height="12" class=format!("bar bar--{i}")/>
                    <text x="18" y="11" class="chart-text">{name.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let bars = groups.iter().enumerate().map(|(gi, g)| {
        let y0 = 30 + gi as u32 * per_group;
        let bars = g.values.iter().enumerate().map(|(si, &v)| {
            let w = v * BAR_W / max;
            let y = y0 + si as u32 * ROW;
            view! {
                <rect x=LABEL_W y=y width=w.max(1) height=ROW - 4 class=format!("bar bar--{si}")/>
                <text x=LABEL_W + w + 4 y=y + ROW - 7 class="chart-text">{format!("{v}{unit}")}</text>
            }
        }).collect_view();
        let label: String = g.label.chars().take(24).collect();
        view! {
            <text x="0" y=y0 + ROW - 7 class="chart-text chart-label">{label}</text>
            {bars}
        }
    }).collect_view();
    view! {
        <figure class="chart" data-testid=id>
            <svg role="img" aria-labelledby=title_id.clone() viewBox=format!("0 0 {} {height}", LABEL_W + BAR_W + 60) width="100%">
                <title id=title_id.clone()>{title.clone()}</title>
                <defs>
                    <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/>
                    </pattern>
                </defs>
                {legend}
                {bars}
            </svg>
            <figcaption>{title.clone()}</figcaption>
            <div class="table-scroll" tabindex="0" role="region" aria-label=title>
                <table class="chart-table">
                    <thead><tr><th scope="col"><span class="visually-hidden">"#"</span></th>
                        {series.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {groups.iter().map(|g| view! {
                            <tr><th scope="row">{g.label.clone()}</th>
                                {g.values.iter().map(|v| view! { <td>{format!("{v}{unit}")}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </figure>
    }
}
