//! The data files as an editor writes them: serde shapes with source positions.
//!
//! Fields that need a check beyond their type are wrapped in [`Spanned`], so that an error can
//! name the line. Unknown fields are errors: a misspelt field name must not be silently ignored.

use serde::Deserialize;
use toml::Spanned;

pub type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// The day the data was last checked against its sources.
    pub updated: Text,
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Text,
    pub title: String,
    pub publisher: String,
    pub location: Text,
    pub kind: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatyFile {
    /// How events and downloads spell this treaty (`mine_ban`).
    pub id: Text,
    /// How they spell another treaty the events mention for context, if any.
    pub other_treaty_id: Option<Text>,
    pub name: String,
    pub short_name: String,
    pub adopted: Text,
    /// Optional, and checked only as dates: the app shows neither (a story may not know them).
    pub opened_for_signature: Option<Text>,
    pub entry_into_force: Option<Text>,
    pub sources: Spanned<Vec<Text>>,
    pub withdrawal_rule: RawWithdrawalRule,
    #[serde(default)]
    pub party_count: Vec<Spanned<RawPartyCount>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWithdrawalRule {
    pub notice_months: Spanned<u8>,
    pub armed_conflict_delays: bool,
    /// Whether a notice may name a later date (the ICC's rule); no, unless the story says so.
    #[serde(default)]
    pub later_date_allowed: bool,
    pub text: String,
    pub sources: Spanned<Vec<Text>>,
    pub words: RawRuleWords,
}

/// What the results say decided a state's date, in the story's words; each may use `{name}`,
/// `{deposited}` and `{effective}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRuleWords {
    pub none: String,
    pub notice: String,
    pub conflict_ends: String,
    pub conflict_open: String,
    pub suspension: String,
    pub named_date: String,
    /// Needed only by a story whose what-ifs assume a date (`what_if.effective`).
    #[serde(default)]
    pub assumed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPartyCount {
    pub from: Text,
    pub count: u16,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountriesFile {
    #[serde(default)]
    pub country: Vec<Spanned<RawCountry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCountry {
    pub code: Text,
    pub name: String,
    pub role: Text,
    pub signed: Option<Text>,
    pub joined: Option<RawJoined>,
    pub in_force: Option<Text>,
    /// A member for the whole period the story covers, its joining date not in the sources.
    #[serde(default)]
    pub member_throughout: Option<Spanned<bool>>,
    pub sources: Spanned<Vec<Text>>,
    #[serde(default)]
    pub suspension: Vec<Spanned<RawSuspension>>,
    /// A withdrawal announced without the notice the rule requires.
    pub announcement: Option<Spanned<RawAnnouncement>>,
    #[serde(default)]
    pub border: Vec<Spanned<RawBorder>>,
    pub withdrawal: Option<Spanned<RawWithdrawal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSuspension {
    pub from: Text,
    pub until: Option<Text>,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnnouncement {
    pub on: Text,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJoined {
    pub kind: Text,
    pub date: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBorder {
    pub with: Text,
    pub km: Spanned<f64>,
    pub source: Text,
    #[serde(default)]
    pub alternative: Vec<RawBorderFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBorderFigure {
    pub km: Spanned<f64>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWithdrawal {
    pub instrument: Text,
    pub deposited: Text,
    /// "none", "ongoing", or an ISO date: the day the conflict ends.
    pub armed_conflict: Text,
    /// The effective date the sources report; checked against the withdrawal rule.
    pub effective: Option<Text>,
    /// A later date the state named in its notice (only where the rule allows one).
    pub named_date: Option<Text>,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Vec<Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: Text,
    pub date: Text,
    pub country: Option<Text>,
    #[serde(default)]
    pub countries: Vec<Text>,
    pub kind: Text,
    pub treaty: Option<Text>,
    pub title: String,
    #[serde(default)]
    pub text: String,
    pub votes: Option<Spanned<RawVotes>>,
    pub sources: Spanned<Vec<Text>>,
    pub confidence: Text,
    #[serde(default)]
    pub disagreement: Vec<Spanned<RawDisagreement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVotes {
    #[serde(rename = "for")]
    pub yes: u16,
    #[serde(rename = "against")]
    pub no: u16,
    pub abstain: u16,
    pub absent: Option<u16>,
    pub participating: Option<u16>,
    pub required: Option<u16>,
    pub seats: Option<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDisagreement {
    pub field: Text,
    pub value: String,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YardstickFile {
    pub name: String,
    pub note: String,
    pub confidence: Text,
    pub sources: Spanned<Vec<Text>>,
    #[serde(default)]
    pub band: Vec<Spanned<RawBand>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub id: Text,
    pub label: String,
    pub min_percent: u8,
    pub max_percent: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForecastsFile {
    #[serde(default)]
    pub horizon: Vec<Spanned<RawHorizon>>,
    #[serde(default)]
    pub forecast: Vec<Spanned<RawForecast>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHorizon {
    pub id: Text,
    pub label: String,
    pub from_months: u8,
    pub to_months: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawForecast {
    pub id: Text,
    pub statement: String,
    pub made_on: Text,
    pub horizon: Option<Text>,
    pub word: Text,
    #[serde(default)]
    pub note: String,
    pub outcome: Option<Text>,
    #[serde(default)]
    pub evidence: Vec<Text>,
    #[serde(default)]
    pub outcome_note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenariosFile {
    #[serde(default)]
    pub scenario: Vec<Spanned<RawScenario>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub id: Text,
    pub title: String,
    pub description: String,
    pub withdrawing: Vec<Text>,
    /// States that withdraw on assumed terms instead of the recorded ones.
    #[serde(default)]
    pub what_if: Vec<Spanned<RawWhatIf>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWhatIf {
    pub country: Text,
    /// "withdrawal" (the default) or "suspension".
    pub instrument: Option<Text>,
    pub deposited: Text,
    /// "none" (the default), "ongoing", or the date the conflict ends.
    pub armed_conflict: Option<Text>,
    /// The day the what-if assumes the withdrawal takes effect, whatever the rule says.
    pub effective: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CasualtiesFile {
    #[serde(default)]
    pub year: Vec<Spanned<RawCasualtyYear>>,
    #[serde(default)]
    pub correction: Vec<Spanned<RawCorrection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCasualtyYear {
    pub year: u16,
    pub total: u32,
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    pub unknown: Option<u32>,
    pub civilian_percent: Option<u8>,
    pub report: String,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<Text>>,
    pub confidence: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub id: Text,
    pub claim: String,
    pub finding: String,
    pub sources: Spanned<Vec<Text>>,
}
