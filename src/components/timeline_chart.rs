//! The timeline of commitments: one lane per mission, each commitment's period a labelled bar,
//! each pending decision a dashed, labelled window, earlier events small ticks, and the
//! letter's date marked. Zoom and pan by buttons, keyboard, wheel, drag and pinch. In a
//! narrow container the same items are a list by date.

use kamerbrief::MissionId;
use leptos::html::Div;
use leptos::prelude::*;

use crate::gestures::{PointerGestures, listener_origin, listener_point, use_element_width};
use crate::i18n::{self, Text, t, tr};
use crate::nav::NavOptions;
use crate::pan_zoom::{self, Axes, PanZoom, Viewport as _};
use crate::query::Lang;
use crate::text_runs::runs;
use crate::timeline_items::{self, Item, MarkKind, TimelineLane};
use crate::timeline_scale::{self, LABEL_FONT_PX, LabelPlace, SMALL_FONT_PX, TimeWindow, day};
use crate::{href_with, use_lang, use_letter};

/// The height of the band above the lanes: the time axis's labels, then the letter's date.
const TOP: f64 = 40.0;
/// A lane's heading line.
const HEADER: f64 = 18.0;
/// One row of bars: the bar, and the line under it for labels that do not fit on it.
const ROW: f64 = 40.0;
/// The strip of ticks for earlier events, at the bottom of a lane.
const TICKS: f64 = 18.0;
/// Room between lanes.
const LANE_GAP: f64 = 6.0;
const AXIS_HEIGHT: f64 = 26.0;
/// How far an open end fades out past the horizon, in pixels.
const FADE_PX: f64 = 44.0;
/// How far the pan buttons move the period, as a share of it.
const BUTTON_PAN: f64 = 0.25;

/// The top of each lane, and the y of the axis under the last.
fn lane_tops(lanes: &[TimelineLane], compact: bool) -> (Vec<f64>, f64) {
    let header = if compact { 0.0 } else { HEADER };
    let mut y = TOP;
    let tops = lanes
        .iter()
        .map(|lane| {
            let top = y;
            y += header + lane.rows as f64 * ROW + TICKS + LANE_GAP;
            top
        })
        .collect();
    (tops, y)
}

/// The timeline of the commitments of `missions`. Activating a mark opens its mission (when
/// `open_missions`) or its sentence in the letter; focusing or hovering it shows the item and
/// the sentence it rests on below the chart.
#[component]
pub fn TimelineChart(
    /// The missions, one lane each, top to bottom.
    missions: Vec<MissionId>,
    /// Whether marks open their mission's page rather than the sentence.
    #[prop(default = true)]
    open_missions: bool,
    /// The accessible name of the chart.
    #[prop(into)]
    label: String,
    /// Whether the shown period and the selected item are read from and written to the URL
    /// (`from`, `to`, `sel`), so a copied link opens the same view.
    #[prop(default = false)]
    period_in_url: bool,
    /// A small chart for one mission's page: no lane headings, and a list only in a very
    /// narrow container.
    #[prop(default = false)]
    compact: bool,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let letter_date = letter.meta.date;
    let horizon = timeline_items::horizon(&letter)
        // Without dated commitments or a letter date there is no mark for a horizon to end.
        .unwrap_or_else(|| kamerbrief::Date::from_days_since_epoch(0));
    let model = {
        let letter = letter.clone();
        Memo::new(move |_| timeline_items::lanes(&letter, &missions, lang.get()))
    };
    let home = model.with_untracked(|lanes| timeline_items::default_window(lanes, letter_date, horizon));
    let query = crate::use_view_query();
    let from_url = query.with_untracked(|(q, _)| match (q.from, q.to) {
        (Some(from), Some(to)) if period_in_url && to > from => Some(TimeWindow { start: day(from), end: day(to) }),
        _ => None,
    });
    let window = RwSignal::new(from_url.unwrap_or(home));
    // The selected item, by key: from the link when it names one of this chart's items.
    let selected_in_url = query
        .with_untracked(|(q, _)| q.sel.clone())
        .filter(|_| period_in_url)
        .and_then(|sel| model.with_untracked(|lanes| timeline_items::find(lanes, &sel).map(|i| i.key.clone())));
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
    let set_window = move |w: TimeWindow| {
        window.set(w);
        remember(w);
    };
    let container = NodeRef::<Div>::new();
    // Until the container is measured, guess from the window, so that a phone's first
    // render is already the list.
    let guess = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .map_or(800.0, |w| (w - 32.0).clamp(280.0, 1200.0));
    let outer = use_element_width(container, guess);
    let narrow_below = if compact { 420.0 } else { 640.0 };
    let narrow = Memo::new(move |_| outer.get() < narrow_below);
    // The track is the frame's inside: the container less the frame's two 1px borders.
    let width = Memo::new(move |_| (outer.get() - 2.0).max(100.0));

    // Focusing or hovering a mark selects it; the timeline page keeps the selection in the
    // URL. A mark that the keyboard reaches off screen is brought into view.
    let select = move |key: &str, sel: &str, span: (f64, f64)| {
        let w = window.get_untracked();
        if span.1 < w.start || span.0 > w.end {
            let shift = (span.0 + span.1) / 2.0 - w.centre();
            set_window(w.panned(shift));
        }
        if active.get_untracked().as_deref() == Some(key) {
            return;
        }
        active.set(Some(key.to_owned()));
        if period_in_url {
            let mut next = query.with_untracked(|(q, _)| q.clone());
            next.sel = Some(sel.to_owned());
            navigation.navigate(&navigation.here_with(&next), NavOptions::IN_PLACE);
        }
    };
    // Keys, buttons, wheel, drag and pinch behave as on the map: see `pan_zoom`. Time runs
    // across, so up and down are left to the page.
    let gestures = PointerGestures::new();
    let run = move |command: PanZoom| set_window(command.applied(window.get_untracked(), home));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(command) = pan_zoom::command_for_key(&ev.key(), Axes::Horizontal) {
            ev.prevent_default();
            run(command);
        }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let factor = pan_zoom::wheel_factor(ev.delta_y(), ev.delta_mode());
        let at = listener_point(&ev);
        set_window(window.get_untracked().zoomed_at(factor, at, width.get_untracked()));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let gesture = gestures.moved(&ev);
        if let Some(next) =
            pan_zoom::after_gesture(window.get_untracked(), gesture, width.get_untracked(), || listener_origin(&ev))
        {
            set_window(next);
        }
    };

    // Where a mark links to: its mission's page, or its sentence in the letter.
    let link = move |item: &Item| {
        let q = links.get_untracked();
        let sentence = item.quotes.last().map(|quote| quote.sentence.to_string()).unwrap_or_default();
        if open_missions {
            href_with(&format!("/missions/{}/", item.mission), &q)
        } else {
            format!("{}#{sentence}", href_with("/letter/", &q))
        }
    };

    let letter_for_detail = letter.clone();
    let detail = move || {
        let key = active.get()?;
        let lang = lang.get();
        let item = model.with(|lanes| lanes.iter().flat_map(|l| &l.items).find(|i| i.key == key).cloned())?;
        let quotes = item
            .quotes
            .iter()
            .filter_map(|quote| {
                let sentence = letter_for_detail.sentence(&quote.sentence)?;
                let ranges = quote.ranges.iter().map(|r| (r.start..r.end, ())).collect();
                let parts = runs(&sentence.text, ranges)
                    .into_iter()
                    .map(|run| match run.mark {
                        Some(()) => view! { <mark>{run.text}</mark> }.into_any(),
                        None => run.text.into_any(),
                    })
                    .collect_view();
                let href = format!("{}#{}", href_with("/letter/", &links.get()), sentence.id);
                Some(view! {
                    <blockquote lang="nl">{parts}</blockquote>
                    <p class="mk-timeline__detail-source"><a href=href>{t(lang, Text::OpenInLetter)}</a></p>
                })
            })
            .collect_view();
        Some(view! {
            <p class="mk-timeline__detail-date" data-kind=item.kind.as_str()>
                <strong>{item.label.clone()}</strong> " · " {item.kind.name(lang)} " · " {item.dates.clone()}
            </p>
            {item.provenance.clone().map(|p| view! { <p class="mk-timeline__detail-provenance">{p}</p> })}
            {quotes}
        })
    };

    let letter_flag = move || {
        let date = letter_date?;
        let lang = lang.get();
        Some(format!("{}: {}", t(lang, Text::TimelineLetterFlag), i18n::long_date(lang, date)))
    };

    // The chart: built when the lanes change (filters, language), never on zoom. Zoom and pan
    // move marks through their reactive x attributes and label memos.
    let chart = move || {
        let lanes = model.get();
        let (tops, axis_y) = lane_tops(&lanes, compact);
        let height = axis_y + AXIS_HEIGHT;
        let lanes_view = lanes
            .into_iter()
            .zip(tops)
            .map(|(lane, top)| lane_view(lane, top, compact, horizon, window, width, active, lang, select, link))
            .collect_view();
        let ticks = move || {
            let w = window.get();
            let px = width.get();
            timeline_scale::ticks(&w, px, lang.get())
                .into_iter()
                .map(|tick| {
                    let x = w.x(tick.day, px);
                    // Labels above the lanes and below them: a tall chart has its axis in
                    // view at either end.
                    view! {
                        <line class="mk-timeline__tick" class:mk-timeline__tick--major=tick.major x1=x x2=x y1="2" y2=axis_y />
                        <text class="mk-timeline__tick-label" x=x + 3.0 y="13">{tick.label.clone()}</text>
                        <text class="mk-timeline__tick-label" x=x + 3.0 y=axis_y + 16.0>{tick.label}</text>
                    }
                })
                .collect_view()
        };
        let letter_x = move || letter_date.map(|d| window.get().x(day(d), width.get()));
        let flag = move || {
            let x = letter_x()?;
            let text = letter_flag()?;
            if !(0.0..=width.get()).contains(&x) {
                return None;
            }
            let text_x = timeline_scale::flag_x(x, timeline_scale::text_width(&text, 11.0), width.get());
            Some(view! {
                <g class="mk-timeline__letter-date" data-start=letter_date.map(|d| d.to_string())>
                    <line x1=x x2=x y1=TOP - 16.0 y2=axis_y />
                    <text class="mk-timeline__letter-label" x=text_x y=TOP - 8.0>{text}</text>
                </g>
            })
        };
        view! {
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
                <defs>
                    <linearGradient id="mk-timeline-fade-gradient" x1="0" x2="1" y1="0" y2="0">
                        <stop offset="0" stop-color="white" />
                        <stop offset="1" stop-color="white" stop-opacity="0" />
                    </linearGradient>
                    <mask id="mk-timeline-fade" maskContentUnits="objectBoundingBox">
                        <rect width="1" height="1" fill="url(#mk-timeline-fade-gradient)" />
                    </mask>
                    <pattern id="mk-timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line class="mk-timeline__hatch" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                </defs>
                <g class="mk-timeline__ticks" aria-hidden="true">{ticks}</g>
                {lanes_view}
                {flag}
            </svg>
        }
    };

    let list = move || {
        let lang = lang.get();
        let lanes = model.get();
        let letter_line = letter_flag().map(|text| view! { <p class="mk-timeline__list-letter">{text}</p> });
        let lanes_view = lanes
            .into_iter()
            .map(|lane| {
                let heading = format!("{} · {}", lane.name, lane.status);
                let empty = lane.items.is_empty().then(|| {
                    view! { <p class="mk-muted">{t(lang, Text::TimelineNoPeriod)}</p> }
                });
                let items = timeline_items::list_order(&lane)
                    .into_iter()
                    .map(|item| {
                        let span = span_of(item, horizon);
                        let (key, sel) = (item.key.clone(), item.sel.clone());
                        view! {
                            <li
                                class="mk-timeline__list-item"
                                data-kind=item.kind.as_str()
                                data-start=item.start.to_string()
                                data-end=item.end.map(|d| d.to_string())
                            >
                                <span class=format!("mk-timeline__key mk-timeline__key--{}", item.kind.as_str()) aria-hidden="true"></span>
                                <span class="mk-timeline__list-body">
                                    <a
                                        class="mk-timeline__mark"
                                        data-kind=item.kind.as_str()
                                        href=link(item)
                                        on:focus=move |_| select(&key, &sel, span)
                                    >
                                        {item.label.clone()}
                                    </a>
                                    <span class="mk-timeline__list-meta">{item.kind.name(lang)} " · " {item.dates.clone()}</span>
                                    {item.provenance.clone().map(|p| view! { <span class="mk-timeline__list-provenance">{p}</span> })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                let heading = if compact {
                    view! { <h3 class="mk-timeline__list-mission">{heading}</h3> }.into_any()
                } else {
                    view! { <h2 class="mk-timeline__list-mission">{heading}</h2> }.into_any()
                };
                view! {
                    <li class="mk-timeline__list-lane" data-frame=lane.frame data-mission=lane.mission.to_string()>
                        {heading}
                        {empty}
                        <ol class="mk-timeline__list-items">{items}</ol>
                    </li>
                }
            })
            .collect_view();
        view! {
            {letter_line}
            <ol class="mk-timeline__list" aria-label=t(lang, Text::Timeline)>{lanes_view}</ol>
        }
    };

    let legend = move || {
        let lang = lang.get();
        let entries = [
            ("period", t(lang, Text::TimelineKindPeriod)),
            ("open", t(lang, Text::TimelineOpenEnd)),
            ("decision", t(lang, Text::TimelineKindDecision)),
            ("history", t(lang, Text::TimelineKindHistory)),
            ("letter", t(lang, Text::LetterDate)),
        ];
        entries
            .into_iter()
            .map(|(kind, text)| {
                view! {
                    <li data-kind=kind>
                        <span class=format!("mk-timeline__key mk-timeline__key--{kind}") aria-hidden="true"></span>
                        {text}
                    </li>
                }
            })
            .collect_view()
    };

    // The chart and its controls, or the list: by the container's width, measured as soon as
    // it is in the page.
    let (earlier, later) = (PanZoom::Pan { dx: -BUTTON_PAN, dy: 0.0 }, PanZoom::Pan { dx: BUTTON_PAN, dy: 0.0 });
    let wide = move || {
        view! {
            <div class="mk-timeline__controls" role="toolbar" aria-label=label.clone()>
                <button type="button" on:click=move |_| run(PanZoom::ZoomIn)>{tr(Text::ZoomIn)}</button>
                <button type="button" on:click=move |_| run(PanZoom::ZoomOut)>{tr(Text::ZoomOut)}</button>
                <button type="button" on:click=move |_| run(earlier)>{tr(Text::PanEarlier)}</button>
                <button type="button" on:click=move |_| run(later)>{tr(Text::PanLater)}</button>
                <button type="button" on:click=move |_| run(PanZoom::Reset)>{tr(Text::ResetView)}</button>
            </div>
            <ul class="mk-timeline__legend" aria-label=move || t(lang.get(), Text::Legend)>{legend}</ul>
            <div
                class="mk-timeline__frame"
                tabindex="0"
                role="group"
                aria-label=label.clone()
                aria-describedby="timeline-help"
                on:keydown=on_key
            >
                {chart}
            </div>
            <p id="timeline-help" class="mk-timeline__help">{tr(Text::TimelineHelp)}</p>
            <div class="mk-timeline__detail" aria-live="polite" data-testid="timeline-detail">
                {detail.clone()}
            </div>
        }
    };
    view! {
        <div
            class="mk-timeline"
            class:mk-timeline--list=move || narrow.get()
            class:mk-timeline--compact=compact
            node_ref=container
        >
            {move || if narrow.get() { list().into_any() } else { wide().into_any() }}
        </div>
    }
}

/// The days an item covers on the chart, end exclusive.
fn span_of(item: &Item, horizon: kamerbrief::Date) -> (f64, f64) {
    (day(item.start), day(item.end_or(horizon)) + 1.0)
}

/// One lane: its heading, its rows of bars and windows, and its strip of ticks.
#[allow(clippy::too_many_arguments)]
fn lane_view(
    lane: TimelineLane,
    top: f64,
    compact: bool,
    horizon: kamerbrief::Date,
    window: RwSignal<TimeWindow>,
    width: Memo<f64>,
    active: RwSignal<Option<String>>,
    lang: Signal<Lang>,
    select: impl Fn(&str, &str, (f64, f64)) + Copy + 'static,
    link: impl Fn(&Item) -> String + Copy + 'static,
) -> impl IntoView {
    let rows_top = top + if compact { 0.0 } else { HEADER };
    let strip_top = rows_top + lane.rows as f64 * ROW;
    let heading = (!compact).then(|| {
        view! {
            <text class="mk-timeline__label" x="6" y=top + 13.0>
                {lane.name.clone()}
                <tspan class="mk-timeline__label-status">{format!(" · {}", lane.status)}</tspan>
            </text>
        }
    });
    let bars_or_windows = lane.items.iter().filter(|i| i.kind != MarkKind::History).count();
    let note = (bars_or_windows == 0).then(|| {
        view! {
            <text class="mk-timeline__note" x="6" y=rows_top + 16.0>{move || t(lang.get(), Text::TimelineNoPeriod)}</text>
        }
    });
    let marks = lane
        .items
        .iter()
        .map(|item| {
            // The next mark in the same row bounds a label placed under this one.
            let next_start = lane
                .items
                .iter()
                .filter(|o| o.kind != MarkKind::History && o.row == item.row && o.start > item.start)
                .map(|o| day(o.start))
                .reduce(f64::min);
            mark_view(item.clone(), next_start, rows_top, strip_top, horizon, window, width, active, select, link)
        })
        .collect_view();
    view! {
        <g class="mk-timeline__lane" data-frame=lane.frame data-mission=lane.mission.to_string()>
            {heading}
            <line class="mk-timeline__track" x1="0" x2=move || width.get() y1=strip_top + 9.0 y2=strip_top + 9.0 />
            {note}
            {marks}
        </g>
    }
}

/// One mark: an SVG link with its shape, its visible label and a tooltip.
#[allow(clippy::too_many_arguments)]
fn mark_view(
    item: Item,
    next_start: Option<f64>,
    rows_top: f64,
    strip_top: f64,
    horizon: kamerbrief::Date,
    window: RwSignal<TimeWindow>,
    width: Memo<f64>,
    active: RwSignal<Option<String>>,
    select: impl Fn(&str, &str, (f64, f64)) + Copy + 'static,
    link: impl Fn(&Item) -> String + Copy + 'static,
) -> impl IntoView {
    let span = span_of(&item, horizon);
    let kind = item.kind;
    let open_end = kind == MarkKind::Period && item.end.is_none();
    let row_top = rows_top + item.row as f64 * ROW;
    let font = if kind == MarkKind::Decision { SMALL_FONT_PX } else { LABEL_FONT_PX };
    let (label, tail) = (item.label.clone(), item.tail);
    // Where the mark and its label are at this zoom: one memo per mark, so a zoom step only
    // moves attributes and, where a label's fit changes, its text.
    let geometry = Memo::new(move |_| {
        let w = window.get();
        let px = width.get();
        let x0 = w.x(span.0, px);
        let min_width = if kind == MarkKind::Decision { 6.0 } else { 4.0 };
        let x1 = w.x(span.1, px).max(x0 + min_width);
        let next = next_start.map_or(f64::INFINITY, |d| w.x(d, px));
        let fit = if kind == MarkKind::History {
            None
        } else {
            timeline_scale::fit_label(&label, tail, x0, x1, next, px, font)
        };
        (x0, x1, fit)
    });
    let x0 = move || geometry.with(|g| g.0);
    let x1 = move || geometry.with(|g| g.1);
    let shape = match kind {
        MarkKind::Period => view! {
            <rect class="mk-mark mk-mark--period" x=x0 y=row_top + 2.0 width=move || x1() - x0() height="20" rx="3" />
            {open_end.then(|| view! {
                <rect
                    class="mk-mark mk-mark--open"
                    x=move || x1() - 1.0
                    y=row_top + 2.0
                    width=FADE_PX
                    height="20"
                    mask="url(#mk-timeline-fade)"
                />
            })}
        }
        .into_any(),
        MarkKind::Decision => view! {
            <rect
                class="mk-mark mk-mark--decision mk-mark--dashed"
                x=x0
                y=row_top + 5.0
                width=move || x1() - x0()
                height="14"
                rx="7"
            />
        }
        .into_any(),
        MarkKind::History => view! {
            <rect class="mk-mark__hit" x=move || (x0() + x1()) / 2.0 - 7.0 y=strip_top width="14" height=TICKS />
            <rect class="mk-mark mk-mark--history" x=move || (x0() + x1()) / 2.0 - 1.5 y=strip_top + 3.0 width="3" height="12" rx="1" />
        }
        .into_any(),
    };
    let text = (kind != MarkKind::History).then(|| {
        let inside_y = row_top + 16.0;
        let below_y = row_top + 35.0;
        view! {
            <text
                class="mk-timeline__text"
                class:mk-timeline__text--inside=move || geometry.with(|g| g.2.as_ref().is_some_and(|f| f.place == LabelPlace::Inside))
                class:mk-timeline__text--small=kind == MarkKind::Decision
                x=move || geometry.with(|g| g.2.as_ref().map_or(-999.0, |f| f.x))
                y=move || geometry.with(|g| match g.2.as_ref().map(|f| f.place) {
                    Some(LabelPlace::Below) => below_y,
                    _ => inside_y,
                })
            >
                {move || geometry.with(|g| g.2.as_ref().map(|f| f.text.clone()).unwrap_or_default())}
            </text>
        }
    });
    let href = link(&item);
    let (key_focus, key_hover, key_class, sel) =
        (item.key.clone(), item.key.clone(), item.key.clone(), item.sel.clone());
    // The `<g>` makes the macro build an SVG `<a>`, not an HTML one.
    view! {
        <g>
            <a
                class=format!("mk-timeline__mark mk-timeline__mark--{}", kind.as_str())
                class:mk-timeline__mark--selected=move || active.get().as_deref() == Some(key_class.as_str())
                href=href
                aria-label=item.name.clone()
                data-kind=kind.as_str()
                data-start=item.start.to_string()
                data-end=item.end.map(|d| d.to_string())
                data-sel=item.sel.clone()
                on:focus=move |_| select(&key_focus, &sel, span)
                on:mouseenter=move |_| active.set(Some(key_hover.clone()))
            >
                <title>{item.name.clone()}</title>
                {shape}
                {text}
            </a>
        </g>
    }
}
