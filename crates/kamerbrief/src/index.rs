//! Look-ups on a [`Letter`] by id, instead of linear scans over its lists. The index is built
//! on first use and is not part of the model's JSON or of comparing letters.

use std::collections::HashMap;

use crate::cache::Cache;
use crate::model::*;

/// Where each id stands in its list.
pub(crate) type LetterIndex = Cache<Positions>;

#[derive(Debug, Clone, Default)]
pub(crate) struct Positions {
    missions: HashMap<String, usize>,
    events: HashMap<String, usize>,
    commitments: HashMap<String, usize>,
    places: HashMap<String, usize>,
    paragraphs: HashMap<String, usize>,
}

fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.to_owned(), i)).collect()
}

impl Letter {
    fn positions(&self) -> &Positions {
        self.index.get_or_init(|| Positions {
            missions: positions(self.missions.iter().map(|m| m.id.as_str())),
            events: positions(self.events.iter().map(|e| e.id.as_str())),
            commitments: positions(self.commitments.iter().map(|c| c.id.as_str())),
            places: positions(self.places.iter().map(|p| p.id.as_str())),
            paragraphs: positions(self.paragraphs.iter().map(|p| p.id.as_str())),
        })
    }

    /// The sentence with this id. Sentence ids count up from `s-1`, so this needs no map.
    pub fn sentence(&self, id: &str) -> Option<&Sentence> {
        let sentence = self.sentences.get(SentenceId::from(id).index()?)?;
        (sentence.id == id).then_some(sentence)
    }

    /// The mission with this id.
    pub fn mission(&self, id: &str) -> Option<&Mission> {
        self.positions().missions.get(id).and_then(|&i| self.missions.get(i))
    }

    /// The temporal expression with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.positions().events.get(id).and_then(|&i| self.events.get(i))
    }

    /// The commitment with this id.
    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.positions().commitments.get(id).and_then(|&i| self.commitments.get(i))
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.positions().places.get(id).and_then(|&i| self.places.get(i))
    }

    /// The paragraph with this id.
    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.positions().paragraphs.get(id).and_then(|&i| self.paragraphs.get(i))
    }

    /// A mission's commitments, in the letter's order.
    pub fn commitments_of<'a>(&'a self, mission: &'a Mission) -> impl Iterator<Item = &'a Commitment> + 'a {
        mission.commitments.iter().filter_map(|id| self.commitment(id))
    }

    /// The events with these ids.
    pub fn events_of<'a>(&'a self, ids: &'a [EventId]) -> impl Iterator<Item = &'a Event> + 'a {
        ids.iter().filter_map(|id| self.event(id))
    }

    /// Whether a sentence stands in the body (not in a footnote).
    pub fn in_body(&self, sentence: &str) -> bool {
        self.sentence(sentence).is_some_and(|s| s.parent.starts_with("p-"))
    }
}
