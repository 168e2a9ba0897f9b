//! The typed model on top of the text structure: every fact found by grammar in a sentence,
//! named with the lexicon, and tied back to its source spans.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::matcher::Match;
use crate::model::*;
use crate::roles::{self, SentenceFacts};
use crate::structure::{Structure, TextUnit};
use crate::words::{Word, tokenize, tokenize_into};
use crate::{citations, figures, kinds, slug, temporal, wording};

/// How much each text says of the letter's kind: its title most, then its document kind line,
/// its dossiers' titles, and its first three paragraphs, the first most.
const TITLE_WEIGHT: u32 = 4;
const DOCUMENT_KIND_WEIGHT: u32 = 3;
const DOSSIER_WEIGHT: u32 = 2;
const OPENING_WEIGHTS: [u32; 3] = [3, 2, 1];

/// A status a sentence's wording gives, with where its cue stands.
type Cue = (Status, Range<usize>);

/// Where a sentence lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Home {
    Paragraph(usize),
    Footnote(usize),
}

/// A sentence while the model is built.
struct Draft {
    id: SentenceId,
    home: Home,
    range: Range<usize>,
    /// The text, ASCII-lowercased: byte offsets are the text's.
    lower: String,
    /// Lexicon mission indices named in the sentence itself.
    named: Vec<usize>,
    /// Named, or carried over from the sentence before.
    missions: Vec<usize>,
    /// The status its wording gives, with where the cue stands.
    cue: Option<(Status, Range<usize>)>,
    /// Where the sentence has clauses that a cue does not cross: the status each mission's own
    /// clause gives it.
    scoped: Vec<(usize, Option<Cue>)>,
    /// Where a word that points back to the missions before stands (`deze missie`), when the
    /// sentence names others too.
    back_at: Option<usize>,
    place_matches: Vec<Match>,
    org_matches: Vec<Match>,
    mission_matches: Vec<Match>,
}

/// A mission the letter names that the lexicon does not know. Its index among the missions
/// comes after the lexicon's.
struct Unknown {
    /// The slug of its name.
    id: MissionId,
    /// Its name as first written.
    name: String,
    /// Guessed from the word that calls it a mission (`EU-missie`) or its acronym (`UNMIK`); a
    /// coalition where neither tells.
    frame: Frame,
    /// The leading organisation's id, guessed the same way.
    organisation: Option<String>,
}

/// The kind of letter, and where it shows.
struct KindOfLetter {
    kind: LetterKind,
    /// The status it gives a mission the letter is about that its sentences give none.
    status: Option<Status>,
    /// The kind the metadata file gives, where it differs.
    file: Option<LetterKind>,
    /// Where the text shows it.
    source: Option<Span>,
    /// The sentences that carry its cue, with the cue's range in each.
    cues: Vec<(usize, Range<usize>)>,
    /// The missions it is about: named in a title, a sentence that carries its cue, or the
    /// first paragraph.
    about: Vec<usize>,
}

/// What is gathered about one lexicon entry across the letter.
#[derive(Default, Clone)]
struct Mentions {
    first_seen: Option<usize>,
    names: Vec<String>,
    sentences: Vec<SentenceId>,
    mentions: Vec<Mention>,
    spans: Vec<Span>,
}

impl Mentions {
    fn add(&mut self, order: usize, name: &str, sentence: &SentenceId, range: Range<usize>, spans: Vec<Span>) {
        self.first_seen.get_or_insert(order);
        if !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_owned());
        }
        if self.sentences.last() != Some(sentence) {
            self.sentences.push(sentence.clone());
        }
        self.mentions.push(Mention { sentence: sentence.clone(), range: range.into() });
        // The first mention's spans become the list as they are, not copied into a new one.
        if self.spans.is_empty() {
            self.spans = spans;
        } else {
            self.spans.extend(spans);
        }
    }
}

impl Draft {
    /// The status the sentence's wording gives mission `index`: its own clause's where the
    /// sentence has several, else the sentence's.
    fn cue_of(&self, index: usize) -> Option<&(Status, Range<usize>)> {
        match self.scoped.iter().find(|(e, _)| *e == index) {
            Some((_, cue)) => cue.as_ref(),
            None => self.cue.as_ref(),
        }
    }
}

/// `prefix` and `n` as ids are written: `s-12`. Not `format!`, which costs more than the
/// id's allocation, for an id on every sentence, event and figure.
fn numbered(prefix: &str, n: usize) -> String {
    let mut id = String::with_capacity(prefix.len() + 4);
    id.push_str(prefix);
    let digits = n.checked_ilog10().unwrap_or(0) + 1;
    for k in (0..digits).rev() {
        id.push(char::from(b'0' + (n / 10usize.pow(k) % 10) as u8));
    }
    id
}

pub(crate) struct Assembler<'a> {
    source: &'a str,
    meta: Meta,
    lexicon: &'a Lexicon,
    structure: Structure,
}

impl<'a> Assembler<'a> {
    pub fn new(source: &'a str, meta: Meta, lexicon: &'a Lexicon, structure: Structure) -> Self {
        Self { source, meta, lexicon, structure }
    }

    fn unit(&self, home: Home) -> &TextUnit {
        match home {
            Home::Paragraph(i) => &self.structure.paragraphs[i].unit,
            Home::Footnote(i) => &self.structure.footnotes[i].unit,
        }
    }

    fn text(&self, d: &Draft) -> &str {
        &self.unit(d.home).norm.text[d.range.clone()]
    }

    fn spans(&self, d: &Draft, local: Range<usize>) -> Vec<Span> {
        self.unit(d.home).norm.spans(self.source, d.range.start + local.start..d.range.start + local.end)
    }

    fn evidence(&self, d: &Draft, local: Range<usize>) -> Evidence {
        Evidence { sentence: d.id.clone(), spans: self.spans(d, local.clone()), range: local.into() }
    }

    fn parent_id(&self, home: Home) -> String {
        match home {
            Home::Paragraph(i) => numbered("p-", i + 1),
            Home::Footnote(i) => numbered("fn-", self.structure.footnotes[i].number as usize),
        }
    }

    pub fn assemble(self) -> Letter {
        let matchers = self.lexicon.matchers();
        let (missions_matcher, places_matcher, orgs_matcher) =
            (&matchers.missions, &matchers.places, &matchers.organisations);

        // Sentences: the body first, then the footnotes by number, so that ids do not depend
        // on where the PDF put its page breaks.
        let homes = (0..self.structure.paragraphs.len())
            .map(Home::Paragraph)
            .chain((0..self.structure.footnotes.len()).map(Home::Footnote));
        let mut drafts: Vec<Draft> = Vec::new();
        let mut unknown: Vec<Unknown> = Vec::new();
        let mut references = Vec::new();
        let mut events = Vec::new();
        let mut figures_out = Vec::new();
        let mut words = Vec::new();
        // Each paragraph and footnote lowered once, for the words to borrow their lower case from.
        let lowered: Vec<(Home, String)> =
            homes.clone().map(|home| (home, self.unit(home).norm.text.to_ascii_lowercase())).collect();
        for (home, lowered) in &lowered {
            let home = *home;
            for range in self.unit(home).sentences.clone() {
                let text = &self.unit(home).norm.text[range.clone()];
                // Each sentence is cut into words once; every grammar reads the same words.
                tokenize_into(text, Some(&lowered[range.clone()]), &mut words);
                let words = &words;
                let mut mission_matches = missions_matcher.find(text, words);
                let place_matches = places_matcher.find(text, words);
                let org_matches = orgs_matcher.find(text, words);
                self.name_unknown_missions(
                    text,
                    words,
                    &mut mission_matches,
                    (&place_matches, &org_matches),
                    &mut unknown,
                );
                let mut named: Vec<usize> = Vec::new();
                for m in &mission_matches {
                    for &e in &m.entries {
                        if !named.contains(&e) {
                            named.push(e);
                        }
                    }
                }
                let lower = lowered[range.clone()].to_owned();
                let cues = &self.lexicon.cues;
                let mut missions = named.clone();
                // Cheap tests first: most sentences follow one that speaks of no mission.
                if missions.is_empty()
                    && matches!(home, Home::Paragraph(_))
                    && let Some(previous) = drafts.last().filter(|p| p.home == home && !p.missions.is_empty())
                    && wording::continues_previous(cues, &lower)
                {
                    missions = previous.missions.clone();
                }
                // `… ziet af van een bijdrage aan deze missie, omdat … EUCAP …`: a word that points
                // back before any name speaks of the missions before, beside those it names.
                let mut back_at = None;
                if let Some(first) = mission_matches.first().map(|m| m.range.start)
                    && matches!(home, Home::Paragraph(_))
                    && let Some(previous) = drafts.last().filter(|p| p.home == home && !p.missions.is_empty())
                    && let Some(at) = wording::refers_back(cues, &lower, first)
                {
                    back_at = Some(at);
                    for &e in &previous.missions {
                        if !missions.contains(&e) {
                            missions.push(e);
                        }
                    }
                }
                let mut draft = Draft {
                    id: SentenceId::from(numbered("s-", drafts.len() + 1)),
                    home,
                    range,
                    lower,
                    named,
                    missions,
                    // Read in `facts`, and only where it matters: for missions or dates.
                    cue: None,
                    scoped: Vec::new(),
                    back_at,
                    place_matches,
                    org_matches,
                    mission_matches,
                };
                self.facts(&mut draft, words, &unknown, &mut references, &mut events, &mut figures_out);
                drafts.push(draft);
            }
        }

        let sentences = self.sentences(&drafts);
        let (in_paragraph, in_footnote) = self.sentence_ids_by_home(&drafts);
        let (sections, paragraphs) = self.sections_and_paragraphs(in_paragraph);
        let footnotes = self.footnotes(&drafts, in_footnote);

        let kind = self.letter_kind(&drafts, &unknown);
        let mut missions = self.missions(&drafts, &unknown, kind.as_ref(), &events, &references);
        let commitments = self.commitments(&drafts, kind.as_ref(), &events, &mut missions);
        let places = self.places(&drafts, &missions);
        let regions = self
            .lexicon
            .regions
            .iter()
            .filter(|r| places.iter().any(|p| p.region.as_deref() == Some(r.id.as_str())))
            .cloned()
            .collect();
        let organisations = self.organisations(&drafts, &missions);
        let principles = self.principles(&paragraphs);

        Letter {
            schema_version: SCHEMA_VERSION,
            meta: self.meta_with_kind(kind),
            sections,
            paragraphs,
            sentences,
            footnotes,
            references,
            events,
            commitments,
            missions,
            places,
            regions,
            organisations,
            figures: figures_out,
            principles,
            index: Default::default(),
        }
    }

    /// The id of the mission with this index: the lexicon's missions first, then `unknown`.
    fn mission_id(&self, unknown: &[Unknown], index: usize) -> MissionId {
        match self.lexicon.missions.get(index) {
            Some(_) => self.lexicon.matchers().mission_ids[index].clone(),
            None => unknown[index - self.lexicon.missions.len()].id.clone(),
        }
    }

    /// Adds to a sentence's mission `matches` the names its words call a mission (`de missie
    /// UNMIK`) that the lexicon does not know under that name. A new name joins `unknown`, with
    /// its slug as id and its organisation and frame guessed from the word that calls it a
    /// mission (`EU-missie`) or from its acronym's opening (`UN` of `UNMIK`). The name of an
    /// organisation or a place (`NAVO` of `NAVO-missie`) is no mission's; a name whose slug is a
    /// lexicon mission's id is that mission. Once named so, a name the lexicon does not know
    /// names its mission alone too, in the sentences after: `UNSMIL werkt in Libië`.
    fn name_unknown_missions(
        &self,
        text: &str,
        words: &[Word<'_>],
        matches: &mut Vec<Match>,
        (places, orgs): (&[Match], &[Match]),
        unknown: &mut Vec<Unknown>,
    ) {
        // Most sentences hold no word that could open a name, or none but within known names (of
        // missions, organisations and places, which open no mission's name): they cost a scan,
        // not a list.
        let within = |w: &Word<'_>, m: &Match| m.range.start <= w.range.start && w.range.end <= m.range.end;
        let taken = |w: &Word<'_>| matches.iter().chain(places).chain(orgs).any(|m| within(w, m));
        let may_open = |w: &Word<'_>| wording::opens_name(&self.lexicon.cues, text, w) && !taken(w);
        if unknown.is_empty() && !words.iter().any(may_open) {
            return;
        }
        let missions: Vec<Range<usize>> = matches.iter().map(|m| m.range.clone()).collect();
        let others: Vec<Range<usize>> = places.iter().chain(orgs).map(|m| m.range.clone()).collect();
        let names = wording::mission_names(&self.lexicon.cues, text, words, &missions, &others);
        if names.is_empty() && unknown.is_empty() {
            return;
        }
        let known = self.lexicon.missions.len();
        let inside = |outer: &Range<usize>, inner: &Range<usize>| outer.start <= inner.start && inner.end <= outer.end;
        for name in names {
            let written = &text[name.range.clone()];
            let id = slug(written);
            if id.is_empty() {
                continue;
            }
            let index = if let Some(i) = self.lexicon.missions.iter().position(|m| m.id == id) {
                i
            } else if let Some(k) = unknown.iter().position(|u| u.id == id) {
                known + k
            } else {
                let joined =
                    orgs.iter().find(|m| inside(&name.word, &m.range)).and_then(|m| self.lexicon.leader(m.entries[0]));
                let acronym = words.iter().find(|w| w.range.start == name.range.start).map_or(written, |w| w.text);
                let leader = joined.or_else(|| self.lexicon.leader_opening(acronym));
                unknown.push(Unknown {
                    id: MissionId::from(id),
                    name: written.to_owned(),
                    frame: leader.map_or(Frame::Coalition, |l| l.frame),
                    organisation: leader.map(|l| self.lexicon.organisations[l.organisation].id.clone()),
                });
                known + unknown.len() - 1
            };
            matches.push(Match { entries: vec![index], range: name.range });
        }
        for (k, u) in unknown.iter().enumerate() {
            for (at, _) in text.match_indices(u.name.as_str()) {
                let range = at..at + u.name.len();
                let whole = !text[..at].ends_with(char::is_alphanumeric)
                    && !text[range.end..].starts_with(char::is_alphanumeric);
                if whole && !matches.iter().any(|m| m.range.start < range.end && range.start < m.range.end) {
                    matches.push(Match { entries: vec![known + k], range });
                }
            }
        }
        crate::sort::sort_by_key(matches, |m| m.range.start);
    }

    /// The kind of letter its title, document kind, dossier titles and first paragraphs show,
    /// else the one its metadata file gives; with where the text shows it and the missions the
    /// letter is about.
    fn letter_kind(&self, drafts: &[Draft], unknown: &[Unknown]) -> Option<KindOfLetter> {
        let meta = &self.meta;
        let source =
            |field: MetaField, nth: usize| meta.sources.iter().filter(|s| s.field == field).nth(nth).map(|s| s.span);
        // The header's texts as written, with their weight and where they stand.
        let mut header: Vec<(&str, u32, Option<Span>)> = Vec::new();
        if !meta.title.trim().is_empty() {
            header.push((&meta.title, TITLE_WEIGHT, source(MetaField::Title, 0)));
        }
        if let Some(kind) = &meta.document_kind {
            header.push((kind, DOCUMENT_KIND_WEIGHT, source(MetaField::DocumentKind, 0)));
        }
        for (n, dossier) in meta.dossiers.iter().enumerate() {
            if let Some(title) = &dossier.title {
                header.push((title, DOSSIER_WEIGHT, source(MetaField::Dossier, n)));
            }
        }
        let opening = self.structure.paragraphs.iter().take(OPENING_WEIGHTS.len());
        let lower: Vec<(String, u32)> = header
            .iter()
            .map(|(text, weight, _)| (text.to_lowercase(), *weight))
            .chain(opening.zip(OPENING_WEIGHTS).map(|(p, weight)| (p.unit.norm.text.to_ascii_lowercase(), weight)))
            .collect();
        let texts: Vec<kinds::Text<'_>> =
            lower.iter().map(|(l, weight)| kinds::Text { lower: l, weight: *weight }).collect();
        let (kind, status, found, file) = match kinds::recognise(&self.lexicon.cues, &texts) {
            Some(r) => (r.kind, r.status, r.found, meta.letter_kind.filter(|k| *k != r.kind)),
            None => {
                let kind = meta.letter_kind?;
                let status = self.lexicon.cues.letter_kinds.iter().find(|k| k.kind == kind).and_then(|k| k.status);
                (kind, status, Vec::new(), None)
            }
        };
        // The sentences of the opening that carry the kind's cue, and where the text shows it.
        let mut cues = Vec::new();
        let mut shown = None;
        for (t, range) in found {
            let Some(p) = t.checked_sub(header.len()) else {
                shown = shown.or(header[t].2);
                continue;
            };
            let spans = self.structure.paragraphs[p].unit.norm.spans(self.source, range.clone());
            if let (Some(first), Some(last)) = (spans.first(), spans.last()) {
                shown = shown.or(Some(Span::new(first.start, last.end)));
            }
            let sentence = drafts.iter().position(|d| d.home == Home::Paragraph(p) && d.range.contains(&range.start));
            if let Some(i) = sentence {
                let d = &drafts[i];
                cues.push((i, range.start - d.range.start..range.end.min(d.range.end) - d.range.start));
            }
        }
        // The missions it is about: named in a title, in a sentence that carries its cue, or in
        // the first paragraph.
        let mut about: Vec<usize> = Vec::new();
        let matchers = self.lexicon.matchers();
        for (text, _, _) in &header {
            let words = tokenize(text);
            let mut matches = matchers.missions.find(text, &words);
            let places = matchers.places.find(text, &words);
            let orgs = matchers.organisations.find(text, &words);
            // A name the title gives that the letter's sentences do not is left: it has no mentions.
            let mut ignored = Vec::new();
            self.name_unknown_missions(text, &words, &mut matches, (&places, &orgs), &mut ignored);
            let known = self.lexicon.missions.len();
            for m in &matches {
                for &e in &m.entries {
                    let e = match e.checked_sub(known) {
                        None => Some(e),
                        Some(k) => unknown.iter().position(|u| u.id == ignored[k].id).map(|u| known + u),
                    };
                    about.extend(e.filter(|e| !about.contains(e)));
                }
            }
        }
        let opening_sentences = drafts.iter().enumerate().filter(|(_, d)| d.home == Home::Paragraph(0)).map(|(i, _)| i);
        for i in cues.iter().map(|(i, _)| *i).chain(opening_sentences) {
            for &e in &drafts[i].named {
                if !about.contains(&e) {
                    about.push(e);
                }
            }
        }
        Some(KindOfLetter { kind, status, file, source: shown, cues, about })
    }

    /// The metadata, with the kind of letter where it is known, where the text shows it, and a
    /// conflict where the metadata file gives another kind.
    fn meta_with_kind(&self, kind: Option<KindOfLetter>) -> Meta {
        let mut meta = self.meta.clone();
        if let Some(k) = kind {
            meta.letter_kind = Some(k.kind);
            if let Some(span) = k.source {
                meta.sources.push(MetaSource { field: MetaField::LetterKind, span });
            }
            if let Some(file) = k.file {
                meta.conflicts.push(MetaConflict {
                    field: MetaField::LetterKind,
                    text: k.kind.as_str().to_owned(),
                    file: file.as_str().to_owned(),
                });
            }
        }
        meta
    }

    /// The citations, temporal expressions and figures of one sentence.
    fn facts(
        &self,
        d: &mut Draft,
        words: &[Word<'_>],
        unknown: &[Unknown],
        references: &mut Vec<Reference>,
        events: &mut Vec<Event>,
        figures_out: &mut Vec<Figure>,
    ) {
        let mission_id = |i: usize| self.mission_id(unknown, i);
        let mission_ids = |d: &Draft| -> Vec<MissionId> { d.missions.iter().map(|&i| mission_id(i)).collect() };
        let text = self.text(d);
        let found_citations = citations::find(text);
        let citation_numbers: Vec<Range<usize>> =
            found_citations.iter().map(|c| c.range.start..c.numbers_end).collect();
        let mut cited_after = 0;
        for c in &found_citations {
            // A citation concerns the missions named since the one before it, as in
            // `ISIS (Kamerstuk …, nr. 612), MINUSMA … en Resolute Support (…, nr. 611)`.
            let near: Vec<MissionId> = d
                .mission_matches
                .iter()
                .filter(|m| m.range.start >= cited_after && m.range.end <= c.range.start)
                .flat_map(|m| m.entries.iter().map(|&e| mission_id(e)))
                .collect();
            cited_after = c.range.end;
            references.push(Reference {
                id: ReferenceId::from(numbered("ref-", references.len() + 1)),
                text: text[c.range.clone()].to_owned(),
                dossiers: c.dossiers.clone(),
                numbers: c.numbers.clone(),
                documents: c
                    .document_ids()
                    .into_iter()
                    .map(|id| DocumentLink { url: Some(self.lexicon.document_url(&id)), id })
                    .collect(),
                date: c.date,
                sentence: d.id.clone(),
                range: c.range.clone().into(),
                missions: if near.is_empty() { mission_ids(d) } else { near },
                spans: self.spans(d, c.range.clone()),
            });
        }
        let found_events = temporal::find(text, words, self.meta.date, &self.lexicon.named_days, &citation_numbers);
        if !d.missions.is_empty() || !found_events.is_empty() {
            d.cue = wording::status_cue(&self.lexicon.cues, &d.lower);
        }
        if d.cue.is_some() && !d.missions.is_empty() {
            d.scoped = self.scoped_cues(d);
        }
        let facts = SentenceFacts {
            text,
            lower: &d.lower,
            state: d.cue.clone(),
            has_missions: !d.missions.is_empty(),
            letter: self.meta.date,
        };
        for t in &found_events {
            events.push(Event {
                id: EventId::from(numbered("ev-", events.len() + 1)),
                text: text[t.range.clone()].to_owned(),
                role: roles::role(&self.lexicon.cues, &facts, t),
                start: t.start,
                end: t.end,
                precision: t.precision,
                relative_to_letter: t.relative_to_letter,
                sentence: d.id.clone(),
                range: t.range.clone().into(),
                missions: mission_ids(d),
                spans: self.spans(d, t.range.clone()),
            });
        }
        let excluded: Vec<Range<usize>> = found_citations
            .iter()
            .map(|c| c.range.clone())
            .chain(found_events.iter().map(|t| t.range.clone()))
            .collect();
        for f in figures::find(&self.lexicon.cues, text, words, &excluded) {
            figures_out.push(Figure {
                id: FigureId::from(numbered("fig-", figures_out.len() + 1)),
                text: text[f.range.clone()].to_owned(),
                value: f.value,
                value_max: f.value_max,
                unit: f.unit,
                qualifier: f.qualifier,
                meaning: f.meaning,
                sentence: d.id.clone(),
                range: f.range.clone().into(),
                spans: self.spans(d, f.range),
            });
        }
    }

    /// The status each mission of a sentence with several clauses takes from its own clause: a
    /// named mission from the clause that names it, one the sentence points back to from the
    /// clause that points. Empty where the sentence is one clause.
    fn scoped_cues(&self, d: &Draft) -> Vec<(usize, Option<Cue>)> {
        let cues = &self.lexicon.cues;
        let clauses = wording::clauses(cues, &d.lower);
        if clauses.iter().all(|(_, n)| *n == 0) {
            return Vec::new();
        }
        let mut by_clause: Vec<(usize, Option<Cue>)> = Vec::new();
        let mut status_of = |n: usize| {
            if let Some((_, cue)) = by_clause.iter().find(|(k, _)| *k == n) {
                return cue.clone();
            }
            let cue = wording::status_cue(cues, &wording::only_clause(&d.lower, &clauses, n));
            by_clause.push((n, cue.clone()));
            cue
        };
        d.missions
            .iter()
            .map(|&e| {
                let at = d.mission_matches.iter().find(|m| m.entries.contains(&e)).map(|m| m.range.start);
                let at = at.or(d.back_at).unwrap_or(0);
                (e, status_of(wording::clause_at(&clauses, at)))
            })
            .collect()
    }

    fn sentences(&self, drafts: &[Draft]) -> Vec<Sentence> {
        drafts
            .iter()
            .map(|d| {
                let markers = &self.unit(d.home).norm.markers;
                Sentence {
                    id: d.id.clone(),
                    parent: self.parent_id(d.home),
                    text: self.text(d).to_owned(),
                    spans: self.spans(d, 0..d.range.len()),
                    footnote_markers: markers
                        .iter()
                        .filter(|m| holds_marker(&d.range, m.at))
                        .map(|m| m.number)
                        .collect(),
                }
            })
            .collect()
    }

    /// The sentence ids of each paragraph and of each footnote, in one pass.
    fn sentence_ids_by_home(&self, drafts: &[Draft]) -> (Vec<Vec<SentenceId>>, Vec<Vec<SentenceId>>) {
        let mut paragraphs = vec![Vec::new(); self.structure.paragraphs.len()];
        let mut footnotes = vec![Vec::new(); self.structure.footnotes.len()];
        for d in drafts {
            match d.home {
                Home::Paragraph(i) => paragraphs[i].push(d.id.clone()),
                Home::Footnote(i) => footnotes[i].push(d.id.clone()),
            }
        }
        (paragraphs, footnotes)
    }

    fn sections_and_paragraphs(&self, mut sentence_ids: Vec<Vec<SentenceId>>) -> (Vec<Section>, Vec<Paragraph>) {
        let mut sections: Vec<Section> = Vec::new();
        let mut paragraphs = Vec::new();
        let mut current: Option<Option<usize>> = None;
        for (i, p) in self.structure.paragraphs.iter().enumerate() {
            if current != Some(p.heading) {
                current = Some(p.heading);
                let heading = p.heading.map(|h| &self.structure.headings[h]);
                sections.push(Section {
                    id: numbered("sec-", sections.len() + 1),
                    heading: heading.map(|h| h.text.clone()),
                    heading_span: heading.map(|h| h.span),
                    paragraphs: Vec::new(),
                });
            }
            let id = ParagraphId::from(numbered("p-", i + 1));
            let section = sections.last_mut().expect("a section was pushed above");
            section.paragraphs.push(id.clone());
            let norm = &p.unit.norm;
            paragraphs.push(Paragraph {
                id,
                section: section.id.clone(),
                text: norm.text.clone(),
                spans: norm.spans(self.source, 0..norm.text.len()),
                sentences: std::mem::take(&mut sentence_ids[i]),
            });
        }
        (sections, paragraphs)
    }

    fn footnotes(&self, drafts: &[Draft], mut sentence_ids: Vec<Vec<SentenceId>>) -> Vec<Footnote> {
        // The first marker of each number, with the sentence that holds it.
        let mut markers: Vec<(u32, SentenceId, Span)> = Vec::new();
        for d in drafts.iter().filter(|d| matches!(d.home, Home::Paragraph(_))) {
            for m in self.unit(d.home).norm.markers.iter().filter(|m| holds_marker(&d.range, m.at)) {
                if !markers.iter().any(|(n, _, _)| *n == m.number) {
                    markers.push((m.number, d.id.clone(), m.span));
                }
            }
        }
        self.structure
            .footnotes
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let marker = markers.iter().find(|(n, _, _)| *n == f.number).map(|(_, id, span)| (id.clone(), *span));
                let norm = &f.unit.norm;
                Footnote {
                    number: f.number,
                    id: numbered("fn-", f.number as usize),
                    text: norm.text.clone(),
                    spans: norm.spans(self.source, 0..norm.text.len()),
                    marker_sentence: marker.as_ref().map(|(s, _)| s.clone()),
                    marker_span: marker.map(|(_, span)| span),
                    sentences: std::mem::take(&mut sentence_ids[i]),
                }
            })
            .collect()
    }

    /// The missions the letter names: the lexicon's, then those it does not know, in the order
    /// the letter first names them.
    fn missions(
        &self,
        drafts: &[Draft],
        unknown: &[Unknown],
        kind: Option<&KindOfLetter>,
        events: &[Event],
        references: &[Reference],
    ) -> Vec<Mission> {
        let cues = &self.lexicon.cues;
        let mut out: Vec<(usize, Mission)> = Vec::new();
        // Each mission the letter names, with the first sentence that names it: a letter names
        // a few of the lexicon's many.
        let mut named: Vec<(usize, usize)> = Vec::new();
        for (order, d) in drafts.iter().enumerate() {
            for &index in &d.named {
                if !named.iter().any(|(i, _)| *i == index) {
                    named.push((index, order));
                }
            }
        }
        crate::sort::sort_by_key(&mut named, |(index, _)| *index);
        for (index, first) in named {
            let entry = self.lexicon.missions.get(index);
            let evidence: Vec<&Draft> = drafts.iter().filter(|d| d.missions.contains(&index)).collect();
            let mut mentions = Mentions::default();
            let mut places: Vec<String> = entry.map_or_else(Vec::new, |e| e.places.clone());
            for (order, d) in drafts.iter().enumerate() {
                let text = self.text(d);
                for m in d.mission_matches.iter().filter(|m| m.entries.contains(&index)) {
                    mentions.add(order, &text[m.range.clone()], &d.id, m.range.clone(), self.spans(d, m.range.clone()));
                    // A name the lexicon does not know may hold its place: `EUAM Irak`.
                    let held = d
                        .place_matches
                        .iter()
                        .filter(|p| entry.is_none() && m.range.start <= p.range.start && p.range.end <= m.range.end);
                    let held = held.map(|p| self.lexicon.places[p.entries[0]].id.clone());
                    for place in held.chain(self.places_listed_after(d, m.range.end)) {
                        push_new(&mut places, place);
                    }
                }
            }
            // Else a mission the lexicon does not know is where the first sentence of the body
            // that names it and no other mission says something happens (`in Libië`).
            if entry.is_none() && places.is_empty() {
                let located = drafts
                    .iter()
                    .filter(|d| matches!(d.home, Home::Paragraph(_)) && d.named == [index])
                    .map(|d| self.places_said_where(d))
                    .find(|found| !found.is_empty());
                places = located.unwrap_or_default();
            }
            let mut partners: Vec<String> = Vec::new();
            for (_, party) in self.parties(evidence.iter().copied(), &places) {
                if !partners.contains(&party.place) {
                    partners.push(party.place);
                }
            }
            // Only sentences of the body speak for the mission: a footnote cites an older paper.
            let (status, status_sentence) = evidence
                .iter()
                .filter(|d| matches!(d.home, Home::Paragraph(_)))
                .filter_map(|d| d.cue_of(index).map(|(s, _)| (*s, d.id.clone())))
                .max_by_key(|(s, _)| wording::status_rank(*s))
                .map_or((Status::Background, None), |(s, id)| (s, Some(id)));
            // A mission the letter is about takes the status its kind gives (an examination notice's
            // mission is under consideration) where its sentences give none.
            let (status, status_sentence) = match kind {
                Some(KindOfLetter { status: Some(implied), cues: kind_cues, about, .. })
                    if status == Status::Background && about.contains(&index) =>
                {
                    let names = |i: &usize| drafts[*i].named.contains(&index);
                    let sentence = kind_cues
                        .iter()
                        .map(|(i, _)| *i)
                        .find(names)
                        .or_else(|| (0..drafts.len()).find(|i| drafts[*i].home == Home::Paragraph(0) && names(i)))
                        .or_else(|| {
                            (0..drafts.len()).find(|i| matches!(drafts[*i].home, Home::Paragraph(_)) && names(i))
                        });
                    (*implied, sentence.map(|i| drafts[i].id.clone()))
                }
                _ => (status, status_sentence),
            };
            let legal_basis = evidence
                .iter()
                .filter(|d| matches!(d.home, Home::Paragraph(_)))
                .filter_map(|d| wording::legal_basis(cues, self.text(d), &d.lower).map(|r| self.quote(d, r)))
                .collect();
            let evidence_ids: Vec<SentenceId> = evidence.iter().map(|d| d.id.clone()).collect();
            let mut regions: Vec<String> = Vec::new();
            for place in &places {
                let region = self.lexicon.places.iter().find(|p| &p.id == place).and_then(|p| p.region.clone());
                if let Some(region) = region.filter(|r| !regions.contains(r)) {
                    regions.push(region);
                }
            }
            let id = self.mission_id(unknown, index);
            let (name, name_nl, name_en, short_en, aliases, frame, organisation) = match entry {
                Some(e) => (
                    e.name.clone(),
                    e.name_nl.clone(),
                    e.name_en.clone(),
                    e.short_en.clone(),
                    e.aliases.clone(),
                    e.frame,
                    e.organisation.clone(),
                ),
                None => {
                    let u = &unknown[index - self.lexicon.missions.len()];
                    (u.name.clone(), u.name.clone(), u.name.clone(), None, Vec::new(), u.frame, u.organisation.clone())
                }
            };
            out.push((
                first,
                Mission {
                    name,
                    name_nl,
                    name_en,
                    short_en,
                    recognised: entry.is_some(),
                    names_as_written: mentions.names,
                    aliases,
                    frame,
                    organisation,
                    places,
                    regions,
                    status,
                    status_sentence,
                    events: events.iter().filter(|e| e.missions.contains(&id)).map(|e| e.id.clone()).collect(),
                    commitments: Vec::new(),
                    partners,
                    legal_basis,
                    references: references.iter().filter(|r| r.missions.contains(&id)).map(|r| r.id.clone()).collect(),
                    evidence: evidence_ids,
                    mentions: mentions.mentions,
                    spans: mentions.spans,
                    id,
                },
            ));
        }
        crate::sort::sort_by_key(&mut out, |(first, _)| *first);
        out.into_iter().map(|(_, m)| m).collect()
    }

    /// One commitment per mission the letter gives a Dutch contribution or a decision on: what
    /// is contributed, for which period, and where the decision stands, each with its words.
    fn commitments<'e>(
        &self,
        drafts: &[Draft],
        kind: Option<&KindOfLetter>,
        events: &'e [Event],
        missions: &mut [Mission],
    ) -> Vec<Commitment> {
        let cues = &self.lexicon.cues;
        let draft = |id: &SentenceId| id.index().and_then(|i| drafts.get(i));
        let in_body = |d: &&Draft| matches!(d.home, Home::Paragraph(_));
        // The period the letter as a whole covers (`bijdragen aan missies in 2018`), and a due
        // date it gives all its decisions (`op korte termijn besluiten … over de bijdragen aan
        // missies`): for commitments whose own sentences give none.
        let general = |role: DateRole| {
            events
                .iter()
                .find(|e| e.role == role && e.missions.is_empty() && draft(&e.sentence).is_some_and(|d| in_body(&d)))
        };
        let (scope, general_due) = (general(DateRole::Period), general(DateRole::DecisionDue));
        let mut dates_by_sentence: Vec<Vec<Range<usize>>> = vec![Vec::new(); drafts.len()];
        for e in events {
            if let Some(dates) = e.sentence.index().and_then(|i| dates_by_sentence.get_mut(i)) {
                dates.push(e.range.start..e.range.end);
            }
        }
        let mut out = Vec::new();
        for mission in missions.iter_mut() {
            if mission.status == Status::Background {
                continue;
            }
            let entry = self.lexicon.missions.iter().find(|e| mission.id == e.id.as_str());
            let sentences: Vec<&Draft> = mission.evidence.iter().filter_map(draft).filter(in_body).collect();
            let own = |role: DateRole| -> Vec<&'e Event> {
                mission
                    .events
                    .iter()
                    .filter_map(|id| event_at(events, id))
                    .filter(|e| e.role == role && draft(&e.sentence).is_some_and(|d| in_body(&d)))
                    .collect()
            };
            // Prefer the date in the sentence that gives the status.
            let pick = |found: Vec<&'e Event>| -> Option<&'e Event> {
                found.iter().find(|e| Some(&e.sentence) == mission.status_sentence.as_ref()).or(found.first()).copied()
            };
            let mut items: Vec<Item> = Vec::new();
            for d in sentences.iter().filter(|d| wording::states_contribution(cues, &d.lower)) {
                let text = self.text(d);
                let dates = d.id.index().map_or(&[][..], |i| &dates_by_sentence[i]);
                for range in wording::items(cues, text, &d.lower, dates) {
                    let phrase_lower = &d.lower[range.clone()];
                    let kind = cues.item_kind(phrase_lower).or_else(|| {
                        // `de militaire bijdrage …, inclusief de inzet van F-16’s`: the sentence
                        // says the kind before the list of items.
                        cues.item_kind(&d.lower[..range.start]).filter(|_| range.start > 0)
                    });
                    let kind = kind.or(entry.and_then(|e| e.contribution_kind));
                    items.push(Item { text: text[range.clone()].to_owned(), kind, evidence: self.evidence(d, range) });
                }
            }
            let state = mission.status;
            let period = match pick(own(DateRole::Period)) {
                Some(e) => Some(Self::interval(e, false)),
                None if state.is_pending() || matches!(state, Status::Decided | Status::Continuing) => {
                    scope.map(|e| Self::interval(e, true))
                }
                None => None,
            };
            let due = if state.is_pending() {
                match pick(own(DateRole::DecisionDue)) {
                    Some(e) => Some(Self::interval(e, false)),
                    None => general_due.map(|e| Self::interval(e, true)),
                }
            } else {
                None
            };
            let decision_evidence = mission.status_sentence.as_ref().and_then(|id| id.index()).and_then(|i| {
                let d = drafts.get(i)?;
                let own = d.scoped.iter().filter_map(|(_, c)| c.as_ref()).find(|(s, _)| *s == state);
                match own.or(d.cue.as_ref().filter(|_| d.scoped.is_empty())) {
                    Some((cued, range)) if *cued == state => Some(self.evidence(d, range.clone())),
                    // A status the letter's kind gives: the kind's cue, in this sentence if it
                    // holds one, else the first.
                    _ => {
                        let cues = &kind?.cues;
                        let (k, range) = cues.iter().find(|(k, _)| *k == i).or(cues.first())?;
                        Some(self.evidence(&drafts[*k], range.clone()))
                    }
                }
            });
            let mut lead = None;
            let mut partners: Vec<Party> = Vec::new();
            for (role, party) in self.parties(sentences.iter().copied(), &mission.places) {
                match role {
                    wording::Party::Lead if lead.is_none() => lead = Some(party),
                    wording::Party::Partner if !partners.iter().any(|p| p.place == party.place) => partners.push(party),
                    _ => {}
                }
            }
            let id = CommitmentId::from(numbered("c-", out.len() + 1));
            mission.commitments.push(id.clone());
            out.push(Commitment {
                id,
                mission: mission.id.clone(),
                items,
                period,
                decision: Decision { state, due, evidence: decision_evidence },
                lead,
                partners,
                legal_basis: mission.legal_basis.clone(),
                figures: Vec::new(),
                sentences: sentences.iter().map(|d| d.id.clone()).collect(),
            });
        }
        out
    }

    /// The countries that lead or work with the Netherlands in these sentences, in order, by the
    /// words just before each (`onder leiding van`, `in nauwe samenwerking met`). A mission's
    /// own places are where it operates, not partners.
    fn parties<'d>(
        &self,
        sentences: impl IntoIterator<Item = &'d Draft>,
        own_places: &[String],
    ) -> Vec<(wording::Party, Party)> {
        let mut out = Vec::new();
        for d in sentences {
            for m in &d.place_matches {
                let place = &self.lexicon.places[m.entries[0]];
                if place.kind != "country" || own_places.contains(&place.id) {
                    continue;
                }
                if let Some(role) = wording::party_before(&self.lexicon.cues, &d.lower, m.range.start) {
                    out.push((role, Party { place: place.id.clone(), evidence: self.evidence(d, m.range.clone()) }));
                }
            }
        }
        out
    }

    /// A commitment's interval from the expression it was read from; its evidence is the
    /// expression's own sentence, range and spans.
    fn interval(event: &Event, from_letter_scope: bool) -> Interval {
        Interval {
            start: event.start,
            end: event.end,
            precision: event.precision,
            relative_to_letter: event.relative_to_letter,
            text: event.text.clone(),
            event: event.id.clone(),
            from_letter_scope,
            evidence: Evidence { sentence: event.sentence.clone(), range: event.range, spans: event.spans.clone() },
        }
    }

    fn quote(&self, d: &Draft, range: Range<usize>) -> Quote {
        Quote {
            text: self.text(d)[range.clone()].to_owned(),
            sentence: d.id.clone(),
            spans: self.spans(d, range.clone()),
            range: range.into(),
        }
    }

    /// The places listed right after a mission's name: `… in Estland, Letland en Polen`.
    fn places_listed_after(&self, d: &Draft, end: usize) -> Vec<String> {
        let text = self.text(d);
        let cues = &self.lexicon.cues;
        let Some(list_start) = wording::place_list_start(cues, text, end) else { return Vec::new() };
        let mut at = list_start;
        let mut out = Vec::new();
        for m in d.place_matches.iter().filter(|m| m.range.start >= list_start) {
            if m.range.start != at && !wording::joins_list(cues, &text[at..m.range.start]) {
                break;
            }
            out.push(self.lexicon.places[m.entries[0]].id.clone());
            at = m.range.end;
        }
        out
    }

    /// The places a sentence says something happens in: each right after a word that opens a
    /// list of places (`in Libië`), and those listed with it (`in Mali en Niger`). A place named
    /// otherwise (`Nederland draagt bij`) is not where.
    fn places_said_where(&self, d: &Draft) -> Vec<String> {
        let cues = &self.lexicon.cues;
        let text = self.text(d);
        let mut out = Vec::new();
        let mut listed_to = None;
        for m in &d.place_matches {
            let before = &d.lower[..m.range.start];
            let opens = cues.place_list_after.iter().any(|c| {
                before.ends_with(c.as_str())
                    && !before[..before.len() - c.len()].ends_with(|c: char| c.is_alphanumeric())
            });
            let joined = listed_to.is_some_and(|end| wording::joins_list(cues, &text[end..m.range.start]));
            listed_to = (opens || joined).then_some(m.range.end);
            if listed_to.is_some() {
                push_new(&mut out, self.lexicon.places[m.entries[0]].id.clone());
            }
        }
        out
    }

    fn places(&self, drafts: &[Draft], missions: &[Mission]) -> Vec<Place> {
        let mut mentions = self.mentions(drafts, self.lexicon.places.len(), |d| &d.place_matches);
        let order =
            first_seen_order(&mentions, |i| missions.iter().any(|m| m.places.contains(&self.lexicon.places[i].id)));
        order
            .into_iter()
            .map(|i| {
                let entry = &self.lexicon.places[i];
                let found = std::mem::take(&mut mentions[i]);
                Place {
                    id: entry.id.clone(),
                    name: entry.name.clone(),
                    names_as_written: found.names,
                    name_en: entry.name_en.clone(),
                    lat: entry.lat,
                    lon: entry.lon,
                    kind: entry.kind.clone(),
                    iso_n3: entry.iso_n3.clone(),
                    region: entry.region.clone(),
                    sentences: found.sentences,
                    mentions: found.mentions,
                    spans: found.spans,
                }
            })
            .collect()
    }

    fn organisations(&self, drafts: &[Draft], missions: &[Mission]) -> Vec<Organisation> {
        let entries = &self.lexicon.organisations;
        let mut mentions = self.mentions(drafts, entries.len(), |d| &d.org_matches);
        let order =
            first_seen_order(&mentions, |i| missions.iter().any(|m| m.organisation.as_deref() == Some(&entries[i].id)));
        order
            .into_iter()
            .map(|i| {
                let entry = &entries[i];
                let found = std::mem::take(&mut mentions[i]);
                Organisation {
                    id: entry.id.clone(),
                    name: entry.name.clone(),
                    name_en: entry.name_en.clone(),
                    aliases: entry.aliases.clone(),
                    names_as_written: found.names,
                    kind: entry.kind.clone(),
                    sentences: found.sentences,
                    mentions: found.mentions,
                    spans: found.spans,
                }
            })
            .collect()
    }

    /// What the sentences say of each of `count` lexicon entries, from the matches `pick` gives.
    fn mentions(&self, drafts: &[Draft], count: usize, pick: impl Fn(&Draft) -> &[Match]) -> Vec<Mentions> {
        let mut mentions = vec![Mentions::default(); count];
        for (order, d) in drafts.iter().enumerate() {
            for m in pick(d) {
                mentions[m.entries[0]].add(
                    order,
                    &self.text(d)[m.range.clone()],
                    &d.id,
                    m.range.clone(),
                    self.spans(d, m.range.clone()),
                );
            }
        }
        mentions
    }

    /// Labelled paragraphs, each with the unlabelled paragraphs that follow it in its section.
    fn principles(&self, paragraphs: &[Paragraph]) -> Vec<Principle> {
        let mut out: Vec<Principle> = Vec::new();
        for p in paragraphs {
            if let Some((label, rest)) = wording::principle_label(&p.text) {
                let start = p.text.len() - rest.len();
                let norm = &self.structure.paragraphs[paragraph_index(&p.id)].unit.norm;
                out.push(Principle {
                    id: slug(label),
                    label: label.to_owned(),
                    text: rest.to_owned(),
                    paragraphs: vec![p.id.clone()],
                    spans: norm.spans(self.source, start..p.text.len()),
                });
            } else if let Some(last) = out.last_mut() {
                let last_section = paragraphs.get(paragraph_index(&last.paragraphs[0])).map(|q| &q.section);
                let follows =
                    last.paragraphs.last().is_some_and(|id| paragraph_index(id) + 1 == paragraph_index(&p.id));
                if follows && last_section == Some(&p.section) {
                    last.paragraphs.push(p.id.clone());
                }
            }
        }
        out
    }
}

/// The event with this id: ids count up from `ev-1` as the events are found.
fn event_at<'e>(events: &'e [Event], id: &EventId) -> Option<&'e Event> {
    let n: usize = id.strip_prefix("ev-")?.parse().ok()?;
    events.get(n.checked_sub(1)?).filter(|e| &e.id == id)
}

/// The entries the letter names, or that `also` wants, in the order the letter first names
/// them (entries it never names last).
fn first_seen_order(mentions: &[Mentions], also: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].first_seen.is_some() || also(i)).collect();
    crate::sort::sort_by_key(&mut order, |&i| mentions[i].first_seen.unwrap_or(usize::MAX));
    order
}

/// Adds `item` to `list` unless it is there.
fn push_new(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// `p-3` → 2.
fn paragraph_index(id: &str) -> usize {
    id.trim_start_matches("p-").parse::<usize>().map_or(0, |n| n.saturating_sub(1))
}

/// Whether a marker lifted out at normalised offset `at` belongs to the sentence in `range`:
/// it stands inside it or right after its last character.
fn holds_marker(range: &Range<usize>, at: usize) -> bool {
    range.start < at && at <= range.end
}

#[cfg(test)]
mod tests {
    use crate::{Lexicon, parse};

    use super::*;

    fn read_with(text: &str, meta: Meta) -> Letter {
        parse(text, Meta { date: "2020-03-02".parse().ok(), ..meta }, &Lexicon::builtin()).unwrap()
    }

    fn read(text: &str) -> Letter {
        read_with(text, Meta::default())
    }

    fn mission<'l>(letter: &'l Letter, id: &str) -> &'l Mission {
        letter.missions.iter().find(|m| m.id == id).unwrap_or_else(|| panic!("no mission `{id}`"))
    }

    fn statuses(letter: &Letter) -> Vec<(&str, Status)> {
        letter.missions.iter().map(|m| (m.id.as_str(), m.status)).collect()
    }

    #[test]
    fn ok_unrecognised_missions_are_kept_with_their_frame_place_and_status() {
        let text = "Nederland draagt bij aan de EU-missie EUTM Mozambique. \
                    De VN-missie UNSMIL in Libië werkt aan een politiek akkoord. \
                    Het kabinet heeft besloten de bijdrage aan de operatie CTF 150 te verlengen.\n";
        let letter = read(text);
        let eutm = mission(&letter, "eutm-mozambique");
        assert!(!eutm.recognised);
        assert_eq!(
            (eutm.name.as_str(), eutm.names_as_written.as_slice()),
            ("EUTM Mozambique", &["EUTM Mozambique".to_owned()][..])
        );
        assert_eq!((eutm.frame, eutm.organisation.as_deref()), (Frame::Eu, Some("eu")));
        assert_eq!(eutm.status, Status::Ongoing);
        assert_eq!(eutm.spans.iter().map(|s| s.slice(text)).collect::<Vec<_>>(), ["EUTM Mozambique"]);
        assert_eq!(eutm.evidence, [SentenceId::from("s-1")]);
        assert_eq!(eutm.commitments.len(), 1);
        let unsmil = mission(&letter, "unsmil");
        assert_eq!((unsmil.frame, unsmil.organisation.as_deref()), (Frame::Un, Some("vn")));
        assert_eq!((unsmil.places.as_slice(), unsmil.status), (&["libie".to_owned()][..], Status::Background));
        assert!(!unsmil.regions.is_empty());
        let ctf = mission(&letter, "ctf-150");
        assert_eq!((ctf.frame, ctf.organisation.as_deref(), ctf.status), (Frame::Coalition, None, Status::Continuing));
        assert!(letter.places.iter().any(|p| p.id == "libie"));
    }

    #[test]
    fn ok_an_unrecognised_name_is_one_mission_and_its_acronym_gives_the_frame() {
        let text = "Het kabinet onderzoekt of Nederland kan bijdragen aan de missie UNSMIL. \
                    UNSMIL ondersteunt het politieke proces in Libië. De UNSMIL-missie is in 2011 opgericht.\n";
        let letter = read(text);
        let unknown: Vec<&Mission> = letter.missions.iter().filter(|m| !m.recognised).collect();
        assert_eq!(unknown.len(), 1);
        let unsmil = unknown[0];
        assert_eq!(
            (unsmil.id.as_str(), unsmil.frame, unsmil.status),
            ("unsmil", Frame::Un, Status::UnderConsideration)
        );
        assert_eq!(unsmil.mentions.len(), 3);
        assert_eq!(unsmil.evidence.len(), 3);
        // Its place is the one of the first sentence that names it alone and a place.
        assert_eq!(unsmil.places, ["libie"]);
        assert!(letter.events.iter().any(|e| e.text == "in 2011" && e.missions == [unsmil.id.clone()]));
    }

    #[test]
    fn err_organisations_places_and_known_missions_are_no_unrecognised_missions() {
        let text = "De VN-missie MINUSMA in Mali en de NAVO-missie in Afghanistan gaan door. \
                    Ook de missie EUTM RCA en de EU-operatie Atalanta gaan door. \
                    De IVS noemt de missie van de VN.\n";
        let letter = read(text);
        let ids: Vec<&str> = letter.missions.iter().map(|m| m.id.as_str()).collect();
        assert!(letter.missions.iter().all(|m| m.recognised), "{ids:?}");
        for id in ["minusma", "eutm-rca", "atalanta"] {
            assert!(ids.iter().any(|i| i.starts_with(id)), "{id} in {ids:?}");
        }
        assert!(!ids.iter().any(|i| ["vn", "navo", "eu", "ivs"].contains(i)), "{ids:?}");
    }

    // Bug: `… ziet af van een bijdrage aan deze missie, omdat … via EUCAP Sahel Niger …` declined
    // the mission named in the reason and left the one it points back to as decided elsewhere.
    #[test]
    fn ok_a_status_cue_speaks_for_the_missions_of_its_own_clause() {
        let text = "De EU is begonnen met de EU-missie EUTM Mozambique. \
                    Het kabinet ziet af van een bijdrage aan deze missie, omdat Nederland via \
                    MINUSMA al in de regio actief is.\n";
        let letter = read(text);
        assert_eq!(statuses(&letter), [("eutm-mozambique", Status::Declined), ("minusma", Status::Background)]);
        // A sentence that names no mission but says `daaraan` speaks of the one before.
        let text = "In Y is de EU-missie EUTM Mozambique actief. \
                    Het kabinet heeft besloten daaraan een deskundige bij te dragen.\n";
        assert_eq!(statuses(&read(text)), [("eutm-mozambique", Status::Decided)]);
    }

    #[test]
    fn err_a_word_that_points_back_after_a_name_carries_nothing() {
        // `deze missie` after the name refers to the name itself, not to the mission before.
        let text = "Nederland draagt bij aan MINUSMA in Mali. \
                    Het kabinet ziet af van een bijdrage aan UNMISS, omdat deze missie te ver weg is.\n";
        assert_eq!(statuses(&read(text)), [("minusma", Status::Ongoing), ("unmiss", Status::Declined)]);
    }

    // Bug: UNAMI, the IMSC (operatie Sentinel) and Cyprus, Armenia were not in the lexicon.
    #[test]
    fn ok_missions_and_places_added_to_the_lexicon() {
        let text = "Nederland werkt samen met de VN-missie UNAMI in Irak. \
                    Het kabinet ziet af van deelname aan de Amerikaanse operatie Sentinel. \
                    De VN-missie UNFICYP op Cyprus en de EU-missie EUMA Armenië werken door.\n";
        let letter = read(text);
        assert!(mission(&letter, "unami").recognised);
        assert_eq!(mission(&letter, "imsc-sentinel").status, Status::Declined);
        assert_eq!(mission(&letter, "unficyp").places, ["cyprus"]);
        assert_eq!(mission(&letter, "euma-armenie").places, ["armenie"]);
        assert!(!letter.missions.iter().any(|m| m.id == "unama"));
    }

    #[test]
    fn ok_the_annual_overview_is_recognised_where_its_text_says_so() {
        let text = include_str!("../../../data/kamerbrief-missies-2018.txt");
        let meta = crate::meta_from_json(include_str!("../../../data/kamerbrief-missies-2018.meta.json")).unwrap();
        let letter = parse(text, meta, &Lexicon::builtin()).unwrap();
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::AnnualOverview));
        let source = letter.meta.sources.iter().find(|s| s.field == MetaField::LetterKind).unwrap();
        assert_eq!(source.span.slice(text), "bijdragen aan missies in het jaar");
        assert!(letter.missions.iter().all(|m| m.recognised));
        // Without the title, the opening alone says so.
        let letter = read(text);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::AnnualOverview));
    }

    // Bug: an examination notice filed the mission it examines under `background`.
    #[test]
    fn ok_an_examination_notice_puts_its_mission_under_consideration() {
        let text = "De VN heeft Nederland gevraagd om een bijdrage aan UNMISS in Zuid-Soedan. \
                    Het kabinet verkent de mogelijkheid daarvan.\n\n\
                    Nederland levert al een bijdrage aan MINUSMA. Elders werkt ook KFOR.\n";
        let meta = Meta { title: "Kennisgeving mogelijke bijdrage aan UNMISS".into(), ..Meta::default() };
        let letter = read_with(text, meta);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::Examination));
        assert_eq!(
            statuses(&letter),
            [("unmiss", Status::UnderConsideration), ("minusma", Status::Ongoing), ("kfor", Status::Background)]
        );
        let unmiss = mission(&letter, "unmiss");
        assert_eq!(unmiss.status_sentence, Some(SentenceId::from("s-1")));
        let commitment = letter.commitments.iter().find(|c| c.mission == unmiss.id).unwrap();
        assert_eq!(commitment.decision.state, Status::UnderConsideration);
        let evidence = commitment.decision.evidence.as_ref().unwrap();
        assert_eq!(evidence.range.slice(&letter.sentence(&evidence.sentence).unwrap().text), "verkent de mogelijkheid");
    }

    // Bug: a letter that declines a contribution filed the mission under `background`.
    #[test]
    fn ok_a_declination_declines_the_mission_it_is_about() {
        let text = "Het kabinet heeft besloten niet in te gaan op het verzoek van de VN. \
                    Dat verzoek betrof een bijdrage aan UNMISS in Zuid-Soedan.\n";
        let letter = read(text);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::Declination));
        assert_eq!(statuses(&letter), [("unmiss", Status::Declined)]);
        let text = "Het kabinet heeft besloten geen bijdrage te leveren aan de EU-missie EUTM Mozambique.\n";
        let letter = read(text);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::Declination));
        assert_eq!(statuses(&letter), [("eutm-mozambique", Status::Declined)]);
    }

    #[test]
    fn ok_an_article_100_letter_decides_the_deployment_it_is_about() {
        let text = "Met deze brief informeren wij uw Kamer, conform artikel 100 van de Grondwet, \
                    over de Nederlandse bijdrage aan UNMISS in Zuid-Soedan.\n";
        let letter = read(text);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::Article100));
        assert_eq!(statuses(&letter), [("unmiss", Status::Decided)]);
    }

    #[test]
    fn ok_evaluations_and_progress_reports_give_their_missions_past_and_ongoing() {
        let text = "Hierbij ontvangt u de eindevaluatie van de bijdrage aan UNMISS in Zuid-Soedan.\n";
        let letter = read(text);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::Evaluation));
        assert_eq!(statuses(&letter), [("unmiss", Status::Past)]);
        let letter = read("Dit is de voortgangsrapportage over UNMISS in Zuid-Soedan.\n");
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::ProgressReport));
        assert_eq!(statuses(&letter), [("unmiss", Status::Ongoing)]);
        // A mission the letter is not about keeps what its own sentences say.
        let letter = read("Dit is de voortgangsrapportage over UNMISS.\n\nElders is er ook UNIFIL in Libanon.\n");
        assert_eq!(statuses(&letter)[1], ("unifil", Status::Background));
    }

    #[test]
    fn ok_the_metadata_files_kind_stands_where_the_text_is_silent_and_yields_where_it_speaks() {
        let silent = "Dat verzoek betrof een bijdrage aan UNMISS in Zuid-Soedan.\n";
        let file = Meta { letter_kind: Some(LetterKind::Examination), ..Meta::default() };
        let letter = read_with(silent, file.clone());
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::Examination));
        assert!(letter.meta.conflicts.is_empty() && letter.meta.sources.is_empty());
        assert_eq!(statuses(&letter), [("unmiss", Status::UnderConsideration)]);
        let letter = read_with("Dit is de voortgangsrapportage over UNMISS.\n", file);
        assert_eq!(letter.meta.letter_kind, Some(LetterKind::ProgressReport));
        let conflict = &letter.meta.conflicts[0];
        assert_eq!(
            (conflict.field, conflict.text.as_str(), conflict.file.as_str()),
            (MetaField::LetterKind, "progress-report", "examination")
        );
        assert!(letter.meta.sources.iter().any(|s| s.field == MetaField::LetterKind));
    }

    #[test]
    fn err_no_kind_without_cues() {
        let letter = read("Nederland levert een bijdrage aan MINUSMA in Mali.\n");
        assert_eq!(letter.meta.letter_kind, None);
        assert!(letter.meta.sources.is_empty());
    }
}
