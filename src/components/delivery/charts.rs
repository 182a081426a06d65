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
/// Characters of a label line that fit in [`LABEL_W`], and the height of one line.
const LABEL_CHARS: usize = 22;
const LINE: u32 = 13;

/// A label in lines of whole words that fit beside the bars (a longer word is cut into
/// pieces), so a plan's whole name shows.
fn label_lines(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(LABEL_CHARS) {
            let piece: String = piece.iter().collect();
            match lines.last_mut() {
                Some(l) if l.chars().count() + 1 + piece.chars().count() <= LABEL_CHARS => {
                    l.push(' ');
                    l.push_str(&piece);
                }
                _ => lines.push(piece),
            }
        }
    }
    lines
}

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
    let labels: Vec<Vec<String>> = groups.iter().map(|g| label_lines(&g.label)).collect();
    let heights: Vec<u32> = labels
        .iter()
        .map(|l| (series.len() as u32 * ROW).max(l.len() as u32 * LINE + 4) + 10)
        .collect();
    let tops: Vec<u32> = heights
        .iter()
        .scan(30, |y, h| {
            let top = *y;
            *y += h;
            Some(top)
        })
        .collect();
    let height = 30 + heights.iter().sum::<u32>();
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
        let y0 = tops[gi];
        let bars = g.values.iter().enumerate().map(|(si, &v)| {
            let w = v * BAR_W / max;
            let y = y0 + si as u32 * ROW;
            view! {
                <rect x=LABEL_W y=y width=w.max(1) height=ROW - 4 class=format!("bar bar--{si}")/>
                <text x=LABEL_W + w + 4 y=y + ROW - 7 class="chart-text">{format!("{v}{unit}")}</text>
            }
        }).collect_view();
        let lines = labels[gi].iter().enumerate().map(|(i, line)| view! {
            <tspan x="0" y=y0 + ROW - 7 + i as u32 * LINE>{line.clone()}</tspan>
        }).collect_view();
        view! {
            <text class="chart-text chart-label">{lines}</text>
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
