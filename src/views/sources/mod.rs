//! The sources-and-method section: how confident the data is and why, the corrections box with
//! the global casualty figures (chart and table), the downloads, and every source once with
//! what it supports (`list.rs`). Written at build time only; its share buttons are an island.

mod citations;
mod list;

use yew::prelude::*;

use crate::data::{CASUALTIES, CORRECTIONS};
use crate::exports::Dataset;
use crate::i18n::{self, page_tr, tr, Lang, Msg, PageMsg};
use crate::platform::{format_number, format_share};
use crate::state::Section;
use crate::views::events::source_links;
use crate::views::share::share_controls;
use crate::views::svg::fmt;

pub use citations::{citations, Citation};
pub use list::{FoldedSourceList, SourceIndex, SourceListProps, SourcesPage};

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The language the page is drawn in.
    pub lang: Lang,
    /// Whether every source is listed here (a section's page for embedding) or on its own
    /// page, linked from here (an edition).
    #[prop_or_default]
    pub list_here: bool,
}

#[component]
pub fn SourcesSection(props: &SourcesProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ page_tr(lang, PageMsg::SourcesHeading) }</h2>
            { share_controls(lang, Section::Sources) }
            <details class="method">
                <summary>{ page_tr(lang, PageMsg::MethodHeading) }</summary>
                <p>{ page_tr(lang, PageMsg::MethodConfidence) }</p>
                <p>{ page_tr(lang, PageMsg::MethodSources) }</p>
            </details>
            <Corrections {lang} />
            <Downloads {lang} />
            <h3 id="all-sources">{ page_tr(lang, PageMsg::AllSources) }</h3>
            if props.list_here {
                <FoldedSourceList {lang} />
            } else {
                <SourceIndex {lang} />
            }
        </section>
    }
}

#[component]
fn Corrections(props: &SourcesProps) -> Html {
    let lang = props.lang;
    // A story may have neither (`casualties.toml` is optional).
    if CORRECTIONS.is_empty() && CASUALTIES.is_empty() {
        return Html::default();
    }
    html! {
        <section class="corrections" aria-labelledby={(!CORRECTIONS.is_empty()).then_some("corrections-heading")}>
            if !CORRECTIONS.is_empty() {
                <h3 id="corrections-heading">{ page_tr(lang, PageMsg::CorrectionsHeading) }</h3>
            }
            { for CORRECTIONS.iter().map(|c| {
                let [claim, finding] = i18n::correction_texts(lang, c);
                html! {
                <div class="correction" id={format!("correction-{}", c.id)}>
                    <p><strong>{ page_tr(lang, PageMsg::TheClaim) }{ ": " }</strong>{ "“" }{ claim }{ "”" }</p>
                    // The claim in view, the sources' answer one tap away.
                    <details class="finding">
                        <summary>{ page_tr(lang, PageMsg::WhatSourcesSay) }</summary>
                        <p>{ finding }{ " " }{ source_links(lang, c.sources) }</p>
                    </details>
                </div>
                }
            }) }
            if !CASUALTIES.is_empty() {
                <CasualtyChart {lang} />
            }
        </section>
    }
}

/// Bars for each year's total, the civilian share drawn inside each bar; the table says the same.
#[component]
fn CasualtyChart(props: &SourcesProps) -> Html {
    let lang = props.lang;
    let max = CASUALTIES.iter().map(|y| y.total).max().unwrap_or(1) as f64;
    let bar = |i: usize| 60.0 + i as f64 * 110.0;
    html! {
        // Folded under its title: the figures behind the second correction, there on demand.
        <details class="casualties-fold">
        <summary>{ page_tr(lang, PageMsg::CasualtiesHeading) }</summary>
        <figure class="casualties">
            <svg viewBox={format!("0 0 {} 200", 60 + CASUALTIES.len() * 110)} role="img" aria-label={page_tr(lang, PageMsg::CasualtiesChart)}>
                { for CASUALTIES.iter().enumerate().map(|(i, y)| {
                    let h = f64::from(y.total) / max * 140.0;
                    let civilian = y.civilian_percent.map(|p| h * f64::from(p) / 100.0);
                    html! {
                        <g class="casualty-bar">
                            <rect class="bar-total" x={fmt(bar(i))} y={fmt(170.0 - h)} width="70" height={fmt(h)} />
                            if let Some(c) = civilian {
                                <rect class="bar-civilian" x={fmt(bar(i))} y={fmt(170.0 - c)} width="70" height={fmt(c)} />
                            }
                            <text x={fmt(bar(i) + 35.0)} y={fmt(164.0 - h)} text-anchor="middle">{ format_number(lang, f64::from(y.total)) }</text>
                            <text x={fmt(bar(i) + 35.0)} y="188" text-anchor="middle">{ y.year.to_string() }</text>
                        </g>
                    }
                }) }
            </svg>
            <details class="figures-table">
            <summary>{ tr(lang, Msg::ShowTable) }</summary>
            // On phones each cell shows its column's name above it (`.stack-table`, styles/main.css).
            <table class="stack-table">
                <thead><tr>
                    <th scope="col">{ page_tr(lang, PageMsg::Year) }</th><th scope="col">{ page_tr(lang, PageMsg::Total) }</th>
                    <th scope="col">{ page_tr(lang, PageMsg::Killed) }</th><th scope="col">{ page_tr(lang, PageMsg::Injured) }</th>
                    <th scope="col">{ page_tr(lang, PageMsg::CivilianShare) }</th><th scope="col">{ page_tr(lang, PageMsg::Report) }</th>
                </tr></thead>
                <tbody>
                    { for CASUALTIES.iter().map(|y| html! {
                        <tr>
                            <th scope="row">{ y.year }</th>
                            <td data-label={page_tr(lang, PageMsg::Total)}>{ format_number(lang, f64::from(y.total)) }</td>
                            <td data-label={page_tr(lang, PageMsg::Killed)}>{ y.killed.map(|n| format_number(lang, f64::from(n))).unwrap_or_default() }</td>
                            <td data-label={page_tr(lang, PageMsg::Injured)}>{ y.injured.map(|n| format_number(lang, f64::from(n))).unwrap_or_default() }</td>
                            <td data-label={page_tr(lang, PageMsg::CivilianShare)}>{ y.civilian_percent.map(|p| format_share(lang, f64::from(p) / 100.0)).unwrap_or_default() }</td>
                            <td class="wide" data-label={page_tr(lang, PageMsg::Report)}>{ y.report }{ if y.note.is_empty() { String::new() } else { format!(". {}", i18n::casualty_note(lang, y)) } }{ " " }{ source_links(lang, y.sources) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </details>
        </figure>
        </details>
    }
}

fn dataset_name(dataset: Dataset) -> PageMsg {
    match dataset {
        Dataset::Events => PageMsg::DatasetEvents,
        Dataset::Countries => PageMsg::DatasetCountries,
        Dataset::Forecasts => PageMsg::DatasetForecasts,
    }
}

/// The data files, as links: the build writes them beside the pages (`prerender`), so they
/// download without the app, and without JavaScript.
#[component]
fn Downloads(props: &SourcesProps) -> Html {
    let lang = props.lang;
    let button = |dataset: Dataset, extension: &'static str| {
        let file = dataset.file_name(extension);
        let mime = match extension {
            "csv" => "text/csv",
            _ => "application/json",
        };
        html! { <a class="button" href={file.clone()} download={file} type={mime}>{ i18n::fill(page_tr(lang, PageMsg::DownloadButton), &[("dataset", page_tr(lang, dataset_name(dataset))), ("format", &extension.to_uppercase())]) }</a> }
    };
    html! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h3 id="downloads-heading">{ page_tr(lang, PageMsg::DownloadsHeading) }</h3>
            <p>{ page_tr(lang, PageMsg::DownloadsNote) }</p>
            <div class="download-buttons">
                { for Dataset::in_story().map(|d| html! { <>{ button(d, "csv") }{ button(d, "json") }</> }) }
            </div>
        </section>
    }
}
