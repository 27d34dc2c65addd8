//! Prints the events as the app's own JSON download (`cargo run --example events-json`), so
//! `cargo xtask bench` can give TimelineJS exactly the events the app shows.

fn main() {
    print!("{}", ottawa_explorer::exports::Dataset::Events.json());
}
