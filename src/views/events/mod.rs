//! The events as a list: the timeline's list view.

mod list;

pub use list::{Disagreements, EventList, EventListProps, SourceLinks};
