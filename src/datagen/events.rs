//! Events, the probability yardstick and forecasts: the files that cite the countries and
//! sources checked before them.

use std::collections::{BTreeMap, BTreeSet};

use super::checker::{date_expr, lit, native_only, option, Checker};
use super::files::{id_list, variant, Recorded};
use super::raw::*;
use crate::date::Date;
use crate::withdrawal::WithdrawalRule;
use ottawa_model::{Confidence, EventKind};

/// Fields a disagreement may name: the ones that carry a disputed value.
const DISPUTABLE: [&str; 7] = [
    "date",
    "votes.for",
    "votes.against",
    "votes.abstain",
    "votes.absent",
    "votes.required",
    "text",
];

pub fn events_file(
    ck: &mut Checker,
    file: &EventsFile,
    rule: WithdrawalRule,
    withdrawals: &BTreeMap<String, Recorded>,
    seen: &mut BTreeSet<String>,
) -> String {
    let mut items = String::new();
    let (mut titles, mut sources, mut emitted) = (String::new(), String::new(), 0usize);
    let mut previous: Option<Date> = None;
    for event in &file.event {
        let e = event.get_ref();
        ck.unique(seen, &e.id, "id");
        let date = ck.date(&e.date, "date");
        if let (Some(p), Some(d)) = (previous, date) {
            if d < p {
                ck.error(
                    e.date.span().start,
                    "date",
                    format!("events must be in date order ({d} comes after {p})"),
                );
            }
        }
        previous = date.or(previous);
        for code in e.country.iter().chain(&e.countries) {
            ck.country(
                code,
                if e.countries.contains(code) {
                    "countries"
                } else {
                    "country"
                },
            );
        }
        let kind = ck.one_of(&e.kind, "kind", EventKind::IDS);
        let treaty = match &e.treaty {
            Some(t) => {
                let ids = ck.treaty_ids.clone();
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                let found = ck.one_of(t, "treaty", &ids);
                found.map(|id| if id == ids[0] { "Main" } else { "Other" })
            }
            None => Some("Main"),
        };
        let confidence = ck.one_of(&e.confidence, "confidence", Confidence::IDS);
        ck.sources(&e.sources, "sources");
        if e.title.trim().is_empty() {
            ck.error(event.span().start, "title", "an event needs a title");
        }
        let votes = e.votes.as_ref().map(|v| votes(ck, v));
        if votes.is_some() && kind.is_some_and(|k| k != "parliament_vote") {
            ck.error(
                e.kind.span().start,
                "kind",
                "only a parliament_vote can have votes",
            );
        }
        let disagreements = disagreements(ck, e);
        if treaty == Some("Main") {
            check_against_record(ck, e, kind, date, rule, withdrawals);
        }
        let id = e.id.get_ref();
        let texts = ck.texts([
            (format!("event.{id}.title"), &e.title),
            (format!("event.{id}.text"), &e.text),
        ]);
        let (Some(date), Some(kind), Some(treaty), Some(confidence)) =
            (date, kind, treaty, confidence)
        else {
            continue;
        };
        items += &format!(
            "    Event {{ id: {}, date: {}, country: {}, countries: {}, kind: EventKind::{}, treaty: TreatyId::{}, \
             index: {emitted}, text: {}, votes: {}, confidence: Confidence::{}, \
             disagreements: &[{disagreements}], texts: {texts} }},\n",
            lit(e.id.get_ref()), date_expr(date), option(e.country.as_ref(), |c| lit(c.get_ref())), id_list(&e.countries),
            variant(kind), variant(treaty), native_only(&e.text), votes.unwrap_or_else(|| "None".into()),
            variant(confidence)
        );
        titles += &format!("    {},\n", lit(&e.title));
        sources += &format!("    {},\n", id_list(e.sources.get_ref()));
        emitted += 1;
    }
    format!(
        "pub static EVENTS: &[Event] = &[\n{items}];\n\
         /// The events' English titles, in `EVENTS`' order (`Event::index`).\n\
         pub static EVENT_TITLES: &[&str] = &[\n{titles}];\n\
         /// The ids of each event's sources, in `EVENTS`' order (`Event::index`).\n\
         pub static EVENT_SOURCES: &[&[&str]] = &[\n{sources}];\n"
    )
}

/// An event's disagreements: each names a field that can be disputed and cites its sources.
fn disagreements(ck: &mut Checker, e: &RawEvent) -> String {
    let mut disagreements = String::new();
    for (n, d) in e.disagreement.iter().enumerate() {
        let d = d.get_ref();
        ck.one_of(&d.field, "disagreement.field", &DISPUTABLE);
        ck.sources(&d.sources, "disagreement.sources");
        let key = format!("event.{}.disagreement_{}", e.id.get_ref(), n + 1);
        let texts = ck.texts([(key, &d.note)]);
        disagreements += &format!(
            "Disagreement {{ field: {}, value: {}, note: {}, sources: {}, texts: {texts} }}, ",
            lit(d.field.get_ref()),
            lit(&d.value),
            lit(&d.note),
            id_list(d.sources.get_ref())
        );
    }
    disagreements
}

/// A tally must add up: no more members voting than the chamber has or than took part.
fn votes(ck: &mut Checker, votes: &Spanned<RawVotes>) -> String {
    let v = votes.get_ref();
    let at = votes.span().start;
    let cast = u32::from(v.yes) + u32::from(v.no) + u32::from(v.abstain);
    if let Some(participating) = v.participating {
        if cast != u32::from(participating) {
            let message =
                format!("for + against + abstain = {cast}, but participating = {participating}");
            ck.error(at, "votes", message);
        }
    }
    if let Some(seats) = v.seats {
        let total = cast + u32::from(v.absent.unwrap_or(0));
        if total > u32::from(seats) {
            ck.error(
                at,
                "votes",
                format!("{total} members counted, but the chamber has {seats} seats"),
            );
        }
        if v.required.is_some_and(|r| r > seats) {
            ck.error(
                at,
                "votes.required",
                format!("more votes required than the chamber's {seats} seats"),
            );
        }
    }
    if cast == 0 {
        ck.error(at, "votes", "a tally with no votes cast");
    }
    let o = |value: Option<u16>| option(value, |n| n.to_string());
    format!(
        "Some(Votes {{ yes: {}, no: {}, abstain: {}, absent: {}, participating: {}, required: {}, seats: {} }})",
        v.yes, v.no, v.abstain, o(v.absent), o(v.participating), o(v.required), o(v.seats)
    )
}

/// Deposit and effective events must agree with the country's recorded withdrawal, and an
/// effective date must follow the withdrawal rule from the deposit.
fn check_against_record(
    ck: &mut Checker,
    e: &RawEvent,
    kind: Option<&str>,
    date: Option<Date>,
    rule: WithdrawalRule,
    withdrawals: &BTreeMap<String, Recorded>,
) {
    let (Some(kind), Some(date), Some(code)) = (kind, date, e.country.as_ref()) else {
        return;
    };
    if (kind != "deposit" && kind != "effective") || !ck.countries.contains(code.get_ref()) {
        return;
    }
    let Some(recorded) = withdrawals.get(code.get_ref()) else {
        let message = format!(
            "a {kind} event for {}, but countries.toml records no withdrawal for it",
            code.get_ref()
        );
        ck.error(e.kind.span().start, "kind", message);
        return;
    };
    let at = e.date.span().start;
    if kind == "deposit" && date != recorded.deposited {
        ck.error(
            at,
            "date",
            format!(
                "{date} differs from the deposit recorded in countries.toml ({})",
                recorded.deposited
            ),
        );
    }
    if kind == "effective" && recorded.effect.date() != Some(date) {
        let expected = recorded
            .effect
            .date()
            .map_or("not before the armed conflict ends".into(), |d| {
                d.to_string()
            });
        let (deposited, months) = (recorded.deposited, rule.notice_months);
        let message = format!("{date} does not follow the withdrawal rule (treaty.toml) from the deposit on {deposited} ({months} months later: {expected})");
        ck.error(at, "date", message);
    }
}

use toml::Spanned;
