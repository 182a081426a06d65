//! The editor's sections of single fields and lists of texts.

use super::inputs::{Choice, NumberField, PlainField, TagGroup};
use super::items::{Items, TextList};
use super::text_pair::TextPair;
use crate::app::use_lang;
use crate::components::library::facet_label;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::{id_of, Light};
use planner_domain::filter::Facet;
use planner_domain::i18n::strings;

/// Title, summary, length and audience.
#[component]
pub fn Basics() -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get()).editor;
    let vocab = &content::builtin().expect("library loaded").vocabulary;
    let audiences = Signal::derive(move || {
        let lang = lang.get();
        vocab
            .audiences
            .iter()
            .map(|a| (a.id.clone(), a.name.get(lang).to_string()))
            .collect()
    });
    view! {
        <section class="editor__section">
            <h3>{move || t().basics}</h3>
            <TextPair path="title".to_string() label=Signal::derive(move || t().title.to_string()) long=false/>
            <TextPair path="summary".to_string() label=Signal::derive(move || t().summary.to_string()) long=true/>
            <NumberField path="minutes".to_string() label=Signal::derive(move || t().lesson_minutes.to_string())/>
            <NumberField path="min_minutes".to_string() label=Signal::derive(move || t().min_minutes.to_string())/>
            <Choice path="audience".to_string() options=audiences
                label=Signal::derive(move || facet_label(Facet::Audience, strings(lang.get())).to_string())/>
        </section>
    }
}

/// The tags the library filters by.
#[component]
pub fn Tags() -> impl IntoView {
    let lang = use_lang();
    let label =
        move |f: Facet| Signal::derive(move || facet_label(f, strings(lang.get())).to_string());
    view! {
        <section class="editor__section">
            <h3>{move || strings(lang.get()).editor.tags}</h3>
            <TagGroup list="grades" label=label(Facet::Grade)/>
            <TagGroup list="levels" label=label(Facet::Level)/>
            <TagGroup list="forms" label=label(Facet::Form)/>
            <TagGroup list="topics" label=label(Facet::Topic)/>
            <TagGroup list="nc_elements" label=label(Facet::NcElement)/>
            <TagGroup list="risk_factors" label=label(Facet::Risk)/>
            <TagGroup list="protective_factors" label=label(Facet::Protective)/>
        </section>
    }
}

/// Objectives, materials, preparation and discussion questions.
#[component]
pub fn TextLists() -> impl IntoView {
    view! {
        <TextList path="objectives" heading=|t| t.objectives long=false/>
        <TextList path="materials" heading=|t| t.materials long=false/>
        <TextList path="preparation" heading=|t| t.preparation long=false/>
        <TextList path="discussion" heading=|t| t.discussion long=false/>
    }
}

/// Safety notes, handouts, adaptations and sources.
#[component]
pub fn Extras() -> impl IntoView {
    let lang = use_lang();
    let s = move || strings(lang.get());
    let t = move || s().editor;
    let lights = Signal::derive(move || {
        let s = s();
        [
            (Light::Green, s.light_green),
            (Light::Yellow, s.light_yellow),
            (Light::Red, s.light_red),
        ]
        .map(|(l, name)| (id_of(&l), name.to_string()))
        .to_vec()
    });
    view! {
        <section class="editor__section">
            <h3>{move || s().safety}</h3>
            <TextPair path="safety".to_string() label=Signal::derive(move || s().safety.to_string()) long=true/>
        </section>
        <section class="editor__section">
            <h3>{move || s().handouts}</h3>
            <Items path="handouts".to_string() list=Signal::derive(move || s().handouts.to_string())
                name=Callback::new(move |n| (t().handout_n)(n))
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("handouts[{i}].title") label=Signal::derive(move || t().handout_title.to_string()) long=false/>
                    <TextPair path=format!("handouts[{i}].body") label=Signal::derive(move || t().handout_body.to_string()) long=true/>
                }.into_any())/>
        </section>
        <section class="editor__section">
            <h3>{move || s().adaptations}</h3>
            <Items path="adaptations".to_string() list=Signal::derive(move || s().adaptations.to_string())
                name=Callback::new(move |n| format!("{} {n}", t().adaptation))
                render=Callback::new(move |i| view! {
                    <Choice path=format!("adaptations[{i}].light") label=Signal::derive(move || t().light.to_string()) options=lights/>
                    <TextPair path=format!("adaptations[{i}].text") label=Signal::derive(move || t().adaptation.to_string()) long=false/>
                }.into_any())/>
        </section>
        <section class="editor__section">
            <h3>{move || s().sources}</h3>
            <Items path="sources".to_string() list=Signal::derive(move || s().sources.to_string())
                name=Callback::new(move |n| (t().source_n)(n))
                render=Callback::new(move |i| view! {
                    <PlainField path=format!("sources[{i}].citation") label=Signal::derive(move || t().citation.to_string())/>
                    <PlainField path=format!("sources[{i}].url") label=Signal::derive(move || t().url.to_string())/>
                }.into_any())/>
        </section>
    }
}
