//! The forecast section: each of the article's forecasts with its probability word drawn on
//! the yardstick it comes from, how it turned out with the evidence, and a scorecard. Written
//! at build time only; its buttons are islands.

use yew::prelude::*;

use crate::data::{EVENTS, FORECASTS, HORIZONS, YARDSTICK};
use crate::i18n::{self, fill, page_tr, tr, Lang, Msg, PageMsg};
use crate::model::forecast::calibration;
use crate::model::{Band, Forecast, Resolution};
use crate::platform::{format_date, format_number, format_share, format_thousandths};
use crate::state::Section;
use crate::views::events::source_links;
use crate::views::share::{chart_downloads, share_controls};
use crate::views::svg::fmt;

#[derive(Properties, PartialEq)]
pub struct ForecastProps {
    pub lang: Lang,
}

fn band(id: &str) -> Option<&'static Band> {
    YARDSTICK.bands.iter().find(|b| b.id == id)
}

fn range_text(lang: Lang, band: &Band) -> String {
    format!(
        "{}–{}",
        format_number(lang, f64::from(band.min_percent)),
        format_share(lang, f64::from(band.max_percent) / 100.0)
    )
}

#[component]
pub fn ForecastSection(props: &ForecastProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="forecast" aria-labelledby="forecast-heading">
            <h2 id="forecast-heading">{ page_tr(lang, PageMsg::ForecastHeading) }</h2>
            { share_controls(lang, Section::Forecast) }
            <Yardstick {lang} />
            // The score first, then the cards it counts.
            <Scorecard {lang} />
            <ol class="forecast-list">
                { for FORECASTS.iter().map(|forecast| html! { <li><ForecastCard {lang} {forecast} /></li> }) }
            </ol>
        </section>
    }
}

/// The seven words as segments of one 0–100 % scale, with a table of the same.
#[component]
fn Yardstick(props: &ForecastProps) -> Html {
    let lang = props.lang;
    html! {
        // Folded: each card writes its own word's range; the whole scale is there on demand.
        <details class="yardstick-fold">
        <summary>{ page_tr(lang, PageMsg::YardstickTable) }</summary>
        <p class="how-to-read">{ page_tr(lang, PageMsg::ForecastHowToRead) }</p>
        <figure class="yardstick">
            // One row per word: its name and range written out (readable at any width), its
            // segment of the 0–100 % scale drawn under them.
            <svg class="yardstick-chart" viewBox={format!("0 0 400 {}", YARDSTICK.bands.len() * 34)} role="img" aria-label={page_tr(lang, PageMsg::YardstickLabel)}>
                { for YARDSTICK.bands.iter().enumerate().map(|(i, band)| {
                    let top = i as f64 * 34.0;
                    let x = f64::from(band.min_percent) * 4.0;
                    let w = (f64::from(band.max_percent - band.min_percent) * 4.0).max(4.0);
                    html! {
                        <g class={format!("band band-{i}")}>
                            <text class="band-label" x="0" y={fmt(top + 13.0)}>{ i18n::band_label(lang, band) }</text>
                            <text class="band-range" x="400" y={fmt(top + 13.0)} text-anchor="end">{ range_text(lang, band) }</text>
                            <rect class="band-track" x="0" y={fmt(top + 19.0)} width="400" height="6" />
                            <rect x={fmt(x)} y={fmt(top + 17.0)} width={fmt(w)} height="10" />
                        </g>
                    }
                }) }
            </svg>
            <details class="figures-table">
            <summary>{ tr(lang, Msg::ShowTable) }</summary>
            <table class="yardstick-table">
                <caption>{ page_tr(lang, PageMsg::YardstickTable) }</caption>
                <tbody>
                    { for YARDSTICK.bands.iter().map(|band| html! { <tr><th scope="row">{ i18n::band_label(lang, band) }</th><td>{ range_text(lang, band) }</td></tr> }) }
                </tbody>
            </table>
            </details>
            // Written at build time: the buttons need no app (`chart_downloads`).
            { chart_downloads(lang, ".yardstick-chart", "yardstick") }
            <figcaption>{ i18n::yardstick_name(lang) }{ ". " }{ i18n::yardstick_note(lang) }{ " " }{ source_links(lang, YARDSTICK.sources) }</figcaption>
        </figure>
        </details>
    }
}

#[derive(Properties)]
struct CardProps {
    lang: Lang,
    forecast: &'static Forecast,
}

impl PartialEq for CardProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && std::ptr::eq(self.forecast, other.forecast)
    }
}

#[component]
fn ForecastCard(props: &CardProps) -> Html {
    let (lang, f) = (props.lang, props.forecast);
    let word = band(f.band);
    let horizon = f
        .horizon
        .and_then(|id| HORIZONS.iter().find(|h| h.id == id))
        .map_or(page_tr(lang, PageMsg::HorizonUnknown), |h| {
            i18n::horizon_label(lang, h)
        });
    let [statement, note, outcome_note] = i18n::forecast_texts(lang, f);
    // A card of the scorecard grid: the verdict, the words and the probability in view; how it
    // turned out, when it was made and the evidence behind one disclosure.
    html! {
        <article class="forecast-card" id={format!("forecast-{}", f.id)}>
            // The verdict and the word on one line, above the forecast's own words.
            <p class="forecast-head">
                if let Some(outcome) = f.outcome {
                    <span class={format!("verdict verdict-{}", outcome.id())}><strong class="outcome">{ i18n::resolution(lang, outcome) }</strong></span>
                }
                if let Some(word) = word {
                    <span class="forecast-word"><strong>{ i18n::band_label(lang, word) }</strong>{ ": " }{ range_text(lang, word) }</span>
                }
            </p>
            <blockquote><p>{ statement }</p></blockquote>
            if let Some(word) = word {
                <svg class="forecast-range" viewBox="0 0 600 14" aria-hidden="true" focusable="false">
                    <rect class="range-track" x="0" y="4" width="600" height="6" />
                    <rect class="range-band" x={fmt(f64::from(word.min_percent) * 6.0)} y="0"
                        width={fmt((f64::from(word.max_percent - word.min_percent) * 6.0).max(6.0))} height="14" />
                </svg>
            }
            <details class="forecast-more">
                <summary>{ page_tr(lang, PageMsg::Outcome) }</summary>
                if f.outcome.is_some() && !outcome_note.is_empty() { <p>{ outcome_note }</p> }
                <dl class="forecast-facts">
                    <dt>{ page_tr(lang, PageMsg::MadeOn) }</dt><dd><time datetime={f.made_on.to_string()}>{ format_date(lang, f.made_on) }</time></dd>
                    <dt>{ page_tr(lang, PageMsg::Horizon) }</dt><dd>{ horizon }</dd>
                    if !f.evidence.is_empty() {
                        <dt>{ page_tr(lang, PageMsg::Evidence) }</dt>
                        <dd><ul class="evidence">
                            { for f.evidence.iter().filter_map(|id| EVENTS.iter().find(|e| e.id == *id)).map(|e| html! {
                                <li><a href={format!("#v=1&ev={}", e.id)}>{ format_date(lang, e.date) }{ ": " }{ i18n::event_title(lang, e) }</a></li>
                            }) }
                        </ul></dd>
                    }
                </dl>
                if !note.is_empty() { <p class="forecast-note">{ note }</p> }
            </details>
        </article>
    }
}

#[component]
fn Scorecard(props: &ForecastProps) -> Html {
    let lang = props.lang;
    let c = calibration(FORECASTS, YARDSTICK.bands);
    let whole = |n: usize| format_number(lang, n as f64);
    let percent = |share: Option<f64>| share.map_or_else(|| "–".into(), |s| format_share(lang, s));
    let counted = fill(
        page_tr(lang, PageMsg::ScorecardCounted),
        &[
            ("resolved", &whole(c.resolved)),
            ("total", &whole(FORECASTS.len())),
            ("partly", &whole(c.partly)),
            ("too_early", &whole(c.too_early)),
            ("decided", &whole(c.decided)),
        ],
    );
    let columns = [
        page_tr(lang, PageMsg::Happened),
        i18n::resolution(lang, Resolution::Partly),
        i18n::resolution(lang, Resolution::DidNotHappen),
        i18n::resolution(lang, Resolution::TooEarly),
        page_tr(lang, PageMsg::HitRate),
    ];
    html! {
        <section class="scorecard" aria-labelledby="scorecard-heading">
            <h3 id="scorecard-heading">{ page_tr(lang, PageMsg::CalibrationHeading) }</h3>
            if c.resolved == 0 {
                <p>{ page_tr(lang, PageMsg::CalibrationExplained) }</p>
                <p>{ page_tr(lang, PageMsg::NothingResolved) }</p>
            } else {
                <p class="scores">
                    { page_tr(lang, PageMsg::HitRate) }{ ": " }<strong data-score="hit-rate">{ percent(c.hit_rate) }</strong>
                    { " · " }{ page_tr(lang, PageMsg::BrierScore) }{ ": " }<strong data-score="brier">{ c.brier.map_or_else(|| "–".into(), |b| format_thousandths(lang, b)) }</strong>
                </p>
                <p class="scoring-rule">{ counted }</p>
                // The scores first; how they are computed and the table by word on demand.
                <details class="figures-table">
                <summary>{ tr(lang, Msg::ShowTable) }</summary>
                <p>{ page_tr(lang, PageMsg::CalibrationExplained) }</p>
                <table class="scorecard-table stack-table">
                    <caption>{ page_tr(lang, PageMsg::ScorecardTable) }</caption>
                    <thead><tr>
                        <th scope="col">{ page_tr(lang, PageMsg::Word) }</th>
                        { for columns.iter().map(|name| html! { <th scope="col">{ *name }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for c.rows.iter().map(|row| {
                            let cells = [whole(row.happened), whole(row.partly), whole(row.did_not_happen), whole(row.too_early), percent(row.hit_rate)];
                            html! {
                                <tr data-band={row.band}>
                                    <th scope="row">{ band(row.band).map_or(row.band, |b| i18n::band_label(lang, b)) }</th>
                                    // On phones each cell shows its column's name above it (`.stack-table`, styles/main.css).
                                    { for cells.into_iter().zip(columns).map(|(cell, name)| html! { <td data-label={name}>{ cell }</td> }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                </details>
            }
        </section>
    }
}
