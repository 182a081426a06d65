//! The controlled vocabulary: every level, factor, topic and method a lesson may name,
//! stored once in `curriculum/vocabulary.toml` with its English and Spanish names.

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

/// All the lists a lesson's tags are drawn from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub levels: Vec<Term>,
    pub grades: Vec<Term>,
    pub forms: Vec<Term>,
    pub topics: Vec<Term>,
    pub methods: Vec<Term>,
    pub risk_factors: Vec<Term>,
    pub protective_factors: Vec<Term>,
    pub audiences: Vec<Term>,
    pub nc_elements: Vec<Term>,
}

impl Vocabulary {
    /// Every list with its name in the file, for validation and lookups.
    pub fn lists(&self) -> [(&'static str, &[Term]); 9] {
        [
            ("levels", &self.levels),
            ("grades", &self.grades),
            ("forms", &self.forms),
            ("topics", &self.topics),
            ("methods", &self.methods),
            ("risk_factors", &self.risk_factors),
            ("protective_factors", &self.protective_factors),
            ("audiences", &self.audiences),
            ("nc_elements", &self.nc_elements),
        ]
    }

    /// Every term of every list, to change them.
    pub fn terms_mut(&mut self) -> impl Iterator<Item = &mut Term> {
        [
            &mut self.levels,
            &mut self.grades,
            &mut self.forms,
            &mut self.topics,
            &mut self.methods,
            &mut self.risk_factors,
            &mut self.protective_factors,
            &mut self.audiences,
            &mut self.nc_elements,
        ]
        .into_iter()
        .flatten()
    }

    /// The display name of `id` in `list`, falling back to the id itself so an
    /// unexpected value still shows something readable.
    pub fn name<'a>(&'a self, list: &'static str, id: &'a str, lang: Lang) -> &'a str {
        self.lists()
            .into_iter()
            .find(|(name, _)| *name == list)
            .and_then(|(_, terms)| terms.iter().find(|t| t.id == id))
            .map_or(id, |t| t.name.get(lang))
    }

    /// The display names of `values` (enum values or plain ids) in `list`, in order.
    pub fn names<T: Serialize>(&self, list: &'static str, values: &[T], lang: Lang) -> Vec<String> {
        values
            .iter()
            .map(|v| self.name(list, &id_of(v), lang).to_string())
            .collect()
    }
}

/// The id an enum value has in files and in the vocabulary (its serde name).
pub fn id_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
