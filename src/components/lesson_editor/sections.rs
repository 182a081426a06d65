//! The editor's sections of single fields and lists of texts.

use super::inputs::{Choice, NumberField, PlainField, TagGroup};
use super::items::{Items, TextList};
use super::text_pair::{Label, TextPair};
use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::curriculum::List;
use planner_domain::i18n::strings;

/// Title, summary, length and audience.
#[component]
pub fn Basics() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="editor__section">
            <h3>{move || strings(lang.get()).editor.basics}</h3>
            <TextPair path="title".to_string() label=Label(|s| s.editor.title, None) long=false/>
            <TextPair path="summary".to_string() label=Label(|s| s.editor.summary, None) long=true/>
            <NumberField path="minutes".to_string() label=Label(|s| s.editor.lesson_minutes, None)/>
            <NumberField path="min_minutes".to_string() label=Label(|s| s.editor.min_minutes, None)/>
            <Choice path="audience".to_string() label=Label(|s| s.facet_audience, None)/>
        </section>
    }
}

/// The tags the library filters by.
#[component]
pub fn Tags() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="editor__section">
            <h3>{move || strings(lang.get()).editor.tags}</h3>
            <TagGroup list=List::Grades label=|s| s.facet_grade/>
            <TagGroup list=List::Levels label=|s| s.facet_level/>
            <TagGroup list=List::Forms label=|s| s.facet_form/>
            <TagGroup list=List::Topics label=|s| s.facet_topic/>
            <TagGroup list=List::NcElements label=|s| s.facet_nc/>
            <TagGroup list=List::RiskFactors label=|s| s.facet_risk/>
            <TagGroup list=List::ProtectiveFactors label=|s| s.facet_protective/>
        </section>
    }
}

/// Objectives, materials, preparation and discussion questions.
#[component]
pub fn TextLists() -> impl IntoView {
    view! {
        <TextList path="objectives" heading=|s| s.objectives entry=|s| s.editor.objective/>
        <TextList path="materials" heading=|s| s.materials entry=|s| s.editor.material/>
        <TextList path="preparation" heading=|s| s.preparation entry=|s| s.editor.preparation_step/>
        <TextList path="discussion" heading=|s| s.discussion entry=|s| s.editor.question/>
    }
}

/// Safety notes, handouts, adaptations and sources.
#[component]
pub fn Extras() -> impl IntoView {
    let lang = use_lang();
    let s = move || strings(lang.get());
    view! {
        <section class="editor__section">
            <h3>{move || s().safety}</h3>
            <TextPair path="safety".to_string() label=Label(|s| s.safety, None) long=true/>
        </section>
        <section class="editor__section">
            <h3>{move || s().handouts}</h3>
            <Items path="handouts".to_string() list=|s| s.handouts entry=|s| s.editor.handout
                render=Callback::new(move |i| view! {
                    <TextPair path=format!("handouts[{i}].title") label=Label(|s| s.editor.handout_title, None) long=false/>
                    <TextPair path=format!("handouts[{i}].body") label=Label(|s| s.editor.handout_body, None) long=true/>
                }.into_any())/>
        </section>
        <section class="editor__section">
            <h3>{move || s().adaptations}</h3>
            <Items path="adaptations".to_string() list=|s| s.adaptations entry=|s| s.editor.adaptation
                render=Callback::new(move |i| view! {
                    <Choice path=format!("adaptations[{i}].light") label=Label(|s| s.editor.light, None)/>
                    <TextPair path=format!("adaptations[{i}].text") label=Label(|s| s.editor.adaptation, None) long=false/>
                }.into_any())/>
        </section>
        <section class="editor__section">
            <h3>{move || s().sources}</h3>
            <Items path="sources".to_string() list=|s| s.sources entry=|s| s.editor.source
                render=Callback::new(move |i| view! {
                    <PlainField path=format!("sources[{i}].citation") label=Label(|s| s.editor.citation, None)/>
                    <PlainField path=format!("sources[{i}].url") label=Label(|s| s.editor.url, None)/>
                }.into_any())/>
        </section>
    }
}
