//! The typed model of a letter. Every fact carries the [`Span`]s of the source text it rests on.

use serde::{Deserialize, Serialize};

pub use crate::date::Date;
pub use crate::ids::*;

/// The version of the JSON shape written by [`Letter`]'s serialisation.
pub const SCHEMA_VERSION: u32 = 3;

/// A half-open byte range `start..end` into a sentence's normalised text
/// ([`Sentence::text`]): where a fact stands in the sentence as the app shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TextRange {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl TextRange {
    /// The range `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The text under this range.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl From<std::ops::Range<usize>> for TextRange {
    fn from(r: std::ops::Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

/// Where a name stands: a sentence, and the range within its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The sentence.
    pub sentence: SentenceId,
    /// Where in the sentence's text.
    pub range: TextRange,
}

/// A half-open byte range `start..end` into the original letter text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The source text under this span.
    pub fn slice<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// The whole parsed letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// What the metadata file says about the letter.
    pub meta: Meta,
    /// The sections, in order. Text before the first heading forms a section without heading.
    pub sections: Vec<Section>,
    /// Every paragraph of the body, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Every sentence of the body and of the footnotes, in order of appearance.
    pub sentences: Vec<Sentence>,
    /// The footnotes, by number.
    pub footnotes: Vec<Footnote>,
    /// Every parliamentary citation.
    pub references: Vec<Reference>,
    /// Every temporal expression, with the role it plays.
    pub events: Vec<Event>,
    /// What the Netherlands commits to: per mission, what it contributes, for which period,
    /// and where the decision stands.
    pub commitments: Vec<Commitment>,
    /// Every mission, operation or standing contribution the letter names.
    pub missions: Vec<Mission>,
    /// Every place the letter names.
    pub places: Vec<Place>,
    /// The regions those places belong to, in the lexicon's order.
    pub regions: Vec<Region>,
    /// Every organisation the letter names.
    pub organisations: Vec<Organisation>,
    /// Every number with its unit.
    pub figures: Vec<Figure>,
    /// The labelled policy considerations.
    pub principles: Vec<Principle>,
    /// Look-ups by id, built on first use.
    #[serde(skip)]
    pub(crate) index: crate::index::LetterIndex,
}

/// The letter's metadata: what its header and signatures say, and what a metadata file
/// beside it adds. Fields read from the text have their [`MetaSource`]s.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// The letter's title: the metadata file's, else the first dossier's title.
    pub title: String,
    /// The date the letter was sent, against which relative dates resolve.
    pub date: Option<Date>,
    /// The parliamentary paper number, as written (`Kamerstukken 33 694 en 29 521, nr. 11`).
    pub kamerstuk: Option<String>,
    /// The official document id (`kst-33694-11`).
    pub document_id: Option<String>,
    /// A link to the official publication.
    pub source_url: Option<String>,
    /// The dossiers the letter belongs to, the first as the paper is numbered in.
    pub dossiers: Vec<Dossier>,
    /// The letter's number within its (first) dossier: `Nr. 209` → 209.
    pub number: Option<u32>,
    /// The document's kind as its header writes it (`BRIEF VAN DE MINISTERS VAN …`).
    pub document_kind: Option<String>,
    /// What kind of letter of the genre this is.
    pub letter_kind: Option<LetterKind>,
    /// The offices that send the letter (`Minister van Defensie`).
    pub senders: Vec<String>,
    /// Whom the letter is addressed to.
    pub addressee: Option<String>,
    /// Where the letter was signed (`Den Haag`).
    pub place: Option<String>,
    /// Who signed the letter.
    pub signatories: Vec<Signatory>,
    /// Where each field read from the text stands in the source.
    pub sources: Vec<MetaSource>,
    /// Fields where the text and the metadata file disagree; the text's value is kept.
    pub conflicts: Vec<MetaConflict>,
}

/// A parliamentary dossier (Kamerstuk dossier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dossier {
    /// Its number as written, with its thin space: `29 521`.
    pub number: String,
    /// Its title, when the header gives it.
    pub title: Option<String>,
}

/// One who signed the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    /// The office: `Minister van Defensie`.
    pub office: String,
    /// The name as written: `J.A. Hennis-Plasschaert`.
    pub name: String,
}

/// A metadata field, for [`MetaSource`] and [`MetaConflict`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetaField {
    /// [`Meta::title`].
    Title,
    /// [`Meta::date`].
    Date,
    /// [`Meta::kamerstuk`].
    Kamerstuk,
    /// [`Meta::document_id`].
    DocumentId,
    /// [`Meta::dossiers`].
    Dossier,
    /// [`Meta::number`].
    Number,
    /// [`Meta::document_kind`].
    DocumentKind,
    /// [`Meta::letter_kind`]: the words that show it.
    LetterKind,
    /// [`Meta::senders`].
    Sender,
    /// [`Meta::addressee`].
    Addressee,
    /// [`Meta::place`].
    Place,
    /// [`Meta::signatories`].
    Signatory,
}

/// Where a metadata field was read in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaSource {
    /// The field.
    pub field: MetaField,
    /// Where its text stands.
    pub span: Span,
}

/// A field on which the letter's text and its metadata file disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaConflict {
    /// The field.
    pub field: MetaField,
    /// What the text says (kept).
    pub text: String,
    /// What the metadata file says (set aside).
    pub file: String,
}

/// The kinds of letter in the genre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LetterKind {
    /// The yearly overview of the Netherlands' contributions to missions.
    AnnualOverview,
    /// An Article 100 letter: the government informs parliament of a deployment it decided.
    Article100,
    /// A notice that the government examines whether to contribute.
    Examination,
    /// A letter that says a contribution will not be made.
    Declination,
    /// An evaluation of a mission, or its cover letter.
    Evaluation,
    /// A progress report on a mission.
    ProgressReport,
}

impl LetterKind {
    /// Every kind.
    pub const ALL: [LetterKind; 6] = [
        LetterKind::AnnualOverview,
        LetterKind::Article100,
        LetterKind::Examination,
        LetterKind::Declination,
        LetterKind::Evaluation,
        LetterKind::ProgressReport,
    ];

    /// The kebab-case name used in JSON and in the lexicon.
    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::AnnualOverview => "annual-overview",
            LetterKind::Article100 => "article100",
            LetterKind::Examination => "examination",
            LetterKind::Declination => "declination",
            LetterKind::Evaluation => "evaluation",
            LetterKind::ProgressReport => "progress-report",
        }
    }

    /// The kind named `name` ([`LetterKind::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A section of the letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// A stable id, `sec-1` and so on.
    pub id: String,
    /// The heading as written, if the section has one.
    pub heading: Option<String>,
    /// Where the heading stands.
    pub heading_span: Option<Span>,
    /// The ids of its paragraphs.
    pub paragraphs: Vec<ParagraphId>,
}

/// A paragraph of the body, put back together where a page break or footnotes cut it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// A stable id, `p-1` and so on.
    pub id: ParagraphId,
    /// The section it belongs to.
    pub section: String,
    /// The normalised text.
    pub text: String,
    /// The source spans it was joined from (more than one where a page break cut it).
    pub spans: Vec<Span>,
    /// The ids of its sentences.
    pub sentences: Vec<SentenceId>,
}

/// A sentence, the unit every fact points back to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// A stable id, `s-1` and so on.
    pub id: SentenceId,
    /// The paragraph, or `fn-N` for a footnote.
    pub parent: String,
    /// The normalised text: line breaks joined, white space collapsed, footnote markers removed.
    pub text: String,
    /// The source spans it covers.
    pub spans: Vec<Span>,
    /// The numbers of the footnote markers it holds.
    pub footnote_markers: Vec<u32>,
}

/// A footnote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Footnote {
    /// Its number.
    pub number: u32,
    /// Its id, `fn-N`.
    pub id: String,
    /// Its full, normalised text.
    pub text: String,
    /// Where it stands in the source.
    pub spans: Vec<Span>,
    /// The sentence that holds its marker, if the marker was found.
    pub marker_sentence: Option<SentenceId>,
    /// Where the marker stands.
    pub marker_span: Option<Span>,
    /// The sentences of the footnote itself.
    pub sentences: Vec<SentenceId>,
}

/// A parliamentary citation such as `Kamerstuk 27 925, nr. 612`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// A stable id, `ref-1` and so on.
    pub id: ReferenceId,
    /// The citation as written (normalised white space).
    pub text: String,
    /// The dossier numbers, such as `33694`.
    pub dossiers: Vec<String>,
    /// The document numbers within the first dossier; empty for a whole dossier.
    pub numbers: Vec<u32>,
    /// The documents it resolves to.
    pub documents: Vec<DocumentLink>,
    /// A date the citation gives for the document, as in `nr. 570 van 29 januari 2016`.
    pub date: Option<Date>,
    /// The sentence that holds it.
    pub sentence: SentenceId,
    /// Where it stands in that sentence's text.
    pub range: TextRange,
    /// The missions that sentence concerns.
    pub missions: Vec<MissionId>,
    /// Where it stands in the source.
    pub spans: Vec<Span>,
}

/// An official parliamentary document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentLink {
    /// The official id, such as `kst-33694-9`.
    pub id: String,
    /// A link to the official publication.
    pub url: Option<String>,
}

/// How precisely a temporal expression pins down time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// One day, or a few named days.
    Day,
    /// A calendar week, Monday to Sunday: `vorige week`.
    Week,
    /// A calendar month, or a part of one: `medio maart`.
    Month,
    /// A quarter of a year: `het eerste kwartaal van 2018`, `Q3 2018`.
    Quarter,
    /// A season, such as autumn, or a part of a year: `begin 2019`.
    Season,
    /// A half of a year: `het tweede halfjaar van 2018`.
    HalfYear,
    /// A calendar year.
    Year,
    /// A stretch of time between two points.
    Period,
    /// A time relative to the letter, such as "shortly".
    Relative,
    /// A day that comes back, such as the third Wednesday of May: its next one on or after
    /// the letter.
    Recurring,
}

/// What a temporal expression does in its sentence. Only periods and decision dates make
/// commitments; history is a mission's past; references and context are left off the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateRole {
    /// The period of a contribution: `vanaf 1 januari 2018`, `in 2018`.
    Period,
    /// When a decision is due: `op korte termijn`, `dit najaar`.
    DecisionDue,
    /// Something that happened: `29 januari 2016`, `8 en 9 juli 2016`.
    History,
    /// A date that names or compares something: `t.o.v. 2016`, `Toetsingskader (2014)`, the
    /// date of a cited letter.
    Reference,
    /// Vague or general time: `de afgelopen jaren`, `op langere termijn`.
    Context,
}

impl DateRole {
    /// Every role, in the order the chart's legend names them.
    pub const ALL: [DateRole; 5] =
        [DateRole::Period, DateRole::DecisionDue, DateRole::History, DateRole::Reference, DateRole::Context];

    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DateRole::Period => "period",
            DateRole::DecisionDue => "decision-due",
            DateRole::History => "history",
            DateRole::Reference => "reference",
            DateRole::Context => "context",
        }
    }
}

/// A temporal expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// A stable id, `ev-1` and so on.
    pub id: EventId,
    /// The text as written.
    pub text: String,
    /// What it does in its sentence: a commitment's period, a decision's due date, history, a
    /// reference or context.
    pub role: DateRole,
    /// The first day of the interval, if it has a start.
    pub start: Option<Date>,
    /// The last day of the interval (inclusive), if it has an end.
    pub end: Option<Date>,
    /// How precise the expression is.
    pub precision: Precision,
    /// Whether the interval was worked out from the letter's date.
    pub relative_to_letter: bool,
    /// The sentence that holds it.
    pub sentence: SentenceId,
    /// Where it stands in that sentence's text.
    pub range: TextRange,
    /// The missions that sentence concerns.
    pub missions: Vec<MissionId>,
    /// Where it stands in the source.
    pub spans: Vec<Span>,
}

/// The organisational frame of a mission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frame {
    /// NATO.
    Nato,
    /// The European Union.
    Eu,
    /// The United Nations.
    Un,
    /// A coalition of states.
    Coalition,
    /// A national contribution.
    National,
}

/// Where a mission stands, as the letter words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The cabinet has decided on the contribution.
    Decided,
    /// The cabinet will decide, or intends to.
    DecisionPending,
    /// The contribution goes on into the next period.
    Continuing,
    /// The Netherlands contributes now.
    Ongoing,
    /// The Netherlands contributed earlier; the contribution has ended.
    Past,
    /// The cabinet examines whether to contribute.
    UnderConsideration,
    /// The cabinet has decided not to contribute.
    Declined,
    /// Named as context, with no Dutch contribution stated.
    Background,
}

impl Status {
    /// Every status, in the order a reader scans them.
    pub const ALL: [Status; 8] = [
        Status::DecisionPending,
        Status::UnderConsideration,
        Status::Decided,
        Status::Continuing,
        Status::Ongoing,
        Status::Past,
        Status::Declined,
        Status::Background,
    ];

    /// Whether a decision in this state is still to be taken.
    pub fn is_pending(self) -> bool {
        matches!(self, Status::DecisionPending | Status::UnderConsideration)
    }

    /// The kebab-case name used in JSON and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Decided => "decided",
            Status::DecisionPending => "decision-pending",
            Status::Continuing => "continuing",
            Status::Ongoing => "ongoing",
            Status::Past => "past",
            Status::UnderConsideration => "under-consideration",
            Status::Declined => "declined",
            Status::Background => "background",
        }
    }
}

impl Frame {
    /// The kebab-case name used in JSON and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Frame::Nato => "nato",
            Frame::Eu => "eu",
            Frame::Un => "un",
            Frame::Coalition => "coalition",
            Frame::National => "national",
        }
    }
}

/// A quotation from the letter: a clause or sentence, with the sentence it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted text.
    pub text: String,
    /// The sentence it comes from.
    pub sentence: SentenceId,
    /// Where it stands in that sentence's text.
    pub range: TextRange,
    /// Where it stands in the source.
    pub spans: Vec<Span>,
}

/// A mission, operation or standing contribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mission {
    /// A stable, URL-safe id, from the lexicon.
    pub id: MissionId,
    /// Its usual name.
    pub name: String,
    /// Its name in Dutch, explained where the usual name does not say what it is
    /// (`MINUSMA (VN-missie in Mali)`). Empty in JSON written before it came from the lexicon.
    #[serde(default)]
    pub name_nl: String,
    /// Its name in English, explained likewise (`MINUSMA (UN mission in Mali)`).
    pub name_en: String,
    /// Its usual name in English, where the usual name is Dutch (`Fight against ISIS` for
    /// `Strijd tegen ISIS`); none where the usual name serves in both languages (`MINUSMA`),
    /// and for a mission the lexicon does not know.
    #[serde(default)]
    pub short_en: Option<String>,
    /// Whether the lexicon knows it. A mission it does not know is one the letter calls a
    /// mission (`de EU-missie EUTM RCA`): its id is its name's slug, its names (usual, Dutch
    /// and English) as written, and its frame and organisation are guessed from the name's
    /// prefix (`EU-missie`, `UN` of `UNMIK`), a coalition where nothing tells.
    #[serde(default = "recognised_by_default")]
    pub recognised: bool,
    /// The names the letter writes it with.
    pub names_as_written: Vec<String>,
    /// Other names it is known by.
    pub aliases: Vec<String>,
    /// The organisational frame.
    pub frame: Frame,
    /// The id of the organisation that leads it, if any.
    pub organisation: Option<String>,
    /// The ids of its places.
    pub places: Vec<String>,
    /// The ids of the regions of its places.
    pub regions: Vec<String>,
    /// Its status.
    pub status: Status,
    /// The sentence that justifies the status.
    pub status_sentence: Option<SentenceId>,
    /// The ids of the events in its sentences.
    pub events: Vec<EventId>,
    /// The ids of its commitments.
    pub commitments: Vec<CommitmentId>,
    /// The ids of partner countries named with it.
    pub partners: Vec<String>,
    /// The legal basis, where the letter states one.
    pub legal_basis: Vec<Quote>,
    /// The ids of the references in its sentences.
    pub references: Vec<ReferenceId>,
    /// Every sentence that speaks of it.
    pub evidence: Vec<SentenceId>,
    /// Where it is named, sentence by sentence.
    pub mentions: Vec<Mention>,
    /// Where it is named.
    pub spans: Vec<Span>,
}

/// A mission in JSON written before [`Mission::recognised`] came from the lexicon.
fn recognised_by_default() -> bool {
    true
}

/// A place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// A stable id, from the lexicon.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The forms the letter writes it in.
    pub names_as_written: Vec<String>,
    /// The English name.
    pub name_en: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// What kind of place it is: country, city, region, island and so on.
    pub kind: String,
    /// ISO 3166-1 numeric code, for countries.
    pub iso_n3: Option<String>,
    /// The id of its region, if the lexicon gives one.
    pub region: Option<String>,
    /// The sentences that name it.
    pub sentences: Vec<SentenceId>,
    /// Where it is named, sentence by sentence.
    pub mentions: Vec<Mention>,
    /// Where it is named.
    pub spans: Vec<Span>,
}

/// An organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// A stable id, from the lexicon.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
    /// Other names and abbreviations, Dutch and English.
    pub aliases: Vec<String>,
    /// The forms the letter writes it in.
    pub names_as_written: Vec<String>,
    /// What kind of organisation it is.
    pub kind: String,
    /// The sentences that name it.
    pub sentences: Vec<SentenceId>,
    /// Where it is named, sentence by sentence.
    pub mentions: Vec<Mention>,
    /// Where it is named.
    pub spans: Vec<Span>,
}

/// A number with its unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// A stable id, `fig-1` and so on.
    pub id: FigureId,
    /// The text as written.
    pub text: String,
    /// The value (the lower bound of a range).
    pub value: f64,
    /// The upper bound of a range such as `20.000 tot 30.000`.
    pub value_max: Option<f64>,
    /// The unit or the thing counted, as written.
    pub unit: String,
    /// A qualifier as written: `ongeveer`, `ruim`, `zo'n`.
    pub qualifier: Option<String>,
    /// What is counted, in context: the words around the figure up to a clause boundary.
    pub meaning: String,
    /// The sentence that holds it.
    pub sentence: SentenceId,
    /// Where it stands in that sentence's text.
    pub range: TextRange,
    /// Where it stands in the source.
    pub spans: Vec<Span>,
}

/// A labelled consideration such as `Betrouwbaarheid - …`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Principle {
    /// A stable id made from the label.
    pub id: String,
    /// The label.
    pub label: String,
    /// The text after the label.
    pub text: String,
    /// The paragraph it opens, then the unlabelled paragraphs that go on with it.
    pub paragraphs: Vec<ParagraphId>,
    /// Where it stands in the source.
    pub spans: Vec<Span>,
}

/// A region of the world that places belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// A stable id.
    pub id: String,
    /// The Dutch name.
    pub name: String,
    /// The English name.
    pub name_en: String,
}

/// Where a fact comes from: a sentence, the range within its text, and its source spans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence.
    pub sentence: SentenceId,
    /// Where in the sentence's text.
    pub range: TextRange,
    /// Where in the source.
    pub spans: Vec<Span>,
}

/// What kind of contribution an item is, where the letter says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// Armed forces: aircraft, trainers, units.
    Military,
    /// Civilian experts and civilian tracks.
    Civilian,
    /// Police and marechaussee.
    Police,
    /// Forces on standby, such as a response force.
    Standby,
    /// Money.
    Financial,
    /// Diplomacy and political effort.
    Political,
}

impl ItemKind {
    /// The kebab-case name used in JSON and in the lexicon.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Military => "military",
            ItemKind::Civilian => "civilian",
            ItemKind::Police => "police",
            ItemKind::Standby => "standby",
            ItemKind::Financial => "financial",
            ItemKind::Political => "political",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<ItemKind> {
        [
            ItemKind::Military,
            ItemKind::Civilian,
            ItemKind::Police,
            ItemKind::Standby,
            ItemKind::Financial,
            ItemKind::Political,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// One thing contributed, as a short phrase of the letter: `F-16’s`, `advisering van de ANDSF`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The phrase as written.
    pub text: String,
    /// Its kind, where the letter's words say it.
    pub kind: Option<ItemKind>,
    /// Where it stands.
    pub evidence: Evidence,
}

/// An interval of days with its precision: a commitment's period or a decision's due window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// The first day; `None` when the letter gives no start.
    pub start: Option<Date>,
    /// The last day (inclusive); `None` when the letter leaves it open (`vanaf 1 januari 2018`).
    pub end: Option<Date>,
    /// How precisely the letter pins it down.
    pub precision: Precision,
    /// Whether it was worked out from the letter's date (`op korte termijn`, `dit najaar`)
    /// rather than stated.
    pub relative_to_letter: bool,
    /// The expression it was read from, as written.
    pub text: String,
    /// That expression's id.
    pub event: EventId,
    /// Whether it was taken from the letter's statement of what it covers (`bijdragen aan
    /// missies in 2018`) because the commitment's own sentences give no date.
    pub from_letter_scope: bool,
    /// Where it stands.
    pub evidence: Evidence,
}

/// Where the decision on a commitment stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// Its state, as the letter words it.
    pub state: Status,
    /// When a pending decision is due, where the letter says so.
    pub due: Option<Interval>,
    /// The words that give the state.
    pub evidence: Option<Evidence>,
}

/// A country that leads or takes part with the Netherlands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// The place id of the country.
    pub place: String,
    /// Where the letter says so.
    pub evidence: Evidence,
}

/// What the Netherlands commits to one mission: what, for which period, and where the
/// decision stands, each field with the words it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    /// A stable id, `c-1` and so on.
    pub id: CommitmentId,
    /// The mission.
    pub mission: MissionId,
    /// What is contributed, as short phrases of the letter.
    pub items: Vec<Item>,
    /// The period of the contribution, where the letter gives one.
    pub period: Option<Interval>,
    /// Where the decision stands.
    pub decision: Decision,
    /// The country that leads, as in `onder leiding van Duitsland`.
    pub lead: Option<Party>,
    /// Countries the Netherlands works with, as in `in nauwe samenwerking met Duitsland`.
    pub partners: Vec<Party>,
    /// The legal basis, where the letter states one.
    pub legal_basis: Vec<Quote>,
    /// The ids of the figures (numbers, amounts) in its sentences.
    pub figures: Vec<FigureId>,
    /// Every sentence it rests on.
    pub sentences: Vec<SentenceId>,
}
