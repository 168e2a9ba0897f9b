//! `/commitments/`: every commitment of the missions that pass the filters, in one table that
//! sorts by each column. The order is in the URL (`sort=`), like the filters, so a sorted
//! table can be shared and survives a reload. At phone width each row is a card (CSS).

use leptos::prelude::*;

use crate::commitment_table::{self, Row};
use crate::components::filter_disclosure::FilterDisclosure;
use crate::components::ignored_notice::IgnoredNotice;
use crate::i18n::{self, Text, t, tr};
use crate::nav::{NavOptions, use_navigation};
use crate::query::{CommitmentColumn, CommitmentSort, ViewQuery};
use crate::{href_with, use_lang, use_letter, use_view_query};

/// The commitments table, its filters, and what order it is in.
#[component]
pub fn CommitmentsPage() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let query = use_view_query();
    let links = crate::use_link_query();
    let navigation = use_navigation();
    let sort = Memo::new(move |_| query.with(|(q, _)| q.sort));
    let rows = Memo::new(move |_| query.with(|(q, _)| commitment_table::rows(&letter, q)));
    // Sorting replaces the history entry, as filtering does: Back leaves the page rather than
    // undoing clicks.
    let sort_by = move |column: CommitmentColumn| {
        let next = query.with_untracked(|(q, _)| ViewQuery {
            sort: Some(CommitmentSort::after_click(q.sort, column)),
            ..q.clone()
        });
        navigation.navigate(&navigation.here_with(&next), NavOptions::IN_PLACE);
    };
    let order = move || {
        let lang = lang.get();
        let sort = sort.get();
        let column = sort.map(|s| t(lang, commitment_table::column_label(s.column)));
        let order = i18n::table_order(lang, column, sort.is_some_and(|s| s.descending));
        format!("{order} {}", t(lang, Text::SortHint))
    };
    let headers = CommitmentColumn::ALL
        .into_iter()
        .map(|column| {
            view! {
                <th scope="col" data-column=column.as_str() aria-sort=move || commitment_table::aria_sort(sort.get(), column)>
                    <button type="button" class="mk-commitments__sort" on:click=move |_| sort_by(column)>
                        {tr(commitment_table::column_label(column))}
                        <span class="mk-commitments__arrow" aria-hidden="true">{move || arrow(sort.get(), column)}</span>
                    </button>
                </th>
            }
        })
        .collect_view();
    view! {
        <div class="mk-commitments">
            <h1 id="commitments-title">{tr(Text::NavCommitments)}</h1>
            <IgnoredNotice path="/commitments/" />
            <FilterDisclosure />
            <table class="mk-commitments__table" aria-labelledby="commitments-title" data-testid="commitments">
                <caption class="mk-commitments__caption">{order}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=Row::key let:row>
                        {commitment_row(row, links)}
                    </For>
                </tbody>
            </table>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="mk-empty">{tr(Text::NoMissionMatches)}</p>
            </Show>
        </div>
    }
}

/// The sign beside a column's label: which way it is sorted, or that it can be.
fn arrow(sort: Option<CommitmentSort>, column: CommitmentColumn) -> &'static str {
    match sort.filter(|s| s.column == column) {
        Some(CommitmentSort { descending: true, .. }) => "↓",
        Some(_) => "↑",
        None => "↕",
    }
}

/// One row of the table. Its words are in one language: the list draws the row again when the
/// language changes (see [`Row::key`]), so nothing in it needs to follow the language itself.
/// Each cell carries its column's label, which the phone layout shows on the card.
fn commitment_row(row: Row, links: Memo<ViewQuery>) -> impl IntoView {
    let lang = row.lang;
    let label = move |column: CommitmentColumn| t(lang, commitment_table::column_label(column));
    let not_stated = move || view! { <span class="mk-muted">{t(lang, Text::NotStated)}</span> }.into_any();
    let mission_path = format!("/missions/{}/", row.mission_id);
    let items = if row.items.is_empty() {
        not_stated()
    } else {
        view! {
            <ul class="mk-commitments__list" lang="nl">
                {row.items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let period = match row.period {
        Some(words) => {
            let note = row.period_note.map(|n| view! { <span class="mk-note">" (" {n} ")"</span> });
            view! { {words} {note} }.into_any()
        }
        None => view! { <span class="mk-muted">{t(lang, Text::TimelineNoPeriod)}</span> }.into_any(),
    };
    let due = row.due.map(|dates| {
        let note = row.due_note.map(|n| view! { <span class="mk-note">", " {n}</span> });
        view! {
            <span class="mk-commitments__line">
                <span class="mk-facts__sub">{t(lang, Text::DecisionDue)} ": "</span>
                {dates}
                {note}
            </span>
        }
    });
    let state = row.state;
    // The day the period sorts by, for tests and tools: the words alone do not say it.
    let period_start = row.period_start.map(|d| d.to_string());
    let parties = if row.lead.is_none() && row.partners.is_empty() {
        not_stated()
    } else {
        let lead = row.lead.map(|lead| {
            view! {
                <span class="mk-commitments__line">
                    <span class="mk-facts__sub">{t(lang, Text::LeadNation)} ": "</span>
                    {lead}
                </span>
            }
        });
        let partners = (!row.partners.is_empty()).then(|| {
            view! {
                <span class="mk-commitments__line">
                    <span class="mk-facts__sub">{t(lang, Text::Partners)} ": "</span>
                    {row.partners.join(", ")}
                </span>
            }
        });
        view! { {lead} {partners} }.into_any()
    };
    let papers = if row.papers.is_empty() {
        not_stated()
    } else {
        view! {
            <ul class="mk-commitments__list" lang="nl">
                {row
                    .papers
                    .into_iter()
                    .map(|paper| match paper.url {
                        Some(url) => view! { <li><a href=url rel="external noopener">{paper.text}</a></li> }.into_any(),
                        None => view! { <li>{paper.text}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <tr class="mk-commitments__row" data-frame=row.frame.as_str() data-status=state.as_str()>
            <th scope="row" data-column="mission">
                <a href=move || href_with(&mission_path, &links.get())>{row.mission}</a>
                " "
                <span class="mk-tag">{i18n::frame(lang, row.frame)}</span>
            </th>
            <td data-column="contribution" data-label=label(CommitmentColumn::Contribution)>{items}</td>
            <td data-column="period" data-label=label(CommitmentColumn::Period) data-start=period_start>
                {period}
            </td>
            <td data-column="decision" data-label=label(CommitmentColumn::Decision)>
                <span class="mk-commitment__state" data-status=state.as_str()>{i18n::status(lang, state)}</span>
                {due}
            </td>
            <td data-column="parties" data-label=label(CommitmentColumn::Parties)>{parties}</td>
            <td data-column="papers" data-label=label(CommitmentColumn::Papers)>{papers}</td>
        </tr>
    }
}
