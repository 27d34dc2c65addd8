//! The timeline's strings that take values.

use super::{country_name, event_kind, event_title, fill, tr, Lang, Msg};
use crate::model::timeline::{Lane, Mark};
use crate::model::{Event, Resolution, TreatyId};

/// A timeline lane's name: its state's, or the Convention's.
pub fn lane_name(lang: Lang, lane: Lane) -> &'static str {
    lane.map_or(tr(lang, Msg::TreatyLane), |code| country_name(lang, code))
}

pub fn mark_label(lang: Lang, mark: Mark) -> &'static str {
    tr(
        lang,
        match mark {
            Mark::Joining => Msg::MarkJoin,
            Mark::InForce => Msg::MarkForce,
            Mark::Announcement => Msg::MarkAnnounce,
            Mark::Declaration => Msg::MarkDeclare,
            Mark::Crisis => Msg::MarkCrisis,
            Mark::Vote => Msg::MarkVote,
            Mark::Deposit => Msg::MarkDeposit,
            Mark::Effective => Msg::MarkEffective,
            Mark::Report => Msg::MarkReport,
            Mark::Forecast => Msg::MarkForecast,
        },
    )
}

/// "Events shown: 3" (worded so that no language needs plural forms).
pub fn event_count(lang: Lang, count: usize) -> String {
    fill(tr(lang, Msg::EventCount), &[("count", &count.to_string())])
}

/// A cluster's accessible name: "12 events, 2025: zoom in".
pub fn cluster_label(lang: Lang, count: usize, dates: &str) -> String {
    fill(
        tr(lang, Msg::ClusterLabel),
        &[("count", &count.to_string()), ("dates", dates)],
    )
}

/// A marker's accessible name: "May 8, 2025, Lithuania: Seimas votes … (Parliament vote)".
pub fn marker_label(lang: Lang, event: &Event, date: &str, lane: &str, future: bool) -> String {
    let mut label = fill(
        tr(lang, Msg::MarkerLabel),
        &[
            ("date", date),
            ("lane", lane),
            ("title", event_title(lang, event)),
            ("kind", event_kind(lang, event.kind)),
        ],
    );
    if future {
        label.push(' ');
        label += tr(lang, Msg::Future);
    }
    if event.treaty == TreatyId::Other {
        label += &format!(" ({})", tr(lang, Msg::OtherTreaty));
    }
    label
}

pub fn resolution(lang: Lang, resolution: Resolution) -> &'static str {
    tr(
        lang,
        match resolution {
            Resolution::Happened => Msg::ResolutionHappened,
            Resolution::DidNotHappen => Msg::ResolutionDidNotHappen,
            Resolution::Partly => Msg::ResolutionPartly,
            Resolution::TooEarly => Msg::ResolutionTooEarly,
        },
    )
}
