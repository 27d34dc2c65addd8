//! Article 20(3) of the Convention: when a withdrawal takes effect.
//!
//! "Such withdrawal shall only take effect six months after the receipt of the instrument of
//! withdrawal by the Depositary. If, however, on the expiry of that six-month period, the
//! withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect
//! before the end of the armed conflict."
//!
//! This module is shared with the build script, which checks the recorded effective dates in
//! `data/` against it: it depends on nothing but [`Date`].

use super::date::Date;

/// Whether the withdrawing state is engaged in an armed conflict when the notice period expires.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArmedConflict {
    /// Not engaged in an armed conflict.
    None,
    /// Engaged, with no end known: the withdrawal waits.
    Ongoing,
    /// Engaged until this day (a what-if, or a conflict that has ended).
    EndsOn(Date),
}

impl ArmedConflict {
    /// How the data files and the downloads write it: "none", "ongoing" or the day it ends.
    pub fn to_id(self) -> String {
        match self {
            ArmedConflict::None => "none".into(),
            ArmedConflict::Ongoing => "ongoing".into(),
            ArmedConflict::EndsOn(end) => end.to_string(),
        }
    }

    pub fn from_id(id: &str) -> Option<ArmedConflict> {
        match id {
            "none" => Some(ArmedConflict::None),
            "ongoing" => Some(ArmedConflict::Ongoing),
            other => Date::parse_iso(other).map(ArmedConflict::EndsOn),
        }
    }
}

/// When a withdrawal takes effect.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Effect {
    On(Date),
    /// Not before the end of an armed conflict whose end is not known.
    WhenConflictEnds,
}

impl Effect {
    /// The effective date, if it is known.
    pub fn date(self) -> Option<Date> {
        match self {
            Effect::On(date) => Some(date),
            Effect::WhenConflictEnds => None,
        }
    }
}

/// Which part of Article 20(3) decided the effective date: views explain it in words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RuleApplied {
    /// Six months after the depositary received the instrument.
    NoticePeriod,
    /// The notice period expired during an armed conflict; the conflict's end decides.
    ArmedConflictClause,
}

/// When a withdrawal deposited on `deposited` takes effect, and which rule decided it.
/// `notice_months` comes from `data/treaty.toml` (six for this Convention).
pub fn withdrawal_effect(
    notice_months: u8,
    deposited: Date,
    conflict: ArmedConflict,
) -> (Effect, RuleApplied) {
    let expiry = deposited.add_months(i32::from(notice_months));
    match conflict {
        ArmedConflict::None => (Effect::On(expiry), RuleApplied::NoticePeriod),
        // A conflict that ended on or before the expiry no longer engages the state then.
        ArmedConflict::EndsOn(end) if end <= expiry => {
            (Effect::On(expiry), RuleApplied::NoticePeriod)
        }
        ArmedConflict::EndsOn(end) => (Effect::On(end), RuleApplied::ArmedConflictClause),
        ArmedConflict::Ongoing => (Effect::WhenConflictEnds, RuleApplied::ArmedConflictClause),
    }
}
