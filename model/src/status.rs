//! A state's treaty status on a given day, from its record and an assumed withdrawal.

use super::article20::{withdrawal_effect, Effect, RuleApplied};
use super::date::Date;
use super::record::{Country, Instrument, Withdrawal};

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

impl Status {
    /// Whether the ban binds the state on that day.
    pub fn is_bound(self) -> bool {
        matches!(
            self,
            Status::Party | Status::WithdrawalNotified { .. } | Status::SuspensionClaimed { .. }
        )
    }

    /// An order along a single withdrawal's life: a status never goes back to a lower rank.
    pub fn rank(self) -> u8 {
        match self {
            Status::NotParty => 0,
            Status::Party => 1,
            Status::WithdrawalNotified { .. } | Status::SuspensionClaimed { .. } => 2,
            Status::Withdrawn { .. } => 3,
        }
    }
}

/// The status of `country` on `date` if it makes `withdrawal` (or none).
pub fn status_on(
    country: &Country,
    withdrawal: Option<&Withdrawal>,
    notice_months: u8,
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
                notice_months,
                withdrawal.deposited,
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
