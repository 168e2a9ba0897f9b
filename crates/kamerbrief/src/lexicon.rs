//! The genre's knowledge: missions, organisations, places and named days, read from a data
//! file. The parser holds grammar; everything it knows *about the world* comes from here.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::cache::Cache;
use crate::cues::{Cues, KindCues, LetterKindCues, NegatedState, StateCues};
use crate::date::Weekday;
use crate::matcher::Matcher;
use crate::model::{Frame, ItemKind, LetterKind, Region, Status};

// `builtin_lexicon()`, written by build.rs from data/lexicon.json.
include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// The constructors `builtin_lexicon()` calls, one per kind of entry. They are kept out of
/// line so that the generated code is a list of calls, not an allocation per string.
mod built {
    use super::*;

    #[inline(never)]
    pub fn text(text: &str) -> String {
        text.to_owned()
    }

    #[inline(never)]
    pub fn texts(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| text(t)).collect()
    }

    #[inline(never)]
    pub fn named_day(name: &str, month: u8, weekday: Weekday, nth: u8) -> NamedDay {
        NamedDay { name: text(name), month, weekday, nth }
    }

    #[inline(never)]
    pub fn region(id: &str, name: &str, name_en: &str) -> Region {
        Region { id: text(id), name: text(name), name_en: text(name_en) }
    }

    #[inline(never)]
    pub fn organisation(id: &str, name: &str, name_en: &str, aliases: &[&str], kind: &str) -> OrganisationEntry {
        OrganisationEntry {
            id: text(id),
            name: text(name),
            name_en: text(name_en),
            aliases: texts(aliases),
            kind: text(kind),
        }
    }

    /// `names` is `[id, name, name_en, kind]`.
    #[inline(never)]
    pub fn place(
        names: [&str; 4],
        aliases: &[&str],
        lat: f64,
        lon: f64,
        iso_n3: Option<&str>,
        region: Option<&str>,
    ) -> PlaceEntry {
        let [id, name, name_en, kind] = names;
        PlaceEntry {
            id: text(id),
            name: text(name),
            name_en: text(name_en),
            aliases: texts(aliases),
            lat,
            lon,
            kind: text(kind),
            iso_n3: iso_n3.map(text),
            region: region.map(text),
        }
    }

    /// `names` is `[id, name, name_nl, name_en]`.
    #[inline(never)]
    pub fn mission(
        names: [&str; 4],
        short_en: Option<&str>,
        aliases: &[&str],
        frame: Frame,
        organisation: Option<&str>,
        places: &[&str],
        contribution_kind: Option<ItemKind>,
    ) -> MissionEntry {
        let [id, name, name_nl, name_en] = names;
        MissionEntry {
            id: text(id),
            name: text(name),
            name_nl: text(name_nl),
            name_en: text(name_en),
            short_en: short_en.map(text),
            aliases: texts(aliases),
            frame,
            organisation: organisation.map(text),
            places: texts(places),
            contribution_kind,
        }
    }

    #[inline(never)]
    pub fn state_cues(state: Status, cues: &[&str]) -> StateCues {
        StateCues { state, cues: texts(cues) }
    }

    #[inline(never)]
    pub fn negated_state(state: Status, becomes: Status) -> NegatedState {
        NegatedState { state, becomes }
    }

    #[inline(never)]
    pub fn kind_cues(kind: ItemKind, cues: &[&str]) -> KindCues {
        KindCues { kind, cues: texts(cues) }
    }

    #[inline(never)]
    pub fn letter_kind_cues(kind: LetterKind, status: Option<Status>, cues: &[&str]) -> LetterKindCues {
        LetterKindCues { kind, status, cues: texts(cues) }
    }
}

/// The lexicon this crate ships: `data/lexicon.json` of the workspace.
pub const BUILTIN_LEXICON_JSON: &str = include_str!("../../../data/lexicon.json");

/// Everything the parser knows about the world of Dutch mission letters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lexicon {
    /// A template for an official document's link, with `{id}` for its id (`kst-33694-9`).
    pub document_url: String,
    /// Days with a name, such as Prinsjesdag.
    #[serde(default)]
    pub named_days: Vec<NamedDay>,
    /// Regions that places belong to, for grouping and filtering.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Organisations.
    pub organisations: Vec<OrganisationEntry>,
    /// Places.
    pub places: Vec<PlaceEntry>,
    /// Missions, operations and standing contributions.
    pub missions: Vec<MissionEntry>,
    /// The genre's cue words.
    #[serde(default)]
    pub cues: Cues,
    /// The matchers for missions, places and organisations, built on first use: a lexicon is
    /// loaded once and used for many letters.
    #[serde(skip)]
    pub(crate) matchers: Cache<Matchers>,
}

/// The three matchers of a lexicon, and the organisations that lead its missions.
#[derive(Debug, Clone)]
pub(crate) struct Matchers {
    pub missions: Matcher,
    pub places: Matcher,
    pub organisations: Matcher,
    pub leaders: Vec<Leader>,
    /// Each mission's id, made once: a letter's facts name their missions thousands of times.
    pub mission_ids: Vec<crate::MissionId>,
}

/// An organisation that leads missions of the lexicon, for guessing the frame of a mission
/// the lexicon does not know: a `VN-missie` is in the frame of the VN's missions.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Leader {
    /// The organisation's index.
    pub organisation: usize,
    /// The frame most of its missions have.
    pub frame: Frame,
    /// Its aliases written in capitals (`EU`, `UN`), which may open a mission's acronym
    /// (`EUTM`, `UNMIK`).
    pub acronyms: Vec<String>,
}

/// A day with a name, found by rule: the `nth` `weekday` of `month`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedDay {
    /// The name as written.
    pub name: String,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the week.
    pub weekday: Weekday,
    /// Which one in the month, from 1.
    pub nth: u8,
}

/// An organisation in the lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationEntry {
    /// A stable id.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
    /// Every form to look for, Dutch and English.
    pub aliases: Vec<String>,
    /// Its kind: alliance, union, un, coalition, agency, service, armed-forces, armed-group.
    pub kind: String,
}

/// A place in the lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceEntry {
    /// A stable id.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
    /// Every form to look for.
    pub aliases: Vec<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Its kind: country, city, region, island, waters.
    pub kind: String,
    /// ISO 3166-1 numeric code, for countries.
    #[serde(default)]
    pub iso_n3: Option<String>,
    /// The id of the region it belongs to.
    #[serde(default)]
    pub region: Option<String>,
}

/// A mission in the lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissionEntry {
    /// A stable, URL-safe id.
    pub id: String,
    /// Its usual name.
    pub name: String,
    /// Its name in Dutch, explained where the usual name does not say what it is
    /// (`MINUSMA (VN-missie in Mali)`): what a Dutch reader sees under the usual name.
    pub name_nl: String,
    /// Its name in English, explained likewise (`MINUSMA (UN mission in Mali)`).
    pub name_en: String,
    /// Its usual name in English, where the usual name is Dutch (`Fight against ISIS` for
    /// `Strijd tegen ISIS`); none where the usual name serves in both languages (`MINUSMA`).
    #[serde(default)]
    pub short_en: Option<String>,
    /// Every form to look for. A form may belong to more than one mission
    /// (`EUCAP Sahel Mali en Niger`).
    pub aliases: Vec<String>,
    /// The organisational frame.
    pub frame: Frame,
    /// The leading organisation's id.
    #[serde(default)]
    pub organisation: Option<String>,
    /// The ids of the places where it operates.
    #[serde(default)]
    pub places: Vec<String>,
    /// The kind of a contribution to it, where the mission itself says it: a response force
    /// is a standby contribution whatever the letter calls it.
    #[serde(default)]
    pub contribution_kind: Option<ItemKind>,
}

/// Why a lexicon cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError(pub String);

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lexicon: {}", self.0)
    }
}

impl std::error::Error for LexiconError {}

impl Lexicon {
    /// The lexicon this crate ships, compiled in by `build.rs` (no JSON parsing at run time).
    pub fn builtin() -> Self {
        builtin_lexicon()
    }

    /// Reads and checks a lexicon.
    pub fn from_json(json: &str) -> Result<Self, LexiconError> {
        let lexicon: Lexicon = serde_json::from_str(json).map_err(|e| LexiconError(e.to_string()))?;
        lexicon.check()?;
        Ok(lexicon)
    }

    fn check(&self) -> Result<(), LexiconError> {
        let mut seen = std::collections::HashSet::new();
        let ids = self
            .organisations
            .iter()
            .map(|o| ("organisation", &o.id))
            .chain(self.places.iter().map(|p| ("place", &p.id)))
            .chain(self.missions.iter().map(|m| ("mission", &m.id)));
        for (kind, id) in ids {
            if !seen.insert((kind, id.as_str())) {
                return Err(LexiconError(format!("{kind} id `{id}` appears twice")));
            }
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                return Err(LexiconError(format!("{kind} id `{id}` is not lowercase a-z, 0-9 and -")));
            }
        }
        for mission in &self.missions {
            for place in &mission.places {
                if !self.places.iter().any(|p| &p.id == place) {
                    return Err(LexiconError(format!("mission `{}` names unknown place `{place}`", mission.id)));
                }
            }
            if let Some(org) = &mission.organisation
                && !self.organisations.iter().any(|o| &o.id == org)
            {
                return Err(LexiconError(format!("mission `{}` names unknown organisation `{org}`", mission.id)));
            }
            // A short name stands where the usual one does (a card's heading, a timeline lane):
            // no explanation in brackets, and only where the usual name will not do in English.
            if let Some(short) = &mission.short_en
                && (short.trim().is_empty() || short.contains('(') || short == &mission.name)
            {
                return Err(LexiconError(format!(
                    "mission `{}` has a short English name that is empty, explained or its usual name",
                    mission.id
                )));
            }
        }
        for place in &self.places {
            if let Some(region) = &place.region
                && !self.regions.iter().any(|r| &r.id == region)
            {
                return Err(LexiconError(format!("place `{}` names unknown region `{region}`", place.id)));
            }
            if !(-90.0..=90.0).contains(&place.lat) || !(-180.0..=180.0).contains(&place.lon) {
                return Err(LexiconError(format!("place `{}` has coordinates off the globe", place.id)));
            }
        }
        if let Some(cue) = self.cues.all().find(|c| c.trim().is_empty() || c.bytes().any(|b| b.is_ascii_uppercase())) {
            return Err(LexiconError(format!("cue `{cue}` is empty or not lower case")));
        }
        if !self.document_url.contains("{id}") {
            return Err(LexiconError("document_url has no `{id}`".into()));
        }
        Ok(())
    }

    /// The matchers for the lexicon's missions, places and organisations.
    pub(crate) fn matchers(&self) -> &Matchers {
        self.matchers.get_or_init(|| Matchers {
            missions: Matcher::new(self.missions.iter().map(|m| m.aliases.as_slice())),
            places: Matcher::new(self.places.iter().map(|p| p.aliases.as_slice())),
            organisations: Matcher::new(self.organisations.iter().map(|o| o.aliases.as_slice())),
            leaders: self.leaders(),
            mission_ids: self.missions.iter().map(|m| crate::MissionId::from(m.id.as_str())).collect(),
        })
    }

    /// The organisations that lead missions, each with its missions' most common frame (the
    /// first of `Frame`'s order on a tie).
    fn leaders(&self) -> Vec<Leader> {
        let mut out = Vec::new();
        for (index, org) in self.organisations.iter().enumerate() {
            let mut counts: Vec<(Frame, usize)> = Vec::new();
            for m in self.missions.iter().filter(|m| m.organisation.as_deref() == Some(org.id.as_str())) {
                match counts.iter_mut().find(|(f, _)| *f == m.frame) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((m.frame, 1)),
                }
            }
            let frame = counts.iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(f, _)| *f);
            let Some(frame) = frame else { continue };
            let acronyms = org
                .aliases
                .iter()
                .filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()))
                .cloned()
                .collect();
            out.push(Leader { organisation: index, frame, acronyms });
        }
        out
    }

    /// The organisation with this index, if it leads missions.
    pub(crate) fn leader(&self, organisation: usize) -> Option<&Leader> {
        self.matchers().leaders.iter().find(|l| l.organisation == organisation)
    }

    /// The organisation whose acronym opens `acronym` (`EU` of `EUTM`), the longest such if
    /// several do: a mission's acronym often starts with its organisation's.
    pub(crate) fn leader_opening(&self, acronym: &str) -> Option<&Leader> {
        self.matchers()
            .leaders
            .iter()
            .filter_map(|l| {
                let a = l.acronyms.iter().filter(|a| acronym.len() > a.len() && acronym.starts_with(a.as_str()));
                a.map(String::len).max().map(|len| (len, l))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, l)| l)
    }

    /// The link to an official document.
    pub fn document_url(&self, id: &str) -> String {
        self.document_url.replace("{id}", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_builtin_lexicon_is_the_json_file_and_passes_its_checks() {
        let lexicon = Lexicon::builtin();
        assert!(!lexicon.missions.is_empty());
        assert_eq!(lexicon, Lexicon::from_json(BUILTIN_LEXICON_JSON).unwrap());
    }

    #[test]
    fn ok_every_builtin_mission_has_a_dutch_and_an_english_name() {
        for mission in Lexicon::builtin().missions {
            assert!(!mission.name_nl.is_empty() && !mission.name_en.is_empty(), "{}", mission.id);
        }
    }

    #[test]
    fn err_lexicon_with_an_explained_short_english_name() {
        let json = r#"{"document_url":"x/{id}","organisations":[],"places":[],
            "missions":[{"id":"m","name":"Strijd","name_nl":"M","name_en":"M","short_en":"Fight (x)","aliases":["M"],"frame":"un"}]}"#;
        let err = Lexicon::from_json(json).unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon: mission `m` has a short English name that is empty, explained or its usual name"
        );
    }

    #[test]
    fn ok_a_dutch_usual_name_has_a_short_english_one() {
        let lexicon = Lexicon::builtin();
        let short = |id: &str| lexicon.missions.iter().find(|m| m.id == id).and_then(|m| m.short_en.clone());
        assert_eq!(short("counter-isis").as_deref(), Some("Fight against ISIS"));
        assert_eq!(short("minusma"), None);
    }

    #[test]
    fn err_lexicon_with_dangling_place() {
        let json = r#"{"document_url":"x/{id}","organisations":[],"places":[],
            "missions":[{"id":"m","name":"M","name_nl":"M","name_en":"M","aliases":["M"],"frame":"un","places":["nowhere"]}]}"#;
        let err = Lexicon::from_json(json).unwrap_err();
        assert_eq!(err.to_string(), "lexicon: mission `m` names unknown place `nowhere`");
    }

    #[test]
    fn err_lexicon_with_a_cue_in_capitals() {
        let json = r#"{"document_url":"x/{id}","organisations":[],"places":[],"missions":[],
            "cues":{"lead_before":["Onder leiding van"]}}"#;
        let err = Lexicon::from_json(json).unwrap_err();
        assert_eq!(err.to_string(), "lexicon: cue `Onder leiding van` is empty or not lower case");
    }

    #[test]
    fn err_lexicon_not_json() {
        assert!(Lexicon::from_json("{").is_err());
    }

    #[test]
    fn ok_lexicon_finds_every_mission_the_genre_issue_names() {
        // Names as a letter writes them; each must be found as a known mission.
        let names = [
            "UNIFIL",
            "UNDOF",
            "UNTSO",
            "UNMISS",
            "MONUSCO",
            "MINUSMA",
            "UNAMA",
            "KFOR",
            "SFOR",
            "EUFOR Althea",
            "EULEX Kosovo",
            "ISAF",
            "Resolute Support",
            "EUPOL Afghanistan",
            "EUTM Mali",
            "EUTM Somalia",
            "EUCAP Sahel Mali",
            "EUCAP Sahel Niger",
            "EUCAP Somalia",
            "EUBAM Libya",
            "EUBAM Rafah",
            "EUNAVFOR Atalanta",
            "EUNAVFOR MED Sophia",
            "EUNAVFOR MED Irini",
            "Ocean Shield",
            "Active Endeavour",
            "Sea Guardian",
            "NATO Mission Iraq",
            "enhanced Forward Presence",
            "NATO Response Force",
            "VJTF",
            "EU Battlegroup",
            "EMASoH",
            "CJSOTF",
        ];
        let lexicon = Lexicon::builtin();
        let matchers = lexicon.matchers();
        for name in names {
            let text = format!("Nederland draagt bij aan {name} in 2018.");
            let found = matchers.missions.find(&text, &crate::words::tokenize(&text));
            assert!(!found.is_empty(), "{name} is not a known mission");
        }
    }

    #[test]
    fn ok_lexicon_knows_at_least_fifty_missions_each_with_a_source() {
        let lexicon: serde_json::Value = serde_json::from_str(BUILTIN_LEXICON_JSON).unwrap();
        let missions = lexicon["missions"].as_array().unwrap();
        assert!(missions.len() >= 50, "only {} missions", missions.len());
        for mission in missions {
            let id = mission["id"].as_str().unwrap();
            let source = mission["source"].as_str().unwrap_or_default();
            assert!(!source.trim().is_empty(), "mission `{id}` has no source");
            assert!(!mission["aliases"].as_array().unwrap().is_empty(), "mission `{id}` has no alias");
            // A standby force (the NRF, the EU Battlegroup, the VJTF) is held ready, not deployed
            // anywhere; every other mission has a place.
            let standby = mission["contribution_kind"] == "standby";
            assert!(standby || !mission["places"].as_array().unwrap().is_empty(), "mission `{id}` has no place");
        }
        for entry in lexicon["places"].as_array().unwrap().iter().chain(lexicon["organisations"].as_array().unwrap()) {
            let id = entry["id"].as_str().unwrap();
            assert!(entry["aliases"].as_array().is_some_and(|a| !a.is_empty()), "`{id}` has no alias");
        }
    }

    #[test]
    fn ok_a_sentence_naming_older_missions_finds_them_in_their_places() {
        let text = "Sinds 2006 draagt Nederland bij aan UNIFIL in Libanon en aan EUFOR Althea in Bosnië-Herzegovina. \
                    Eerder leverde Nederland F-16’s voor Allied Force en een fregat voor EUNAVFOR MED Irini.";
        let letter = crate::parse(text, crate::Meta::default(), &Lexicon::builtin()).unwrap();
        let mut found: Vec<(&str, crate::Frame)> = letter.missions.iter().map(|m| (m.id.as_str(), m.frame)).collect();
        found.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(
            found,
            vec![
                ("allied-force", crate::Frame::Nato),
                ("eufor-althea", crate::Frame::Eu),
                ("eunavfor-med-irini", crate::Frame::Eu),
                ("unifil", crate::Frame::Un),
            ]
        );
        let althea = letter.missions.iter().find(|m| m.id == "eufor-althea").unwrap();
        assert_eq!(althea.places, vec!["bosnie-herzegovina".to_owned()]);
        assert!(letter.places.iter().any(|p| p.id == "libanon"));
    }
}
