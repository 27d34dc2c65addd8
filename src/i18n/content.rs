//! The data's own texts in the reader's language: forecasts, scenarios, corrections, the
//! yardstick, the treaty, border notes. English comes from the data; the rest from
//! `data/STORY/i18n/*.toml`, found by each record's `Texts` (every one is checked at build time).

use super::{content, Lang};
use crate::data::{SCENARIOS, SCENARIO_TEXTS, TREATY, TREATY_RULE_TEXT, YARDSTICK};
use crate::model::{Band, BorderFigure, CasualtyYear, Correction, Forecast, Horizon};

pub fn band_label(lang: Lang, band: &'static Band) -> &'static str {
    content(lang, band.texts, 0, band.label)
}

pub fn horizon_label(lang: Lang, horizon: &'static Horizon) -> &'static str {
    content(lang, horizon.texts, 0, horizon.label)
}

/// A forecast's statement, note and outcome note.
pub fn forecast_texts(lang: Lang, f: &'static Forecast) -> [&'static str; 3] {
    [
        content(lang, f.texts, 0, f.statement),
        content(lang, f.texts, 1, f.note),
        content(lang, f.texts, 2, f.outcome_note),
    ]
}

/// The title and description of the preset at `index` in `SCENARIOS`.
pub fn scenario_texts(lang: Lang, index: usize) -> [&'static str; 2] {
    let (texts, [title, description]) = (SCENARIOS[index].texts, SCENARIO_TEXTS[index]);
    [
        content(lang, texts, 0, title),
        content(lang, texts, 1, description),
    ]
}

/// What the results say decided a state's date, in the story's words: [none, notice,
/// conflict_ends, conflict_open, suspension, named_date].
pub fn rule_words(lang: Lang) -> [&'static str; 7] {
    let w = &TREATY.rule_words;
    let english = [
        w.none,
        w.notice,
        w.conflict_ends,
        w.conflict_open,
        w.suspension,
        w.named_date,
        w.assumed,
    ];
    std::array::from_fn(|n| content(lang, w.texts, n, english[n]))
}

/// A correction's claim and finding.
pub fn correction_texts(lang: Lang, c: &'static Correction) -> [&'static str; 2] {
    [
        content(lang, c.texts, 0, c.claim),
        content(lang, c.texts, 1, c.finding),
    ]
}

pub fn casualty_note(lang: Lang, year: &'static CasualtyYear) -> &'static str {
    content(lang, year.texts, 0, year.note)
}

/// The note on another source's figure for a border.
pub fn border_note(lang: Lang, figure: &'static BorderFigure) -> &'static str {
    content(lang, figure.texts, 0, figure.note)
}

pub fn treaty_short_name(lang: Lang) -> &'static str {
    content(lang, TREATY.texts, 1, TREATY.short_name)
}

pub fn withdrawal_rule_text(lang: Lang) -> &'static str {
    content(lang, TREATY.texts, 2, TREATY_RULE_TEXT)
}

pub fn yardstick_name(lang: Lang) -> &'static str {
    content(lang, YARDSTICK.texts, 0, YARDSTICK.name)
}

pub fn yardstick_note(lang: Lang) -> &'static str {
    content(lang, YARDSTICK.texts, 1, YARDSTICK.note)
}
