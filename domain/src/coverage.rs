//! What a plan covers: sessions per level of the social-ecological model (the rings) and the
//! lessons addressing each risk and protective factor (the factor table).
//!
//! Counted in sessions, not lessons: a lesson split over two periods counts twice, because
//! that is the dosage students receive. Lessons missing from the library count for nothing.

use crate::curriculum::{Audience, Level, Library, NcElement};
use crate::plan::Plan;
use crate::schedule::sessions;

/// How many sessions of a plan address one level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelCoverage {
    pub level: Level,
    pub sessions: usize,
}

/// Sessions addressing each level, innermost (Individual) first.
pub fn levels(plan: &Plan, library: &Library) -> Vec<LevelCoverage> {
    let per_item = item_sessions(plan, library);
    Level::ALL
        .iter()
        .map(|&level| LevelCoverage {
            level,
            sessions: plan
                .items
                .iter()
                .zip(&per_item)
                .filter(|(item, _)| {
                    library
                        .lesson(&item.lesson)
                        .is_some_and(|l| l.levels.contains(&level))
                })
                .map(|(_, s)| s.len())
                .sum(),
        })
        .collect()
}

/// The G.S. 115C-81.30 elements the plan's student lessons teach, in the statute's order, and
/// those none teaches.
pub fn nc_elements(plan: &Plan, library: &Library) -> (Vec<NcElement>, Vec<NcElement>) {
    let taught: Vec<NcElement> = plan
        .items
        .iter()
        .filter_map(|item| library.lesson(&item.lesson))
        .filter(|l| l.audience == Audience::Students)
        .flat_map(|l| l.nc_elements.iter().copied())
        .collect();
    NcElement::ALL.into_iter().partition(|e| taught.contains(e))
}

/// The session numbers (1-based) each plan item is taught in.
pub fn item_sessions(plan: &Plan, library: &Library) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); plan.items.len()];
    for s in sessions(plan, library) {
        out[s.item].push(s.number);
    }
    out
}

/// Whether a factor raises or lowers risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactorKind {
    Risk,
    Protective,
}

/// One row of the factor table: a vocabulary factor and the plan items addressing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorRow {
    pub kind: FactorKind,
    /// The vocabulary id (its name comes from the vocabulary, per language).
    pub id: String,
    /// Indexes of the plan items whose lesson names the factor.
    pub items: Vec<usize>,
}

/// Every risk factor, then every protective factor, of the vocabulary, with the plan items
/// addressing each (possibly none).
pub fn factors(plan: &Plan, library: &Library) -> Vec<FactorRow> {
    let vocab = &library.vocabulary;
    let rows = |kind: FactorKind| {
        let terms = match kind {
            FactorKind::Risk => &vocab.risk_factors,
            FactorKind::Protective => &vocab.protective_factors,
        };
        terms.iter().map(move |term| FactorRow {
            kind,
            id: term.id.clone(),
            items: plan
                .items
                .iter()
                .enumerate()
                .filter(|(_, item)| {
                    library.lesson(&item.lesson).is_some_and(|l| {
                        let list = match kind {
                            FactorKind::Risk => &l.risk_factors,
                            FactorKind::Protective => &l.protective_factors,
                        };
                        list.contains(&term.id)
                    })
                })
                .map(|(i, _)| i)
                .collect(),
        })
    };
    rows(FactorKind::Risk)
        .chain(rows(FactorKind::Protective))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::source::load_library;
    use std::path::Path;

    #[test]
    fn rings_count_sessions_and_the_table_lists_every_factor() {
        let lib =
            load_library(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../curriculum")).unwrap();
        let mut p = Plan::new("p".into(), "P".into(), 0);
        // Individual + Relationship, then Community + Society split over two periods, then a
        // lesson the library no longer has.
        p.add("what-is-trafficking-6-8");
        p.add("labor-trafficking-industries-9-12");
        p.add("retired");
        p.items[1].split = true;
        let counts: Vec<usize> = levels(&p, &lib).iter().map(|c| c.sessions).collect();
        assert_eq!(counts, [1, 1, 2, 2]);
        assert_eq!(item_sessions(&p, &lib), [vec![1], vec![2, 3], vec![4]]);

        let rows = factors(&p, &lib);
        let vocab = &lib.vocabulary;
        assert_eq!(
            rows.len(),
            vocab.risk_factors.len() + vocab.protective_factors.len()
        );
        let row = |id: &str| rows.iter().find(|r| r.id == id).unwrap();
        assert_eq!(row("economic-stress").items, [0]);
        assert_eq!(row("reduced-economic-opportunity").items, [1]);
        assert_eq!(row("community-connectedness").kind, FactorKind::Protective);
        assert!(row("gang-involvement").items.is_empty());
    }
}
