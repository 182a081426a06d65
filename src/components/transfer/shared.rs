//! The screen a share link opens (`#/import/<data>`).

use super::{check, ImportPreview, Pending};
use crate::app::use_lang;
use leptos::prelude::*;
use planner_domain::i18n::data_strings;
use planner_domain::transfer;

/// The screen a share link opens: the plan it carries, as an import preview.
#[component]
pub fn SharedPlan(
    /// The link's data (base64url).
    data: String,
) -> impl IntoView {
    let pending = RwSignal::new(match transfer::decode_share(&data) {
        Ok(text) => check(&text),
        Err(e) => Pending::Refused(e),
    });
    let lang = use_lang();
    view! {
        <section class="shared-plan" aria-labelledby="shared-heading">
            <h2 id="shared-heading">{move || data_strings(lang.get()).shared_heading}</h2>
            <ImportPreview pending/>
        </section>
    }
}
