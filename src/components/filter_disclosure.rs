//! The filters folded into a disclosure, so that a view's content comes first on a phone and
//! a keyboard user passes one stop, not one per filter option.

use leptos::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::i18n::{Text, t, tr};
use crate::{use_lang, use_view_query};

/// The widest a window may be and still get the filters folded, on views that show them
/// open on a desktop.
const FOLD_BELOW_PX: f64 = 900.0;

/// The filter bar behind a "Filters (n)" disclosure, `n` being how many are applied. It opens
/// by itself when the page's link carries filters, so a reader sees what is applied; and, with
/// `open_when_wide`, on a desktop-wide window, where there is room. `skip_to` names the element
/// (by id) that a skip link before the filters moves to.
#[component]
pub fn FilterDisclosure(
    /// Open at start on a window at least [`FOLD_BELOW_PX`] wide.
    #[prop(optional)]
    open_when_wide: bool,
    /// The id of what follows the filters, for a skip link past them.
    #[prop(optional)]
    skip_to: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let query = use_view_query();
    let applied = move || query.with(|(q, _)| q.frames.len() + q.statuses.len() + q.regions.len());
    let wide = window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= FOLD_BELOW_PX);
    let open_at_start = query.with_untracked(|(q, _)| q.is_filtered()) || (open_when_wide && wide);
    let skip = skip_to.map(|id| {
        let go = move |event: leptos::ev::MouseEvent| {
            event.prevent_default();
            crate::nav::focus_by_id(id);
        };
        view! {
            <a class="mk-skip mk-skip--filters" href=format!("#{id}") on:click=go>
                {tr(Text::SkipFilters)}
            </a>
        }
    });
    view! {
        {skip}
        <details class="mk-filter-disclosure" open=open_at_start>
            <summary>{move || format!("{} ({})", t(lang.get(), Text::Filters), applied())}</summary>
            <FilterBar />
        </details>
    }
}
