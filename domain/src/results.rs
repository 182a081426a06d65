//! Pre- and post-test results of a section, anonymous, and what changed.
//!
//! The test is the packet's: the items the plan chose (see [`crate::assessment::chosen`]), in
//! the order and with the numbers they print with.
//! Results come in as a tally per item (how many answered, how many correct) or as a grid of
//! answers by student code, where a code pairs one student's pre- and post-test. Nothing
//! here holds a name: codes that look like one are refused (see [`check_code`]).

use crate::curriculum::{AssessmentItem, Library};
use crate::i18n::delivery_strings;
use crate::plan::Plan;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Fewer answers than this to an item (before or after) and its change is marked as too
/// few to read much into.
pub const MIN_ANSWERS: u32 = 5;

/// The longest student code accepted: codes are short on purpose.
pub const MAX_CODE_CHARS: usize = 12;

/// How a section's results are entered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Entry {
    #[default]
    Tally,
    Grid,
}

/// Answers to one item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub answered: u32,
    pub correct: u32,
}

impl Count {
    /// Percent correct, rounded, or `None` with no answers.
    pub fn percent(self) -> Option<u32> {
        (self.answered > 0)
            .then(|| (self.correct.min(self.answered) * 100 + self.answered / 2) / self.answered)
    }

    fn add(&mut self, other: Count) {
        self.answered += other.answered;
        self.correct += other.correct.min(other.answered);
    }
}

/// The tally of one item, before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemTally {
    /// The item's key (see [`TestItem::key`]).
    pub item: String,
    #[serde(default)]
    pub pre: Count,
    #[serde(default)]
    pub post: Count,
}

/// One student's answers, by code: a letter per item of [`Results::items`], `-` unanswered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Student {
    pub code: String,
    #[serde(default)]
    pub pre: String,
    #[serde(default)]
    pub post: String,
}

/// What the places of stored results stand for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Keys {
    /// Results entered while the screen listed every item of the plan's lessons (files
    /// without this field): the row shown as "Question n" held printed question n, so the
    /// n-th item of that list stands for the n-th printed item (see [`Results::upgrade`]).
    Pool,
    /// Keys name the printed items themselves.
    #[default]
    Printed,
}

impl Keys {
    fn pool() -> Keys {
        Keys::Pool
    }
}

/// A section's pre- and post-test results.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Results {
    #[serde(default)]
    pub entry: Entry,
    #[serde(default = "Keys::pool")]
    pub keys: Keys,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tally: Vec<ItemTally>,
    /// The item keys the grid's answer letters stand for, in order, as the test was when
    /// the grid was entered (so a later change to the plan does not shift them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub students: Vec<Student>,
}

/// One item of the plan's test.
#[derive(Clone, Debug)]
pub struct TestItem<'a> {
    /// The lesson id and the item's place in that lesson: stable when lessons move.
    pub key: String,
    /// 1-based number on the printed test.
    pub number: usize,
    pub item: &'a AssessmentItem,
}

/// The key of item `index` (0-based) of lesson `lesson`.
fn item_key(lesson: &str, index: usize) -> String {
    format!("{lesson}#{}", index + 1)
}

/// The items of the plan's pre/post test: those the packet prints, in its order and with
/// its numbers.
pub fn test_items<'a>(plan: &Plan, library: &'a Library) -> Vec<TestItem<'a>> {
    crate::assessment::chosen(plan, library)
        .iter()
        .filter_map(|t| {
            let item = library.lesson(&t.lesson)?.assessment.get(t.item)?;
            Some((item_key(&t.lesson, t.item), item))
        })
        .enumerate()
        .map(|(n, (key, item))| TestItem {
            key,
            number: n + 1,
            item,
        })
        .collect()
}

/// Every item of the plan's student lessons, in lesson order: what the results screen
/// listed before it followed the printed test (see [`Keys::Pool`]).
fn pool_keys(plan: &Plan, library: &Library) -> Vec<String> {
    crate::assessment::student_lessons(plan, library)
        .into_iter()
        .flat_map(|l| (0..l.assessment.len()).map(move |i| item_key(&l.id, i)))
        .collect()
}

/// The item a key names, if its lesson is still in the library.
pub fn item_by_key<'a>(library: &'a Library, key: &str) -> Option<&'a AssessmentItem> {
    let (lesson, n) = key.rsplit_once('#')?;
    let n: usize = n.parse().ok()?;
    library.lesson(lesson)?.assessment.get(n.checked_sub(1)?)
}

/// The longest prompt shown in a table row, in characters, before it is cut at a word.
pub const SHORT_PROMPT_CHARS: usize = 60;

/// An item's prompt short enough for a table row: cut at a word, with an ellipsis.
pub fn short_prompt(item: &AssessmentItem, lang: crate::Lang) -> String {
    let text = item.prompt.get(lang).trim();
    if text.chars().count() <= SHORT_PROMPT_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SHORT_PROMPT_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > SHORT_PROMPT_CHARS / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// How every table names an item: its number as printed and the start of its prompt
/// ("Question 3: Which of these…"); the number alone when the item left the library.
pub fn item_label(library: &Library, key: &str, number: usize, lang: crate::Lang) -> String {
    let n = (delivery_strings(lang).item_n)(number);
    match item_by_key(library, key) {
        Some(item) => format!("{n}: {}", short_prompt(item, lang)),
        None => n,
    }
}

/// An item's result: percent correct before and after, and the change in points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub key: String,
    pub number: usize,
    pub pre: Count,
    pub post: Count,
    /// Fewer than [`MIN_ANSWERS`] answers before or after.
    pub too_few: bool,
}

impl Outcome {
    fn new(key: String, number: usize, pre: Count, post: Count) -> Outcome {
        Outcome {
            too_few: pre.answered < MIN_ANSWERS || post.answered < MIN_ANSWERS,
            key,
            number,
            pre,
            post,
        }
    }

    /// Percentage points gained (negative when fewer answered correctly after).
    pub fn change(&self) -> Option<i64> {
        Some(i64::from(self.post.percent()?) - i64::from(self.pre.percent()?))
    }
}

/// The letter of a choice, as on the printed test.
fn letter_index(c: char) -> Option<usize> {
    let c = c.to_ascii_uppercase();
    c.is_ascii_uppercase().then(|| usize::from(c as u8 - b'A'))
}

impl Results {
    /// Nothing entered (whatever its keys stand for).
    pub fn is_empty(&self) -> bool {
        Results {
            keys: Keys::Printed,
            ..self.clone()
        } == Results::default()
    }

    /// Results entered the old way (see [`Keys::Pool`]) re-keyed to the printed items:
    /// the n-th item of the old list becomes printed item n. What lay beyond the printed
    /// test keeps its key and counts for no printed item (unless a printed item now has
    /// that key: then the printed question's counts win).
    pub fn upgrade(&mut self, plan: &Plan, library: &Library) {
        if self.keys == Keys::Printed {
            return;
        }
        let pool = pool_keys(plan, library);
        let printed: Vec<String> = test_items(plan, library)
            .into_iter()
            .map(|t| t.key)
            .collect();
        let rename = |key: &str| -> Option<String> {
            let n = pool.iter().position(|k| k == key)?;
            printed.get(n).cloned()
        };
        let old = std::mem::take(&mut self.tally);
        let (mut kept, moved): (Vec<ItemTally>, Vec<ItemTally>) =
            old.into_iter().partition(|t| rename(&t.item).is_none());
        for mut t in moved {
            t.item = rename(&t.item).expect("partitioned on it");
            self.tally.push(t);
        }
        kept.retain(|t| !self.tally.iter().any(|x| x.item == t.item));
        self.tally.extend(kept);
        // The grid's letters were typed in printed order: column n is printed item n, and
        // there were no columns past the printed test.
        if !self.items.is_empty() {
            self.items = printed.iter().take(self.items.len()).cloned().collect();
        }
        self.keys = Keys::Printed;
    }

    /// These results as they read now (see [`Results::upgrade`]).
    pub fn upgraded(&self, plan: &Plan, library: &Library) -> Results {
        let mut r = self.clone();
        r.upgrade(plan, library);
        r
    }

    /// The tally of item `key`, made when first asked for.
    pub fn tally_mut(&mut self, key: &str) -> &mut ItemTally {
        if let Some(i) = self.tally.iter().position(|t| t.item == key) {
            return &mut self.tally[i];
        }
        self.tally.push(ItemTally {
            item: key.to_string(),
            pre: Count::default(),
            post: Count::default(),
        });
        self.tally.last_mut().expect("just pushed")
    }

    /// Pins the grid's letters to the current test the first time a grid is entered.
    pub fn start_grid(&mut self, items: &[TestItem]) {
        if self.items.is_empty() {
            self.items = items.iter().map(|i| i.key.clone()).collect();
        }
    }

    /// Per item of the current test, the answers before and after.
    pub fn outcomes(&self, items: &[TestItem]) -> Vec<Outcome> {
        items
            .iter()
            .map(|t| {
                let (pre, post) = match self.entry {
                    Entry::Tally => self
                        .tally
                        .iter()
                        .find(|x| x.item == t.key)
                        .map_or_else(Default::default, |x| (x.pre, x.post)),
                    Entry::Grid => self.grid_counts(t),
                };
                Outcome::new(t.key.clone(), t.number, pre, post)
            })
            .collect()
    }

    fn grid_counts(&self, t: &TestItem) -> (Count, Count) {
        let Some(col) = self.items.iter().position(|k| *k == t.key) else {
            return Default::default();
        };
        let count = |answers: &dyn Fn(&Student) -> &str| {
            let mut c = Count::default();
            for s in &self.students {
                if let Some(choice) = answers(s).chars().nth(col).and_then(letter_index) {
                    c.answered += 1;
                    c.correct += u32::from(choice == t.item.answer);
                }
            }
            c
        };
        (count(&|s| &s.pre), count(&|s| &s.post))
    }

    /// With a tally, the most answers to one question before and after: as many students
    /// as the counts show took each test.
    pub fn tally_takers(&self) -> (u32, u32) {
        let most = |f: fn(&ItemTally) -> u32| self.tally.iter().map(f).max().unwrap_or(0);
        (most(|t| t.pre.answered), most(|t| t.post.answered))
    }

    /// Students with answers both before and after (what the codes pair).
    pub fn paired(&self) -> usize {
        let answered = |a: &str| a.chars().any(|c| letter_index(c).is_some());
        self.students
            .iter()
            .filter(|s| answered(&s.pre) && answered(&s.post))
            .count()
    }
}

/// Every item's answers added up, before and after.
pub fn overall(outcomes: &[Outcome]) -> Outcome {
    let mut pre = Count::default();
    let mut post = Count::default();
    for o in outcomes {
        pre.add(o.pre);
        post.add(o.post);
    }
    Outcome::new(String::new(), 0, pre, post)
}

/// Why a student code was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    Empty,
    /// Two or more words, or one capitalised word like "Maria": codes never hold names.
    LooksLikeName,
    TooLong,
    Duplicate,
}

/// Checks a student code: short, one word, and nothing like a name.
pub fn check_code(code: &str, others: &[&str]) -> Result<(), CodeProblem> {
    let code = code.trim();
    if code.is_empty() {
        return Err(CodeProblem::Empty);
    }
    // "Maria", "D'Angelo": a capital, then letters with some lower-case ones, no digits.
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 3
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
    };
    let words: Vec<&str> = code.split_whitespace().collect();
    if words.len() > 1 || capitalised(code) {
        return Err(CodeProblem::LooksLikeName);
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Err(CodeProblem::TooLong);
    }
    if others.iter().any(|o| o.trim().eq_ignore_ascii_case(code)) {
        return Err(CodeProblem::Duplicate);
    }
    Ok(())
}

/// Answer letters as typed ("a c-b", "ACXB") made into the stored form: one capital letter
/// per item, `-` where unanswered or not a choice of that item, never longer than the test.
pub fn normalize_answers(typed: &str, items: &[TestItem]) -> String {
    let choices: Vec<usize> = items.iter().map(|i| i.item.choices.len()).collect();
    normalize_letters(typed, &choices)
}

/// [`normalize_answers`] for items given by their number of choices.
fn normalize_letters(typed: &str, choices: &[usize]) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(choices.len())
        .enumerate()
        .map(|(i, c)| match letter_index(c) {
            Some(n) if n < choices[i] => c.to_ascii_uppercase(),
            _ => '-',
        })
        .collect()
}

impl Results {
    /// How many questions the grid's letters stand for: the test pinned when the grid was
    /// started (a lesson removed from the plan since keeps its column), or the plan's test.
    pub fn grid_len(&self, plan: &Plan, library: &Library) -> usize {
        match self.items.len() {
            0 => test_items(plan, library).len(),
            n => n,
        }
    }

    /// The grid's question key: for each letter of a student's answers, in order, the
    /// question it answers as the test printed it, in `lang` (its number alone when its
    /// lesson left the library). The same items as [`Results::grid_len`] counts.
    pub fn grid_key(&self, plan: &Plan, library: &Library, lang: crate::Lang) -> Vec<String> {
        let prompt = |key: &str, number: usize| match item_by_key(library, key) {
            Some(item) => item.prompt.get(lang).trim().to_string(),
            None => (delivery_strings(lang).item_n)(number),
        };
        if self.items.is_empty() {
            return test_items(plan, library)
                .iter()
                .map(|t| prompt(&t.key, t.number))
                .collect();
        }
        self.items
            .iter()
            .enumerate()
            .map(|(i, key)| prompt(key, i + 1))
            .collect()
    }

    /// Typed answers in the stored form, letter by letter against the grid's own items
    /// (see [`Results::grid_len`]), so a change to the plan never shifts a column.
    pub fn normalize(&self, typed: &str, plan: &Plan, library: &Library) -> String {
        if self.items.is_empty() {
            return normalize_answers(typed, &test_items(plan, library));
        }
        let choices: Vec<usize> = self
            .items
            .iter()
            .map(|key| {
                // An item no longer in the library takes any letter.
                item_by_key(library, key).map_or(26, |a| a.choices.len())
            })
            .collect();
        normalize_letters(typed, &choices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::library;

    fn plan(lib: &Library) -> Plan {
        let mut p = Plan::new("p".into(), "P".into(), 0);
        for l in lib
            .lessons
            .iter()
            .filter(|l| {
                l.audience == crate::curriculum::Audience::Students && l.assessment.len() >= 2
            })
            .take(2)
        {
            p.add(&l.id);
        }
        p
    }

    fn letter(n: usize) -> char {
        char::from(b'A' + u8::try_from(n).unwrap())
    }

    #[test]
    fn the_test_items_are_the_packets_questions_in_order() {
        let lib = library();
        let p = plan(&lib);
        let items = test_items(&p, &lib);
        let lessons: Vec<&crate::Lesson> = p
            .items
            .iter()
            .map(|i| lib.lesson(&i.lesson).unwrap())
            .collect();
        assert_eq!(
            items.len(),
            (lessons[0].assessment.len() + lessons[1].assessment.len())
                .min(crate::assessment::DEFAULT_ITEMS)
        );
        assert_eq!(items[0].key, format!("{}#1", lessons[0].id));
        assert_eq!(items.last().unwrap().number, items.len());
    }

    #[test]
    fn the_test_items_are_the_ones_the_plan_chose_numbered_as_printed() {
        let lib = library();
        let mut p = plan(&lib);
        let ids: Vec<String> = p.items.iter().map(|i| i.lesson.clone()).collect();
        p.test_items = Some(vec![
            crate::plan::TestItem {
                lesson: ids[1].clone(),
                item: 0,
            },
            crate::plan::TestItem {
                lesson: ids[0].clone(),
                item: 1,
            },
        ]);
        let items = test_items(&p, &lib);
        let got: Vec<(String, usize)> = items.iter().map(|i| (i.key.clone(), i.number)).collect();
        assert_eq!(
            got,
            [(format!("{}#2", ids[0]), 1), (format!("{}#1", ids[1]), 2)]
        );
        let second = &lib.lesson(&ids[0]).unwrap().assessment[1];
        assert!(std::ptr::eq(items[0].item, second));
        let label = item_label(&lib, &items[0].key, 1, crate::Lang::En);
        assert!(label.starts_with("Question 1: "), "{label}");
        assert!(label.chars().count() <= "Question 1: ".len() + SHORT_PROMPT_CHARS + 1);
        let es = item_label(&lib, &items[0].key, 1, crate::Lang::Es);
        assert!(es.starts_with("Pregunta 1: "), "{es}");
        assert_eq!(item_label(&lib, "gone#1", 4, crate::Lang::En), "Question 4");
    }

    #[test]
    fn a_tally_gives_percent_before_after_and_change_marking_thin_items() {
        let lib = library();
        let p = plan(&lib);
        let items = test_items(&p, &lib);
        let mut r = Results::default();
        *r.tally_mut(&items[0].key) = ItemTally {
            item: items[0].key.clone(),
            pre: Count {
                answered: 20,
                correct: 9,
            },
            post: Count {
                answered: 19,
                correct: 16,
            },
        };
        r.tally_mut(&items[1].key).pre = Count {
            answered: 3,
            correct: 1,
        };
        r.tally_mut(&items[1].key).post = Count {
            answered: 3,
            correct: 3,
        };
        let out = r.outcomes(&items);
        assert_eq!(out[0].pre.percent(), Some(45));
        assert_eq!(out[0].post.percent(), Some(84));
        assert_eq!(out[0].change(), Some(39));
        assert!(!out[0].too_few);
        assert!(out[1].too_few);
        assert_eq!(out[2].change(), None, "no answers, no change");
        let all = overall(&out);
        assert_eq!(
            (all.pre, all.post),
            (
                Count {
                    answered: 23,
                    correct: 10
                },
                Count {
                    answered: 22,
                    correct: 19
                }
            )
        );
        assert_eq!(all.change(), Some(86 - 43));
    }

    #[test]
    fn a_grid_pairs_codes_and_scores_against_the_answer_key() {
        let lib = library();
        let p = plan(&lib);
        let items = test_items(&p, &lib);
        let right: String = items.iter().map(|i| letter(i.item.answer)).collect();
        let wrong: String = items
            .iter()
            .map(|i| letter((i.item.answer + 1) % i.item.choices.len()))
            .collect();
        let mut r = Results {
            entry: Entry::Grid,
            ..Results::default()
        };
        r.start_grid(&items);
        r.students = vec![
            Student {
                code: "P3-01".into(),
                pre: wrong.clone(),
                post: right.clone(),
            },
            Student {
                code: "P3-02".into(),
                pre: right.to_lowercase(),
                post: right.clone(),
            },
            Student {
                code: "P3-03".into(),
                pre: "-".repeat(items.len()),
                post: wrong.clone(),
            },
        ];
        let out = r.outcomes(&items);
        assert_eq!(
            out[0].pre,
            Count {
                answered: 2,
                correct: 1
            }
        );
        assert_eq!(
            out[0].post,
            Count {
                answered: 3,
                correct: 2
            }
        );
        assert!(out[0].too_few);
        assert_eq!(r.paired(), 2);
        // The grid's letters stay with their items when the plan's lessons are reordered.
        let mut reordered = p.clone();
        reordered.items.reverse();
        let items2 = test_items(&reordered, &lib);
        let out2 = r.outcomes(&items2);
        let same = out2.iter().find(|o| o.key == out[0].key).unwrap();
        assert_eq!((same.pre, same.post), (out[0].pre, out[0].post));
    }

    #[test]
    fn codes_that_look_like_names_are_refused() {
        for name in [
            "Maria Lopez",
            "maria lopez",
            "José",
            "Ana",
            "D'Angelo",
            "Mary-Kate",
        ] {
            assert_eq!(
                check_code(name, &[]),
                Err(CodeProblem::LooksLikeName),
                "{name}"
            );
        }
        for ok in ["P3-07", "A12", "ml0412", "7", "AB", "JL"] {
            assert_eq!(check_code(ok, &[]), Ok(()), "{ok}");
        }
        assert_eq!(check_code("  ", &[]), Err(CodeProblem::Empty));
        assert_eq!(check_code("abcdefghijklm", &[]), Err(CodeProblem::TooLong));
        assert_eq!(check_code("p3-07", &["P3-07"]), Err(CodeProblem::Duplicate));
    }

    #[test]
    fn typed_answers_become_one_letter_per_item() {
        let lib = library();
        let p = plan(&lib);
        let items = test_items(&p, &lib);
        let beyond = letter(items[4].item.choices.len());
        let typed = format!("a b-z{beyond}") + &"b".repeat(20);
        let got = normalize_answers(&typed, &items);
        assert_eq!(got.chars().count(), items.len());
        // "z", and a letter past the item's last choice, are no answer.
        assert!(got.starts_with("AB---B"), "{got}");
    }

    #[test]
    fn a_lesson_removed_after_the_test_keeps_its_grid_column() {
        let lib = library();
        let mut p = plan(&lib);
        let mut r = Results::default();
        let items = test_items(&p, &lib);
        r.start_grid(&items);
        let n = items.len();
        let full = "A".repeat(n);
        assert_eq!(r.normalize(&full, &p, &lib), full);
        p.remove(0);
        assert!(test_items(&p, &lib).len() < n);
        // Every letter stays in its column, for the questions the students answered.
        assert_eq!(r.grid_len(&p, &lib), n);
        assert_eq!(r.normalize(&full, &p, &lib), full);
        // The last item's choices still bound its letter.
        let last = items.last().unwrap().item.choices.len();
        let past = format!("{}{}", "A".repeat(n - 1), letter(last));
        assert!(r.normalize(&past, &p, &lib).ends_with('-'));
    }

    #[test]
    fn the_grid_key_lists_each_letters_question_as_printed_in_both_languages() {
        let lib = library();
        let mut p = plan(&lib);
        let mut r = Results::default();
        let items = test_items(&p, &lib);
        for lang in crate::Lang::ALL {
            let key = r.grid_key(&p, &lib, lang);
            assert_eq!(key.len(), r.grid_len(&p, &lib));
            let printed: Vec<String> = items
                .iter()
                .map(|t| t.item.prompt.get(lang).trim().to_string())
                .collect();
            assert_eq!(key, printed, "{lang:?}");
        }
        assert_ne!(
            r.grid_key(&p, &lib, crate::Lang::En)[0],
            r.grid_key(&p, &lib, crate::Lang::Es)[0]
        );
        // Pinned: a lesson removed later keeps its questions in the key, in their places.
        r.start_grid(&items);
        let before = r.grid_key(&p, &lib, crate::Lang::En);
        p.remove(0);
        assert_eq!(r.grid_key(&p, &lib, crate::Lang::En), before);
        // An item whose lesson left the library keeps its place, by number.
        r.items[0] = "gone-lesson#1".into();
        assert_eq!(r.grid_key(&p, &lib, crate::Lang::Es)[0], "Pregunta 1");
        assert_eq!(r.grid_key(&p, &lib, crate::Lang::En)[1], before[1]);
    }
}
