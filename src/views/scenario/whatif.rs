//! What-if controls: for each state of the story, whether it withdraws, what it deposits, the
//! day the UN receives it, a later day its notice names (where the rule allows one), and
//! whether it is at war and until when (where the rule has an armed-conflict clause). The model
//! does the rest.

use yew::prelude::*;

use crate::data::RULE;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::{ArmedConflict, Date, Instrument, Scenario, Withdrawal};
use crate::platform;
use crate::state::Action;
use crate::views::fold::use_fold;

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub lang: Lang,
    pub scenario: Scenario,
    /// The states whose assumption differs from the preset.
    pub changed: Vec<&'static str>,
    pub preset: usize,
    pub today: Date,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    let lang = props.lang;
    let reset = props.dispatch.reform({
        let preset = props.preset;
        move |_: MouseEvent| Action::ChoosePreset(preset)
    });
    let open = !props.changed.is_empty();
    let fold = use_fold(open);
    html! {
        <details class="what-if" {open} ontoggle={fold.ontoggle}>
            <summary onclick={fold.onclick}>{ tr(lang, Msg::WhatIfHeading) }</summary>
            if fold.drawn {
                <p class="hint">{ tr(lang, Msg::WhatIfHelp) }</p>
                <div class="what-if-grid">
                    { for props.scenario.assumptions.iter().map(|a| {
                        let changed = props.changed.contains(&a.code);
                        html! {
                            <StateControls {lang} code={a.code} withdrawal={a.withdrawal} {changed}
                                today={props.today} dispatch={props.dispatch.clone()} />
                        }
                    }) }
                </div>
                <button type="button" onclick={reset} disabled={!open}>{ tr(lang, Msg::ResetWhatIfs) }</button>
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct StateProps {
    lang: Lang,
    code: &'static str,
    withdrawal: Option<Withdrawal>,
    changed: bool,
    today: Date,
    dispatch: Callback<Action>,
}

/// The callbacks of one state's controls. Each rebuilds the whole assumption from the current
/// one and one change.
struct Edits {
    withdraws: Callback<Event>,
    instrument: Callback<Event>,
    deposited: Callback<Event>,
    /// Only where the rule lets a notice name a later date.
    named_date: Option<Callback<Event>>,
    war: Callback<Event>,
    conflict_end: Callback<Event>,
}

fn edits(props: &StateProps) -> Edits {
    let code = props.code;
    let assume = {
        let dispatch = props.dispatch.clone();
        move |withdrawal: Option<Withdrawal>| dispatch.emit(Action::Assume { code, withdrawal })
    };
    let current = props.withdrawal;
    let withdraws = {
        let assume = assume.clone();
        let today = props.today;
        Callback::from(move |e: Event| {
            let on = platform::input_checked(&e).unwrap_or(false);
            let recorded = crate::data::country(code).and_then(|c| c.withdrawal);
            assume(on.then(|| current.unwrap_or_else(|| Withdrawal::assumed(recorded, today))));
        })
    };
    let with = |change: fn(Withdrawal, &str) -> Option<Withdrawal>| {
        let assume = assume.clone();
        Callback::from(move |e: Event| {
            let (Some(w), Some(value)) = (current, platform::input_value(&e)) else {
                return;
            };
            if let Some(next) = change(w, &value) {
                assume(Some(next));
            }
        })
    };
    let war = {
        let assume = assume.clone();
        Callback::from(move |e: Event| {
            let Some(w) = current else { return };
            let armed_conflict = if platform::input_checked(&e).unwrap_or(false) {
                ArmedConflict::Ongoing
            } else {
                ArmedConflict::None
            };
            assume(Some(Withdrawal {
                armed_conflict,
                ..w
            }));
        })
    };
    Edits {
        withdraws,
        instrument: with(|w, value| {
            let instrument = Instrument::from_id(value).unwrap_or(Instrument::Withdrawal);
            Some(Withdrawal { instrument, ..w })
        }),
        deposited: with(|w, value| {
            Date::parse_iso(value).map(|deposited| Withdrawal { deposited, ..w })
        }),
        // The model uses a named day only if it is later than the rule's.
        named_date: RULE.later_date_allowed.then(|| {
            with(|w, value| {
                let named_date = optional_date(value)?;
                Some(Withdrawal { named_date, ..w })
            })
        }),
        war,
        conflict_end: with(|w, value| {
            let armed_conflict = match optional_date(value)? {
                Some(end) => ArmedConflict::EndsOn(end),
                None => ArmedConflict::Ongoing,
            };
            Some(Withdrawal {
                armed_conflict,
                ..w
            })
        }),
    }
}

/// An optional date field's value: `Some(None)` when empty, `None` when unreadable.
fn optional_date(value: &str) -> Option<Option<Date>> {
    match Date::parse_iso(value) {
        Some(day) => Some(Some(day)),
        None if value.is_empty() => Some(None),
        None => None,
    }
}

#[component]
fn StateControls(props: &StateProps) -> Html {
    let lang = props.lang;
    let code = props.code;
    let id = |field: &str| format!("what-if-{}-{field}", code.to_ascii_lowercase());
    let current = props.withdrawal;
    let edits = edits(props);
    let at_war = current.is_some_and(|w| w.armed_conflict != ArmedConflict::None);
    let conflict_end = match current.map(|w| w.armed_conflict) {
        Some(ArmedConflict::EndsOn(end)) => end.to_string(),
        _ => String::new(),
    };
    let named_date = current
        .and_then(|w| w.named_date)
        .map_or(String::new(), |day| day.to_string());
    let name = i18n::country_name(lang, code);
    html! {
        <fieldset class="state-controls" data-code={code}>
            <legend>{ name }
                if props.changed { <span class="badge">{ tr(lang, Msg::WhatIfChanged) }</span> }
            </legend>
            <label class="check">
                <input type="checkbox" id={id("withdraws")} checked={current.is_some()} onchange={edits.withdraws} />
                { tr(lang, Msg::Withdraws) }
            </label>
            if let Some(w) = current {
                <label for={id("instrument")}>{ tr(lang, Msg::Instrument) }</label>
                <select id={id("instrument")} onchange={edits.instrument}>
                    <option value={Instrument::Withdrawal.id()} selected={w.instrument == Instrument::Withdrawal}>{ tr(lang, Msg::InstrumentWithdrawal) }</option>
                    <option value={Instrument::Suspension.id()} selected={w.instrument == Instrument::Suspension}>{ tr(lang, Msg::InstrumentSuspension) }</option>
                </select>
                <label for={id("deposited")}>{ tr(lang, Msg::ReachesUn) }</label>
                <input type="date" id={id("deposited")} value={w.deposited.to_string()} required=true onchange={edits.deposited} />
                if let Some(named_date_edit) = edits.named_date {
                    <label for={id("later")}>{ tr(lang, Msg::NamesLaterDate) }</label>
                    <input type="date" id={id("later")} value={named_date} onchange={named_date_edit} />
                }
                if RULE.armed_conflict_delays {
                    <label class="check">
                        <input type="checkbox" id={id("war")} checked={at_war} onchange={edits.war} />
                        { tr(lang, Msg::AtWar) }
                    </label>
                    if at_war {
                        <label for={id("war-end")}>{ tr(lang, Msg::ConflictEnds) }</label>
                        <input type="date" id={id("war-end")} value={conflict_end} onchange={edits.conflict_end} />
                    }
                }
            }
        </fieldset>
    }
}
