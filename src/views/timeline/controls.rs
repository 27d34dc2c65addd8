//! The timeline's controls: zoom buttons and presets, the list/chart switch, and the filters,
//! which double as the legend (each kind of event with its mark and count).

use yew::prelude::*;

use super::glyph::mark_icon;
use crate::data::{EVENTS, TREATY};
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::timeline::{Filters, Mark};
use crate::state::scenario::story_year;
use crate::state::view::lanes;
use crate::state::view::TimelineView;
use crate::state::Action;
use crate::views::fold::use_fold;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub lang: Lang,
    pub list_view: bool,
    pub narrow: bool,
    pub today: crate::model::Date,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ZoomControls(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let send = |action: Action| props.dispatch.reform(move |_: MouseEvent| action);
    html! {
        <div class="timeline-controls" role="toolbar" aria-label={tr(lang, Msg::ZoomControls)}>
            if !props.list_view && !props.narrow {
                <button type="button" onclick={send(Action::Zoom { factor: 1.5, anchor: 0.5 })} aria-label={tr(lang, Msg::ZoomIn)}>{ "+" }</button>
                <button type="button" onclick={send(Action::Zoom { factor: 1.0 / 1.5, anchor: 0.5 })} aria-label={tr(lang, Msg::ZoomOut)}>{ "−" }</button>
                <button type="button" onclick={send(Action::FitAll)}>{ tr(lang, Msg::FitAll) }</button>
                <button type="button" onclick={send(Action::ShowYears(TREATY.adopted.year(), props.today.year()))}>{ i18n::fill(tr(lang, Msg::PresetAll), &[("year", &TREATY.adopted.year().to_string())]) }</button>
                <button type="button" onclick={send(Action::ShowYears(story_year(), story_year()))}>{ story_year().to_string() }</button>
            }
            <button type="button" aria-pressed={props.list_view.to_string()} onclick={send(Action::SetListView(!props.list_view))}>
                    { tr(lang, if props.list_view { Msg::ChartView } else { Msg::ListView }) }
                </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub lang: Lang,
    pub filters: Filters,
    pub dispatch: Callback<Action>,
}

/// Checkboxes by lane and by kind; each count is what that box would show under the other
/// filters, so the numbers update as the reader filters.
#[component]
pub fn EventFilters(props: &FiltersProps) -> Html {
    let (lang, filters) = (props.lang, props.filters);
    let lanes = lanes();
    let lane_count = |lane: usize| filters.count_in_lane(lanes, EVENTS, lane);
    let mark_count = |mark: Mark| filters.count_of_mark(lanes, EVENTS, mark);
    // Folded until a filter is on (a link may hide something: the reader sees why): sixteen
    // checkboxes are a long way down a phone and sixteen Tab presses before the chart; the
    // legend beside the chart stays visible. Once open they stay open, so the details never
    // fold under a reader who re-checks the last hidden box.
    let opened = use_mut_ref(|| false);
    if filters.hides_any() {
        *opened.borrow_mut() = true;
    }
    let open = *opened.borrow();
    // The boxes and their counts are drawn once the fold opens (`use_fold`).
    let fold = use_fold(open);
    html! {
        <details class="timeline-filters" {open} ontoggle={fold.ontoggle}>
            <summary onclick={fold.onclick}>{ tr(lang, Msg::FiltersHeading) }</summary>
            if fold.drawn {
                <fieldset>
                    <legend>{ tr(lang, Msg::LanesFilter) }</legend>
                    { for lanes.iter().enumerate().map(|(i, lane)| {
                        let name = lane.map_or(tr(lang, Msg::TreatyLane), |code| i18n::country_name(lang, code));
                        html! {
                            <label class="filter">
                                <input type="checkbox" checked={!filters.hides_lane(i)} onchange={props.dispatch.reform(move |_: Event| Action::ToggleLane(i))} />
                                { name }{ " " }<span class="count">{ format!("({})", lane_count(i)) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ tr(lang, Msg::KindsFilter) }</legend>
                    { for marks_in_data().iter().map(|&mark| html! {
                        <label class="filter">
                            <input type="checkbox" checked={!filters.hides_mark(mark)} onchange={props.dispatch.reform(move |_: Event| Action::ToggleMark(mark))} />
                            { mark_icon(mark) }{ format!("{} ", i18n::mark_label(lang, mark)) }<span class="count">{ format!("({})", mark_count(mark)) }</span>
                        </label>
                    }) }
                </fieldset>
            }
        </details>
    }
}

/// The marks and what each means, always in view (the filters, which list them too, fold). A
/// function, not a component: it changes only with the language, and a component would cost
/// the wasm its own lifecycle code.
pub fn legend(lang: Lang) -> Html {
    html! {
        <ul class="timeline-legend" aria-label={tr(lang, Msg::KindsFilter)}>
            { for marks_in_data().iter().map(|&mark| html! {
                <li>{ mark_icon(mark) }{ i18n::mark_label(lang, mark) }</li>
            }) }
        </ul>
    }
}

/// The kinds of mark the data uses, in legend order: found once (a pass over every event per
/// kind), for the legend and the filters.
fn marks_in_data() -> &'static [Mark] {
    static MARKS: std::sync::OnceLock<Vec<Mark>> = std::sync::OnceLock::new();
    MARKS.get_or_init(|| {
        Mark::ALL
            .into_iter()
            .filter(|m| EVENTS.iter().any(|e| Mark::of(e.kind) == *m))
            .collect()
    })
}

/// How many events the current filters show.
pub fn shown_count(state: &TimelineView) -> usize {
    EVENTS.iter().filter(|e| state.shows(e)).count()
}
