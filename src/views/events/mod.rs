//! The events section. Today: the accessible chronological list, which becomes the timeline's
//! list view.

mod list;

pub use list::EventList;
