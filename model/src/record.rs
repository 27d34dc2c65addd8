//! The types of the compiled data: what `data/*.toml` becomes after the build script has
//! validated it. Everything here is `'static` and plain, so the browser parses no text at run
//! time. The statics themselves are generated into `$OUT_DIR/data.rs` (see `src/data.rs`).

use super::country::{Instrument, JoinKind, Withdrawal};
use super::date::Date;
use super::withdrawal::{RuleWords, WithdrawalRule};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

/// One spelling per value, everywhere: the data files, the downloads and the links use `id()`,
/// and read it back with `from_id()`. `IDS` lists them in order for the data compiler's checks.
macro_rules! spelled {
    ($ty:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        impl $ty {
            pub const IDS: &'static [&'static str] = &[$($id),+];
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn id(self) -> &'static str {
                match self {
                    $($ty::$variant => $id),+
                }
            }

            pub fn from_id(id: &str) -> Option<$ty> {
                match id {
                    $($id => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

spelled!(Confidence { High => "high", Medium => "medium", Low => "low" });
spelled!(JoinKind { Ratification => "ratification", Accession => "accession" });
spelled!(Instrument { Withdrawal => "withdrawal", Suspension => "suspension" });
spelled!(Resolution {
    Happened => "happened",
    DidNotHappen => "did_not_happen",
    Partly => "partly",
    TooEarly => "too_early",
});
spelled!(EventKind {
    Adoption => "adoption",
    OpeningForSignature => "opening_for_signature",
    Signature => "signature",
    Ratification => "ratification",
    Accession => "accession",
    EntryIntoForce => "entry_into_force",
    Announcement => "announcement",
    Declaration => "declaration",
    GovernmentDecision => "government_decision",
    ParliamentVote => "parliament_vote",
    Promulgation => "promulgation",
    Denunciation => "denunciation",
    Deposit => "deposit",
    Effective => "effective",
    Report => "report",
    ForecastMilestone => "forecast_milestone",
    Coup => "coup",
    Suspension => "suspension",
    Sanctions => "sanctions",
    SanctionsLifted => "sanctions_lifted",
    Summit => "summit",
});

/// Where a record's texts sit in the translation tables. The data compiler gives each record
/// the index of its first text as it writes the statics; the record's texts follow in the order
/// its field documents. So the app never builds a key such as `"event." + id + ".title"`, and a
/// text without its translation cannot be compiled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Texts(pub u16);

impl Texts {
    /// The index of the record's `n`-th text (from 0).
    pub const fn at(self, n: usize) -> usize {
        self.0 as usize + n
    }
}

/// How strong a source is (see DESIGN.md, "Data"): cite the strongest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum SourceKind {
    /// Treaty text, official gazettes, parliaments, ministries, the UN depositary.
    Primary,
    /// Landmine Monitor, ICBL, HRW, wire services, national broadcasters, established media.
    Reputable,
    /// Other outlets and aggregators.
    Secondary,
    /// Copies of another source's text (used when the original is not reachable).
    Mirror,
    /// State-affiliated outlets (TASS, RIA, BelTA, "news-pravda" mirrors): only where nothing
    /// else confirms a detail.
    StateAffiliated,
}

spelled!(SourceKind { Primary => "primary", Reputable => "reputable", Secondary => "secondary",
    Mirror => "mirror", StateAffiliated => "state_affiliated" });

#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    /// A web address, or a repository and path for sources stored as files.
    pub location: &'static str,
    pub kind: SourceKind,
}

/// Which treaty an event belongs to: the story's own, or another its events mention for
/// context (the Ottawa story's Convention on Cluster Munitions, which Lithuania left first). The
/// story spells them in `treaty.toml` (`id`, `other_treaty_id`): see [`Treaty::id_of`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TreatyId {
    Main,
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum EventKind {
    Adoption,
    OpeningForSignature,
    Signature,
    Ratification,
    Accession,
    EntryIntoForce,
    Announcement,
    Declaration,
    GovernmentDecision,
    ParliamentVote,
    Promulgation,
    Denunciation,
    Deposit,
    Effective,
    Report,
    ForecastMilestone,
    /// A military seizure of power.
    Coup,
    /// The organisation suspends a member (from its decision-making bodies).
    Suspension,
    /// The organisation imposes sanctions on a member.
    Sanctions,
    SanctionsLifted,
    /// A meeting of the organisation's heads of state or ministers, and what it decided.
    Summit,
}

/// A recorded vote. Counts the sources do not give are `None`, never zero.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Votes {
    pub yes: u16,
    pub no: u16,
    pub abstain: u16,
    pub absent: Option<u16>,
    /// Members who took part, where the source states it.
    pub participating: Option<u16>,
    /// Votes needed to pass, where the source states it.
    pub required: Option<u16>,
    /// Seats in the chamber, where the source states it.
    pub seats: Option<u16>,
}

/// Where sources disagree on one field of a record, the other value and who reports it.
#[derive(Debug)]
pub struct Disagreement {
    /// The field, as written in the data file (`votes.for`, `date`).
    pub field: &'static str,
    pub value: &'static str,
    pub note: &'static str,
    pub sources: &'static [&'static str],
    /// [note]
    pub texts: Texts,
}

#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    /// The state whose lane the event sits in; `None` for the treaty lane.
    pub country: Option<&'static str>,
    /// Every state an event concerns, for events of several states (a joint declaration).
    pub countries: &'static [&'static str],
    pub kind: EventKind,
    pub treaty: TreatyId,
    /// Its place in `EVENTS`, which is also where its English title is in the data's
    /// `EVENT_TITLES` and its sources' ids in `EVENT_SOURCES`. Those stand apart from the
    /// records so that an app that draws neither (the scenario's, the buttons') links neither.
    pub index: u16,
    pub text: &'static str,
    pub votes: Option<Votes>,
    pub confidence: Confidence,
    pub disagreements: &'static [Disagreement],
    /// [title, text]
    pub texts: Texts,
}

/// The number of States Parties from a date on, as a source states it (before the 2025
/// withdrawals, which the model subtracts itself).
#[derive(Debug)]
pub struct PartyCount {
    pub from: Date,
    pub count: u16,
    pub note: &'static str,
    pub sources: &'static [&'static str],
}

#[derive(Debug)]
pub struct Treaty {
    /// How the data and the downloads spell this treaty (`mine_ban`).
    pub id: &'static str,
    /// How they spell the other treaty the events mention (`cluster_munitions`; empty if none).
    pub other_id: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    pub adopted: Date,
    pub withdrawal_rule: WithdrawalRule,
    pub rule_words: RuleWords,
    pub sources: &'static [&'static str],
    pub party_counts: &'static [PartyCount],
    /// [name, short_name, the rule's own words (the generated data's `TREATY_RULE_TEXT`)]
    pub texts: Texts,
}

impl Treaty {
    /// How the data and the downloads spell `treaty`.
    pub fn id_of(&self, treaty: TreatyId) -> &'static str {
        match treaty {
            TreatyId::Main => self.id,
            TreatyId::Other => self.other_id,
        }
    }
}

#[derive(Debug)]
pub struct Band {
    pub id: &'static str,
    pub label: &'static str,
    pub min_percent: u8,
    pub max_percent: u8,
    /// [label]
    pub texts: Texts,
}

#[derive(Debug)]
pub struct Yardstick {
    pub name: &'static str,
    pub note: &'static str,
    pub confidence: Confidence,
    pub sources: &'static [&'static str],
    pub bands: &'static [Band],
    /// [name, note]
    pub texts: Texts,
}

#[derive(Debug)]
pub struct Horizon {
    pub id: &'static str,
    pub label: &'static str,
    pub from_months: u8,
    /// `None`: open-ended ("more than a year").
    pub to_months: Option<u8>,
    /// [label]
    pub texts: Texts,
}

#[derive(Debug)]
pub struct Forecast {
    pub id: &'static str,
    pub statement: &'static str,
    pub made_on: Date,
    /// The horizon the article put it under, where that is recorded.
    pub horizon: Option<&'static str>,
    /// The yardstick band of its probability word.
    pub band: &'static str,
    pub note: &'static str,
    /// How it turned out, where that is known.
    pub outcome: Option<Resolution>,
    /// The events that show the outcome.
    pub evidence: &'static [&'static str],
    pub outcome_note: &'static str,
    /// [statement, note, outcome_note]
    pub texts: Texts,
}

/// How a forecast turned out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resolution {
    Happened,
    DidNotHappen,
    Partly,
    TooEarly,
}

/// Landmine Monitor's global casualty count for one calendar year.
#[derive(Debug)]
pub struct CasualtyYear {
    pub year: u16,
    pub total: u32,
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    pub unknown: Option<u32>,
    pub civilian_percent: Option<u8>,
    pub report: &'static str,
    pub note: &'static str,
    pub sources: &'static [&'static str],
    pub confidence: Confidence,
    /// [note]
    pub texts: Texts,
}

/// A figure the article got wrong, and what the sources say.
#[derive(Debug)]
pub struct Correction {
    pub id: &'static str,
    pub claim: &'static str,
    pub finding: &'static str,
    pub sources: &'static [&'static str],
    /// [claim, finding]
    pub texts: Texts,
}

#[derive(Debug)]
pub struct ScenarioPreset {
    pub id: &'static str,
    /// The states that withdraw, each with its recorded instrument and circumstances.
    pub withdrawing: &'static [&'static str],
    /// States that withdraw on the editor's assumed terms instead of the recorded ones.
    pub what_if: &'static [(&'static str, Withdrawal)],
    /// [title, description] (in English, the generated data's `SCENARIO_TEXTS`)
    pub texts: Texts,
}

impl Source {
    /// A link a reader can follow. Sources stored as repository files (`github:OWNER/REPO PATH`)
    /// link to the repository's file.
    pub fn href(&self) -> String {
        Self::href_of(self.location)
    }

    /// The link for a source's `location`, wherever the location was read from (the browser
    /// fetches the sources' locations with the events' own texts).
    pub fn href_of(location: &str) -> String {
        match location.strip_prefix("github:") {
            Some(rest) => match rest.split_once(' ') {
                Some((repo, path)) => format!("https://github.com/{repo}/blob/HEAD/{path}"),
                None => format!("https://github.com/{rest}"),
            },
            None => location.to_string(),
        }
    }
}
