//! The data's own texts in the reader's language: forecasts, scenarios, corrections, the
//! yardstick, the treaty, border notes. English comes from the data; the rest from
//! `data/i18n/*.toml` (every key is checked at build time).

use super::{content, Lang};
use crate::data::{TREATY, YARDSTICK};
use crate::model::{Band, Correction, Forecast, Horizon, ScenarioPreset};

pub fn band_label(lang: Lang, band: &'static Band) -> &'static str {
    content(lang, &["band.", band.id], band.label)
}

pub fn horizon_label(lang: Lang, horizon: &'static Horizon) -> &'static str {
    content(lang, &["horizon.", horizon.id], horizon.label)
}

/// A forecast's statement, note and outcome note.
pub fn forecast_texts(lang: Lang, f: &'static Forecast) -> [&'static str; 3] {
    [
        content(lang, &["forecast.", f.id, ".statement"], f.statement),
        content(lang, &["forecast.", f.id, ".note"], f.note),
        content(lang, &["forecast.", f.id, ".outcome_note"], f.outcome_note),
    ]
}

/// A scenario preset's title and description.
pub fn scenario_texts(lang: Lang, preset: &'static ScenarioPreset) -> [&'static str; 2] {
    [
        content(lang, &["scenario.", preset.id, ".title"], preset.title),
        content(
            lang,
            &["scenario.", preset.id, ".description"],
            preset.description,
        ),
    ]
}

/// A correction's claim and finding.
pub fn correction_texts(lang: Lang, c: &'static Correction) -> [&'static str; 2] {
    [
        content(lang, &["correction.", c.id, ".claim"], c.claim),
        content(lang, &["correction.", c.id, ".finding"], c.finding),
    ]
}

pub fn casualty_note(lang: Lang, year: u16, english: &'static str) -> &'static str {
    content(lang, &["casualty.y", &year.to_string(), ".note"], english)
}

/// The note on the `n`-th other figure (from 0) for `code`'s border with `neighbour`.
pub fn border_note(
    lang: Lang,
    code: &str,
    neighbour: &str,
    n: usize,
    english: &'static str,
) -> &'static str {
    let number = (n + 1).to_string();
    content(
        lang,
        &["border.", code, "-", neighbour, ".note_", &number],
        english,
    )
}

pub fn treaty_short_name(lang: Lang) -> &'static str {
    content(lang, &["treaty.short_name"], TREATY.short_name)
}

pub fn article20_text(lang: Lang) -> &'static str {
    content(lang, &["treaty.article20"], TREATY.article20_text)
}

pub fn yardstick_name(lang: Lang) -> &'static str {
    content(lang, &["yardstick.name"], YARDSTICK.name)
}

pub fn yardstick_note(lang: Lang) -> &'static str {
    content(lang, &["yardstick.note"], YARDSTICK.note)
}
