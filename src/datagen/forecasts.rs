//! The article's forecasts and the yardstick their words come from (`yardstick.toml`,
//! `forecasts.toml`): a story has both or neither. Each forecast names its horizon, its word
//! and, once it has turned out, the events that show it.

use std::collections::BTreeSet;

use super::checker::{date_expr, lit, option, Checker};
use super::files::{id_list, variant};
use super::raw::*;
use super::Input;
use ottawa_model::{Confidence, Resolution};

/// The yardstick and the forecasts, which a story has both or neither of: without them the
/// statics are empty and the page has no forecast section (`data::HAS_FORECASTS`).
pub fn forecast_files(
    ck: &mut Checker,
    yardstick: Option<&Input>,
    forecasts: Option<&Input>,
    event_ids: &BTreeSet<String>,
) -> String {
    let (Some(yardstick), Some(forecasts)) = (yardstick, forecasts) else {
        if let Some(only) = yardstick.or(forecasts) {
            ck.enter(&only.name, &only.text);
            ck.error(
                0,
                "(file)",
                "a story has forecasts.toml and yardstick.toml (the words its forecasts use) both, or neither",
            );
        }
        return "/// This story has no forecasts: the page has no forecast section.\n\
                pub const HAS_FORECASTS: bool = false;\n\
                pub static YARDSTICK: Yardstick = Yardstick { name: \"\", note: \"\", \
                confidence: Confidence::Low, sources: &[], bands: &[], texts: Texts(0) };\n\
                pub static HORIZONS: &[Horizon] = &[];\npub static FORECASTS: &[Forecast] = &[];\n"
            .into();
    };
    let mut out = String::from("pub const HAS_FORECASTS: bool = true;\n");
    ck.enter(&yardstick.name, &yardstick.text);
    let mut bands = BTreeSet::new();
    if let Some(file) = ck.parse::<YardstickFile>(&yardstick.text) {
        out += &yardstick_file(ck, &file, &mut bands);
    }
    ck.enter(&forecasts.name, &forecasts.text);
    if let Some(file) = ck.parse::<ForecastsFile>(&forecasts.text) {
        out += &forecasts_file(ck, &file, &bands, event_ids);
    }
    out
}

fn yardstick_file(ck: &mut Checker, y: &YardstickFile, bands: &mut BTreeSet<String>) -> String {
    ck.sources(&y.sources, "sources");
    let confidence = ck
        .one_of(&y.confidence, "confidence", Confidence::IDS)
        .unwrap_or("medium");
    let mut items = String::new();
    let mut previous_max: Option<u8> = None;
    for band in &y.band {
        let b = band.get_ref();
        ck.unique(bands, &b.id, "band.id");
        if b.min_percent > b.max_percent || b.max_percent > 100 {
            ck.error(
                band.span().start,
                "band",
                format!(
                    "{}–{} % is not a range within 0–100",
                    b.min_percent, b.max_percent
                ),
            );
        }
        if previous_max.is_some_and(|max| b.min_percent <= max) {
            ck.error(
                band.span().start,
                "band.min_percent",
                "bands must ascend without overlapping",
            );
        }
        previous_max = Some(b.max_percent);
        let texts = ck.texts([(format!("band.{}", b.id.get_ref()), &b.label)]);
        items += &format!(
            "        Band {{ id: {}, label: {}, min_percent: {}, max_percent: {}, texts: {texts} }},\n",
            lit(b.id.get_ref()),
            lit(&b.label),
            b.min_percent,
            b.max_percent
        );
    }
    let texts = ck.texts([
        ("yardstick.name".into(), &y.name),
        ("yardstick.note".into(), &y.note),
    ]);
    format!(
        "pub static YARDSTICK: Yardstick = Yardstick {{\n    name: {},\n    note: {},\n    confidence: Confidence::{},\n    \
         sources: {},\n    bands: &[\n{items}    ],\n    texts: {texts},\n}};\n",
        lit(&y.name), lit(&y.note), variant(confidence), id_list(y.sources.get_ref())
    )
}

/// The article's horizons ("within a year"): unique ids, each range forward in time.
fn horizons(ck: &mut Checker, f: &ForecastsFile) -> (String, BTreeSet<String>) {
    let mut horizons = BTreeSet::new();
    let mut horizon_items = String::new();
    for horizon in &f.horizon {
        let h = horizon.get_ref();
        ck.unique(&mut horizons, &h.id, "horizon.id");
        if h.to_months.is_some_and(|to| to <= h.from_months) {
            ck.error(
                horizon.span().start,
                "horizon.to_months",
                "must be later than from_months",
            );
        }
        let texts = ck.texts([(format!("horizon.{}", h.id.get_ref()), &h.label)]);
        horizon_items += &format!(
            "    Horizon {{ id: {}, label: {}, from_months: {}, to_months: {}, texts: {texts} }},\n",
            lit(h.id.get_ref()),
            lit(&h.label),
            h.from_months,
            option(h.to_months, |m| m.to_string())
        );
    }
    (horizon_items, horizons)
}

/// A forecast's references (its horizon, its yardstick word, its evidence) and its outcome,
/// which needs evidence unless it is too early to tell.
fn check_forecast(
    ck: &mut Checker,
    forecast: &Spanned<RawForecast>,
    horizons: &BTreeSet<String>,
    bands: &BTreeSet<String>,
    events: &BTreeSet<String>,
) -> Option<&'static str> {
    let x = forecast.get_ref();
    if let Some(h) = &x.horizon {
        if !horizons.contains(h.get_ref()) {
            ck.error(
                h.span().start,
                "horizon",
                format!("unknown horizon {:?}", h.get_ref()),
            );
        }
    }
    if !bands.contains(x.word.get_ref()) {
        let known: Vec<&str> = bands.iter().map(String::as_str).collect();
        let message = format!(
            "{:?} is not a yardstick band ({})",
            x.word.get_ref(),
            known.join(", ")
        );
        ck.error(x.word.span().start, "word", message);
    }
    let outcome = x
        .outcome
        .as_ref()
        .and_then(|o| ck.one_of(o, "outcome", Resolution::IDS));
    for id in &x.evidence {
        if !events.contains(id.get_ref()) {
            ck.error(
                id.span().start,
                "evidence",
                format!("unknown event {:?} (events.toml)", id.get_ref()),
            );
        }
    }
    if x.outcome.is_some() && x.evidence.is_empty() && outcome != Some(Resolution::TooEarly.id()) {
        ck.error(
            forecast.span().start,
            "evidence",
            "an outcome needs the events that show it",
        );
    }
    outcome
}

fn forecasts_file(
    ck: &mut Checker,
    f: &ForecastsFile,
    bands: &BTreeSet<String>,
    events: &BTreeSet<String>,
) -> String {
    let (horizon_items, horizons) = horizons(ck, f);
    let mut seen = BTreeSet::new();
    let mut items = String::new();
    for forecast in &f.forecast {
        let x = forecast.get_ref();
        ck.unique(&mut seen, &x.id, "id");
        let made_on = ck.date(&x.made_on, "made_on");
        let outcome = check_forecast(ck, forecast, &horizons, bands, events);
        let id = x.id.get_ref();
        let texts = ck.texts([
            (format!("forecast.{id}.statement"), &x.statement),
            (format!("forecast.{id}.note"), &x.note),
            (format!("forecast.{id}.outcome_note"), &x.outcome_note),
        ]);
        let Some(made_on) = made_on else { continue };
        items += &format!(
            "    Forecast {{ id: {}, statement: {}, made_on: {}, horizon: {}, band: {}, note: {}, outcome: {}, evidence: {}, \
             outcome_note: {}, texts: {texts} }},\n",
            lit(x.id.get_ref()), lit(&x.statement), date_expr(made_on), option(x.horizon.as_ref(), |h| lit(h.get_ref())),
            lit(x.word.get_ref()), lit(&x.note), option(outcome, |o| format!("Resolution::{}", variant(o))),
            id_list(&x.evidence), lit(&x.outcome_note)
        );
    }
    format!(
        "pub static HORIZONS: &[Horizon] = &[\n{horizon_items}];\npub static FORECASTS: &[Forecast] = &[\n{items}];\n"
    )
}

use toml::Spanned;
