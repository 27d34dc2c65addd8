//! The pure model: dates, the treaty's rules, statuses and scenarios.
//!
//! Architecture invariant: the model knows nothing of Yew, web-sys or the browser. It is a crate
//! with no dependencies (Cargo enforces it), used by the build script and the data compiler,
//! xtask, the native tests and the app (as `crate::model`).

pub mod country;
pub mod date;
pub mod export;
pub mod forecast;
pub mod record;
pub mod scenario;
pub mod status;
pub mod story;
pub mod timeline;
pub mod timescale;
pub mod withdrawal;

pub use country::*;
pub use date::Date;
pub use record::*;
pub use scenario::{Assumption, Outcome, Scenario, StateOutcome};
pub use status::{status_on, Status, StatusKind};
pub use withdrawal::{
    withdrawal_effect, ArmedConflict, Effect, RuleApplied, RuleWords, WithdrawalRule,
};
