//! The scenario explorer's strings that take values: statuses, the rule applied to each state,
//! and the slider's spoken value.

use super::Lang;
use crate::model::{Effect, Instrument, RuleApplied, StateOutcome, Status, Withdrawal};

/// A state's name. The map also names neighbours that are not in the data.
pub fn country_name(lang: Lang, code: &str) -> &'static str {
    match lang {
        Lang::En => match code {
            "LT" => "Lithuania",
            "LV" => "Latvia",
            "EE" => "Estonia",
            "PL" => "Poland",
            "FI" => "Finland",
            "UA" => "Ukraine",
            "BY" => "Belarus",
            "RU" => "Russia",
            "NO" => "Norway",
            "SE" => "Sweden",
            "DE" => "Germany",
            _ => "",
        },
    }
}

/// The status in a few words (legend, table, map labels).
pub fn status_name(lang: Lang, status: Status) -> &'static str {
    match lang {
        Lang::En => match status {
            Status::NotParty => "Not a party",
            Status::Party => "Party",
            Status::WithdrawalNotified { .. } => "Withdrawal pending",
            Status::SuspensionClaimed { .. } => "“Suspension” claimed, still bound",
            Status::Withdrawn { .. } => "Withdrawn",
        },
    }
}

/// One sentence on which part of Article 20(3) decides this state's case. `date` formats days.
pub fn rule_applied(
    lang: Lang,
    state: &StateOutcome,
    withdrawal: Option<&Withdrawal>,
    date: impl Fn(crate::model::Date) -> String,
) -> String {
    let name = country_name(lang, state.code);
    match lang {
        Lang::En => match (withdrawal, state.effect) {
            (None, _) => format!("{name} deposits no instrument of withdrawal, so it stays a party."),
            (Some(w), _) if w.instrument == Instrument::Suspension => format!(
                "{name} notified a “suspension” on {}. The Convention has no suspension clause, so it remains bound; and as it is at war, even a withdrawal could not take effect before the conflict ends (Article 20(3)).",
                date(w.deposited)
            ),
            (Some(w), Some((Effect::On(on), RuleApplied::NoticePeriod))) => format!(
                "Six months after the UN received {name}'s instrument on {}: in effect from {} (Article 20(3), first sentence).",
                date(w.deposited),
                date(on)
            ),
            (Some(w), Some((Effect::On(on), RuleApplied::ArmedConflictClause))) => format!(
                "{name} is engaged in an armed conflict when the six months after {} run out, so its withdrawal waits for the conflict's end: in effect from {} (Article 20(3), second sentence).",
                date(w.deposited),
                date(on)
            ),
            (Some(w), _) => format!(
                "{name} is engaged in an armed conflict when the six months after {} run out, so its withdrawal cannot take effect before that conflict ends (Article 20(3), second sentence).",
                date(w.deposited)
            ),
        },
    }
}

/// The effective date column: a date, "when the conflict ends", or nothing.
pub fn effect_text(
    lang: Lang,
    effect: Option<Effect>,
    date: impl Fn(crate::model::Date) -> String,
) -> String {
    match (lang, effect) {
        (_, Some(Effect::On(on))) => date(on),
        (Lang::En, Some(Effect::WhenConflictEnds)) => "when the armed conflict ends".into(),
        (Lang::En, None) => "—".into(),
    }
}

/// The slider's spoken value: "27 December 2025: Estonia, Latvia and Lithuania withdrawn".
/// `names` is already a list in words (`Intl.ListFormat`).
pub fn date_summary(lang: Lang, date_text: &str, withdrawn: usize, names: &str) -> String {
    match lang {
        Lang::En if withdrawn == 0 => format!("{date_text}: no withdrawal in effect"),
        Lang::En => format!("{date_text}: {names} withdrawn"),
    }
}

/// "1,309 km"; `number` is already formatted by `Intl.NumberFormat`.
pub fn kilometres(lang: Lang, number: &str) -> String {
    match lang {
        Lang::En => format!("{number} km"),
    }
}
