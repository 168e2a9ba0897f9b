//! A map drawn in the app: Natural Earth countries, the countries involved highlighted, and a
//! marker per mission and place, coloured by organisation and fanned out where they crowd.

use std::collections::HashMap;

use kamerbrief::Mission;
use leptos::html::Div;
use leptos::prelude::*;

use crate::geo::{self, Point, ViewBox};
use crate::gestures::{Gesture, PointerGestures, use_element_width};
use crate::i18n::{self, Text, tr};
use crate::query::{Lang, ViewQuery};
use crate::{basemap, href_with, use_lang, use_letter};

const ZOOM_STEP: f64 = 1.5;
/// Markers this many pixels apart or closer are fanned out.
const MARKER_GAP_PX: f64 = 18.0;
const MARKER_RADIUS_PX: f64 = 7.0;

/// One marker: a mission at a place.
#[derive(Debug, Clone, PartialEq)]
struct Marker {
    mission: String,
    name: String,
    frame: &'static str,
    place: String,
    at: Point,
}

/// The map of `missions`. With `fit`, the view starts around their places rather than the
/// whole ring around Europe.
#[component]
pub fn MissionMap(
    /// The missions to mark.
    missions: Vec<Mission>,
    /// The accessible name of the map.
    #[prop(into)]
    label: String,
    /// Whether to start zoomed to the missions' places.
    #[prop(default = false)]
    fit: bool,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let places: HashMap<String, kamerbrief::Place> = letter.places.iter().map(|p| (p.id.clone(), p.clone())).collect();
    let markers: Vec<Marker> = missions
        .iter()
        .flat_map(|m| {
            m.places.iter().filter_map(|id| places.get(id)).map(|p| Marker {
                mission: m.id.clone(),
                name: m.name.clone(),
                frame: m.frame.as_str(),
                place: p.id.clone(),
                at: geo::project(p.lat, p.lon),
            })
        })
        .collect();
    let involved: Vec<String> = missions
        .iter()
        .flat_map(|m| m.places.iter().filter_map(|id| places.get(id)).filter_map(|p| p.iso_n3.clone()))
        .collect();
    let home_view = ViewBox::ring_around_europe();
    let start_view = if fit && !markers.is_empty() { fitted(&markers, &home_view) } else { home_view };
    let view_box = RwSignal::new(start_view);
    let container = NodeRef::<Div>::new();
    let width = use_element_width(container, 800.0);
    let gestures = PointerGestures::new();
    let units_per_px = move || view_box.get().w / width.get();

    let zoom = move |factor: f64| view_box.update(|v| *v = v.zoomed(factor, v.centre()));
    let pan = move |dx: f64, dy: f64| view_box.update(|v| *v = v.panned(dx, dy));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        match ev.key().as_str() {
            "+" | "=" => zoom(ZOOM_STEP),
            "-" | "_" => zoom(1.0 / ZOOM_STEP),
            "ArrowLeft" => pan(-0.15, 0.0),
            "ArrowRight" => pan(0.15, 0.0),
            "ArrowUp" => pan(0.0, -0.15),
            "ArrowDown" => pan(0.0, 0.15),
            "0" | "Home" => view_box.set(start_view),
            _ => return,
        }
        ev.prevent_default();
    };
    let at_pointer = move |x: f64, y: f64| {
        let v = view_box.get_untracked();
        let k = units_per_px();
        Point { x: v.x + x * k, y: v.y + y * k }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let factor = (-ev.delta_y() * 0.0015).exp();
        let anchor = at_pointer(f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        view_box.update(|v| *v = v.zoomed(factor, anchor));
    };
    // Drag pans; two pointers pinch.
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let v = view_box.get_untracked();
        match gestures.moved(&ev) {
            Gesture::Drag { dx, dy } => view_box.set(v.panned(-dx / width.get_untracked(), -dy * units_per_px() / v.h)),
            Gesture::Pinch { ratio, .. } => view_box.set(v.zoomed(ratio, v.centre())),
            Gesture::None => {}
        }
    };

    // The outlines arrive after the first paint; the markers do not wait for them. A signal set
    // on arrival, not a resource: reading a resource would hold back the enclosing <Suspense>
    // (the lazily loaded view's) and blank the whole view until the outlines came.
    let basemap_url = crate::href(basemap::BASEMAP_FILE);
    let outlines = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let loaded = basemap::load(basemap_url).await;
        // The map may be gone by then.
        let _ = outlines.try_set(Some(loaded));
    });
    let involved = StoredValue::new(involved);
    let countries = move || match outlines.get() {
        Some(Ok(list)) => list
            .iter()
            .map(|c| {
                let highlighted = involved.with_value(|i| i.contains(&c.iso_n3));
                view! {
                    <path class="mk-map__country" class:mk-map__country--involved=highlighted d=c.path.clone()>
                        <title>{c.name.clone()}</title>
                    </path>
                }
            })
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    };
    let failed = move || matches!(outlines.get(), Some(Err(_)));
    let place_names: HashMap<String, (String, String)> =
        letter.places.iter().map(|p| (p.id.clone(), (p.name.clone(), p.name_en.clone()))).collect();
    let place_names = StoredValue::new(place_names);
    let place_name = move |id: &str, lang: Lang| {
        place_names.with_value(|n| n.get(id).map(|(nl, en)| lang.pick(nl, en).clone()).unwrap_or_default())
    };
    let markers = StoredValue::new(markers);
    let marker_views = move || {
        let k = units_per_px();
        let list = markers.get_value();
        let points: Vec<Point> = list.iter().map(|m| m.at).collect();
        let fanned = geo::fan_out(&points, MARKER_GAP_PX * k);
        let lang = lang.get();
        list.into_iter()
            .zip(fanned)
            .map(|(marker, at)| {
                let link = href_with(&format!("/missions/{}/", marker.mission), &ViewQuery { lang, ..ViewQuery::default() });
                let name = format!("{} — {}", marker.name, place_name(&marker.place, lang));
                let moved = (at.x - marker.at.x).abs() + (at.y - marker.at.y).abs() > 1e-9;
                let tooltip = name.clone();
                // The `<g>` makes the macro build an SVG `<a>` and `<title>`, not HTML ones.
                view! {
                    <g>
                    <a class="mk-map__marker" data-frame=marker.frame data-mission=marker.mission.clone() href=link aria-label=name>
                        <title>{tooltip}</title>
                        {moved.then(|| view! { <line class="mk-map__leader" x1=marker.at.x y1=marker.at.y x2=at.x y2=at.y /> })}
                        <circle cx=at.x cy=at.y r=MARKER_RADIUS_PX * k />
                    </a>
                    </g>
                }
            })
            .collect_view()
    };
    let aspect = home_view.h / home_view.w;
    let legend = [
        kamerbrief::Frame::Nato,
        kamerbrief::Frame::Eu,
        kamerbrief::Frame::Un,
        kamerbrief::Frame::Coalition,
        kamerbrief::Frame::National,
    ];
    view! {
        <div class="mk-map">
            <div class="mk-map__controls" role="toolbar" aria-label=label.clone()>
                <button type="button" on:click=move |_| zoom(ZOOM_STEP)>{tr(Text::ZoomIn)}</button>
                <button type="button" on:click=move |_| zoom(1.0 / ZOOM_STEP)>{tr(Text::ZoomOut)}</button>
                <button type="button" on:click=move |_| view_box.set(start_view)>{tr(Text::ResetView)}</button>
            </div>
            <div
                class="mk-map__frame"
                node_ref=container
                tabindex="0"
                role="group"
                aria-label=label
                aria-describedby="map-help"
                on:keydown=on_key
            >
                <svg
                    class="mk-map__svg"
                    width=move || width.get()
                    height=move || width.get() * aspect
                    viewBox=move || view_box.get().attr()
                    data-zoom=move || format!("{:.2}", view_box.get().zoom_level(&home_view))
                    on:wheel=on_wheel
                    on:pointerdown=move |ev| gestures.down(&ev)
                    on:pointermove=on_move
                    on:pointerup=move |ev| gestures.up(&ev)
                    on:pointercancel=move |ev| gestures.up(&ev)
                    on:pointerleave=move |ev| gestures.up(&ev)
                    on:click=move |ev| gestures.swallow_click_after_drag(&ev)
                >
                    <rect class="mk-map__sea" x="-2000" y="-1000" width="4000" height="2000" />
                    <g class="mk-map__land" transform=format!("scale({} 1)", geo::X_SCALE) aria-hidden="true">
                        {countries}
                    </g>
                    <g class="mk-map__markers">{marker_views}</g>
                </svg>
            </div>
            <Show when=failed>
                <p class="mk-notice" role="status">{tr(Text::BasemapUnavailable)}</p>
            </Show>
            <p id="map-help" class="mk-map__help">{tr(Text::MapHelp)}</p>
            <ul class="mk-map__legend" aria-label=tr(Text::Legend)>
                {legend
                    .into_iter()
                    .map(|f| view! { <li data-frame=f.as_str()><span class="mk-map__swatch" aria-hidden="true"></span>{move || i18n::frame(lang.get(), f)}</li> })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// A view around the markers, with a margin, no closer than a quarter of the home view.
fn fitted(markers: &[Marker], home: &ViewBox) -> ViewBox {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for m in markers {
        x0 = x0.min(m.at.x);
        y0 = y0.min(m.at.y);
        x1 = x1.max(m.at.x);
        y1 = y1.max(m.at.y);
    }
    let w = ((x1 - x0) * 1.6).max(home.w / 4.0).min(home.w);
    let h = w * home.h / home.w;
    ViewBox { x: (x0 + x1) / 2.0 - w / 2.0, y: (y0 + y1) / 2.0 - h / 2.0, w, h }
}
