//! The treaty model against the real data and against generated cases.

use ottawa_explorer::data::{COUNTRIES, SCENARIOS, TREATY};
use ottawa_explorer::model::*;
use proptest::prelude::*;

fn d(text: &str) -> Date {
    Date::parse_iso(text).expect("a valid test date")
}

/// The record's outcome on `date`, as `CODE status` lines: one string to compare.
fn record_on(date: &str) -> Vec<String> {
    let outcome = Scenario::record(COUNTRIES).outcome_on(&TREATY, COUNTRIES, d(date));
    outcome
        .states
        .iter()
        .map(|s| {
            let status = match s.status {
                Status::NotParty => "not a party".to_string(),
                Status::Party => "party".to_string(),
                Status::WithdrawalNotified {
                    effect: Effect::On(on),
                    ..
                } => format!("notified, effective {on}"),
                Status::WithdrawalNotified {
                    effect: Effect::WhenConflictEnds,
                    ..
                } => "notified, waits for peace".into(),
                Status::Withdrawn { since } => format!("withdrawn since {since}"),
                Status::SuspensionClaimed { notified } => {
                    format!("suspension claimed {notified}, still bound")
                }
                Status::Suspended { since } => format!("suspended since {since}, still bound"),
                Status::Announced { since } => format!("announced {since}, still bound"),
            };
            format!("{} {status}", s.code)
        })
        .collect()
}

#[test]
fn the_real_data_reproduces_the_real_effective_dates() {
    assert_eq!(
        record_on("2026-03-01"),
        [
            "LT withdrawn since 2025-12-27",
            "LV withdrawn since 2025-12-27",
            "EE withdrawn since 2025-12-27",
            "PL withdrawn since 2026-02-20",
            "FI withdrawn since 2026-01-10",
            "UA suspension claimed 2025-07-18, still bound",
        ]
    );
    assert_eq!(
        record_on("2025-12-26"),
        [
            "LT notified, effective 2025-12-27",
            "LV notified, effective 2025-12-27",
            "EE notified, effective 2025-12-27",
            "PL notified, effective 2026-02-20",
            "FI notified, effective 2026-01-10",
            "UA suspension claimed 2025-07-18, still bound",
        ]
    );
    assert_eq!(
        record_on("2005-01-01"),
        [
            "LT party",
            "LV not a party",
            "EE party",
            "PL not a party",
            "FI not a party",
            "UA not a party",
        ]
    );
}

#[test]
fn states_parties_and_unbound_border_over_time() {
    let record = Scenario::record(COUNTRIES);
    let on = |date: &str| {
        let outcome = record.outcome_on(&TREATY, COUNTRIES, d(date));
        (outcome.states_parties, outcome.unbound_border_km)
    };
    assert_eq!(
        on("2010-01-01"),
        (None, 0.0),
        "no count is recorded before 2017"
    );
    assert_eq!(on("2025-03-12"), (Some(165), 0.0));
    assert_eq!(on("2025-12-26"), (Some(166), 0.0));
    // Factbook figures: LT 640 + 261, LV 332 + 161, EE 324.
    assert_eq!(on("2025-12-27"), (Some(163), 1718.0));
    assert_eq!(on("2026-01-10"), (Some(162), 1718.0 + 1309.0));
    assert_eq!(
        on("2026-02-20"),
        (Some(161), 1718.0 + 1309.0 + 375.0 + 209.0)
    );
}

#[test]
fn presets_change_only_who_withdraws() {
    let baltics = SCENARIOS
        .iter()
        .find(|s| s.id == "baltics-only")
        .expect("the preset exists");
    let outcome =
        Scenario::from_preset(COUNTRIES, baltics).outcome_on(&TREATY, COUNTRIES, d("2026-03-01"));
    let withdrawn: Vec<&str> = outcome
        .states
        .iter()
        .filter(|s| !s.status.is_bound() && s.status != Status::NotParty)
        .map(|s| s.code)
        .collect();
    assert_eq!(withdrawn, ["LT", "LV", "EE"]);
    assert_eq!(outcome.states_parties, Some(163));
}

#[test]
fn ukraine_withdrawing_during_the_war_waits_for_its_end() {
    let ukraine = COUNTRIES.iter().find(|c| c.code == "UA").unwrap();
    let deposited = d("2025-07-18");
    let at_war = Withdrawal {
        instrument: Instrument::Withdrawal,
        deposited,
        armed_conflict: ArmedConflict::Ongoing,
        named_date: None,
        assumed_effective: None,
    };
    let status = status_on(
        ukraine,
        Some(&at_war),
        TREATY.withdrawal_rule,
        d("2030-01-01"),
    );
    assert_eq!(
        status,
        Status::WithdrawalNotified {
            deposited,
            effect: Effect::WhenConflictEnds,
            rule: RuleApplied::ArmedConflictClause
        }
    );
    assert!(status.is_bound());
    let peace = Withdrawal {
        armed_conflict: ArmedConflict::EndsOn(d("2027-05-09")),
        ..at_war
    };
    assert!(status_on(ukraine, Some(&peace), ARTICLE_20, d("2027-05-08")).is_bound());
    assert_eq!(
        status_on(ukraine, Some(&peace), ARTICLE_20, d("2027-05-09")),
        Status::Withdrawn {
            since: d("2027-05-09")
        }
    );
}

fn any_date() -> impl Strategy<Value = Date> {
    // 1997 to 2060, every day.
    (d("1997-01-01").days_since_epoch()..d("2060-12-31").days_since_epoch())
        .prop_map(Date::from_days_since_epoch)
}

/// The Ottawa Convention's rule: six months, and the armed-conflict clause.
const ARTICLE_20: WithdrawalRule = WithdrawalRule {
    notice_months: 6,
    armed_conflict_delays: true,
    later_date_allowed: false,
};

/// A year's notice and no armed-conflict clause (ECOWAS's Article 91).
const A_YEAR_AND_NO_CLAUSE: WithdrawalRule = WithdrawalRule {
    notice_months: 12,
    armed_conflict_delays: false,
    later_date_allowed: false,
};

/// The same, and a notice may name a later date (the Rome Statute's Article 127).
const ARTICLE_127: WithdrawalRule = WithdrawalRule {
    later_date_allowed: true,
    ..A_YEAR_AND_NO_CLAUSE
};

#[test]
fn the_rule_is_the_story_s_data() {
    assert_eq!(TREATY.withdrawal_rule, ARTICLE_20);
    // ECOWAS's date for the Sahel states' notices of 29 January 2024.
    let (effect, rule) = withdrawal_effect(
        A_YEAR_AND_NO_CLAUSE,
        d("2024-01-29"),
        None,
        ArmedConflict::Ongoing,
    );
    assert_eq!(effect, Effect::On(d("2025-01-29")));
    assert_eq!(rule, RuleApplied::NoticePeriod);
}

fn any_conflict() -> impl Strategy<Value = ArmedConflict> {
    prop_oneof![
        Just(ArmedConflict::None),
        Just(ArmedConflict::Ongoing),
        any_date().prop_map(ArmedConflict::EndsOn),
    ]
}

proptest! {
    #[test]
    fn days_sort_as_the_standard_library_sorts(mut days in prop::collection::vec(any_date(), 0..40)) {
        // Every third day again, so that repeats are there to drop.
        let repeats: Vec<Date> = days.iter().step_by(3).copied().collect();
        days.extend(repeats);
        let mut expected = days.clone();
        expected.sort_unstable();
        expected.dedup();
        ottawa_explorer::model::date::sort_and_dedup(&mut days);
        prop_assert_eq!(days, expected);
    }

    #[test]
    fn effect_is_never_before_deposit_plus_six_months(deposited in any_date(), conflict in any_conflict()) {
        let expiry = deposited.add_months(6);
        let (effect, rule) = withdrawal_effect(ARTICLE_20, deposited, None, conflict);
        match (effect, conflict) {
            (Effect::On(on), ArmedConflict::EndsOn(end)) => {
                prop_assert_eq!(on, expiry.max(end));
                prop_assert_eq!(rule == RuleApplied::ArmedConflictClause, end > expiry);
            }
            (Effect::On(on), ArmedConflict::None) => prop_assert_eq!(on, expiry),
            (Effect::WhenConflictEnds, ArmedConflict::Ongoing) => {}
            other => prop_assert!(false, "unexpected {:?}", other),
        }
        if let Effect::On(on) = effect {
            prop_assert!(on >= expiry && on > deposited);
        }
    }

    #[test]
    fn without_the_clause_a_conflict_changes_nothing(deposited in any_date(), conflict in any_conflict()) {
        let (effect, rule) = withdrawal_effect(A_YEAR_AND_NO_CLAUSE, deposited, None, conflict);
        prop_assert_eq!(effect, Effect::On(deposited.add_months(12)));
        prop_assert_eq!(rule, RuleApplied::NoticePeriod);
    }

    /// A named date counts only where the rule allows one, and only when it is later than the
    /// notice period's end: the later of the two.
    #[test]
    fn a_named_date_counts_only_if_allowed_and_later(deposited in any_date(), named in any_date()) {
        let expiry = deposited.add_months(12);
        let (effect, rule) = withdrawal_effect(ARTICLE_127, deposited, Some(named), ArmedConflict::None);
        prop_assert_eq!(effect, Effect::On(expiry.max(named)));
        prop_assert_eq!(rule == RuleApplied::NamedDate, named > expiry);
        let (effect, _) = withdrawal_effect(A_YEAR_AND_NO_CLAUSE, deposited, Some(named), ArmedConflict::None);
        prop_assert_eq!(effect, Effect::On(expiry));
    }

    #[test]
    fn statuses_only_move_forward_for_one_withdrawal(
        deposited in any_date(),
        conflict in any_conflict(),
        earlier in any_date(),
        later in any_date(),
    ) {
        let (earlier, later) = (earlier.min(later), earlier.max(later));
        let finland = COUNTRIES.iter().find(|c| c.code == "FI").unwrap();
        let withdrawal = Withdrawal { instrument: Instrument::Withdrawal, deposited: deposited.max(d("2012-07-01")), armed_conflict: conflict, named_date: None, assumed_effective: None };
        let before = status_on(finland, Some(&withdrawal), ARTICLE_20, earlier);
        let after = status_on(finland, Some(&withdrawal), ARTICLE_20, later);
        prop_assert!(rank(before) <= rank(after), "{:?} on {} then {:?} on {}", before, earlier, after, later);
    }

    #[test]
    fn adding_months_keeps_the_day_or_clamps_it(date in any_date(), months in -600i32..600) {
        let moved = date.add_months(months);
        let index = |d: Date| d.year() * 12 + d.month() as i32;
        prop_assert_eq!(index(moved) - index(date), months);
        prop_assert!(moved.day() <= date.day());
        if date.day() <= 28 {
            prop_assert_eq!(moved.day(), date.day());
        }
        prop_assert_eq!(Date::parse_iso(&moved.to_string()), Some(moved));
    }
}

/// Each value is spelled once and read back as itself, and no two values share a spelling.
#[test]
fn every_spelled_value_reads_back_as_itself() {
    use ottawa_explorer::model::{ArmedConflict, Confidence, Date, Instrument, JoinKind};
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        ids: &[&str],
        id: fn(T) -> &'static str,
        from: fn(&str) -> Option<T>,
    ) {
        assert_eq!(all.len(), ids.len());
        for (value, spelled) in all.iter().zip(ids) {
            assert_eq!(id(*value), *spelled);
            assert_eq!(from(spelled), Some(*value));
        }
        assert_eq!(from("not a value"), None);
    }
    check(
        Confidence::ALL,
        Confidence::IDS,
        Confidence::id,
        Confidence::from_id,
    );
    check(
        JoinKind::ALL,
        JoinKind::IDS,
        JoinKind::id,
        JoinKind::from_id,
    );
    check(
        Instrument::ALL,
        Instrument::IDS,
        Instrument::id,
        Instrument::from_id,
    );
    let ends = ArmedConflict::EndsOn(Date::new(2027, 5, 9).unwrap());
    for conflict in [ArmedConflict::None, ArmedConflict::Ongoing, ends] {
        assert_eq!(ArmedConflict::from_id(&conflict.to_id()), Some(conflict));
    }
    assert_eq!(ends.to_id(), "2027-05-09");
}

/// An order along a single withdrawal's life: a status never goes back to a lower rank.
fn rank(status: Status) -> u8 {
    match status.kind() {
        StatusKind::NotParty => 0,
        StatusKind::Party => 1,
        StatusKind::WithdrawalNotified | StatusKind::Suspended | StatusKind::Announced => 2,
        StatusKind::Withdrawn => 3,
    }
}
