//! A state's treaty status on a given day, from its record and an assumed withdrawal.

use super::date::Date;
use super::record::{Country, Instrument, Withdrawal};
use super::withdrawal::{withdrawal_effect, Effect, RuleApplied, WithdrawalRule};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Never joined (Russia), or not yet a party on that day.
    NotParty,
    Party,
    /// A party whose withdrawal has been notified and is not yet in effect.
    WithdrawalNotified {
        deposited: Date,
        effect: Effect,
        rule: RuleApplied,
    },
    Withdrawn {
        since: Date,
    },
    /// A party that claims to have suspended the Convention (Ukraine). The Convention has no
    /// suspension clause, so the state remains bound.
    SuspensionClaimed {
        notified: Date,
    },
}

/// A status without its dates: what a legend, a fill or a label needs.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum StatusKind {
    Party,
    SuspensionClaimed,
    WithdrawalNotified,
    Withdrawn,
    NotParty,
}

impl StatusKind {
    /// The order of a legend: a withdrawal's life, then the states never bound.
    pub const LEGEND: [StatusKind; 5] = [
        StatusKind::Party,
        StatusKind::SuspensionClaimed,
        StatusKind::WithdrawalNotified,
        StatusKind::Withdrawn,
        StatusKind::NotParty,
    ];
}

impl Status {
    pub fn kind(self) -> StatusKind {
        match self {
            Status::NotParty => StatusKind::NotParty,
            Status::Party => StatusKind::Party,
            Status::WithdrawalNotified { .. } => StatusKind::WithdrawalNotified,
            Status::Withdrawn { .. } => StatusKind::Withdrawn,
            Status::SuspensionClaimed { .. } => StatusKind::SuspensionClaimed,
        }
    }

    /// Whether the ban binds the state on that day.
    pub fn is_bound(self) -> bool {
        matches!(
            self,
            Status::Party | Status::WithdrawalNotified { .. } | Status::SuspensionClaimed { .. }
        )
    }
}

/// The status of `country` on `date` if it makes `withdrawal` (or none).
pub fn status_on(
    country: &Country,
    withdrawal: Option<&Withdrawal>,
    rule: WithdrawalRule,
    date: Date,
) -> Status {
    let Some(in_force) = country.in_force else {
        return Status::NotParty;
    };
    if date < in_force {
        return Status::NotParty;
    }
    let Some(withdrawal) = withdrawal.filter(|w| w.deposited <= date) else {
        return Status::Party;
    };
    match withdrawal.instrument {
        Instrument::Suspension => Status::SuspensionClaimed {
            notified: withdrawal.deposited,
        },
        Instrument::Withdrawal => {
            let (effect, rule) = withdrawal_effect(
                rule,
                withdrawal.deposited,
                withdrawal.named_date,
                withdrawal.armed_conflict,
            );
            match effect {
                Effect::On(since) if since <= date => Status::Withdrawn { since },
                _ => Status::WithdrawalNotified {
                    deposited: withdrawal.deposited,
                    effect,
                    rule,
                },
            }
        }
    }
}
