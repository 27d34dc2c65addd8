//! The product's data, compiled from `data/STORY/*.toml` by `build.rs`: `SOURCES`, `TREATY`,
//! `COUNTRIES`, `EVENTS`, `YARDSTICK`, `HORIZONS`, `FORECASTS` and `SCENARIOS`.
//!
//! To change a fact, edit the TOML file; the build checks it and regenerates these statics.

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/data.rs"));

/// The source with this id. Every id the data cites exists (the build checks it).
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|country| country.code == code)
}
