//! The scenario explorer's part of the view state: which preset, the reader's what-ifs on top
//! of it, and the chosen day. Its link form (see `url.rs`):
//!
//! - `sc`: the preset's id (`baltics-only`); omitted for the record.
//! - `at`: the chosen day (`2025-12-27`); omitted for today.
//! - `w.CODE`: one state's assumption where it differs from the preset: `no` (stays in), or
//!   the day its instrument reaches the UN, `s.` first for a "suspension", then `.war` if it
//!   is engaged in an armed conflict, and `.YYYY-MM-DD` if that conflict ends, then
//!   `.later.YYYY-MM-DD` for a later day its notice names (where the rule allows one) and
//!   `.on.YYYY-MM-DD` for a day a preset assumes:
//!   `w.PL=no`, `w.UA=2025-07-18.war`, `w.FI=2025-07-10.war.2026-09-01`,
//!   `w.ML=2026-01-05.later.2027-07-01`.

use crate::data::{COUNTRIES, RULE, SCENARIOS, TREATY};
use crate::model::{ArmedConflict, Date, Instrument, Scenario, Withdrawal};

#[derive(Clone, PartialEq, Debug)]
pub struct ScenarioView {
    /// Index into `SCENARIOS`.
    pub preset: usize,
    /// The preset's assumptions with the reader's what-ifs applied.
    pub scenario: Scenario,
    /// The day the map and the panel show; `None` follows today.
    pub date: Option<Date>,
}

impl Default for ScenarioView {
    fn default() -> ScenarioView {
        ScenarioView::from_preset(0)
    }
}

impl ScenarioView {
    pub fn from_preset(preset: usize) -> ScenarioView {
        ScenarioView {
            preset,
            scenario: preset_scenario(preset),
            date: None,
        }
    }

    /// The states whose assumption differs from the preset's.
    pub fn changed(&self) -> Vec<(&'static str, Option<Withdrawal>)> {
        let preset = preset_scenario(self.preset);
        self.scenario
            .assumptions
            .iter()
            .filter(|a| preset.assumption(a.code) != Some(a))
            .map(|a| (a.code, a.withdrawal))
            .collect()
    }
}

pub fn preset_scenario(preset: usize) -> Scenario {
    match SCENARIOS.get(preset) {
        Some(preset) => Scenario::from_preset(COUNTRIES, preset),
        None => Scenario::record(COUNTRIES),
    }
}

/// The slider's span: from 1 January of the Convention's year (1997) to three years after today.
pub fn date_bounds(today: Date) -> (Date, Date) {
    let first = Date::new(TREATY.adopted.year(), 1, 1).expect("1 January is a date");
    (first, today.add_months(36))
}

/// The year the story happens in: the first year a state deposited its withdrawal (2025).
pub fn story_year() -> i32 {
    static YEAR: std::sync::OnceLock<i32> = std::sync::OnceLock::new();
    *YEAR.get_or_init(|| {
        COUNTRIES
            .iter()
            .filter_map(|c| c.withdrawal.as_ref())
            .map(|w| w.deposited.year())
            .min()
            .unwrap_or(TREATY.adopted.year())
    })
}

/// An assumption's link value (`no`, `s.2025-07-18.war`, ...).
pub fn assumption_to_link(withdrawal: Option<Withdrawal>) -> String {
    let Some(w) = withdrawal else {
        return "no".into();
    };
    let prefix = match w.instrument {
        Instrument::Withdrawal => "",
        Instrument::Suspension => "s.",
    };
    let conflict = match w.armed_conflict {
        ArmedConflict::None => String::new(),
        ArmedConflict::Ongoing => ".war".into(),
        ArmedConflict::EndsOn(end) => format!(".war.{end}"),
    };
    // Only a rule that lets a notice name a later date has one to write (the build refuses a
    // named date elsewhere): another story's app links no code for it.
    let named = match w.named_date {
        Some(day) if RULE.later_date_allowed => format!(".later.{day}"),
        _ => String::new(),
    };
    // A what-if's assumed day (a preset's, such as "without delay"): `.on.2024-01-28`.
    let assumed = w
        .assumed_effective
        .map_or(String::new(), |day| format!(".on.{day}"));
    format!("{prefix}{}{conflict}{named}{assumed}", w.deposited)
}

/// The assumption a link value describes; `None` if it is malformed.
pub fn assumption_from_link(value: &str) -> Option<Option<Withdrawal>> {
    if value == "no" {
        return Some(None);
    }
    let (instrument, rest) = match value.strip_prefix("s.") {
        Some(rest) => (Instrument::Suspension, rest),
        None => (Instrument::Withdrawal, value),
    };
    // `DEPOSITED[.war[.END]][.later.NAMED][.on.ASSUMED]`, read part by part (a one-character
    // separator: a string pattern would link a substring search into the app).
    let mut parts = rest.split('.');
    let deposited = Date::parse_iso(parts.next()?)?;
    let mut next = parts.next();
    let mut armed_conflict = ArmedConflict::None;
    if next == Some("war") {
        next = parts.next();
        armed_conflict = match next {
            Some(end) if end != "on" && end != "later" => {
                next = parts.next();
                ArmedConflict::EndsOn(Date::parse_iso(end)?)
            }
            _ => ArmedConflict::Ongoing,
        };
    }
    let mut named_date = None;
    if RULE.later_date_allowed && next == Some("later") {
        named_date = Some(Date::parse_iso(parts.next()?)?);
        next = parts.next();
    }
    let mut assumed_effective = None;
    if next == Some("on") {
        assumed_effective = Some(Date::parse_iso(parts.next()?)?);
        next = parts.next();
    }
    if next.is_some() {
        return None;
    }
    Some(Some(Withdrawal {
        instrument,
        deposited,
        armed_conflict,
        named_date,
        assumed_effective,
    }))
}
