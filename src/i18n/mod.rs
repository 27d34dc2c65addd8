//! The translation layer: every string a reader sees comes from here.
//!
//! English is the only language so far; the others (lt, lv, et, pl, fi) are added by giving
//! [`Lang`] a variant and every `match` below an arm, so the compiler lists what is missing.

use crate::model::{Confidence, EventKind, SourceKind, Votes};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

/// Fixed interface strings.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Msg {
    PageTitle,
    PageLede,
    EventsHeading,
    EventsIntro,
    TreatyLane,
    Sources,
    Confidence,
    SourcesDisagree,
    DataFooter,
}

pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => match msg {
            Msg::PageTitle => "Leaving the mine ban: the 2025 withdrawals from the Ottawa Convention",
            Msg::PageLede => "In 2025 Lithuania, Latvia, Estonia, Finland and Poland left the treaty that bans anti-personnel mines, and Ukraine declared a contested \"suspension\". What happened, and when.",
            Msg::EventsHeading => "Events, in date order",
            Msg::EventsIntro => "Every event in the data, oldest first, with its sources and how confident they let us be.",
            Msg::TreatyLane => "The Convention",
            Msg::Sources => "Sources",
            Msg::Confidence => "Confidence",
            Msg::SourcesDisagree => "Sources disagree",
            Msg::DataFooter => "Built from public sources; every fact names its source. No tracking, no requests to other sites.",
        },
    }
}

pub fn event_kind(lang: Lang, kind: EventKind) -> &'static str {
    match lang {
        Lang::En => match kind {
            EventKind::Adoption => "Adoption",
            EventKind::OpeningForSignature => "Opened for signature",
            EventKind::Signature => "Signature",
            EventKind::Ratification => "Ratification",
            EventKind::Accession => "Accession",
            EventKind::EntryIntoForce => "Entry into force",
            EventKind::Announcement => "Announcement",
            EventKind::Declaration => "Joint declaration",
            EventKind::GovernmentDecision => "Government decision",
            EventKind::ParliamentVote => "Parliament vote",
            EventKind::Promulgation => "Signed into law",
            EventKind::Denunciation => "Denunciation",
            EventKind::Deposit => "Deposit with the UN",
            EventKind::Effective => "Withdrawal takes effect",
            EventKind::Report => "Report",
            EventKind::ForecastMilestone => "Forecast milestone",
        },
    }
}

pub fn confidence(lang: Lang, confidence: Confidence) -> &'static str {
    match lang {
        Lang::En => match confidence {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        },
    }
}

pub fn source_kind(lang: Lang, kind: SourceKind) -> &'static str {
    match lang {
        Lang::En => match kind {
            SourceKind::Primary => "primary source",
            SourceKind::Reputable => "reputable source",
            SourceKind::Secondary => "secondary source",
            SourceKind::Mirror => "copy of another source",
            SourceKind::StateAffiliated => "state-affiliated outlet",
        },
    }
}

/// "107 for, 0 against, 3 abstentions; 85 needed". Numbers are small integers: no grouping.
pub fn votes_summary(lang: Lang, votes: &Votes) -> String {
    match lang {
        Lang::En => {
            let mut text = format!(
                "{} for, {} against, {} abstentions",
                votes.yes, votes.no, votes.abstain
            );
            if let Some(absent) = votes.absent {
                text += &format!(", {absent} absent");
            }
            if let Some(required) = votes.required {
                text += &format!("; {required} needed");
            }
            text
        }
    }
}

/// The data names disputed fields as written in the files; say them in words.
pub fn field_name(lang: Lang, field: &str) -> &str {
    match (lang, field) {
        (Lang::En, "date") => "date",
        (Lang::En, "votes.for") => "votes for",
        (Lang::En, "votes.against") => "votes against",
        (Lang::En, "votes.abstain") => "abstentions",
        (Lang::En, "votes.absent") => "absent",
        (Lang::En, "votes.required") => "votes needed",
        (Lang::En, other) => other,
    }
}
