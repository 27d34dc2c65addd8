//! The URL is the serialised view state: `#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01&off=UA.report&view=list`.
//!
//! - `v`: format version (1). `ev`: the open card's event id. `from`, `to`: the visible range.
//!   `off`: what the filters hide, lanes by state code (`convention` for the treaty's lane)
//!   and marks by id. `view=list`: the list view. `lang`: the language (`en`, `lt`, `lv`, `et`, `pl`, `fi`; without it, the reader's own).
//!   `theme`: `light` or `dark`, overriding the reader's setting. `section`: one section
//!   alone (`timeline`). `embed=1`: embed mode. `sc`, `at`, `w.CODE`: the scenario explorer
//!   (see `scenario.rs`).
//! - Defaults are omitted. The characters used (letters, digits, `-`, `.`, `=`, `&`) survive
//!   being pasted into chat apps and social media.
//! - Parsing never fails: unknown keys are ignored (newer links keep working), and a malformed
//!   value falls back to its default and raises a notice for the reader.

use super::scenario::{assumption_from_link, assumption_to_link, date_bounds, ScenarioView};
use super::view::{apply, lanes, Action, Notice, Section, Theme, ViewState};
use crate::data::{EVENTS, SCENARIOS};
use crate::i18n::Lang;
use crate::model::timeline::Mark;
use crate::model::timescale::ViewRange;
use crate::model::Date;

const VERSION: &str = "1";
const CONVENTION_LANE: &str = "convention";

/// The fragment (without `#`) for `state`; empty for the default view.
pub fn to_fragment(state: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(index) = state.selected {
        parts.push(format!("ev={}", EVENTS[index].id));
    }
    if let Some(range) = state.range {
        let (from, to) = range.dates();
        parts.push(format!("from={from}&to={to}"));
    }
    let mut off: Vec<&str> = lanes()
        .iter()
        .enumerate()
        .filter(|(i, _)| state.filters.hides_lane(*i))
        .map(|(_, lane)| lane.unwrap_or(CONVENTION_LANE))
        .collect();
    off.extend(
        Mark::ALL
            .iter()
            .filter(|m| state.filters.hidden_marks & m.bit() != 0)
            .map(|m| m.id()),
    );
    if !off.is_empty() {
        parts.push(format!("off={}", off.join(".")));
    }
    if state.list_view {
        parts.push("view=list".into());
    }
    // A link names its language unless it is English for a reader whose own language is too.
    if state.lang != Lang::default() || state.preferred_lang != Lang::default() {
        parts.push(format!("lang={}", state.lang.tag()));
    }
    if let Some(theme) = state.theme {
        parts.push(format!("theme={}", theme.id()));
    }
    if let Some(section) = state.section {
        parts.push(format!("section={}", section.id()));
    }
    if state.scenario.preset != 0 {
        parts.push(format!("sc={}", SCENARIOS[state.scenario.preset].id));
    }
    if let Some(date) = state.scenario.date {
        parts.push(format!("at={date}"));
    }
    for (code, withdrawal) in state.scenario.changed() {
        parts.push(format!("w.{code}={}", assumption_to_link(withdrawal)));
    }
    if state.embed {
        parts.push("embed=1".into());
    }
    if parts.is_empty() {
        return String::new();
    }
    format!("v={VERSION}&{}", parts.join("&"))
}

/// The view a fragment describes, over `base` (which supplies `today`). Never fails.
pub fn from_fragment(fragment: &str, base: &ViewState) -> ViewState {
    let mut state = ViewState {
        notice: None,
        lang: base.preferred_lang,
        preferred_lang: base.preferred_lang,
        ..ViewState::new(base.today)
    };
    let mut unreadable = false;
    let (mut from, mut to) = (None, None);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "v" => unreadable |= value != VERSION,
            "ev" => match EVENTS.iter().position(|e| e.id == value) {
                Some(index) => {
                    state.selected = Some(index);
                    state.focused = Some(index);
                }
                None => unreadable = true,
            },
            "from" => from = Some(Date::parse_iso(value)),
            "to" => to = Some(Date::parse_iso(value)),
            "off" => {
                for item in value.split('.') {
                    if let Some(lane) = lanes()
                        .iter()
                        .position(|l| l.unwrap_or(CONVENTION_LANE) == item)
                    {
                        state.filters.hidden_lanes |= 1 << lane;
                    } else if let Some(mark) = Mark::from_id(item) {
                        state.filters.hidden_marks |= mark.bit();
                    } else {
                        unreadable = true;
                    }
                }
            }
            "view" => match value {
                "list" => state.list_view = true,
                "chart" => {}
                _ => unreadable = true,
            },
            "lang" => match Lang::from_tag(value) {
                Some(lang) => state.lang = lang,
                None => unreadable = true,
            },
            "theme" => match Theme::from_id(value) {
                Some(theme) => state.theme = Some(theme),
                None => unreadable = true,
            },
            "section" => match Section::from_id(value) {
                Some(section) => state.section = Some(section),
                None => unreadable = true,
            },
            "sc" => match SCENARIOS.iter().position(|s| s.id == value) {
                // What-ifs apply on top of the preset, whatever their order in the link.
                Some(preset) => {
                    let date = state.scenario.date;
                    let changed = state.scenario.changed();
                    state.scenario = ScenarioView {
                        date,
                        ..ScenarioView::from_preset(preset)
                    };
                    for (code, withdrawal) in changed {
                        state.scenario.scenario.set(code, withdrawal);
                    }
                }
                None => unreadable = true,
            },
            "at" => {
                let (first, last) = date_bounds(state.today);
                match Date::parse_iso(value).filter(|d| (first..=last).contains(d)) {
                    Some(date) => state.scenario.date = Some(date).filter(|&d| d != state.today),
                    None => unreadable = true,
                }
            }
            key if key.starts_with("w.") => {
                let code = &key[2..];
                match (
                    state.scenario.scenario.assumption(code).map(|a| a.code),
                    assumption_from_link(value),
                ) {
                    (Some(code), Some(withdrawal)) => state.scenario.scenario.set(code, withdrawal),
                    _ => unreadable = true,
                }
            }
            "embed" => match value {
                "1" => state.embed = true,
                "0" => {}
                _ => unreadable = true,
            },
            // Unknown keys may come from a newer version, or from a host page: ignore them.
            _ => {}
        }
    }
    match (from, to) {
        (None, None) => {}
        (Some(Some(from)), Some(Some(to))) if from < to => {
            state.range = Some(ViewRange::from_dates(from, to).within(state.bounds()));
        }
        _ => unreadable = true,
    }
    match state.selected {
        Some(index) if !state.shows(&EVENTS[index]) => {
            state.selected = None;
            state.focused = None;
            unreadable = true;
        }
        // A link to an event without a range: show the event, not everything.
        Some(index) if state.range.is_none() => state = apply(&state, Action::Select(index)),
        _ => {}
    }
    if unreadable {
        state.notice = Some(Notice::LinkPartlyUnreadable);
    }
    state
}
