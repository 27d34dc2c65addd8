//! `cargo xtask`: every workflow of the project in one program.
//!
//! Each task lives in its own module as a `run` function. Tasks install what they need first
//! (`setup.rs`), so a newcomer only ever runs `cargo xtask serve` and `cargo xtask test`.

mod bench;
mod budget;
mod codegen_formats;
mod codegen_map;
// The app's own civil dates (the dependency-free model crate), for the synthetic data.
use ottawa_model::date;
mod dist;
mod offline;
mod patched_yew;
mod section_apps;
mod section_styles;
mod serve;
mod setup;
mod short_names;
mod test;
mod util;

use std::process::ExitCode;

use date::Date;

const HELP: &str = "\
cargo xtask <TASK> [OPTIONS]

Tasks:
  setup         Install what is missing: the wasm32 target, trunk, the wasm-bindgen CLI,
                wasm-opt and the test tools (npm packages, Debian's chromium + chromedriver)
  dist          Set up the build tools and build the release app into dist/: prerendered
                page, service worker, and the one-file editions (ottawa-explorer-one-file*.html)
  serve         Build dist/ and serve it on http://127.0.0.1:8080 (--port N to change)
  test          Set up, then: cargo fmt --check, clippy (host and wasm32), native tests,
                browser tests (headless Chromium), end-to-end tests against dist/
  budget        Check dist/ (as `dist` built it) against the size budget in tests/budget.toml,
                as `test` does after its build
  bench         The app side by side with the script-free page and TimelineJS (transfer,
                load, memory, Lighthouse), and its interaction steps (keys, wheel, drag,
                slider) at 100, 1,000 and 10,000 synthetic events, in headless Chromium
                with 4x CPU throttling; writes target/bench/report.json
  codegen-map   Regenerate each story's map shapes (data/STORY/map-shapes.rs) from its
                map.toml and Natural Earth (npm world-atlas); --check only compares
  codegen-formats
                Regenerate how each language writes dates, numbers and lists
                (src/generated/formats.rs) from Node's Intl; --check only compares
  help          Show this text

Options:
  --story NAME  dist, serve, bench: the story to build, a folder of data/ (default: ottawa)
  --port N      serve: the port to listen on (default 8080)
  --interaction bench: only the interaction steps (target/bench/interaction.json)
";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(err) = util::cd_to_project_root() {
        eprintln!("error: {err:#}");
        return ExitCode::FAILURE;
    }
    // Every task builds or checks the app, which is built with the patched yew: its source
    // comes first (a no-op once it is in place).
    if !matches!(
        args.first().map(String::as_str),
        None | Some("help" | "--help" | "-h")
    ) {
        if let Err(err) = xshell::Shell::new()
            .map_err(anyhow::Error::from)
            .and_then(|sh| patched_yew::prepare(&sh))
        {
            eprintln!("error: {err:#}");
            return ExitCode::FAILURE;
        }
    }
    if matches!(
        args.first().map(String::as_str),
        Some("dist" | "serve" | "bench")
    ) {
        if let Err(err) = util::take_story_flag(&mut args) {
            eprintln!("error: {err:#}");
            return ExitCode::FAILURE;
        }
    }
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(setup::Needs::Everything),
        Some("dist") => dist::run(dist::Purpose::Deploy).map(|_| ()),
        Some("serve") => match util::port_flag(&args[1..]) {
            Ok(port) => serve::run(port),
            Err(err) => Err(err),
        },
        Some("test") => test::run(),
        Some("budget") => budget::check(std::path::Path::new("dist")),
        Some("bench") => bench::run(args[1..].iter().any(|a| a == "--interaction")),
        Some("codegen-formats") => codegen_formats::run(args[1..].iter().any(|a| a == "--check")),
        Some("codegen-map") => codegen_map::run(args[1..].iter().any(|a| a == "--check")),
        None | Some("help" | "--help" | "-h") => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => {
            eprint!("error: unknown task {other:?}\n\n{HELP}");
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("\nerror: {err:#}");
            ExitCode::FAILURE
        }
    }
}
