//! The restore preview: what a backup file holds against this device (new, differing, already
//! here), a tick per differing plan or lesson to take the backup's version, and nothing
//! changed until "Restore". The sorting and merging are `planner_domain::backup`'s.

use crate::app::{use_announcer, use_lang, use_plans};
use crate::components::plans::local_date;
use crate::state::{Announcer, Plans};
use crate::storage;
use leptos::prelude::*;
use planner_domain::backup::{self, BackupError, Preview};
use planner_domain::i18n::{backup_strings, data_strings, short_date, strings};
use planner_domain::Lang;

/// What the restore shows: nothing, a preview waiting for confirmation, or a refusal.
#[derive(Clone, Debug, PartialEq)]
pub enum Restoring {
    None,
    Ready(Preview),
    Refused(BackupError),
}

/// Restores what the preview holds (the changed plans and lessons in `ticked` replaced).
fn confirm(plans: Plans, announcer: Announcer, preview: &Preview, ticked: &[String], lang: Lang) {
    let mut list = plans.list.get_untracked();
    let mut packs = storage::load_lessons().0;
    let mut settings = storage::settings();
    let done = backup::apply(preview, ticked, &mut list, &mut packs, &mut settings);
    plans.restore(list);
    if done.lessons > 0 {
        storage::save_lessons(packs);
        crate::app::use_my_lessons().reload();
    }
    storage::restore_settings(&settings);
    announcer.say((backup_strings(lang).restored)(done.plans, done.lessons));
}

fn date(millis: i64, lang: Lang) -> String {
    local_date(millis).map_or_else(String::new, |d| short_date(d, lang))
}

/// One list of the preview: its heading and an item per entry, each with an optional tick.
fn section(
    heading: &'static str,
    testid: &'static str,
    rows: Vec<(String, String, Option<String>)>,
    ticked: RwSignal<Vec<String>>,
    lang: Lang,
) -> impl IntoView {
    let t = backup_strings(lang);
    (!rows.is_empty()).then(|| {
        let items = rows
            .into_iter()
            .map(|(name, detail, tick)| {
                let tick = tick.map(|id| {
                    let key = id.clone();
                    view! {
                        <label class="check">
                            <input type="checkbox" data-testid="restore-replace"
                                prop:checked=move || ticked.with(|t| t.contains(&key))
                                on:change=move |_| ticked.update(|t| match t.iter().position(|x| *x == id) {
                                    Some(i) => { t.remove(i); }
                                    None => t.push(id.clone()),
                                })/>
                            {t.replace}<span class="visually-hidden">{format!(": {name}")}</span>
                        </label>
                    }
                });
                view! { <li>{name.clone()}" "<span class="hint">{detail}</span>{tick}</li> }
            })
            .collect_view();
        view! {
            <h4>{heading}</h4>
            <ul data-testid=testid>{items}</ul>
        }
    })
}

/// The preview of a backup file, or the reason it was refused.
#[component]
pub fn RestorePreview(restoring: RwSignal<Restoring>) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let announcer = use_announcer();
    let ticked = RwSignal::new(Vec::<String>::new());
    move || {
        let lang = lang.get();
        let t = backup_strings(lang);
        match restoring.get() {
            Restoring::None => None,
            Restoring::Refused(e) => Some(view! {
                <div class="notice notice--error" role="alert" data-testid="restore-error">
                    <p>{(t.restore_error)(&e)}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| restoring.set(Restoring::None)>
                        {strings(lang).dismiss}
                    </button>
                </div>
            }.into_any()),
            Restoring::Ready(p) => {
                let new_plans = p.new_plans.iter().map(|x| (x.name.clone(), x.school.clone(), None)).collect();
                let changed_plans = p.changed_plans.iter().map(|c| (
                    c.here.name.clone(),
                    (t.edited)(&date(c.here.edited, lang), &date(c.backup.edited, lang)),
                    Some(c.backup.id.clone()),
                )).collect();
                let new_lessons = p.new_lessons.iter().map(|l| (l.title_in(lang), String::new(), None)).collect();
                let changed_lessons = p.changed_lessons.iter().map(|c| (
                    c.here.title_in(lang), String::new(), Some(c.backup.id.clone()),
                )).collect();
                let any_changed = !p.changed_plans.is_empty() || !p.changed_lessons.is_empty();
                let empty = p.is_empty();
                let heading = (t.preview_heading)(&date(p.backup.created, lang));
                Some(view! {
                    <section class="card import-preview" aria-labelledby="restore-heading" data-testid="restore-preview">
                        <h3 id="restore-heading">{heading}</h3>
                        {section(t.new_plans, "restore-new-plans", new_plans, ticked, lang)}
                        {section(t.changed_plans, "restore-changed-plans", changed_plans, ticked, lang)}
                        {section(t.new_lessons, "restore-new-lessons", new_lessons, ticked, lang)}
                        {section(t.changed_lessons, "restore-changed-lessons", changed_lessons, ticked, lang)}
                        {any_changed.then(|| view! { <p class="hint">{t.changed_hint}</p> })}
                        {Some(if empty { t.nothing_new.to_string() } else { (t.same)(p.same_plans, p.same_lessons) }).filter(|s| !s.is_empty()).map(|s| view! { <p data-testid="restore-same">{s}</p> })}
                        <div class="toolbar__actions">
                            <button type="button" class="button" data-testid="restore-confirm" disabled=empty on:click=move |_| {
                                if let Restoring::Ready(p) = restoring.get_untracked() {
                                    confirm(plans, announcer, &p, &ticked.get_untracked(), lang);
                                }
                                ticked.set(Vec::new());
                                restoring.set(Restoring::None);
                            }>{t.restore_confirm}</button>
                            <button type="button" class="button button--quiet" data-testid="restore-cancel" on:click=move |_| {
                                ticked.set(Vec::new());
                                restoring.set(Restoring::None);
                            }>{data_strings(lang).cancel}</button>
                        </div>
                    </section>
                }.into_any())
            }
        }
    }
}
