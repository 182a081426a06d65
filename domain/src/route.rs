//! The app's screens as URL hashes, so every view can be bookmarked and the back button works.

use crate::filter::{percent_decode, percent_encode};

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The library, with its filter as a query string (see `filter::to_query`).
    Library(String),
    /// One lesson's detail.
    Lesson(String),
    /// The list of plans.
    Plans,
    /// One plan's editor.
    Plan(String),
    /// A shared plan arriving in the link itself (base64url data), shown as an import preview.
    Import(String),
    /// One plan's printable packet.
    Print(String),
    /// The lesson editor, on one of the preventionist's own lessons.
    Edit(String),
    /// Importing and exporting lesson pack files.
    Packs,
    /// A section's sessions, to record delivery: plan id, section id.
    Deliver(String, String),
    /// The delivery log form of one session: plan id, section id, session key.
    Log(String, String, String),
    /// A section's pre/post results: plan id, section id.
    Results(String, String),
    /// Printable blank fidelity logs of a section's sessions: plan id, section id.
    Fidelity(String, String),
    /// The delivery report over every plan.
    Report,
    /// One plan as the program lead reviews it: coverage, checks, changes, schedule, comments.
    Review(String),
}

impl Route {
    /// Which screen the route shows: the route itself, but the library without its filter, so
    /// typing a search or ticking a filter does not rebuild the screen.
    pub fn screen(&self) -> Route {
        match self {
            Route::Library(_) => Route::Library(String::new()),
            other => other.clone(),
        }
    }

    /// Reads `#/…` (with or without the `#`); anything unknown opens the library.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let ids: Vec<String> = path.split('/').skip(1).map(percent_decode).collect();
        let ok = |n: usize| ids.len() == n && ids.iter().all(|s| !s.is_empty());
        match path.split('/').next().unwrap_or("") {
            "deliver" if ok(2) => return Route::Deliver(ids[0].clone(), ids[1].clone()),
            "log" if ok(3) => return Route::Log(ids[0].clone(), ids[1].clone(), ids[2].clone()),
            "results" if ok(2) => return Route::Results(ids[0].clone(), ids[1].clone()),
            "fidelity" if ok(2) => return Route::Fidelity(ids[0].clone(), ids[1].clone()),
            "report" if ids.is_empty() => return Route::Report,
            _ => {}
        }
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("lesson", Some(id)) if !id.is_empty() => Route::Lesson(percent_decode(id)),
            ("plans", None) => Route::Plans,
            ("packs", None) => Route::Packs,
            ("plan", Some(id)) if !id.is_empty() => Route::Plan(percent_decode(id)),
            ("import", Some(data)) if !data.is_empty() => Route::Import(data.to_string()),
            ("print", Some(id)) if !id.is_empty() => Route::Print(percent_decode(id)),
            ("edit", Some(id)) if !id.is_empty() => Route::Edit(percent_decode(id)),
            ("review", Some(id)) if !id.is_empty() => Route::Review(percent_decode(id)),
            _ => Route::Library(query.to_string()),
        }
    }

    /// The hash for this screen, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library(q) if q.is_empty() => "#/library".into(),
            Route::Library(q) => format!("#/library?{q}"),
            Route::Lesson(id) => format!("#/lesson/{}", percent_encode(id)),
            Route::Plans => "#/plans".into(),
            Route::Plan(id) => format!("#/plan/{}", percent_encode(id)),
            Route::Import(data) => format!("#/import/{data}"),
            Route::Print(id) => format!("#/print/{}", percent_encode(id)),
            Route::Edit(id) => format!("#/edit/{}", percent_encode(id)),
            Route::Packs => "#/packs".into(),
            Route::Deliver(p, s) => {
                format!("#/deliver/{}/{}", percent_encode(p), percent_encode(s))
            }
            Route::Log(p, s, k) => format!(
                "#/log/{}/{}/{}",
                percent_encode(p),
                percent_encode(s),
                percent_encode(k)
            ),
            Route::Results(p, s) => {
                format!("#/results/{}/{}", percent_encode(p), percent_encode(s))
            }
            Route::Fidelity(p, s) => {
                format!("#/fidelity/{}/{}", percent_encode(p), percent_encode(s))
            }
            Route::Report => "#/report".into(),
            Route::Review(id) => format!("#/review/{}", percent_encode(id)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn routes_round_trip() {
        for r in [
            Route::Library(String::new()),
            Route::Library("level=community&q=ni%C3%B1os".into()),
            Route::Lesson("what-is-trafficking-6-8".into()),
            Route::Plans,
            Route::Plan("p-17".into()),
            Route::Import("eyJmb3JtYXQiOiJ4In0".into()),
            Route::Print("p-17".into()),
            Route::Print("plan con ñ/2".into()),
            Route::Edit("my-lesson-2".into()),
            Route::Packs,
            Route::Deliver("p-17".into(), "s2".into()),
            Route::Log(
                "p/1".into(),
                "s1".into(),
                "what-is-trafficking-6-8/1/2".into(),
            ),
            Route::Results("p".into(), "s1".into()),
            Route::Fidelity("p".into(), "s3".into()),
            Route::Report,
            Route::Review("p-17".into()),
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
    }

    #[test]
    fn unknown_or_empty_hashes_open_the_library() {
        assert_eq!(Route::parse(""), Route::Library(String::new()));
        assert_eq!(Route::parse("#/nowhere"), Route::Library(String::new()));
        assert_eq!(Route::parse("#/lesson/"), Route::Library(String::new()));
        assert_eq!(Route::parse("#/print/"), Route::Library(String::new()));
        assert_eq!(Route::parse("#/deliver/p"), Route::Library(String::new()));
        assert_eq!(Route::parse("#/log/p//k"), Route::Library(String::new()));
    }
}
