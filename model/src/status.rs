//! A state's treaty status on a given day, from its record and an assumed withdrawal.

use super::country::{Country, Instrument, Withdrawal};
use super::date::Date;
use super::withdrawal::{Effect, RuleApplied, WithdrawalRule};

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
    /// A member the organisation has suspended (from its decision-making bodies, after a coup):
    /// still a member, still bound.
    Suspended {
        since: Date,
    },
    /// A party that announced its withdrawal but has sent no notice: still bound.
    Announced {
        since: Date,
    },
}

/// A status without its dates: what a legend, a fill or a label needs.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum StatusKind {
    Party,
    /// A suspension, claimed by the state or imposed by the organisation: still bound.
    Suspended,
    /// A withdrawal announced without the notice the rule requires: still bound.
    Announced,
    WithdrawalNotified,
    Withdrawn,
    NotParty,
}

impl StatusKind {
    /// The order of a legend: a withdrawal's life, then the states never bound.
    pub const LEGEND: [StatusKind; 6] = [
        StatusKind::Party,
        StatusKind::Suspended,
        StatusKind::Announced,
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
            Status::SuspensionClaimed { .. } | Status::Suspended { .. } => StatusKind::Suspended,
            Status::Announced { .. } => StatusKind::Announced,
        }
    }

    /// Whether the ban binds the state on that day.
    pub fn is_bound(self) -> bool {
        matches!(
            self,
            Status::Party
                | Status::WithdrawalNotified { .. }
                | Status::SuspensionClaimed { .. }
                | Status::Suspended { .. }
                | Status::Announced { .. }
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
        return announced_on(country, date)
            .or_else(|| suspended_on(country, date))
            .unwrap_or(Status::Party);
    };
    match withdrawal.instrument {
        Instrument::Suspension => Status::SuspensionClaimed {
            notified: withdrawal.deposited,
        },
        // A notice outweighs a suspension in force: the year's notice is what the story follows.
        Instrument::Withdrawal => match withdrawal.effect(rule) {
            (Effect::On(since), _) if since <= date => Status::Withdrawn { since },
            (effect, rule) => Status::WithdrawalNotified {
                deposited: withdrawal.deposited,
                effect,
                rule,
            },
        },
    }
}

/// The state's announcement of a withdrawal it has not notified, if made by `date`: it
/// outweighs a suspension, as the later and the state's own act.
fn announced_on(country: &Country, date: Date) -> Option<Status> {
    let since = country.announced.filter(|&day| day <= date)?;
    Some(Status::Announced { since })
}

/// The organisation's suspension of `country` in force on `date`, if any.
fn suspended_on(country: &Country, date: Date) -> Option<Status> {
    country
        .suspensions
        .iter()
        .find(|s| s.from <= date && s.until.is_none_or(|until| date < until))
        .map(|s| Status::Suspended { since: s.from })
}
