//! `cargo xtask setup`: installs what is missing, and only that.
//!
//! Every tool is probed first (`--version`); a second run takes seconds. Versions are pinned
//! where the machines need it (see ../shared/TOOLCHAIN.md): trunk 0.21.14 (0.22 needs a newer
//! rustc), the wasm-bindgen CLI at exactly the version in Cargo.lock, wasm-opt from npm
//! `binaryen` (Debian's is too old to read Rust 1.95 output), esbuild from npm (it minifies
//! the apps' JavaScript glue).

use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use xshell::{cmd, Shell};

use crate::util::{format_duration, step, tool_path};

pub const TRUNK_VERSION: &str = "0.21.14";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// What `dist` and `serve` need.
    Build,
    /// Build tools plus the browser and test packages.
    Everything,
}

/// A shell whose PATH finds the tools this task installs.
pub fn shell() -> Result<Shell> {
    let sh = Shell::new()?;
    sh.set_var("PATH", tool_path());
    // trunk would otherwise ask the crate registry for a newer version on every run.
    sh.set_var("TRUNK_SKIP_VERSION_CHECK", "true");
    // Browsers come from Debian; nothing may download one.
    sh.set_var("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    Ok(sh)
}

pub fn run(needs: Needs) -> Result<()> {
    let started = Instant::now();
    let sh = shell()?;
    println!(
        "==> checking the tools ({})",
        if needs == Needs::Build {
            "build"
        } else {
            "build and test"
        }
    );
    require(&sh, "cargo", "the Rust toolchain (rustup)")?;
    require(
        &sh,
        "npm",
        "Node.js 20 and npm (Debian: apt-get install nodejs npm)",
    )?;
    wasm_target(&sh)?;
    std_sources(&sh)?;
    npm_packages(&sh)?;
    trunk(&sh)?;
    wasm_bindgen(&sh)?;
    if needs == Needs::Everything {
        chromium(&sh)?;
    }
    println!(
        "    tools ready ({})",
        format_duration(started.elapsed().as_secs_f64())
    );
    Ok(())
}

fn require(sh: &Shell, program: &str, what: &str) -> Result<()> {
    if cmd!(sh, "{program} --version")
        .quiet()
        .ignore_stdout()
        .ignore_stderr()
        .run()
        .is_err()
    {
        bail!("`{program}` was not found. Install {what} by hand, then run this again.");
    }
    Ok(())
}

fn version_of(sh: &Shell, program: &str) -> Option<String> {
    cmd!(sh, "{program} --version")
        .quiet()
        .ignore_stderr()
        .read()
        .ok()
}

fn present(what: &str, version: &str) {
    println!("    ok: {what} ({version})");
}

fn wasm_target(sh: &Shell) -> Result<()> {
    let installed = cmd!(sh, "rustup target list --installed")
        .quiet()
        .read()
        .unwrap_or_default();
    if installed
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        present("rust target", "wasm32-unknown-unknown");
        return Ok(());
    }
    step(
        "installing the wasm32-unknown-unknown target (rustup)",
        || {
            cmd!(sh, "rustup target add wasm32-unknown-unknown")
                .run()
                .context("rustup target add")
        },
    )
}

/// The standard library's source, which the readers' builds compile with the app
/// (`util::release_wasm`).
fn std_sources(sh: &Shell) -> Result<()> {
    let installed = cmd!(sh, "rustup component list --installed")
        .quiet()
        .read()
        .unwrap_or_default();
    if installed.lines().any(|line| line.trim() == "rust-src") {
        present("rust component", "rust-src");
        return Ok(());
    }
    step(
        "installing the standard library's source (rustup component rust-src)",
        || {
            cmd!(sh, "rustup component add rust-src")
                .run()
                .context("rustup component add rust-src")
        },
    )
}

fn trunk(sh: &Shell) -> Result<()> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if let Some(version) = version_of(sh, "trunk").filter(|v| v.trim() == wanted) {
        present("trunk", version.trim());
        return Ok(());
    }
    let spec = format!("trunk@{TRUNK_VERSION}");
    step(
        &format!("installing {wanted} with cargo (about 6 minutes on 2 cores, once)"),
        || {
            // Thin LTO off and more codegen units halve the build; the binary works the same.
            cmd!(sh, "cargo install --locked {spec}")
                .env("CARGO_PROFILE_RELEASE_LTO", "false")
                .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
                .run()
                .context("cargo install trunk")
        },
    )
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock").context("read Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

fn wasm_bindgen(sh: &Shell) -> Result<()> {
    let version = locked_wasm_bindgen_version()?;
    let wanted = format!("wasm-bindgen {version}");
    let has_runner = cmd!(sh, "wasm-bindgen-test-runner --version")
        .quiet()
        .ignore_stdout()
        .ignore_stderr()
        .run()
        .is_ok();
    if let Some(found) = version_of(sh, "wasm-bindgen").filter(|v| v.trim() == wanted && has_runner)
    {
        present("wasm-bindgen CLI", found.trim());
        return Ok(());
    }
    let spec = format!("wasm-bindgen-cli@{version}");
    step(
        &format!("installing the wasm-bindgen CLI {version} with cargo (about 4 minutes, once)"),
        || {
            // Not --locked: its lockfile wants a webpki-roots release the registry does not serve.
            cmd!(sh, "cargo install {spec}")
                .run()
                .context("cargo install wasm-bindgen-cli")
        },
    )
}

/// wasm-opt (binaryen), esbuild, Playwright and axe-core, from package-lock.json.
fn npm_packages(sh: &Shell) -> Result<()> {
    let lock = std::fs::read_to_string("package-lock.json").context("read package-lock.json")?;
    let stamp = Path::new("node_modules/.xtask-installed-lock");
    if std::fs::read_to_string(stamp).ok().as_deref() == Some(lock.as_str()) {
        present("npm packages", "package-lock.json");
        return Ok(());
    }
    step(
        "installing the npm packages (npm ci: wasm-opt, esbuild, Playwright, axe-core)",
        || {
            cmd!(sh, "npm ci --no-audit --no-fund")
                .run()
                .context("npm ci")?;
            std::fs::write(stamp, &lock).context("write the npm install stamp")
        },
    )
}

/// The oldest Chromium the end-to-end tests run on: 154 brought `frame-sizing`, which the test
/// of a script-free host page checks. Debian's package lists on a machine that never ran
/// `apt-get update` can still offer an older one.
const CHROMIUM_MIN_MAJOR: u32 = 154;

fn chromium(sh: &Shell) -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        let version = version_of(sh, CHROMIUM).unwrap_or_default();
        if chromium_major(&version).is_some_and(|major| major >= CHROMIUM_MIN_MAJOR) {
            present("chromium + chromedriver", version.trim());
            return Ok(());
        }
        println!(
            "    chromium is {}, older than {CHROMIUM_MIN_MAJOR}: updating it",
            version.trim()
        );
    }
    let is_root = cmd!(sh, "id -u")
        .quiet()
        .read()
        .is_ok_and(|uid| uid.trim() == "0");
    let has_apt = cmd!(sh, "apt-get --version")
        .quiet()
        .ignore_stdout()
        .run()
        .is_ok();
    if !is_root || !has_apt {
        bail!(
            "the browser tests need Debian's Chromium and ChromeDriver ({CHROMIUM}, {CHROMEDRIVER}).\n\
             Install them as root: apt-get update && apt-get install -y chromium chromium-driver"
        );
    }
    step(
        "installing chromium and chromium-driver with apt-get (a minute or two, once)",
        || {
            cmd!(sh, "apt-get update -q")
                .run()
                .context("apt-get update")?;
            cmd!(sh, "apt-get install -y -q chromium chromium-driver")
                .env("DEBIAN_FRONTEND", "noninteractive")
                .run()
                .context("apt-get install chromium chromium-driver")
        },
    )
}

/// The major version in `chromium --version`'s "Chromium 156.0.8078.114 built on Debian …".
fn chromium_major(version: &str) -> Option<u32> {
    let number = version.split_whitespace().find(|word| word.contains('.'))?;
    number.split('.').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::chromium_major;

    #[test]
    fn the_major_version_is_read_from_chromiums_own_words() {
        assert_eq!(
            chromium_major("Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)"),
            Some(156)
        );
        assert_eq!(chromium_major("Chromium 148.0.7778.167"), Some(148));
        assert_eq!(chromium_major(""), None);
    }
}
