//! The plan's coverage and checks: the social-ecological rings, the factor table, the checks
//! with their fixes, the dosage and evaluation settings, and language-guide advice next to
//! the preventionist's notes. Everything shown is computed by `planner_domain::{coverage,
//! checks, wording}`; these views only draw it.

use crate::app::{use_lang, use_plans};
use crate::components::fix_actions::FixButtons;
use crate::content::{self, use_library};
use leptos::prelude::*;
use planner_domain::checks::{self, Status};
use planner_domain::coverage::{self, FactorKind};
use planner_domain::curriculum::{Level, List};
use planner_domain::i18n::checks::CheckStrings;
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::wording;
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

/// Every risk and protective factor of the vocabulary, with the sessions addressing it.
///
/// Like the rings, it takes the plan and the language so the packet can reuse it.
#[component]
pub fn FactorTable(
    #[prop(into)] plan: Signal<Plan>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let library = use_library();
    let t = move || strings(lang.get()).checks;
    // A memo: edits that do not change the table (typing a plan's name) re-render nothing.
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        let t = strings(lang).checks;
        plan.with(|p| {
            let sessions = coverage::item_sessions(p, library);
            coverage::factors(p, library)
                .into_iter()
                .map(|row| {
                    let list = match row.kind {
                        FactorKind::Risk => List::RiskFactors,
                        FactorKind::Protective => List::ProtectiveFactors,
                    };
                    let name = library.vocabulary.name(list, &row.id, lang).to_string();
                    let kind = match row.kind {
                        FactorKind::Risk => t.risk,
                        FactorKind::Protective => t.protective,
                    };
                    let addressed: Vec<String> = row
                        .items
                        .iter()
                        .filter_map(|&i| {
                            let numbers = sessions.get(i)?;
                            let title = library
                                .lesson(&p.items[i].lesson)?
                                .title
                                .get(lang)
                                .to_string();
                            Some((t.sessions_of)(*numbers.first()?, *numbers.last()?, &title))
                        })
                        .collect();
                    (row.id, name, kind, addressed)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <table class="factor-table" data-testid="factor-table">
            <caption>{move || t().factors_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().factor}</th>
                    <th scope="col">{move || t().factor_kind}</th>
                    <th scope="col">{move || t().addressed_by}</th>
                </tr>
            </thead>
            <tbody>
                {move || rows.get().into_iter().map(|(id, name, kind, addressed)| {
                    let none = addressed.is_empty();
                    view! {
                        <tr data-factor=id data-count=addressed.len().to_string()>
                            <th scope="row">{name}</th>
                            <td>{kind}</td>
                            <td class:factor-table__none=none>
                                {if none {
                                    t().not_addressed.to_string()
                                } else {
                                    addressed.join("; ")
                                }}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The "Coverage and checks" card of the plan editor.
#[component]
pub fn CoverageCard(
    plan: Memo<Option<Plan>>,
    id: String,
    /// In the program lead's review: no settings form and no Add or Swap buttons.
    #[prop(optional)]
    review: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get()).checks;
    let current = Signal::derive(move || {
        plan.get()
            .unwrap_or_else(|| Plan::new(String::new(), String::new(), 0))
    });
    view! {
        <section class="card coverage" aria-labelledby="coverage-heading" data-testid="coverage">
            <h3 id="coverage-heading">{move || t().heading}</h3>
            <p class="hint">{move || t().intro}</p>
            <div class="coverage__picture">
                <div>
                    <h4>{move || t().rings_heading}</h4>
                    <CoverageRings plan=current size=280 lang=lang/>
                </div>
                <div class="coverage__factors">
                    <FactorTable plan=current lang=lang/>
                </div>
            </div>
            <ChecksList plan=current edit=(!review).then(|| id.clone())/>
            {(!review).then(|| view! { <PlanSettings plan=current id/> })}
        </section>
    }
}

fn status_label(status: Status, lang: Lang) -> String {
    let t = strings(lang).checks;
    // A symbol and a word, so the status never rests on colour alone.
    match status {
        Status::Pending => format!("{} {}", t.mark_pending, t.status_pending),
        Status::Pass => format!("{} {}", t.mark_pass, t.status_pass),
        Status::Advice => format!("{} {}", t.mark_advice, t.status_advice),
        Status::Warning => format!("{} {}", t.mark_warning, t.status_warning),
    }
}

#[component]
fn ChecksList(plan: Signal<Plan>, edit: Option<String>) -> impl IntoView {
    let library = use_library();
    let lang = use_lang();
    let results = Memo::new(move |_| {
        let lang = lang.get();
        // What needs attention first, then suggestions, then what already looks good.
        let mut results = plan.with(|p| checks::run(p, library, lang));
        results.sort_by_key(|c| std::cmp::Reverse(c.status));
        results
    });
    view! {
        <h4>{move || strings(lang.get()).checks.checks_heading}</h4>
        <ul class="check-results" data-testid="checks">
            {move || {
                let lang = lang.get();
                let t = strings(lang).checks;
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

/// The preventionist's dosage goal and whether the packet carries pre- and post-tests.
#[component]
fn PlanSettings(plan: Signal<Plan>, id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get()).checks;
    let id = StoredValue::new(id);
    let edit = move |f: Box<dyn FnOnce(&mut Plan)>| id.with_value(|id| plans.edit(id, None, f));
    // One plan setting as a labelled checkbox.
    let checkbox = move |name: &'static str,
                         get: fn(&Plan) -> bool,
                         set: fn(&mut Plan, bool),
                         label: fn(&'static CheckStrings) -> &'static str| {
        view! {
            <label class="check">
                <input type="checkbox" name=name
                    prop:checked=move || plan.with(get)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(Box::new(move |p| set(p, on)));
                    }
                />
                <span>{move || label(t())}</span>
            </label>
        }
    };
    view! {
        <fieldset class="coverage__settings">
            <legend>{move || t().settings_heading}</legend>
            <label class="field field--inline">
                <span>{move || t().min_sessions_label}</span>
                <input type="number" name="min-sessions" min="1" max="20" step="1"
                    prop:value=move || plan.with(|p| p.min_sessions.to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                            if (1..=20).contains(&n) {
                                edit(Box::new(move |p| p.min_sessions = n));
                            }
                        }
                    }
                />
            </label>
            {checkbox("pre-test", |p| p.pre_test, |p, on| p.pre_test = on, |c| c.pre_test_label)}
            {checkbox("post-test", |p| p.post_test, |p, on| p.post_test = on, |c| c.post_test_label)}
        </fieldset>
    }
}

/// Advice from the language guide for a text the preventionist wrote: each phrase found, what
/// to say instead and why. Shown next to the field; it never blocks typing or saving.
#[component]
pub fn LanguageAdvice(#[prop(into)] text: Signal<String>) -> impl IntoView {
    // The built-in library's guide: the merged one would be rebuilt for every field the
    // lesson editor adds.
    let library = content::builtin().expect("library loaded");
    let lang = use_lang();
    let flags = Memo::new(move |_| text.with(|s| wording::flags(s, library)));
    view! {
        <div class="language-advice" aria-live="polite">
            {move || {
                let lang = lang.get();
                let t = strings(lang).checks;
                let flags = flags.get();
                (!flags.is_empty()).then(|| view! {
                    <div class="advice" data-testid="language-advice">
                        <p class="advice__intro">{t.advice_intro}</p>
                        <ul>
                            {flags.into_iter().map(|f| {
                                let entry = &library.packet.language_guide.entries[f.entry];
                                view! {
                                    <li data-phrase=f.phrase.clone()>
                                        <p class="advice__phrase">{(t.quote)(&f.phrase)}</p>
                                        <p><strong>{t.instead}": "</strong>{entry.instead.get(lang).to_string()}</p>
                                        <p><strong>{t.why}": "</strong>{entry.why.get(lang).to_string()}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
        </div>
    }
}
