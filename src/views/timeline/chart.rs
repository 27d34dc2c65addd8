//! The timeline chart: an SVG with the axis, one lane per state plus the Convention's, a
//! "today" line, and the glyphs the layout computed. Its input is in `input.rs`, its zoom and
//! pan gestures in `gesture.rs`; it computes no positions itself.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::gesture::use_mover;
use super::glyph::path;
use super::input::{key_handler, pointer_handlers, use_wheel, Pointers};
use crate::data::EVENTS;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::timeline::{layout, tab_stop, Glyph, Mark};
use crate::model::timescale::{ticks, Scale, CHART_WIDTH, PLOT_LEFT, PLOT_RIGHT};
use crate::model::{Date, TreatyId};
use crate::platform::{format_date, format_tick};
use crate::state::view::TimelineView;
use crate::state::view::{lane_of, lanes};
use crate::state::Action;
use crate::views::class_list::class_list;
use crate::views::store::use_slice;
use crate::views::svg::fmt;

const AXIS_HEIGHT: f64 = 28.0;
const LANE_HEIGHT: f64 = 44.0;
/// Events of one day in one lane stack vertically: middle, above, below.
const STACK_OFFSETS: [f64; 3] = [0.0, -13.0, 13.0];
/// How far a mark may reach left of the plot (its radius and a little).
const MARK_REACH: f64 = 14.0;

pub fn chart_height() -> f64 {
    AXIS_HEIGHT + LANE_HEIGHT * lanes().len() as f64 + 8.0
}

fn lane_y(lane: usize) -> f64 {
    AXIS_HEIGHT + LANE_HEIGHT * lane as f64 + LANE_HEIGHT / 2.0
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The markers' spoken labels, written once per event, language and day (each needs a date
/// written by `Intl`): a zoom or a focus move draws the same labels again.
#[derive(Default)]
struct Labels {
    written_for: Option<(Lang, Date)>,
    /// By event index (a vector, not a map: a hash map's code would cost the wasm more).
    by_event: Vec<Option<AttrValue>>,
}

impl Labels {
    fn of(&mut self, lang: Lang, today: Date, index: usize) -> AttrValue {
        if self.written_for != Some((lang, today)) {
            self.written_for = Some((lang, today));
            self.by_event = vec![None; EVENTS.len()];
        }
        self.by_event[index]
            .get_or_insert_with(|| {
                let event = &EVENTS[index];
                let date = format_date(lang, event.date);
                let lane = i18n::lane_name(lang, lane_of(event));
                AttrValue::from(i18n::marker_label(
                    lang,
                    event,
                    &date,
                    lane,
                    event.date > today,
                ))
            })
            .clone()
    }
}

/// Subscribes to the timeline's part of the state itself: a slider step elsewhere, or a change
/// in the section around it, does not redraw the chart.
#[component]
pub fn TimelineChart(props: &ChartProps) -> Html {
    crate::views::renders::count("timeline-chart");
    let lang = props.lang;
    // Not the keyboard focus (see `TimelineView`): it is read here when something else
    // redraws the chart.
    let view = use_slice(|s| s.state.timeline_view());
    let state = &*view;
    let focused = crate::views::store::drawn_snapshot().state.focused;
    let svg = use_node_ref();
    let plot = use_node_ref();
    let pointers = use_mut_ref(Pointers::default);
    let labels = use_mut_ref(Labels::default);
    let scale = Scale { range: state.range };
    // Laid out once per range and filter: moving the focus or opening a card draws the same.
    let glyphs = use_memo((state.range, state.filters), |(range, filters)| {
        layout(EVENTS, lanes(), Scale { range: *range }, |e| {
            filters.shows(lanes(), e)
        })
    });
    let height = chart_height();

    let mover = use_mover(&plot, state.range, state.bounds, &props.dispatch);
    use_wheel(&svg, &mover);
    let key_moved = use_focus_follows_keys(focused);
    let tab_stop = tab_stop(&glyphs, focused);
    // With no single event in view (all clustered), the first cluster holds the tab stop, so
    // the keyboard can still reach the chart, zoom and open a cluster.
    let cluster_stop = tab_stop
        .is_none()
        .then(|| {
            glyphs
                .iter()
                .position(|g| matches!(g, Glyph::Cluster { .. }))
        })
        .flatten();
    let onkeydown = key_handler(
        mover.clone(),
        glyphs.clone(),
        props.dispatch.clone(),
        key_moved,
    );
    let (onpointerdown, onpointermove, onpointerup) = pointer_handlers(&svg, &pointers, &mover);
    // One listener for every mark: a click selects an event or opens a cluster, a focus
    // follows the keyboard.
    let onclick = {
        let (glyphs, dispatch, mover) = (glyphs.clone(), props.dispatch.clone(), mover.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(glyph) =
                crate::platform::closest_number(&e, "data-glyph").and_then(|i| glyphs.get(i))
            else {
                return;
            };
            mover.settle();
            dispatch.emit(match *glyph {
                Glyph::Event { index, .. } => Action::Select(index),
                Glyph::Cluster {
                    first_day,
                    last_day,
                    ..
                } => Action::ZoomTo {
                    first_day,
                    last_day,
                },
            });
        })
    };
    let onfocusin = {
        let (glyphs, dispatch) = (glyphs.clone(), props.dispatch.clone());
        Callback::from(move |e: FocusEvent| {
            let glyph =
                crate::platform::closest_number(&e, "data-glyph").and_then(|i| glyphs.get(i));
            if let Some(Glyph::Event { index, .. }) = glyph {
                dispatch.emit(Action::Focus(*index));
            }
        })
    };
    let today_x = scale.x(state.today.days_since_epoch() as f64);
    let mut labels = labels.borrow_mut();
    html! {
        <svg ref={svg} class="timeline-chart" viewBox={format!("0 0 {} {}", fmt(CHART_WIDTH), fmt(height))} role="group"
            aria-label={tr(lang, Msg::ChartLabel)} {onkeydown} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup} {onclick} {onfocusin}>
            <defs>
                <clipPath id="timeline-plot-clip">
                    <rect x={fmt(PLOT_LEFT - MARK_REACH)} y="0" width={fmt(CHART_WIDTH - PLOT_LEFT + MARK_REACH)} height={fmt(height)} />
                </clipPath>
            </defs>
            { lane_lines(lang, state) }
            // What a gesture moves (see gesture.rs), clipped so that nothing slides over the
            // lanes' names.
            <g clip-path="url(#timeline-plot-clip)">
                <g ref={plot} class="plot">
                    { axis(lang, scale, height) }
                    if scale.range.contains(state.today.days_since_epoch() as f64) {
                        <g class="today" aria-hidden="true">
                            <line x1={fmt(today_x)} x2={fmt(today_x)} y1={fmt(AXIS_HEIGHT - 6.0)} y2={fmt(height)} />
                            <text x={fmt(today_x - 3.0)} y={fmt(height - 4.0)} text-anchor="end">{ tr(lang, Msg::Today) }</text>
                        </g>
                    }
                    <g class="glyphs">
                        { for glyphs.iter().enumerate().map(|(i, glyph)| draw(lang, state, i, glyph, (tab_stop, cluster_stop), &mut labels)) }
                    </g>
                </g>
            </g>
        </svg>
    }
}

/// Arrow keys move the focus between markers, and zoom keys change what is drawn: after every
/// render, follow it with the DOM focus (a move may land on the event that already had it).
/// The marker that had it may be gone after the range changed (out of the range, or drawn in
/// a cluster), so the returned flag, set by the key handler, says so; the focus then goes to
/// the chart's one tab stop (the focused event if drawn, else the first marker or cluster),
/// and the keyboard stays in the chart.
#[hook]
fn use_focus_follows_keys(focused: Option<usize>) -> Rc<RefCell<bool>> {
    let key_moved = use_mut_ref(|| false);
    {
        let key_moved = key_moved.clone();
        use_effect(move || {
            // Not if the reader has gone elsewhere since the key (a zoom that changed nothing
            // leaves the flag set until some later render).
            let in_chart = || {
                crate::platform::focus_is_inside(".timeline-chart")
                    || crate::platform::focus_is_lost()
            };
            if std::mem::take(&mut *key_moved.borrow_mut()) && in_chart() {
                let marker = focused.map(|i| format!(".timeline-chart [data-index=\"{i}\"]"));
                if !marker.is_some_and(|marker| crate::platform::focus(&marker)) {
                    crate::platform::focus(".timeline-chart [tabindex=\"0\"]");
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
                <g class={if state.filters.hides_lane(i) { "lane lane-hidden" } else { "lane" }}>
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
    position: usize,
    glyph: &Glyph,
    (tab_stop, cluster_stop): (Option<usize>, Option<usize>),
    labels: &mut Labels,
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
            html! {
                <g key={event.id} class={class_list(&[Some("marker"), (state.selected == Some(index)).then_some("selected"), future.then_some("future"),
                    (event.treaty == TreatyId::Other).then_some("other-treaty")])}
                    data-index={index.to_string()} data-glyph={position.to_string()} role="button"
                    aria-label={labels.of(lang, state.today, index)}
                    aria-pressed={(state.selected == Some(index)).to_string()}
                    tabindex={if tab_stop == Some(index) { "0" } else { "-1" }}
                    transform={format!("translate({},{})", fmt(x), fmt(y))}>
                    <circle class="hit" r="11" />
                    <path class={format!("mark mark-{}", mark.id())} d={path(mark)} />
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
            let first = Date::from_days_since_epoch(first_day as i64);
            let last = Date::from_days_since_epoch(last_day as i64);
            let dates = format!("{} – {}", format_date(lang, first), format_date(lang, last));
            html! {
                <g key={format!("cluster-{lane}-{}", first_day as i64)} class="cluster" role="button"
                    tabindex={if cluster_stop == Some(position) { "0" } else { "-1" }}
                    data-glyph={position.to_string()} aria-label={i18n::cluster_label(lang, count, &dates)}
                    transform={format!("translate({},{})", fmt(x), fmt(lane_y(lane)))}>
                    <circle r="12" />
                    <text y="4" text-anchor="middle">{ count.to_string() }</text>
                </g>
            }
        }
    }
}
