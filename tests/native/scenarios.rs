//! The scenario engine: presets, what-ifs, the States Parties step series and region totals.

use ottawa_explorer::data::{COUNTRIES, SCENARIOS, TREATY};
use ottawa_explorer::model::*;

fn d(text: &str) -> Date {
    Date::parse_iso(text).expect("a valid test date")
}

fn preset(id: &str) -> Scenario {
    let preset = SCENARIOS.iter().find(|s| s.id == id).expect("the preset exists");
    Scenario::from_preset(COUNTRIES, preset)
}

fn status_of(scenario: &Scenario, code: &str, date: &str) -> Status {
    let outcome = scenario.outcome_on(&TREATY, COUNTRIES, d(date));
    outcome.states.iter().find(|s| s.code == code).unwrap().status
}

#[test]
fn poland_not_withdrawing_stays_a_party() {
    let mut scenario = Scenario::record(COUNTRIES);
    scenario.set("PL", None);
    for date in ["2025-08-20", "2026-02-20", "2029-01-01"] {
        assert_eq!(status_of(&scenario, "PL", date), Status::Party, "{date}");
    }
    let outcome = scenario.outcome_on(&TREATY, COUNTRIES, d("2026-03-01"));
    assert_eq!(outcome.states_parties, Some(162), "one withdrawal fewer than the record");
}

#[test]
fn an_instrument_received_on_the_31st_takes_effect_on_the_last_day_of_a_shorter_month() {
    // The model's rule (src/model/date.rs): six months later, same day, clamped to the month's end.
    let mut scenario = Scenario::record(COUNTRIES);
    let deposited = d("2025-08-31");
    scenario.set(
        "PL",
        Some(Withdrawal {
            instrument: Instrument::Withdrawal,
            deposited,
            armed_conflict: ArmedConflict::None,
        }),
    );
    assert!(status_of(&scenario, "PL", "2026-02-27").is_bound());
    assert_eq!(
        status_of(&scenario, "PL", "2026-02-28"),
        Status::Withdrawn {
            since: d("2026-02-28")
        }
    );
}

#[test]
fn a_state_at_war_at_the_six_month_mark_is_pending_until_the_conflict_ends() {
    let mut scenario = Scenario::record(COUNTRIES);
    scenario.set(
        "FI",
        Some(Withdrawal {
            instrument: Instrument::Withdrawal,
            deposited: d("2025-07-10"),
            armed_conflict: ArmedConflict::EndsOn(d("2026-09-01")),
        }),
    );
    assert_eq!(
        status_of(&scenario, "FI", "2026-01-10"),
        Status::WithdrawalNotified {
            deposited: d("2025-07-10"),
            effect: Effect::On(d("2026-09-01")),
            rule: RuleApplied::ArmedConflictClause,
        }
    );
    assert_eq!(
        status_of(&scenario, "FI", "2026-09-01"),
        Status::Withdrawn {
            since: d("2026-09-01")
        }
    );
    // A conflict that ended before the six months were up changes nothing.
    scenario.set(
        "FI",
        Some(Withdrawal {
            instrument: Instrument::Withdrawal,
            deposited: d("2025-07-10"),
            armed_conflict: ArmedConflict::EndsOn(d("2025-09-01")),
        }),
    );
    assert_eq!(
        status_of(&scenario, "FI", "2026-01-10"),
        Status::Withdrawn {
            since: d("2026-01-10")
        }
    );
}

#[test]
fn the_wider_frontline_preset_takes_every_state_out_on_one_day() {
    let scenario = preset("wider-frontline");
    for code in ["LT", "LV", "EE", "PL", "FI"] {
        assert!(status_of(&scenario, code, "2025-12-26").is_bound(), "{code}");
        assert_eq!(
            status_of(&scenario, code, "2025-12-27"),
            Status::Withdrawn {
                since: d("2025-12-27")
            },
            "{code}"
        );
    }
    assert_eq!(status_of(&scenario, "UA", "2026-01-01"), Status::Party);
    let outcome = scenario.outcome_on(&TREATY, COUNTRIES, d("2025-12-27"));
    assert_eq!(outcome.states_parties, Some(161));
}

#[test]
fn every_preset_names_states_the_data_has() {
    let codes: Vec<&str> = COUNTRIES.iter().map(|c| c.code).collect();
    let ids: Vec<&str> = SCENARIOS.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        ["record", "baltics-only", "baltics-poland-finland", "wider-frontline"]
    );
    for preset in SCENARIOS {
        for code in preset.withdrawing.iter().chain(preset.what_if.iter().map(|(c, _)| c)) {
            assert!(codes.contains(code), "{}: {code}", preset.id);
        }
    }
    assert_eq!(preset("record"), Scenario::record(COUNTRIES));
}

#[test]
fn states_parties_steps_follow_the_record() {
    let steps = Scenario::record(COUNTRIES).states_parties_steps(
        &TREATY,
        COUNTRIES,
        d("2025-01-01"),
        d("2026-12-31"),
    );
    let expected = [
        ("2025-01-01", 164),
        ("2025-03-12", 165),
        ("2025-06-25", 166),
        ("2025-12-27", 163),
        ("2026-01-10", 162),
        ("2026-02-20", 161),
    ];
    let expected: Vec<(Date, u16)> = expected.iter().map(|&(day, n)| (d(day), n)).collect();
    assert_eq!(steps, expected);
}

#[test]
fn region_totals_split_the_border_by_neighbour() {
    let outcome = Scenario::record(COUNTRIES).outcome_on(&TREATY, COUNTRIES, d("2026-03-01"));
    // Factbook figures. Russia: LT 261, LV 332, EE 324, PL 209, FI 1,309. Belarus: LT 640,
    // LV 161, PL 375.
    assert_eq!(outcome.unbound_by_neighbour, [("BY", 1176.0), ("RU", 2435.0)]);
    assert_eq!(outcome.unbound_border_km, 3611.0);
    // Still bound: Ukraine (its "suspension" is not provided for) and Belarus.
    assert_eq!(outcome.region_parties, 2);
    let before = Scenario::record(COUNTRIES).outcome_on(&TREATY, COUNTRIES, d("2025-01-01"));
    assert_eq!(before.region_parties, 7, "the six and Belarus; Russia never joined");
}
