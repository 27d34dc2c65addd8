//! `cargo xtask test`: every check CI runs, in order from fastest to slowest, stopping at the
//! first failure. The last lines are the runners' own summaries.

use anyhow::{Context, Result};
use xshell::cmd;

use crate::setup::{self, Needs};
use crate::util::step;
use crate::{dist, serve};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn run() -> Result<()> {
    setup::run(Needs::Everything)?;
    let sh = setup::shell()?;
    step("cargo fmt --check", || {
        cmd!(sh, "cargo fmt --all -- --check")
            .run()
            .context("formatting differs: run `cargo fmt`")
    })?;
    step("cargo clippy (host)", || {
        cmd!(
            sh,
            "cargo clippy --workspace --all-targets --all-features --quiet -- -D warnings"
        )
        .run()
        .context("clippy (host)")
    })?;
    step("cargo clippy (wasm32)", || {
        cmd!(sh, "cargo clippy --package ottawa-explorer --target wasm32-unknown-unknown --all-targets --features hydration --quiet -- -D warnings")
            .run()
            .context("clippy (wasm32)")
    })?;
    step("native tests (cargo test)", || {
        cmd!(sh, "cargo test --workspace")
            .run()
            .context("native tests")
    })?;
    step(
        "browser tests (wasm-bindgen-test in headless Chromium)",
        || {
            cmd!(sh, "cargo test --package ottawa-explorer --target wasm32-unknown-unknown --test browser")
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .run()
            .context("browser tests")
        },
    )?;
    let dir = dist::run()?;
    let port = serve::spawn(std::fs::canonicalize(&dir)?)?;
    step(
        &format!("end-to-end tests (Playwright + axe) against dist/ on 127.0.0.1:{port}"),
        || {
            cmd!(sh, "npx --no-install playwright test")
                .env("BASE_URL", format!("http://127.0.0.1:{port}/"))
                .run()
                .context("end-to-end tests")
        },
    )
}
