//! The print view: what to print (sections, a session, languages), a Print button, a Word
//! copy, and a preview that is exactly what prints. The domain (`planner_domain::packet`)
//! decides every page and text; these files only lay the pages out (see `style/print.css`).

mod controls;
mod docx;
mod page;
mod running;
mod test_items;
mod warnings;

use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::{packet_strings, plan_strings, strings};
use planner_domain::packet::{assemble, running_css, Options, Page, Section};
use planner_domain::plan::{PacketLang, Plan};
use planner_domain::route::Route;
use planner_domain::Lang;

pub use docx::LessonDocx;

/// What the preventionist chose for this print; the plan's own settings are the defaults.
#[derive(Clone, Copy)]
struct Choice {
    lang: RwSignal<Option<PacketLang>>,
    /// `None`: the facilitator's pages in both languages too.
    facilitator: RwSignal<Option<Lang>>,
    session: RwSignal<Option<usize>>,
    left_out: RwSignal<Vec<String>>,
}

impl Choice {
    fn has(&self, s: Section) -> bool {
        self.left_out.with(|l| !l.iter().any(|x| x == s.id()))
    }
}

#[component]
pub fn PrintView(id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let plan_id = id.clone();
    let plan: Memo<Option<Plan>> = Memo::new(move |_| {
        plans
            .list
            .with(|ps| ps.iter().find(|p| p.id == plan_id).cloned())
    });
    // The sections left out are remembered for this plan on this device.
    let choice = Choice {
        lang: RwSignal::new(None),
        facilitator: RwSignal::new(Some(lang.get_untracked())),
        session: RwSignal::new(None),
        left_out: RwSignal::new(storage::packet_left_out(&id)),
    };
    let packet_lang = Signal::derive(move || {
        choice
            .lang
            .get()
            .or_else(|| plan.with(|p| p.as_ref().map(|p| p.packet_lang)))
            .unwrap_or_default()
    });
    let library = use_library();
    // One memo reads the plan and the choices directly: a memo between them (the options)
    // would make a diamond that a plan edit does not get through.
    let pages = Memo::new(move |_| {
        let Some(plan) = plan.get() else {
            return Vec::new();
        };
        let options = Options {
            lang: choice.lang.get().unwrap_or(plan.packet_lang),
            facilitator_lang: choice.facilitator.get(),
            sections: Section::ALL
                .into_iter()
                .filter(|s| choice.has(*s))
                .collect(),
            session: choice.session.get(),
        };
        assemble(&plan, library, &options)
    });
    let running = Memo::new(move |_| pages.with(|p| running_css(p)));
    running::adopt(Signal::derive(move || running.with(|r| r.1.clone())));
    let back = Route::Plan(id.clone()).to_hash();

    view! {
        <Show
            when=move || plan.with(Option::is_some)
            fallback=move || view! {
                <p class="notice" role="alert">{move || plan_strings(lang.get()).no_plans}</p>
                <a href="#/plans">{move || plan_strings(lang.get()).plans_heading}</a>
            }
        >
            <section class="print-view" aria-labelledby="print-heading">
                <div class="print-controls no-print">
                    <p><a href=back.clone()>{move || format!("{} {}", strings(lang.get()).back_arrow, packet_strings(lang.get()).back_to_plan)}</a></p>
                    <h2 id="print-heading">{move || packet_strings(lang.get()).print_heading}</h2>
                    <p class="hint">{move || packet_strings(lang.get()).print_hint}</p>
                    <warnings::PrintWarnings plan packet_lang back=back.clone()/>
                    <controls::Controls id=id.clone() plan choice packet_lang/>
                    <test_items::TestItems id=id.clone() plan/>
                    <docx::PacketDocx pages plan/>
                </div>
                <div class="packet" data-testid="packet">
                    // Drawn from the pages alone: reading the running-header memo here too
                    // would leave the preview stale when an edit keeps the headers the same.
                    {move || {
                        let pages = pages.get();
                        let classes = running_css(&pages).0;
                        pages
                            .into_iter()
                            .zip(classes)
                            .map(|(page, running): (Page, String)| view! { <page::PacketPage page running plan/> })
                            .collect_view()
                    }}
                </div>
            </section>
        </Show>
    }
}
