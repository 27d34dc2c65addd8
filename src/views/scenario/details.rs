//! The selected state's details: status, key dates, and its borders with Russia and Belarus
//! with the figure used, its source, and the other figures published.

use yew::prelude::*;

use super::Standing;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::Scenario;
use crate::platform::{format_date, format_number};
use crate::views::events::source_links;
use crate::views::store::{self, use_slice};

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub lang: Lang,
    pub code: &'static str,
    pub scenario: Scenario,
    pub outcome: Standing,
}

#[component]
pub fn StateDetails(props: &DetailsProps) -> Html {
    let lang = props.lang;
    // The border figures' sources arrive with the events' own texts.
    let sources_here = *use_slice(|s| s.event_texts);
    use_effect_with(sources_here, |here| {
        if !here {
            store::want_event_texts();
        }
    });
    let Some(country) = crate::data::country(props.code) else {
        return html! {};
    };
    let status = props.outcome.status_of(country.code);
    let withdrawal = props
        .scenario
        .assumption(country.code)
        .and_then(|a| a.withdrawal);
    let effect = props
        .outcome
        .state(country.code)
        .and_then(|s| s.effect)
        .map(|(e, _)| e);
    let date = |d| format_date(lang, d);
    let km = |value: f64| i18n::kilometres(lang, &format_number(lang, value));
    html! {
        <section class="state-details" aria-labelledby="state-details-heading" aria-live="polite">
            <h3 id="state-details-heading">{ i18n::country_name(lang, country.code) }</h3>
            <p class="status-line">{ status.map(|s| i18n::status_name(lang, s.kind())).unwrap_or_default() }</p>
            <h4>{ tr(lang, Msg::KeyDates) }</h4>
            <dl class="key-dates">
                if let Some((_, joined)) = country.joined {
                    <div><dt>{ tr(lang, Msg::Joined) }</dt><dd>{ date(joined) }</dd></div>
                }
                // A member throughout the story has no date to show (its sources give none).
                if let Some(in_force) = country.in_force.filter(|d| *d != crate::model::Date::BEFORE_RECORDS) {
                    <div><dt>{ tr(lang, Msg::InForce) }</dt><dd>{ date(in_force) }</dd></div>
                }
                if let Some(w) = withdrawal {
                    <div><dt>{ tr(lang, Msg::Deposited) }</dt><dd>{ date(w.deposited) }</dd></div>
                    <div><dt>{ tr(lang, Msg::EffectiveDate) }</dt><dd>{ i18n::effect_text(lang, effect, date) }</dd></div>
                }
            </dl>
            if crate::data::HAS_BORDERS {
                <h4>{ tr(lang, Msg::BordersHeading) }</h4>
                if country.borders.is_empty() {
                    <p>{ tr(lang, Msg::NoBorderFigures) }</p>
                } else {
                    <ul class="borders">
                        { for country.borders.iter().map(|border| html! {
                            <li>
                                <strong>{ i18n::country_name(lang, border.neighbour) }{ ": " }{ km(border.km) }</strong>
                                { " (" }{ tr(lang, Msg::FigureUsed) }
                                if sources_here {
                                    { ", " }{ source_links(lang, std::slice::from_ref(&border.source)) }
                                }
                                { ")" }
                                if !border.alternatives.is_empty() {
                                    <ul class="alternatives" aria-label={tr(lang, Msg::OtherFigures)}>
                                        { for border.alternatives.iter().map(|alt| html! {
                                            <li>{ km(alt.km) }{ ": " }{ i18n::border_note(lang, alt) }{ " " }{ source_links(lang, alt.sources) }</li>
                                        }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ul>
                }
            }
        </section>
    }
}
