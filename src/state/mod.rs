//! The reader's view state: one value, changed only by [`view::apply`], written to and read
//! from the URL by [`url`]. Plain Rust: the store components subscribe to is `src/views/store.rs`.

pub mod scenario;
pub mod url;
pub mod view;

pub use scenario::ScenarioView;
pub use view::{apply, Action, Notice, PlayStep, Section, Theme, ViewState};

impl view::Section {
    /// Whether this story has the section: one without forecasts (`data::HAS_FORECASTS`) has
    /// no forecast section, no page of it for embedding, and no link to it.
    pub fn is_in_story(self) -> bool {
        self != view::Section::Forecast || crate::data::HAS_FORECASTS
    }

    /// The sections this story has, in the page's order.
    pub fn in_story() -> impl Iterator<Item = view::Section> {
        view::Section::ALL.into_iter().filter(|s| s.is_in_story())
    }
}
