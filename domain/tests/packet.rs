//! Packet assembly on the real library: placeholders filled, skipped steps left out, split
//! lessons in parts, bilingual order, and an answer key that matches the questions.

use chrono::{NaiveDate, Weekday};
use planner_domain::curriculum::Library;
use planner_domain::i18n::{long_date, plan_strings};
use planner_domain::packet::{assemble, choice_letter, Audience, Block, Options, Page, Section};
use planner_domain::plan::{Contact, ContactKind, PacketLang, Plan};
use planner_domain::prose::{blocks, Block as Prose};
use planner_domain::test_support::library;
use planner_domain::Lang;

const LESSONS: [&str; 4] = [
    "what-is-trafficking-6-8",
    "healthy-relationships-6-8",
    "first-jobs-red-flags-6-8",
    "trusted-adults-6-8",
];

fn plan() -> Plan {
    let mut p = Plan::new("p1".into(), "Spring series".into(), 0);
    p.school = "Lincoln Middle School".into();
    p.facilitators = "Ana Ruiz".into();
    p.grade = 8;
    let s = p.first_mut();
    s.start = NaiveDate::from_ymd_opt(2026, 2, 3);
    s.days = vec![Weekday::Tue, Weekday::Thu];
    s.no_class = vec![NaiveDate::from_ymd_opt(2026, 2, 17).unwrap()];
    p.contacts = vec![
        Contact {
            kind: ContactKind::Counselor,
            label: String::new(),
            name: "Mr. Diaz".into(),
            phone: "555-0101".into(),
        },
        Contact {
            kind: ContactKind::CrisisCenter,
            label: String::new(),
            name: "Valley Crisis Center".into(),
            phone: "555-0199".into(),
        },
        // Not filled in: left off every list.
        Contact::new(ContactKind::Other),
    ];
    for id in LESSONS {
        p.add(id);
    }
    p
}

fn pages(plan: &Plan, lib: &Library, lang: PacketLang) -> Vec<Page> {
    assemble(
        plan,
        lib,
        &Options {
            lang,
            facilitator_lang: None,
            sections: Section::ALL.to_vec(),
            session: None,
        },
    )
}

fn of(pages: &[Page], section: Section, lang: Lang) -> Vec<&Page> {
    pages
        .iter()
        .filter(|p| p.section == section && p.lang == lang)
        .collect()
}

#[test]
fn the_parent_letter_has_every_placeholder_filled_per_language() {
    let lib = library();
    let plan = plan();
    let all = pages(&plan, &lib, PacketLang::Both);
    let first = NaiveDate::from_ymd_opt(2026, 2, 3).unwrap();
    // 4 lessons on Tue/Thu from 3 Feb, skipping 17 Feb: 3, 5, 10, 12 Feb.
    let last = NaiveDate::from_ymd_opt(2026, 2, 12).unwrap();
    for lang in Lang::ALL {
        let letter = of(&all, Section::ParentLetter, lang);
        assert_eq!(letter.len(), 1);
        let letter = letter[0];
        assert_eq!(letter.audience, Audience::Family);
        let text = letter.text();
        assert!(
            !text.contains('{'),
            "unfilled placeholder in {lang:?}: {text}"
        );
        assert!(letter.title.contains("Lincoln Middle School"));
        assert!(text.contains(&long_date(first, lang)));
        assert!(text.contains(&long_date(last, lang)));
        assert!(text.contains("Ana Ruiz"));
        // Topics and contacts are lists, one item per lesson and per filled contact.
        let lists: Vec<Vec<String>> = letter
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Prose(p) => Some(blocks(p)),
                _ => None,
            })
            .flatten()
            .filter_map(|b| match b {
                Prose::List(items) => Some(items),
                Prose::Paragraph(_) => None,
            })
            .collect();
        let titles: Vec<String> = LESSONS
            .iter()
            .map(|id| lib.lesson(id).unwrap().title.get(lang).to_string())
            .collect();
        assert!(lists.contains(&titles), "topics list missing in {lang:?}");
        // What students learn comes from the chosen lessons: each one's first objective.
        let outcomes: Vec<String> = LESSONS
            .iter()
            .map(|id| {
                lib.lesson(id).unwrap().objectives[0]
                    .get(lang)
                    .to_lowercase()
            })
            .map(|o| o.trim_end_matches('.').to_string())
            .collect();
        assert!(
            lists.iter().any(|l| l
                .iter()
                .map(|i| i.to_lowercase())
                .eq(outcomes.iter().cloned())),
            "outcomes from the lessons in {lang:?}: {lists:?}"
        );
        assert!(lists.iter().any(|l| l.len() == 2
            && l[0].starts_with("Mr. Diaz")
            && l[0].ends_with("555-0101")
            && l[1].starts_with("Valley Crisis Center")));
    }
    let es = of(&all, Section::ParentLetter, Lang::Es)[0].text();
    assert!(es.contains("martes, 3 de febrero de 2026"));
}

/// Every combination of blank and filled school, organization, facilitators and dates, with one
/// session and with several: the letter reads as a letter in both languages.
#[test]
fn the_parent_letter_reads_correctly_for_every_blank_and_filled_field() {
    let lib = library();
    let one_or_many: [&[&str]; 2] = [&LESSONS[..1], &LESSONS];
    for mask in 0..16u8 {
        for lessons in one_or_many {
            let mut p = plan();
            p.items.clear();
            for id in lessons {
                p.add(id);
            }
            let blank = |bit: u8| mask & (1 << bit) == 0;
            if blank(0) {
                p.school.clear();
            }
            p.organization = if blank(1) {
                String::new()
            } else {
                "Hope Center".into()
            };
            if blank(2) {
                p.facilitators = "   ".into();
            }
            if blank(3) {
                p.first_mut().start = None;
            }
            let all = pages(&p, &lib, PacketLang::Both);
            for lang in Lang::ALL {
                let letter = of(&all, Section::ParentLetter, lang)[0];
                let text = format!("{}\n{}", letter.title, letter.text());
                let case = format!(
                    "{lang:?}, mask {mask:04b}, {} lessons: {text}",
                    lessons.len()
                );
                assert!(!text.contains('{'), "unfilled placeholder: {case}");
                for wrong in [
                    "with Lincoln Middle School",
                    "Lincoln Middle School Lincoln",
                    "team Lincoln",
                    "team Hope",
                    "to be confirmed to",
                    "confirmar al",
                    " 1 sessions",
                    " 1 sesiones",
                    " de el ",
                    " a el ",
                    "Spring series",
                    " .",
                    " ,",
                    "..",
                    ",,",
                    ", .",
                ] {
                    assert!(!text.contains(wrong), "“{wrong}” in {case}");
                }
                assert_eq!(text.contains("Hope Center"), !blank(1), "{case}");
                assert_eq!(text.contains("Ana Ruiz"), !blank(2), "{case}");
                assert_eq!(text.contains("Lincoln Middle School"), !blank(0), "{case}");
                let first = long_date(NaiveDate::from_ymd_opt(2026, 2, 3).unwrap(), lang);
                assert_eq!(text.contains(&first), !blank(3), "{case}");
                // Signed by someone, always.
                let signed = letter
                    .text()
                    .trim_end()
                    .lines()
                    .last()
                    .unwrap_or("")
                    .to_string();
                assert!(!signed.trim().is_empty(), "{case}");
            }
        }
    }
}

#[test]
fn the_resource_card_lists_the_local_contacts() {
    let lib = library();
    let all = pages(&plan(), &lib, PacketLang::En);
    let card = of(&all, Section::ResourceCard, Lang::En)[0];
    assert_eq!(card.audience, Audience::Student);
    let text = card.text();
    assert!(!text.contains('{'));
    assert!(text.contains("Mr. Diaz (school counselor): 555-0101"));
    assert!(text.contains("1-888-373-7888"));
}

fn steps_of(page: &Page) -> Vec<Vec<String>> {
    page.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Steps(s) => Some(s.iter().map(|s| s.title.clone()).collect()),
            _ => None,
        })
        .collect()
}

#[test]
fn skipped_steps_are_left_out_and_notes_are_in() {
    let lib = library();
    let mut plan = plan();
    let lesson = lib.lesson(LESSONS[0]).unwrap();
    let skip = lesson.steps.iter().position(|s| s.optional).unwrap_or(1);
    plan.toggle_skip(0, skip);
    plan.items[0].notes = "Use the gym example for this group.".into();
    let all = pages(&plan, &lib, PacketLang::En);
    let plans = of(&all, Section::Lessons, Lang::En);
    assert_eq!(plans.len(), LESSONS.len());
    let steps = steps_of(plans[0]);
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].len(), lesson.steps.len() - 1);
    assert!(!steps[0].contains(&lesson.steps[skip].title.en));
    assert!(plans[0]
        .text()
        .contains("Use the gym example for this group."));
    // The other lessons keep every step, and the notes stay with their own lesson.
    assert_eq!(
        steps_of(plans[1])[0].len(),
        lib.lesson(LESSONS[1]).unwrap().steps.len()
    );
    assert!(!plans[1].text().contains("gym example"));
}

#[test]
fn a_split_lesson_shows_the_steps_of_each_part_under_its_session() {
    let lib = library();
    let mut plan = plan();
    plan.items[1].split = true;
    let all = pages(&plan, &lib, PacketLang::Es);
    let page = of(&all, Section::Lessons, Lang::Es)[1];
    let parts = steps_of(page);
    assert_eq!(parts.len(), 2);
    let lesson = lib.lesson(LESSONS[1]).unwrap();
    let expected: Vec<Vec<String>> = plan.items[1]
        .parts(lesson, plan.period_minutes())
        .iter()
        .map(|p| {
            p.iter()
                .map(|&i| lesson.steps[i].title.es.clone())
                .collect()
        })
        .collect();
    assert_eq!(parts, expected);
    let headings: Vec<&String> = page
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h),
            _ => None,
        })
        .collect();
    assert!(headings
        .iter()
        .any(|h| h.starts_with("Sesión 2 (parte 1 de 2)")));
    assert!(headings
        .iter()
        .any(|h| h.starts_with("Sesión 3 (parte 2 de 2)")));
    // Each part's timing restarts at zero.
    let times: Vec<String> = page
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Steps(s) => s.first().map(|s| s.time.clone()),
            _ => None,
        })
        .collect();
    assert!(times.iter().all(|t| t.starts_with("0–")));
    // The scope and sequence has a row per session: 5 sessions for 4 lessons.
    let scope = of(&all, Section::Scope, Lang::Es)[0];
    let Block::Table { rows, .. } = &scope.blocks[0] else {
        panic!("scope is a table")
    };
    assert_eq!(rows.len(), 5);
}

#[test]
fn a_bilingual_packet_puts_each_spanish_piece_right_after_its_english_one() {
    let lib = library();
    let all = pages(&plan(), &lib, PacketLang::Both);
    assert_eq!(all.len() % 2, 0);
    for pair in all.chunks(2) {
        assert_eq!((pair[0].lang, pair[1].lang), (Lang::En, Lang::Es));
        assert_eq!(pair[0].section, pair[1].section);
        assert_eq!(pair[0].audience, pair[1].audience);
        assert_eq!(pair[0].blocks.len(), pair[1].blocks.len());
    }
    let english = pages(&plan(), &lib, PacketLang::En);
    assert_eq!(english.len() * 2, all.len());
    assert!(english.iter().all(|p| p.lang == Lang::En));
    // Parts come in order: the facilitator's, the sessions', the pages that go home.
    let parts: Vec<_> = english.iter().map(|p| p.section.part()).collect();
    let mut sorted = parts.clone();
    sorted.sort_by_key(|p| *p as u8);
    assert_eq!(parts, sorted);
}

#[test]
fn handouts_are_student_pages_without_facilitator_notes() {
    let lib = library();
    let mut plan = plan();
    plan.items[0].notes = "Facilitator-only reminder".into();
    let all = pages(&plan, &lib, PacketLang::Both);
    let handouts: Vec<&Page> = all
        .iter()
        .filter(|p| p.section == Section::Handouts)
        .collect();
    let count: usize = LESSONS
        .iter()
        .map(|id| lib.lesson(id).unwrap().handouts.len())
        .sum();
    assert_eq!(handouts.len(), count * 2);
    for page in handouts {
        assert_eq!(page.audience, Audience::Student);
        let text = page.text();
        assert!(!text.contains("Facilitator-only reminder"));
        for id in LESSONS {
            let lesson = lib.lesson(id).unwrap();
            assert!(!text.contains(lesson.safety.get(page.lang)));
        }
    }
}

#[test]
fn the_answer_key_matches_the_questions() {
    let lib = library();
    let all = pages(&plan(), &lib, PacketLang::Both);
    for lang in Lang::ALL {
        let tests = of(&all, Section::Tests, lang);
        assert_eq!(tests.len(), 2, "a pre-test and a post-test");
        let questions = |p: &Page| {
            p.blocks
                .iter()
                .find_map(|b| match b {
                    Block::Questions(q) => Some(q.clone()),
                    _ => None,
                })
                .unwrap()
        };
        let pre = questions(tests[0]);
        assert_eq!(pre, questions(tests[1]));
        let items: Vec<_> = planner_domain::assessment::chosen(&plan(), &lib)
            .iter()
            .map(|t| &lib.lesson(&t.lesson).unwrap().assessment[t.item])
            .collect();
        assert!(items.len() <= planner_domain::assessment::DEFAULT_ITEMS);
        assert_eq!(pre.len(), items.len());
        let key = of(&all, Section::AnswerKey, lang)[0];
        assert_eq!(key.audience, Audience::Facilitator);
        let rows = key
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Table { rows, .. } => Some(rows.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!(rows.len(), pre.len());
        for (n, ((row, q), item)) in rows.iter().zip(&pre).zip(&items).enumerate() {
            assert_eq!(row[0], (n + 1).to_string());
            let expected = format!("{}) {}", choice_letter(item.answer), q.choices[item.answer]);
            assert_eq!(row[1], expected);
            assert_eq!(row[2], item.explanation.get(lang));
        }
        // Students never see the answers on the tests.
        for t in &tests {
            assert!(!t.text().contains(items[0].explanation.get(lang)));
        }
    }
}

#[test]
fn only_the_chosen_sections_print() {
    let lib = library();
    let plan = plan();
    let only = assemble(
        &plan,
        &lib,
        &Options {
            lang: PacketLang::Es,
            facilitator_lang: None,
            sections: vec![Section::ResourceCard, Section::Cover],
            session: None,
        },
    );
    let sections: Vec<Section> = only.iter().map(|p| p.section).collect();
    assert_eq!(sections, vec![Section::Cover, Section::ResourceCard]);
    let cover = &only[0];
    assert_eq!(cover.title, "Spring series");
    assert!(cover.text().contains("8.º grado"));
    assert!(cover
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Rings(levels) if !levels.is_empty())));
    assert_eq!(
        Options::for_plan(&plan, Lang::En).sections,
        Section::ALL.to_vec()
    );
}

#[test]
fn a_plan_without_dates_or_contacts_still_reads_well() {
    let lib = library();
    let mut plan = Plan::new("p2".into(), "Draft".into(), 0);
    plan.add(LESSONS[0]);
    plan.add("a-lesson-that-was-removed");
    let all = pages(&plan, &lib, PacketLang::En);
    let letter = of(&all, Section::ParentLetter, Lang::En)[0].text();
    assert!(!letter.contains('{'));
    assert!(letter.contains("the dates will be confirmed soon"));
    assert!(
        letter.contains("your child's school") && !letter.contains("Draft"),
        "a missing school is the family's own school, never the plan's name"
    );
    assert!(letter.contains("The prevention team"));
    assert_eq!(of(&all, Section::Lessons, Lang::En).len(), 1);
    let scope = of(&all, Section::Scope, Lang::En)[0].text();
    assert!(scope.contains("a-lesson-that-was-removed (no longer in the library)"));
}

#[test]
fn the_contents_list_every_piece_by_part_and_session() {
    let lib = library();
    let only = assemble(
        &plan(),
        &lib,
        &Options {
            lang: PacketLang::En,
            facilitator_lang: None,
            sections: vec![
                Section::Cover,
                Section::Contents,
                Section::Handouts,
                Section::ParentLetter,
            ],
            session: None,
        },
    );
    assert_eq!(only[1].section, Section::Contents);
    let text = only[1].text();
    assert!(text.contains("Student and family pages, session by session"));
    assert!(text.contains("Pages that go home"));
    let first = lib.lesson(LESSONS[0]).unwrap();
    assert!(
        text.contains(&format!(
            "Session 1 · {} (Student)",
            first.handouts[0].title.en
        )),
        "{text}"
    );
    assert!(
        !text.contains("For the facilitator"),
        "no facilitator pages chosen"
    );
    // The cover holds no list of sections any more (it spilled onto a second sheet).
    assert!(!only[0]
        .blocks
        .iter()
        .any(|b| matches!(b, Block::List(l) if l.iter().any(|i| i.contains("Letter")))));
}

#[test]
fn tests_follow_the_plans_pre_and_post_settings() {
    let lib = library();
    let mut plan = planner_domain::plan::Plan::new("p".into(), "P".into(), 0);
    plan.add("what-is-trafficking-6-8");
    let count = |plan: &planner_domain::plan::Plan| {
        assemble(plan, &lib, &Options::for_plan(plan, Lang::En))
            .iter()
            .filter(|p| p.section == Section::Tests)
            .count()
    };
    assert_eq!(count(&plan), 2);
    plan.post_test = false;
    assert_eq!(count(&plan), 1);
    plan.pre_test = false;
    assert_eq!(count(&plan), 0);
}

#[test]
fn the_letter_names_the_preventionists_organization_or_else_the_school() {
    let lib = library();
    let mut plan = planner_domain::plan::Plan::new("p".into(), "P".into(), 0);
    plan.school = "Lincoln Middle School".into();
    plan.add("what-is-trafficking-6-8");
    let letter_text = |plan: &planner_domain::plan::Plan| {
        let pages = assemble(plan, &lib, &Options::for_plan(plan, Lang::En));
        let letter = pages
            .iter()
            .find(|p| p.section == Section::ParentLetter)
            .expect("a letter");
        format!("{:?}", letter.blocks)
    };
    plan.organization = "Hope Crisis Center".into();
    assert!(letter_text(&plan).contains("Hope Crisis Center"));
    plan.organization.clear();
    let text = letter_text(&plan);
    assert!(!text.contains("Hope Crisis Center") && text.contains("Lincoln Middle School"));
    assert!(!text.contains("{organization}"));
}

#[test]
fn sessions_for_adults_print_for_adults_with_a_sign_in_sheet_and_stay_out_of_the_student_tests() {
    let lib = library();
    let mut plan = plan();
    plan.add("school-staff-training");
    plan.add("families-and-caregivers");
    let all = pages(&plan, &lib, PacketLang::En);
    let staff = lib.lesson("school-staff-training").unwrap();
    let families = lib.lesson("families-and-caregivers").unwrap();
    let tests = of(&all, Section::Tests, Lang::En);
    let asked: Vec<String> = tests[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Questions(q) => Some(q.iter().map(|q| q.prompt.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    let student_items: usize = LESSONS
        .iter()
        .map(|id| lib.lesson(id).unwrap().assessment.len())
        .sum();
    assert_eq!(
        asked.len(),
        student_items.min(planner_domain::assessment::DEFAULT_ITEMS),
        "only the student lessons' items"
    );
    for adult in [staff, families] {
        assert!(!adult
            .assessment
            .iter()
            .any(|a| asked.contains(&a.prompt.en)));
    }
    let handouts = of(&all, Section::Handouts, Lang::En);
    let of_lesson = |l: &planner_domain::Lesson| -> Vec<&Page> {
        handouts
            .iter()
            .copied()
            .filter(|p| p.kicker.ends_with(l.title.en.as_str()))
            .collect()
    };
    let staff_pages = of_lesson(staff);
    let sign_in = staff_pages
        .iter()
        .find(|p| p.title == "Sign-in sheet")
        .expect("a sign-in sheet for the staff session");
    let record = sign_in.text();
    assert!(
        record.contains(&format!("Session: {}", staff.title.en)),
        "{record}"
    );
    assert!(record.contains("School: Lincoln Middle School"), "{record}");
    assert!(staff_pages
        .iter()
        .filter(|p| p.title != "Sign-in sheet")
        .all(|p| p.kicker.starts_with("For school staff")
            && p.audience == Audience::Facilitator
            && !p.blocks.iter().any(|b| matches!(b, Block::NameLine { .. }))));
    let family_pages = of_lesson(families);
    assert!(family_pages
        .iter()
        .filter(|p| p.title != "Sign-in sheet")
        .all(|p| p.kicker.starts_with("For families") && p.audience == Audience::Family));
    assert!(family_pages.iter().any(|p| p.title == "Sign-in sheet"));
    // Student handouts keep their name line.
    assert!(handouts
        .iter()
        .filter(|p| p.audience == Audience::Student)
        .all(|p| p.blocks.iter().any(|b| matches!(b, Block::NameLine { .. }))));
    // The scope and sequence names each lesson's NC elements.
    let scope = of(&all, Section::Scope, Lang::En)[0].text();
    assert!(scope.contains("NC elements (G.S. 115C-81.30)"));
    assert!(scope.contains("(a)(12) Resources and reporting"));
}

/// One session printed alone holds only that session's pieces, each in both languages with
/// the session in its running header, and a copy list of exactly those pieces. The first
/// lesson here runs over two sessions: the pre-test, given in the first, stays out of the
/// second (it printed with every session of that lesson).
#[test]
fn one_session_prints_only_its_own_pieces() {
    let lib = library();
    let mut plan = plan();
    plan.items[0].split = true;
    let count = planner_domain::packet::session_count(&plan, &lib);
    assert_eq!(count, LESSONS.len() + 1);
    let one = |n: usize, sections: Vec<Section>| {
        assemble(
            &plan,
            &lib,
            &Options {
                lang: PacketLang::Both,
                facilitator_lang: Some(Lang::En),
                sections,
                session: Some(n),
            },
        )
    };
    for n in 1..=count {
        for sections in [Section::ALL.to_vec(), Section::HANDOUTS_ONLY.to_vec()] {
            let all = one(n, sections.clone());
            assert!(!all.is_empty(), "session {n}");
            for page in all.iter().filter(|p| p.section != Section::CopyList) {
                assert!(
                    page.sessions.contains(&n),
                    "session {n}: {} ({:?}) is for sessions {:?}",
                    page.piece,
                    page.section,
                    page.sessions
                );
                let label = match page.sessions.as_slice() {
                    [one] => (plan_strings(page.lang).session_n)(*one),
                    [first, .., last] => (planner_domain::i18n::packet_strings(page.lang)
                        .print
                        .sessions_n)(*first, *last),
                    [] => unreachable!("checked above"),
                };
                assert!(
                    page.running.contains(&label),
                    "session {n}: {} without {label}",
                    page.running
                );
            }
            // The copy list lists what follows it, once a piece.
            let list = all
                .iter()
                .find(|p| p.section == Section::CopyList)
                .expect("a copy list");
            let Some(Block::Table { rows, .. }) = list.blocks.last() else {
                panic!("the copy list is a table")
            };
            let mut pieces: Vec<&str> = all
                .iter()
                .filter(|p| p.section.part() != planner_domain::packet::Part::Facilitator)
                .map(|p| p.piece.as_str())
                .collect();
            pieces.dedup();
            assert_eq!(rows.len(), pieces.len(), "session {n}: {rows:?}");
        }
    }
    let tests_in = |n: usize| -> Vec<String> {
        one(n, Section::HANDOUTS_ONLY.to_vec())
            .into_iter()
            .filter(|p| p.section == Section::Tests)
            .map(|p| p.piece)
            .collect()
    };
    assert_eq!(tests_in(1), ["pre-test", "pre-test"]);
    assert!(tests_in(2).is_empty(), "{:?}", tests_in(2));
    assert_eq!(tests_in(count), ["post-test", "post-test"]);
}

#[test]
fn a_lesson_without_safety_notes_prints_where_to_turn_instead_of_an_empty_heading() {
    let mut lib = library();
    lib.lessons
        .iter_mut()
        .find(|l| l.id == LESSONS[1])
        .unwrap()
        .safety = Default::default();
    let all = pages(&plan(), &lib, PacketLang::Both);
    for (lang, says) in [
        (Lang::En, "has no safety notes of its own yet"),
        (Lang::Es, "todavía no tiene notas de seguridad propias"),
    ] {
        let plans = of(&all, Section::Lessons, lang);
        assert!(plans[1].text().contains(says), "{lang:?}");
        assert!(
            !plans[0].text().contains(says),
            "{lang:?}: its own notes print"
        );
    }
}

#[test]
fn each_lesson_plan_ends_with_the_lessons_sources() {
    let lib = library();
    let all = pages(&plan(), &lib, PacketLang::Both);
    for lang in Lang::ALL {
        let plans = of(&all, Section::Lessons, lang);
        for (page, id) in plans.iter().zip(LESSONS) {
            let lesson = lib.lesson(id).unwrap();
            assert!(!lesson.sources.is_empty(), "{id}");
            let text = page.text();
            for source in &lesson.sources {
                assert!(
                    text.contains(&source.line()),
                    "{id} {lang:?}: {}",
                    source.line()
                );
            }
        }
    }
}
