//! The pure model: dates, the treaty's rules, statuses and scenarios.
//!
//! Architecture invariant: nothing under `src/model/` knows about Yew, web-sys or the browser.
//! It is compiled natively for `cargo test` and shared (in part) with the build script, so it
//! must not depend on any crate. `tests/native/tidy.rs` enforces this.

pub mod article20;
pub mod date;
pub mod export;
pub mod forecast;
pub mod record;
pub mod scenario;
pub mod status;
pub mod timeline;
pub mod timescale;

pub use article20::{withdrawal_effect, ArmedConflict, Effect, RuleApplied};
pub use date::Date;
pub use record::*;
pub use scenario::{Assumption, Outcome, Scenario, StateOutcome};
pub use status::{status_on, Status};
