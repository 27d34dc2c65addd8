//! The product's data, compiled from `data/STORY/*.toml` by `build.rs`: `SOURCES`, `TREATY`
//! (with `TREATY_RULE_TEXT`), `COUNTRIES`, `EVENTS` (with `EVENT_TITLES` and `EVENT_SOURCES`),
//! `YARDSTICK`, `HORIZONS`, `FORECASTS` and `SCENARIOS`.
//!
//! To change a fact, edit the TOML file; the build checks it and regenerates these statics.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/data.rs"));

/// An event's title in English (`i18n::event_title` gives it in the reader's language).
pub fn english_title(event: &Event) -> &'static str {
    EVENT_TITLES[usize::from(event.index)]
}

/// The ids of an event's sources.
pub fn event_sources(event: &Event) -> &'static [&'static str] {
    EVENT_SOURCES[usize::from(event.index)]
}

/// The source with this id. Every id the data cites exists (the build checks it).
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|country| country.code == code)
}
