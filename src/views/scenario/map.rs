//! The region's map: each state filled by its status on the day shown, with a pattern and a
//! label as well as a colour, and (where the story's map.toml asks) an exclave's label and a
//! marked border (the Ottawa story's Kaliningrad and Suwałki Gap). The selected state's details are
//! drawn by `details.rs`.
//!
//! The outlines themselves are drawn once, at build time, beside the scenario's islands
//! (`outlines`, placed by `scenario_section`), and the map's states are `<use>`s of them: the app's wasm
//! holds no path data (the Ottawa story's map: ≈ 5.5 KB gzip), and a page without script draws
//! the same map.

use yew::prelude::*;

use super::{status_class, Standing};
use crate::generated::map::{self, SHAPES};
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::StatusKind;
use crate::views::prerendered::build_time_part;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub lang: Lang,
    /// Redrawn only when a status changes (see `use_standing`).
    pub outcome: Standing,
    pub active: Option<&'static str>,
    pub on_activate: Callback<&'static str>,
}

/// The patterns that carry the status without colour (see `styles/main.css` for the fills).
fn patterns() -> Html {
    html! {
        <defs>
            <pattern id="pattern-withdrawn" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="10" class="pattern-line" stroke-width="4" />
            </pattern>
            <pattern id="pattern-pending" width="12" height="12" patternUnits="userSpaceOnUse">
                <circle cx="6" cy="6" r="2.2" class="pattern-dot" />
            </pattern>
            <pattern id="pattern-suspension" width="12" height="12" patternUnits="userSpaceOnUse">
                <line x1="0" y1="6" x2="12" y2="6" class="pattern-line" stroke-width="2.5" />
            </pattern>
            if crate::data::HAS_ANNOUNCEMENTS {
                <pattern id="pattern-announced" width="12" height="12" patternUnits="userSpaceOnUse">
                    <line x1="6" y1="0" x2="6" y2="12" class="pattern-line" stroke-width="2.5" />
                </pattern>
            }
            <pattern id="pattern-not-party" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <line x1="0" y1="0" x2="0" y2="14" class="pattern-line" stroke-width="1.5" />
            </pattern>
        </defs>
    }
}

/// The outlines every map state's `<use>` points at, out of sight: the other land's, then each
/// named state's (`outline-LT`, …). Rendered by the prerenderer only.
pub fn outlines() -> Html {
    html! {
        <svg class="map-outlines" aria-hidden="true" focusable="false">
            <defs>
                <path id="outline-other" d={map::OTHER_LAND} />
                { for SHAPES.iter().zip(map::OUTLINES).map(|(shape, outline)| html! {
                    <path id={format!("outline-{}", shape.code)} d={outline} />
                }) }
            </defs>
        </svg>
    }
}

fn outline_href(code: &str) -> String {
    format!("#outline-{code}")
}

/// A swatch for the legend: the state's fill and pattern in a small square.
pub fn swatch(status: Option<StatusKind>) -> Html {
    let class = status.map_or("context", status_class);
    html! {
        <svg class="swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <rect class={format!("state-fill {class}")} x="1" y="1" width="22" height="22" />
            <rect class={format!("state-pattern {class}")} x="1" y="1" width="22" height="22" />
        </svg>
    }
}

#[component]
pub fn RegionMap(props: &MapProps) -> Html {
    crate::views::renders::count("map");
    let lang = props.lang;
    let outcome = &props.outcome;
    let view_box = format!("0 0 {} {}", map::WIDTH, map::HEIGHT);
    html! {
        <svg class="region-map" viewBox={view_box} role="group" aria-labelledby="map-title">
            <title id="map-title">{ tr(lang, Msg::MapLabel) }</title>
            // What never changes once the page is built (`build_time_part`) is taken from the
            // page: the patterns, the sea, the land of no state named, and the notes.
            { build_time_part("map-ground", ground) }
            { for SHAPES.iter().map(|shape| {
                let name = i18n::country_name(lang, shape.code);
                match outcome.status_of(shape.code) {
                    Some(status) => {
                        let class = status_class(status.kind());
                        let label = format!("{name}: {}", i18n::status_name(lang, status.kind()));
                        let code = shape.code;
                        let activate = props.on_activate.reform(move |_| code);
                        let on_key = {
                            let on_activate = props.on_activate.clone();
                            Callback::from(move |e: KeyboardEvent| {
                                if e.key() == "Enter" || e.key() == " " {
                                    e.prevent_default();
                                    on_activate.emit(code);
                                }
                            })
                        };
                        let pressed = if props.active == Some(code) { "true" } else { "false" };
                        html! {
                            <g class={if props.active == Some(code) { "map-state active" } else { "map-state" }}
                               role="button" tabindex="0" aria-label={label} aria-pressed={pressed}
                               data-code={code} data-status={class}
                               onclick={activate.clone()} onfocus={props.on_activate.reform(move |_: FocusEvent| code)}
                               onmouseenter={activate} onkeydown={on_key}>
                                <@{"use"} class={format!("state-fill {class}")} href={outline_href(code)} />
                                <@{"use"} class={format!("state-pattern {class}")} href={outline_href(code)} />
                            </g>
                        }
                    }
                    None => html! {
                        <@{"use"} class="state-fill context" href={outline_href(shape.code)} aria-hidden="true" />
                    },
                }
            }) }
            <g class="map-labels" aria-hidden="true">
                // A state cut by the frame (Germany) has its label at the edge: leave it out.
                { for SHAPES.iter().filter_map(|shape| Some((shape, shape.label?))).filter(|(_, (x, _))| (60..i32::from(map::WIDTH) - 60).contains(&i32::from(*x))).map(|(shape, (x, y))| {
                    let status = outcome.status_of(shape.code);
                    html! {
                        <text x={x.to_string()} y={y.to_string()} text-anchor="middle">
                            <tspan class="map-name">{ i18n::country_name(lang, shape.code) }</tspan>
                            if let Some(status) = status {
                                <tspan class="map-status" x={x.to_string()} dy="20">{ i18n::status_name(lang, status.kind()) }</tspan>
                            }
                        </text>
                    }
                }) }
                { build_time_part("map-exclave", || exclave_label(lang)) }
            </g>
            { build_time_part("map-border", || marked_border(lang)) }
        </svg>
    }
}

/// The patterns, the sea and the land of the states the map does not name.
fn ground() -> Html {
    html! {
        <>
            { patterns() }
            <rect class="sea" x="0" y="0" width={map::WIDTH.to_string()} height={map::HEIGHT.to_string()} />
            <@{"use"} class="state-fill context" href="#outline-other" aria-hidden="true" />
        </>
    }
}

/// The exclave's name, where the story's map has one (Kaliningrad).
fn exclave_label(lang: Lang) -> Html {
    let Some((kx, ky)) = map::EXCLAVE_LABEL else {
        return Html::default();
    };
    html! {
        <text class="map-note" x={(kx - 30).to_string()} y={(ky + 5).to_string()} text-anchor="end">{ tr(lang, Msg::Kaliningrad) }</text>
    }
}

/// The marked border with its name, where the story's map has one (the Suwałki Gap).
fn marked_border(lang: Lang) -> Html {
    let Some((border, (gap_x, gap_y))) = map::HIGHLIGHT_BORDER else {
        return Html::default();
    };
    html! {
        <g class="suwalki">
            <path class="suwalki-line" d={border} />
            <line class="suwalki-leader" x1={gap_x.to_string()} y1={gap_y.to_string()} x2={(gap_x - 8).to_string()} y2={(gap_y + 26).to_string()} />
            <text x={(gap_x - 8).to_string()} y={(gap_y + 42).to_string()} text-anchor="end">{ tr(lang, Msg::SuwalkiGap) }</text>
        </g>
    }
}
