//! A mission's status as a badge that explains itself: the status glossary.

use kamerbrief::Status;
use leptos::prelude::*;

use crate::i18n::{self, Text, tr};
use crate::use_lang;

/// A status badge that opens, as a popover, what the status means and then what every other
/// status means. A button with `popovertarget` needs no script: it opens with Enter or Space,
/// Escape or a click elsewhere closes it, and the browser returns focus to the badge.
#[component]
pub fn StatusBadge(
    /// The status shown.
    status: Status,
    /// The popover's id, unique on the page.
    glossary_id: String,
) -> impl IntoView {
    let lang = use_lang();
    let others = Status::ALL
        .into_iter()
        .filter(|s| *s != status)
        .map(|s| {
            view! {
                <dt>{move || i18n::status(lang.get(), s)}</dt>
                <dd>{move || i18n::status_help(lang.get(), s)}</dd>
            }
        })
        .collect_view();
    view! {
        <button type="button" class="mk-badge mk-badge--status" popovertarget=glossary_id.clone()>
            {move || i18n::status(lang.get(), status)}
            <span class="mk-badge__help" aria-hidden="true">"?"</span>
        </button>
        <div class="mk-status-help" id=glossary_id popover="auto" role="note" data-status=status.as_str()>
            <p class="mk-status-help__this">
                <strong>{move || i18n::status(lang.get(), status)}</strong>
                ": "
                {move || i18n::status_help(lang.get(), status)}
            </p>
            <p class="mk-status-help__all">{tr(Text::StatusGlossary)}</p>
            <dl class="mk-status-help__list">{others}</dl>
        </div>
    }
}
