//! Native tests: the data compiler against malformed files, the treaty model against the real
//! data and against generated cases, and the repository's own rules (tidy).
//!
//! One test binary for the whole level (see Cargo.toml, `autotests = false`).
#![cfg(not(target_arch = "wasm32"))]

// The data compiler is not part of the app; like build.rs, include it by path. Its
// `crate::date` and `crate::withdrawal` are the model crate's own.
#[allow(dead_code)]
#[path = "../../src/datagen/mod.rs"]
mod datagen;
use ottawa_model::{date, withdrawal};

mod contrast;
mod data_errors;
mod exports;
mod membership;
mod model_rules;
mod redraws;
mod scenarios;
mod share_links;
mod tidy;
mod timeline;
mod translations;
mod vertical;
