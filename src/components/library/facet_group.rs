//! One facet of the library's filters: its values as checkboxes with their counts.

use super::filters::set_filter;
use crate::app::use_lang;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::curriculum::Library;
use planner_domain::filter::{Facet, Filter, Length};
use planner_domain::i18n::{strings, Strings};
use planner_domain::Lang;

/// The label of a facet.
pub fn facet_label(facet: Facet, t: &'static Strings) -> &'static str {
    match facet {
        Facet::Level => t.facet_level,
        Facet::Grade => t.facet_grade,
        Facet::Form => t.facet_form,
        Facet::Topic => t.facet_topic,
        Facet::Risk => t.facet_risk,
        Facet::Protective => t.facet_protective,
        Facet::Length => t.facet_length,
        Facet::Audience => t.facet_audience,
        Facet::NcElement => t.facet_nc,
    }
}

/// The display name of one facet value.
pub fn value_label(
    library: &'static Library,
    facet: Facet,
    value: &'static str,
    lang: Lang,
) -> &'static str {
    let t = strings(lang);
    match facet.vocabulary_list() {
        Some(list) => library.vocabulary.name(list, value, lang),
        None => match value {
            v if v == Length::Short.id() => t.length_short,
            v if v == Length::Period.id() => t.length_period,
            _ => t.length_long,
        },
    }
}

/// A fieldset of one facet's values.
#[component]
pub fn FacetGroup(
    facet: Facet,
    /// The filter of the URL.
    filter: Memo<Filter>,
    /// Each value of the facet with how many results it would keep.
    counts: Memo<Vec<(&'static str, usize)>>,
) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    view! {
        <fieldset class="facet" data-facet=facet.key()>
            <legend>{move || facet_label(facet, strings(lang.get()))}</legend>
            // Keyed by value: a count that changes updates a text node instead of rebuilding
            // the row.
            <For
                each=move || counts.with(|c| c.iter().map(|(v, _)| *v).collect::<Vec<_>>())
                key=|value| *value
                children=move |value| {
                    let n = move || {
                        counts.with(|c| c.iter().find(|(v, _)| *v == value).map_or(0, |(_, n)| *n))
                    };
                    let checked = move || filter.with(|f| f.has(facet, value));
                    view! {
                        <label class="facet__option" class:facet__option--empty=move || n() == 0 && !checked()>
                            <input
                                type="checkbox"
                                value=value
                                prop:checked=checked
                                on:change=move |_| {
                                    let mut f = filter.get_untracked();
                                    f.toggle(facet, value);
                                    set_filter(f);
                                }
                            />
                            <span>{move || value_label(library, facet, value, lang.get())}</span>
                            <span class="facet__count">{move || format!("({})", n())}</span>
                        </label>
                    }
                }
            />
        </fieldset>
    }
}
