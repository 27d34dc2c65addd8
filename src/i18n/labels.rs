//! Names for the data's categories (event kinds, confidence, source kinds), vote summaries and
//! section names.

use super::Lang;
use crate::model::{Confidence, EventKind, SourceKind, Votes};

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

pub fn section_name(lang: Lang, section: crate::state::Section) -> &'static str {
    use crate::state::Section;
    match (lang, section) {
        (Lang::En, Section::Timeline) => "Timeline",
        (Lang::En, Section::Scenario) => "Scenarios",
        (Lang::En, Section::Forecast) => "Forecasts",
        (Lang::En, Section::Sources) => "Sources",
    }
}
