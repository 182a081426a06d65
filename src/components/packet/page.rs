//! One page of the packet and its blocks, laid out for paper by `style/print.css`.

use crate::components::coverage::CoverageRings;
use crate::components::text::{line, list, Prose};
use leptos::prelude::*;
use planner_domain::packet::{choice_letter, Block, Page};
use planner_domain::plan::Plan;
use planner_domain::Lang;

/// One piece of the packet; it starts on a new sheet when printed.
#[component]
pub fn PacketPage(page: Page, running: String, plan: Memo<Option<Plan>>) -> impl IntoView {
    let class = format!("packet-page packet-page--{} {running}", page.section.id());
    let lang = page.lang;
    let sessions: Vec<String> = page.sessions.iter().map(usize::to_string).collect();
    let sessions = sessions.join(",");
    view! {
        <article
            class=class
            lang=page.lang.code()
            data-section=page.section.id()
            data-audience=page.audience.id()
            data-piece=page.piece
            data-sessions=sessions
            data-running=page.running
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
        Block::List(items) => list(items, "packet-list"),
        Block::Sources(items) => list(items, "packet-list packet-sources"),
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
                    <CoverageRings plan size=300 lang/>
                </div>
            }
            .into_any()
        }
        Block::CardGrid { cards, wide } => view! {
            <ul class=if wide { "card-grid card-grid--wide" } else { "card-grid" }>
                {cards.into_iter().map(|c| view! { <li class="card-grid__card">{line(&c)}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
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
