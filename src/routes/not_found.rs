//! Any path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The not-found view: says what was asked for and leads home.
#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname;
    view! {
        <section class="mk-not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title">"Page not found"</h1>
            <p>"There is no page at " <code class="mk-not-found__path">{move || path.get()}</code> "."</p>
            <p>
                <A href=crate::href("/")>"Go to the overview of all missions"</A>
            </p>
        </section>
    }
}
