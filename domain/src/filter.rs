//! Library filtering and search: which lessons a preventionist sees for the chosen facets and
//! query, with a count beside every facet value, and the URL hash that bookmarks the view.

use crate::curriculum::{
    Form, GradeBand, Lesson, Level, Library, List, TermId, Topic, RETIRED_TOPICS,
};
use crate::lang::Lang;
use crate::search::fold;
use std::collections::BTreeSet;

/// Lesson length buckets a preventionist thinks in (a class period).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Length {
    /// Up to 30 minutes.
    Short,
    /// 31 to 45 minutes.
    Period,
    /// More than 45 minutes.
    Long,
}

impl Length {
    pub const ALL: [Length; 3] = [Length::Short, Length::Period, Length::Long];

    /// The bucket a lesson of `minutes` falls in.
    pub fn of(minutes: u16) -> Length {
        match minutes {
            0..=30 => Length::Short,
            31..=45 => Length::Period,
            _ => Length::Long,
        }
    }

    /// The id used in the URL.
    pub fn id(self) -> &'static str {
        match self {
            Length::Short => "short",
            Length::Period => "period",
            Length::Long => "long",
        }
    }

    fn from_id(id: &str) -> Option<Length> {
        Length::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// One facet of the library: a kind of tag a lesson carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Level,
    Risk,
    Protective,
    Topic,
    Form,
    Grade,
    Length,
    Audience,
    NcElement,
}

impl Facet {
    pub const ALL: [Facet; 9] = [
        Facet::Level,
        Facet::Grade,
        Facet::Audience,
        Facet::Form,
        Facet::Topic,
        Facet::NcElement,
        Facet::Risk,
        Facet::Protective,
        Facet::Length,
    ];

    /// Where this facet stands in [`Facet::ALL`] (the order of per-facet arrays).
    fn position(self) -> usize {
        Facet::ALL
            .iter()
            .position(|f| *f == self)
            .expect("Facet::ALL lists every facet")
    }

    /// The key used in the URL hash.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Level => "level",
            Facet::Risk => "risk",
            Facet::Protective => "protective",
            Facet::Topic => "topic",
            Facet::Form => "form",
            Facet::Grade => "grade",
            Facet::Length => "length",
            Facet::Audience => "audience",
            Facet::NcElement => "nc",
        }
    }

    /// The vocabulary list that names this facet's values (none for length).
    pub fn vocabulary_list(self) -> Option<List> {
        match self {
            Facet::Level => Some(List::Levels),
            Facet::Risk => Some(List::RiskFactors),
            Facet::Protective => Some(List::ProtectiveFactors),
            Facet::Topic => Some(List::Topics),
            Facet::Form => Some(List::Forms),
            Facet::Grade => Some(List::Grades),
            Facet::Audience => Some(List::Audiences),
            Facet::NcElement => Some(List::NcElements),
            Facet::Length => None,
        }
    }

    /// Every value of this facet, in vocabulary order.
    pub fn values(self, library: &Library) -> Vec<&str> {
        match self.vocabulary_list() {
            Some(list) => library
                .vocabulary
                .terms(list)
                .iter()
                .map(|t| t.id.as_str())
                .collect(),
            None => Length::ALL.iter().map(|l| l.id()).collect(),
        }
    }

    /// The values of this facet a lesson carries.
    pub fn of(self, lesson: &Lesson) -> Vec<String> {
        fn ids<T: TermId>(v: &[T]) -> Vec<String> {
            v.iter().map(|v| v.term_id().to_string()).collect()
        }
        match self {
            Facet::Level => ids::<Level>(&lesson.levels),
            Facet::Risk => lesson.risk_factors.clone(),
            Facet::Protective => lesson.protective_factors.clone(),
            Facet::Topic => ids::<Topic>(&lesson.topics),
            Facet::Form => ids::<Form>(&lesson.forms),
            Facet::Grade => ids::<GradeBand>(&lesson.grades),
            Facet::Length => vec![Length::of(lesson.minutes).id().to_string()],
            Facet::Audience => vec![lesson.audience.id().to_string()],
            Facet::NcElement => ids(&lesson.nc_elements),
        }
    }
}

/// What the preventionist chose: within a facet any chosen value matches; facets combine.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub chosen: BTreeSet<(Facet, String)>,
    pub query: String,
}

impl Filter {
    /// Whether `value` of `facet` is chosen.
    pub fn has(&self, facet: Facet, value: &str) -> bool {
        self.chosen.contains(&(facet, value.to_string()))
    }

    /// Chooses or un-chooses one facet value.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let key = (facet, value.to_string());
        if !self.chosen.remove(&key) {
            self.chosen.insert(key);
        }
    }

    /// Whether nothing is chosen and the query is empty.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty() && self.query.trim().is_empty()
    }
}

/// How many lesson cards the library shows at first, and adds with each "Show more": a
/// keystroke's DOM work stays bounded however large the library grows.
pub const CARDS_PER_PAGE: usize = 24;

/// A lesson's searchable text (title, summary, objectives) folded once per language, the
/// title kept apart so title matches can rank first.
#[derive(Clone, Debug)]
pub struct SearchText {
    title: String,
    text: String,
}

impl SearchText {
    pub fn of(lesson: &Lesson, lang: Lang) -> SearchText {
        // A lesson written in the other language only is found by its words in that one.
        let lang = lesson.text_lang(lang);
        let mut text = String::new();
        for t in [&lesson.title, &lesson.summary]
            .into_iter()
            .chain(&lesson.objectives)
        {
            text.push_str(t.get(lang));
            text.push('\n');
        }
        SearchText {
            title: fold(lesson.title.get(lang)),
            text: fold(&text),
        }
    }

    /// Every word (already folded, see [`query_words`]) occurs somewhere in the text.
    pub fn matches(&self, words: &[String]) -> bool {
        words.iter().all(|w| self.text.contains(w.as_str()))
    }

    /// How many of the words occur in the title: a lesson named for what was searched is
    /// what the preventionist is looking for, so it lists first.
    pub fn title_hits(&self, words: &[String]) -> usize {
        words
            .iter()
            .filter(|w| self.title.contains(w.as_str()))
            .count()
    }
}

/// The words of a search query, folded once per keystroke rather than once per lesson.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

/// The library prepared for filtering in one language: folded search text and every facet's
/// values per lesson, computed once, so a keystroke costs one pass over the lessons with no
/// allocation per lesson (see docs/performance.md).
pub struct Index<'a> {
    pub library: &'a Library,
    texts: Vec<SearchText>,
    /// Per lesson, per facet (in `Facet::ALL` order), the positions of its values in
    /// `values[facet]`.
    tags: Vec<[Vec<u16>; FACETS]>,
    /// Per facet, every value in vocabulary order.
    values: [Vec<&'a str>; FACETS],
}

const FACETS: usize = Facet::ALL.len();

/// Everything the library screen shows for one filter, from one pass over the lessons.
#[derive(Clone, Debug)]
pub struct Tally<'a> {
    /// The matching lessons: those with more of the query's words in their title first,
    /// then library order.
    pub results: Vec<&'a Lesson>,
    /// Per facet, each value with the number of lessons it would show.
    pub counts: FacetCounts<'a>,
}

/// Per facet, each of its values with the number of lessons it would show (the other facets
/// and the query applied, this facet's own choices not).
#[derive(Clone, Debug, PartialEq)]
pub struct FacetCounts<'a>([Vec<(&'a str, usize)>; FACETS]);

impl<'a> FacetCounts<'a> {
    /// The values of `facet`, in vocabulary order, with their counts.
    pub fn of(&self, facet: Facet) -> &[(&'a str, usize)] {
        &self.0[facet.position()]
    }
}

impl<'a> Index<'a> {
    pub fn new(library: &'a Library, lang: Lang) -> Index<'a> {
        let texts = library
            .lessons
            .iter()
            .map(|l| SearchText::of(l, lang))
            .collect();
        let values: [Vec<&'a str>; FACETS] = Facet::ALL.map(|f| f.values(library));
        let tags = library
            .lessons
            .iter()
            .map(|lesson| {
                let mut per = std::array::from_fn(|_| Vec::new());
                for (fi, facet) in Facet::ALL.into_iter().enumerate() {
                    per[fi] = facet
                        .of(lesson)
                        .iter()
                        .filter_map(|v| values[fi].iter().position(|x| x == v))
                        .map(|p| p as u16)
                        .collect();
                }
                per
            })
            .collect();
        Index {
            library,
            texts,
            tags,
            values,
        }
    }

    /// The lessons the filter shows (title matches first, then library order).
    pub fn results(&self, filter: &Filter) -> Vec<&'a Lesson> {
        self.tally(filter).results
    }

    /// For each value of `facet`, how many lessons would show if it were chosen (the other
    /// facets and the query applied).
    pub fn counts(&self, filter: &Filter, facet: Facet) -> Vec<(&'a str, usize)> {
        let mut tally = self.tally(filter);
        std::mem::take(&mut tally.counts.0[facet.position()])
    }

    /// Results and every facet's counts in one pass: a lesson failing no facet is a result and
    /// counts for every facet; failing exactly one facet, it counts for that facet only.
    pub fn tally(&self, filter: &Filter) -> Tally<'a> {
        let words = query_words(&filter.query);
        // Chosen values per facet, as positions in `values`.
        let wanted: [Vec<u16>; FACETS] = std::array::from_fn(|fi| {
            let facet = Facet::ALL[fi];
            filter
                .chosen
                .iter()
                .filter(|(f, _)| *f == facet)
                // An unknown value matches no lesson, as before.
                .map(|(_, v)| {
                    self.values[fi]
                        .iter()
                        .position(|x| x == v)
                        .map_or(u16::MAX, |p| p as u16)
                })
                .collect()
        });
        let mut counts: [Vec<usize>; FACETS] =
            std::array::from_fn(|fi| vec![0; self.values[fi].len()]);
        let mut results: Vec<(usize, &'a Lesson)> = Vec::new();
        for ((lesson, text), tags) in self.library.lessons.iter().zip(&self.texts).zip(&self.tags) {
            if !text.matches(&words) {
                continue;
            }
            let mut failed = None;
            let mut fails = 0;
            for fi in 0..FACETS {
                let w = &wanted[fi];
                if !w.is_empty() && !tags[fi].iter().any(|v| w.contains(v)) {
                    fails += 1;
                    failed = Some(fi);
                }
            }
            match (fails, failed) {
                (0, _) => {
                    results.push((text.title_hits(&words), lesson));
                    for fi in 0..FACETS {
                        for &v in &tags[fi] {
                            counts[fi][usize::from(v)] += 1;
                        }
                    }
                }
                (1, Some(fi)) => {
                    for &v in &tags[fi] {
                        counts[fi][usize::from(v)] += 1;
                    }
                }
                _ => {}
            }
        }
        // Stable: ties keep library order.
        crate::order::sort_by_key(&mut results, |(hits, _)| std::cmp::Reverse(*hits));
        Tally {
            results: results.into_iter().map(|(_, l)| l).collect(),
            counts: FacetCounts(std::array::from_fn(|fi| {
                self.values[fi]
                    .iter()
                    .copied()
                    .zip(counts[fi].iter().copied())
                    .collect()
            })),
        }
    }
}

/// Encodes the filter as a query string for the URL hash (`level=a,b&q=text`).
pub fn to_query(filter: &Filter) -> String {
    let mut parts = Vec::new();
    for facet in Facet::ALL {
        let values: Vec<&str> = filter
            .chosen
            .iter()
            .filter(|(f, _)| *f == facet)
            .map(|(_, v)| v.as_str())
            .collect();
        if !values.is_empty() {
            parts.push(format!("{}={}", facet.key(), values.join(",")));
        }
    }
    if !filter.query.trim().is_empty() {
        parts.push(format!("q={}", percent_encode(filter.query.trim())));
    }
    parts.join("&")
}

/// Reads a query string written by [`to_query`]; unknown keys and values are ignored so an
/// old bookmark still opens.
pub fn from_query(query: &str, library: &Library) -> Filter {
    let mut filter = Filter::default();
    for pair in query.split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        if key == "q" {
            filter.query = percent_decode(value);
            continue;
        }
        let Some(facet) = Facet::ALL.into_iter().find(|f| f.key() == key) else {
            continue;
        };
        // A bookmark from when labor and sex trafficking were also topics opens on the form.
        if facet == Facet::Topic {
            for v in value.split(',') {
                if let Some((_, form)) = RETIRED_TOPICS.iter().find(|(id, _)| *id == v) {
                    filter.chosen.insert((Facet::Form, form.id().to_string()));
                }
            }
        }
        let known = facet.values(library);
        for v in value.split(',') {
            let valid = match facet {
                Facet::Length => Length::from_id(v).is_some(),
                _ => known.contains(&v),
            };
            if valid {
                filter.chosen.insert((facet, v.to_string()));
            }
        }
    }
    filter
}

/// Percent-encodes everything but unreserved characters (RFC 3986), as UTF-8.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes percent-encoding (and `+` as space); malformed escapes are kept as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
