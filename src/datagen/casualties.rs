//! Casualty counts and the corrections box: figures that must add up and cite their sources.

use std::collections::BTreeSet;

use super::checker::{lit, option, Checker};
use super::files::{id_list, variant};
use super::raw::*;
use ottawa_model::Confidence;

pub fn casualties_file(ck: &mut Checker, file: &CasualtiesFile) -> String {
    let mut years = String::new();
    let mut previous: Option<u16> = None;
    for entry in &file.year {
        let y = entry.get_ref();
        let at = entry.span().start;
        ck.sources(&y.sources, "sources");
        let confidence = ck
            .one_of(&y.confidence, "confidence", Confidence::IDS)
            .unwrap_or("medium");
        let counted = y.killed.unwrap_or(0) + y.injured.unwrap_or(0) + y.unknown.unwrap_or(0);
        if counted > y.total {
            ck.error(
                at,
                "total",
                format!(
                    "killed + injured + unknown = {counted}, more than the total {}",
                    y.total
                ),
            );
        }
        if y.civilian_percent.is_some_and(|p| p > 100) {
            ck.error(at, "civilian_percent", "a share above 100%");
        }
        if previous.is_some_and(|p| p >= y.year) {
            ck.error(at, "year", "years must be listed in order, once each");
        }
        previous = Some(y.year);
        let o = |v: Option<u32>| option(v, |n| n.to_string());
        let texts = ck.texts([(format!("casualty.y{}.note", y.year), &y.note)]);
        years += &format!(
            "    CasualtyYear {{ year: {}, total: {}, killed: {}, injured: {}, unknown: {}, civilian_percent: {}, report: {}, \
             note: {}, sources: {}, confidence: Confidence::{}, texts: {texts} }},\n",
            y.year, y.total, o(y.killed), o(y.injured), o(y.unknown), option(y.civilian_percent, |p| p.to_string()),
            lit(&y.report), lit(&y.note), id_list(y.sources.get_ref()), variant(confidence)
        );
    }
    let mut seen = BTreeSet::new();
    let mut corrections = String::new();
    for entry in &file.correction {
        let c = entry.get_ref();
        ck.unique(&mut seen, &c.id, "correction.id");
        ck.sources(&c.sources, "correction.sources");
        let id = c.id.get_ref();
        let texts = ck.texts([
            (format!("correction.{id}.claim"), &c.claim),
            (format!("correction.{id}.finding"), &c.finding),
        ]);
        corrections += &format!(
            "    Correction {{ id: {}, claim: {}, finding: {}, sources: {}, texts: {texts} }},\n",
            lit(c.id.get_ref()),
            lit(&c.claim),
            lit(&c.finding),
            id_list(c.sources.get_ref())
        );
    }
    format!(
        "pub static CASUALTIES: &[CasualtyYear] = &[\n{years}];\npub static CORRECTIONS: &[Correction] = &[\n{corrections}];\n"
    )
}
