//! The rows of the commitments table (`/commitments/`): every commitment of the missions that
//! pass the filters, in words, in the order the URL's `sort=` asks for. Plain data, so the
//! order is tested natively and the view only draws it.

use std::cmp::Ordering;

use kamerbrief::{Commitment, Date, Frame, Letter, Mission, Status};

use crate::i18n::Text;
use crate::mission_facts;
use crate::query::{CommitmentColumn, CommitmentSort, Lang, ViewQuery};

/// A parliamentary paper a mission's citations resolve to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paper {
    /// The citation as written, with the document's id where one citation names several.
    pub text: String,
    /// The official publication.
    pub url: Option<String>,
}

/// One commitment, in the words of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The commitment's id (`c-2`).
    pub id: String,
    /// The language the words are in.
    pub lang: Lang,
    /// The mission's id, for its link.
    pub mission_id: String,
    /// The mission's name, as headings show it in the row's language.
    pub mission: String,
    /// The mission's organisational frame.
    pub frame: Frame,
    /// What is contributed, as the letter's short phrases (Dutch).
    pub items: Vec<String>,
    /// The period in words; `None` when the letter gives none.
    pub period: Option<String>,
    /// The period's first day (its last, when it gives no first): what it sorts by.
    pub period_start: Option<Date>,
    /// Where an inferred period was read from.
    pub period_note: Option<String>,
    /// Where the decision stands.
    pub state: Status,
    /// When the decision is due, in words.
    pub due: Option<String>,
    /// Where an inferred due window was read from.
    pub due_note: Option<String>,
    /// The lead nation's name.
    pub lead: Option<String>,
    /// The partners' names, the lead nation left out.
    pub partners: Vec<String>,
    /// The parliamentary papers cited about the mission.
    pub papers: Vec<Paper>,
}

impl Row {
    /// The key for a keyed list: a row is drawn again when its language changes.
    pub fn key(&self) -> String {
        format!("{}-{}", self.id, self.lang.code())
    }
}

/// The interface text that labels a column.
pub fn column_label(column: CommitmentColumn) -> Text {
    match column {
        CommitmentColumn::Mission => Text::ColumnMission,
        CommitmentColumn::Contribution => Text::Contribution,
        CommitmentColumn::Period => Text::Period,
        CommitmentColumn::Decision => Text::Decision,
        CommitmentColumn::Parties => Text::ColumnParties,
        CommitmentColumn::Papers => Text::References,
    }
}

/// The value of `aria-sort` on `column`'s header: only the column sorted by has one.
pub fn aria_sort(sort: Option<CommitmentSort>, column: CommitmentColumn) -> Option<&'static str> {
    sort.filter(|s| s.column == column).map(|s| if s.descending { "descending" } else { "ascending" })
}

/// The table's rows for `query`: every commitment of the missions that pass its filters, in
/// its language, sorted by its `sort` (the letter's order without one).
pub fn rows(letter: &Letter, query: &ViewQuery) -> Vec<Row> {
    let lang = query.lang;
    let entries: Vec<Entry> = mission_facts::shown(letter, query)
        .into_iter()
        .flat_map(|mission| letter.commitments_of(mission).map(move |commitment| Entry { mission, commitment }))
        .collect();
    let entries = match query.sort {
        None => entries,
        Some(sort) => sorted(letter, lang, entries, sort),
    };
    entries.into_iter().map(|entry| row(letter, lang, entry)).collect()
}

/// A commitment with its mission.
#[derive(Clone, Copy)]
struct Entry<'a> {
    mission: &'a Mission,
    commitment: &'a Commitment,
}

/// The entries in the order of `sort`. The sort is stable (equal keys keep the letter's
/// order), and a row with nothing to sort by (no period, no partners) comes last in either
/// direction: turning the order round should bring the other end of the data to the top, not
/// the empty cells.
fn sorted<'a>(letter: &Letter, lang: Lang, entries: Vec<Entry<'a>>, sort: CommitmentSort) -> Vec<Entry<'a>> {
    let key = |entry: &Entry| sort_key(letter, lang, entry, sort.column);
    let mut keyed: Vec<(Option<SortKey>, Entry)> = entries.into_iter().map(|e| (key(&e), e)).collect();
    kamerbrief::sort::sort_by(&mut keyed, |(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) if sort.descending => b.cmp(a),
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    keyed.into_iter().map(|(_, entry)| entry).collect()
}

/// What a column sorts by. One type for every column, so the program carries one comparator.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    /// Words, compared without case.
    Words(String),
    /// A period: its first day, then its last, an open end after every end.
    Period(Date, bool, Option<Date>),
    /// A decision: its state in the order a reader scans them, then when it is due (an
    /// undated one after the dated).
    Decision(usize, bool, Option<Date>),
    /// Papers: each one's dossier and number, in the cell's order.
    Papers(Vec<(u64, u32)>),
}

fn sort_key(letter: &Letter, lang: Lang, entry: &Entry, column: CommitmentColumn) -> Option<SortKey> {
    let Entry { mission, commitment } = *entry;
    let words = |text: String| (!text.is_empty()).then(|| SortKey::Words(text.to_lowercase()));
    match column {
        CommitmentColumn::Mission => words(mission_facts::display_name(mission, lang).to_owned()),
        CommitmentColumn::Contribution => words(mission_facts::items_text(commitment)),
        CommitmentColumn::Period => {
            let period = commitment.period.as_ref()?;
            let start = period.start.or(period.end)?;
            Some(SortKey::Period(start, period.end.is_none(), period.end))
        }
        CommitmentColumn::Decision => {
            let state = commitment.decision.state;
            let rank = Status::ALL.iter().position(|s| *s == state).unwrap_or(Status::ALL.len());
            let due = commitment.decision.due.as_ref().and_then(|d| d.start.or(d.end));
            Some(SortKey::Decision(rank, due.is_none(), due))
        }
        CommitmentColumn::Parties => {
            let (lead, partners) = parties(letter, lang, mission, commitment);
            words(lead.into_iter().chain(partners).next().unwrap_or_default())
        }
        CommitmentColumn::Papers => {
            let references = letter.references.iter().filter(|r| mission.references.contains(&r.id));
            let keys: Vec<(u64, u32)> = references
                .map(|r| {
                    let dossier = r.dossiers.first().and_then(|d| d.parse().ok()).unwrap_or(u64::MAX);
                    (dossier, r.numbers.first().copied().unwrap_or(0))
                })
                .collect();
            (!keys.is_empty()).then_some(SortKey::Papers(keys))
        }
    }
}

/// The row's words.
fn row(letter: &Letter, lang: Lang, Entry { mission, commitment }: Entry) -> Row {
    let period = commitment.period.as_ref();
    let due = commitment.decision.due.as_ref();
    let (lead, partners) = parties(letter, lang, mission, commitment);
    Row {
        id: commitment.id.to_string(),
        lang,
        mission_id: mission.id.to_string(),
        mission: mission_facts::display_name(mission, lang).to_owned(),
        frame: mission.frame,
        items: commitment.items.iter().map(|i| i.text.clone()).collect(),
        period: period.map(|p| mission_facts::period_words(lang, p)),
        period_start: period.and_then(|p| p.start.or(p.end)),
        period_note: period.and_then(|p| mission_facts::interval_note(letter, lang, p)),
        state: commitment.decision.state,
        due: due.map(|d| mission_facts::interval_dates(lang, d)),
        due_note: due.and_then(|d| mission_facts::interval_note(letter, lang, d)),
        lead,
        partners,
        papers: papers(letter, mission),
    }
}

/// The lead nation, and the partners named with the commitment or the mission, each once:
/// as on the mission's page, the lead nation is not named again among the partners.
pub fn parties(
    letter: &Letter,
    lang: Lang,
    mission: &Mission,
    commitment: &Commitment,
) -> (Option<String>, Vec<String>) {
    let lead_id = commitment.lead.as_ref().map(|l| l.place.clone());
    let mut partner_ids: Vec<String> = Vec::new();
    for id in commitment.partners.iter().map(|p| &p.place).chain(&mission.partners) {
        if lead_id.as_ref() != Some(id) && !partner_ids.contains(id) {
            partner_ids.push(id.clone());
        }
    }
    let name = |(nl, en): (String, String)| lang.pick(nl, en);
    let lead = lead_id.and_then(|id| mission_facts::place_names(letter, &[id]).into_iter().next()).map(name);
    let partners = mission_facts::place_names(letter, &partner_ids).into_iter().map(name).collect();
    (lead, partners)
}

/// Each document the mission's citations resolve to, once, in the letter's order; a citation
/// that resolves to none is listed by its words.
pub fn papers(letter: &Letter, mission: &Mission) -> Vec<Paper> {
    let mut out: Vec<Paper> = Vec::new();
    for reference in letter.references.iter().filter(|r| mission.references.contains(&r.id)) {
        if reference.documents.is_empty() {
            if !out.iter().any(|p| p.text == reference.text) {
                out.push(Paper { text: reference.text.clone(), url: None });
            }
            continue;
        }
        let several = reference.documents.len() > 1;
        for document in &reference.documents {
            if document.url.is_some() && out.iter().any(|p| p.url == document.url) {
                continue;
            }
            let text = if several { format!("{} ({})", reference.text, document.id) } else { reference.text.clone() };
            out.push(Paper { text, url: document.url.clone() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        crate::embedded::letter().expect("the embedded letter parses")
    }

    fn sorted_ids(letter: &Letter, query: &ViewQuery) -> Vec<String> {
        rows(letter, query).into_iter().map(|r| r.mission_id).collect()
    }

    fn by(column: CommitmentColumn, descending: bool) -> ViewQuery {
        ViewQuery { sort: Some(CommitmentSort { column, descending }), ..ViewQuery::default() }
    }

    #[test]
    fn ok_every_commitment_in_the_letters_order() {
        let letter = letter();
        let rows = rows(&letter, &ViewQuery::default());
        assert_eq!(rows.len(), letter.commitments.len());
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        let expected: Vec<&str> = letter.commitments.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn ok_filters_are_the_other_views_filters() {
        let letter = letter();
        let query = ViewQuery { frames: vec![Frame::Eu], ..by(CommitmentColumn::Mission, false) };
        assert_eq!(
            sorted_ids(&letter, &query),
            ["atalanta", "eu-battlegroup", "eucap-sahel-mali", "eucap-sahel-niger"]
        );
        let query = ViewQuery { statuses: vec![Status::Past], ..ViewQuery::default() };
        assert_eq!(sorted_ids(&letter, &query), ["border-security-teams"]);
    }

    #[test]
    fn ok_period_ascending_by_start_then_end_with_undated_last() {
        let letter = letter();
        let ids = sorted_ids(&letter, &by(CommitmentColumn::Period, false));
        // Every dated period starts on 1 January 2018; the open-ended one comes after those
        // that end, and ties keep the letter's order.
        assert_eq!(
            ids,
            [
                "minusma",
                "resolute-support",
                "efp",
                "atalanta",
                "nato-response-force",
                "eu-battlegroup",
                "counter-isis",
                "border-security-teams",
                "eucap-sahel-mali",
                "eucap-sahel-niger",
            ]
        );
    }

    #[test]
    fn ok_period_descending_keeps_undated_last() {
        let letter = letter();
        let ids = sorted_ids(&letter, &by(CommitmentColumn::Period, true));
        assert_eq!(ids[0], "counter-isis");
        assert_eq!(ids[1], "minusma", "ties keep the letter's order in either direction");
        assert_eq!(&ids[7..], ["border-security-teams", "eucap-sahel-mali", "eucap-sahel-niger"]);
    }

    #[test]
    fn ok_mission_names_sort_without_case() {
        let letter = letter();
        let ids = sorted_ids(&letter, &by(CommitmentColumn::Mission, false));
        // `enhanced Forward Presence` is written in lower case and still sorts under E.
        assert_eq!(&ids[..4], ["atalanta", "border-security-teams", "efp", "eu-battlegroup"]);
        // By the name the row shows: `Fight against ISIS` in English, `Strijd tegen ISIS` in Dutch.
        assert_eq!(ids[6], "counter-isis");
        let dutch = ViewQuery { lang: Lang::Nl, ..by(CommitmentColumn::Mission, false) };
        assert_eq!(sorted_ids(&letter, &dutch).last().map(String::as_str), Some("counter-isis"));
    }

    #[test]
    fn ok_decision_by_state_then_due_date() {
        let letter = letter();
        let ids = sorted_ids(&letter, &by(CommitmentColumn::Decision, false));
        // Pending decisions first: Atalanta's window opens on 1 September, the others' on 4.
        assert_eq!(&ids[..4], ["atalanta", "counter-isis", "minusma", "resolute-support"]);
        assert_eq!(&ids[4..6], ["nato-response-force", "eu-battlegroup"]);
        assert_eq!(ids.last().map(String::as_str), Some("border-security-teams"));
    }

    #[test]
    fn ok_contribution_parties_and_papers_put_empty_cells_last() {
        let letter = letter();
        for descending in [false, true] {
            let ids = sorted_ids(&letter, &by(CommitmentColumn::Parties, descending));
            assert_eq!(&ids[..2], ["minusma", "efp"]);
            let ids = sorted_ids(&letter, &by(CommitmentColumn::Contribution, descending));
            assert_eq!(ids.last().map(String::as_str), Some("eucap-sahel-niger"));
            let ids = sorted_ids(&letter, &by(CommitmentColumn::Papers, descending));
            assert_eq!(&ids[6..], ["atalanta", "border-security-teams", "eucap-sahel-mali", "eucap-sahel-niger"]);
        }
        let ids = sorted_ids(&letter, &by(CommitmentColumn::Papers, false));
        assert_eq!(&ids[..3], ["minusma", "resolute-support", "counter-isis"]);
    }

    #[test]
    fn ok_row_words_in_each_language() {
        let letter = letter();
        let query = ViewQuery { regions: vec!["sahel".into()], ..ViewQuery::default() };
        let minusma = rows(&letter, &query).into_iter().next().unwrap();
        assert_eq!(minusma.mission, "MINUSMA");
        assert_eq!(minusma.items, ["het verzamelen van informatie"]);
        assert_eq!(minusma.period.as_deref(), Some("2018"));
        assert_eq!(minusma.period_start.map(|d| d.to_string()).as_deref(), Some("2018-01-01"));
        assert_eq!(minusma.state, Status::DecisionPending);
        assert_eq!(minusma.due.as_deref(), Some("4 September – 4 December 2017"));
        assert_eq!(minusma.due_note.as_deref(), Some("read from ‘Op korte termijn’"));
        assert_eq!((minusma.lead.as_deref(), minusma.partners.as_slice()), (None, &["Germany".to_owned()][..]));
        assert_eq!(minusma.papers[0].text, "Kamerstuk 27 925, nr. 611");
        let query = ViewQuery { lang: Lang::Nl, ..ViewQuery::default() };
        let rows = rows(&letter, &query);
        let efp = rows.iter().find(|r| r.mission_id == "efp").unwrap();
        assert_eq!(efp.lead.as_deref(), Some("Duitsland"));
        assert!(efp.partners.is_empty(), "the lead nation is not named again: {:?}", efp.partners);
        let counter_isis = &rows[0];
        assert_eq!(counter_isis.period.as_deref(), Some("vanaf 1 januari 2018, geen einddatum genoemd"));
        assert_ne!(counter_isis.key(), super::rows(&letter, &ViewQuery::default())[0].key());
    }

    #[test]
    fn ok_papers_name_each_document_once() {
        let letter = letter();
        let resolute = letter.mission("resolute-support").unwrap();
        // Two citations of Kamerstuk 27 925, nr. 611 make one paper.
        assert_eq!(papers(&letter, resolute).len(), 1);
        let counter_isis = papers(&letter, letter.mission("counter-isis").unwrap());
        assert_eq!(counter_isis.len(), 2);
        assert!(counter_isis.iter().all(|p| p.url.as_deref().is_some_and(|u| u.starts_with("https://"))));
    }

    #[test]
    fn ok_order_in_words() {
        assert_eq!(crate::i18n::table_order(Lang::En, None, false), "In the letter's order.");
        assert_eq!(crate::i18n::table_order(Lang::En, Some("Period"), false), "Sorted by ‘Period’, ascending.");
        assert_eq!(crate::i18n::table_order(Lang::Nl, Some("Periode"), true), "Gesorteerd op ‘Periode’, aflopend.");
    }

    #[test]
    fn ok_aria_sort_only_on_the_sorted_column() {
        let sort = Some(CommitmentSort { column: CommitmentColumn::Period, descending: true });
        assert_eq!(aria_sort(sort, CommitmentColumn::Period), Some("descending"));
        assert_eq!(aria_sort(sort, CommitmentColumn::Mission), None);
        assert_eq!(aria_sort(None, CommitmentColumn::Period), None);
    }
}
