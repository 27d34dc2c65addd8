//! The reader's view state: one value, changed only by [`view::apply`], written to and read
//! from the URL by [`url`]. Plain Rust: the store components subscribe to is `src/views/store.rs`.

pub mod scenario;
pub mod url;
pub mod view;

pub use scenario::ScenarioView;
pub use view::{apply, Action, Notice, PlayStep, Section, Theme, ViewState};
