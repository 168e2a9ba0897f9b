//! Zoom and pan as the timeline and the map share them: what a key asks for, how far a turn of
//! the wheel zooms, and what a drag or a pinch does to the view. Plain maths on plain types, so
//! that both behave alike and the rules are tested natively; the components only read the
//! numbers off their events ([`crate::gestures`] says what a pointer movement means).
//!
//! Both views are drawn at a known width in pixels, with the point `(0, 0)` at the drawing's
//! top left: the timeline's [`TimeWindow`] of days across it, the map's [`ViewBox`] of map
//! units scaled alike in x and y, within the [`MapView`]'s extent.

use crate::geo::{MapView, Point, ViewBox};
use crate::gestures::Gesture;
use crate::timeline_scale::TimeWindow;

/// One step of zoom, by a key or a button: 1.5× in or out.
pub const ZOOM_STEP: f64 = 1.5;
/// One arrow key's pan, as a share of the view.
pub const KEY_PAN: f64 = 0.15;

/// How far one pixel of wheel movement zooms: a mouse notch of 100 pixels zooms about 1.16×.
const WHEEL_RATE: f64 = 0.0015;
/// `WheelEvent.deltaMode` when the delta counts lines, and when it counts pages.
const DOM_DELTA_LINE: u32 = 1;
const DOM_DELTA_PAGE: u32 = 2;
/// A line of wheel movement in pixels. Firefox reports a mouse notch as 3 lines where Chrome
/// reports 100 pixels; at 33 pixels a line the notch zooms alike in both.
const LINE_PX: f64 = 100.0 / 3.0;
/// A page of wheel movement in pixels: a screenful, which the step limit then caps.
const PAGE_PX: f64 = 800.0;

/// Which ways a view pans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axes {
    /// Left and right only: the timeline. Up and down are left to the page, so the arrow keys
    /// still scroll it.
    Horizontal,
    /// Every way: the map.
    Both,
}

/// What a key or a button asks of a view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PanZoom {
    /// One [`ZOOM_STEP`] in, around the centre.
    ZoomIn,
    /// One [`ZOOM_STEP`] out, around the centre.
    ZoomOut,
    /// Move by a share of the view's size.
    Pan {
        /// Right (later, on the timeline): `0.25` is a quarter of the width.
        dx: f64,
        /// Down; a view that pans only across ignores it.
        dy: f64,
    },
    /// Back to the view it started with.
    Reset,
}

impl PanZoom {
    /// The view after this command; `home` is where [`PanZoom::Reset`] goes.
    pub fn applied<V: Viewport>(self, view: V, home: V) -> V {
        match self {
            Self::ZoomIn => view.zoomed_about_centre(ZOOM_STEP),
            Self::ZoomOut => view.zoomed_about_centre(1.0 / ZOOM_STEP),
            Self::Pan { dx, dy } => view.panned_by(dx, dy),
            Self::Reset => home,
        }
    }
}

/// What `key` (a `KeyboardEvent.key`) asks of a view that pans along `axes`: `+` or `=` zooms
/// in, `-` or `_` out, the arrow keys pan, `0` or `Home` resets. `None` for any other key,
/// which the page keeps.
pub fn command_for_key(key: &str, axes: Axes) -> Option<PanZoom> {
    let pan = |dx, dy| Some(PanZoom::Pan { dx, dy });
    match key {
        "+" | "=" => Some(PanZoom::ZoomIn),
        "-" | "_" => Some(PanZoom::ZoomOut),
        "ArrowLeft" => pan(-KEY_PAN, 0.0),
        "ArrowRight" => pan(KEY_PAN, 0.0),
        "ArrowUp" if axes == Axes::Both => pan(0.0, -KEY_PAN),
        "ArrowDown" if axes == Axes::Both => pan(0.0, KEY_PAN),
        "0" | "Home" => Some(PanZoom::Reset),
        _ => None,
    }
}

/// How far one wheel event zooms (above 1 zooms in): scrolling up zooms in. `delta_mode` is the
/// event's `deltaMode`, so that a wheel that counts lines or pages zooms like one that counts
/// pixels. One event zooms at most one [`ZOOM_STEP`], however fast the wheel spins, and a delta
/// that is no number does not zoom.
pub fn wheel_factor(delta_y: f64, delta_mode: u32) -> f64 {
    let px = match delta_mode {
        DOM_DELTA_LINE => delta_y * LINE_PX,
        DOM_DELTA_PAGE => delta_y * PAGE_PX,
        _ => delta_y,
    };
    if !px.is_finite() {
        return 1.0;
    }
    (-px * WHEEL_RATE).exp().clamp(1.0 / ZOOM_STEP, ZOOM_STEP)
}

/// A view that zooms and pans, drawn `width` pixels wide.
pub trait Viewport: Copy + PartialEq {
    /// Zoomed in by `factor` (above 1 zooms in) around its centre.
    fn zoomed_about_centre(&self, factor: f64) -> Self;
    /// Zoomed in by `factor` around the pixel `at` of the drawing: what lies under that pixel
    /// stays under it, unless the zoom or the view reaches its limits.
    fn zoomed_at(&self, factor: f64, at: (f64, f64), width: f64) -> Self;
    /// Moved by a share of its size, right and down.
    fn panned_by(&self, dx: f64, dy: f64) -> Self;
    /// Moved with a pointer dragged by `(dx, dy)` pixels: what was under the pointer follows it.
    fn dragged(&self, dx: f64, dy: f64, width: f64) -> Self;
}

/// Time runs across; there is nothing to pan up or down.
impl Viewport for TimeWindow {
    fn zoomed_about_centre(&self, factor: f64) -> Self {
        self.zoomed(factor, self.centre())
    }

    fn zoomed_at(&self, factor: f64, at: (f64, f64), width: f64) -> Self {
        self.zoomed(factor, self.day_at(at.0, width))
    }

    fn panned_by(&self, dx: f64, _dy: f64) -> Self {
        self.panned(dx * self.span())
    }

    fn dragged(&self, dx: f64, _dy: f64, width: f64) -> Self {
        self.panned_by(-dx / width, 0.0)
    }
}

impl Viewport for MapView {
    fn zoomed_about_centre(&self, factor: f64) -> Self {
        self.zoomed(factor, self.view.centre())
    }

    fn zoomed_at(&self, factor: f64, at: (f64, f64), width: f64) -> Self {
        self.zoomed(factor, view_point(&self.view, at, width))
    }

    fn panned_by(&self, dx: f64, dy: f64) -> Self {
        self.panned(dx, dy)
    }

    fn dragged(&self, dx: f64, dy: f64, width: f64) -> Self {
        // The drawing is as much taller than wide as the view box is.
        self.panned(-dx / width, -dy / (width * self.view.h / self.view.w))
    }
}

/// The point of the map under the pixel `at` of a drawing `width` pixels wide.
pub fn view_point(view: &ViewBox, at: (f64, f64), width: f64) -> Point {
    let k = view.w / width;
    Point { x: view.x + at.0 * k, y: view.y + at.1 * k }
}

/// The pixel of a drawing `width` pixels wide where the point `p` of the map is: the reverse of
/// [`view_point`].
pub fn pixel_point(view: &ViewBox, p: Point, width: f64) -> Point {
    let k = view.w / width;
    Point { x: (p.x - view.x) / k, y: (p.y - view.y) / k }
}

/// The view after a pointer gesture on a drawing `width` pixels wide: a drag pans, and a pinch
/// zooms around its midpoint. `origin` gives the drawing's top left in client pixels, as the
/// pinch's midpoint is; it is asked for only on a pinch, since reading it costs a layout.
/// `None` when the view stays as it is.
pub fn after_gesture<V: Viewport>(
    view: V,
    gesture: Gesture,
    width: f64,
    origin: impl FnOnce() -> (f64, f64),
) -> Option<V> {
    let next = match gesture {
        Gesture::None => return None,
        Gesture::Drag { dx, dy } => view.dragged(dx, dy, width),
        Gesture::Pinch { ratio, mid_x, mid_y } => {
            let (left, top) = origin();
            view.zoomed_at(ratio, (mid_x - left, mid_y - top), width)
        }
    };
    (next != view).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::Extent;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// The map at its home view, with no places: the ring around Europe.
    fn ring_map() -> MapView {
        let ring = ViewBox::ring_around_europe();
        MapView::home(Extent::ring_around_europe(ring.h / ring.w))
    }

    #[test]
    fn ok_keys_zoom_pan_and_reset() {
        for axes in [Axes::Horizontal, Axes::Both] {
            assert_eq!(command_for_key("+", axes), Some(PanZoom::ZoomIn));
            assert_eq!(command_for_key("=", axes), Some(PanZoom::ZoomIn));
            assert_eq!(command_for_key("-", axes), Some(PanZoom::ZoomOut));
            assert_eq!(command_for_key("_", axes), Some(PanZoom::ZoomOut));
            assert_eq!(command_for_key("ArrowLeft", axes), Some(PanZoom::Pan { dx: -0.15, dy: 0.0 }));
            assert_eq!(command_for_key("ArrowRight", axes), Some(PanZoom::Pan { dx: 0.15, dy: 0.0 }));
            assert_eq!(command_for_key("0", axes), Some(PanZoom::Reset));
            assert_eq!(command_for_key("Home", axes), Some(PanZoom::Reset));
        }
        assert_eq!(command_for_key("ArrowUp", Axes::Both), Some(PanZoom::Pan { dx: 0.0, dy: -0.15 }));
        assert_eq!(command_for_key("ArrowDown", Axes::Both), Some(PanZoom::Pan { dx: 0.0, dy: 0.15 }));
    }

    #[test]
    fn err_other_keys_are_left_to_the_page() {
        // Up and down scroll the page past a timeline, which has nothing to pan that way.
        assert_eq!(command_for_key("ArrowUp", Axes::Horizontal), None);
        assert_eq!(command_for_key("ArrowDown", Axes::Horizontal), None);
        for key in ["Enter", " ", "Escape", "Tab", "End", "1", "a", "", "Plus"] {
            assert_eq!(command_for_key(key, Axes::Both), None, "{key:?}");
        }
    }

    #[test]
    fn ok_commands_move_the_view() {
        let home = TimeWindow { start: 0.0, end: 300.0 };
        let w = TimeWindow { start: 100.0, end: 400.0 };
        assert_eq!(PanZoom::ZoomIn.applied(w, home), TimeWindow { start: 150.0, end: 350.0 });
        assert_eq!(PanZoom::ZoomOut.applied(PanZoom::ZoomIn.applied(w, home), home), w);
        assert_eq!(PanZoom::Pan { dx: 0.25, dy: 0.5 }.applied(w, home), TimeWindow { start: 175.0, end: 475.0 });
        assert_eq!(PanZoom::Reset.applied(w, home), home);
        let map = ring_map();
        let zoomed = PanZoom::ZoomIn.applied(map, map);
        assert!(close(zoomed.view.w, map.view.w / ZOOM_STEP) && close(zoomed.view.centre().x, map.view.centre().x));
        let panned = PanZoom::Pan { dx: 0.0, dy: 0.15 }.applied(zoomed, map).view;
        assert!(close(panned.y, zoomed.view.y + 0.15 * zoomed.view.h) && close(panned.x, zoomed.view.x));
        assert_eq!(PanZoom::Reset.applied(zoomed, map), map);
    }

    #[test]
    fn ok_wheel_up_zooms_in_and_down_zooms_out() {
        assert!(close(wheel_factor(-100.0, 0), (0.15f64).exp()));
        assert!(close(wheel_factor(100.0, 0) * wheel_factor(-100.0, 0), 1.0));
        assert_eq!(wheel_factor(0.0, 0), 1.0);
    }

    #[test]
    fn ok_wheel_lines_and_pages_zoom_like_pixels() {
        // Firefox's mouse notch, 3 lines, zooms as far as Chrome's, 100 pixels.
        assert!(close(wheel_factor(3.0, DOM_DELTA_LINE), wheel_factor(100.0, 0)));
        assert!(close(wheel_factor(-3.0, DOM_DELTA_LINE), wheel_factor(-100.0, 0)));
        assert!(close(wheel_factor(1.0, DOM_DELTA_PAGE), 1.0 / ZOOM_STEP));
        assert!(close(wheel_factor(-1.0, DOM_DELTA_PAGE), ZOOM_STEP));
    }

    #[test]
    fn err_wild_wheel_deltas_zoom_at_most_a_step() {
        assert!(close(wheel_factor(-1e6, 0), ZOOM_STEP));
        assert!(close(wheel_factor(1e6, 0), 1.0 / ZOOM_STEP));
        assert_eq!(wheel_factor(f64::NAN, 0), 1.0);
        assert_eq!(wheel_factor(f64::INFINITY, DOM_DELTA_LINE), 1.0);
        // An unknown mode counts pixels.
        assert_eq!(wheel_factor(100.0, 7), wheel_factor(100.0, 0));
    }

    #[test]
    fn ok_map_pixels_and_points_convert_both_ways() {
        let v = ViewBox { x: -100.0, y: -50.0, w: 400.0, h: 200.0 };
        assert_eq!(view_point(&v, (0.0, 0.0), 800.0), Point { x: -100.0, y: -50.0 });
        assert_eq!(view_point(&v, (800.0, 400.0), 800.0), Point { x: 300.0, y: 150.0 });
        let p = Point { x: 12.5, y: -7.0 };
        let back = view_point(&v, (pixel_point(&v, p, 800.0).x, pixel_point(&v, p, 800.0).y), 800.0);
        assert!(close(back.x, p.x) && close(back.y, p.y));
    }

    #[test]
    fn ok_map_pinch_keeps_the_point_under_its_midpoint() {
        let map = ring_map();
        let home = map.view;
        let width = 800.0;
        // The drawing's top left is at (40, 120) in the page; the fingers meet at (240, 270).
        let origin = (40.0, 120.0);
        let pinch = Gesture::Pinch { ratio: 2.0, mid_x: 240.0, mid_y: 270.0 };
        let at = (200.0, 150.0);
        let under = view_point(&home, at, width);
        let zoomed = after_gesture(map, pinch, width, || origin).unwrap();
        assert!(close(zoomed.view.w, home.w / 2.0));
        let now = view_point(&zoomed.view, at, width);
        assert!(close(now.x, under.x) && close(now.y, under.y), "{under:?} moved to {now:?}");
        // And out again: back where it was.
        let out = Gesture::Pinch { ratio: 0.5, mid_x: 240.0, mid_y: 270.0 };
        let back = after_gesture(zoomed, out, width, || origin).unwrap().view;
        assert!(close(back.x, home.x) && close(back.y, home.y) && close(back.w, home.w));
    }

    #[test]
    fn ok_timeline_pinch_and_wheel_keep_the_day_under_the_point() {
        let w = TimeWindow { start: 1000.0, end: 2000.0 };
        let pinch = Gesture::Pinch { ratio: 2.0, mid_x: 310.0, mid_y: 999.0 };
        let zoomed = after_gesture(w, pinch, 800.0, || (10.0, 0.0)).unwrap();
        assert!(close(zoomed.span(), 500.0));
        assert!(close(zoomed.day_at(300.0, 800.0), w.day_at(300.0, 800.0)));
        let wheeled = w.zoomed_at(2.0, (300.0, 0.0), 800.0);
        assert_eq!(wheeled, zoomed);
    }

    #[test]
    fn ok_drags_move_the_view_with_the_pointer() {
        let w = TimeWindow { start: 0.0, end: 800.0 };
        assert_eq!(
            after_gesture(w, Gesture::Drag { dx: 100.0, dy: 40.0 }, 800.0, || unreachable!()),
            Some(TimeWindow { start: -100.0, end: 700.0 })
        );
        let home = ring_map();
        let v = home.zoomed(4.0, home.view.centre());
        let width = 800.0;
        let grabbed = view_point(&v.view, (300.0, 200.0), width);
        let moved = after_gesture(v, Gesture::Drag { dx: 30.0, dy: -20.0 }, width, || unreachable!()).unwrap();
        let now = view_point(&moved.view, (330.0, 180.0), width);
        assert!(close(now.x, grabbed.x) && close(now.y, grabbed.y), "{grabbed:?} moved to {now:?}");
    }

    #[test]
    fn err_gestures_that_change_nothing_leave_the_view() {
        let w = TimeWindow { start: 0.0, end: 800.0 };
        // A timeline dragged straight up or down: nothing to pan, so no new period in the URL.
        assert_eq!(after_gesture(w, Gesture::Drag { dx: 0.0, dy: 25.0 }, 800.0, || unreachable!()), None);
        assert_eq!(after_gesture(w, Gesture::None, 800.0, || unreachable!()), None);
        let home = ring_map();
        // The map zoomed out as far as it goes does not zoom out further.
        let pinch = Gesture::Pinch { ratio: 0.5, mid_x: 100.0, mid_y: 100.0 };
        assert_eq!(after_gesture(home, pinch, 800.0, || (0.0, 0.0)), None);
    }
}
