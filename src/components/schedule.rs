//! A section's schedule: each session's date as a list, and the months as a small calendar
//! (`delivery::schedules` chooses the section when a plan has several).

use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{long_date, month_year, plan_strings, short_date, strings};
use planner_domain::plan::Plan;
use planner_domain::schedule::{month_grid, months, section_sessions};
use planner_domain::section::Section;

/// The schedule of section `section` (an index; the first when not given).
#[component]
pub fn ScheduleView(
    plan: Memo<Option<Plan>>,
    #[prop(optional)] section: Option<Signal<usize>>,
    /// Shown under the heading: the section chooser.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let index = move || section.map_or(0, |s| s.get());
    let read = move |f: &dyn Fn(&Plan, &Section) -> bool| {
        plan.with(|p| {
            p.as_ref()
                .is_some_and(|p| f(p, p.sections.get(index()).unwrap_or(p.first())))
        })
    };
    let list = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| section_sessions(p, p.sections.get(index()).unwrap_or(p.first()), library))
                .unwrap_or_default()
        })
    });

    view! {
        <section class="card schedule" aria-labelledby="schedule-heading">
            <h3 id="schedule-heading">{move || plan_strings(lang.get()).schedule_heading}</h3>
            {children.map(|c| c())}
            <Show when=move || read(&|_, s| !s.is_scheduled())>
                <p class="hint">{move || plan_strings(lang.get()).schedule_needs_dates}</p>
            </Show>
            <ol class="session-list" data-testid="session-list">
                {move || {
                    let lang = lang.get();
                    let t = strings(lang);
                    let scheduled = read(&|_, s| s.is_scheduled());
                    plan.with(|p| {
                        let Some(p) = p else { return Vec::new() };
                        list.get()
                            .into_iter()
                            .map(|s| {
                                let item = &p.items[s.item];
                                let title = library
                                    .lesson(&item.lesson)
                                    .map_or(item.lesson.clone(), |l| l.title.get(lang).to_string());
                                let part = (s.parts > 1).then(|| format!(" ({})", (plan_strings(lang).part_of)(s.part, s.parts)));
                                let date = match (s.date, scheduled) {
                                    (Some(d), _) => long_date(d, lang),
                                    (None, true) => plan_strings(lang).schedule_runs_out.to_string(),
                                    (None, false) => String::new(),
                                };
                                view! {
                                    <li data-date=s.date.map(|d| d.to_string()).unwrap_or_default()>
                                        <span class="session-list__date">{date}</span>
                                        <span class="session-list__title">{format!("{} — {title}", (plan_strings(lang).session_n)(s.number))}{part}</span>
                                        <span class="session-list__minutes">{format!("{} {}", s.minutes, t.min)}</span>
                                    </li>
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                }}
            </ol>
            <div class="calendar" aria-labelledby="calendar-heading">
                <h4 id="calendar-heading">{move || plan_strings(lang.get()).calendar_heading}</h4>
                {move || {
                    let lang = lang.get();
                    let dates: Vec<_> = list.get().into_iter().filter_map(|s| s.date.map(|d| (d, s.number))).collect();
                    let no_class = plan.with(|p| p.as_ref().and_then(|p| p.sections.get(index())).map(|s| s.skipped_dates()).unwrap_or_default());
                    let only_dates: Vec<_> = dates.iter().map(|(d, _)| *d).collect();
                    months(&only_dates)
                        .into_iter()
                        .map(|month| view! {
                            <table class="month">
                                <caption>{month_year(month, lang)}</caption>
                                <thead><tr>{plan_strings(lang).weekdays_short.iter().map(|d| view! { <th scope="col">{*d}</th> }).collect_view()}</tr></thead>
                                <tbody>
                                    {month_grid(month).into_iter().map(|week| view! {
                                        <tr>
                                            {week.into_iter().map(|day| match day {
                                                None => view! { <td></td> }.into_any(),
                                                Some(d) => {
                                                    let session = dates.iter().find(|(x, _)| *x == d).map(|(_, n)| *n);
                                                    let off = no_class.contains(&d);
                                                    let label = match (session, off) {
                                                        (Some(n), _) => format!("{}: {}", short_date(d, lang), (plan_strings(lang).session_n)(n)),
                                                        (None, true) => format!("{}: {}", short_date(d, lang), plan_strings(lang).no_class),
                                                        _ => short_date(d, lang),
                                                    };
                                                    let title = label.clone();
                                                    view! {
                                                        <td class:session-day=session.is_some() class:no-class-day=off title=title>
                                                            <span aria-hidden="true">{chrono::Datelike::day(&d)}</span>
                                                            {session.map(|n| view! { <span class="session-mark" aria-hidden="true">{(plan_strings(lang).session_mark)(n)}</span> })}
                                                            <span class="visually-hidden">{label}</span>
                                                        </td>
                                                    }.into_any()
                                                }
                                            }).collect_view()}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        })
                        .collect_view()
                }}
            </div>
        </section>
    }
}
