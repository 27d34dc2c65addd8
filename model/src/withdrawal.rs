//! When a withdrawal takes effect, by the rule the story's treaty or organisation sets
//! (`[withdrawal_rule]` in the story's `treaty.toml`): a notice period from the day the notice
//! is received, and, in some treaties, an armed-conflict clause. The Ottawa Convention's
//! Article 20(3):
//!
//! "Such withdrawal shall only take effect six months after the receipt of the instrument of
//! withdrawal by the Depositary. If, however, on the expiry of that six-month period, the
//! withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect
//! before the end of the armed conflict."
//!
//! This module is shared with the build script, which checks the recorded effective dates in
//! the story's files against it: it depends on nothing but [`Date`].

use super::country::{Instrument, Withdrawal};
use super::date::Date;
use super::record::Texts;

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

/// A treaty's or an organisation's rule for when a withdrawal takes effect: data, not code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct WithdrawalRule {
    /// How long after the notice is received the withdrawal takes effect (a year is 12).
    pub notice_months: u8,
    /// Whether a withdrawal waits for the end of an armed conflict the state is engaged in when
    /// the notice period runs out (the Ottawa Convention's Article 20(3), second sentence).
    pub armed_conflict_delays: bool,
    /// Whether a state may name a later date in its notice, from which the withdrawal then
    /// takes effect (the Rome Statute's Article 127: "or at a later date specified in the
    /// notification").
    pub later_date_allowed: bool,
}

/// What the scenario's results say decided a state's date, in the story's words
/// (`[withdrawal_rule.words]`), each a template with `{name}`, `{deposited}`, `{effective}`.
#[derive(Debug)]
pub struct RuleWords {
    /// The state gives no notice.
    pub none: &'static str,
    /// The notice period decides.
    pub notice: &'static str,
    /// An armed conflict's known end decides.
    pub conflict_ends: &'static str,
    /// An armed conflict with no known end holds the withdrawal.
    pub conflict_open: &'static str,
    /// The state claims a "suspension" the treaty does not provide for.
    pub suspension: &'static str,
    /// The later date the state named decides.
    pub named_date: &'static str,
    /// A what-if assumes the day, whatever the rule says (empty in a story without such
    /// what-ifs).
    pub assumed: &'static str,
    /// [none, notice, conflict_ends, conflict_open, suspension, named_date, assumed]
    pub texts: Texts,
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

/// Which part of the rule decided the effective date: views explain it in words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RuleApplied {
    /// The notice period after the notice was received (six months, for Article 20).
    NoticePeriod,
    /// The notice period expired during an armed conflict; the conflict's end decides.
    ArmedConflictClause,
    /// The state named a later date in its notice, and the rule allows one.
    NamedDate,
    /// An editor's what-if assumes the day, whatever the rule says.
    Assumed,
}

/// When a withdrawal whose notice was received on `deposited` (naming `named`, a later date,
/// if it did) takes effect under `rule`, and which part of the rule decided it.
pub fn withdrawal_effect(
    rule: WithdrawalRule,
    deposited: Date,
    named: Option<Date>,
    conflict: ArmedConflict,
) -> (Effect, RuleApplied) {
    let by_period = period_effect(rule, deposited, conflict);
    match (by_period, named) {
        ((Effect::On(on), _), Some(named)) if rule.later_date_allowed && named > on => {
            (Effect::On(named), RuleApplied::NamedDate)
        }
        _ => by_period,
    }
}

/// The notice period and, where the rule has one, the armed-conflict clause.
fn period_effect(
    rule: WithdrawalRule,
    deposited: Date,
    conflict: ArmedConflict,
) -> (Effect, RuleApplied) {
    let expiry = deposited.add_months(i32::from(rule.notice_months));
    if !rule.armed_conflict_delays {
        return (Effect::On(expiry), RuleApplied::NoticePeriod);
    }
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

impl Withdrawal {
    /// What a state deposits in a what-if when a reader switches "withdraws" on: what it
    /// recorded, else an instrument of withdrawal reaching the UN on `day`, in peace.
    pub fn assumed(recorded: Option<Withdrawal>, day: Date) -> Withdrawal {
        recorded.unwrap_or(Withdrawal {
            instrument: Instrument::Withdrawal,
            deposited: day,
            armed_conflict: ArmedConflict::None,
            named_date: None,
            assumed_effective: None,
        })
    }
}
