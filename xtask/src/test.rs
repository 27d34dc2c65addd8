//! `cargo xtask test`: every check CI runs, in order from fastest to slowest, stopping at the
//! first failure. The last lines are the runners' own summaries.

use std::path::Path;

use anyhow::{Context, Result};
use xshell::cmd;

use crate::setup::{self, Needs};
use crate::util::step;
use crate::{budget, codegen_formats, codegen_map, dist, serve};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn run() -> Result<()> {
    setup::run(Needs::Everything)?;
    let sh = setup::shell()?;
    step(
        "the committed map matches its source (codegen-map --check)",
        || codegen_map::run(true),
    )?;
    step(
        "the committed date and number tables match Intl (codegen-formats --check)",
        || codegen_formats::run(true),
    )?;
    step("cargo fmt --check", || {
        cmd!(sh, "cargo fmt --all -- --check")
            .run()
            .context("formatting differs: run `cargo fmt`")
    })?;
    step("cargo clippy (host, all features)", || {
        cmd!(
            sh,
            "cargo clippy --workspace --all-targets --all-features --quiet -- -D warnings"
        )
        .run()
        .context("clippy (host)")
    })?;
    step("cargo clippy (wasm32, hydration)", || {
        cmd!(
            sh,
            "cargo clippy --package ottawa-explorer --target wasm32-unknown-unknown --all-targets --features hydration --quiet -- -D warnings"
        )
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
            cmd!(sh, "cargo test --package ottawa-explorer --target wasm32-unknown-unknown --test browser --features render-count")
            .env("CHROMEDRIVER", CHROMEDRIVER)
            // The browser's zone and language are pinned, as the end-to-end tests pin theirs.
            .env("TZ", "UTC")
            .env("LANG", "en_US.UTF-8")
            .env("LANGUAGE", "en_US")
            .run()
            .context("browser tests")
        },
    )?;

    let dir = dist::run(dist::Purpose::Deploy)?;
    step("size budget (first load, gzip -9)", || budget::check(&dir))?;
    let target = std::fs::canonicalize("target")?;
    let port = serve::spawn(std::fs::canonicalize(&dir)?)?;
    // The same files under /some/sub/path/ of another server, as a newsroom might host them.
    let subpath_root = target.join("subpath-root");
    copy_flat_dir(&dir, &subpath_root.join("some/sub/path"))?;
    let subpath_port = serve::spawn(subpath_root)?;
    // Host pages on another origin that embed the app, with Pym.js's parent or our embed.js.
    let hosts = target.join("embed-hosts");
    copy_flat_dir(Path::new("tests/e2e/hosts"), &hosts)?;
    std::fs::copy(
        "node_modules/pym.js/dist/pym.v1.min.js",
        hosts.join("pym.v1.min.js"),
    )?;
    let hosts_port = serve::spawn(hosts.clone())?;
    step(
        &format!("end-to-end tests (Playwright + axe) against dist/ on 127.0.0.1:{port}"),
        || {
            cmd!(sh, "npx --no-install playwright test")
                .env("BASE_URL", format!("http://127.0.0.1:{port}/"))
                .env(
                    "SUBPATH_URL",
                    format!("http://127.0.0.1:{subpath_port}/some/sub/path/"),
                )
                // "localhost" is another origin than 127.0.0.1, as a newsroom's site would be.
                .env("HOSTS_URL", format!("http://localhost:{hosts_port}/"))
                // Where a test may write a host page of its own (one with no script at all).
                .env("HOSTS_DIR", &hosts)
                .env(
                    "DIST_DIR",
                    target.parent().expect("target/ has a parent").join("dist"),
                )
                .run()
                .context("end-to-end tests")
        },
    )
}

/// Replaces `to` with a copy of the files in `from` (flat folders only).
fn copy_flat_dir(from: &Path, to: &Path) -> Result<()> {
    crate::util::fresh_dir(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().expect("a file name")))?;
        }
    }
    Ok(())
}
