//! One plan: its details, its lessons (reorder by drag or keyboard, notes, skipped steps,
//! splitting), and its schedule. Every change autosaves and can be undone.

use crate::app::{use_announcer, use_lang, use_plans};
use crate::components::band_swap::BandSwapOffer;
use crate::components::comments::ReviewComments;
use crate::components::coverage::{CoverageCard, LanguageAdvice};
use crate::components::delivery::schedules::SectionSchedules;
use crate::components::delivery::section_schedule::SectionSchedule;
use crate::components::delivery::sections::SectionsCard;
use crate::components::field::synced_value;
use crate::components::plan_item_row::PlanItemRow;
use crate::components::share::PlanTransfer;
use crate::content::use_library;
use crate::state::Plans;
use leptos::prelude::*;
use planner_domain::i18n::{strings, Strings};
use planner_domain::plan::{Contact, ContactKind, PacketLang, Plan, GRADES};
use planner_domain::Lang;
use wasm_bindgen::JsCast;

type PlanMemo = Memo<Option<Plan>>;

#[component]
pub fn PlanEditor(id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let plan_id = id.clone();
    let plan: PlanMemo = Memo::new(move |_| {
        plans
            .list
            .with(|ps| ps.iter().find(|p| p.id == plan_id).cloned())
    });
    // Opening a plan makes it where "Add to plan" goes, at its end unless a row says otherwise.
    if plans.target.get_untracked().as_deref() != Some(id.as_str()) {
        plans.insert_after.set(None);
    }
    plans.target.set(Some(id.clone()));
    let exists = move || plan.with(Option::is_some);
    let id = StoredValue::new(id);

    view! {
        <Show
            when=exists
            fallback=move || view! {
                <p class="notice" role="alert">{move || t().no_plans}</p>
                <a href="#/plans">{move || t().plans_heading}</a>
            }
        >
            <section class="plan-editor" aria-labelledby="plan-heading">
                <div class="toolbar">
                    <h2 id="plan-heading">{move || plan.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())}</h2>
                    <div class="toolbar__actions">
                        <a class="button" data-testid="print-packet"
                            href=move || planner_domain::route::Route::Print(id.get_value()).to_hash()>
                            {move || t().packet.print_link}
                        </a>
                        <button type="button" class="button button--quiet" data-testid="undo"
                            disabled=move || !plans.can_undo(&id.get_value()) on:click=move |_| plans.undo(&id.get_value())>
                            {move || t().undo}
                        </button>
                        <button type="button" class="button button--quiet" data-testid="redo"
                            disabled=move || !plans.can_redo(&id.get_value()) on:click=move |_| plans.redo(&id.get_value())>
                            {move || t().redo}
                        </button>
                    </div>
                </div>
                <PlanTransfer plan/>
                <Show when=move || plan.with(|p| p.as_ref().is_some_and(|p| !p.comments.is_empty()))>
                    <ReviewComments plan id=id.get_value() write=false/>
                </Show>
                <PlanDetails plan id=id.get_value()/>
                <SectionsCard plan id=id.get_value()/>
                <BandSwapOffer plan id=id.get_value()/>
                <PlanItems plan id=id.get_value()/>
                <CoverageCard plan id=id.get_value()/>
                <SectionSchedules plan/>
            </section>
        </Show>
    }
}

/// A labelled text input bound to one field of the plan; typing in it is one undo step.
fn text_input(
    plans: Plans,
    plan: PlanMemo,
    id: String,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    field: &'static str,
    get: fn(&Plan) -> String,
    set: fn(&mut Plan, String),
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="text"
                name=field
                use:synced_value=Signal::derive(move || plan.with(|p| p.as_ref().map(get).unwrap_or_default()))
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    plans.edit(&id, Some(&format!("{id}.{field}")), |p| set(p, value));
                }
            />
        </label>
    }
}

#[component]
fn PlanDetails(plan: PlanMemo, id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let read = move |f: fn(&Plan) -> String| plan.with(|p| p.as_ref().map(f).unwrap_or_default());
    let id_s = StoredValue::new(id.clone());
    let edit = move |key: Option<&str>, f: Box<dyn FnOnce(&mut Plan)>| {
        id_s.with_value(|id| plans.edit(id, key, f))
    };
    view! {
        <section class="card" aria-labelledby="details-heading">
            <h3 id="details-heading">{move || t().plan_details}</h3>
            <div class="form-grid">
                {text_input(plans, plan, id.clone(), move || t().plan_name, "name", |p| p.name.clone(), |p, v| p.name = v)}
                {text_input(plans, plan, id.clone(), move || t().school, "school", |p| p.school.clone(), |p, v| p.school = v)}
                {text_input(plans, plan, id.clone(), move || t().facilitators, "facilitators", |p| p.facilitators.clone(), |p, v| p.facilitators = v)}
                {text_input(plans, plan, id.clone(), move || t().organization, "organization", |p| p.organization.clone(), |p, v| p.organization = v)}
                <label class="field">
                    <span>{move || t().grade}</span>
                    <select name="grade" on:change=move |ev| {
                        if let Ok(g) = event_target_value(&ev).parse::<u8>() {
                            edit(None, Box::new(move |p| p.grade = g));
                        }
                    }>
                        {GRADES.map(|g| view! {
                            <option value=g.to_string() selected=move || plan.with(|p| p.as_ref().is_some_and(|p| p.grade == g))>
                                {move || (t().grade_n)(g)}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t().packet_lang}</span>
                    <select name="packet-lang" on:change=move |ev| {
                        if let Some(l) = PacketLang::from_id(&event_target_value(&ev)) {
                            edit(None, Box::new(move |p| p.packet_lang = l));
                        }
                    }>
                        {PacketLang::ALL.map(|l| view! {
                            <option value=l.id() selected=move || plan.with(|p| p.as_ref().is_some_and(|p| p.packet_lang == l))>
                                {move || packet_lang_label(l, t())}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <SectionSchedule plan id=id.clone() index=0/>
            <ContactsEditor plan id=id.clone()/>
            <label class="field">
                <span>{move || t().notes}</span>
                <textarea name="notes" rows="3"
                    use:synced_value=Signal::derive(move || read(|p| p.notes.clone()))
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let key = id_s.with_value(|id| format!("{id}.notes"));
                        edit(Some(&key), Box::new(move |p| p.notes = v));
                    }
                ></textarea>
            </label>
            <LanguageAdvice text=Signal::derive(move || read(|p| p.notes.clone()))/>
        </section>
    }
}

fn packet_lang_label(l: PacketLang, t: &'static Strings) -> &'static str {
    match l {
        PacketLang::En => t.packet_en,
        PacketLang::Es => t.packet_es,
        PacketLang::Both => t.packet_both,
    }
}

fn contact_kind_label(kind: ContactKind, t: &'static Strings) -> &'static str {
    match kind {
        ContactKind::Counselor => t.counselor,
        ContactKind::CrisisCenter => t.crisis_center,
        ContactKind::Other => t.other_contact,
    }
}

/// A text field of a referral contact.
#[derive(Clone, Copy, PartialEq)]
enum ContactField {
    /// The role, for an "other" contact.
    Label,
    Name,
    Phone,
}

impl ContactField {
    fn key(self) -> &'static str {
        match self {
            ContactField::Label => "label",
            ContactField::Name => "name",
            ContactField::Phone => "phone",
        }
    }

    fn label(self, t: &'static Strings) -> &'static str {
        match self {
            ContactField::Label => t.contact_role,
            ContactField::Name => t.contact_name,
            ContactField::Phone => t.contact_phone,
        }
    }

    fn of(self, c: &Contact) -> &String {
        match self {
            ContactField::Label => &c.label,
            ContactField::Name => &c.name,
            ContactField::Phone => &c.phone,
        }
    }

    fn of_mut(self, c: &mut Contact) -> &mut String {
        match self {
            ContactField::Label => &mut c.label,
            ContactField::Name => &mut c.name,
            ContactField::Phone => &mut c.phone,
        }
    }
}

#[component]
fn ContactsEditor(plan: PlanMemo, id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let id = StoredValue::new(id);
    let count = move || plan.with(|p| p.as_ref().map_or(0, |p| p.contacts.len()));
    let field = move |i: usize, which: ContactField| {
        let get = move || {
            plan.with(|p| {
                p.as_ref()
                    .and_then(|p| p.contacts.get(i))
                    .map(|c| which.of(c).clone())
                    .unwrap_or_default()
            })
        };
        let key = which.key();
        view! {
            <label class="field">
                <span>{move || which.label(t())}</span>
                <input type=if which == ContactField::Phone { "tel" } else { "text" } name=format!("contact-{i}-{key}")
                    use:synced_value=Signal::derive(get)
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        id.with_value(|id| plans.edit(id, Some(&format!("{id}.contact.{i}.{key}")), |p| {
                            if let Some(c) = p.contacts.get_mut(i) {
                                *which.of_mut(c) = v;
                            }
                        }));
                    }
                />
            </label>
        }
    };
    view! {
        <fieldset class="contacts">
            <legend>{move || t().contacts}</legend>
            <For each=move || 0..count() key=|i| *i children=move |i| {
                let kind = move || plan.with(|p| p.as_ref().and_then(|p| p.contacts.get(i)).map_or(ContactKind::Other, |c| c.kind));
                view! {
                    <div class="contact" data-contact=i>
                        <p class="contact__kind">{move || contact_kind_label(kind(), t())}</p>
                        {move || (kind() == ContactKind::Other).then(|| field(i, ContactField::Label))}
                        {field(i, ContactField::Name)}
                        {field(i, ContactField::Phone)}
                        <button type="button" class="button button--quiet" on:click=move |_| {
                            id.with_value(|id| plans.edit(id, None, |p| { if i < p.contacts.len() { p.contacts.remove(i); } }));
                        }>{move || t().remove}</button>
                    </div>
                }
            }/>
            <button type="button" class="button button--quiet" data-testid="add-contact" on:click=move |_| {
                id.with_value(|id| plans.edit(id, None, |p| p.contacts.push(Contact::new(ContactKind::Other))));
            }>{move || t().add_contact}</button>
        </fieldset>
    }
}

/// Moves keyboard focus to a control of the row now at `index`, after the list re-renders,
/// so a keyboard user keeps moving the same lesson.
fn focus_row_control(index: usize, class: &'static str) {
    request_animation_frame(move || {
        let selector = format!("[data-index=\"{index}\"] .{class}");
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

#[component]
fn PlanItems(plan: PlanMemo, id: String) -> impl IntoView {
    let plans = use_plans();
    let announcer = use_announcer();
    let lang = use_lang();
    let t = move || strings(lang.get());
    let id = StoredValue::new(id);
    let library = use_library();
    let count = move || plan.with(|p| p.as_ref().map_or(0, |p| p.items.len()));
    let dragging = RwSignal::new(None::<usize>);

    let move_item = Callback::new(
        move |(from, to, focus): (usize, usize, Option<&'static str>)| {
            id.with_value(|id| plans.edit(id, None, |p| p.move_item(from, to)));
            let title = plan.with_untracked(|p| {
                p.as_ref()
                    .and_then(|p| p.items.get(to))
                    .and_then(|it| library.lesson(&it.lesson))
                    .map(|l| l.title.get(lang.get_untracked()).to_string())
            });
            if let Some(title) = title {
                announcer.say((strings(lang.get_untracked()).moved)(&title, to + 1));
            }
            if let Some(class) = focus {
                focus_row_control(to, class);
            }
        },
    );

    view! {
        <section class="card" aria-labelledby="items-heading">
            <h3 id="items-heading">{move || t().lessons_in_plan}</h3>
            <Show when=move || count() == 0>
                <p class="notice">{move || t().no_lessons_yet}" "<a href="#/library">{move || t().nav_library}</a></p>
            </Show>
            <p class="hint">{move || t().drag_hint}</p>
            <ol class="plan-items" data-testid="plan-items" on:dragover=move |ev: web_sys::DragEvent| scroll_while_dragging(ev.client_y())>
                <For each=move || 0..count() key=|i| *i children=move |i| {
                    view! { <PlanItemRow plan id i count=Signal::derive(count) dragging move_item/> }
                }/>
            </ol>
        </section>
    }
}

/// How close to the window's top or bottom edge (px) a drag scrolls the page, and by how much
/// per drag event, so a lesson can be dragged past the part of the list on screen.
const DRAG_EDGE: i32 = 60;
const DRAG_STEP: f64 = 24.0;

/// Scrolls the page while a drag is near its top or bottom edge.
fn scroll_while_dragging(y: i32) {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0) as i32;
    if y < DRAG_EDGE {
        window().scroll_by_with_x_and_y(0.0, -DRAG_STEP);
    } else if y > height - DRAG_EDGE {
        window().scroll_by_with_x_and_y(0.0, DRAG_STEP);
    }
}

/// The steps of a plan's lesson, each ticked to teach or unticked to skip.
#[component]
pub fn StepList(
    lesson: &'static planner_domain::Lesson,
    index: usize,
    item_skipped: impl Fn() -> Vec<usize> + Copy + Send + Sync + 'static,
    lang: Lang,
    edit: impl Fn(Box<dyn FnOnce(&mut Plan)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = strings(lang);
    view! {
        <fieldset class="plan-item__steps">
            <legend>{t.steps_to_teach}</legend>
            <ul>
                {lesson.steps.iter().enumerate().map(|(s, step)| view! {
                    <li>
                        <label class="check">
                            <input type="checkbox" class="teach-step"
                                prop:checked=move || !item_skipped().contains(&s)
                                on:change=move |_| edit(Box::new(move |p| p.toggle_skip(index, s)))
                            />
                            <span>
                                {format!("{} ({} {})", step.title.get(lang), step.minutes, t.min)}
                                {step.optional.then(|| view! { " " <span class="tag">{t.optional_step}</span> })}
                            </span>
                        </label>
                    </li>
                }).collect_view()}
            </ul>
        </fieldset>
    }
}
