//! What the Netherlands commits to one mission: the items contributed, each linked to its
//! sentence, the period, and where the decision stands.

use kamerbrief::Commitment;
use leptos::prelude::*;

use crate::i18n::{self, Text, t, tr};
use crate::{href_with, mission_facts, use_lang, use_letter};

/// The items, period and decision of a commitment; says plainly when the letter does not say
/// what is contributed.
#[component]
pub fn CommitmentSummary(
    /// The mission's commitment, if the letter states one.
    commitment: Option<Commitment>,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let sentence_link = move |id: &str| format!("{}#{id}", href_with("/letter/", &links.get()));
    let Some(commitment) = commitment else {
        return view! { <p class="mk-muted" data-testid="no-items">{tr(Text::NoItems)}</p> }.into_any();
    };
    let items = if commitment.items.is_empty() {
        view! { <p class="mk-muted" data-testid="no-items">{tr(Text::NoItems)}</p> }.into_any()
    } else {
        view! {
            <ul class="mk-items">
                {commitment
                    .items
                    .iter()
                    .map(|item| {
                        let sentence = item.evidence.sentence.to_string();
                        let kind = item.kind;
                        view! {
                            <li class="mk-items__item">
                                <a class="mk-items__text" lang="nl" href=move || sentence_link(&sentence)>{item.text.clone()}</a>
                                {kind.map(|k| view! { " " <span class="mk-tag">{move || i18n::item_kind(lang.get(), k)}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let period = {
        let letter = letter.clone();
        let period = commitment.period.clone();
        move || {
            let lang = lang.get();
            match &period {
                Some(p) => {
                    let note = mission_facts::interval_note(&letter, lang, p);
                    let words = mission_facts::period_words(lang, p);
                    view! { {words} {note.map(|n| view! { <span class="mk-note">" (" {n} ")"</span> })} }.into_any()
                }
                None => t(lang, Text::NoPeriod).into_any(),
            }
        }
    };
    let state = commitment.decision.state;
    let due = commitment.decision.due.clone();
    let due = move || {
        let lang = lang.get();
        due.as_ref().map(|d| {
            let note = mission_facts::interval_note(&letter, lang, d);
            let dates = mission_facts::interval_dates(lang, d);
            view! {
                <br />
                <span class="mk-facts__sub">{t(lang, Text::DecisionDue)} ": "</span>
                {dates}
                {note.map(|n| view! { ", " {n} })}
            }
        })
    };
    let decision_sentence = commitment.decision.evidence.as_ref().map(|e| e.sentence.to_string());
    view! {
        {items}
        <dl class="mk-facts mk-commitment">
            <dt>{tr(Text::Period)}</dt>
            <dd data-testid="commitment-period">{period}</dd>
            <dt>{tr(Text::Decision)}</dt>
            <dd data-testid="commitment-decision">
                <span class="mk-commitment__state" data-status=state.as_str()>{move || i18n::status(lang.get(), state)}</span>
                {decision_sentence.map(|id| view! { " · " <a href=move || sentence_link(&id)>{tr(Text::OpenInLetter)}</a> })}
                {due}
            </dd>
        </dl>
    }
    .into_any()
}
