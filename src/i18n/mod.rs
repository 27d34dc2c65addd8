//! The translation layer: every string a reader sees comes from here.
//!
//! English is the only language so far; the others (lt, lv, et, pl, fi) are added by giving
//! [`Lang`] a variant and every `match` below an arm, so the compiler lists what is missing.

mod scenario;
mod timeline;

pub use scenario::{
    country_name, date_summary, effect_text, kilometres, rule_applied, status_name,
};
pub use timeline::{cluster_label, event_count, mark_label, marker_label, resolution};

use crate::model::{Confidence, EventKind, SourceKind, Votes};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

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
    TimelineHeading,
    TimelineHelp,
    ZoomIn,
    ZoomOut,
    FitAll,
    PresetAll,
    Preset2025,
    ListView,
    ChartView,
    ZoomControls,
    FiltersHeading,
    LanesFilter,
    KindsFilter,
    Today,
    PreviousEvent,
    NextEvent,
    CloseCard,
    NoticeLink,
    Dismiss,
    ChartLabel,
    NarrowNote,
    VoteTally,
    ThresholdLabel,
    VotesFor,
    VotesAgainst,
    VotesAbstain,
    VotesAbsent,
    Future,
    AppUnavailable,
    CopyLink,
    Embed,
    EmbedCode,
    CopyEmbedCode,
    LinkCopied,
    EmbedCodeCopied,
    CopyFailed,
    EmbedHelp,
    ShareControls,
    ForecastHeading,
    ForecastHowToRead,
    YardstickLabel,
    YardstickTable,
    MadeOn,
    Horizon,
    HorizonUnknown,
    Outcome,
    Evidence,
    CalibrationHeading,
    CalibrationExplained,
    Word,
    Resolved,
    Happened,
    HitRate,
    BrierScore,
    NothingResolved,
    SourcesHeading,
    MethodConfidence,
    MethodSources,
    CorrectionsHeading,
    TheClaim,
    WhatSourcesSay,
    CasualtiesHeading,
    CasualtiesChart,
    Year,
    Total,
    Killed,
    Injured,
    CivilianShare,
    Report,
    DownloadsHeading,
    DownloadsNote,
    CitedBy,
    AllSources,
    DataUpdated,
    Percent,
    DownloadChart,
    OtherTreaty,
    ScenarioHeading,
    ScenarioIntro,
    ScenarioPreset,
    ScenarioDate,
    Play,
    Pause,
    SliderHelp,
    WhatIfHeading,
    WhatIfHelp,
    Withdraws,
    Instrument,
    InstrumentWithdrawal,
    InstrumentSuspension,
    ReachesUn,
    AtWar,
    ConflictEnds,
    ResetWhatIfs,
    WhatIfChanged,
    ResultsHeading,
    State,
    Status,
    EffectiveDate,
    StatesPartiesWorld,
    StatesPartiesRegion,
    StatesPartiesRegionNote,
    UnboundBorder,
    UnboundBorderNote,
    WithRussia,
    WithBelarus,
    StepChartLabel,
    StepChartTable,
    Since,
    Count,
    Article20Heading,
    MapLabel,
    MapLegend,
    MapHelp,
    NotModelled,
    SuwalkiGap,
    SuwalkiGapNote,
    Kaliningrad,
    CrimeaNote,
    KeyDates,
    Joined,
    InForce,
    Deposited,
    BordersHeading,
    FigureUsed,
    OtherFigures,
    NoBorderFigures,
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
            Msg::TimelineHeading => "Timeline",
            Msg::TimelineHelp => "Zoom with the mouse wheel, a pinch or the buttons; drag to pan. With the keyboard: Tab to the events, arrow keys to move between them (left and right in time, up and down across lanes), Enter to open one, + and - to zoom, 0 to see everything.",
            Msg::ZoomIn => "Zoom in",
            Msg::ZoomOut => "Zoom out",
            Msg::FitAll => "Fit all",
            Msg::PresetAll => "1997 to today",
            Msg::Preset2025 => "2025",
            Msg::ListView => "Show as a list",
            Msg::ChartView => "Show as a chart",
            Msg::ZoomControls => "Zoom and view",
            Msg::FiltersHeading => "Filter the events",
            Msg::LanesFilter => "Lanes",
            Msg::KindsFilter => "Kinds of event (legend)",
            Msg::Today => "Today",
            Msg::PreviousEvent => "Previous event",
            Msg::NextEvent => "Next event",
            Msg::CloseCard => "Close",
            Msg::NoticeLink => "Part of this link could not be read; showing the default view for it.",
            Msg::Dismiss => "Dismiss",
            Msg::ChartLabel => "Timeline of the events, one lane per state and one for the Convention",
            Msg::NarrowNote => "On a narrow screen the timeline is shown as a list.",
            Msg::VoteTally => "Vote tally",
            Msg::ThresholdLabel => "needed",
            Msg::VotesFor => "for",
            Msg::VotesAgainst => "against",
            Msg::VotesAbstain => "abstained",
            Msg::VotesAbsent => "absent",
            Msg::Future => "(expected)",
            Msg::CopyLink => "Copy link",
            Msg::Embed => "Embed",
            Msg::EmbedCode => "Embed code for this view",
            Msg::CopyEmbedCode => "Copy embed code",
            Msg::LinkCopied => "Link copied.",
            Msg::EmbedCodeCopied => "Embed code copied.",
            Msg::CopyFailed => "Could not copy: select the text and copy it by hand.",
            Msg::EmbedHelp => "Paste this into your page. The optional script keeps the frame as tall as its content; pages that use Pym.js need no script.",
            Msg::ShareControls => "Share this view",
            Msg::ForecastHeading => "Forecasts, and how they turned out",
            Msg::ForecastHowToRead => "How to read this: the article put its forecasts in the words of the UK's probability yardstick, where each word stands for a range of probabilities. The bar under each forecast marks that range; the gaps between the ranges are part of the yardstick.",
            Msg::YardstickLabel => "The probability yardstick: seven words, each a range of probabilities",
            Msg::YardstickTable => "The yardstick's words and their ranges",
            Msg::MadeOn => "Made on",
            Msg::Horizon => "Horizon",
            Msg::HorizonUnknown => "not recorded",
            Msg::Outcome => "How it turned out",
            Msg::Evidence => "Evidence",
            Msg::CalibrationHeading => "Scorecard",
            Msg::CalibrationExplained => "For the forecasts whose outcome is known: how many came out on the side their word leaned to, and the Brier score, which takes each word at the middle of its range and averages the squared distance to what happened (0 is perfect; always saying 50% scores 0.25).",
            Msg::Word => "Word",
            Msg::Resolved => "Resolved",
            Msg::Happened => "Happened",
            Msg::HitRate => "Hit rate",
            Msg::BrierScore => "Brier score",
            Msg::NothingResolved => "No forecast has resolved yet.",
            Msg::SourcesHeading => "Sources and method",
            Msg::MethodConfidence => "Confidence: high means an official or primary source, or two independent reputable sources that agree; medium, one reputable secondary source or sources that differ on details; low, a single weak or derivative source, or an inference. Where sources disagree, both values are shown.",
            Msg::MethodSources => "Primary sources (treaty text, official gazettes, parliaments, ministries) and reputable ones (Landmine Monitor, ICBL, HRW, wire services, public broadcasters) come first; state-affiliated outlets are cited only where nothing else confirms a detail, and are marked as such.",
            Msg::CorrectionsHeading => "Corrections",
            Msg::TheClaim => "The article said",
            Msg::WhatSourcesSay => "What the sources say",
            Msg::CasualtiesHeading => "Landmine casualties worldwide (Landmine Monitor)",
            Msg::CasualtiesChart => "Bar chart of landmine casualties worldwide by year; the table below has the same figures",
            Msg::Year => "Year",
            Msg::Total => "Casualties",
            Msg::Killed => "Killed",
            Msg::Injured => "Injured",
            Msg::CivilianShare => "Civilians",
            Msg::Report => "Report",
            Msg::DownloadsHeading => "Download the data",
            Msg::DownloadsNote => "Made in your browser from the data in this page; each file is dated with the day the data was last checked.",
            Msg::CitedBy => "Supports",
            Msg::AllSources => "Every source, once",
            Msg::DataUpdated => "Data last checked against its sources:",
            Msg::Percent => "%",
            Msg::DownloadChart => "Download this chart",
            Msg::OtherTreaty => "Convention on Cluster Munitions, not the mine ban",
            Msg::ScenarioHeading => "Scenarios: who is bound, and when",
            Msg::ScenarioIntro => "Pick a day and a scenario: the map and the figures show which states the ban binds. The treaty's own rule decides when each withdrawal takes effect.",
            Msg::ScenarioPreset => "Scenario",
            Msg::ScenarioDate => "Day shown",
            Msg::Play => "Play",
            Msg::Pause => "Pause",
            Msg::SliderHelp => "Arrow keys move a day (with Shift, a month); Page Up and Page Down a year; Home and End to the first and last day.",
            Msg::WhatIfHeading => "What if…",
            Msg::WhatIfHelp => "Change what each state does; everything above updates at once.",
            Msg::Withdraws => "Withdraws",
            Msg::Instrument => "What it deposits",
            Msg::InstrumentWithdrawal => "instrument of withdrawal",
            Msg::InstrumentSuspension => "notification of “suspension”",
            Msg::ReachesUn => "The UN receives it on",
            Msg::AtWar => "Engaged in an armed conflict",
            Msg::ConflictEnds => "The conflict ends on (leave empty if not known)",
            Msg::ResetWhatIfs => "Back to the scenario",
            Msg::WhatIfChanged => "changed",
            Msg::ResultsHeading => "Results on the day shown",
            Msg::State => "State",
            Msg::Status => "Status",
            Msg::EffectiveDate => "Withdrawal in effect",
            Msg::StatesPartiesWorld => "States Parties worldwide",
            Msg::StatesPartiesRegion => "States Parties on this map",
            Msg::StatesPartiesRegionNote => "of the six states and their neighbours Belarus and Russia",
            Msg::UnboundBorder => "Border with Russia and Belarus where the ban no longer binds",
            Msg::UnboundBorderNote => "CIA World Factbook figures, one consistent set; national figures are often longer (they count rivers, lakes and sea). Ukraine's borders are not in the data.",
            Msg::WithRussia => "with Russia",
            Msg::WithBelarus => "with Belarus",
            Msg::StepChartLabel => "Step chart of the number of States Parties worldwide over time, in this scenario; the table below has the same figures",
            Msg::StepChartTable => "States Parties worldwide, each change",
            Msg::Since => "From",
            Msg::Count => "States Parties",
            Msg::Article20Heading => "Article 20: why each date",
            Msg::MapLabel => "Map of the region: each state's treaty status on the day shown",
            Msg::MapLegend => "Legend",
            Msg::MapHelp => "Select a state on the map (Tab, or tap) for its dates and borders.",
            Msg::NotModelled => "Not part of the scenarios",
            Msg::SuwalkiGap => "Suwałki Gap",
            Msg::SuwalkiGapNote => "The Polish–Lithuanian border between Belarus and Russia's Kaliningrad region: about 65–100 km, depending on the definition (65 km is the common shortest-line figure).",
            Msg::Kaliningrad => "Kaliningrad (Russia)",
            Msg::CrimeaNote => "Borders: Natural Earth 1:50m; Ukraine is drawn within its internationally recognised borders.",
            Msg::KeyDates => "Key dates",
            Msg::Joined => "Joined",
            Msg::InForce => "Bound from",
            Msg::Deposited => "The UN received its instrument",
            Msg::BordersHeading => "Borders with Russia and Belarus",
            Msg::FigureUsed => "figure used",
            Msg::OtherFigures => "other figures",
            Msg::NoBorderFigures => "No border figures in the data.",
            Msg::AppUnavailable => "The interactive parts of this page could not start; the events are listed below.",
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

pub fn section_name(lang: Lang, section: crate::state::Section) -> &'static str {
    use crate::state::Section;
    match (lang, section) {
        (Lang::En, Section::Timeline) => "Timeline",
        (Lang::En, Section::Scenario) => "Scenarios",
        (Lang::En, Section::Forecast) => "Forecasts",
        (Lang::En, Section::Sources) => "Sources",
    }
}
