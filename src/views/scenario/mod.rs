//! The scenario explorer: presets and what-ifs, a day slider, the map and the results. Every
//! figure comes from the model's `Scenario::outcome_on`; the views only draw it. The section's
//! heading and introduction are written at build time; the explorer and its what-ifs are two
//! islands, so that a page hydrates them in two tasks, not one long one.

mod details;
mod map;
mod results;
mod slider;
mod whatif;

use std::rc::Rc;

use yew::prelude::*;

use details::StateDetails;
use map::{swatch, RegionMap};
use results::{Results, Rules, StepChart};
use slider::DateSlider;
use whatif::WhatIf;

use crate::data::{COUNTRIES, SCENARIOS, TREATY};
use crate::i18n::{self, tr, Lang, Msg, PageMsg};
use crate::model::{Date, Outcome, StatusKind};
use crate::platform;
use crate::state::scenario::{date_bounds, story_year};
use crate::state::{Action, ScenarioView, Section};
use crate::views::islands::{Island, IslandSlot};
use crate::views::prerendered::{build_time_msg, build_time_part, build_time_text, BuildText};
use crate::views::share::{chart_downloads, share_controls};
use crate::views::store::{self, use_dispatch, use_slice};

/// The section as the page is built: its heading, introduction and share buttons, the
/// explorer's island and the what-ifs' island. The map's outlines come first, outside the islands (`map::outlines`).
pub fn scenario_section(lang: Lang) -> Html {
    html! {
        <>
            { map::outlines() }
            <section class="scenario" aria-labelledby="scenario-heading">
                <h2 id="scenario-heading">{ tr(lang, Msg::ScenarioHeading) }</h2>
                <p>{ tr(lang, Msg::ScenarioIntro) }</p>
                // Outside the island: the buttons are boot.js's, and their markup never
                // changes after the build, so the explorer's app need not draw it.
                { share_controls(lang, Section::Scenario) }
                <IslandSlot island={Island::Scenario} />
                <IslandSlot island={Island::WhatIf} />
            </section>
        </>
    }
}

/// The CSS class (and test hook) of a status: fill colour and pattern.
pub fn status_class(status: StatusKind) -> &'static str {
    match status {
        StatusKind::NotParty => "not-party",
        StatusKind::Party => "party",
        StatusKind::WithdrawalNotified => "pending",
        StatusKind::Suspended => "suspension",
        StatusKind::Announced => "announced",
        StatusKind::Withdrawn => "withdrawn",
    }
}

#[derive(Properties, PartialEq)]
pub struct ScenarioProps {
    pub lang: Lang,
    /// The what-ifs' island, not the explorer's.
    #[prop_or_default]
    pub what_if: bool,
}

/// Subscribes to the explorer's part of the state only: zooming the timeline changes the state
/// too, and must not redraw the map. Both of the section's islands start here (one component
/// costs the wasm less than two); the what-ifs' part leaves out the day, so that a slider step
/// does not draw them again.
#[component]
pub fn ScenarioSection(props: &ScenarioProps) -> Html {
    type Part = (ScenarioView, Date);
    let select: fn(&store::Snapshot) -> Part = if props.what_if {
        |s| {
            (
                ScenarioView {
                    date: None,
                    ..s.state.scenario.clone()
                },
                s.state.today,
            )
        }
    } else {
        |s| (s.state.scenario.clone(), s.state.today)
    };
    let part = use_slice(select);
    let dispatch = use_dispatch();
    let (view, today) = (&part.0, part.1);
    if props.what_if {
        crate::views::renders::count("what-if");
        let changed: Vec<&'static str> = view.changed().iter().map(|c| c.0).collect();
        return html! {
            <WhatIf lang={props.lang} scenario={view.scenario.clone()} {changed} preset={view.preset} {today} {dispatch} />
        };
    }
    html! {
        <ScenarioBody lang={props.lang} view={view.clone()} {today} {dispatch} />
    }
}

#[derive(Properties, PartialEq)]
struct BodyProps {
    lang: Lang,
    view: ScenarioView,
    today: Date,
    dispatch: Callback<Action>,
}

#[component]
fn ScenarioBody(props: &BodyProps) -> Html {
    crate::views::renders::count("scenario");
    let lang = props.lang;
    let dispatch = props.dispatch.clone();
    let view = &props.view;
    let date = view.date.unwrap_or(props.today);
    let scenario = view.scenario.clone();
    let outcome = use_memo((scenario.clone(), date), |(scenario, date)| {
        scenario.outcome_on(&TREATY, COUNTRIES, *date)
    });
    // What the map, the details and the results draw: the same `Rc` on every day on which
    // no status, effective date or total changes, so a slider step redraws none of them.
    let standing = use_standing(outcome.clone());
    let active = use_state(|| None::<&'static str>);
    // The same callback on every render, or the map would be drawn again for it.
    let on_activate = {
        let setter = active.setter();
        use_callback((), move |code: &'static str, _| setter.set(Some(code)))
    };
    let summary = spoken_summary(lang, &outcome);
    let (_, last) = date_bounds(props.today);
    // The States Parties chart starts a year before the story, so its steps stand out.
    let chart_from = Date::new(story_year() - 1, 1, 1).expect("1 January is a date");
    html! {
        <>
            { presets(lang, view.preset, &dispatch) }
            <DateSlider {lang} {date} today={props.today} summary={AttrValue::from(summary.clone())} dispatch={dispatch.clone()} />
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ summary }</p>
            <div class="scenario-layout">
                <figure class="map-figure">
                    <RegionMap {lang} outcome={standing.clone()} active={*active} {on_activate} />
                    // Both never change once the page is built: the app takes them from it.
                    { build_time_part("map-caption", || map_caption(lang)) }
                    { build_time_part("map-downloads", || chart_downloads(lang, ".region-map", "map")) }
                </figure>
                <div class="map-side">
                    if let Some(code) = *active {
                        <StateDetails {lang} {code} scenario={scenario.clone()} outcome={standing.clone()} />
                    }
                    <div class="results">
                        <Results {lang} outcome={standing.clone()} />
                        // A story whose sources state no worldwide count has no count to chart.
                        if !TREATY.party_counts.is_empty() {
                            <StepChart {lang} scenario={scenario.clone()} {date} from={chart_from} to={last} />
                        }
                        <Rules {lang} scenario={scenario.clone()} outcome={standing.clone()} />
                    </div>
                </div>
            </div>
        </>
    }
}

/// What the map, the details and the results draw (see `use_standing`).
pub type Standing = crate::views::shared::Shared<Outcome>;

/// The last outcome whose standing differs from the one before: kept while only the day
/// moves (`Outcome::same_standing`).
#[hook]
fn use_standing(outcome: Rc<Outcome>) -> Standing {
    let kept = use_mut_ref(|| outcome.clone());
    let mut kept = kept.borrow_mut();
    if !Rc::ptr_eq(&kept, &outcome) && !kept.same_standing(&outcome) {
        *kept = outcome;
    }
    crate::views::shared::Shared(kept.clone())
}

/// "27 December 2025: Estonia, Latvia and Lithuania withdrawn", for the slider's spoken value
/// and the live region (names sorted in the reader's language).
fn spoken_summary(lang: Lang, outcome: &crate::model::Outcome) -> String {
    let mut withdrawn: Vec<&str> = outcome
        .withdrawn()
        .map(|code| i18n::country_name(lang, code))
        .collect();
    crate::model::sort_small(&mut withdrawn);
    i18n::date_summary(
        lang,
        &platform::format_date(lang, outcome.date),
        withdrawn.len(),
        &platform::format_list(lang, &withdrawn),
    )
}

/// The editor's presets as radio buttons (drawn as one segmented control), each with its
/// description. A function, not a component: four radios cost less to compare on a slider
/// step than a component costs the wasm.
fn presets(lang: Lang, chosen: usize, dispatch: &Callback<Action>) -> Html {
    html! {
        <fieldset class="presets">
            <legend>{ tr(lang, Msg::ScenarioPreset) }</legend>
            { for SCENARIOS.iter().enumerate().map(|(i, preset)| {
                let id = format!("preset-{}", preset.id);
                // Written at build time only: the app adopts them and does not hold them.
                let text = move |part: usize| {
                    let name = BuildText::Preset { preset: i, part };
                    build_time_text(name, move || i18n::scenario_texts(lang, i)[part])
                };
                let choose = dispatch.reform(move |_: Event| Action::ChoosePreset(i));
                html! {
                    <div class="preset">
                        // The radio inside its label, covering it: a click anywhere on the
                        // segment is a click on the radio itself.
                        <label for={id.clone()}>
                            <input type="radio" name="preset" id={id.clone()} value={preset.id}
                                checked={chosen == i} onchange={choose}
                                aria-describedby={format!("{id}-text")} />
                            { text(0) }
                        </label>
                        <p id={format!("{id}-text")} class="hint">{ text(1) }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// The map's caption: how to use it, the legend (every status with its swatch, and the states
/// not modelled), the note on the marked border where the story's map has one (the Suwałki
/// Gap) and the note on the borders drawn. Written at build time only, the whole of it
/// (`build_time_part`): the browser's app takes it from the page.
fn map_caption(lang: Lang) -> Html {
    html! {
        <figcaption>
            <p class="hint">{ build_time_msg(lang, PageMsg::MapHelp) }</p>
            { legend(lang) }
            <p class="hint">
                if crate::generated::map::HIGHLIGHT_BORDER.is_some() {
                    { tr(lang, Msg::SuwalkiGap) }{ ": " }{ build_time_msg(lang, PageMsg::SuwalkiGapNote) }{ " " }
                }
                { build_time_msg(lang, PageMsg::CrimeaNote) }
            </p>
        </figcaption>
    }
}

/// Whether the legend names a status: an announcement without notice only where a state of
/// the story made one (the others can all come from a what-if).
fn in_story(status: StatusKind) -> bool {
    status != StatusKind::Announced || crate::data::HAS_ANNOUNCEMENTS
}

fn legend(lang: Lang) -> Html {
    html! {
        <ul class="legend" aria-label={tr(lang, Msg::MapLegend)}>
            { for StatusKind::LEGEND.into_iter().filter(|&s| in_story(s)).map(|status| html! {
                <li>{ swatch(Some(status)) }{ i18n::status_name(lang, status) }</li>
            }) }
            <li>{ swatch(None) }{ tr(lang, Msg::NotModelled) }</li>
        </ul>
    }
}
