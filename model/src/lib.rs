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

/// Sorts a short list in place: an insertion sort. The model's days of change and the
/// slider's few names are all it sorts in the browser, and the standard library's sort would
/// put a copy of its quicksort (2 KB of wasm) into the app for each type it sorts.
pub fn sort_small<T: PartialOrd>(items: &mut [T]) {
    for unsorted in 1..items.len() {
        let mut at = unsorted;
        while at > 0 && items[at - 1] > items[at] {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}
