//! A section's pre/post results: anonymous tallies or answers by student code, and what
//! changed. Every field says that no name goes here.

use super::grid::GridEditor;
use super::outcomes::OutcomesTable;
use super::tally::TallyEditor;
use super::{plan_memo, section_index};
use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{delivery_strings, plan_strings, strings};
use planner_domain::report::section_name;
use planner_domain::results::{test_items, Entry, Results};
use planner_domain::route::Route;

/// Where the results editors read and write: the plan, the section's index, and its results.
#[derive(Clone, Copy)]
pub struct ResultsCtx {
    pub plan_id: StoredValue<String>,
    pub index: usize,
    pub results: Memo<Results>,
}

impl ResultsCtx {
    /// Changes the results as one undo step (typing in field `key` joins the last one).
    pub fn edit(&self, key: Option<&str>, f: impl FnOnce(&mut Results)) {
        let plans = use_plans();
        let library = use_library();
        let index = self.index;
        let key = key.map(|k| format!("{}.results{index}.{k}", self.plan_id.get_value()));
        plans.edit(&self.plan_id.get_value(), key.as_deref(), move |p| {
            // Results entered the old way are re-keyed before the first change.
            let read = p
                .sections
                .get(index)
                .map(|s| s.results.upgraded(p, library));
            if let (Some(s), Some(mut r)) = (p.sections.get_mut(index), read) {
                f(&mut r);
                s.results = r;
            }
        });
    }
}

#[component]
pub fn ResultsView(plan_id: String, section_id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    let plan = plan_memo(plans, plan_id.clone());
    let Some(index) =
        plan.with_untracked(|p| p.as_ref().and_then(|p| section_index(p, &section_id)))
    else {
        return view! { <p class="notice" role="alert">{move || plan_strings(lang.get()).no_plans}</p> }
            .into_any();
    };
    let results = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| {
                    p.sections
                        .get(index)
                        .map(|s| s.results.upgraded(p, library))
                })
                .unwrap_or_default()
        })
    });
    let keys = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| test_items(p, library).len())
                .unwrap_or(0)
        })
    });
    let ctx = ResultsCtx {
        plan_id: StoredValue::new(plan_id.clone()),
        index,
        results,
    };
    let back = Route::Deliver(plan_id, section_id).to_hash();
    let name = move || {
        plan.with(|p| {
            p.as_ref()
                .map(|p| section_name(p, index, lang.get()))
                .unwrap_or_default()
        })
    };
    let entry = move || results.with(|r| r.entry);
    let date_field = move |label: fn(
        &'static planner_domain::i18n::delivery::DeliveryStrings,
    ) -> &'static str,
                           name: &'static str,
                           pre: bool| {
        view! {
            <label class="field field--short">
                <span>{move || label(t())}</span>
                <input type="date" name=name
                    prop:value=move || results.with(|r| if pre { r.pre_date } else { r.post_date }).map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let d = event_target_value(&ev).parse().ok();
                        ctx.edit(None, |r| if pre { r.pre_date = d } else { r.post_date = d });
                    }/>
            </label>
        }
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            <a href=back>{move || strings(lang.get()).back_arrow}" "{move || t().back_to_sessions}</a>
            <h2 id="results-heading">{move || (t().results_heading)(&name())}</h2>
            <p class="notice notice--privacy" id="anonymous-note" data-testid="anonymous-note">{move || t().anonymous_note}</p>
            <Show when=move || keys.get() == 0><p class="notice">{move || t().no_test_items}</p></Show>
            <fieldset class="choices">
                <legend>{move || t().entry_label}</legend>
                {[(Entry::Tally, "tally"), (Entry::Grid, "grid")].map(|(e, id)| view! {
                    <label class="check">
                        <input type="radio" name="entry" value=id prop:checked=move || entry() == e
                            on:change=move |_| ctx.edit(None, |r| r.entry = e)/>
                        <span>{move || if e == Entry::Tally { t().entry_tally } else { t().entry_grid }}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="form-grid">
                {date_field(|t| t.pre_date, "pre-date", true)}
                {date_field(|t| t.post_date, "post-date", false)}
            </div>
            {move || match entry() {
                Entry::Tally => view! { <TallyEditor ctx plan/> }.into_any(),
                Entry::Grid => view! { <GridEditor ctx plan/> }.into_any(),
            }}
            <OutcomesTable plan results/>
        </section>
    }
    .into_any()
}
