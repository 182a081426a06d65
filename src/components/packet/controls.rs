//! What to print: the sections (or "handouts only"), one session or all, the packet language
//! and, for a bilingual packet, the facilitator's language; then Print.

use super::Choice;
use crate::app::use_lang;
use crate::content::use_library;
use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::{packet_strings, plan_strings, strings};
use planner_domain::packet::{session_count, Section};
use planner_domain::plan::{PacketLang, Plan};
use planner_domain::Lang;

#[component]
pub fn Controls(
    id: String,
    plan: Memo<Option<Plan>>,
    choice: Choice,
    packet_lang: Signal<PacketLang>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || packet_strings(lang.get());
    let p = move || t().print;
    let id = StoredValue::new(id);
    let save = move || {
        id.with_value(|id| {
            choice
                .left_out
                .with_untracked(|l| storage::save_packet_left_out(id, l))
        })
    };
    let only = move |keep: &'static [Section]| {
        choice.left_out.set(
            Section::ALL
                .into_iter()
                .filter(|s| !keep.contains(s))
                .map(|s| s.id().to_string())
                .collect(),
        );
        save();
    };
    let library = use_library();
    let sessions =
        Memo::new(move |_| plan.with(|p| p.as_ref().map_or(0, |p| session_count(p, library))));
    view! {
        <form class="print-controls__form" on:submit=|ev| ev.prevent_default()>
            <fieldset class="print-controls__sections">
                <legend>{move || t().include_heading}</legend>
                {Section::ALL.into_iter().map(|s| view! {
                    <label class="check">
                        <input type="checkbox" name="section" value=s.id()
                            prop:checked=move || choice.has(s)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                choice.left_out.update(|l| {
                                    l.retain(|x| x != s.id());
                                    if !on {
                                        l.push(s.id().to_string());
                                    }
                                });
                                save();
                            }
                        />
                        <span>{move || s.name(lang.get())}</span>
                    </label>
                }).collect_view()}
                <p class="print-controls__presets">
                    <button type="button" class="button button--secondary" data-testid="handouts-only"
                        on:click=move |_| only(&Section::HANDOUTS_ONLY)>{move || p().handouts_only}</button>
                    <button type="button" class="button button--secondary" data-testid="everything"
                        on:click=move |_| only(&Section::ALL)>{move || p().everything}</button>
                </p>
            </fieldset>
            <label class="field">
                <span>{move || p().session_choice}</span>
                <select name="session" on:change=move |ev| {
                    choice.session.set(event_target_value(&ev).parse().ok());
                }>
                    <option value="" selected=move || choice.session.get().is_none()>{move || p().all_sessions}</option>
                    {move || (1..=sessions.get()).map(|n| view! {
                        <option value=n.to_string() selected=move || choice.session.get() == Some(n)>
                            {move || (plan_strings(lang.get()).session_n)(n)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || strings(lang.get()).packet_lang}</span>
                <select name="packet-lang" on:change=move |ev| {
                    choice.lang.set(PacketLang::from_id(&event_target_value(&ev)));
                }>
                    {PacketLang::ALL.map(|l| view! {
                        <option value=l.id() selected=move || packet_lang.get() == l>
                            {move || {
                                match l {
                                    PacketLang::En => plan_strings(lang.get()).packet_en,
                                    PacketLang::Es => plan_strings(lang.get()).packet_es,
                                    PacketLang::Both => plan_strings(lang.get()).packet_both,
                                }
                            }}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || packet_lang.get() == PacketLang::Both>
                <label class="field">
                    <span>{move || p().facilitator_lang}</span>
                    <select name="facilitator-lang" on:change=move |ev| {
                        choice.facilitator.set(Lang::from_code(&event_target_value(&ev)));
                    }>
                        {Lang::ALL.map(|l| view! {
                            <option value=l.code() selected=move || choice.facilitator.get() == Some(l)>
                                {move || match l {
                                    Lang::En => plan_strings(lang.get()).packet_en,
                                    Lang::Es => plan_strings(lang.get()).packet_es,
                                }}
                            </option>
                        }).collect_view()}
                        <option value="both" selected=move || choice.facilitator.get().is_none()>
                            {move || p().facilitator_lang_both}
                        </option>
                    </select>
                </label>
            </Show>
            <button type="button" class="button" data-testid="print" on:click=move |_| {
                let _ = window().print();
            }>
                {move || t().print_button}
            </button>
        </form>
    }
}
