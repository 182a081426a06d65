//! Results as a tally: per question, how many answered and how many were correct, before
//! and after.

use super::results::ResultsCtx;
use super::PlanMemo;
use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::delivery_strings;
use planner_domain::results::{short_prompt, test_items, Count, ItemTally};

#[component]
pub fn TallyEditor(ctx: ResultsCtx, plan: PlanMemo) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    let keys = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    test_items(p, library)
                        .iter()
                        .map(|i| (i.key.clone(), i.number, i.item))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let columns: [Column; 4] = [
        (
            || delivery_strings(use_lang().get()).pre_answered,
            "pre-answered",
            |x| x.pre.answered,
            |x, n| x.pre.answered = n,
        ),
        (
            || delivery_strings(use_lang().get()).pre_correct,
            "pre-correct",
            |x| x.pre.correct,
            |x, n| x.pre.correct = n,
        ),
        (
            || delivery_strings(use_lang().get()).post_answered,
            "post-answered",
            |x| x.post.answered,
            |x, n| x.post.answered = n,
        ),
        (
            || delivery_strings(use_lang().get()).post_correct,
            "post-correct",
            |x| x.post.correct,
            |x, n| x.post.correct = n,
        ),
    ];
    let bad = move |key: &str| {
        ctx.results.with(|r| {
            r.tally
                .iter()
                .any(|x| x.item == key && (over(x.pre) || over(x.post)))
        })
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || t().entry_tally>
            <table class="tally" data-testid="tally">
                <thead><tr>
                    <th scope="col">{move || t().col_question}</th>
                    {columns.iter().map(|(label, _, _, _)| { let label = *label; view! { <th scope="col">{label}</th> } }).collect_view()}
                </tr></thead>
                <tbody>
                    <For each=move || keys.get() key=|k| k.0.clone() let:k>
                        {
                            let (key, number, item) = k;
                            let key = StoredValue::new(key);
                            let prompt = move || short_prompt(item, lang.get());
                            view! {
                                <tr data-testid="tally-row">
                                    <th scope="row" class="tally__question">
                                        <span class="tally__number">{move || (t().item_n)(number)}</span>
                                        <span class="tally__prompt">{prompt}</span>
                                        {move || bad(&key.get_value()).then(|| view! { <span class="field-error" role="alert">" "{t().more_correct_than_answered}</span> })}
                                    </th>
                                    {columns.iter().map(|&(label, name, get, set)| view! {
                                        <td><input type="number" inputmode="numeric" min="0" max="999" name=format!("{name}-{number}")
                                            aria-label=move || format!("{}, {}", (t().item_n)(number), label())
                                            prop:value=move || ctx.results.with(|r| r.tally.iter().find(|x| x.item == key.get_value()).map(|x| get(x).to_string()).unwrap_or_default())
                                            on:input=move |ev| {
                                                let n = super::parse_number::<u32>(&event_target_value(&ev)).unwrap_or(0);
                                                ctx.edit(Some(&format!("{name}-{number}")), |r| set(r.tally_mut(&key.get_value()), n));
                                            }/></td>
                                    }).collect_view()}
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// A column of the tally: its label, field name, and how it reads and writes a tally.
type Column = (
    fn() -> &'static str,
    &'static str,
    fn(&ItemTally) -> u32,
    fn(&mut ItemTally, u32),
);

fn over(c: Count) -> bool {
    c.correct > c.answered
}
