//! The key figures under the lede: where things stand on the day the data was last checked,
//! computed by the model from the record (the same figures the scenario explorer shows for
//! that day). Written at build time only: they change when the data does, so the page says
//! as of when, and the wasm does not carry them.

use yew::prelude::*;

use crate::data::{COUNTRIES, DATA_UPDATED, TREATY};
use crate::i18n::{self, page_tr, tr, Lang, Msg, PageMsg};
use crate::model::{Scenario, Status};
use crate::platform::{format_date, format_list, format_number};

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub lang: Lang,
}

#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let lang = props.lang;
    let outcome = Scenario::record(COUNTRIES).outcome_on(&TREATY, COUNTRIES, DATA_UPDATED);
    // The withdrawn states by the day their withdrawal took effect, then by name.
    let mut withdrawn: Vec<(crate::model::Date, &str)> = outcome
        .states
        .iter()
        .filter_map(|s| match s.status {
            Status::Withdrawn { since } => Some((since, i18n::country_name(lang, s.code))),
            _ => None,
        })
        .collect();
    withdrawn.sort();
    let names: Vec<&str> = withdrawn.iter().map(|w| w.1).collect();
    let latest = withdrawn.last().map(|&(since, _)| {
        let on_that_day: Vec<&str> = withdrawn
            .iter()
            .filter(|w| w.0 == since)
            .map(|w| w.1)
            .collect();
        (since, format_list(lang, &on_that_day))
    });
    html! {
        <section class="key-figures" aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading" class="kicker">{ page_tr(lang, PageMsg::KeyFigures) }</h2>
            <dl>
                <div>
                    <dt>{ page_tr(lang, PageMsg::KeyWithdrawalsInEffect) }</dt>
                    <dd class="figure" data-key="withdrawn">{ format_number(lang, withdrawn.len() as f64) }</dd>
                    <dd class="hint">{ format_list(lang, &names) }</dd>
                </div>
                if let Some(parties) = outcome.states_parties {
                    <div>
                        <dt>{ tr(lang, Msg::StatesPartiesWorld) }</dt>
                        <dd class="figure" data-key="parties">{ format_number(lang, f64::from(parties)) }</dd>
                    </div>
                }
                if crate::data::HAS_BORDERS {
                    <div>
                        <dt>{ tr(lang, Msg::UnboundBorder) }</dt>
                        <dd class="figure" data-key="border">{ i18n::kilometres(lang, &format_number(lang, outcome.unbound_border_km)) }</dd>
                    </div>
                }
                if let Some((since, states)) = latest {
                    <div>
                        <dt>{ page_tr(lang, PageMsg::KeyLatestEffective) }</dt>
                        <dd class="figure" data-key="latest"><time datetime={since.to_string()}>{ format_date(lang, since) }</time></dd>
                        <dd class="hint">{ states }</dd>
                    </div>
                }
            </dl>
            <p class="hint">{ page_tr(lang, PageMsg::DataUpdated) }{ " " }<time datetime={DATA_UPDATED.to_string()}>{ format_date(lang, DATA_UPDATED) }</time></p>
        </section>
    }
}
