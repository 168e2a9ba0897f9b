//! The banner at the top of every page.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;

/// The site's name, linking home, and a skip link for keyboard users.
#[component]
pub fn SiteHeader() -> impl IntoView {
    // `#main` alone would resolve against `<base href>` and leave the page; move focus instead.
    let skip_to_main = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        let main = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            let _ = main.focus();
        }
    };
    view! {
        <a class="mk-skip" href="#main" on:click=skip_to_main>
            "Skip to content"
        </a>
        <header class="mk-header">
            <A href=crate::href("/") attr:class="mk-header__brand">
                <span class="mk-header__mark" aria-hidden="true"></span>
                "missiekaart"
            </A>
            <p class="mk-header__tagline">"Kamerbrief missies 2018"</p>
        </header>
    }
}
