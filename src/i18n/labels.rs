//! Names for the data's categories (event kinds, confidence, source kinds), vote summaries and
//! section names.

use super::{fill, tr, Lang, Msg};
use crate::model::{Confidence, EventKind, SourceKind, Votes};

pub fn event_kind(lang: Lang, kind: EventKind) -> &'static str {
    let msg = match kind {
        EventKind::Adoption => Msg::KindAdoption,
        EventKind::OpeningForSignature => Msg::KindOpeningForSignature,
        EventKind::Signature => Msg::KindSignature,
        EventKind::Ratification => Msg::KindRatification,
        EventKind::Accession => Msg::KindAccession,
        EventKind::EntryIntoForce => Msg::KindEntryIntoForce,
        EventKind::Announcement => Msg::KindAnnouncement,
        EventKind::Declaration => Msg::KindDeclaration,
        EventKind::GovernmentDecision => Msg::KindGovernmentDecision,
        EventKind::ParliamentVote => Msg::KindParliamentVote,
        EventKind::Promulgation => Msg::KindPromulgation,
        EventKind::Denunciation => Msg::KindDenunciation,
        EventKind::Deposit => Msg::KindDeposit,
        EventKind::Effective => Msg::KindEffective,
        EventKind::Report => Msg::KindReport,
        EventKind::ForecastMilestone => Msg::KindForecastMilestone,
        EventKind::Coup => Msg::KindCoup,
        EventKind::Suspension => Msg::KindSuspension,
        EventKind::Sanctions => Msg::KindSanctions,
        EventKind::SanctionsLifted => Msg::KindSanctionsLifted,
        EventKind::Summit => Msg::KindSummit,
    };
    tr(lang, msg)
}

pub fn confidence(lang: Lang, confidence: Confidence) -> &'static str {
    tr(
        lang,
        match confidence {
            Confidence::High => Msg::ConfidenceHigh,
            Confidence::Medium => Msg::ConfidenceMedium,
            Confidence::Low => Msg::ConfidenceLow,
        },
    )
}

pub fn source_kind(lang: Lang, kind: SourceKind) -> &'static str {
    tr(
        lang,
        match kind {
            SourceKind::Primary => Msg::SourcePrimary,
            SourceKind::Reputable => Msg::SourceReputable,
            SourceKind::Secondary => Msg::SourceSecondary,
            SourceKind::Mirror => Msg::SourceMirror,
            SourceKind::StateAffiliated => Msg::SourceStateAffiliated,
        },
    )
}

/// The heading of a group of sources of one kind ("Primary sources").
pub fn source_group(lang: Lang, kind: SourceKind) -> &'static str {
    tr(
        lang,
        match kind {
            SourceKind::Primary => Msg::SourceGroupPrimary,
            SourceKind::Reputable => Msg::SourceGroupReputable,
            SourceKind::Secondary => Msg::SourceGroupSecondary,
            SourceKind::Mirror => Msg::SourceGroupMirror,
            SourceKind::StateAffiliated => Msg::SourceGroupStateAffiliated,
        },
    )
}

/// "107 for, 0 against, 3 abstentions; 85 needed". Numbers are small integers: no grouping.
pub fn votes_summary(lang: Lang, votes: &Votes) -> String {
    let (yes, no, abstain) = (
        votes.yes.to_string(),
        votes.no.to_string(),
        votes.abstain.to_string(),
    );
    let mut text = fill(
        tr(lang, Msg::VotesSummary),
        &[("for", &yes), ("against", &no), ("abstain", &abstain)],
    );
    if let Some(absent) = votes.absent {
        text += &fill(
            tr(lang, Msg::VotesAbsentPart),
            &[("absent", &absent.to_string())],
        );
    }
    if let Some(required) = votes.required {
        text += &fill(
            tr(lang, Msg::VotesNeededPart),
            &[("required", &required.to_string())],
        );
    }
    text
}

/// The data names disputed fields as written in the files; say them in words.
pub fn field_name(lang: Lang, field: &str) -> &str {
    let msg = match field {
        "date" => Msg::FieldDate,
        "votes.for" => Msg::FieldVotesFor,
        "votes.against" => Msg::FieldVotesAgainst,
        "votes.abstain" => Msg::FieldVotesAbstain,
        "votes.absent" => Msg::FieldVotesAbsent,
        "votes.required" => Msg::FieldVotesRequired,
        other => return other,
    };
    tr(lang, msg)
}

pub fn section_name(lang: Lang, section: crate::state::Section) -> &'static str {
    use crate::state::Section;
    tr(
        lang,
        match section {
            Section::Timeline => Msg::SectionTimeline,
            Section::Scenario => Msg::SectionScenario,
            Section::Forecast => Msg::SectionForecast,
            Section::Sources => Msg::SectionSources,
        },
    )
}
