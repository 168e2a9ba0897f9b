//! The share control on every page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::active_letter::use_opened_letter;
use crate::i18n::{Text, t, tr};
use crate::nav::{Navigation, use_navigation};
use crate::open_parser;
use crate::query::ViewQuery;
use crate::{href_with, use_lang, use_link_query};

/// What became of the last click.
#[derive(Debug, Clone, PartialEq)]
enum Shared {
    /// Nothing to say: not clicked yet, shared through the system sheet, or cancelled there.
    Quiet,
    /// The link is on the clipboard.
    Copied,
    /// Neither sharing nor the clipboard worked: the link is shown to copy by hand.
    ByHand(String),
    /// An opened letter too long to travel in a link, or not kept: the open page offers its
    /// download.
    NoLink,
}

/// Shares the link of the current view, filters included: through the system's share sheet
/// where the browser has the Web Share API, otherwise by copying it to the clipboard. The
/// outcome is said in a live region, so screen readers announce it.
#[component]
pub fn ShareButton() -> impl IntoView {
    let lang = use_lang();
    let outcome = RwSignal::new(Shared::Quiet);
    let opened = use_opened_letter();
    let links = use_link_query();
    let navigation = use_navigation();
    let on_click = move |_| {
        let title = document().title();
        outcome.set(Shared::Quiet);
        let opened = opened.clone();
        spawn_local(async move {
            // An opened letter is in this browser only: its link carries the letter itself.
            let url = match opened {
                None => window().location().href().unwrap_or_default(),
                Some(opened) if !navigation.in_file() => match open_parser::share_fragment_of(opened.id).await {
                    Ok(Some(Ok(fragment))) => share_link(navigation, &links.get_untracked(), &fragment),
                    _ => return outcome.set(Shared::NoLink),
                },
                Some(_) => return outcome.set(Shared::NoLink),
            };
            let result = share(&title, &url).await;
            outcome.set(result);
            if outcome.get_untracked() == Shared::Copied {
                set_timeout(
                    move || outcome.update(|o| *o = if *o == Shared::Copied { Shared::Quiet } else { o.clone() }),
                    std::time::Duration::from_secs(5),
                );
            }
        });
    };
    view! {
        <div class="mk-share">
            <button type="button" class="mk-share__button" title=tr(Text::ShareHelp) on:click=on_click>
                <span aria-hidden="true">"↗ "</span>
                {tr(Text::Share)}
            </button>
            <p class="mk-share__status" role="status">
                {move || match outcome.get() {
                    Shared::Quiet => ().into_any(),
                    Shared::Copied => t(lang.get(), Text::LinkCopied).into_any(),
                    Shared::NoLink => view! {
                        {t(lang.get(), Text::ShareTooLong)} " "
                        <a href=move || href_with("/open/", &links.get())>{t(lang.get(), Text::YourLetters)}</a>
                    }
                    .into_any(),
                    Shared::ByHand(url) => view! {
                        <label>
                            {t(lang.get(), Text::CopyThisLink)} " "
                            <input class="mk-share__url" type="url" readonly value=url />
                        </label>
                    }
                    .into_any(),
                }}
            </p>
        </div>
    }
}

/// Shares through `navigator.share`, else copies with `navigator.clipboard.writeText`. Both are
/// looked up at run time: browsers differ in which they have.
async fn share(title: &str, url: &str) -> Shared {
    let navigator: JsValue = window().navigator().into();
    if let Some(share) = method(&navigator, "share") {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        match call(&share, &navigator, &data).await {
            Ok(()) => return Shared::Quiet,
            // The reader closed the share sheet: that is an answer, not a failure.
            Err(error) if error_name(&error) == "AbortError" => return Shared::Quiet,
            Err(_) => {}
        }
    }
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(write_text) = method(&clipboard, "writeText")
        && call(&write_text, &clipboard, &url.into()).await.is_ok()
    {
        return Shared::Copied;
    }
    Shared::ByHand(url.to_owned())
}

/// The link that carries an opened letter: `/open/#letter=<fragment>` in full, with the
/// view's language and without `letter=`, which names a letter only this browser keeps.
pub fn share_link(navigation: Navigation, links: &ViewQuery, fragment: &str) -> String {
    let query = ViewQuery { letter: None, ..links.clone() };
    let href = navigation.href(&format!("/open/{}", query.to_query_string()));
    absolute(&format!("{href}#letter={fragment}"))
}

/// The absolute URL of an href the app wrote.
fn absolute(href: &str) -> String {
    web_sys::Url::new_with_base(href, &window().location().href().unwrap_or_default())
        .map(|url| url.href())
        .unwrap_or_else(|_| href.to_owned())
}

fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    if target.is_undefined() || target.is_null() {
        return None;
    }
    js_sys::Reflect::get(target, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()
}

/// Calls a promise-returning method and waits for it.
async fn call(function: &js_sys::Function, this: &JsValue, argument: &JsValue) -> Result<(), JsValue> {
    let promise = function.call1(this, argument)?.dyn_into::<js_sys::Promise>()?;
    JsFuture::from(promise).await.map(|_| ())
}

fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}
