//! The timeline section: the chart (on narrow screens a vertical timeline; on request the list), its
//! controls and filters, the selected event's card, and a live region for screen readers.

mod card;
mod chart;
mod controls;
mod gesture;
mod glyph;
mod input;
mod vertical;

use yew::prelude::*;

use card::EventCard;
use chart::TimelineChart;
use controls::{legend, shown_count, EventFilters, ZoomControls};
use vertical::VerticalTimeline;

use crate::data::EVENTS;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::timescale::ViewRange;
use crate::platform;
use crate::state::view::{lane_of, TimelineView};
use crate::state::{Action, Notice, Section};
use crate::views::events::EventList;
use crate::views::islands::{Island, IslandSlot};
use crate::views::share::{chart_downloads, share_controls};
use crate::views::store::{self, use_dispatch, use_slice};

/// The section as the page is built: its heading, the help (one text for the chart, one for
/// the phone's vertical timeline, which the island shows and hides), the share buttons, and
/// the timeline's island. Outside the island, the app need not draw what never changes after
/// the build (the buttons are boot.js's: `views/share.rs`).
pub fn timeline_section(lang: Lang) -> Html {
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ tr(lang, Msg::TimelineHeading) }</h2>
            <p class="timeline-help" data-help="chart">{ tr(lang, Msg::TimelineHelp) }</p>
            <p class="timeline-help" data-help="narrow" hidden=true>{ tr(lang, Msg::NarrowNote) }</p>
            { share_controls(lang, Section::Timeline) }
            <IslandSlot island={Island::Timeline} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lang: Lang,
    /// Whether the events' own texts are here in `lang` (`store::Snapshot::event_texts`).
    pub event_texts: bool,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    crate::views::renders::count("timeline");
    // Not the range: a zoom redraws the chart alone, which subscribes to it itself.
    let state = use_slice(|s| TimelineView {
        range: ViewRange {
            start: 0.0,
            end: 0.0,
        },
        ..s.state.timeline_view()
    });
    let dispatch = use_dispatch();
    // The prerendered page draws the chart: a first render that must match it (a reader's
    // input waits, see `islands::hydrate`) does too; otherwise it is already the phone's.
    let narrow = use_state(|| !store::hydrating() && platform::is_narrow());
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let setter = narrow.setter();
            let (now, listener) = platform::watch_narrow(move |is| setter.set(is));
            if now != *narrow {
                narrow.set(now);
            }
            move || drop(listener)
        });
    }
    // The help beside the share buttons, outside the island: the text for what is drawn.
    use_effect_with(*narrow, |narrow| {
        platform::set_hidden(".timeline-help[data-help=\"chart\"]", *narrow);
        platform::set_hidden(".timeline-help[data-help=\"narrow\"]", !*narrow);
    });
    // Counting is a pass over every event: only when the filters change, not on every zoom.
    let shown = *use_memo(state.filters, |_| shown_count(&state));
    let dismiss = dispatch.reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <>
            if state.notice == Some(Notice::LinkPartlyUnreadable) {
                <div class="notice" role="status">
                    <p>{ tr(lang, Msg::NoticeLink) }</p>
                    <button type="button" onclick={dismiss}>{ tr(lang, Msg::Dismiss) }</button>
                </div>
            }
            <ZoomControls {lang} list_view={state.list_view} narrow={*narrow} today={state.today} dispatch={dispatch.clone()} />
            <EventFilters {lang} filters={state.filters} dispatch={dispatch.clone()} />
            <p class="shown-count">{ i18n::event_count(lang, shown) }</p>
            if state.list_view {
                <EventList {lang} filters={state.filters} texts_here={props.event_texts} />
            } else if *narrow {
                { legend(lang) }
                <VerticalTimeline {lang} event_texts={props.event_texts} filters={state.filters} selected={state.selected} dispatch={dispatch.clone()} />
            } else {
                { legend(lang) }
                <div class="chart-frame">
                    <TimelineChart {lang} dispatch={dispatch.clone()} />
                </div>
                { chart_downloads(lang, ".timeline-chart", "timeline") }
                if let Some(index) = state.selected {
                    <EventCard {lang} texts_here={props.event_texts} {index} lane={AttrValue::from(i18n::lane_name(lang, lane_of(&EVENTS[index])))} dispatch={dispatch.clone()} />
                }
            }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">
                { state.selected.map(|i| i18n::event_title(lang, &EVENTS[i])).unwrap_or_default() }
            </p>
        </>
    }
}
