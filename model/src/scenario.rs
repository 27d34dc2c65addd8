//! Scenarios: a set of per-state assumptions, and what follows from them on a given day.
//!
//! The views never apply the withdrawal rule themselves; they ask [`Scenario::outcome_on`].

use super::country::{Country, CountryRole, Instrument, Withdrawal};
use super::date::Date;
use super::record::{ScenarioPreset, Treaty};
use super::status::{status_on, Status};
use super::withdrawal::{ArmedConflict, Effect, RuleApplied};

/// What one state does in a scenario.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Assumption {
    pub code: &'static str,
    pub withdrawal: Option<Withdrawal>,
}

/// One assumption per subject state, in the order of the country data.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Scenario {
    pub assumptions: Vec<Assumption>,
}

/// A state's line in an outcome.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct StateOutcome {
    pub code: &'static str,
    pub status: Status,
    /// When its withdrawal takes (or took) effect, and under which rule, if it withdraws.
    pub effect: Option<(Effect, RuleApplied)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Outcome {
    pub date: Date,
    pub states: Vec<StateOutcome>,
    /// States Parties worldwide; `None` before the first count the data records.
    pub states_parties: Option<u16>,
    /// Kilometres of border with Russia and Belarus along which the ban no longer binds the
    /// state on this side.
    pub unbound_border_km: f64,
    /// The same, with Russia and with Belarus: `(neighbour, km)` in the order of the data.
    pub unbound_by_neighbour: Vec<(&'static str, f64)>,
    /// States in the data (the six and their neighbours) bound by the Convention on the day.
    pub region_parties: usize,
    /// The states in the data that the scenario does not model (Belarus, Russia): their status
    /// on the day as the record has it, so that no view applies the status rules itself.
    pub neighbours: Vec<(&'static str, Status)>,
}

impl Outcome {
    /// The outcome for one of the scenario's states.
    pub fn state(&self, code: &str) -> Option<&StateOutcome> {
        self.states.iter().find(|s| s.code == code)
    }

    /// Any state's status on the day: from the scenario for the states it models, from the
    /// record for their neighbours; `None` for a state the data does not hold.
    pub fn status_of(&self, code: &str) -> Option<Status> {
        self.state(code).map(|s| s.status).or_else(|| {
            self.neighbours
                .iter()
                .find(|(other, _)| *other == code)
                .map(|(_, status)| *status)
        })
    }

    /// Whether `other` says the same of every state and total, whatever its day: on most days
    /// of the slider nothing changes but the date, and what draws only statuses, effective
    /// dates and totals (the map, the results) need not be drawn again.
    pub fn same_standing(&self, other: &Outcome) -> bool {
        self.states == other.states
            && self.neighbours == other.neighbours
            && self.states_parties == other.states_parties
            && self.unbound_border_km == other.unbound_border_km
            && self.unbound_by_neighbour == other.unbound_by_neighbour
            && self.region_parties == other.region_parties
    }

    /// The states whose withdrawal has taken effect on the day, in the order of the data.
    pub fn withdrawn(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.states
            .iter()
            .filter(|s| matches!(s.status, Status::Withdrawn { .. }))
            .map(|s| s.code)
    }
}

impl Scenario {
    /// The real record: every subject state does what the data says it did.
    pub fn record(countries: &[Country]) -> Scenario {
        Scenario::with_withdrawing(countries, |country| country.withdrawal.is_some())
    }

    /// A preset: the listed states act as recorded, those in its what-if on the assumed terms,
    /// and the others stay in.
    pub fn from_preset(countries: &[Country], preset: &ScenarioPreset) -> Scenario {
        let mut scenario = Scenario::with_withdrawing(countries, |country| {
            preset.withdrawing.contains(&country.code)
        });
        for (code, withdrawal) in preset.what_if {
            scenario.set(code, Some(*withdrawal));
        }
        scenario
    }

    /// Change what one state does (a what-if control). Unknown codes are ignored.
    pub fn set(&mut self, code: &str, withdrawal: Option<Withdrawal>) {
        if let Some(assumption) = self.assumptions.iter_mut().find(|a| a.code == code) {
            assumption.withdrawal = withdrawal;
        }
    }

    fn with_withdrawing(countries: &[Country], withdraws: impl Fn(&Country) -> bool) -> Scenario {
        let assumptions = countries
            .iter()
            .filter(|country| country.role == CountryRole::Subject)
            .map(|country| Assumption {
                code: country.code,
                withdrawal: country.withdrawal.filter(|_| withdraws(country)),
            })
            .collect();
        Scenario { assumptions }
    }

    pub fn assumption(&self, code: &str) -> Option<&Assumption> {
        self.assumptions.iter().find(|a| a.code == code)
    }

    /// Everything a view shows about this scenario on `date`.
    pub fn outcome_on(&self, treaty: &Treaty, countries: &[Country], date: Date) -> Outcome {
        let withdrawal_of = |code: &str| self.assumption(code).and_then(|a| a.withdrawal);
        let states: Vec<StateOutcome> = self
            .assumptions
            .iter()
            .filter_map(|a| countries.iter().find(|c| c.code == a.code))
            .map(|country| {
                let withdrawal = withdrawal_of(country.code);
                StateOutcome {
                    code: country.code,
                    status: status_on(country, withdrawal.as_ref(), treaty.withdrawal_rule, date),
                    effect: withdrawal
                        .filter(|w| w.instrument == Instrument::Withdrawal)
                        .map(|w| w.effect(treaty.withdrawal_rule)),
                }
            })
            .collect();
        let withdrawn = |s: &&StateOutcome| matches!(s.status, Status::Withdrawn { .. });
        let states_parties = party_count_before_withdrawals(treaty, date)
            .map(|count| count.saturating_sub(states.iter().filter(withdrawn).count() as u16));
        let mut unbound_by_neighbour: Vec<(&'static str, f64)> = Vec::new();
        let unbound_borders = states
            .iter()
            .filter(withdrawn)
            .filter_map(|s| countries.iter().find(|c| c.code == s.code))
            .flat_map(|country| country.borders.iter());
        for border in unbound_borders {
            match unbound_by_neighbour
                .iter_mut()
                .find(|(n, _)| *n == border.neighbour)
            {
                Some((_, km)) => *km += border.km,
                None => unbound_by_neighbour.push((border.neighbour, border.km)),
            }
        }
        let unbound_border_km = unbound_by_neighbour.iter().map(|(_, km)| km).sum();
        let neighbours: Vec<(&'static str, Status)> = countries
            .iter()
            .filter(|c| self.assumption(c.code).is_none())
            .map(|c| (c.code, status_on(c, None, treaty.withdrawal_rule, date)))
            .collect();
        let region_parties = neighbours.iter().filter(|(_, s)| s.is_bound()).count()
            + states.iter().filter(|s| s.status.is_bound()).count();
        Outcome {
            date,
            states,
            states_parties,
            unbound_border_km,
            unbound_by_neighbour,
            region_parties,
            neighbours,
        }
    }

    /// The days on which something changes in this scenario: states becoming bound, the
    /// organisation's suspensions beginning and ending, announcements, deposits, withdrawals taking effect,
    /// conflicts ending and the recorded party counts. Sorted, without repeats.
    pub fn key_dates(&self, treaty: &Treaty, countries: &[Country]) -> Vec<Date> {
        let mut days: Vec<Date> = treaty.party_counts.iter().map(|c| c.from).collect();
        for country in countries {
            days.extend(country.in_force);
            days.extend(country.announced);
            for suspension in country.suspensions {
                days.push(suspension.from);
                days.extend(suspension.until);
            }
        }
        for w in self.assumptions.iter().filter_map(|a| a.withdrawal) {
            days.push(w.deposited);
            if let ArmedConflict::EndsOn(end) = w.armed_conflict {
                days.push(end);
            }
            if w.instrument == Instrument::Withdrawal {
                let (effect, _) = w.effect(treaty.withdrawal_rule);
                days.extend(effect.date());
            }
        }
        crate::date::sort_and_dedup(&mut days);
        days
    }

    /// The worldwide States Parties count from `from` to `to`: its value on `from`, then each
    /// day it changes (a count the sources state, or a withdrawal taking effect).
    pub fn states_parties_steps(
        &self,
        treaty: &Treaty,
        countries: &[Country],
        from: Date,
        to: Date,
    ) -> Vec<(Date, u16)> {
        let effective_dates = self
            .assumptions
            .iter()
            .filter_map(|a| a.withdrawal)
            .filter(|w| w.instrument == Instrument::Withdrawal)
            .filter_map(|w| w.effect(treaty.withdrawal_rule).0.date());
        let mut days: Vec<Date> = std::iter::once(from)
            .chain(treaty.party_counts.iter().map(|c| c.from))
            .chain(effective_dates)
            .filter(|day| (from..=to).contains(day))
            .collect();
        crate::date::sort_and_dedup(&mut days);
        let mut steps: Vec<(Date, u16)> = Vec::new();
        for day in days {
            let Some(count) = self.outcome_on(treaty, countries, day).states_parties else {
                continue;
            };
            if steps.last().is_none_or(|&(_, last)| last != count) {
                steps.push((day, count));
            }
        }
        steps
    }
}

/// The States Parties count the sources state for `date`, before any 2025 withdrawal.
fn party_count_before_withdrawals(treaty: &Treaty, date: Date) -> Option<u16> {
    treaty
        .party_counts
        .iter()
        .filter(|count| count.from <= date)
        .map(|count| count.count)
        .next_back()
}
