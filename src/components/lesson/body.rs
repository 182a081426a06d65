//! Everything a lesson holds, section by section.

use crate::components::library::{names, LessonMeta};
use crate::components::text::Prose;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::curriculum::{Lesson, Light, List};
use planner_domain::i18n::strings;
use planner_domain::{Lang, Text};

/// A titled list of texts.
fn text_list(title: &'static str, items: &'static [Text], lang: Lang) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="lesson__section">
                <h3>{title}</h3>
                <ul>{items.iter().map(|t| view! { <li>{t.get(lang).to_string()}</li> }).collect_view()}</ul>
            </section>
        }
    })
}

/// The body of the lesson page.
#[component]
pub fn LessonBody(
    lesson: &'static Lesson,
    /// The language the lesson is shown in.
    lang: Lang,
) -> impl IntoView {
    let t = strings(lang);
    let vocab = &use_library().vocabulary;
    view! {
        <h2>{lesson.title_in(lang)}</h2>
        <LessonMeta lesson lang/>
        <p class="lesson__summary">{lesson.summary.get(lang).to_string()}</p>
        <dl class="lesson__tags">
            <dt>{t.levels}</dt><dd>{names(List::Levels, &lesson.levels, lang)}</dd>
            <dt>{t.topics}</dt><dd>{names(List::Topics, &lesson.topics, lang)}</dd>
            <dt>{t.forms}</dt><dd>{names(List::Forms, &lesson.forms, lang)}</dd>
            <dt>{t.risk_factors}</dt><dd>{names(List::RiskFactors, &lesson.risk_factors, lang)}</dd>
            <dt>{t.protective_factors}</dt><dd>{names(List::ProtectiveFactors, &lesson.protective_factors, lang)}</dd>
        </dl>
        {text_list(t.objectives, &lesson.objectives, lang)}
        {text_list(t.materials, &lesson.materials, lang)}
        {text_list(t.preparation, &lesson.preparation, lang)}
        <section class="lesson__section">
            <h3>{t.procedure}</h3>
            <ol class="steps">
                {lesson
                    .steps
                    .iter()
                    .map(|s| {
                        let method = vocab.name(List::Methods, s.method.id(), lang).to_string();
                        view! {
                            <li class="step">
                                <h4>
                                    {format!("{} ({} {}, {})", s.title.get(lang), s.minutes, t.minutes, method)}
                                    {s.optional.then(|| view! { <span class="tag">{t.optional_step}</span> })}
                                </h4>
                                <Prose text=s.instructions.get(lang).to_string()/>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
        {text_list(t.discussion, &lesson.discussion, lang)}
        <section class="lesson__section">
            <h3>{t.safety}</h3>
            <Prose text=lesson.safety.get(lang).to_string()/>
        </section>
        <section class="lesson__section">
            <h3>{t.handouts}</h3>
            {lesson
                .handouts
                .iter()
                .map(|h| view! {
                    <div class="handout">
                        <h4>{h.title.get(lang).to_string()}</h4>
                        <Prose text=h.body.get(lang).to_string()/>
                    </div>
                })
                .collect_view()}
        </section>
        <section class="lesson__section">
            <h3>{t.assessment}</h3>
            <ol>
                {lesson
                    .assessment
                    .iter()
                    .map(|a| view! {
                        <li>
                            <p>{a.prompt.get(lang).to_string()}</p>
                            <ol type="a">{a.choices.iter().map(|c| view! { <li>{c.get(lang).to_string()}</li> }).collect_view()}</ol>
                            <p class="answer">
                                <strong>{format!("{}: ", t.answer)}</strong>
                                {a.choices.get(a.answer).map(|c| c.get(lang).to_string())}
                                {format!(" — {}", a.explanation.get(lang))}
                            </p>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </section>
        <section class="lesson__section">
            <h3>{t.adaptations}</h3>
            <ul class="adaptations">
                {lesson
                    .adaptations
                    .iter()
                    .map(|a| {
                        let (class, label) = match a.light {
                            Light::Green => ("light light--green", t.light_green),
                            Light::Yellow => ("light light--yellow", t.light_yellow),
                            Light::Red => ("light light--red", t.light_red),
                        };
                        view! { <li class=class><strong>{label}</strong>": "{a.text.get(lang).to_string()}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section class="lesson__section">
            <h3>{t.sources}</h3>
            <ul class="sources">
                {lesson
                    .sources
                    .iter()
                    .map(|s| view! { <li>{s.line()}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
