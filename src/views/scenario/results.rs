//! The results on the day shown: each state's status and effective date, the region's totals,
//! the States Parties step chart (with its table), and the rule Article 20 applies to each.

use yew::prelude::*;

use super::map::status_of;
use crate::data::{COUNTRIES, TREATY};
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::{Date, Outcome, Scenario};
use crate::platform::{format_date, format_number};
use crate::views::svg::fmt;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub scenario: Scenario,
    pub outcome: std::rc::Rc<Outcome>,
    /// The span of the step chart.
    pub from: Date,
    pub to: Date,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    crate::views::renders::count("results");
    let lang = props.lang;
    let outcome = &props.outcome;
    let date = |d: Date| format_date(lang, d);
    let km = |value: f64| i18n::kilometres(lang, &format_number(lang, value));
    html! {
        <div class="results">
            <h3>{ tr(lang, Msg::ResultsHeading) }</h3>
            <table class="status-table">
                    <thead><tr>
                        <th scope="col">{ tr(lang, Msg::State) }</th>
                        <th scope="col">{ tr(lang, Msg::Status) }</th>
                        <th scope="col">{ tr(lang, Msg::EffectiveDate) }</th>
                    </tr></thead>
                    <tbody>
                        { for COUNTRIES.iter().map(|country| {
                            let status = status_of(outcome, country.code);
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
                <div>
                    <dt>{ tr(lang, Msg::StatesPartiesWorld) }</dt>
                    <dd class="figure" data-total="world">{ outcome.states_parties.map_or("—".to_string(), |n| format_number(lang, f64::from(n))) }</dd>
                </div>
                <div>
                    <dt>{ tr(lang, Msg::StatesPartiesRegion) }</dt>
                    <dd><span class="figure" data-total="region">{ format_number(lang, outcome.region_parties as f64) }</span>
                        { " " }<span class="hint">{ tr(lang, Msg::StatesPartiesRegionNote) }</span></dd>
                </div>
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
                        <br /><span class="hint">{ tr(lang, Msg::UnboundBorderNote) }</span></dd>
                </div>
            </dl>
            <StepChart {lang} scenario={props.scenario.clone()} date={outcome.date} from={props.from} to={props.to} />
            <h3>{ tr(lang, Msg::Article20Heading) }</h3>
            <blockquote class="article20"><p>{ i18n::article20_text(lang) }</p></blockquote>
            <ul class="rules">
                { for outcome.states.iter().map(|state| {
                    let withdrawal = props.scenario.assumption(state.code).and_then(|a| a.withdrawal);
                    html! { <li data-code={state.code}>{ i18n::rule_applied(lang, state, withdrawal.as_ref(), date) }</li> }
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StepChartProps {
    lang: Lang,
    scenario: Scenario,
    date: Date,
    from: Date,
    to: Date,
}

/// States Parties worldwide as a step line, with the day shown marked, and the same as a table.
#[component]
fn StepChart(props: &StepChartProps) -> Html {
    let lang = props.lang;
    let steps = props
        .scenario
        .states_parties_steps(&TREATY, COUNTRIES, props.from, props.to);
    let (Some(low), Some(high)) = (
        steps.iter().map(|s| s.1).min(),
        steps.iter().map(|s| s.1).max(),
    ) else {
        return html! {};
    };
    // The viewBox is 600 × 160 (written as a literal: formatting an f64 costs wasm bytes).
    let (width, left, top, bottom) = (600.0, 44.0, 10.0, 130.0);
    let (low, high) = (f64::from(low) - 1.0, f64::from(high) + 1.0);
    let day = |d: Date| d.days_since_epoch() as f64;
    let span = (day(props.to) - day(props.from)).max(1.0);
    let x = |d: Date| left + (day(d) - day(props.from)) / span * (width - left - 10.0);
    let y = |n: u16| bottom - (f64::from(n) - low) / (high - low) * (bottom - top);
    let mut path = String::new();
    for (i, &(since, count)) in steps.iter().enumerate() {
        if i == 0 {
            path += &format!("M{} {}", fmt(x(since)), fmt(y(count)));
        } else {
            path += &format!("H{}V{}", fmt(x(since)), fmt(y(count)));
        }
    }
    path += &format!("H{}", fmt(x(props.to)));
    let shown = props.date.max(props.from).min(props.to);
    let years = (props.from.year()..=props.to.year()).filter_map(|year| Date::new(year, 1, 1));
    html! {
        <figure class="step-chart">
            <svg viewBox="0 0 600 160" role="img" aria-label={tr(lang, Msg::StepChartLabel)}>
                { for years.filter(|d| *d >= props.from).map(|d| html! {
                    <g class="tick">
                        <line x1={fmt(x(d))} x2={fmt(x(d))} y1={fmt(top)} y2={fmt(bottom)} />
                        <text x={fmt(x(d))} y="150" text-anchor="middle">{ d.year() }</text>
                    </g>
                }) }
                { for [low + 1.0, high - 1.0].iter().map(|&n| html! {
                    <text class="axis" x={fmt(left - 6.0)} y={fmt(y(n as u16) + 4.0)} text-anchor="end">{ n as u16 }</text>
                }) }
                <path class="step-line" d={path} />
                <line class="shown-day" x1={fmt(x(shown))} x2={fmt(x(shown))} y1={fmt(top)} y2={fmt(bottom)} />
            </svg>
            <table class="step-table">
                <caption>{ tr(lang, Msg::StepChartTable) }</caption>
                <thead><tr><th scope="col">{ tr(lang, Msg::Since) }</th><th scope="col">{ tr(lang, Msg::Count) }</th></tr></thead>
                <tbody>
                    { for steps.iter().map(|&(since, count)| html! {
                        <tr><td><time datetime={since.to_string()}>{ format_date(lang, since) }</time></td><td>{ format_number(lang, f64::from(count)) }</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
