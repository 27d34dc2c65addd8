//! The scenario explorer's strings that take values: statuses, the rule applied to each state,
//! and the slider's spoken value.

use super::{
    fill, tables, tr, Lang, Msg, BORDER_WITH_AT, BORDER_WITH_CODES, COUNTRY_AT, COUNTRY_CODES,
};
use crate::model::{Date, Effect, Instrument, RuleApplied, StateOutcome, StatusKind, Withdrawal};

/// A state's name. The map also names neighbours that are not in the data. The names are
/// slots of the interface table, so each language's come with its file.
pub fn country_name(lang: Lang, code: &str) -> &'static str {
    COUNTRY_CODES
        .binary_search(&code)
        .ok()
        .and_then(|index| tables::names(lang).get(index))
        .copied()
        .unwrap_or_default()
}

/// A neighbour in "… km with Russia" (`[border_with]` of `data/STORY/i18n`; the case each language
/// needs there, which a name alone does not give).
pub fn with_neighbour(lang: Lang, code: &str) -> &'static str {
    BORDER_WITH_CODES
        .binary_search(&code)
        .ok()
        .and_then(|index| tables::names(lang).get(BORDER_WITH_AT - COUNTRY_AT + index))
        .copied()
        .unwrap_or_default()
}

/// The status in a few words (legend, table, map labels).
pub fn status_name(lang: Lang, status: StatusKind) -> &'static str {
    tr(
        lang,
        match status {
            StatusKind::NotParty => Msg::StatusNotParty,
            StatusKind::Party => Msg::StatusParty,
            StatusKind::WithdrawalNotified => Msg::StatusPending,
            StatusKind::Suspended => Msg::StatusSuspension,
            StatusKind::Announced => Msg::StatusAnnounced,
            StatusKind::Withdrawn => Msg::StatusWithdrawn,
        },
    )
}

/// One sentence on which part of the withdrawal rule decides this state's case. `date` formats days.
pub fn rule_applied(
    lang: Lang,
    state: &StateOutcome,
    withdrawal: Option<&Withdrawal>,
    date: impl Fn(Date) -> String,
) -> String {
    let name = country_name(lang, state.code);
    // The story's words for each part of its rule (`[withdrawal_rule.words]` in treaty.toml).
    let [none, notice, conflict_ends, conflict_open, suspension, named_date, assumed] =
        super::rule_words(lang);
    let Some(w) = withdrawal else {
        return fill(none, &[("name", name)]);
    };
    let deposited = date(w.deposited);
    let (template, effective) = match (w.instrument, state.effect) {
        (Instrument::Suspension, _) => (suspension, None),
        (_, Some((Effect::On(on), RuleApplied::NoticePeriod))) => (notice, Some(on)),
        (_, Some((Effect::On(on), RuleApplied::ArmedConflictClause))) => (conflict_ends, Some(on)),
        (_, Some((Effect::On(on), RuleApplied::NamedDate))) => (named_date, Some(on)),
        (_, Some((Effect::On(on), RuleApplied::Assumed))) => (assumed, Some(on)),
        _ => (conflict_open, None),
    };
    let effective = effective.map(&date).unwrap_or_default();
    fill(
        template,
        &[
            ("name", name),
            ("deposited", &deposited),
            ("effective", &effective),
        ],
    )
}

/// The effective date column: a date, "when the conflict ends", or nothing.
pub fn effect_text(lang: Lang, effect: Option<Effect>, date: impl Fn(Date) -> String) -> String {
    match effect {
        Some(Effect::On(on)) => date(on),
        Some(Effect::WhenConflictEnds) => tr(lang, Msg::EffectWhenConflictEnds).into(),
        None => "—".into(),
    }
}

/// The slider's spoken value: "27 December 2025: Estonia, Latvia and Lithuania withdrawn".
/// `names` is already a list in words (`Intl.ListFormat`).
pub fn date_summary(lang: Lang, date_text: &str, withdrawn: usize, names: &str) -> String {
    let msg = if withdrawn == 0 {
        Msg::DateSummaryNone
    } else {
        Msg::DateSummary
    };
    fill(tr(lang, msg), &[("date", date_text), ("names", names)])
}

/// "1,309 km"; `number` is already formatted by `Intl.NumberFormat`.
pub fn kilometres(lang: Lang, number: &str) -> String {
    fill(tr(lang, Msg::Kilometres), &[("number", number)])
}
