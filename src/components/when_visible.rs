//! Content that is built only when it nears the screen.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Reserves a box and builds `children` the first time the box comes within half a screen of
/// the viewport. A mission page uses it for its mini map and mini timeline, whose
/// code (and the map's country outlines) then load only for readers who scroll to them.
#[component]
pub fn WhenVisible(
    /// The height the box keeps until its content is built, such as `20rem`.
    min_height: &'static str,
    /// The content; built once.
    children: ChildrenFn,
) -> impl IntoView {
    let near = RwSignal::new(false);
    let area = NodeRef::<Div>::new();
    // The observer and its callback live while the box does: leaving the page before the box
    // was seen disconnects the observer and frees the callback.
    type Watch = (web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>);
    let watch = StoredValue::new_local(None::<Watch>);
    on_cleanup(move || {
        if let Some(Some((observer, _))) = watch.try_update_value(Option::take) {
            observer.disconnect();
        }
    });
    Effect::new(move |_| {
        let Some(element) = area.get() else { return };
        if near.get_untracked() || watch.with_value(Option::is_some) {
            return;
        }
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let seen = entries.iter().any(|entry| {
                    entry.dyn_into::<web_sys::IntersectionObserverEntry>().is_ok_and(|e| e.is_intersecting())
                });
                if seen {
                    observer.disconnect();
                    near.set(true);
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("50% 0px");
        match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
            Ok(observer) => {
                observer.observe(&element);
                watch.set_value(Some((observer, callback)));
            }
            // No IntersectionObserver: build the content at once.
            Err(_) => near.set(true),
        }
    });
    view! {
        <div node_ref=area class="mk-when-visible" style:min-height=move || (!near.get()).then_some(min_height)>
            {move || near.get().then(|| children())}
        </div>
    }
}
