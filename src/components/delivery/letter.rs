//! When each section's family letter should go home (two weeks before its first session),
//! a gentle reminder once that date has passed, and "mark it sent". The dates and the
//! reasoning are `planner_domain::letter`'s.

use super::{edit_section, today, PlanMemo};
use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, long_date};
use planner_domain::letter::{self, LetterState};
use planner_domain::report::section_name;

/// The plan editor's card: why the letter goes ahead, and every section's date.
#[component]
pub fn LetterCard(plan: PlanMemo, id: String) -> impl IntoView {
    let lang = use_lang();
    let t = move || daily_strings(lang.get());
    let id = StoredValue::new(id);
    let count = Memo::new(move |_| plan.with(|p| p.as_ref().map_or(0, |p| p.sections.len())));
    view! {
        <section class="card" aria-labelledby="letter-heading" data-testid="letter-card">
            <h3 id="letter-heading">{move || t().letter_heading}</h3>
            <p class="hint">{move || t().letter_why}</p>
            <ul class="letter-list">
                {move || (0..count.get()).map(|i| view! { <li><LetterPrompt plan id=id.get_value() index=i named=true/></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// Section `index`'s letter: the date to send it by, or a reminder, or when it was sent.
#[component]
pub fn LetterPrompt(
    plan: PlanMemo,
    /// The plan's id, to mark the letter sent.
    id: String,
    index: usize,
    /// Whether to start with the section's name (when several are listed together) rather
    /// than "Family letter".
    named: bool,
) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let announcer = use_announcer();
    let t = move || daily_strings(lang.get());
    let id = StoredValue::new(id);
    let state = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.sections.get(index).map(|s| (p, s)))
                .map(|(p, s)| letter::state(p, s, library, today()))
        })
    });
    let name = move || {
        plan.with(|p| {
            p.as_ref()
                .map(|p| section_name(p, index, lang.get()))
                .unwrap_or_default()
        })
    };
    let text = move || {
        let l = lang.get();
        let date = |d| long_date(d, l);
        match state.get() {
            None | Some(LetterState::Unscheduled) => t().letter_unscheduled.to_string(),
            Some(LetterState::Sent { on }) => (t().letter_sent_on)(&date(on)),
            Some(LetterState::Due { by, first }) => (t().letter_due)(&date(by), &date(first)),
            Some(LetterState::Late {
                by, started: true, ..
            }) => (t().letter_late_started)(&date(by)),
            Some(LetterState::Late { by, first, .. }) => (t().letter_late)(&date(by), &date(first)),
        }
    };
    let state_id = move || match state.get() {
        None | Some(LetterState::Unscheduled) => "unscheduled",
        Some(LetterState::Sent { .. }) => "sent",
        Some(LetterState::Due { .. }) => "due",
        Some(LetterState::Late { .. }) => "late",
    };
    let sent = move || matches!(state.get(), Some(LetterState::Sent { .. }));
    let mark = move |_| {
        let on = (!sent()).then(today);
        edit_section(plans, &id.get_value(), index, None, |s| s.letter_sent = on);
        let t = daily_strings(lang.get_untracked());
        announcer.say(match on {
            Some(d) => (t.letter_sent_on)(&long_date(d, lang.get_untracked())),
            None => t.letter_unmarked.to_string(),
        });
    };
    view! {
        <div class=move || format!("letter letter--{}", state_id()) data-testid="letter-prompt" data-state=state_id>
            <p class="letter__text">
                <strong>{move || if named { name() } else { t().letter_heading.to_string() }}": "</strong>
                {text}
            </p>
            <Show when=move || state_id() != "unscheduled">
                <button type="button" class="button button--quiet no-print" data-testid="mark-letter" on:click=mark>
                    {move || if sent() { t().mark_letter_unsent } else { t().mark_letter_sent }}
                    <span class="visually-hidden">{move || format!(" ({})", name())}</span>
                </button>
            </Show>
        </div>
    }
}
