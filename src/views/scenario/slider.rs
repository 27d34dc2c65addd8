//! The day slider: a native range input (so every screen reader knows it) whose keys move by
//! calendar units, with year ticks, "Today", and play/pause.

use yew::prelude::*;

use crate::i18n::{tr, Lang, Msg, PageMsg};
use crate::model::Date;
use crate::platform;
use crate::state::scenario::date_bounds;
use crate::state::{Action, PlayStep};
use crate::views::prerendered::build_time_msg;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    pub lang: Lang,
    pub date: Date,
    pub today: Date,
    /// The spoken value: "27 December 2025: Estonia, Latvia and Lithuania withdrawn".
    pub summary: AttrValue,
    pub dispatch: Callback<Action>,
}

/// Where a key moves the day, or `None` for keys the slider leaves alone.
pub fn key_target(key: &str, shift: bool, date: Date, first: Date, last: Date) -> Option<Date> {
    let target = match (key, shift) {
        ("ArrowRight" | "ArrowUp", false) => date.add_days(1),
        ("ArrowLeft" | "ArrowDown", false) => date.add_days(-1),
        ("ArrowRight" | "ArrowUp", true) => date.add_months(1),
        ("ArrowLeft" | "ArrowDown", true) => date.add_months(-1),
        ("PageUp", _) => date.add_months(12),
        ("PageDown", _) => date.add_months(-12),
        ("Home", _) => first,
        ("End", _) => last,
        _ => return None,
    };
    Some(target.max(first).min(last))
}

/// Play/pause: while playing, step on a timer. The whole way to the end takes about twelve
/// seconds whatever the span; with reduced motion, it jumps from one change to the next. Gives
/// whether it plays and the button's callback (at the end, Play starts again from `first`).
#[hook]
fn use_play(props: &SliderProps, first: Date, last: Date) -> (bool, Callback<MouseEvent>) {
    let playing = use_state(|| false);
    {
        let dispatch = props.dispatch.clone();
        let date = props.date;
        use_effect_with(*playing, move |&playing| {
            let timer = playing.then(|| {
                let reduced = platform::prefers_reduced_motion();
                let (step, every_ms) = if reduced {
                    (PlayStep::NextChange, 1500)
                } else {
                    let days = ((last.days_since_epoch() - date.days_since_epoch()) / 150).max(1);
                    (PlayStep::Days(days as i32), 80)
                };
                gloo_timers::callback::Interval::new(every_ms, move || {
                    dispatch.emit(Action::PlayStep(step))
                })
            });
            move || drop(timer)
        });
    }
    if *playing && props.date >= last {
        playing.set(false);
    }
    let toggle = {
        let playing = playing.clone();
        let dispatch = props.dispatch.clone();
        let at_end = props.date >= last;
        Callback::from(move |_: MouseEvent| {
            if !*playing && at_end {
                dispatch.emit(Action::SetScenarioDate(first));
            }
            playing.set(!*playing);
        })
    };
    (*playing, toggle)
}

#[component]
pub fn DateSlider(props: &SliderProps) -> Html {
    let lang = props.lang;
    let (first, last) = date_bounds(props.today);
    let days = |date: Date| date.days_since_epoch() - first.days_since_epoch();
    let span = days(last);
    let value = days(props.date);
    let (playing, toggle) = use_play(props, first, last);
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(days) = platform::input_value(&e).and_then(|v| v.parse::<i64>().ok()) {
                dispatch.emit(Action::SetScenarioDate(first.add_days(days)));
            }
        })
    };
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        let date = props.date;
        Callback::from(move |e: KeyboardEvent| {
            if let Some(target) = key_target(&e.key(), e.shift_key(), date, first, last) {
                e.prevent_default();
                dispatch.emit(Action::SetScenarioDate(target));
            }
        })
    };
    let today = props.dispatch.reform({
        let today = props.today;
        move |_: MouseEvent| Action::SetScenarioDate(today)
    });
    html! {
        <div class="date-slider">
            <label for="scenario-date">{ tr(lang, Msg::ScenarioDate) }{ ": " }
                <output for="scenario-date">{ platform::format_date(lang, props.date) }</output>
            </label>
            <div class="slider-row">
                <button type="button" class="play" aria-pressed={if playing { "true" } else { "false" }} onclick={toggle}>
                    { if playing { tr(lang, Msg::Pause) } else { tr(lang, Msg::Play) } }
                </button>
                <div class="slider-track">
                    <input id="scenario-date" type="range" min="0" max={span.to_string()} step="1"
                        value={value.to_string()} aria-valuetext={props.summary.clone()}
                        aria-describedby="slider-help" {oninput} {onkeydown} />
                    <YearTicks {first} {last} />
                </div>
                <button type="button" onclick={today}>{ tr(lang, Msg::Today) }</button>
            </div>
            <p id="slider-help" class="hint">{ build_time_msg(lang, PageMsg::SliderHelp) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TicksProps {
    first: Date,
    last: Date,
}

/// The years under the track: the first, then every fifth. On a narrow screen only the first
/// year and the decades keep their labels. A component of its own, so a step of the slider
/// does not draw them again.
#[component]
fn YearTicks(props: &TicksProps) -> Html {
    let (first, last) = (props.first, props.last);
    let span = (last.days_since_epoch() - first.days_since_epoch()).max(1);
    let permille = |date: Date| (date.days_since_epoch() - first.days_since_epoch()) * 1000 / span;
    let minor = |year: i32| year != first.year() && (year % 10 != 0 || year - first.year() < 6);
    let ticks = (first.year()..=last.year())
        .filter(|year| year % 5 == 0 || *year == first.year())
        .filter_map(|year| Date::new(year, 1, 1));
    html! {
        // Percent positions in SVG attributes: the page's CSP allows no inline styles.
        <svg class="slider-ticks" aria-hidden="true">
            { for ticks.map(|tick| {
                let at = permille(tick);
                let anchor = if tick.year() == first.year() { "start" } else { "middle" };
                html! {
                    <text class={minor(tick.year()).then_some("minor")} x={format!("{}.{}%", at / 10, at % 10)} y="14" text-anchor={anchor}>{ tick.year() }</text>
                }
            }) }
        </svg>
    }
}
