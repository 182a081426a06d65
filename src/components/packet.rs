//! The print view: a checklist of sections, the packet language, a Print button, and a preview
//! that is exactly what prints. The domain (`planner_domain::packet`) decides every page and
//! text; this file only lays the pages out (see `style/print.css`).

use crate::app::{use_lang, use_plans};
use crate::components::coverage::CoverageRings;
use crate::components::text::{line, Prose};
use crate::content::use_library;
use crate::storage;
use leptos::prelude::*;
use planner_domain::checks::{self, CheckKind, Status};
use planner_domain::i18n::strings;
use planner_domain::packet::{assemble, choice_letter, Block, Options, Page, Section};
use planner_domain::plan::{PacketLang, Plan};
use planner_domain::route::Route;
use planner_domain::Lang;

#[component]
pub fn PrintView(id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get()).packet;
    let plan_id = id.clone();
    let plan: Memo<Option<Plan>> = Memo::new(move |_| {
        plans
            .list
            .with(|ps| ps.iter().find(|p| p.id == plan_id).cloned())
    });
    // The packet language is a per-print choice (the plan's own is the default); the sections
    // left out are remembered for this plan on this device.
    let lang_override = RwSignal::new(None::<PacketLang>);
    let left_out_ids = RwSignal::new(storage::packet_left_out(&id));
    let left_out = move |s: Section| left_out_ids.with(|l| l.iter().any(|x| x == s.id()));
    let prefs_id = StoredValue::new(id.clone());
    let packet_lang = move || {
        lang_override
            .get()
            .or_else(|| plan.with(|p| p.as_ref().map(|p| p.packet_lang)))
            .unwrap_or_default()
    };
    let library = use_library();
    let pages = Memo::new(move |_| {
        let options = Options {
            lang: packet_lang(),
            sections: Section::ALL.into_iter().filter(|s| !left_out(*s)).collect(),
        };
        plan.with(|p| {
            p.as_ref()
                .map(|p| assemble(p, library, &options))
                .unwrap_or_default()
        })
    });
    let back = Route::Plan(id).to_hash();

    view! {
        <Show
            when=move || plan.with(Option::is_some)
            fallback=move || view! {
                <p class="notice" role="alert">{move || strings(lang.get()).no_plans}</p>
                <a href="#/plans">{move || strings(lang.get()).plans_heading}</a>
            }
        >
            <section class="print-view" aria-labelledby="print-heading">
                <div class="print-controls no-print">
                    <p><a href=back.clone()>{move || format!("{} {}", strings(lang.get()).back_arrow, t().back_to_plan)}</a></p>
                    <h2 id="print-heading">{move || t().print_heading}</h2>
                    <p class="hint">{move || t().print_hint}</p>
                    <PrintWarnings plan back=back.clone()/>
                    <form class="print-controls__form" on:submit=|ev| ev.prevent_default()>
                        <fieldset class="print-controls__sections">
                            <legend>{move || t().include_heading}</legend>
                            {Section::ALL
                                .into_iter()
                                .map(|s| view! {
                                    <label class="check">
                                        <input
                                            type="checkbox"
                                            name="section"
                                            value=s.id()
                                            prop:checked=move || !left_out(s)
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                left_out_ids.update(|l| {
                                                    l.retain(|x| x != s.id());
                                                    if !on {
                                                        l.push(s.id().to_string());
                                                    }
                                                });
                                                prefs_id.with_value(|id| {
                                                    left_out_ids.with_untracked(|l| storage::save_packet_left_out(id, l))
                                                });
                                            }
                                        />
                                        <span>{move || s.name(t())}</span>
                                    </label>
                                })
                                .collect_view()}
                        </fieldset>
                        <label class="field">
                            <span>{move || t().language}</span>
                            <select name="packet-lang" on:change=move |ev| {
                                lang_override.set(PacketLang::from_id(&event_target_value(&ev)));
                            }>
                                {PacketLang::ALL.map(|l| view! {
                                    <option value=l.id() selected=move || packet_lang() == l>
                                        {move || {
                                            let ui = strings(lang.get());
                                            match l {
                                                PacketLang::En => ui.packet_en,
                                                PacketLang::Es => ui.packet_es,
                                                PacketLang::Both => ui.packet_both,
                                            }
                                        }}
                                    </option>
                                }).collect_view()}
                            </select>
                        </label>
                        <button type="button" class="button" data-testid="print" on:click=move |_| {
                            let _ = window().print();
                        }>
                            {move || t().print_button}
                        </button>
                    </form>
                </div>
                <div class="packet" data-testid="packet">
                    {move || pages.get().into_iter().map(|page| view! { <PacketPage page plan/> }).collect_view()}
                </div>
            </section>
        </Show>
    }
}

/// One piece of the packet; it starts on a new sheet when printed.
#[component]
fn PacketPage(page: Page, plan: Memo<Option<Plan>>) -> impl IntoView {
    let class = format!("packet-page packet-page--{}", page.section.id());
    let lang = page.lang;
    view! {
        <article
            class=class
            lang=page.lang.code()
            data-section=page.section.id()
            data-audience=page.audience.id()
        >
            <header class="packet-page__head">
                <p class="packet-page__kicker">{page.kicker}</p>
                <h2 class="packet-page__title">{page.title}</h2>
            </header>
            {page
                .blocks
                .into_iter()
                .map(|block| render_block(block, plan, lang))
                .collect_view()}
        </article>
    }
}

fn render_block(block: Block, plan: Memo<Option<Plan>>, lang: Lang) -> AnyView {
    match block {
        Block::Heading(h) => view! { <h3 class="packet-h">{h}</h3> }.into_any(),
        Block::Prose(text) => view! { <div class="prose"><Prose text/></div> }.into_any(),
        Block::List(items) => view! {
            <ul class="packet-list">{items.into_iter().map(|i| view! { <li>{line(&i)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Facts(facts) => view! {
            <dl class="facts">
                {facts.into_iter().map(|f| view! {
                    <div class="facts__row"><dt>{f.label}</dt><dd>{f.value}</dd></div>
                }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::Table { head, rows } => view! {
            <table class="packet-table">
                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        Block::Steps(steps) => view! {
            <ol class="packet-steps">
                {steps.into_iter().map(|s| view! {
                    <li class="packet-step">
                        <p class="packet-step__time">{s.time}</p>
                        <div class="packet-step__body">
                            <h4 class="packet-step__title">
                                {s.title}
                                <span class="packet-step__method">{format!(" ({})", s.method)}</span>
                            </h4>
                            <div class="prose"><Prose text=s.instructions/></div>
                        </div>
                    </li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
        Block::Questions(questions) => view! {
            <ol class="questions">
                {questions.into_iter().enumerate().map(|(n, q)| view! {
                    <li class="question">
                        <p class="question__prompt">
                            <span class="question__number">{format!("{}. ", n + 1)}</span>
                            {q.prompt}
                        </p>
                        <ul class="choices">
                            {q.choices.into_iter().enumerate().map(|(i, c)| view! {
                                <li><span class="choice__letter">{format!("{})", choice_letter(i))}</span>" "{c}</li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
        Block::NameLine { name, date } => view! {
            <p class="name-line">
                <span>{name}</span><span class="name-line__blank name-line__blank--long"></span>
                <span>{date}</span><span class="name-line__blank"></span>
            </p>
        }
        .into_any(),
        // The social-ecological rings, drawn from the plan in the page's language.
        Block::Rings(levels) => {
            let plan = Signal::derive(move || {
                plan.get()
                    .unwrap_or_else(|| Plan::new(String::new(), String::new(), 0))
            });
            view! {
                <div class="packet-rings" data-slot="rings" data-levels=levels.join(",")>
                    <CoverageRings plan size=260 lang/>
                </div>
            }
            .into_any()
        }
        Block::Cards { copies, title, sections } => view! {
            <div class="cut-cards">
                {(0..copies).map(|_| view! {
                    <div class="cut-card">
                        <h3 class="cut-card__title">{title.clone()}</h3>
                        <div class="cut-card__body">
                            {sections.iter().cloned().map(|(h, b)| view! {
                                <section class="cut-card__section">
                                    <h4>{h}</h4>
                                    <div class="prose"><Prose text=b/></div>
                                </section>
                            }).collect_view()}
                        </div>
                    </div>
                }).collect_view()}
            </div>
        }
        .into_any(),
    }
}

/// What the checks still warn about that the printed packet would carry: lessons for another
/// grade band, lessons cut below their minimum, a letter with no organization.
#[component]
fn PrintWarnings(plan: Memo<Option<Plan>>, back: String) -> impl IntoView {
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
                    <p>{t.packet.print_warnings}</p>
                    <ul>
                        {list.into_iter().map(|c| view! {
                            <li data-check=c.kind.id()>
                                <strong>{c.title}</strong>": "{c.summary}
                                {(!c.details.is_empty()).then(|| format!(" {}", c.details.join("; ")))}
                            </li>
                        }).collect_view()}
                    </ul>
                    <p><a href=back.clone()>{format!("{} {}", t.back_arrow, t.packet.back_to_plan)}</a></p>
                </div>
            }
        })
    }
}
