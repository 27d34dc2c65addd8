//! A member organisation's rules, on hand-built states (the Ottawa story has none of them): the
//! organisation's suspensions, a notice that outweighs one, a withdrawal announced without
//! notice, and a what-if's assumed day.

use ottawa_explorer::model::*;
use proptest::prelude::*;

fn d(text: &str) -> Date {
    Date::parse_iso(text).expect("a valid test date")
}

/// ECOWAS's Article 91: a year's notice, no armed-conflict clause, no later date.
const ARTICLE_91: WithdrawalRule = WithdrawalRule {
    notice_months: 12,
    armed_conflict_delays: false,
    later_date_allowed: false,
};

static MALI_SUSPENSIONS: [Suspension; 2] = [
    Suspension {
        from: Date::from_ymd_unchecked(2020, 8, 18),
        until: Some(Date::from_ymd_unchecked(2020, 10, 6)),
        sources: &[],
    },
    Suspension {
        from: Date::from_ymd_unchecked(2021, 5, 30),
        until: None,
        sources: &[],
    },
];

static MALI: Country = Country {
    code: "ML",
    name: "Mali",
    role: CountryRole::Subject,
    signed: None,
    joined: None,
    in_force: Some(Date::BEFORE_RECORDS),
    suspensions: &MALI_SUSPENSIONS,
    announced: None,
    borders: &[],
    withdrawal: None,
    sources: &[],
};

fn notice(deposited: &str, assumed: Option<&str>) -> Withdrawal {
    Withdrawal {
        instrument: Instrument::Withdrawal,
        deposited: d(deposited),
        armed_conflict: ArmedConflict::None,
        named_date: None,
        assumed_effective: assumed.map(d),
    }
}

#[test]
fn a_suspension_holds_between_its_days_and_leaves_the_state_bound() {
    let on = |day: &str| status_on(&MALI, None, ARTICLE_91, d(day));
    assert_eq!(on("2020-08-17"), Status::Party);
    assert_eq!(
        on("2020-08-18"),
        Status::Suspended {
            since: d("2020-08-18")
        }
    );
    assert_eq!(on("2020-10-05").kind(), StatusKind::Suspended);
    assert_eq!(
        on("2020-10-06"),
        Status::Party,
        "`until` is the day it ended"
    );
    assert_eq!(
        on("2024-01-01"),
        Status::Suspended {
            since: d("2021-05-30")
        }
    );
    assert!(
        on("2024-01-01").is_bound(),
        "a suspended member is still a member"
    );
}

#[test]
fn a_notice_outweighs_a_suspension_and_takes_effect_a_year_later() {
    let w = notice("2024-01-29", None);
    let on = |day: &str| status_on(&MALI, Some(&w), ARTICLE_91, d(day));
    assert_eq!(on("2024-01-28").kind(), StatusKind::Suspended);
    assert_eq!(
        on("2024-01-29"),
        Status::WithdrawalNotified {
            deposited: d("2024-01-29"),
            effect: Effect::On(d("2025-01-29")),
            rule: RuleApplied::NoticePeriod,
        }
    );
    assert_eq!(
        on("2025-01-29"),
        Status::Withdrawn {
            since: d("2025-01-29")
        }
    );
}

#[test]
fn a_what_if_s_assumed_day_decides_whatever_the_rule() {
    // The states' claim: "sans délai", in effect on the day they announced it.
    let claim = notice("2024-01-28", Some("2024-01-28"));
    assert_eq!(
        claim.effect(ARTICLE_91),
        (Effect::On(d("2024-01-28")), RuleApplied::Assumed)
    );
    let on = status_on(&MALI, Some(&claim), ARTICLE_91, d("2024-01-28"));
    assert_eq!(
        on,
        Status::Withdrawn {
            since: d("2024-01-28")
        }
    );
    // ECOWAS's transitional window taken as the exit: later than the rule's date.
    let window = notice("2024-01-29", Some("2025-07-29"));
    let on = status_on(&MALI, Some(&window), ARTICLE_91, d("2025-03-01"));
    assert_eq!(on.kind(), StatusKind::WithdrawalNotified);
}

proptest! {
    /// Without an assumed day, the effect is the rule's; with one, it is that day.
    #[test]
    fn the_assumed_day_replaces_only_the_date(deposited in 0i64..20_000, later in 0i64..1_000, assumed in any::<bool>()) {
        let deposited = Date::from_days_since_epoch(deposited);
        let day = Date::from_days_since_epoch(deposited.days_since_epoch() + later);
        let w = Withdrawal {
            instrument: Instrument::Withdrawal,
            deposited,
            armed_conflict: ArmedConflict::None,
            named_date: None,
            assumed_effective: assumed.then_some(day),
        };
        let by_rule = withdrawal_effect(ARTICLE_91, deposited, None, ArmedConflict::None);
        if assumed {
            prop_assert_eq!(w.effect(ARTICLE_91), (Effect::On(day), RuleApplied::Assumed));
        } else {
            prop_assert_eq!(w.effect(ARTICLE_91), by_rule);
        }
    }
}

static BURKINA_FASO: Country = Country {
    code: "BF",
    name: "Burkina Faso",
    role: CountryRole::Subject,
    signed: None,
    joined: None,
    in_force: Some(Date::BEFORE_RECORDS),
    suspensions: &[],
    announced: Some(Date::from_ymd_unchecked(2025, 9, 22)),
    borders: &[],
    withdrawal: None,
    sources: &[],
};

/// A withdrawal announced without notice ("avec effet immédiat") leaves the state bound, and
/// a notice, once sent, is what counts.
#[test]
fn an_announcement_without_notice_leaves_the_state_bound_until_a_notice_takes_effect() {
    let on = |withdrawal: Option<&Withdrawal>, day: &str| {
        status_on(&BURKINA_FASO, withdrawal, ARTICLE_91, d(day))
    };
    assert_eq!(on(None, "2025-09-21"), Status::Party);
    let announced = on(None, "2025-09-22");
    assert_eq!(
        announced,
        Status::Announced {
            since: d("2025-09-22")
        }
    );
    assert!(announced.is_bound());
    assert_eq!(on(None, "2030-01-01").kind(), StatusKind::Announced);
    let notice = notice("2026-01-05", None);
    assert_eq!(
        on(Some(&notice), "2026-01-04").kind(),
        StatusKind::Announced
    );
    assert_eq!(
        on(Some(&notice), "2026-01-05").kind(),
        StatusKind::WithdrawalNotified
    );
    assert_eq!(
        on(Some(&notice), "2027-01-05"),
        Status::Withdrawn {
            since: d("2027-01-05")
        }
    );
}
