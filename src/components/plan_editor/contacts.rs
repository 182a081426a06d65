//! A plan's referral contacts (counselor, crisis center, others), printed in the packet.

use super::PlanMemo;
use crate::app::{use_lang, use_plans};
use crate::components::field::synced_value;
use leptos::prelude::*;
use planner_domain::i18n::plan::PlanStrings;
use planner_domain::i18n::{plan_strings, strings};
use planner_domain::plan::{Contact, ContactKind};

fn contact_kind_label(kind: ContactKind, t: &'static PlanStrings) -> &'static str {
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

    fn label(self, t: &'static PlanStrings) -> &'static str {
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

/// The contacts fieldset of the plan details.
#[component]
pub fn ContactsEditor(
    /// The plan shown.
    plan: PlanMemo,
    /// Its id, for edits.
    id: String,
) -> impl IntoView {
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
                <span>{move || which.label(plan_strings(lang.get()))}</span>
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
            <legend>{move || plan_strings(lang.get()).contacts}</legend>
            <For each=move || 0..count() key=|i| *i children=move |i| {
                let kind = move || plan.with(|p| p.as_ref().and_then(|p| p.contacts.get(i)).map_or(ContactKind::Other, |c| c.kind));
                view! {
                    <div class="contact" data-contact=i>
                        <p class="contact__kind">{move || contact_kind_label(kind(), plan_strings(lang.get()))}</p>
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
            }>{move || plan_strings(lang.get()).add_contact}</button>
        </fieldset>
    }
}
