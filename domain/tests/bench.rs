//! Timings for `make bench` (scripts/bench.mjs runs them; not part of `cargo test`):
//!
//!   cargo test --release -p planner-domain --test bench -- --ignored --nocapture
//!
//! Each prints one line `bench: <name> <median ms> <max ms>` that the benchmark reads. The
//! lesson editor validates the lesson being typed on every keystroke, with the language guide
//! on its text; with 200 or 1,000 lessons of one's own, the ids are checked against all of
//! them. The collections are the real library's lessons with new ids.

use planner_domain::backup::{Backup, Settings};
use planner_domain::curriculum::pack::Pack;
use planner_domain::curriculum::validate;
use planner_domain::filter::{Filter, Index};
use planner_domain::test_support::library;
use planner_domain::{Lang, Library, Text};
use std::time::Instant;

/// The real lessons repeated with new ids up to `n`, as a preventionist's own collection.
fn grown(lib: &Library, n: usize) -> Library {
    let mut out = lib.clone();
    out.lessons = (0..n)
        .map(|i| {
            let mut l = lib.lessons[i % lib.lessons.len()].clone();
            l.id = format!("{}-own-{i}", l.id);
            l.title.en = format!("{} ({i})", l.title.en);
            l
        })
        .collect();
    out
}

/// Median and max of `runs` timings of `f`, in milliseconds.
fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], t[t.len() - 1])
}

fn report(name: &str, (median, max): (f64, f64)) {
    println!("bench: {name} {median:.3} {max:.3}");
}

#[test]
#[ignore = "a timing, run by make bench"]
fn validation_per_keystroke() {
    let lib = library();
    // The longest lesson, as the worst case of one keystroke.
    let longest = lib
        .lessons
        .iter()
        .max_by_key(|l| serde_json::to_string(l).unwrap().len())
        .unwrap()
        .clone();
    report(
        "validate-lesson",
        time(200, || {
            std::hint::black_box(validate::lesson("x", &longest, &lib.vocabulary));
        }),
    );
    let text = [&longest.summary, &longest.safety]
        .into_iter()
        .chain(longest.steps.iter().map(|s| &s.instructions))
        .map(|t: &Text| t.en.clone())
        .collect::<Vec<_>>()
        .join("\n");
    // The editor prepares the guide once and checks the text at each keystroke.
    let guide = planner_domain::wording::Guide::new(&lib);
    report(
        "language-guide-lesson",
        time(200, || {
            std::hint::black_box(guide.flags(&text));
        }),
    );
    for n in [200, 1000] {
        let own = grown(&lib, n);
        let ids: Vec<(String, planner_domain::Lesson)> = own
            .lessons
            .iter()
            .map(|l| (l.id.clone(), l.clone()))
            .collect();
        report(
            &format!("duplicate-ids-{n}"),
            time(50, || {
                std::hint::black_box(validate::duplicate_ids(&ids));
            }),
        );
        let index = Index::new(&own, Lang::En);
        report(
            &format!("filter-keystroke-{n}"),
            time(50, || {
                let filter = Filter {
                    query: "labor".into(),
                    ..Filter::default()
                };
                std::hint::black_box(index.tally(&filter));
            }),
        );
        let packs = vec![Pack::of_library(&own, Text::default())];
        let backup = Backup::new(Vec::new(), packs, Settings::default(), 0);
        let mut bytes = 0;
        report(
            &format!("backup-file-{n}"),
            time(5, || bytes = backup.to_json().len()),
        );
        println!("bench: backup-bytes-{n} {bytes} {bytes}");
        let json = backup.to_json();
        report(
            &format!("restore-read-{n}"),
            time(5, || {
                std::hint::black_box(planner_domain::backup::parse(&json).unwrap());
            }),
        );
    }
}
