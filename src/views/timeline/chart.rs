//! The timeline chart: an SVG with the axis, one lane per state plus the Convention's, a
//! "today" line, and the glyphs the layout computed. It turns wheel, pointer and key input into
//! actions; it computes no positions itself.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::glyph::path;
use crate::data::EVENTS;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::timeline::{layout, tab_stop, Glyph, Mark, Move};
use crate::model::timescale::{ticks, Scale, CHART_WIDTH, PLOT_LEFT, PLOT_RIGHT};
use crate::model::TreatyId;
use crate::platform::{format_date, format_tick};
use crate::state::view::TimelineView;
use crate::state::view::{lane_of, lanes};
use crate::state::Action;
use crate::views::svg::fmt;

const AXIS_HEIGHT: f64 = 28.0;
const LANE_HEIGHT: f64 = 44.0;
/// Events of one day in one lane stack vertically: middle, above, below.
const STACK_OFFSETS: [f64; 3] = [0.0, -13.0, 13.0];

pub fn chart_height() -> f64 {
    AXIS_HEIGHT + LANE_HEIGHT * lanes().len() as f64 + 8.0
}

fn lane_y(lane: usize) -> f64 {
    AXIS_HEIGHT + LANE_HEIGHT * lane as f64 + LANE_HEIGHT / 2.0
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub lang: Lang,
    /// The timeline's part of the state: a slider step elsewhere does not redraw the chart.
    pub view: Rc<TimelineView>,
    pub dispatch: Callback<Action>,
}

/// Where active pointers are (chart units), for drag and pinch.
#[derive(Default)]
struct Pointers {
    down: BTreeMap<i32, f64>,
    moved: f64,
}

#[component]
pub fn TimelineChart(props: &ChartProps) -> Html {
    crate::views::renders::count("timeline-chart");
    let (lang, state) = (props.lang, &*props.view);
    let svg = use_node_ref();
    let pointers = use_mut_ref(Pointers::default);
    let scale = Scale { range: state.range };
    let glyphs = layout(EVENTS, lanes(), scale, |e| state.shows(e));
    let height = chart_height();

    use_wheel(&svg, &props.dispatch);
    let key_moved = use_focus_follows_keys(state.focused);
    let tab_stop = tab_stop(&glyphs, state.focused);
    let onkeydown = key_handler(
        props.dispatch.clone(),
        state.focused.or(tab_stop),
        key_moved,
    );
    let (onpointerdown, onpointermove, onpointerup) =
        pointer_handlers(&svg, &pointers, &props.dispatch);
    let today_x = scale.x(state.today.days_since_epoch() as f64);
    html! {
        <svg ref={svg} class="timeline-chart" viewBox={format!("0 0 {CHART_WIDTH} {height}")} role="group"
            aria-label={tr(lang, Msg::ChartLabel)} {onkeydown} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            { axis(lang, scale, height) }
            { lane_lines(lang, state) }
            if scale.range.contains(state.today.days_since_epoch() as f64) {
                <g class="today" aria-hidden="true">
                    <line x1={fmt(today_x)} x2={fmt(today_x)} y1={fmt(AXIS_HEIGHT - 6.0)} y2={fmt(height)} />
                    <text x={fmt(today_x - 3.0)} y={fmt(height - 4.0)} text-anchor="end">{ tr(lang, Msg::Today) }</text>
                </g>
            }
            <g class="glyphs">
                { for glyphs.iter().map(|glyph| draw(lang, state, glyph, tab_stop, &props.dispatch)) }
            </g>
        </svg>
    }
}

/// The wheel listener must not be passive, so that it can keep the page from scrolling.
#[hook]
fn use_wheel(svg: &NodeRef, dispatch: &Callback<Action>) {
    let (svg, dispatch) = (svg.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let listener = svg
            .cast::<web_sys::Element>()
            .map(|element| wheel_listener(element, dispatch));
        move || drop(listener)
    });
}

/// Arrow keys move the focus between markers: after every render, follow it with the DOM
/// focus (a move may land on the event that already had it). The marker that had it may be
/// gone after the range changed, so the returned flag, set by the key handler, says so.
#[hook]
fn use_focus_follows_keys(focused: Option<usize>) -> Rc<RefCell<bool>> {
    let key_moved = use_mut_ref(|| false);
    {
        let key_moved = key_moved.clone();
        use_effect(move || {
            if let Some(index) = focused {
                if std::mem::take(&mut *key_moved.borrow_mut()) {
                    crate::platform::focus(&format!(".timeline-chart [data-index=\"{index}\"]"));
                }
            }
        });
    }
    key_moved
}

/// The date axis: a line and a label per tick.
fn axis(lang: Lang, scale: Scale, height: f64) -> Html {
    html! {
        <g class="axis" aria-hidden="true">
            { for ticks(scale).into_iter().map(|tick| html! {
                <g class="tick">
                    <line x1={fmt(tick.x)} x2={fmt(tick.x)} y1={fmt(AXIS_HEIGHT - 6.0)} y2={fmt(height)} />
                    <text x={fmt(tick.x + 3.0)} y="16">{ format_tick(lang, tick.date, tick.step) }</text>
                </g>
            }) }
        </g>
    }
}

/// A line and a name per lane; a hidden lane is drawn faint.
fn lane_lines(lang: Lang, state: &TimelineView) -> Html {
    html! {
        <g class="lanes" aria-hidden="true">
            { for lanes().iter().enumerate().map(|(i, lane)| html! {
                <g class={classes!("lane", state.filters.hides_lane(i).then_some("lane-hidden"))}>
                    <line x1={fmt(PLOT_LEFT)} x2={fmt(PLOT_RIGHT)} y1={fmt(lane_y(i))} y2={fmt(lane_y(i))} />
                    <text x="4" y={fmt(lane_y(i) + 4.0)}>{ i18n::lane_name(lang, *lane) }</text>
                </g>
            }) }
        </g>
    }
}

fn draw(
    lang: Lang,
    state: &TimelineView,
    glyph: &Glyph,
    tab_stop: Option<usize>,
    dispatch: &Callback<Action>,
) -> Html {
    match *glyph {
        Glyph::Event {
            index,
            lane,
            x,
            stack,
        } => {
            let event = &EVENTS[index];
            let mark = Mark::of(event.kind);
            let y = lane_y(lane) + STACK_OFFSETS[stack.min(STACK_OFFSETS.len() - 1)];
            let future = event.date > state.today;
            let date = format_date(lang, event.date);
            let label = i18n::marker_label(
                lang,
                event,
                &date,
                i18n::lane_name(lang, lane_of(event)),
                future,
            );
            let onclick = dispatch.reform(move |_: MouseEvent| Action::Select(index));
            let onfocus = dispatch.reform(move |_: FocusEvent| Action::Focus(index));
            html! {
                <g key={event.id} class={classes!("marker", (state.selected == Some(index)).then_some("selected"), future.then_some("future"),
                    (event.treaty == TreatyId::ClusterMunitions).then_some("other-treaty"))}
                    data-index={index.to_string()} role="button" aria-label={label}
                    aria-pressed={(state.selected == Some(index)).to_string()}
                    tabindex={if tab_stop == Some(index) { "0" } else { "-1" }}
                    transform={format!("translate({},{})", fmt(x), fmt(y))} {onclick} {onfocus}>
                    <circle class="hit" r="11" />
                    <path class={classes!("mark", format!("mark-{}", mark.id()))} d={path(mark)} />
                </g>
            }
        }
        Glyph::Cluster {
            lane,
            x,
            count,
            first_day,
            last_day,
        } => {
            let first = crate::model::Date::from_days_since_epoch(first_day as i64);
            let last = crate::model::Date::from_days_since_epoch(last_day as i64);
            let dates = format!("{} – {}", format_date(lang, first), format_date(lang, last));
            let onclick = dispatch.reform(move |_: MouseEvent| Action::ZoomTo {
                first_day,
                last_day,
            });
            html! {
                <g key={format!("cluster-{lane}-{}", first_day as i64)} class="cluster" role="button" tabindex="-1"
                    aria-label={i18n::cluster_label(lang, count, &dates)}
                    transform={format!("translate({},{})", fmt(x), fmt(lane_y(lane)))} {onclick}>
                    <circle r="12" />
                    <text y="4" text-anchor="middle">{ count.to_string() }</text>
                </g>
            }
        }
    }
}

fn key_handler(
    dispatch: Callback<Action>,
    current: Option<usize>,
    key_moved: Rc<RefCell<bool>>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let action = match (e.key().as_str(), e.shift_key()) {
            ("ArrowLeft", true) => Action::Pan(-0.2),
            ("ArrowRight", true) => Action::Pan(0.2),
            ("ArrowLeft", false) => Action::Move(Move::Earlier),
            ("ArrowRight", false) => Action::Move(Move::Later),
            ("ArrowUp", _) => Action::Move(Move::LaneUp),
            ("ArrowDown", _) => Action::Move(Move::LaneDown),
            ("Home", _) => Action::Move(Move::First),
            ("End", _) => Action::Move(Move::Last),
            ("Enter" | " ", _) => match current {
                Some(index) => Action::Select(index),
                None => return,
            },
            ("Escape", _) => Action::CloseCard,
            ("+" | "=", _) => Action::Zoom {
                factor: 1.5,
                anchor: 0.5,
            },
            ("-" | "_", _) => Action::Zoom {
                factor: 1.0 / 1.5,
                anchor: 0.5,
            },
            ("0", _) => Action::FitAll,
            _ => return,
        };
        e.prevent_default();
        if matches!(action, Action::Move(_)) {
            *key_moved.borrow_mut() = true;
        }
        dispatch.emit(action);
    })
}

/// The x of a pointer, as a fraction of the plot's width.
fn plot_fraction(svg: &NodeRef, client_x: i32) -> Option<f64> {
    element_fraction(&svg.cast::<web_sys::Element>()?, client_x)
}

/// The x of a pointer over the chart's element, as a fraction of the plot's width; `None`
/// while the chart has no width (not laid out yet).
fn element_fraction(element: &web_sys::Element, client_x: i32) -> Option<f64> {
    let rect = element.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let chart_x = (f64::from(client_x) - rect.left()) / rect.width() * CHART_WIDTH;
    Some((chart_x - PLOT_LEFT) / (PLOT_RIGHT - PLOT_LEFT))
}

type PointerCallbacks = (
    Callback<PointerEvent>,
    Callback<PointerEvent>,
    Callback<PointerEvent>,
);

/// Drag (one pointer) pans; pinch (two pointers) zooms about their midpoint.
fn pointer_handlers(
    svg: &NodeRef,
    pointers: &Rc<RefCell<Pointers>>,
    dispatch: &Callback<Action>,
) -> PointerCallbacks {
    let down = {
        let (svg, pointers) = (svg.clone(), pointers.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(at) = plot_fraction(&svg, e.client_x()) {
                let mut p = pointers.borrow_mut();
                p.down.insert(e.pointer_id(), at);
                p.moved = 0.0;
            }
        })
    };
    let moved = {
        let (svg, pointers, dispatch) = (svg.clone(), pointers.clone(), dispatch.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(at) = plot_fraction(&svg, e.client_x()) else {
                return;
            };
            let mut p = pointers.borrow_mut();
            let Some(&before) = p.down.get(&e.pointer_id()) else {
                return;
            };
            let others: Vec<f64> = p
                .down
                .iter()
                .filter(|(id, _)| **id != e.pointer_id())
                .map(|(_, x)| *x)
                .collect();
            p.moved += (at - before).abs();
            p.down.insert(e.pointer_id(), at);
            // Capture only once it is a drag, so that a click still reaches its marker.
            if p.moved > 0.005 {
                if let Some(element) = svg.cast::<web_sys::Element>() {
                    let _ = element.set_pointer_capture(e.pointer_id());
                }
            }
            match others.as_slice() {
                [] if p.moved > 0.005 => dispatch.emit(Action::Pan(before - at)),
                [other] => {
                    let (old, new) = ((before - other).abs(), (at - other).abs());
                    if old > 0.01 && new > 0.01 {
                        dispatch.emit(Action::Zoom {
                            factor: new / old,
                            anchor: (at + other) / 2.0,
                        });
                    }
                }
                _ => {}
            }
        })
    };
    let up = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().down.remove(&e.pointer_id());
        })
    };
    (down, moved, up)
}

fn wheel_listener(
    element: web_sys::Element,
    dispatch: Callback<Action>,
) -> gloo_events::EventListener {
    use wasm_bindgen::JsCast;
    let target = element.clone();
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    gloo_events::EventListener::new_with_options(&element, "wheel", options, move |event| {
        let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
            return;
        };
        let Some(anchor) = element_fraction(&target, wheel.client_x()) else {
            return;
        };
        event.prevent_default();
        // Trackpads send many small deltas, mice fewer large ones: scale by the delta itself.
        let (dx, dy) = (wheel.delta_x(), wheel.delta_y());
        if dx.abs() > dy.abs() {
            dispatch.emit(Action::Pan(dx / 1000.0));
        } else {
            dispatch.emit(Action::Zoom {
                factor: (-dy / 300.0).exp(),
                anchor,
            });
        }
    })
}
