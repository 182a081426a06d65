//! Results as a grid of answers by student code: a code pairs one student's pre- and
//! post-test. Codes that look like names are refused before anything is stored.

use super::grid_key::GridKey;
use super::results::ResultsCtx;
use super::PlanMemo;
use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{delivery_strings, strings};
use planner_domain::results::{check_code, test_items, Student};

#[component]
pub fn GridEditor(ctx: ResultsCtx, plan: PlanMemo) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let t = move || delivery_strings(lang.get());
    // Letters stand for the grid's own items (pinned when the first student is added), so
    // removing a lesson from the plan never shifts a column.
    let normalize = move |typed: &str| {
        plan.with_untracked(|p| {
            p.as_ref().map_or_else(String::new, |p| {
                ctx.results
                    .with_untracked(|r| r.normalize(typed, p, library))
            })
        })
    };
    let questions = move || {
        plan.with(|p| {
            p.as_ref()
                .map_or(0, |p| ctx.results.with(|r| r.grid_len(p, library)))
        })
    };
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = code.get_untracked().trim().to_string();
        let taken: Vec<String> = ctx
            .results
            .with_untracked(|r| r.students.iter().map(|s| s.code.clone()).collect());
        match check_code(
            &typed,
            &taken.iter().map(String::as_str).collect::<Vec<_>>(),
        ) {
            Err(p) => error.set(Some(p)),
            Ok(()) => {
                let items = plan.with_untracked(|p| {
                    p.as_ref()
                        .map(|p| {
                            test_items(p, library)
                                .into_iter()
                                .map(|i| i.key)
                                .collect::<Vec<_>>()
                        })
                        .unwrap_or_default()
                });
                ctx.edit(None, |r| {
                    if r.items.is_empty() {
                        r.items = items;
                    }
                    r.students.push(Student {
                        code: typed,
                        pre: String::new(),
                        post: String::new(),
                    });
                });
                error.set(None);
                code.set(String::new());
            }
        }
    };
    let answers = move |i: usize, pre: bool| {
        view! {
            <td><input type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" name=format!("{}-{i}", if pre { "pre" } else { "post" })
                aria-label=move || format!("{}: {}", ctx.results.with(|r| r.students.get(i).map(|s| s.code.clone()).unwrap_or_default()), if pre { t().pre_answers } else { t().post_answers })
                aria-describedby="answers-hint"
                prop:value=move || ctx.results.with(|r| r.students.get(i).map(|s| if pre { s.pre.clone() } else { s.post.clone() }).unwrap_or_default())
                on:change=move |ev| {
                    let v = normalize(&event_target_value(&ev));
                    ctx.edit(None, |r| if let Some(s) = r.students.get_mut(i) { if pre { s.pre = v } else { s.post = v } });
                }/></td>
        }
    };
    view! {
        <GridKey ctx plan/>
        <p class="hint" id="answers-hint">{move || (t().answers_hint)(questions())}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || t().entry_grid>
            <table class="grid" data-testid="grid">
                <thead><tr>
                    <th scope="col">{move || t().student_code}</th>
                    <th scope="col">{move || t().pre_answers}</th>
                    <th scope="col">{move || t().post_answers}</th>
                    <th scope="col"><span class="visually-hidden">{move || strings(lang.get()).remove}</span></th>
                </tr></thead>
                <tbody>
                    {move || (0..ctx.results.with(|r| r.students.len())).map(|i| view! {
                        <tr data-testid="grid-row">
                            <th scope="row">{move || ctx.results.with(|r| r.students.get(i).map(|s| s.code.clone()).unwrap_or_default())}</th>
                            {answers(i, true)}
                            {answers(i, false)}
                            <td><button type="button" class="button button--quiet" on:click=move |_| ctx.edit(None, |r| { if i < r.students.len() { r.students.remove(i); } })>
                                {move || strings(lang.get()).remove}
                            </button></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <form class="inline" on:submit=add data-testid="add-student-form">
            <label class="field field--short">
                <span>{move || t().student_code}</span>
                <input type="text" name="student-code" autocomplete="off" maxlength="40" aria-describedby="anonymous-note code-error"
                    aria-invalid=move || error.get().is_some().to_string()
                    prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
            </label>
            <button type="submit" class="button button--quiet" data-testid="add-student">{move || t().add_student}</button>
        </form>
        <p class="field-error" id="code-error" role="alert" data-testid="code-error">{move || error.get().map(|p| (t().code_error)(p))}</p>
    }
}
