//! The timeline's strings that take values.

use super::{event_kind, tr, Lang, Msg};
use crate::model::timeline::Mark;
use crate::model::{Event, Resolution, TreatyId};

pub fn mark_label(lang: Lang, mark: Mark) -> &'static str {
    match lang {
        Lang::En => match mark {
            Mark::Joining => "Signature, ratification or accession",
            Mark::InForce => "Entry into force",
            Mark::Announcement => "Announcement or decision",
            Mark::Declaration => "Joint declaration",
            Mark::Vote => "Parliament vote",
            Mark::Deposit => "Deposit with the UN",
            Mark::Effective => "Withdrawal takes effect",
            Mark::Report => "Report",
            Mark::Forecast => "Forecast milestone",
        },
    }
}

/// "3 events"
pub fn event_count(lang: Lang, count: usize) -> String {
    match lang {
        Lang::En if count == 1 => "1 event".to_string(),
        Lang::En => format!("{count} events"),
    }
}

/// A cluster's accessible name: "12 events, 2025: zoom in".
pub fn cluster_label(lang: Lang, count: usize, dates: &str) -> String {
    match lang {
        Lang::En => format!("{}, {dates}: zoom in", event_count(lang, count)),
    }
}

/// A marker's accessible name: "May 8, 2025, Lithuania: Seimas votes … (Parliament vote)".
pub fn marker_label(lang: Lang, event: &Event, date: &str, lane: &str, future: bool) -> String {
    let mut expected = if future {
        format!(" {}", tr(lang, Msg::Future))
    } else {
        String::new()
    };
    if event.treaty == TreatyId::ClusterMunitions {
        expected += &format!(" ({})", tr(lang, Msg::OtherTreaty));
    }
    match lang {
        Lang::En => format!(
            "{date}, {lane}: {} ({}){expected}",
            event.title,
            event_kind(lang, event.kind)
        ),
    }
}

pub fn resolution(lang: Lang, resolution: Resolution) -> &'static str {
    match lang {
        Lang::En => match resolution {
            Resolution::Happened => "Happened",
            Resolution::DidNotHappen => "Did not happen",
            Resolution::Partly => "Partly",
            Resolution::TooEarly => "Too early to say",
        },
    }
}
