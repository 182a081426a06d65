//! App-wide state, three contexts: the plans with their undo histories and where "Add to
//! plan" goes ([`Plans`]), whether saving works ([`StorageHealth`]), and the live region's
//! message ([`Announcer`]). Every plan edit goes through [`Plans::edit`], which records undo in that
//! plan's own history, stamps the edit time and autosaves. Adding and removing whole plans
//! goes through [`Plans::add_plans`] and [`Plans::delete`], undone from the plans list.

mod announcer;
mod health;
mod plans;

pub use announcer::Announcer;
pub use health::StorageHealth;
pub use plans::Plans;

use leptos::prelude::*;
use std::time::Duration;

/// Milliseconds since the epoch, from the browser's clock.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// A new plan id, unique enough for one person's plans.
pub fn new_id() -> String {
    format!(
        "p{:x}{:06x}",
        now(),
        (js_sys::Math::random() * 16_777_216.0) as u32
    )
}

/// Runs `f` after `pause` unless `after_pause` is called again with the same `tick` first, so
/// an announcement for typing waits until the typing stops.
pub fn after_pause(tick: StoredValue<u32>, pause: Duration, f: impl FnOnce() + 'static) {
    let t = tick.get_value().wrapping_add(1);
    tick.set_value(t);
    set_timeout(
        move || {
            // The component that owned `tick` may be gone by then.
            if tick.try_get_value() == Some(t) {
                f();
            }
        },
        pause,
    );
}
