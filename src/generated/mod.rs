//! Code written by `cargo xtask` tasks and committed: do not edit by hand.

/// The story's map shapes: `data/STORY/map-shapes.rs`, written by `cargo xtask codegen-map`
/// from the story's `map.toml` and copied here by the build script.
#[rustfmt::skip]
pub mod map {
    include!(concat!(env!("OUT_DIR"), "/map.rs"));
}

#[rustfmt::skip]
pub mod formats;
