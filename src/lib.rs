//! ottawa-explorer: an interactive explainer of the 2025 withdrawals from the Ottawa Convention.
//!
//! Code map (see ARCHITECTURE.md for the invariants):
//! - [`model`]: dates, Article 20, statuses, scenarios, the time scale and the timeline layout.
//!   Pure Rust, tested natively.
//! - [`data`]: the facts, compiled from `data/STORY/*.toml` by `build.rs` into statics; [`exports`]:
//!   the same as downloadable CSV and JSON.
//! - [`state`]: the reader's view state, its actions, and its URL form. Plain Rust.
//! - [`i18n`]: every string a reader sees.
//! - [`views`]: Yew function components. They render natively too (for prerendering), so they
//!   touch browser APIs only through [`platform`], in effects and event handlers.
//! - [`platform`]: the browser glue (`Intl`, the URL bar, listeners), with a native fallback for
//!   each function.
//!
//! The browser entry point is `src/main.rs`.

pub mod data;
pub mod exports;
pub mod generated;
pub mod i18n;
/// The pure model (its own crate, `model/`), under the name the app has always used.
pub use ottawa_model as model;
pub mod platform;
pub mod state;
pub mod views;

pub use views::app::App;
