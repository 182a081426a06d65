//! Review comments: the program lead leaves them in the review view (on the plan or on one
//! lesson); the preventionist sees them in the editor as a list to resolve. They are part of
//! the plan, so they travel in its exported file.

use crate::app::{use_announcer, use_lang, use_plans};
use crate::components::plans::local_date;
use crate::content::use_library;
use crate::state::now;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, short_date};
use planner_domain::plan::Plan;
use planner_domain::review::Comment;

/// The comments of plan `id`, each with Resolve or Reopen; with `write`, the form to add one.
#[component]
pub fn ReviewComments(plan: Memo<Option<Plan>>, id: String, write: bool) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let library = use_library();
    let t = move || daily_strings(lang.get());
    let id = StoredValue::new(id);
    let comments = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.comments.clone()).unwrap_or_default())
    });
    let open = move || comments.with(|c| c.iter().filter(|c| !c.resolved).count());
    let title = move |lesson: &str| {
        library
            .lesson(lesson)
            .map_or(lesson.to_string(), |l| l.title.get(lang.get()).to_string())
    };
    view! {
        <section class="card" aria-labelledby="comments-heading" data-testid="review-comments">
            <h3 id="comments-heading">{move || t().comments_heading}</h3>
            <p data-testid="comments-open">{move || match comments.with(Vec::len) {
                0 => t().no_comments.to_string(),
                _ => (t().comments_to_resolve)(open()),
            }}</p>
            <ul class="comments">
                {move || comments.get().into_iter().enumerate().map(|(i, c)| {
                    let date = local_date(c.at).map(|d| short_date(d, lang.get())).unwrap_or_default();
                    let about = c.lesson.as_deref().map(|l| (t().comment_on)(&title(l)));
                    view! {
                        <li class="comment" class:comment--resolved=c.resolved data-testid="comment">
                            <p class="comment__meta">
                                {(t().comment_by)(&c.author, &date)}
                                {about.map(|a| format!(" · {a}"))}
                                {c.resolved.then(|| format!(" · {}", t().resolved))}
                            </p>
                            <p>{c.text.clone()}</p>
                            <button type="button" class="button button--quiet" data-testid="comment-toggle"
                                on:click=move |_| id.with_value(|id| plans.edit(id, None, |p| p.toggle_resolved(i)))>
                                {if c.resolved { t().reopen } else { t().mark_resolved }}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {write.then(|| view! { <CommentForm plan id=id.get_value()/> })}
        </section>
    }
}

/// Who, about what, and the comment.
#[component]
fn CommentForm(plan: Memo<Option<Plan>>, id: String) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let announcer = use_announcer();
    let library = use_library();
    let t = move || daily_strings(lang.get());
    let author = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let about = RwSignal::new(String::new());
    let lessons = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.items
                        .iter()
                        .map(|it| it.lesson.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lesson = about.get_untracked();
        let comment = Comment::new(
            &author.get_untracked(),
            now(),
            (!lesson.is_empty()).then_some(lesson.as_str()),
            &text.get_untracked(),
        );
        let mut added = false;
        plans.edit(&id, None, |p| added = p.comment(comment));
        if added {
            text.set(String::new());
            announcer.say(
                daily_strings(lang.get_untracked())
                    .comment_added
                    .to_string(),
            );
        }
    };
    view! {
        <form class="comment-form" data-testid="comment-form" on:submit=submit>
            <div class="form-grid">
                <label class="field">
                    <span>{move || t().your_name}</span>
                    <input type="text" name="comment-author" required prop:value=move || author.get()
                        on:input=move |ev| author.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || t().comment_about}</span>
                    <select name="comment-about" on:change=move |ev| about.set(event_target_value(&ev))>
                        <option value="" selected=move || about.with(String::is_empty)>{move || t().whole_plan}</option>
                        {move || lessons.get().into_iter().enumerate().map(|(i, l)| {
                            let name = library.lesson(&l).map_or(l.clone(), |x| x.title.get(lang.get()).to_string());
                            let value = l.clone();
                            view! { <option value=l selected=move || about.get() == value>{format!("{}. {name}", i + 1)}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <label class="field">
                <span>{move || t().comment}</span>
                <textarea name="comment-text" rows="3" required prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </label>
            <button type="submit" class="button" data-testid="add-comment">{move || t().add_comment}</button>
        </form>
    }
}
