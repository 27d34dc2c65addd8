//! A state's recorded withdrawal (`[country.withdrawal]` in `countries.toml`), checked against
//! the story's withdrawal rule, and the Rust expression of a withdrawal (shared with the
//! scenarios' what-ifs).

use std::collections::BTreeMap;

use super::checker::{date_expr, option, Checker};
use super::files::{variant, Recorded};
use super::raw::*;
use crate::date::Date;
use crate::withdrawal::{withdrawal_effect, ArmedConflict, Effect, RuleApplied, WithdrawalRule};
use ottawa_model::Instrument;

/// Checks a recorded withdrawal against the withdrawal rule and returns its Rust expression.
pub fn withdrawal(
    ck: &mut Checker,
    c: &RawCountry,
    w: &RawWithdrawal,
    in_force: Option<Date>,
    rule: WithdrawalRule,
    withdrawals: &mut BTreeMap<String, Recorded>,
) -> Option<String> {
    let instrument = ck.one_of(&w.instrument, "withdrawal.instrument", Instrument::IDS);
    let deposited = ck.date(&w.deposited, "withdrawal.deposited");
    ck.sources(&w.sources, "withdrawal.sources");
    let conflict = armed_conflict(ck, &w.armed_conflict, "withdrawal.armed_conflict");
    let effective = w
        .effective
        .as_ref()
        .and_then(|d| ck.date(d, "withdrawal.effective"));
    let named = w
        .named_date
        .as_ref()
        .and_then(|d| ck.date(d, "withdrawal.named_date"));
    if let (Some(span), false) = (&w.named_date, rule.later_date_allowed) {
        ck.error(
            span.span().start,
            "withdrawal.named_date",
            "the withdrawal rule lets no notice name a later date (treaty.toml: later_date_allowed)",
        );
    }
    let (instrument, deposited, conflict) = (instrument?, deposited?, conflict?);
    if c.in_force.is_none() || in_force.is_some_and(|in_force| deposited < in_force) {
        ck.error(
            w.deposited.span().start,
            "withdrawal.deposited",
            "a state can only withdraw while it is a party (check in_force)",
        );
    }
    let (effect, applied) = withdrawal_effect(rule, deposited, named, conflict);
    if instrument == Instrument::Withdrawal.id() {
        if let (Some(recorded), Some(span)) = (effective, w.effective.as_ref()) {
            if effect != Effect::On(recorded) {
                let expected = effect
                    .date()
                    .map_or("not before the armed conflict ends".into(), |d| {
                        d.to_string()
                    });
                let how = match applied {
                    RuleApplied::NamedDate => "the later date it named".to_string(),
                    _ => format!("{} months later", rule.notice_months),
                };
                let message = format!(
                    "{recorded} does not follow the withdrawal rule (treaty.toml) from the deposit on {deposited} ({how}: {expected})"
                );
                ck.error(span.span().start, "withdrawal.effective", message);
            }
        }
    }
    withdrawals.insert(c.code.get_ref().clone(), Recorded { deposited, effect });
    Some(format!(
        "Some({})",
        withdrawal_expr(instrument, deposited, named, None, conflict)
    ))
}

/// `"none"`, `"ongoing"` or the date an armed conflict ends.
pub fn armed_conflict(ck: &mut Checker, value: &Text, field: &str) -> Option<ArmedConflict> {
    let conflict = ArmedConflict::from_id(value.get_ref());
    if conflict.is_none() {
        let message = format!(
            "{:?}: write \"none\", \"ongoing\" or the date the conflict ends (YYYY-MM-DD)",
            value.get_ref()
        );
        ck.error(value.span().start, field, message);
    }
    conflict
}

/// The Rust expression of a `Withdrawal`.
pub fn withdrawal_expr(
    instrument: &str,
    deposited: Date,
    named: Option<Date>,
    assumed_effective: Option<Date>,
    conflict: ArmedConflict,
) -> String {
    let conflict = match conflict {
        ArmedConflict::None => "ArmedConflict::None".to_string(),
        ArmedConflict::Ongoing => "ArmedConflict::Ongoing".to_string(),
        ArmedConflict::EndsOn(end) => format!("ArmedConflict::EndsOn({})", date_expr(end)),
    };
    format!(
        "Withdrawal {{ instrument: Instrument::{}, deposited: {}, armed_conflict: {conflict}, named_date: {}, assumed_effective: {} }}",
        variant(instrument),
        date_expr(deposited),
        option(named, date_expr),
        option(assumed_effective, date_expr)
    )
}
