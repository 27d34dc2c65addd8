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

    let target = std::fs::canonicalize("target")?;
    // The other stories first, each kept aside, so that dist/ ends as the default story's.
    let mut others = Vec::new();
    for story in OTHER_STORIES {
        let built = build_other_story(story, &target)?;
        step(
            &format!("size budget of the {story} story (first load, gzip -9)"),
            || budget::check(&built),
        )?;
        others.push((story, built));
    }
    let dir = dist::run(dist::Purpose::Deploy)?;
    step("size budget (first load, gzip -9)", || budget::check(&dir))?;
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
    )?;
    for (story, built) in others {
        let port = serve::spawn(built.clone())?;
        let spec = format!("tests/e2e-stories/{story}.spec.js");
        step(
            &format!("end-to-end tests of the {story} story on 127.0.0.1:{port}"),
            || {
                cmd!(
                    sh,
                    "npx --no-install playwright test --config playwright.stories.config.js {spec}"
                )
                .env("BASE_URL", format!("http://127.0.0.1:{port}/"))
                // Its one-file edition is opened from this folder, with no server.
                .env("DIST_DIR", &built)
                .run()
                .with_context(|| format!("end-to-end tests of the {story} story"))
            },
        )?;
    }
    Ok(())
}

/// The stories besides the default one that every test run builds and checks, each with its
/// own spec (`tests/e2e-stories/NAME.spec.js`): the same code telling a member organisation's
/// story (`data/ecowas-sahel/`), the same states and the ICC's rule, with withdrawals announced
/// but not notified and a later day a notice may name (`data/sahel-icc/`), and the minimal
/// story an editor copies (`data/template/`).
const OTHER_STORIES: [&str; 3] = ["ecowas-sahel", "sahel-icc", "template"];

/// Builds `story` as `cargo xtask dist --story NAME` would, and moves it to
/// `target/dist-NAME/`.
fn build_other_story(story: &str, target: &Path) -> Result<std::path::PathBuf> {
    // Set before the build starts its child processes, and cleared after: every later build
    // is the default story's.
    std::env::set_var("EXPLORER_STORY", story);
    let built = dist::run(dist::Purpose::Deploy);
    std::env::remove_var("EXPLORER_STORY");
    let built = built?;
    let kept = target.join(format!("dist-{story}"));
    if kept.exists() {
        std::fs::remove_dir_all(&kept)?;
    }
    std::fs::rename(&built, &kept)
        .with_context(|| format!("moving {} to {}", built.display(), kept.display()))?;
    Ok(kept)
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
