//! Code written by `cargo xtask` tasks and committed: do not edit by hand.

#[rustfmt::skip]
pub mod map;

#[rustfmt::skip]
pub mod formats;
