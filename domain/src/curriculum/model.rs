//! The lesson model: what a lesson file in `curriculum/lessons/` contains.

use crate::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

/// A level of the social-ecological model, innermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Individual,
    Relationship,
    Community,
    Society,
}

impl Level {
    /// Innermost to outermost, the order the rings are drawn.
    pub const ALL: [Level; 4] = [
        Level::Individual,
        Level::Relationship,
        Level::Community,
        Level::Society,
    ];

    /// The id used in files and vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            Level::Individual => "individual",
            Level::Relationship => "relationship",
            Level::Community => "community",
            Level::Society => "society",
        }
    }
}

/// A school grade band a lesson is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GradeBand {
    #[serde(rename = "6-8")]
    Middle,
    #[serde(rename = "9-12")]
    High,
}

impl GradeBand {
    pub const ALL: [GradeBand; 2] = [GradeBand::Middle, GradeBand::High];

    /// The id used in files and vocabulary ("6-8", "9-12").
    pub fn id(self) -> &'static str {
        match self {
            GradeBand::Middle => "6-8",
            GradeBand::High => "9-12",
        }
    }
}

/// A form of human trafficking a lesson covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    Labor,
    Sex,
}

impl Form {
    pub const ALL: [Form; 2] = [Form::Labor, Form::Sex];

    /// The id used in files and vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            Form::Labor => "labor",
            Form::Sex => "sex",
        }
    }
}

/// A lesson topic; the closed list the planner's checks reason about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    WhatIsTrafficking,
    RecruitmentTactics,
    FraudulentJobOffers,
    OnlineSafety,
    HealthyRelationships,
    HelpSeeking,
    CommunityResources,
    MediaAndNorms,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::WhatIsTrafficking,
        Topic::RecruitmentTactics,
        Topic::FraudulentJobOffers,
        Topic::OnlineSafety,
        Topic::HealthyRelationships,
        Topic::HelpSeeking,
        Topic::CommunityResources,
        Topic::MediaAndNorms,
    ];

    /// The id used in files and vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            Topic::WhatIsTrafficking => "what-is-trafficking",
            Topic::RecruitmentTactics => "recruitment-tactics",
            Topic::FraudulentJobOffers => "fraudulent-job-offers",
            Topic::OnlineSafety => "online-safety",
            Topic::HealthyRelationships => "healthy-relationships",
            Topic::HelpSeeking => "help-seeking",
            Topic::CommunityResources => "community-resources",
            Topic::MediaAndNorms => "media-and-norms",
        }
    }
}

/// An element of instruction North Carolina requires in reproductive health and safety
/// education (G.S. 115C-81.30(a)(12) sexual assault and abuse awareness, and (a)(13)
/// sex-trafficking prevention and awareness), so a series can show a principal which it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NcElement {
    HealthyRelationships,
    WhatAbuseIs,
    RiskReduction,
    ResourcesAndReporting,
    Myths,
    /// (a)(13); the statute places it from grade 7.
    SexTrafficking,
}

impl NcElement {
    pub const ALL: [NcElement; 6] = [
        NcElement::HealthyRelationships,
        NcElement::WhatAbuseIs,
        NcElement::RiskReduction,
        NcElement::ResourcesAndReporting,
        NcElement::Myths,
        NcElement::SexTrafficking,
    ];

    /// The id used in files and vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            NcElement::HealthyRelationships => "healthy-relationships",
            NcElement::WhatAbuseIs => "what-abuse-is",
            NcElement::RiskReduction => "risk-reduction",
            NcElement::ResourcesAndReporting => "resources-and-reporting",
            NcElement::Myths => "myths",
            NcElement::SexTrafficking => "sex-trafficking",
        }
    }
}

/// Who a session is for: students (the default), or the adults around them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    #[default]
    Students,
    Families,
    /// School staff (teachers, counselors, administrators, coaches, bus drivers).
    Staff,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Students, Audience::Families, Audience::Staff];

    /// The id used in files and vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            Audience::Students => "students",
            Audience::Families => "families",
            Audience::Staff => "staff",
        }
    }
}

/// How a procedure step is taught; the plan checks count distinct methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    Discussion,
    MiniLesson,
    Scenario,
    RolePlay,
    Media,
    Writing,
    SkillPractice,
    Game,
    SmallGroup,
    Reflection,
    Assessment,
}

impl Method {
    pub const ALL: [Method; 11] = [
        Method::Discussion,
        Method::MiniLesson,
        Method::Scenario,
        Method::RolePlay,
        Method::Media,
        Method::Writing,
        Method::SkillPractice,
        Method::Game,
        Method::SmallGroup,
        Method::Reflection,
        Method::Assessment,
    ];

    /// The id used in files and vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            Method::Discussion => "discussion",
            Method::MiniLesson => "mini-lesson",
            Method::Scenario => "scenario",
            Method::RolePlay => "role-play",
            Method::Media => "media",
            Method::Writing => "writing",
            Method::SkillPractice => "skill-practice",
            Method::Game => "game",
            Method::SmallGroup => "small-group",
            Method::Reflection => "reflection",
            Method::Assessment => "assessment",
        }
    }
}

/// One timed step of a lesson's procedure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: Text,
    pub minutes: u16,
    pub method: Method,
    /// Optional steps may be skipped for a short period; core steps carry the lesson.
    #[serde(default)]
    pub optional: bool,
    /// What the facilitator does and says.
    pub instructions: Text,
}

/// A printable, student-facing page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handout {
    pub title: Text,
    /// Paragraphs separated by blank lines; lines starting with "- " are list items.
    pub body: Text,
    /// How the page prints: as a page of text, or as cards to cut out.
    #[serde(default, skip_serializing_if = "HandoutKind::is_page")]
    pub kind: HandoutKind,
}

/// How a handout prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HandoutKind {
    /// A page of text.
    #[default]
    Page,
    /// Cards to cut out: the body's paragraphs are the instructions, and each "- " list item
    /// is one card, printed in a grid with dashed cut lines.
    Cards,
}

impl HandoutKind {
    pub fn is_page(&self) -> bool {
        *self == HandoutKind::Page
    }
}

/// The most text a cut-out card holds and still reads at print size in its cell.
pub const MAX_CARD_CHARS: usize = 1500;

impl Handout {
    /// The instructions and the cards of a card handout in `lang` (every list item is a card).
    pub fn cards(&self, lang: crate::Lang) -> (Vec<String>, Vec<String>) {
        let mut intro = Vec::new();
        let mut cards = Vec::new();
        for block in crate::prose::blocks(self.body.get(lang)) {
            match block {
                crate::prose::Block::Paragraph(p) => intro.push(p),
                crate::prose::Block::List(items) => cards.extend(items),
            }
        }
        (intro, cards)
    }
}

/// A pre/post assessment item with its answer key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentItem {
    pub prompt: Text,
    pub choices: Vec<Text>,
    /// Index into `choices` of the correct answer.
    pub answer: usize,
    /// Why the answer is right, for the answer key.
    pub explanation: Text,
}

/// The adaptation "traffic light" of a change, as in ETR/CDC guidance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Light {
    /// Safe to change (names, local examples, updated statistics).
    Green,
    /// Change with care (adding or reordering activities, swapping media).
    Yellow,
    /// Must stay (core content, skill practice).
    Red,
}

impl Light {
    pub const ALL: [Light; 3] = [Light::Green, Light::Yellow, Light::Red];

    /// The id used in files.
    pub fn id(self) -> &'static str {
        match self {
            Light::Green => "green",
            Light::Yellow => "yellow",
            Light::Red => "red",
        }
    }
}

/// What may change in a lesson and what must stay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adaptation {
    pub light: Light,
    pub text: Text,
}

/// A source a lesson's facts come from, so a preventionist can check and update it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The citation as a reader would look it up (title, author, year, section).
    pub citation: String,
    /// Where it is published, if there is a stable address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Source {
    /// The source as one line of a list: the citation, then its address in parentheses.
    pub fn line(&self) -> String {
        match &self.url {
            Some(url) => format!("{} ({url})", self.citation),
            None => self.citation.clone(),
        }
    }
}

/// A complete lesson, in English and Spanish.
///
/// Lists default to empty when absent so validation can say which one is missing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable id; plans refer to lessons by it, so it never changes once published.
    pub id: String,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub grades: Vec<GradeBand>,
    /// The same lesson written for the other grade band (its id), offered as a swap when a
    /// plan's grade changes band. Pairs name each other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterpart: Option<String>,
    /// Total minutes; the steps add up to it.
    pub minutes: u16,
    /// The shortest a facilitator may cut the lesson to and keep it effective.
    pub min_minutes: u16,
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(default)]
    pub risk_factors: Vec<String>,
    #[serde(default)]
    pub protective_factors: Vec<String>,
    #[serde(default, deserialize_with = "topics_compat")]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub forms: Vec<Form>,
    /// Students, families or school staff.
    #[serde(default)]
    pub audience: Audience,
    /// The G.S. 115C-81.30 elements the lesson teaches.
    #[serde(default)]
    pub nc_elements: Vec<NcElement>,
    #[serde(default)]
    pub objectives: Vec<Text>,
    #[serde(default)]
    pub materials: Vec<Text>,
    #[serde(default)]
    pub preparation: Vec<Text>,
    #[serde(default)]
    pub steps: Vec<Step>,
    #[serde(default)]
    pub discussion: Vec<Text>,
    /// Trauma-informed framing and what to do on a disclosure, for this lesson.
    pub safety: Text,
    #[serde(default)]
    pub handouts: Vec<Handout>,
    #[serde(default)]
    pub assessment: Vec<AssessmentItem>,
    #[serde(default)]
    pub adaptations: Vec<Adaptation>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The id of the lesson this one was adapted from, when a preventionist adapted a copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapted_from: Option<String>,
    /// Saved with validation problems: the library and the packet say it is a draft.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// In an adapted copy, the texts changed in one language whose other language the
    /// preventionist confirmed as still right (`diff::check_mark`), so the editor stops
    /// pointing at them; it travels with the lesson, and undo takes a confirmation back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translation_checked: Vec<String>,
}

/// Topics that were once also forms ("Labor trafficking" was both): a form now, one meaning
/// under one name. Lessons and packs written before still read, without them.
pub const RETIRED_TOPICS: [(&str, Form); 2] = [
    ("labor-trafficking", Form::Labor),
    ("sex-trafficking", Form::Sex),
];

/// Reads a lesson's topics, leaving out the retired ones (their form says the same).
fn topics_compat<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Topic>, D::Error> {
    use serde::de::Error;
    let raw: Vec<String> = Vec::deserialize(d)?;
    raw.into_iter()
        .filter(|t| !RETIRED_TOPICS.iter().any(|(id, _)| id == t))
        .map(|t| Topic::deserialize(serde::de::value::StringDeserializer::<D::Error>::new(t)))
        .collect::<Result<_, _>>()
        .map_err(D::Error::custom)
}

impl Lesson {
    /// Minutes of the steps, which validation requires to equal `minutes`.
    pub fn step_minutes(&self) -> u32 {
        self.steps.iter().map(|s| u32::from(s.minutes)).sum()
    }

    /// The languages the lesson is written in: those its title has text in. A lesson a
    /// preventionist wrote may have one only.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| !self.title.get(l).trim().is_empty())
            .collect()
    }

    /// The title to show in `lang` (the other language's when this one is not written), or
    /// "Untitled lesson" for a draft with no title yet, so every lesson has a name to open and
    /// delete it by.
    pub fn title_in(&self, lang: Lang) -> String {
        let title = self.title.get(self.text_lang(lang)).trim();
        if title.is_empty() {
            crate::i18n::strings(lang).editor.untitled.to_string()
        } else {
            title.to_string()
        }
    }

    /// The language to show the lesson's text in when `lang` is wanted: the other one when
    /// the lesson is written in that one only.
    pub fn text_lang(&self, lang: Lang) -> Lang {
        match self.missing_language() {
            Some(missing) if missing == lang => {
                Lang::ALL.into_iter().find(|&l| l != lang).unwrap_or(lang)
            }
            _ => lang,
        }
    }

    /// The language the lesson lacks when it is written in the other one only, so the library,
    /// the checks and the packet can say so.
    pub fn missing_language(&self) -> Option<Lang> {
        let written = self.languages();
        match written.as_slice() {
            [only] => Lang::ALL.into_iter().find(|l| l != only),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The serde name of a value: what files hold.
    fn serde_id<T: Serialize>(value: &T) -> String {
        serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    #[test]
    fn every_id_is_the_name_files_use() {
        fn check<T: Serialize + Copy>(all: &[T], id: fn(T) -> &'static str) {
            for v in all {
                assert_eq!(id(*v), serde_id(v));
            }
        }
        check(&Level::ALL, Level::id);
        check(&GradeBand::ALL, GradeBand::id);
        check(&Form::ALL, Form::id);
        check(&Topic::ALL, Topic::id);
        check(&NcElement::ALL, NcElement::id);
        check(&Audience::ALL, Audience::id);
        check(&Method::ALL, Method::id);
        check(&Light::ALL, Light::id);
    }
}
