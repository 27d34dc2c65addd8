//! A state in the story: its membership, the organisation's suspensions of it, its borders and
//! its withdrawal (what it deposited, and what a what-if assumes).

use super::date::Date;
use super::record::Texts;
use super::withdrawal::{withdrawal_effect, ArmedConflict, Effect, RuleApplied, WithdrawalRule};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JoinKind {
    Ratification,
    Accession,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Instrument {
    /// An instrument of withdrawal (under Article 20, for the Ottawa Convention).
    Withdrawal,
    /// Ukraine's notification of "suspension", which the Convention does not provide for.
    Suspension,
}

/// What a state deposited with the depositary, and its circumstances.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Withdrawal {
    pub instrument: Instrument,
    pub deposited: Date,
    pub armed_conflict: ArmedConflict,
    /// A later date the state named in its notice, where the treaty's rule allows one.
    pub named_date: Option<Date>,
    /// The day an editor's what-if assumes the withdrawal takes effect, whatever the rule says
    /// (a state's claim of "immediate effect", a political deadline). Never in a record.
    pub assumed_effective: Option<Date>,
}

impl Withdrawal {
    /// When this withdrawal takes effect under `rule` (or on the day a what-if assumes), and
    /// what decided it.
    pub fn effect(&self, rule: WithdrawalRule) -> (Effect, RuleApplied) {
        match self.assumed_effective {
            Some(day) => (Effect::On(day), RuleApplied::Assumed),
            None => withdrawal_effect(rule, self.deposited, self.named_date, self.armed_conflict),
        }
    }
}

/// A period in which the organisation suspended a member (from its decision-making bodies,
/// after a coup): the state stays a member, bound by the treaty. `until` is the day it ended;
/// `None` while it lasts or until the state left.
#[derive(Debug)]
pub struct Suspension {
    pub from: Date,
    pub until: Option<Date>,
    pub sources: &'static [&'static str],
}

#[derive(Debug)]
pub struct BorderFigure {
    pub km: f64,
    pub note: &'static str,
    pub sources: &'static [&'static str],
    /// [note]
    pub texts: Texts,
}

/// A land border with Russia or Belarus. `km` is the figure the product uses; the others are
/// shown beside it.
#[derive(Debug)]
pub struct Border {
    pub neighbour: &'static str,
    pub km: f64,
    pub source: &'static str,
    pub alternatives: &'static [BorderFigure],
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CountryRole {
    /// One of the six states the scenario explorer is about (its statuses, what-ifs and totals).
    Subject,
    /// A neighbour shown for context (Russia, Belarus).
    Context,
}

#[derive(Debug)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub role: CountryRole,
    pub signed: Option<Date>,
    pub joined: Option<(JoinKind, Date)>,
    /// When the treaty entered into force for the state; `None` if it never did
    /// ([`Date::BEFORE_RECORDS`] for a member throughout the story whose joining date is not in
    /// the story's sources).
    pub in_force: Option<Date>,
    /// The organisation's suspensions of this member, in date order.
    pub suspensions: &'static [Suspension],
    /// The day the state announced its withdrawal without sending the notice the rule requires
    /// (a claim of "immediate effect"): it stays bound until a notice takes effect.
    pub announced: Option<Date>,
    pub borders: &'static [Border],
    pub withdrawal: Option<Withdrawal>,
    pub sources: &'static [&'static str],
}
