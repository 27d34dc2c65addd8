//! What lets a view skip work: the scenario's outcome changes only on the days the model names,
//! and a zoom or pan moves what the timeline drew by one transform that the model computes.

use ottawa_explorer::data::{COUNTRIES, SCENARIOS, TREATY};
use ottawa_explorer::model::timescale::{Scale, ViewRange};
use ottawa_explorer::model::*;
use proptest::prelude::*;

fn d(text: &str) -> Date {
    Date::parse_iso(text).expect("a valid test date")
}

#[test]
fn the_outcome_names_belarus_and_russia_as_the_record_has_them() {
    let outcome = Scenario::record(COUNTRIES).outcome_on(&TREATY, COUNTRIES, d("2026-03-01"));
    assert_eq!(outcome.status_of("RU"), Some(Status::NotParty));
    // Belarus acceded in 2003 and is still bound; Russia never joined.
    assert_eq!(outcome.status_of("BY"), Some(Status::Party));
    assert!(matches!(
        outcome.status_of("LT"),
        Some(Status::Withdrawn { .. })
    ));
    assert_eq!(outcome.status_of("DE"), None, "not a state of the data");
    let modelled: Vec<&str> = outcome.states.iter().map(|s| s.code).collect();
    for (code, _) in &outcome.neighbours {
        assert!(!modelled.contains(code), "{code} is in the outcome once");
    }
    assert_eq!(
        outcome.states.len() + outcome.neighbours.len(),
        COUNTRIES.len(),
        "every state of the data has a status"
    );
}

/// Every day from 2024 to the end of 2027, for every preset: the standing (statuses, effective
/// dates, totals) changes from one day to the next only on a day the scenario's key dates name,
/// so drawing it again on other days would draw the same thing.
#[test]
fn the_standing_changes_only_on_key_dates() {
    for preset in SCENARIOS {
        let scenario = Scenario::from_preset(COUNTRIES, preset);
        let key_dates = scenario.key_dates(&TREATY, COUNTRIES);
        let mut day = d("2024-01-01");
        let mut before = scenario.outcome_on(&TREATY, COUNTRIES, day);
        let mut changes = 0;
        while day < d("2028-01-01") {
            day = day.add_days(1);
            let now = scenario.outcome_on(&TREATY, COUNTRIES, day);
            if !now.same_standing(&before) {
                changes += 1;
                assert!(
                    key_dates.contains(&day),
                    "{}: the standing changed on {day}, not a key date",
                    preset.id
                );
            }
            before = now;
        }
        assert!(
            changes > 0,
            "{}: something changes in four years",
            preset.id
        );
    }
}

#[test]
fn an_outcome_on_another_day_with_the_same_statuses_has_the_same_standing() {
    let record = Scenario::record(COUNTRIES);
    let a = record.outcome_on(&TREATY, COUNTRIES, d("2026-03-01"));
    let b = record.outcome_on(&TREATY, COUNTRIES, d("2026-03-02"));
    assert_ne!(a, b, "the day differs");
    assert!(a.same_standing(&b));
    let before = record.outcome_on(&TREATY, COUNTRIES, d("2025-01-01"));
    assert!(!a.same_standing(&before));
}

fn range() -> impl Strategy<Value = ViewRange> {
    (-20_000.0..30_000.0f64, 1.0..20_000.0f64).prop_map(|(start, span)| ViewRange {
        start,
        end: start + span,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// The transform a gesture applies puts every day where laying out again would.
    #[test]
    fn a_moved_mark_lands_where_the_new_scale_draws_it(drawn in range(), now in range(), day in -25_000.0..55_000.0f64) {
        let (drawn, now) = (Scale { range: drawn }, Scale { range: now });
        let moved = drawn.moved_to(now).x(drawn.x(day));
        let exact = now.x(day);
        prop_assert!((moved - exact).abs() <= 1e-6 * exact.abs().max(1_000.0), "{moved} vs {exact}");
    }

    #[test]
    fn moving_to_the_same_scale_is_no_move(drawn in range()) {
        let scale = Scale { range: drawn };
        let moved = scale.moved_to(scale);
        prop_assert!((moved.factor - 1.0).abs() < 1e-12 && moved.shift.abs() < 1e-9);
    }
}
