//! Small helpers shared by the tasks: the project root, timed steps, flags.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use xshell::{cmd, Cmd};

pub fn project_root() -> PathBuf {
    // xtask lives in <root>/xtask.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent folder")
        .to_path_buf()
}

pub fn cd_to_project_root() -> Result<()> {
    std::env::set_current_dir(project_root()).context("cd to the project root")
}

/// The readers' app, built for release, with what no reader sees left out:
///
/// - `-Zlocation-detail=none` drops the file, line and column every panic site keeps (the
///   app's, yew's and their crates'), and `-Zfmt-debug=none` the `Debug` formatting derived
///   for every type: together −4.6 KB gzip on the page's app.
/// - The standard library is compiled with the app (`build-std`, from the toolchain's
///   `rust-src`, which `setup` installs) for size (`optimize_for_size`: −2.5 KB gzip on the
///   timeline's embed), and a panic stops the wasm at once (`-Cpanic=immediate-abort`: no
///   panic hook, no message, −4.7 KB more). `boot.js` takes the trap that ends a panic for the
///   failure of the part that was running.
///
/// They are unstable flags of the pinned stable compiler and cargo, allowed by
/// `RUSTC_BOOTSTRAP=1` for these builds only: tests, clippy and the browser tests build
/// without them and keep their full messages.
pub fn release_wasm(cmd: Cmd<'_>) -> Cmd<'_> {
    cmd.env("RUSTC_BOOTSTRAP", "1")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort",
        )
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
}

/// The standard library's own crates, which a `release_wasm` build compiles, fetched so that
/// the build can run offline (trunk runs cargo with `--offline`).
pub fn fetch_std_crates(sh: &xshell::Shell) -> Result<()> {
    let sysroot = cmd!(sh, "rustc --print sysroot")
        .quiet()
        .read()
        .context("rustc --print sysroot")?;
    let manifest: PathBuf = [sysroot.trim(), "lib", "rustlib", "src", "rust", "library"]
        .iter()
        .collect::<PathBuf>()
        .join("Cargo.toml");
    // The library's manifest uses a cargo feature of its own: allowed for this fetch alone.
    cmd!(sh, "cargo fetch --quiet --manifest-path {manifest}")
        .env("RUSTC_BOOTSTRAP", "1")
        .run()
        .context("cargo fetch of the standard library's crates (for build-std)")
}

/// Runs `f` as a named step: prints what it does before, and how long it took after.
pub fn step<T>(what: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    println!("==> {what}");
    let started = Instant::now();
    let value = f().with_context(|| format!("step failed: {what}"))?;
    println!(
        "    done in {}",
        format_duration(started.elapsed().as_secs_f64())
    );
    Ok(value)
}

pub fn format_duration(seconds: f64) -> String {
    if seconds < 60.0 {
        format!("{seconds:.1} s")
    } else {
        format!(
            "{} min {:02} s",
            (seconds / 60.0) as u64,
            (seconds % 60.0) as u64
        )
    }
}

/// `--port N`, or 8080.
pub fn port_flag(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8080),
        [flag, value] if flag == "--port" => value
            .parse()
            .with_context(|| format!("--port takes a number, not {value:?}")),
        other => bail!("unexpected arguments {other:?} (serve takes only --port N)"),
    }
}

/// The story the build tells: the Ottawa story unless `--story NAME` names another folder of
/// `data/`. Takes the flag out of `args` and hands the story to every build this task starts
/// (the build script reads `EXPLORER_STORY`).
pub fn take_story_flag(args: &mut Vec<String>) -> Result<()> {
    let Some(at) = args.iter().position(|a| a == "--story") else {
        return Ok(());
    };
    let Some(name) = args.get(at + 1).cloned() else {
        bail!("--story takes the name of a folder of data/ (for example --story ottawa)");
    };
    let folder = project_root().join("data").join(&name);
    if name.contains(['/', '\\']) || !folder.join("events.toml").is_file() {
        let stories: Vec<String> = std::fs::read_dir(project_root().join("data"))?
            .filter_map(|e| e.ok())
            .filter(|e| e.path().join("events.toml").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        bail!(
            "no story {name:?} in data/ (a story is a folder with events.toml; there are: {})",
            stories.join(", ")
        );
    }
    args.drain(at..=at + 1);
    // Set before any other thread or child process starts: every build inherits it.
    std::env::set_var("EXPLORER_STORY", &name);
    Ok(())
}

/// The folder with npm's binaries (wasm-opt, playwright), to put first on PATH.
pub fn npm_bin() -> PathBuf {
    project_root().join("node_modules").join(".bin")
}

/// PATH with the npm binaries and cargo's install folder first.
pub fn tool_path() -> String {
    let mut parts = vec![npm_bin()];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
    {
        parts.push(home.join("bin"));
    }
    let current = std::env::var_os("PATH").unwrap_or_default();
    parts.extend(std::env::split_paths(&current));
    std::env::join_paths(parts)
        .expect("PATH entries contain no separator")
        .to_string_lossy()
        .into_owned()
}

/// Makes `dir` an empty folder, removing what was there.
pub fn fresh_dir(dir: &std::path::Path) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    Ok(())
}

/// Writes a generated file, or with `check` only compares it with the committed one (what
/// `cargo xtask test` runs): `task` names the command that regenerates it, `source` what it is
/// generated from.
pub fn write_or_check(
    output: &str,
    generated: &str,
    check: bool,
    task: &str,
    source: &str,
) -> Result<()> {
    if check {
        let committed = std::fs::read_to_string(output).unwrap_or_default();
        if committed != generated {
            bail!("{output} is out of date: run `cargo xtask {task}` and commit the result");
        }
        println!("ok: {output} matches {source}");
    } else {
        std::fs::write(output, generated)?;
        println!("wrote {output} ({} bytes)", generated.len());
    }
    Ok(())
}

/// The first 8 bytes of a SHA-256 of what `hasher` was fed, in hex: a name for a build's
/// files (the section apps) or a version (the service worker) that changes with their contents.
pub fn short_digest(hasher: sha2::Sha256) -> String {
    use sha2::Digest as _;
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}
