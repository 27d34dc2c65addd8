//! The results on the day shown: each state's status and effective date, the region's totals,
//! the States Parties step chart (with its table), and the rule Article 20 applies to each.
//! The table, the totals and the rules are redrawn only when a status changes; the step chart
//! moves its day marker on every step and draws its line once per scenario.

use yew::prelude::*;

use std::rc::Rc;

use super::Standing;
use crate::data::{COUNTRIES, TREATY};
use crate::i18n::{self, tr, Lang, Msg, PageMsg};
use crate::model::{Date, Scenario};
use crate::platform::{format_date, format_number};
use crate::views::prerendered::{build_time_msg, build_time_text, BuildText};
use crate::views::svg::fmt;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub outcome: Standing,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    crate::views::renders::count("results");
    let lang = props.lang;
    let outcome = &props.outcome;
    let date = |d: Date| format_date(lang, d);
    let km = |value: f64| i18n::kilometres(lang, &format_number(lang, value));
    html! {
        <>
            <h3>{ tr(lang, Msg::ResultsHeading) }</h3>
            <table class="status-table">
                    <thead><tr>
                        <th scope="col">{ tr(lang, Msg::State) }</th>
                        <th scope="col">{ tr(lang, Msg::Status) }</th>
                        <th scope="col">{ tr(lang, Msg::EffectiveDate) }</th>
                    </tr></thead>
                    <tbody>
                        { for COUNTRIES.iter().map(|country| {
                            let status = outcome.status_of(country.code);
                            let effect = outcome.state(country.code).and_then(|s| s.effect).map(|(e, _)| e);
                            html! {
                                <tr data-code={country.code}>
                                    <th scope="row">{ i18n::country_name(lang, country.code) }</th>
                                    <td>{ status.map(|s| i18n::status_name(lang, s.kind())).unwrap_or_default() }</td>
                                    <td>{ i18n::effect_text(lang, effect, date) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            <dl class="totals">
                if !TREATY.party_counts.is_empty() {
                    <div>
                        <dt>{ tr(lang, Msg::StatesPartiesWorld) }</dt>
                        <dd class="figure" data-total="world">{ outcome.states_parties.map_or("—".to_string(), |n| format_number(lang, f64::from(n))) }</dd>
                    </div>
                }
                <div>
                    <dt>{ tr(lang, Msg::StatesPartiesRegion) }</dt>
                    <dd><span class="figure" data-total="region">{ format_number(lang, outcome.region_parties as f64) }</span>
                        { " " }<span class="hint">{ build_time_msg(lang, PageMsg::StatesPartiesRegionNote) }</span></dd>
                </div>
                if crate::data::HAS_BORDERS {
                    <div>
                        <dt>{ tr(lang, Msg::UnboundBorder) }</dt>
                        <dd><span class="figure" data-total="border">{ km(outcome.unbound_border_km) }</span>
                            if !outcome.unbound_by_neighbour.is_empty() {
                                { " (" }
                                { for outcome.unbound_by_neighbour.iter().enumerate().map(|(i, (code, value))| html! {
                                    <>{ if i > 0 { "; " } else { "" } }{ km(*value) }{ " " }{ i18n::with_neighbour(lang, code) }</>
                                }) }
                                { ")" }
                            }
                            <br /><span class="hint">{ build_time_msg(lang, PageMsg::UnboundBorderNote) }</span></dd>
                    </div>
                }
            </dl>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct RulesProps {
    pub lang: Lang,
    pub scenario: Scenario,
    pub outcome: Standing,
}

/// Article 20's text and the rule it applies to each state in the scenario.
#[component]
pub fn Rules(props: &RulesProps) -> Html {
    crate::views::renders::count("rules");
    let lang = props.lang;
    let date = |d: Date| format_date(lang, d);
    html! {
        // Folded: the rule and how it applies to each state are the explanation a reader asks
        // for, under the results that follow from it.
        <details class="article20-rules">
            <summary>{ tr(lang, Msg::Article20Heading) }</summary>
            // Never changes once built: the app adopts it and does not hold it.
            <blockquote class="article20"><p>{ build_time_text(BuildText::WithdrawalRule, || i18n::withdrawal_rule_text(lang)) }</p></blockquote>
            <ul class="rules">
                { for props.outcome.states.iter().map(|state| {
                    let withdrawal = props.scenario.assumption(state.code).and_then(|a| a.withdrawal);
                    html! { <li data-code={state.code}>{ i18n::rule_applied(lang, state, withdrawal.as_ref(), date) }</li> }
                }) }
            </ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepChartProps {
    pub lang: Lang,
    pub scenario: Scenario,
    /// The day shown, marked on the chart.
    pub date: Date,
    /// The chart's span.
    pub from: Date,
    pub to: Date,
}

/// The chart's geometry: viewBox 600 × 160 (written as a literal: formatting an f64 costs
/// wasm bytes), the plot's left edge, top and bottom.
const WIDTH: f64 = 600.0;
const LEFT: f64 = 44.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 130.0;

fn x_of(from: Date, to: Date, d: Date) -> f64 {
    let day = |d: Date| d.days_since_epoch() as f64;
    let span = (day(to) - day(from)).max(1.0);
    LEFT + (day(d) - day(from)) / span * (WIDTH - LEFT - 10.0)
}

/// States Parties worldwide as a step line, with the day shown marked, and the same as a table.
/// Only the marker follows the day: the line and the table are drawn once per scenario.
#[component]
pub fn StepChart(props: &StepChartProps) -> Html {
    let lang = props.lang;
    let steps = use_memo(
        (props.scenario.clone(), props.from, props.to),
        |(scenario, from, to)| {
            crate::views::shared::Shared(Rc::new(
                scenario.states_parties_steps(&TREATY, COUNTRIES, *from, *to),
            ))
        },
    );
    let shown = props.date.max(props.from).min(props.to);
    let x = fmt(x_of(props.from, props.to, shown));
    html! {
        <figure class="step-chart">
            <svg viewBox="0 0 600 160" role="img" aria-label={tr(lang, Msg::StepChartLabel)}>
                <StepLine steps={(*steps).clone()} from={props.from} to={props.to} />
                <line class="shown-day" x1={x.clone()} x2={x} y1={fmt(TOP)} y2={fmt(BOTTOM)} />
            </svg>
            <details class="figures-table">
                <summary>{ tr(lang, Msg::ShowTable) }</summary>
                <StepTable {lang} steps={(*steps).clone()} />
            </details>
        </figure>
    }
}

/// The steps of a scenario, shared by pointer.
type Steps = crate::views::shared::Shared<Vec<(Date, u16)>>;

#[derive(Properties, PartialEq)]
struct StepLineProps {
    steps: Steps,
    from: Date,
    to: Date,
}

#[component]
fn StepLine(props: &StepLineProps) -> Html {
    crate::views::renders::count("step-line");
    let steps = &*props.steps;
    let (Some(low), Some(high)) = (
        steps.iter().map(|s| s.1).min(),
        steps.iter().map(|s| s.1).max(),
    ) else {
        return html! {};
    };
    let (low, high) = (f64::from(low) - 1.0, f64::from(high) + 1.0);
    let x = |d: Date| x_of(props.from, props.to, d);
    let y = |n: u16| BOTTOM - (f64::from(n) - low) / (high - low) * (BOTTOM - TOP);
    let mut path = String::new();
    for (i, &(since, count)) in steps.iter().enumerate() {
        if i == 0 {
            path += &format!("M{} {}", fmt(x(since)), fmt(y(count)));
        } else {
            path += &format!("H{}V{}", fmt(x(since)), fmt(y(count)));
        }
    }
    path += &format!("H{}", fmt(x(props.to)));
    let years = (props.from.year()..=props.to.year()).filter_map(|year| Date::new(year, 1, 1));
    html! {
        <g>
            { for years.filter(|d| *d >= props.from).map(|d| html! {
                <g class="tick">
                    <line x1={fmt(x(d))} x2={fmt(x(d))} y1={fmt(TOP)} y2={fmt(BOTTOM)} />
                    <text x={fmt(x(d))} y="150" text-anchor="middle">{ d.year() }</text>
                </g>
            }) }
            { for [low + 1.0, high - 1.0].iter().map(|&n| html! {
                <text class="axis" x={fmt(LEFT - 6.0)} y={fmt(y(n as u16) + 4.0)} text-anchor="end">{ n as u16 }</text>
            }) }
            <path class="step-line" d={path} />
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct StepTableProps {
    lang: Lang,
    steps: Steps,
}

#[component]
fn StepTable(props: &StepTableProps) -> Html {
    let lang = props.lang;
    html! {
        <table class="step-table">
            <caption>{ tr(lang, Msg::StepChartTable) }</caption>
            <thead><tr><th scope="col">{ tr(lang, Msg::Since) }</th><th scope="col">{ tr(lang, Msg::Count) }</th></tr></thead>
            <tbody>
                { for props.steps.iter().map(|&(since, count)| html! {
                    <tr><td><time datetime={since.to_string()}>{ format_date(lang, since) }</time></td><td>{ format_number(lang, f64::from(count)) }</td></tr>
                }) }
            </tbody>
        </table>
    }
}
