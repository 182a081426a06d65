//! What the second module hands to the shell: its announcements (the page has one live region,
//! the shell's) and the storage problems of its saves (the shell shows the notice and the way
//! out). Each goes as a `CustomEvent` on the window; the shell listens in
//! `crate::app::lazy::listen_to_screens`.

use crate::state::{Announcer, StorageHealth};
use crate::storage::Problem;
use leptos::prelude::*;

/// The event an announcement travels in (`detail`: the text).
pub const ANNOUNCE: &str = "planner-announce";
/// The event a plans storage problem travels in (`detail`: [`Problem::code`], or "" when
/// saving works again).
pub const PLANS_PROBLEM: &str = "planner-plans-problem";
/// The same for the lessons' storage.
pub const LESSONS_PROBLEM: &str = "planner-lessons-problem";

/// Sends the shell what `announcer` says and each change of `health`'s problems after now
/// (a problem found reading storage the shell found first, reading it before this module).
pub fn to_shell(announcer: Announcer, health: StorageHealth) {
    Effect::new(move |first: Option<()>| {
        let message = announcer.message();
        if first.is_some() && !message.is_empty() {
            send(ANNOUNCE, &message);
        }
    });
    for (signal, event) in [
        (health.problem, PLANS_PROBLEM),
        (health.lessons_problem, LESSONS_PROBLEM),
    ] {
        Effect::new(move |first: Option<()>| {
            let problem = signal.get();
            if first.is_some() {
                send(event, problem.map_or("", Problem::code));
            }
        });
    }
}

fn send(event: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(event, &init) {
        let _ = window().dispatch_event(&event);
    }
}
