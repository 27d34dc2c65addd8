//! Yew function components, one folder per section. Views render from model values and
//! never apply a treaty rule themselves.

pub mod app;
pub mod class_list;
pub mod events;
pub mod fold;
pub mod forecast;
pub mod islands;
pub mod key_figures;
pub mod prerendered;
pub mod renders;
pub mod scenario;
pub mod settings;
pub mod share;
pub mod shared;
pub mod sources;
pub mod store;
pub mod svg;
pub mod timeline;
pub mod warm;
