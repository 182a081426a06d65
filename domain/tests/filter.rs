//! Library filters and search against the real curriculum.

use planner_domain::curriculum::{Form, Level};
use planner_domain::filter::{from_query, to_query, Facet, Filter, Index, Length};
use planner_domain::test_support::library;
use planner_domain::Lang;

fn ids(lessons: Vec<&planner_domain::Lesson>) -> Vec<String> {
    lessons.into_iter().map(|l| l.id.clone()).collect()
}

#[test]
fn no_filter_shows_every_lesson() {
    let lib = library();
    let index = Index::new(&lib, Lang::En);
    assert_eq!(index.results(&Filter::default()).len(), lib.lessons.len());
}

#[test]
fn facets_combine_and_values_within_a_facet_widen() {
    let lib = library();
    let index = Index::new(&lib, Lang::En);
    let mut f = Filter::default();
    f.toggle(Facet::Level, "community");
    f.toggle(Facet::Form, "labor");
    let expected: Vec<String> = lib
        .lessons
        .iter()
        .filter(|l| l.levels.contains(&Level::Community) && l.forms.contains(&Form::Labor))
        .map(|l| l.id.clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(ids(index.results(&f)), expected);

    f.toggle(Facet::Level, "society");
    let widened = ids(index.results(&f));
    assert!(widened.len() >= expected.len());
    assert!(expected.iter().all(|id| widened.contains(id)));

    f.toggle(Facet::Level, "community");
    f.toggle(Facet::Level, "society");
    assert!(!f.has(Facet::Level, "community"));
}

#[test]
fn counts_say_how_many_would_show() {
    let lib = library();
    let index = Index::new(&lib, Lang::En);
    let mut f = Filter::default();
    f.toggle(Facet::Grade, "6-8");
    for (value, n) in index.counts(&f, Facet::Topic) {
        let mut with = f.clone();
        with.toggle(Facet::Topic, value);
        assert_eq!(index.results(&with).len(), n, "count for topic {value}");
    }
    // Within the chosen facet, counts ignore that facet's own choice.
    let grade_counts = index.counts(&f, Facet::Grade);
    let high = grade_counts.iter().find(|(v, _)| *v == "9-12").unwrap().1;
    assert_eq!(
        high,
        lib.lessons
            .iter()
            .filter(|l| l
                .grades
                .contains(&planner_domain::curriculum::GradeBand::High))
            .count()
    );
}

#[test]
fn lengths_bucket_minutes() {
    assert_eq!(Length::of(20), Length::Short);
    assert_eq!(Length::of(30), Length::Short);
    assert_eq!(Length::of(45), Length::Period);
    assert_eq!(Length::of(50), Length::Long);
}

#[test]
fn search_folds_accents_and_uses_the_current_language() {
    let lib = library();
    let es = Index::new(&lib, Lang::Es);
    let en = Index::new(&lib, Lang::En);
    let query = |q: &str| Filter {
        query: q.into(),
        ..Filter::default()
    };
    // Unaccented Spanish finds accented text.
    let accented = ids(es.results(&query("trata laboral")));
    assert!(!accented.is_empty());
    assert_eq!(ids(es.results(&query("TRATA LABORAL"))), accented);
    let con_acento = ids(es.results(&query("lección")));
    assert_eq!(ids(es.results(&query("leccion"))), con_acento);
    let ofertas = ids(es.results(&query("fraudulenta")));
    assert!(!ofertas.is_empty());
    // English words are searched in English only.
    assert!(!ids(en.results(&query("job offer"))).is_empty());
    assert!(ids(en.results(&query("fraudulenta"))).is_empty());
    // Every word must match.
    assert!(ids(en.results(&query("trafficking zzzqqq"))).is_empty());
}

#[test]
fn the_hash_round_trips_and_ignores_what_it_does_not_know() {
    let lib = library();
    let mut f = Filter::default();
    f.toggle(Facet::Level, "individual");
    f.toggle(Facet::Risk, "economic-stress");
    f.toggle(Facet::Length, "long");
    f.query = "niños & ofertas".into();
    let q = to_query(&f);
    assert!(!q.contains(' ') && !q.contains('ñ'), "{q}");
    assert_eq!(from_query(&q, &lib), f);
    let odd = from_query(
        "level=individual,nowhere&color=blue&q=%zz&length=forever",
        &lib,
    );
    assert!(odd.has(Facet::Level, "individual"));
    assert_eq!(odd.chosen.len(), 1);
    assert_eq!(odd.query, "%zz");
}

/// The one-pass tally agrees with filtering lesson by lesson the slow, obvious way.
#[test]
fn the_tally_matches_a_lesson_by_lesson_filter() {
    let lib = library();
    let index = Index::new(&lib, Lang::Es);
    let naive = |f: &Filter| -> Vec<String> {
        let words: Vec<String> = planner_domain::search::fold(&f.query)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        lib.lessons
            .iter()
            .filter(|l| {
                Facet::ALL.into_iter().all(|facet| {
                    let wanted: Vec<&String> = f
                        .chosen
                        .iter()
                        .filter(|(x, _)| *x == facet)
                        .map(|(_, v)| v)
                        .collect();
                    wanted.is_empty() || facet.of(l).iter().any(|v| wanted.contains(&v))
                })
            })
            .filter(|l| {
                let text = planner_domain::search::fold(&format!(
                    "{}\n{}\n{}",
                    l.title.es,
                    l.summary.es,
                    l.objectives
                        .iter()
                        .map(|o| o.es.as_str())
                        .collect::<Vec<_>>()
                        .join("\n")
                ));
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .map(|l| l.id.clone())
            .collect()
    };
    let mut filters = vec![Filter::default()];
    let mut f = Filter::default();
    f.toggle(Facet::Grade, "9-12");
    filters.push(f.clone());
    f.toggle(Facet::Form, "labor");
    filters.push(f.clone());
    f.query = "TRABAJO".into();
    filters.push(f.clone());
    f.toggle(Facet::Length, "period");
    f.toggle(Facet::Length, "long");
    filters.push(f.clone());
    for f in &filters {
        let tally = index.tally(f);
        // The same lessons (their order, title matches first, is tested on its own).
        let mut got = ids(tally.results.clone());
        got.sort();
        let mut want = naive(f);
        want.sort();
        assert_eq!(got, want, "results for {f:?}");
        for facet in Facet::ALL {
            for &(value, n) in tally.counts.of(facet) {
                let mut with = f.clone();
                with.chosen.retain(|(x, _)| *x != facet);
                with.toggle(facet, value);
                assert_eq!(
                    naive(&with).len(),
                    n,
                    "count of {facet:?}={value} for {f:?}"
                );
            }
        }
    }
    // A value that is not in the vocabulary matches nothing rather than everything.
    let mut unknown = Filter::default();
    unknown.toggle(Facet::Topic, "no-such-topic");
    assert!(index.results(&unknown).is_empty());
}

#[test]
fn lessons_filter_by_audience_and_by_the_nc_elements_they_teach() {
    use planner_domain::curriculum::{Audience, NcElement};
    let lib = library();
    let index = Index::new(&lib, Lang::En);
    let mut f = Filter::default();
    f.toggle(Facet::Audience, "staff");
    let staff: Vec<String> = lib
        .lessons
        .iter()
        .filter(|l| l.audience == Audience::Staff)
        .map(|l| l.id.clone())
        .collect();
    assert_eq!(ids(index.results(&f)), staff);
    assert_eq!(staff, ["school-staff-training"]);

    let mut f = Filter::default();
    f.toggle(Facet::NcElement, "healthy-relationships");
    f.toggle(Facet::Audience, "students");
    let expected: Vec<String> = lib
        .lessons
        .iter()
        .filter(|l| {
            l.audience == Audience::Students
                && l.nc_elements.contains(&NcElement::HealthyRelationships)
        })
        .map(|l| l.id.clone())
        .collect();
    assert!(expected.len() >= 2);
    assert_eq!(ids(index.results(&f)), expected);
    // Bookmarkable like every facet.
    assert_eq!(from_query(&to_query(&f), &lib), f);
}

#[test]
fn title_matches_rank_first() {
    let lib = library();
    let en = Index::new(&lib, Lang::En);
    let first = |index: &Index, q: &str| {
        let f = Filter {
            query: q.into(),
            ..Filter::default()
        };
        index.results(&f)[0].id.clone()
    };
    assert_eq!(first(&en, "debt"), "debt-bondage-9-12");
    let es = Index::new(&lib, Lang::Es);
    assert_eq!(first(&es, "deuda"), "debt-bondage-9-12");
    // Without a query the library keeps its teaching order.
    let all = en.results(&Filter::default());
    assert_eq!(all[0].id, lib.lessons[0].id);
}

#[test]
fn labor_trafficking_has_one_name_and_old_topic_links_open_on_the_form() {
    let lib = library();
    let names: Vec<&str> = planner_domain::curriculum::List::ALL
        .iter()
        .flat_map(|&list| {
            lib.vocabulary
                .terms(list)
                .iter()
                .map(|t| t.name.en.as_str())
        })
        .filter(|n| *n == "Labor trafficking")
        .collect();
    assert_eq!(
        names.len(),
        1,
        "one vocabulary term named Labor trafficking"
    );
    let f = from_query("topic=labor-trafficking", &lib);
    assert!(f.has(Facet::Form, "labor") && !f.has(Facet::Topic, "labor-trafficking"));
    let f = from_query("topic=sex-trafficking,help-seeking", &lib);
    assert!(f.has(Facet::Form, "sex") && f.has(Facet::Topic, "help-seeking"));
}
