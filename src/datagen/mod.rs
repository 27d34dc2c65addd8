//! The data compiler: reads `data/STORY/*.toml`, checks every rule an editor can break, and writes the
//! data as Rust statics (see `src/data.rs`).
//!
//! It is not part of the app. The build script includes it (`build.rs`), and so do the native
//! tests (`tests/native/data_errors.rs`), which feed it malformed files. Errors are collected, not
//! returned at the first one, and each reads `data/FILE:LINE: FIELD: what is wrong`.

mod casualties;
mod checker;
mod events;
mod files;
mod forecasts;
pub mod i18n;
mod members;
mod raw;
mod scenarios;
mod withdrawals;

use std::fmt;
use std::path::Path;

/// The data files, in the order they are checked (sources first: everything cites them).
/// The files a story may leave out: the forecasts with the yardstick of their words (both or
/// neither: without them the page has no forecast section), and the casualty figures with
/// the corrections box.
pub const OPTIONAL_FILES: [&str; 3] = ["yardstick.toml", "forecasts.toml", "casualties.toml"];

pub const FILES: [&str; 8] = [
    "sources.toml",
    "treaty.toml",
    "countries.toml",
    "events.toml",
    "yardstick.toml",
    "forecasts.toml",
    "scenarios.toml",
    "casualties.toml",
];

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

/// One data file's name (as shown in errors) and text.
pub struct Input {
    pub name: String,
    pub text: String,
}

/// Reads the data files from `dir`; `shown_as` is the folder name used in messages (`data`).
pub fn read_inputs(dir: &Path, shown_as: &str) -> Result<Vec<Input>, DataError> {
    FILES
        .iter()
        .filter(|file| !OPTIONAL_FILES.contains(file) || dir.join(file).exists())
        .map(|file| {
            let path = dir.join(file);
            let name = format!("{shown_as}/{file}");
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok(Input { name, text }),
                Err(err) => Err(DataError {
                    file: name,
                    line: 1,
                    field: "(file)".into(),
                    message: err.to_string(),
                }),
            }
        })
        .collect()
}

/// What the data compiles to.
#[derive(Debug)]
pub struct Compiled {
    /// The Rust source of the statics.
    pub code: String,
    /// Every text a reader sees, as (translation key, English), in the order of the records'
    /// `Texts` indices: what each other language must translate.
    pub texts: Vec<(String, String)>,
}

/// Checks the inputs (in [`FILES`] order) and returns the statics and their texts, or every
/// error found.
pub fn compile(inputs: &[Input]) -> Result<Compiled, Vec<DataError>> {
    files::compile(inputs)
}
