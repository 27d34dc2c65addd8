//! Scenario presets: which states withdraw on their recorded terms, and the editor's what-ifs.

use std::collections::{BTreeMap, BTreeSet};

use super::checker::{lit, Checker};
use super::files::{id_list, Recorded};
use super::raw::*;
use super::withdrawals::{armed_conflict, withdrawal_expr};
use crate::withdrawal::ArmedConflict;
use ottawa_model::Instrument;

pub fn scenarios_file(
    ck: &mut Checker,
    f: &ScenariosFile,
    withdrawals: &BTreeMap<String, Recorded>,
    has_assumed_words: bool,
) -> String {
    let mut seen = BTreeSet::new();
    let mut items = String::new();
    let mut english = String::new();
    for scenario in &f.scenario {
        let s = scenario.get_ref();
        ck.unique(&mut seen, &s.id, "id");
        for code in &s.withdrawing {
            ck.country(code, "withdrawing");
            if ck.countries.contains(code.get_ref()) && !withdrawals.contains_key(code.get_ref()) {
                let message = format!(
                    "{} has no recorded withdrawal to take its dates from",
                    code.get_ref()
                );
                ck.error(code.span().start, "withdrawing", message);
            }
        }
        let mut what_if = String::new();
        for assumed in &s.what_if {
            let a = assumed.get_ref();
            ck.country(&a.country, "what_if.country");
            if s.withdrawing
                .iter()
                .any(|c| c.get_ref() == a.country.get_ref())
            {
                let message = format!(
                    "{} is already in `withdrawing` (on its recorded terms): list it in one place",
                    a.country.get_ref()
                );
                ck.error(a.country.span().start, "what_if.country", message);
            }
            let instrument = match &a.instrument {
                Some(text) => ck.one_of(text, "what_if.instrument", Instrument::IDS),
                None => Some(Instrument::Withdrawal.id()),
            };
            let deposited = ck.date(&a.deposited, "what_if.deposited");
            let conflict = match &a.armed_conflict {
                Some(text) => armed_conflict(ck, text, "what_if.armed_conflict"),
                None => Some(ArmedConflict::None),
            };
            let assumed = a
                .effective
                .as_ref()
                .and_then(|d| ck.date(d, "what_if.effective"));
            if let (Some(day), Some(text)) = (assumed, a.effective.as_ref()) {
                if deposited.is_some_and(|deposited| day < deposited) {
                    let message = "a withdrawal cannot take effect before its notice";
                    ck.error(text.span().start, "what_if.effective", message);
                }
                if !has_assumed_words {
                    let message = "the story's rule has no words for an assumed date: add `assumed` to [withdrawal_rule.words] in treaty.toml";
                    ck.error(text.span().start, "what_if.effective", message);
                }
            }
            if let (Some(instrument), Some(deposited), Some(conflict)) =
                (instrument, deposited, conflict)
            {
                what_if += &format!(
                    "({}, {}), ",
                    lit(a.country.get_ref()),
                    withdrawal_expr(instrument, deposited, None, assumed, conflict)
                );
            }
        }
        let id = s.id.get_ref();
        let texts = ck.texts([
            (format!("scenario.{id}.title"), &s.title),
            (format!("scenario.{id}.description"), &s.description),
        ]);
        items += &format!(
            "    ScenarioPreset {{ id: {}, withdrawing: {}, what_if: &[{what_if}], texts: {texts} }},\n",
            lit(s.id.get_ref()),
            id_list(&s.withdrawing)
        );
        english += &format!("    [{}, {}],\n", lit(&s.title), lit(&s.description));
    }
    format!(
        "pub static SCENARIOS: &[ScenarioPreset] = &[\n{items}];\n\
         /// Each preset's title and description in English, by its place in `SCENARIOS`. Apart, \
         because only the prerenderer writes them (`views::prerendered`).\n\
         pub static SCENARIO_TEXTS: &[[&str; 2]] = &[\n{english}];\n"
    )
}
