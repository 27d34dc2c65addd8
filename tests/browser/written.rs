//! The pages the build writes use CLDR tables (`i18n::written`); the browser writes with its
//! own `Intl`. A page whose static sections said "2025-05-08" or "6279" where the browser's
//! sections say "8. toukokuuta 2025" and "6 279" would read as two pages: here the two must
//! agree, in every language, for every day the explainer can show and the numbers it writes.

use wasm_bindgen_test::wasm_bindgen_test;

use ottawa_explorer::data::{CASUALTIES, COUNTRIES, DATA_UPDATED, EVENTS, FORECASTS};
use ottawa_explorer::i18n::written::{self, DateStyleName};
use ottawa_explorer::i18n::Lang;
use ottawa_explorer::model::timescale::{TickStep, TickUnit};
use ottawa_explorer::model::Date;
use ottawa_explorer::platform;

fn every_day(from: Date, to: Date) -> impl Iterator<Item = Date> {
    (from.days_since_epoch()..=to.days_since_epoch()).map(Date::from_days_since_epoch)
}

#[wasm_bindgen_test]
fn every_date_reads_the_same_in_the_built_page_and_in_the_browser() {
    let step = |unit| TickStep { unit, every: 1 };
    let days: Vec<Date> = every_day(
        Date::new(2024, 1, 1).unwrap(),
        Date::new(2028, 12, 31).unwrap(),
    )
    .chain(EVENTS.iter().map(|e| e.date))
    .chain(FORECASTS.iter().map(|f| f.made_on))
    .chain([DATA_UPDATED])
    .collect();
    for lang in Lang::ALL {
        for &day in &days {
            assert_eq!(
                written::date(lang, day, DateStyleName::Long),
                platform::format_date(lang, day),
                "{lang:?} {day}"
            );
            assert_eq!(
                written::date(lang, day, DateStyleName::MonthYear),
                platform::format_tick(lang, day, step(TickUnit::Month)),
                "{lang:?} {day} (month tick)"
            );
            assert_eq!(
                written::date(lang, day, DateStyleName::DayMonth),
                platform::format_tick(lang, day, step(TickUnit::Day)),
                "{lang:?} {day} (day tick)"
            );
        }
    }
}

#[wasm_bindgen_test]
fn every_number_reads_the_same_in_the_built_page_and_in_the_browser() {
    let casualties = CASUALTIES
        .iter()
        .flat_map(|y| [Some(y.total), y.killed, y.injured, y.unknown])
        .flatten()
        .map(i64::from);
    let numbers: Vec<i64> = (0..=1_100)
        .chain((1_100..=120_000).step_by(997))
        .chain([9_999, 10_000, 99_999, 100_000, 1_234_567, -1, -1_309])
        .chain(casualties)
        .collect();
    for lang in Lang::ALL {
        for &n in &numbers {
            assert_eq!(
                written::whole(lang, n),
                platform::format_number(lang, n as f64),
                "{lang:?} {n}"
            );
        }
        for percent in 0..=100 {
            let share = f64::from(percent) / 100.0;
            assert_eq!(
                written::share(lang, share),
                platform::format_share(lang, share),
                "{lang:?} {percent} %"
            );
        }
        for n in (0..=2_000).chain([12_345, 1_234_567]) {
            assert_eq!(
                written::thousandths(lang, n),
                platform::format_thousandths(lang, n as f64 / 1000.0),
                "{lang:?} {n}/1000"
            );
        }
    }
}

#[wasm_bindgen_test]
fn every_list_reads_the_same_in_the_built_page_and_in_the_browser() {
    let names: Vec<&str> = COUNTRIES.iter().map(|c| c.code).collect();
    for lang in Lang::ALL {
        for n in 0..=names.len() {
            assert_eq!(
                written::list(lang, &names[..n]),
                platform::format_list(lang, &names[..n]),
                "{lang:?} {n} items"
            );
        }
    }
}
