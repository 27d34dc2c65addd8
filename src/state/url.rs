//! The URL is the serialised view state: `#v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01&off=UA.report&view=list`.
//!
//! - Each key is defined once, in [`LINK_KEYS`]: its name, how it is written and how it is
//!   read. The README's list of keys is checked against that table (`tests/native/tidy.rs`).
//! - `v`: format version (1). `ev`: the open card's event id. `from`, `to`: the visible range.
//!   `off`: what the filters hide, lanes by state code (`convention` for the treaty's lane)
//!   and marks by id. `view=list`: the list view. `lang`: the language (`en`, `lt`, `lv`, `et`, `pl`, `fi`; without it, the reader's own).
//!   `theme`: `light` or `dark`, overriding the reader's setting. `section`: one section
//!   alone (`timeline`). `embed=1`: embed mode. `sc`, `at`, `w.CODE`: the scenario explorer
//!   (see `scenario.rs`).
//! - Defaults are omitted. The characters used (letters, digits, `-`, `.`, `=`, `&`) survive
//!   being pasted into chat apps and social media.
//! - Parsing never fails: unknown keys are ignored (newer links keep working), and a malformed
//!   value falls back to its default and raises a notice for the reader. Values a reader could
//!   also set (a preset, the day, a what-if, an event) go through `apply`, so a link obeys the
//!   same rules as the controls.

use super::scenario::{assumption_from_link, assumption_to_link, date_bounds};
use super::view::{apply, lanes, Action, Notice, Section, Theme, ViewState};
use crate::data::{EVENTS, SCENARIOS};
use crate::i18n::Lang;
use crate::model::timeline::Mark;
use crate::model::timescale::ViewRange;
use crate::model::Date;

const VERSION: &str = "1";
const CONVENTION_LANE: &str = "convention";

/// One key of the link, defined once.
pub struct LinkKey {
    /// The key as a link spells it; `w.CODE` stands for `w.` and a state code.
    pub name: &'static str,
    /// Adds this key's `key=value` parts for `state`; nothing while that part is at its default.
    write: fn(&ViewState, &mut Vec<String>),
    /// Reads one value (`key` is the key as written, for `w.CODE`).
    read: fn(&mut Reading, &str, &str) -> Result<(), Unreadable>,
}

impl LinkKey {
    fn reads(&self, key: &str) -> bool {
        match self.name.strip_suffix("CODE") {
            Some(prefix) => key.starts_with(prefix),
            None => key == self.name,
        }
    }
}

/// Every key, in the order a link writes them.
pub static LINK_KEYS: &[LinkKey] = &[
    LinkKey {
        name: "v",
        // Written by `to_fragment` before every other part, whenever there is one.
        write: |_, _| {},
        read: |_, _, value| found((value == VERSION).then_some(())),
    },
    LinkKey {
        name: "ev",
        write: |state, out| {
            if let Some(index) = state.selected {
                out.push(format!("ev={}", EVENTS[index].id));
            }
        },
        read: |reading, _, value| {
            let index = found(EVENTS.iter().position(|e| e.id == value))?;
            reading.state.selected = Some(index);
            reading.state.focused = Some(index);
            Ok(())
        },
    },
    LinkKey {
        name: "from",
        write: |state, out| {
            if let Some(range) = state.range {
                out.push(format!("from={}", range.dates().0));
            }
        },
        // Checked with `to` once every key is read (`read_range`).
        read: |reading, _, value| {
            reading.from = Some(Date::parse_iso(value));
            Ok(())
        },
    },
    LinkKey {
        name: "to",
        write: |state, out| {
            if let Some(range) = state.range {
                out.push(format!("to={}", range.dates().1));
            }
        },
        read: |reading, _, value| {
            reading.to = Some(Date::parse_iso(value));
            Ok(())
        },
    },
    LinkKey {
        name: "off",
        write: write_hidden,
        read: read_hidden,
    },
    LinkKey {
        name: "view",
        write: |state, out| {
            if state.list_view {
                out.push("view=list".into());
            }
        },
        read: |reading, _, value| match value {
            "list" => {
                reading.state.list_view = true;
                Ok(())
            }
            "chart" => Ok(()),
            _ => Err(Unreadable),
        },
    },
    LinkKey {
        name: "lang",
        // A link names its language unless it is English for a reader whose own is too.
        write: |state, out| {
            if state.lang != Lang::default() || state.preferred_lang != Lang::default() {
                out.push(format!("lang={}", state.lang.tag()));
            }
        },
        read: |reading, _, value| {
            reading.state.lang = found(Lang::from_tag(value))?;
            Ok(())
        },
    },
    LinkKey {
        name: "theme",
        write: |state, out| {
            if let Some(theme) = state.theme {
                out.push(format!("theme={}", theme.id()));
            }
        },
        read: |reading, _, value| {
            reading.state.theme = Some(found(Theme::from_id(value))?);
            Ok(())
        },
    },
    LinkKey {
        name: "section",
        write: |state, out| {
            if let Some(section) = state.section {
                out.push(format!("section={}", section.id()));
            }
        },
        read: |reading, _, value| {
            reading.state.section = Some(found(Section::from_id(value))?);
            Ok(())
        },
    },
    LinkKey {
        name: "sc",
        write: |state, out| {
            if state.scenario.preset != 0 {
                out.push(format!("sc={}", SCENARIOS[state.scenario.preset].id));
            }
        },
        read: read_preset,
    },
    LinkKey {
        name: "at",
        write: |state, out| {
            if let Some(date) = state.scenario.date {
                out.push(format!("at={date}"));
            }
        },
        // A day outside the slider's span is unreadable; one inside is set as the slider would.
        read: |reading, _, value| {
            let (first, last) = date_bounds(reading.state.today);
            let date = found(Date::parse_iso(value).filter(|d| (first..=last).contains(d)))?;
            reading.apply(Action::SetScenarioDate(date));
            Ok(())
        },
    },
    LinkKey {
        name: "w.CODE",
        write: |state, out| {
            for (code, withdrawal) in state.scenario.changed() {
                out.push(format!("w.{code}={}", assumption_to_link(withdrawal)));
            }
        },
        read: |reading, key, value| {
            // `reads` matched the key's "w." prefix; `strip_prefix` says so without a panic path.
            let code = key.strip_prefix("w.").unwrap_or(key);
            let assumption = reading.state.scenario.scenario.assumption(code);
            let code = found(assumption.map(|a| a.code))?;
            let withdrawal = found(assumption_from_link(value))?;
            reading.apply(Action::Assume { code, withdrawal });
            Ok(())
        },
    },
    LinkKey {
        name: "embed",
        write: |state, out| {
            if state.embed {
                out.push("embed=1".into());
            }
        },
        read: |reading, _, value| match value {
            "1" => {
                reading.state.embed = true;
                Ok(())
            }
            "0" => Ok(()),
            _ => Err(Unreadable),
        },
    },
];

/// A value that cannot be read: its part keeps the default, and the reader gets a notice.
struct Unreadable;

fn found<T>(value: Option<T>) -> Result<T, Unreadable> {
    value.ok_or(Unreadable)
}

/// What reading a link builds up: the state, and the range, which needs both of its keys.
struct Reading {
    state: ViewState,
    from: Option<Option<Date>>,
    to: Option<Option<Date>>,
}

impl Reading {
    fn apply(&mut self, action: Action) {
        self.state = apply(&self.state, action);
    }
}

fn write_hidden(state: &ViewState, out: &mut Vec<String>) {
    let mut off: Vec<&str> = lanes()
        .iter()
        .enumerate()
        .filter(|(i, _)| state.filters.hides_lane(*i))
        .map(|(_, lane)| lane.unwrap_or(CONVENTION_LANE))
        .collect();
    off.extend(
        Mark::ALL
            .iter()
            .filter(|m| state.filters.hides_mark(**m))
            .map(|m| m.id()),
    );
    if !off.is_empty() {
        out.push(format!("off={}", off.join(".")));
    }
}

/// Every item that names a lane or a mark is read, even when another one is not.
fn read_hidden(reading: &mut Reading, _: &str, value: &str) -> Result<(), Unreadable> {
    let filters = &mut reading.state.filters;
    let mut result = Ok(());
    for item in value.split('.') {
        if let Some(lane) = lanes()
            .iter()
            .position(|l| l.unwrap_or(CONVENTION_LANE) == item)
        {
            filters.hide_lane(lane);
        } else if let Some(mark) = Mark::from_id(item) {
            filters.hide_mark(mark);
        } else {
            result = Err(Unreadable);
        }
    }
    result
}

/// The preset, chosen as a reader would (the day is kept); what-ifs read before it in the link
/// are applied again on top, so their order in the link does not matter.
fn read_preset(reading: &mut Reading, _: &str, value: &str) -> Result<(), Unreadable> {
    let preset = found(SCENARIOS.iter().position(|s| s.id == value))?;
    let changed = reading.state.scenario.changed();
    reading.apply(Action::ChoosePreset(preset));
    for (code, withdrawal) in changed {
        reading.apply(Action::Assume { code, withdrawal });
    }
    Ok(())
}

/// The fragment (without `#`) for `state`; empty for the default view.
pub fn to_fragment(state: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    for key in LINK_KEYS {
        (key.write)(state, &mut parts);
    }
    if parts.is_empty() {
        return String::new();
    }
    format!("v={VERSION}&{}", parts.join("&"))
}

/// The view a fragment describes, over `base` (which supplies `today`). Never fails.
pub fn from_fragment(fragment: &str, base: &ViewState) -> ViewState {
    let mut reading = Reading {
        state: ViewState {
            notice: None,
            lang: base.preferred_lang,
            preferred_lang: base.preferred_lang,
            ..ViewState::new(base.today)
        },
        from: None,
        to: None,
    };
    let mut unreadable = false;
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        // Unknown keys may come from a newer version, or from a host page: ignore them.
        if let Some(link_key) = LINK_KEYS.iter().find(|k| k.reads(key)) {
            unreadable |= (link_key.read)(&mut reading, key, value).is_err();
        }
    }
    let Reading {
        mut state,
        from,
        to,
    } = reading;
    unreadable |= read_range(&mut state, from, to).is_err();
    unreadable |= show_selected(&mut state).is_err();
    if unreadable {
        state.notice = Some(Notice::LinkPartlyUnreadable);
    }
    state
}

/// The visible range, from both `from` and `to` or neither.
fn read_range(
    state: &mut ViewState,
    from: Option<Option<Date>>,
    to: Option<Option<Date>>,
) -> Result<(), Unreadable> {
    match (from, to) {
        (None, None) => Ok(()),
        (Some(Some(from)), Some(Some(to))) if from < to => {
            state.range = Some(ViewRange::from_dates(from, to).within(state.bounds()));
            Ok(())
        }
        _ => Err(Unreadable),
    }
}

/// The event a link opens, if the filters show it; without a range, the view moves to it.
fn show_selected(state: &mut ViewState) -> Result<(), Unreadable> {
    match state.selected {
        Some(index) if !state.shows(&EVENTS[index]) => {
            state.selected = None;
            state.focused = None;
            Err(Unreadable)
        }
        // A link to an event without a range: show the event, not everything.
        Some(index) if state.range.is_none() => {
            *state = apply(state, Action::Select(index));
            Ok(())
        }
        _ => Ok(()),
    }
}
