//! A map drawn in the app: Natural Earth countries, the countries involved highlighted, and a
//! marker per mission and place, coloured by organisation, fanned out where they crowd, and
//! labelled with what is contributed where the labels fit. A marker opens a popover in place.

use kamerbrief::{Mission, Status};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::geo::{self, Extent, MapView, Point, Rect, Side, ViewBox};
use crate::gestures::{PointerGestures, listener_origin, listener_point, use_element_width};
use crate::i18n::{self, Text, t, tr};
use crate::pan_zoom::{self, Axes, PanZoom, Viewport as _};
use crate::query::Lang;
use crate::{basemap, href_with, mission_facts, use_lang, use_letter};

/// Markers this many pixels apart or closer are fanned out.
const MARKER_GAP_PX: f64 = 18.0;
const MARKER_RADIUS_PX: f64 = 7.0;
/// The label's two lines: the mission's name, then what is contributed, cut to this length.
const LABEL_CHARS: usize = 34;
const LABEL_NAME_PX: f64 = 12.0;
const LABEL_LINE_PX: f64 = 11.0;
/// Rough advance per character, as a share of the font size, for the system sans serif.
const CHAR_WIDTH: f64 = 0.58;
const POPOVER_WIDTH_PX: f64 = 256.0;
/// The inset on a mission page: its height over its width, and the least it shows, in
/// degrees of longitude, so that a single country is seen among its neighbours.
const INSET_ASPECT: f64 = 0.6;
const INSET_MIN_DEGREES: f64 = 28.0;
/// The least the map page shows, in degrees of longitude: a single place is seen in its
/// region, as the ring around Europe shows the missions there.
const MAP_MIN_DEGREES: f64 = 40.0;

/// One marker: a mission at a place, with what is contributed there.
#[derive(Debug, Clone, PartialEq)]
struct Marker {
    /// Stable: `minusma@mali`.
    key: String,
    mission: String,
    /// The mission's name in Dutch and in English ([`mission_facts::display_name`]).
    names: (String, String),
    frame: &'static str,
    place: (String, String),
    /// The items contributed, in the letter's words; empty when it does not say.
    items: String,
    /// The lead nation and the partners, in Dutch and in English.
    parties: [(Option<String>, Vec<String>); 2],
    state: Option<Status>,
    at: Point,
    /// Whether this marker carries its mission's label (the first of its places does).
    labelled: bool,
}

impl Marker {
    /// The mission's name in `lang`.
    fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.names.0, &self.names.1)
    }

    /// What is contributed and its state: `het verzamelen van informatie · decision pending`.
    fn line(&self, lang: Lang) -> String {
        mission_facts::contribution_line(&self.items, self.state, lang)
    }

    /// The accessible name: `MINUSMA — Mali: het verzamelen van informatie · decision pending`.
    fn accessible_name(&self, lang: Lang) -> String {
        let place = lang.pick(&self.place.0, &self.place.1);
        let line = self.line(lang);
        if line.is_empty() {
            format!("{} — {place}", self.name(lang))
        } else {
            format!("{} — {place}: {line}", self.name(lang))
        }
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    format!("{}…", text.chars().take(max - 1).collect::<String>().trim_end())
}

/// The size in pixels of a two-line label.
fn label_size(name: &str, line: &str) -> (f64, f64) {
    let width = |text: &str, px: f64| text.chars().count() as f64 * px * CHAR_WIDTH;
    let w = width(name, LABEL_NAME_PX).max(width(line, LABEL_LINE_PX)) + 4.0;
    (w, LABEL_NAME_PX + LABEL_LINE_PX + 6.0)
}

/// The name of a country with a commitment, drawn on the map where it fits.
#[derive(Debug, Clone, PartialEq)]
struct CountryName {
    at: Point,
    nl: String,
    en: String,
}

/// The size in pixels of a country's name.
const COUNTRY_NAME_PX: f64 = 10.0;

/// Where the markers are drawn at the current zoom, and which labels fit.
#[derive(Debug, Clone, PartialEq)]
struct Layout {
    at: Vec<Point>,
    labels: Vec<Option<Side>>,
}

/// The map of `missions`. It opens on their places, wherever in the world they are, and zooms
/// and pans no further than around them (see [`Extent`]); as an inset it shows them among
/// their neighbours, at a modest size.
#[component]
pub fn MissionMap(
    /// The missions to mark.
    missions: Vec<Mission>,
    /// The accessible name of the map.
    #[prop(into)]
    label: String,
    /// Whether this is a small inset around the missions' places.
    #[prop(default = false)]
    inset: bool,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let markers: Vec<Marker> = missions
        .iter()
        .flat_map(|m| {
            let commitment = mission_facts::commitment(&letter, m);
            let items = commitment.map(mission_facts::items_text).unwrap_or_default();
            let state = commitment.map(|c| c.decision.state);
            let letter = &letter;
            m.places.iter().filter_map(|id| letter.place(id)).enumerate().map(move |(i, p)| Marker {
                key: format!("{}@{}", m.id, p.id),
                mission: m.id.to_string(),
                names: (
                    mission_facts::display_name(m, Lang::Nl).to_owned(),
                    mission_facts::display_name(m, Lang::En).to_owned(),
                ),
                parties: [Lang::Nl, Lang::En].map(|lang| {
                    commitment.map(|c| crate::commitment_table::parties(letter, lang, m, c)).unwrap_or_default()
                }),
                frame: m.frame.as_str(),
                place: (p.name.clone(), p.name_en.clone()),
                items: items.clone(),
                state,
                at: geo::project(p.lat, p.lon),
                labelled: i == 0,
            })
        })
        .collect();
    let involved: Vec<String> = missions
        .iter()
        .flat_map(|m| m.places.iter().filter_map(|id| letter.place(id)).filter_map(|p| p.iso_n3.clone()))
        .collect();
    // The countries with a commitment that the letter names as countries: their names, in both
    // languages, at the point the lexicon gives them.
    let mut country_names: Vec<CountryName> = Vec::new();
    for place in letter.places.iter().filter(|p| p.kind == "country") {
        let commits = place.iso_n3.as_ref().is_some_and(|iso| involved.contains(iso));
        if commits && !country_names.iter().any(|c| c.nl == place.name) {
            let (nl, en) = (place.name.clone(), place.name_en.clone());
            country_names.push(CountryName { at: geo::project(place.lat, place.lon), nl, en });
        }
    }
    let country_names = StoredValue::new(country_names);
    // The map page keeps the ring's shape whatever it shows, so that the page does not jump
    // from letter to letter; what it opens on follows the places.
    let ring = ViewBox::ring_around_europe();
    let (aspect, min_degrees) =
        if inset { (INSET_ASPECT, INSET_MIN_DEGREES) } else { (ring.h / ring.w, MAP_MIN_DEGREES) };
    let points: Vec<Point> = markers.iter().map(|m| m.at).collect();
    let extent = Extent::around(&points, min_degrees * geo::UNITS_PER_DEGREE * geo::X_SCALE, aspect);
    let start_view = MapView::home(extent);
    let map = RwSignal::new(start_view);
    let view_box = move || map.get().view;
    let container = NodeRef::<Div>::new();
    let width = use_element_width(container, if inset { 480.0 } else { 800.0 });
    let gestures = PointerGestures::new();
    let units_per_px = move || view_box().w / width.get();
    let popover_id = format!("mk-popover-{}", kamerbrief::slug(&label));
    let open: RwSignal<Option<String>> = RwSignal::new(None);

    // Keys, buttons, wheel, drag and pinch behave as on the timeline: see `pan_zoom`. A pinch
    // zooms around the fingers' midpoint, as the wheel does around the pointer.
    let run = move |command: PanZoom| map.set(command.applied(map.get_untracked(), start_view));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(command) = pan_zoom::command_for_key(&ev.key(), Axes::Both) {
            ev.prevent_default();
            run(command);
        }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let factor = pan_zoom::wheel_factor(ev.delta_y(), ev.delta_mode());
        let at = listener_point(&ev);
        map.set(map.get_untracked().zoomed_at(factor, at, width.get_untracked()));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let gesture = gestures.moved(&ev);
        if let Some(next) =
            pan_zoom::after_gesture(map.get_untracked(), gesture, width.get_untracked(), || listener_origin(&ev))
        {
            map.set(next);
        }
    };
    // One listener for every marker: a click on a marker opens its popover, a click elsewhere
    // on the map closes it, and the click that ends a drag does neither.
    let popover_for_focus = popover_id.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        gestures.swallow_click_after_drag(&ev);
        if ev.default_prevented() {
            return;
        }
        let key = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-marker]").ok().flatten())
            .and_then(|el| el.get_attribute("data-marker"));
        let opened = key.is_some();
        open.set(key);
        if opened {
            focus_later(format!("#{popover_for_focus} a"));
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

    let markers = StoredValue::new(markers);
    // Positions and labels follow the zoom; the markers themselves stay, so focus stays too.
    let layout = Memo::new(move |_| {
        let k = units_per_px();
        let v = view_box();
        let lang = lang.get();
        markers.with_value(|list| {
            let points: Vec<Point> = list.iter().map(|m| m.at).collect();
            let at = geo::fan_out(&points, MARKER_GAP_PX * k);
            let sizes: Vec<(usize, (f64, f64))> = list
                .iter()
                .enumerate()
                .filter(|(_, m)| m.labelled)
                .map(|(i, m)| {
                    let (w, h) = label_size(m.name(lang), &cut(&m.line(lang), LABEL_CHARS));
                    (i, (w * k, h * k))
                })
                .collect();
            let bounds = Rect { x: v.x, y: v.y, w: v.w, h: v.h };
            let placed = geo::place_labels(&at, &sizes, MARKER_RADIUS_PX * k, bounds);
            let mut labels = vec![None; list.len()];
            for ((i, _), side) in sizes.iter().zip(placed) {
                labels[*i] = side;
            }
            Layout { at, labels }
        })
    });
    let position = move |i: usize| layout.with(|l| l.at.get(i).copied().unwrap_or(Point { x: 0.0, y: 0.0 }));
    let indexed = move || markers.get_value().into_iter().enumerate().collect::<Vec<_>>();
    let controls = popover_id.clone();
    let marker_view = move |(i, marker): (usize, Marker)| {
        let key = marker.key.clone();
        let (key_expanded, key_open) = (key.clone(), key.clone());
        let name = {
            let marker = marker.clone();
            move || marker.accessible_name(lang.get())
        };
        let tooltip = name.clone();
        let home = marker.at;
        let moved = move || {
            let at = position(i);
            (at.x - home.x).abs() + (at.y - home.y).abs() > 1e-9
        };
        let popover = controls.clone();
        let on_marker_key = move |ev: leptos::ev::KeyboardEvent| {
            if matches!(ev.key().as_str(), "Enter" | " ") {
                ev.prevent_default();
                open.set(Some(key_open.clone()));
                focus_later(format!("#{popover} a"));
            }
        };
        // The `<g>` makes the macro build SVG elements, not HTML ones.
        view! {
            <g
                class="mk-map__marker"
                role="button"
                tabindex="0"
                data-marker=key
                data-frame=marker.frame
                data-mission=marker.mission.clone()
                aria-label=name
                aria-expanded=move || if open.get().as_deref() == Some(key_expanded.as_str()) { "true" } else { "false" }
                aria-controls=controls.clone()
                on:keydown=on_marker_key
            >
                <title>{tooltip}</title>
                <Show when=moved>
                    <line class="mk-map__leader" x1=home.x y1=home.y x2=move || position(i).x y2=move || position(i).y />
                </Show>
                <circle cx=move || position(i).x cy=move || position(i).y r=move || MARKER_RADIUS_PX * units_per_px() />
            </g>
        }
    };
    let labels = move || {
        let k = units_per_px();
        let lang = lang.get();
        layout.with(|l| {
            markers.with_value(|list| {
                list.iter()
                    .enumerate()
                    .filter_map(|(i, m)| {
                        let side = l.labels.get(i).copied().flatten()?;
                        let at = l.at[i];
                        let line = cut(&m.line(lang), LABEL_CHARS);
                        let size = label_size(m.name(lang), &line);
                        let b = geo::label_box(at, (size.0 * k, size.1 * k), MARKER_RADIUS_PX * k, side);
                        let x = b.x + 2.0 * k;
                        let name_y = b.y + (LABEL_NAME_PX + 1.0) * k;
                        let line_y = name_y + (LABEL_LINE_PX + 3.0) * k;
                        Some(view! {
                            <text class="mk-map__label" x=x y=name_y font-size=LABEL_NAME_PX * k>
                                <tspan class="mk-map__label-name">{m.name(lang).to_owned()}</tspan>
                                <tspan class="mk-map__label-line" x=x y=line_y font-size=LABEL_LINE_PX * k>{line}</tspan>
                            </text>
                        })
                    })
                    .collect_view()
            })
        })
    };
    // Country names go where no marker or marker label is: a little below the country's point,
    // whose marker (if any) stands on it.
    let country_labels = move || {
        let k = units_per_px();
        let lang = lang.get();
        let v = view_box();
        let taken: Vec<Rect> = layout.with(|l| {
            markers.with_value(|list| {
                let dots = l.at.iter().map(|&p| Rect::around(p, (MARKER_RADIUS_PX + 2.0) * k));
                let boxes = list.iter().enumerate().filter_map(|(i, m)| {
                    let side = l.labels.get(i).copied().flatten()?;
                    let (w, h) = label_size(m.name(lang), &cut(&m.line(lang), LABEL_CHARS));
                    Some(geo::label_box(l.at[i], (w * k, h * k), MARKER_RADIUS_PX * k, side))
                });
                dots.chain(boxes).collect()
            })
        });
        country_names.with_value(|names| {
            let sized: Vec<(Point, (f64, f64))> = names
                .iter()
                .map(|c| {
                    let name = lang.pick(&c.nl, &c.en);
                    let w = name.chars().count() as f64 * COUNTRY_NAME_PX * CHAR_WIDTH * 1.15 * k;
                    let at = Point { x: c.at.x, y: c.at.y + (MARKER_RADIUS_PX + 4.0 + COUNTRY_NAME_PX / 2.0) * k };
                    (at, (w, COUNTRY_NAME_PX * k))
                })
                .collect();
            let bounds = Rect { x: v.x, y: v.y, w: v.w, h: v.h };
            geo::place_country_names(&sized, &taken, bounds)
                .into_iter()
                .zip(names)
                .filter_map(|(placed, c)| {
                    let b = placed?;
                    let name = lang.pick(&c.nl, &c.en).clone();
                    Some(view! {
                        <text
                            class="mk-map__country-name"
                            x=b.x + b.w / 2.0
                            y=b.y + b.h * 0.85
                            font-size=COUNTRY_NAME_PX * k
                            text-anchor="middle"
                        >
                            {name}
                        </text>
                    })
                })
                .collect_view()
        })
    };

    // The popover: where it stands follows the map; what it says follows the open marker.
    let opened = move || {
        let key = open.get()?;
        markers.with_value(|list| list.iter().position(|m| m.key == key).map(|i| (i, list[i].clone())))
    };
    let popover_place = move |i: usize| {
        let px = pan_zoom::pixel_point(&view_box(), position(i), width.get());
        let frame = (width.get(), width.get() * aspect);
        geo::popover_at(px, POPOVER_WIDTH_PX.min(frame.0), frame, MARKER_RADIUS_PX + 6.0)
    };
    let close = move || {
        if let Some(key) = open.get_untracked() {
            open.set(None);
            focus_later(format!("[data-marker=\"{key}\"]"));
        }
    };
    let on_stage_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked().is_some() {
            ev.prevent_default();
            close();
        }
    };
    let popover_id_view = popover_id.clone();
    let popover = move || {
        let (i, marker) = opened()?;
        let lang_now = lang.get();
        let link = href_with(&format!("/missions/{}/", marker.mission), &links.get());
        let title = format!("{} — {}", marker.name(lang_now), lang_now.pick(&marker.place.0, &marker.place.1));
        let state = marker.state.map(|s| i18n::status(lang_now, s));
        let items = (!marker.items.is_empty()).then(|| marker.items.clone());
        let (lead, partners) = marker.parties[usize::from(lang_now == Lang::En)].clone();
        Some(view! {
            <div
                class="mk-map__popover"
                id=popover_id_view.clone()
                role="dialog"
                aria-label=title.clone()
                data-testid="map-popover"
                class:mk-map__popover--above=move || popover_place(i).2
                style:left=move || format!("{:.0}px", popover_place(i).0)
                style:top=move || format!("{:.0}px", popover_place(i).1)
                style:width=move || format!("{:.0}px", POPOVER_WIDTH_PX.min(width.get()))
            >
                <p class="mk-map__popover-title">{title.clone()}</p>
                {match items {
                    Some(items) => view! { <p class="mk-map__popover-items" lang="nl">{items}</p> }.into_any(),
                    None => view! { <p class="mk-map__popover-items mk-muted">{t(lang_now, Text::NoItems)}</p> }.into_any(),
                }}
                {state.map(|s| view! { <p class="mk-map__popover-state" data-status=marker.state.map(Status::as_str)>{s}</p> })}
                {lead.map(|lead| view! { <p class="mk-map__popover-parties">{t(lang_now, Text::LeadNation)} ": " {lead}</p> })}
                {(!partners.is_empty()).then(|| view! {
                    <p class="mk-map__popover-parties">{t(lang_now, Text::Partners)} ": " {partners.join(", ")}</p>
                })}
                <p class="mk-map__popover-actions">
                    <a href=link>{t(lang_now, Text::OpenMission)} " " {marker.name(lang_now).to_owned()}</a>
                    <button type="button" class="mk-link-button" on:click=move |_| close()>{t(lang_now, Text::Close)}</button>
                </p>
            </div>
        })
    };

    let legend = [
        kamerbrief::Frame::Nato,
        kamerbrief::Frame::Eu,
        kamerbrief::Frame::Un,
        kamerbrief::Frame::Coalition,
        kamerbrief::Frame::National,
    ];
    view! {
        <div class="mk-map" class:mk-map--inset=inset>
            <div class="mk-map__controls" role="toolbar" aria-label=label.clone()>
                <button type="button" on:click=move |_| run(PanZoom::ZoomIn)>{tr(Text::ZoomIn)}</button>
                <button type="button" on:click=move |_| run(PanZoom::ZoomOut)>{tr(Text::ZoomOut)}</button>
                <button type="button" on:click=move |_| run(PanZoom::Reset)>{tr(Text::ResetView)}</button>
            </div>
            <div class="mk-map__stage" on:keydown=on_stage_key>
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
                        viewBox=move || view_box().attr()
                        data-zoom=move || format!("{:.2}", map.get().zoom_level())
                        on:wheel=on_wheel
                        on:pointerdown=move |ev| gestures.down(&ev)
                        on:pointermove=on_move
                        on:pointerup=move |ev| gestures.up(&ev)
                        on:pointercancel=move |ev| gestures.up(&ev)
                        on:pointerleave=move |ev| gestures.up(&ev)
                        on:click=on_click
                    >
                        // Past the world and its poles: a view fitted to places far apart may
                        // reach beyond them.
                        <rect class="mk-map__sea" x="-4000" y="-3000" width="8000" height="6000" />
                        <g class="mk-map__land" transform=format!("scale({} 1)", geo::X_SCALE) aria-hidden="true">
                            {countries}
                        </g>
                        <g class="mk-map__labels" aria-hidden="true">{country_labels}{labels}</g>
                        <g class="mk-map__markers">
                            <For each=indexed key=|(_, m)| m.key.clone() children=marker_view />
                        </g>
                    </svg>
                </div>
                {popover}
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

/// Focuses the first element that matches `selector` once the next frame has drawn it: a
/// popover that has just opened, or the marker it closed back to.
fn focus_later(selector: String) {
    request_animation_frame(move || {
        let Some(element) = document().query_selector(&selector).ok().flatten() else { return };
        // Through `focus` as a property: an SVG marker is no `HtmlElement`, yet it focuses
        // just the same, and this needs no further web-sys feature.
        let focus = js_sys::Reflect::get(&element, &"focus".into()).ok();
        if let Some(focus) = focus.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = focus.call0(&element);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(items: &str, state: Option<Status>) -> Marker {
        Marker {
            key: "minusma@mali".into(),
            mission: "minusma".into(),
            names: ("MINUSMA".into(), "MINUSMA".into()),
            parties: Default::default(),
            frame: "un",
            place: ("Mali".into(), "Mali".into()),
            items: items.into(),
            state,
            at: Point { x: 0.0, y: 0.0 },
            labelled: true,
        }
    }

    #[test]
    fn ok_marker_names_say_what_is_contributed_and_its_state() {
        let m = marker("het verzamelen van informatie", Some(Status::DecisionPending));
        assert_eq!(m.accessible_name(Lang::En), "MINUSMA — Mali: het verzamelen van informatie · decision pending");
        assert_eq!(marker("", Some(Status::Ongoing)).accessible_name(Lang::Nl), "MINUSMA — Mali: lopend");
        assert_eq!(marker("", None).accessible_name(Lang::En), "MINUSMA — Mali");
    }

    #[test]
    fn ok_labels_are_cut_and_measured() {
        assert_eq!(cut("kort", 10), "kort");
        assert_eq!(cut("het verzamelen van informatie", 10), "het verza…");
        let (w, h) = label_size("MINUSMA", "een langere tweede regel");
        assert!(w > 24.0 * LABEL_LINE_PX * CHAR_WIDTH && h > LABEL_NAME_PX + LABEL_LINE_PX);
    }
}
