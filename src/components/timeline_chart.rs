//! An interactive SVG timeline: one lane per mission, one mark per dated expression, drawn by
//! the precision of its date. Zoom and pan by buttons, keyboard, wheel, drag and pinch.

use std::collections::HashMap;

use kamerbrief::Event;
use leptos::html::Div;
use leptos::prelude::*;

use crate::gestures::{Gesture, PointerGestures, use_element_width};
use crate::i18n::{self, Text, t, tr};
use crate::nav::NavOptions;
use crate::query::ViewQuery;
use crate::timeline_scale::{self, MarkShape, TimeWindow};
use crate::{href_with, mission_facts, use_lang, use_letter};

/// A lane: a mission (or the letter in general) and its events.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The mission id, or empty for the general lane.
    pub mission: String,
    /// The lane's label.
    pub label: String,
    /// `nato`, `eu`, … for the colour; empty for none.
    pub frame: String,
    /// Its events.
    pub events: Vec<Event>,
}

const LANE_HEIGHT: f64 = 46.0;
const LABEL_HEIGHT: f64 = 16.0;
const AXIS_HEIGHT: f64 = 26.0;
const ZOOM_STEP: f64 = 1.5;

/// The timeline. Activating a mark opens its mission (when `open_missions`) or its sentence in
/// the letter; focusing or hovering it shows the sentence below the chart.
#[component]
pub fn TimelineChart(
    /// The lanes, top to bottom.
    lanes: Vec<Lane>,
    /// Whether marks open their mission's page rather than the sentence.
    #[prop(default = true)]
    open_missions: bool,
    /// The accessible name of the chart.
    #[prop(into)]
    label: String,
    /// Whether the shown period is read from and written to the URL (`from`, `to`), so a
    /// copied link opens the same stretch of time.
    #[prop(default = false)]
    period_in_url: bool,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let all_events: Vec<Event> = lanes.iter().flat_map(|l| l.events.clone()).collect();
    // Start on the missions' own dates; the general lane's long periods may run off the sides.
    let mission_events: Vec<Event> =
        lanes.iter().filter(|l| !l.mission.is_empty()).flat_map(|l| l.events.clone()).collect();
    let home =
        TimeWindow::fitting(if mission_events.is_empty() { &all_events } else { &mission_events }, letter.meta.date);
    let query = crate::use_view_query();
    let from_url = query.with_untracked(|(q, _)| match (q.from, q.to) {
        (Some(from), Some(to)) if period_in_url => {
            Some(TimeWindow { start: timeline_scale::day(from), end: timeline_scale::day(to) })
        }
        _ => None,
    });
    let window = RwSignal::new(from_url.unwrap_or(home));
    // The selected mark: from the link when it names one of this chart's events.
    let selected_in_url =
        query.with_untracked(|(q, _)| q.sel.clone()).filter(|id| all_events.iter().any(|e| &e.id == id));
    let active: RwSignal<Option<String>> = RwSignal::new(selected_in_url);
    let navigation = crate::nav::use_navigation();
    // Zoom and pan are user actions; each one writes the period into the URL (replacing the
    // history entry) rather than an effect mirroring one signal into another.
    let remember = move |w: TimeWindow| {
        if !period_in_url {
            return;
        }
        let mut next = query.with_untracked(|(q, _)| q.clone());
        next.from = Some(kamerbrief::Date::from_days_since_epoch(w.start.round() as i64));
        next.to = Some(kamerbrief::Date::from_days_since_epoch(w.end.round() as i64));
        navigation.navigate(&navigation.here_with(&next), NavOptions::IN_PLACE);
    };
    // Focusing or hovering a mark selects it; the timeline page keeps the selection in the URL.
    let select = move |id: String| {
        if active.get_untracked().as_deref() == Some(id.as_str()) {
            return;
        }
        active.set(Some(id.clone()));
        if period_in_url {
            let mut next = query.with_untracked(|(q, _)| q.clone());
            next.sel = Some(id);
            navigation.navigate(&navigation.here_with(&next), NavOptions::IN_PLACE);
        }
    };
    let set_window = move |w: TimeWindow| {
        window.set(w);
        remember(w);
    };
    let container = NodeRef::<Div>::new();
    let width = use_element_width(container, 800.0);
    let gestures = PointerGestures::new();

    let zoom = move |factor: f64| {
        let w = window.get_untracked();
        set_window(w.zoomed(factor, w.centre()));
    };
    let pan = move |share: f64| {
        let w = window.get_untracked();
        set_window(w.panned(share * w.span()));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let handled = match ev.key().as_str() {
            "+" | "=" => {
                zoom(ZOOM_STEP);
                true
            }
            "-" | "_" => {
                zoom(1.0 / ZOOM_STEP);
                true
            }
            "ArrowLeft" => {
                pan(-0.15);
                true
            }
            "ArrowRight" => {
                pan(0.15);
                true
            }
            "0" | "Home" => {
                set_window(home);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let factor = (-ev.delta_y() * 0.0015).exp();
        let w = window.get_untracked();
        let anchor = w.day_at(f64::from(ev.offset_x()), width.get_untracked());
        set_window(w.zoomed(factor, anchor));
    };

    // Drag pans; two pointers pinch around their midpoint.
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let w = width.get_untracked();
        let current = window.get_untracked();
        match gestures.moved(&ev) {
            Gesture::Drag { dx, .. } if dx != 0.0 => set_window(current.panned(-dx / w * current.span())),
            Gesture::Pinch { ratio, mid_x, .. } => {
                let left = container.get_untracked().map_or(0.0, |c| c.get_bounding_client_rect().left());
                set_window(current.zoomed(ratio, current.day_at(mid_x - left, w)));
            }
            _ => {}
        }
    };

    let lane_count = lanes.len();
    let height = lane_count as f64 * LANE_HEIGHT + AXIS_HEIGHT + 4.0;
    let axis_y = lane_count as f64 * LANE_HEIGHT + 2.0;
    let ticks = move || timeline_scale::ticks(&window.get(), width.get(), lang.get());
    let letter_x = {
        let date = letter.meta.date;
        move || date.map(|d| window.get().x(timeline_scale::day(d), width.get()))
    };
    let letter_label = {
        let date = letter.meta.date;
        move || {
            date.map(|d| format!("{}: {}", t(lang.get(), Text::LetterDate), i18n::long_date(lang.get(), d)))
                .unwrap_or_default()
        }
    };
    let sentences: HashMap<String, String> = letter.sentences.iter().map(|s| (s.id.clone(), s.text.clone())).collect();
    let sentences = StoredValue::new(sentences);
    let events_by_id: HashMap<String, Event> = all_events.iter().map(|e| (e.id.clone(), e.clone())).collect();
    let events_by_id = StoredValue::new(events_by_id);
    let detail = move || {
        let id = active.get()?;
        let event = events_by_id.with_value(|m| m.get(&id).cloned())?;
        let sentence = sentences.with_value(|s| s.get(&event.sentence).cloned()).unwrap_or_default();
        Some((event, sentence))
    };

    let lanes_view = lanes
        .into_iter()
        .enumerate()
        .map(|(index, lane)| {
            let top = index as f64 * LANE_HEIGHT;
            let track_y = top + LABEL_HEIGHT + 12.0;
            let mission = lane.mission.clone();
            let marks = lane
                .events
                .into_iter()
                .map(|event| {
                    let shape = {
                        let event = event.clone();
                        move || timeline_scale::mark_shape(&event, &window.get(), width.get())
                    };
                    let link = {
                        let mission = mission.clone();
                        let sentence = event.sentence.clone();
                        move || {
                            let q = ViewQuery { lang: lang.get(), ..ViewQuery::default() };
                            if open_missions && !mission.is_empty() {
                                href_with(&format!("/missions/{mission}/"), &q)
                            } else {
                                format!("{}#{sentence}", href_with("/letter/", &q))
                            }
                        }
                    };
                    let name = {
                        let event = event.clone();
                        move || {
                            format!(
                                "{} ({}): {}",
                                event.text,
                                mission_facts::event_dates(lang.get(), &event),
                                i18n::precision(lang.get(), event.precision)
                            )
                        }
                    };
                    let id_focus = event.id.clone();
                    let id_class = event.id.clone();
                    let id_hover = event.id.clone();
                    let precision = format!("{:?}", event.precision).to_lowercase();
                    // The `<g>` makes the macro build an SVG `<a>`, not an HTML one.
                    view! {
                        <g>
                        <a
                            class="mk-timeline__mark"
                            data-precision=precision
                            href=link
                            aria-label=name
                            class:mk-timeline__mark--selected=move || active.get().as_deref() == Some(id_class.as_str())
                            on:focus=move |_| select(id_focus.clone())
                            on:mouseenter=move |_| active.set(Some(id_hover.clone()))
                        >
                            {move || shape_view(shape(), track_y)}
                        </a>
                        </g>
                    }
                })
                .collect_view();
            view! {
                <g class="mk-timeline__lane" data-frame=lane.frame.clone()>
                    <line class="mk-timeline__track" x1="0" x2=move || width.get() y1=track_y y2=track_y />
                    <text class="mk-timeline__label" x="6" y=top + LABEL_HEIGHT - 2.0>{lane.label.clone()}</text>
                    {marks}
                </g>
            }
        })
        .collect_view();

    view! {
        <div class="mk-timeline">
            <div class="mk-timeline__controls" role="toolbar" aria-label=label.clone()>
                <button type="button" on:click=move |_| zoom(ZOOM_STEP)>{tr(Text::ZoomIn)}</button>
                <button type="button" on:click=move |_| zoom(1.0 / ZOOM_STEP)>{tr(Text::ZoomOut)}</button>
                <button type="button" on:click=move |_| pan(-0.25)>{tr(Text::PanEarlier)}</button>
                <button type="button" on:click=move |_| pan(0.25)>{tr(Text::PanLater)}</button>
                <button type="button" on:click=move |_| set_window(home)>{tr(Text::ResetView)}</button>
            </div>
            <div
                class="mk-timeline__frame"
                node_ref=container
                tabindex="0"
                role="group"
                aria-label=label
                aria-describedby="timeline-help"
                on:keydown=on_key
            >
                <svg
                    class="mk-timeline__svg"
                    width=move || width.get()
                    height=height
                    viewBox=move || format!("0 0 {} {height}", width.get())
                    on:wheel=on_wheel
                    on:pointerdown=move |ev| gestures.down(&ev)
                    on:pointermove=on_move
                    on:pointerup=move |ev| gestures.up(&ev)
                    on:pointercancel=move |ev| gestures.up(&ev)
                    on:pointerleave=move |ev| gestures.up(&ev)
                    on:click=move |ev| gestures.swallow_click_after_drag(&ev)
                    data-span-days=move || format!("{:.0}", window.get().span())
                >
                    <g class="mk-timeline__ticks" aria-hidden="true">
                        {move || {
                            let w = window.get();
                            let px = width.get();
                            ticks()
                                .into_iter()
                                .map(|tick| {
                                    let x = w.x(tick.day, px);
                                    view! {
                                        <line class="mk-timeline__tick" class:mk-timeline__tick--major=tick.major x1=x x2=x y1="0" y2=axis_y />
                                        <text class="mk-timeline__tick-label" x=x + 3.0 y=axis_y + 16.0>{tick.label}</text>
                                    }
                                })
                                .collect_view()
                        }}
                    </g>
                    {lanes_view}
                    {move || letter_x().map(|x| view! {
                        <g class="mk-timeline__letter-date">
                            <title>{letter_label()}</title>
                            <line x1=x x2=x y1="0" y2=axis_y />
                        </g>
                    })}
                </svg>
            </div>
            <p id="timeline-help" class="mk-timeline__help">{tr(Text::TimelineHelp)}</p>
            <div class="mk-timeline__detail" aria-live="polite" data-testid="timeline-detail">
                {move || detail().map(|(event, sentence)| view! {
                    <p class="mk-timeline__detail-date">
                        <strong>{event.text.clone()}</strong> " · " {mission_facts::event_dates(lang.get(), &event)}
                        " · " {i18n::precision(lang.get(), event.precision)}
                    </p>
                    <blockquote lang="nl">{sentence}</blockquote>
                })}
            </div>
        </div>
    }
}

/// The SVG of one mark at the track's height.
fn shape_view(shape: Option<MarkShape>, y: f64) -> impl IntoView {
    match shape {
        None => ().into_any(),
        Some(MarkShape::Point { x }) => view! { <circle class="mk-mark mk-mark--point" cx=x cy=y r="6" /> }.into_any(),
        Some(MarkShape::Band { x0, x1 }) => {
            view! { <rect class="mk-mark mk-mark--band" x=x0 y=y - 7.0 width=(x1 - x0).max(4.0) height="14" rx="3" /> }.into_any()
        }
        Some(MarkShape::Bar { x0, x1, open_end }) => view! {
            <rect class="mk-mark mk-mark--bar" x=x0 y=y - 4.0 width=(x1 - x0).max(4.0) height="8" rx="4" />
            {open_end.then(|| view! { <path class="mk-mark mk-mark--open" d=format!("M{} {}l8 6l-8 6z", x1, y - 6.0) /> })}
        }
        .into_any(),
        Some(MarkShape::Soft { x0, x1 }) => {
            view! { <rect class="mk-mark mk-mark--soft" x=x0 y=y - 9.0 width=(x1 - x0).max(4.0) height="18" rx="9" /> }.into_any()
        }
    }
}
