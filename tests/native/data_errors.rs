//! Every rule an editor can break fails with `STORY/FILE:LINE: FIELD: what is wrong`, naming
//! the story's folder as the editor finds it (`data/ottawa/events.toml:12: …`).
//!
//! Each test takes the small valid story in `tests/fixtures/data/`, breaks one thing, and
//! asserts the exact message.

use std::path::Path;

use crate::datagen::{compile, read_inputs, Input};

/// The fixture story's folder, as messages name it.
const FIXTURE: &str = "tests/fixtures/data";

fn fixture() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data");
    read_inputs(&dir, FIXTURE).expect("the fixture files exist")
}

/// The errors after replacing `from` with `to` in one fixture file.
fn errors_after(file: &str, from: &str, to: &str) -> Vec<String> {
    let mut inputs = fixture();
    let input = inputs
        .iter_mut()
        .find(|i| i.name == format!("{FIXTURE}/{file}"))
        .expect("a data file");
    assert!(input.text.contains(from), "{file} has no {from:?}");
    input.text = input.text.replacen(from, to, 1);
    match compile(&inputs) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn check(file: &str, from: &str, to: &str, expected: &[&str]) {
    assert_eq!(errors_after(file, from, to), expected);
}

/// A story without forecasts leaves out `forecasts.toml` and `yardstick.toml` together, and
/// compiles to no forecasts (the page then has no forecast section); one without the other is
/// an error naming the file that is there.
#[test]
fn a_story_may_have_no_forecasts_but_not_half_of_them() {
    let without = |left_out: &[&str]| -> Vec<Input> {
        fixture()
            .into_iter()
            .filter(|i| !left_out.iter().any(|f| i.name.ends_with(f)))
            .collect()
    };
    let code = compile(&without(&["forecasts.toml", "yardstick.toml"]))
        .expect("a story without forecasts compiles")
        .code;
    assert!(code.contains("pub const HAS_FORECASTS: bool = false;"));
    assert!(code.contains("pub static FORECASTS: &[Forecast] = &[];"));
    assert!(compile(&fixture())
        .unwrap()
        .code
        .contains("pub const HAS_FORECASTS: bool = true;"));
    let Err(errors) = compile(&without(&["yardstick.toml"])) else {
        panic!("forecasts without their yardstick must fail");
    };
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        ["tests/fixtures/data/forecasts.toml:1: (file): a story has forecasts.toml and yardstick.toml (the words its forecasts use) both, or neither"]
    );
}

/// A notice may name a later date only where the story's rule says so (the ICC's does; the
/// Ottawa Convention's does not); where it may, the recorded date must follow it.
#[test]
fn a_named_date_needs_a_rule_that_allows_one() {
    check(
        "countries.toml",
        "armed_conflict = \"none\"",
        "armed_conflict = \"none\"\nnamed_date = \"2026-03-01\"",
        &["tests/fixtures/data/countries.toml:18: withdrawal.named_date: the withdrawal rule lets no notice name a later date (treaty.toml: later_date_allowed)"],
    );
    let mut inputs = fixture();
    for input in &mut inputs {
        if input.name.ends_with("treaty.toml") {
            input.text = input.text.replacen(
                "armed_conflict_delays = true",
                "armed_conflict_delays = true\nlater_date_allowed = true",
                1,
            );
        }
        if input.name.ends_with("countries.toml") {
            input.text = input.text.replacen(
                "armed_conflict = \"none\"",
                "armed_conflict = \"none\"\nnamed_date = \"2026-03-01\"",
                1,
            );
        }
    }
    let Err(errors) = compile(&inputs) else {
        panic!("the recorded date no longer follows the rule");
    };
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        errors.iter().any(|e| e.ends_with("does not follow the withdrawal rule (treaty.toml) from the deposit on 2025-06-27 (the later date it named: 2026-03-01)")),
        "{errors:?}"
    );
}

/// Without `casualties.toml` a story has no casualty chart and no corrections box.
#[test]
fn a_story_may_have_no_casualty_figures() {
    let inputs: Vec<Input> = fixture()
        .into_iter()
        .filter(|i| !i.name.ends_with("casualties.toml"))
        .collect();
    let code = compile(&inputs)
        .expect("a story without casualty figures compiles")
        .code;
    assert!(code.contains("pub static CASUALTIES: &[CasualtyYear] = &[];"));
    assert!(code.contains("pub static CORRECTIONS: &[Correction] = &[];"));
}

#[test]
fn the_fixture_and_the_real_data_compile() {
    assert!(compile(&fixture()).is_ok());
    let real = read_inputs(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ottawa"),
        "data/ottawa",
    )
    .unwrap();
    if let Err(errors) = compile(&real) {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn unknown_country() {
    check(
        "events.toml",
        "country = \"LT\"\nkind = \"deposit\"",
        "country = \"LX\"\nkind = \"deposit\"",
        &["tests/fixtures/data/events.toml:20: country: unknown country \"LX\" (countries.toml has: LT, RU)"],
    );
}

#[test]
fn bad_date() {
    check(
        "events.toml",
        "2025-05-08",
        "2025-02-30",
        &["tests/fixtures/data/events.toml:3: date: \"2025-02-30\" is not a valid date (write YYYY-MM-DD)"],
    );
    check("countries.toml", "in_force = \"2003-11-01\"", "in_force = \"1 Nov 2003\"", &[
        "tests/fixtures/data/countries.toml:6: in_force: \"1 Nov 2003\" is not a valid date (write YYYY-MM-DD)",
    ]);
}

#[test]
fn missing_or_unknown_source() {
    check(
        "events.toml",
        "title = \"Seimas votes\"\nsources = [\"monitor\"]",
        "title = \"Seimas votes\"\nsources = []",
        &["tests/fixtures/data/events.toml:7: sources: at least one source is required"],
    );
    check(
        "events.toml",
        "title = \"Seimas votes\"\nsources = [\"monitor\"]",
        "title = \"Seimas votes\"\nsources = [\"lrt\"]",
        &["tests/fixtures/data/events.toml:7: sources: unknown source \"lrt\" (add it to sources.toml)"],
    );
}

#[test]
fn duplicate_id() {
    check(
        "events.toml",
        "id = \"lt-deposit\"",
        "id = \"lt-vote\"",
        &["tests/fixtures/data/events.toml:18: id: duplicate id \"lt-vote\""],
    );
    let copy = "kind = \"reputable\"\n\n[[source]]\nid = \"monitor\"\ntitle = \"t\"\npublisher = \"p\"\nlocation = \"l\"\nkind = \"mirror\"";
    check(
        "sources.toml",
        "kind = \"reputable\"",
        copy,
        &["tests/fixtures/data/sources.toml:18: id: duplicate id \"monitor\""],
    );
}

#[test]
fn effective_date_must_follow_article_20() {
    check("events.toml", "date = \"2025-12-27\"", "date = \"2025-12-28\"", &[
        "tests/fixtures/data/events.toml:28: date: 2025-12-28 does not follow the withdrawal rule (treaty.toml) from the deposit on 2025-06-27 (6 months later: 2025-12-27)",
    ]);
    check("countries.toml", "effective = \"2025-12-27\"", "effective = \"2025-12-26\"", &[
        "tests/fixtures/data/countries.toml:18: withdrawal.effective: 2025-12-26 does not follow the withdrawal rule (treaty.toml) from the deposit on 2025-06-27 (6 months later: 2025-12-27)",
    ]);
    check("events.toml", "date = \"2025-06-27\"", "date = \"2025-06-28\"", &[
        "tests/fixtures/data/events.toml:19: date: 2025-06-28 differs from the deposit recorded in countries.toml (2025-06-27)",
    ]);
}

#[test]
fn vote_tally_must_add_up() {
    check(
        "events.toml",
        "participating = 110",
        "participating = 111",
        &["tests/fixtures/data/events.toml:9: votes: for + against + abstain = 110, but participating = 111"],
    );
    check(
        "events.toml",
        "seats = 141",
        "seats = 101",
        &["tests/fixtures/data/events.toml:9: votes: 110 members counted, but the chamber has 101 seats"],
    );
}

#[test]
fn shape_errors_name_the_field_and_line() {
    check(
        "events.toml",
        "title = \"Lithuania deposits\"\n",
        "",
        &["tests/fixtures/data/events.toml:17: title: missing field `title`"],
    );
    let errors = errors_after(
        "events.toml",
        "title = \"Seimas votes\"",
        "titel = \"Seimas votes\"",
    );
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("tests/fixtures/data/events.toml:6: titel: unknown field `titel`"),
        "{}",
        errors[0]
    );
}

#[test]
fn references_between_files_are_checked() {
    check(
        "forecasts.toml",
        "word = \"likely\"",
        "word = \"probable\"",
        &["tests/fixtures/data/forecasts.toml:12: word: \"probable\" is not a yardstick band (likely, unlikely)"],
    );
    check("scenarios.toml", "[\"LT\"]", "[\"RU\"]", &[
        "tests/fixtures/data/scenarios.toml:5: withdrawing: RU has no recorded withdrawal to take its dates from",
    ]);
    check("events.toml", "kind = \"parliament_vote\"", "kind = \"vote\"", &[
        "tests/fixtures/data/events.toml:5: kind: \"vote\" is not one of: adoption, opening_for_signature, signature, ratification, \
         accession, entry_into_force, announcement, declaration, government_decision, parliament_vote, promulgation, \
         denunciation, deposit, effective, report, forecast_milestone, coup, suspension, sanctions, \
         sanctions_lifted, summit",
    ]);
}

#[test]
fn every_error_is_reported_not_only_the_first() {
    let mut inputs = fixture();
    let events = inputs
        .iter_mut()
        .find(|i| i.name == "tests/fixtures/data/events.toml")
        .unwrap();
    events.text = events
        .text
        .replace("confidence = \"high\"", "confidence = \"certain\"");
    assert_eq!(compile(&inputs).unwrap_err().len(), 3);
}

#[test]
fn casualty_counts_must_add_up() {
    check("casualties.toml", "killed = 1983", "killed = 2983", &[
        "tests/fixtures/data/casualties.toml:1: total: killed + injured + unknown = 6757, more than the total 5757",
    ]);
}

#[test]
fn forecast_evidence_must_be_events() {
    check(
        "forecasts.toml",
        "word = \"likely\"",
        "word = \"likely\"\noutcome = \"happened\"\nevidence = [\"lt-vot\"]",
        &["tests/fixtures/data/forecasts.toml:14: evidence: unknown event \"lt-vot\" (events.toml)"],
    );
    check(
        "forecasts.toml",
        "word = \"likely\"",
        "word = \"likely\"\noutcome = \"happened\"",
        &["tests/fixtures/data/forecasts.toml:7: evidence: an outcome needs the events that show it"],
    );
}

#[test]
fn what_if_assumptions_are_checked() {
    check("scenarios.toml", "armed_conflict = \"ongoing\"", "armed_conflict = \"yes\"", &[
        "tests/fixtures/data/scenarios.toml:16: what_if.armed_conflict: \"yes\": write \"none\", \"ongoing\" or the date the conflict ends (YYYY-MM-DD)",
    ]);
    check(
        "scenarios.toml",
        "deposited = \"2025-06-27\"",
        "deposited = \"2025-06-31\"",
        &["tests/fixtures/data/scenarios.toml:15: what_if.deposited: \"2025-06-31\" is not a valid date (write YYYY-MM-DD)"],
    );
    check("scenarios.toml", "withdrawing = []", "withdrawing = [\"LT\"]", &[
        "tests/fixtures/data/scenarios.toml:14: what_if.country: LT is already in `withdrawing` (on its recorded terms): list it in one place",
    ]);
}

/// A member organisation's records: the organisation's suspensions (in order, each ending after
/// it began, citing sources), a membership from before the records or a date (not both), and a
/// what-if's assumed day (not before its notice, and only with the story's words for it).
#[test]
fn suspensions_memberships_and_assumed_days_are_checked() {
    let suspended = |from: &str, until: &str| {
        format!(
            "sources = [\"monitor\"]\n\n[[country.suspension]]\nfrom = \"{from}\"\nuntil = \"{until}\"\nsources = [\"monitor\"]\n\n[[country.suspension]]\nfrom = \"2021-05-30\"\nsources = [\"nobody\"]\n\n[[country.border]]"
        )
    };
    check(
        "countries.toml",
        "sources = [\"monitor\"]\n\n[[country.border]]",
        &suspended("2020-08-18", "2020-10-06"),
        &["tests/fixtures/data/countries.toml:16: suspension.sources: unknown source \"nobody\" (add it to sources.toml)"],
    );
    check(
        "countries.toml",
        "sources = [\"monitor\"]\n\n[[country.border]]",
        &suspended("2020-08-18", "2020-08-01").replace("nobody", "monitor"),
        &["tests/fixtures/data/countries.toml:11: suspension.until: must be after `from`"],
    );
    check(
        "countries.toml",
        "sources = [\"monitor\"]\n\n[[country.border]]",
        &suspended("2020-08-18", "2022-01-01").replace("nobody", "monitor"),
        &["tests/fixtures/data/countries.toml:15: suspension.from: suspensions must be listed in date order, each after the last ended"],
    );
    check(
        "countries.toml",
        "in_force = \"2003-11-01\"",
        "in_force = \"2003-11-01\"\nmember_throughout = true",
        &["tests/fixtures/data/countries.toml:6: in_force: give in_force or member_throughout, not both"],
    );
    check(
        "scenarios.toml",
        "armed_conflict = \"ongoing\"",
        "effective = \"2025-06-26\"",
        &[
            "tests/fixtures/data/scenarios.toml:16: what_if.effective: a withdrawal cannot take effect before its notice",
            "tests/fixtures/data/scenarios.toml:16: what_if.effective: the story's rule has no words for an assumed date: add `assumed` to [withdrawal_rule.words] in treaty.toml",
        ],
    );
}

/// A withdrawal announced without notice: only while the state is bound, before any notice
/// it sent, citing known sources.
#[test]
fn an_announcement_without_notice_is_checked() {
    let announced = |on: &str, source: &str| {
        format!("sources = [\"monitor\"]\n\n[country.announcement]\non = \"{on}\"\nsources = [\"{source}\"]\n\n[[country.border]]")
    };
    let before = "sources = [\"monitor\"]\n\n[[country.border]]";
    check(
        "countries.toml",
        before,
        &announced("2025-03-01", "monitor"),
        &[],
    );
    check(
        "countries.toml",
        before,
        &announced("2025-03-01", "nobody"),
        &["tests/fixtures/data/countries.toml:11: announcement.sources: unknown source \"nobody\" (add it to sources.toml)"],
    );
    check(
        "countries.toml",
        before,
        &announced("2001-01-01", "monitor"),
        &["tests/fixtures/data/countries.toml:10: announcement.on: a state announces a withdrawal only while bound (after in_force)"],
    );
    check(
        "countries.toml",
        before,
        &announced("2025-06-27", "monitor"),
        &["tests/fixtures/data/countries.toml:10: announcement.on: an announcement without notice comes before the notice (withdrawal.deposited)"],
    );
}
