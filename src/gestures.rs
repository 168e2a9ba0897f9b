//! Browser behaviour shared by the timeline and the map: the width of an element, what a
//! pointer movement means (drag to pan, two pointers to pinch, no click after a drag), and
//! where the drawing it moves over lies. What a gesture does to the view is
//! [`crate::pan_zoom`]'s.

use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;

/// What a pointer movement means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    /// Nothing to do.
    None,
    /// One pointer moved by (dx, dy) pixels.
    Drag {
        /// Right.
        dx: f64,
        /// Down.
        dy: f64,
    },
    /// Two pointers moved apart (`ratio` above 1) or together, around `mid` (client pixels).
    Pinch {
        /// New distance over old.
        ratio: f64,
        /// The midpoint, x.
        mid_x: f64,
        /// The midpoint, y.
        mid_y: f64,
    },
}

/// What a pointer moving from `before` to `now` means, with the other pointers down.
pub fn interpret(before: (f64, f64), now: (f64, f64), others: &[(f64, f64)]) -> Gesture {
    match others {
        [] => Gesture::Drag { dx: now.0 - before.0, dy: now.1 - before.1 },
        [other] => {
            let d0 = (before.0 - other.0).hypot(before.1 - other.1).max(1.0);
            let d1 = (now.0 - other.0).hypot(now.1 - other.1).max(1.0);
            Gesture::Pinch { ratio: d1 / d0, mid_x: (now.0 + other.0) / 2.0, mid_y: (now.1 + other.1) / 2.0 }
        }
        _ => Gesture::None,
    }
}

/// The pointers that are down, and whether this press has dragged.
#[derive(Clone, Copy)]
pub struct PointerGestures {
    pointers: StoredValue<HashMap<i32, (f64, f64)>>,
    dragged: StoredValue<bool>,
}

impl PointerGestures {
    /// No pointer down.
    pub fn new() -> Self {
        Self { pointers: StoredValue::new(HashMap::new()), dragged: StoredValue::new(false) }
    }

    /// A pointer went down.
    pub fn down(&self, ev: &leptos::ev::PointerEvent) {
        self.pointers.update_value(|p| {
            p.insert(ev.pointer_id(), (f64::from(ev.client_x()), f64::from(ev.client_y())));
        });
        self.dragged.set_value(false);
    }

    /// A pointer moved: what it means.
    pub fn moved(&self, ev: &leptos::ev::PointerEvent) -> Gesture {
        let id = ev.pointer_id();
        let now = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let Some(before) = self.pointers.with_value(|p| p.get(&id).copied()) else { return Gesture::None };
        let others: Vec<(f64, f64)> =
            self.pointers.with_value(|p| p.iter().filter(|(k, _)| **k != id).map(|(_, v)| *v).collect());
        if (now.0 - before.0).abs() + (now.1 - before.1).abs() > 2.0 {
            self.dragged.set_value(true);
        }
        self.pointers.update_value(|p| {
            p.insert(id, now);
        });
        interpret(before, now, &others)
    }

    /// A pointer went up, was cancelled or left.
    pub fn up(&self, ev: &leptos::ev::PointerEvent) {
        self.pointers.update_value(|p| {
            p.remove(&ev.pointer_id());
        });
    }

    /// A click that ends a drag is not a click on what lies under it.
    pub fn swallow_click_after_drag(&self, ev: &leptos::ev::MouseEvent) {
        if self.dragged.get_value() {
            ev.prevent_default();
            self.dragged.set_value(false);
        }
    }
}

impl Default for PointerGestures {
    fn default() -> Self {
        Self::new()
    }
}

/// The top left of the element whose listener `ev` reached, in client pixels: the drawing that
/// a pinch's midpoint or a wheel's pointer, also in client pixels, is measured against.
/// `(0, 0)` when there is none.
///
/// The listener's element rather than the event's target: a pointer's target is whatever mark
/// or outline lies under it, not the drawing, and `offsetX` is measured against that target,
/// which as an SVG shape has no CSS box to measure from. (Leptos attaches `on:` listeners to
/// the element itself unless its `delegation` feature is on, which this app leaves off.)
pub fn listener_origin(ev: &web_sys::Event) -> (f64, f64) {
    use wasm_bindgen::JsCast;

    ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map_or((0.0, 0.0), |el| {
        let rect = el.get_bounding_client_rect();
        (rect.left(), rect.top())
    })
}

/// Where a mouse or wheel event happened on the element whose listener it reached, in CSS
/// pixels from that element's top left (see [`listener_origin`]).
pub fn listener_point(ev: &leptos::ev::MouseEvent) -> (f64, f64) {
    let (left, top) = listener_origin(ev);
    (f64::from(ev.client_x()) - left, f64::from(ev.client_y()) - top)
}

/// The width of `element` in CSS pixels, kept up to date as it resizes; `fallback` until it
/// is measured.
///
/// A `ResizeObserver` watches the element itself, not the window: the app's views are built
/// while the app is still hidden (width 0) and shown a moment later, and a chart that only
/// listened for window resizes stayed at `fallback` after a direct load. Where there is no
/// `ResizeObserver`, window resizes still re-measure.
pub fn use_element_width(element: NodeRef<Div>, fallback: f64) -> RwSignal<f64> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    let width = RwSignal::new(fallback);
    let measure = move || {
        if let Some(el) = element.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    // The observer and its callback live while the owner does; cleanup disconnects the one
    // and frees the other. web-sys's ResizeObserver bindings are not enabled, so it is
    // reached through js-sys.
    type Watch = (js_sys::Object, Closure<dyn FnMut(js_sys::Array)>);
    let watch = StoredValue::new_local(None::<Watch>);
    let call = |target: &js_sys::Object, method: &str, arg: &wasm_bindgen::JsValue| {
        js_sys::Reflect::get(target, &method.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call1(target, arg))
    };
    Effect::new(move |_| {
        let Some(el) = element.get() else { return };
        measure();
        if watch.with_value(Option::is_none) {
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| measure());
            let observer = js_sys::Reflect::get(&js_sys::global(), &"ResizeObserver".into())
                .ok()
                .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
                .and_then(|c| js_sys::Reflect::construct(&c, &js_sys::Array::of1(callback.as_ref())).ok())
                .and_then(|o| o.dyn_into::<js_sys::Object>().ok());
            let Some(observer) = observer else { return };
            watch.set_value(Some((observer, callback)));
        }
        watch.with_value(|w| {
            if let Some((observer, _)) = w {
                call(observer, "disconnect", &wasm_bindgen::JsValue::UNDEFINED);
                call(observer, "observe", &el);
            }
        });
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || {
        resize.remove();
        if let Some(Some((observer, _))) = watch.try_update_value(Option::take) {
            call(&observer, "disconnect", &wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_one_pointer_drags() {
        assert_eq!(interpret((10.0, 10.0), (15.0, 7.0), &[]), Gesture::Drag { dx: 5.0, dy: -3.0 });
    }

    #[test]
    fn ok_two_pointers_pinch_around_their_midpoint() {
        let g = interpret((10.0, 0.0), (20.0, 0.0), &[(0.0, 0.0)]);
        assert_eq!(g, Gesture::Pinch { ratio: 2.0, mid_x: 10.0, mid_y: 0.0 });
    }

    #[test]
    fn ok_three_pointers_do_nothing() {
        assert_eq!(interpret((0.0, 0.0), (1.0, 1.0), &[(5.0, 5.0), (9.0, 9.0)]), Gesture::None);
    }
}
