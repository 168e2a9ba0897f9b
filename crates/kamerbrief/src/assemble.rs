//! The typed model on top of the text structure: every fact found by grammar in a sentence,
//! named with the lexicon, and tied back to its source spans.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::matcher::Match;
use crate::model::*;
use crate::roles::{self, SentenceFacts};
use crate::structure::{Structure, TextUnit};
use crate::words::{Word, tokenize};
use crate::{citations, figures, slug, temporal, wording};

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
    place_matches: Vec<Match>,
    org_matches: Vec<Match>,
    mission_matches: Vec<Match>,
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
        self.spans.extend(spans);
    }
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
            Home::Paragraph(i) => format!("p-{}", i + 1),
            Home::Footnote(i) => format!("fn-{}", self.structure.footnotes[i].number),
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
        let mut references = Vec::new();
        let mut events = Vec::new();
        let mut figures_out = Vec::new();
        for home in homes {
            for range in self.unit(home).sentences.clone() {
                let text = &self.unit(home).norm.text[range.clone()];
                // Each sentence is cut into words once; every grammar reads the same words.
                let words = tokenize(text);
                let mission_matches = missions_matcher.find(text, &words);
                let mut named: Vec<usize> = Vec::new();
                for m in &mission_matches {
                    for &e in &m.entries {
                        if !named.contains(&e) {
                            named.push(e);
                        }
                    }
                }
                let lower = text.to_ascii_lowercase();
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
                let mut draft = Draft {
                    id: SentenceId(format!("s-{}", drafts.len() + 1)),
                    home,
                    range,
                    lower,
                    named,
                    missions,
                    // Read in `facts`, and only where it matters: for missions or dates.
                    cue: None,
                    place_matches: places_matcher.find(text, &words),
                    org_matches: orgs_matcher.find(text, &words),
                    mission_matches,
                };
                self.facts(&mut draft, &words, &mut references, &mut events, &mut figures_out);
                drafts.push(draft);
            }
        }

        let sentences = self.sentences(&drafts);
        let (in_paragraph, in_footnote) = self.sentence_ids_by_home(&drafts);
        let (sections, paragraphs) = self.sections_and_paragraphs(in_paragraph);
        let footnotes = self.footnotes(&drafts, in_footnote);

        let mut missions = self.missions(&drafts, &events, &references);
        let commitments = self.commitments(&drafts, &events, &mut missions);
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
            meta: self.meta.clone(),
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

    /// The citations, temporal expressions and figures of one sentence.
    fn facts(
        &self,
        d: &mut Draft,
        words: &[Word<'_>],
        references: &mut Vec<Reference>,
        events: &mut Vec<Event>,
        figures_out: &mut Vec<Figure>,
    ) {
        let mission_id = |i: usize| MissionId(self.lexicon.missions[i].id.clone());
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
                id: ReferenceId(format!("ref-{}", references.len() + 1)),
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
        let facts = SentenceFacts {
            text,
            lower: &d.lower,
            state: d.cue.clone(),
            has_missions: !d.missions.is_empty(),
            letter: self.meta.date,
        };
        for t in &found_events {
            events.push(Event {
                id: EventId(format!("ev-{}", events.len() + 1)),
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
                id: FigureId(format!("fig-{}", figures_out.len() + 1)),
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
                    id: format!("sec-{}", sections.len() + 1),
                    heading: heading.map(|h| h.text.clone()),
                    heading_span: heading.map(|h| h.span),
                    paragraphs: Vec::new(),
                });
            }
            let id = ParagraphId(format!("p-{}", i + 1));
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
                    id: format!("fn-{}", f.number),
                    text: norm.text.clone(),
                    spans: norm.spans(self.source, 0..norm.text.len()),
                    marker_sentence: marker.as_ref().map(|(s, _)| s.clone()),
                    marker_span: marker.map(|(_, span)| span),
                    sentences: std::mem::take(&mut sentence_ids[i]),
                }
            })
            .collect()
    }

    fn missions(&self, drafts: &[Draft], events: &[Event], references: &[Reference]) -> Vec<Mission> {
        let cues = &self.lexicon.cues;
        let mut out: Vec<(usize, Mission)> = Vec::new();
        for (index, entry) in self.lexicon.missions.iter().enumerate() {
            let evidence: Vec<&Draft> = drafts.iter().filter(|d| d.missions.contains(&index)).collect();
            let Some(first) = drafts.iter().position(|d| d.named.contains(&index)) else { continue };
            let mut mentions = Mentions::default();
            let mut places: Vec<String> = entry.places.clone();
            for (order, d) in drafts.iter().enumerate() {
                let text = self.text(d);
                for m in d.mission_matches.iter().filter(|m| m.entries.contains(&index)) {
                    mentions.add(order, &text[m.range.clone()], &d.id, m.range.clone(), self.spans(d, m.range.clone()));
                    for place in self.places_listed_after(d, m.range.end) {
                        if !places.contains(&place) {
                            places.push(place);
                        }
                    }
                }
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
                .filter_map(|d| d.cue.as_ref().map(|(s, _)| (*s, d.id.clone())))
                .max_by_key(|(s, _)| wording::status_rank(*s))
                .map_or((Status::Background, None), |(s, id)| (s, Some(id)));
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
            let id = MissionId(entry.id.clone());
            out.push((
                first,
                Mission {
                    name: entry.name.clone(),
                    name_en: entry.name_en.clone(),
                    names_as_written: mentions.names,
                    aliases: entry.aliases.clone(),
                    frame: entry.frame,
                    organisation: entry.organisation.clone(),
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
    fn commitments<'e>(&self, drafts: &[Draft], events: &'e [Event], missions: &mut [Mission]) -> Vec<Commitment> {
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
            let decision_evidence = mission
                .status_sentence
                .as_ref()
                .and_then(draft)
                .and_then(|d| d.cue.as_ref().map(|(_, r)| self.evidence(d, r.clone())));
            let mut lead = None;
            let mut partners: Vec<Party> = Vec::new();
            for (role, party) in self.parties(sentences.iter().copied(), &mission.places) {
                match role {
                    wording::Party::Lead if lead.is_none() => lead = Some(party),
                    wording::Party::Partner if !partners.iter().any(|p| p.place == party.place) => partners.push(party),
                    _ => {}
                }
            }
            let id = CommitmentId(format!("c-{}", out.len() + 1));
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

/// `p-3` → 2.
fn paragraph_index(id: &str) -> usize {
    id.trim_start_matches("p-").parse::<usize>().map_or(0, |n| n.saturating_sub(1))
}

/// Whether a marker lifted out at normalised offset `at` belongs to the sentence in `range`:
/// it stands inside it or right after its last character.
fn holds_marker(range: &Range<usize>, at: usize) -> bool {
    range.start < at && at <= range.end
}
