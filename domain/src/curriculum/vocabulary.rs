//! The controlled vocabulary: every level, factor, topic and method a lesson may name,
//! stored once in `curriculum/vocabulary.toml` with its English and Spanish names.

use super::model::{Audience, Form, GradeBand, Level, Method, NcElement, Topic};
use crate::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

/// One entry of the vocabulary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub name: Text,
    /// A one-line explanation, shown as help next to the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// Writes [`Vocabulary`] (one field per list) and [`List`] (one variant per list) from one
/// line per list, so the two cannot drift apart.
macro_rules! lists {
    ($($(#[$doc:meta])* $field:ident => $variant:ident,)*) => {
        /// All the lists a lesson's tags are drawn from.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
        #[serde(deny_unknown_fields)]
        pub struct Vocabulary {
            $($(#[$doc])* pub $field: Vec<Term>,)*
        }

        /// One list of the vocabulary: a typed key for lookups.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum List {
            $($(#[$doc])* $variant,)*
        }

        impl List {
            /// Every list, in the file's order.
            pub const ALL: &[List] = &[$(List::$variant),*];

            /// The list's name in `vocabulary.toml` (and in validation messages).
            pub fn key(self) -> &'static str {
                match self {
                    $(List::$variant => stringify!($field),)*
                }
            }
        }

        impl Vocabulary {
            /// The terms of `list`.
            pub fn terms(&self, list: List) -> &[Term] {
                match list {
                    $(List::$variant => &self.$field,)*
                }
            }

            /// Every term of every list, to change them.
            pub fn terms_mut(&mut self) -> impl Iterator<Item = &mut Term> {
                [$(&mut self.$field),*].into_iter().flatten()
            }
        }
    };
}

lists! {
    levels => Levels,
    grades => Grades,
    forms => Forms,
    topics => Topics,
    methods => Methods,
    risk_factors => RiskFactors,
    protective_factors => ProtectiveFactors,
    audiences => Audiences,
    nc_elements => NcElements,
}

impl Vocabulary {
    /// The display name of `id` in `list`, falling back to the id itself so an
    /// unexpected value still shows something readable.
    pub fn name<'a>(&'a self, list: List, id: &'a str, lang: Lang) -> &'a str {
        self.terms(list)
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.name.get(lang))
    }

    /// The display names of `values` (enum values or plain ids) in `list`, in order.
    pub fn names<T: TermId>(&self, list: List, values: &[T], lang: Lang) -> Vec<String> {
        values
            .iter()
            .map(|v| self.name(list, v.term_id(), lang).to_string())
            .collect()
    }
}

/// A value a vocabulary term names: a closed-list enum (its `id()`) or a plain id.
pub trait TermId {
    fn term_id(&self) -> &str;
}

impl TermId for String {
    fn term_id(&self) -> &str {
        self
    }
}

impl TermId for &str {
    fn term_id(&self) -> &str {
        self
    }
}

macro_rules! term_ids {
    ($($t:ty),*) => {
        $(impl TermId for $t {
            fn term_id(&self) -> &str {
                self.id()
            }
        })*
    };
}

term_ids!(Level, GradeBand, Form, Topic, NcElement, Audience, Method);
