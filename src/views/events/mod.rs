//! The events as a list: the timeline's list view, and the one-line index the page holds for
//! readers without JavaScript.

mod index;
mod list;

pub use index::{titles_in_index, EventIndex, EventIndexProps};
pub use list::{disagreements, source_links, EventList, EventListProps};
