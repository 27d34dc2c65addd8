//! The downloadable tables: events, countries and forecasts, from the compiled data, with a
//! stable column order. File names say what and the data's as-of date.

use crate::data::{self, COUNTRIES, DATA_UPDATED, EVENTS, FORECASTS, YARDSTICK};
use crate::model::export::{Cell, Table};
use crate::model::{Border, EventKind, Resolution, TreatyId};

/// What can be downloaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dataset {
    Events,
    Countries,
    Forecasts,
}

impl Dataset {
    pub const ALL: [Dataset; 3] = [Dataset::Events, Dataset::Countries, Dataset::Forecasts];

    pub fn name(self) -> &'static str {
        match self {
            Dataset::Events => "events",
            Dataset::Countries => "countries",
            Dataset::Forecasts => "forecasts",
        }
    }

    /// `ottawa-explorer-events-2026-11-26.csv`
    pub fn file_name(self, extension: &str) -> String {
        format!("ottawa-explorer-{}-{DATA_UPDATED}.{extension}", self.name())
    }

    pub fn table(self) -> Table {
        match self {
            Dataset::Events => events(),
            Dataset::Countries => countries(),
            Dataset::Forecasts => forecasts(),
        }
    }

    pub fn csv(self) -> String {
        self.table().to_csv()
    }

    pub fn json(self) -> String {
        let updated = DATA_UPDATED.to_string();
        self.table().to_json(
            self.name(),
            &[("data_updated", &updated), ("source", "ottawa-explorer")],
        )
    }
}

/// Machine names for the enumerations, as in the data files.
fn snake(debug: String) -> String {
    let mut out = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn kind_name(kind: EventKind) -> String {
    snake(format!("{kind:?}"))
}

fn source_locations(ids: &[&str]) -> String {
    ids.iter()
        .filter_map(|id| data::source(id))
        .map(|s| s.href())
        .collect::<Vec<_>>()
        .join(" ; ")
}

fn events() -> Table {
    let columns = vec![
        "id",
        "date",
        "country",
        "kind",
        "treaty",
        "title",
        "text",
        "votes_for",
        "votes_against",
        "votes_abstain",
        "votes_absent",
        "votes_required",
        "confidence",
        "disagreements",
        "sources",
    ];
    let rows = EVENTS
        .iter()
        .map(|e| {
            let votes = e.votes;
            let disagreements: Vec<String> = e
                .disagreements
                .iter()
                .map(|d| format!("{}: {} ({})", d.field, d.value, d.note))
                .collect();
            vec![
                e.id.into(),
                e.date.to_string().into(),
                e.country.into(),
                kind_name(e.kind).into(),
                match e.treaty {
                    TreatyId::MineBan => "mine_ban",
                    TreatyId::ClusterMunitions => "cluster_munitions",
                }
                .into(),
                e.title.into(),
                e.text.into(),
                votes.map(|v| v.yes).into(),
                votes.map(|v| v.no).into(),
                votes.map(|v| v.abstain).into(),
                votes.and_then(|v| v.absent).into(),
                votes.and_then(|v| v.required).into(),
                e.confidence.id().into(),
                disagreements.join(" ; ").into(),
                source_locations(e.sources).into(),
            ]
        })
        .collect();
    Table { columns, rows }
}

fn countries() -> Table {
    let columns = vec![
        "code",
        "name",
        "signed",
        "joined_by",
        "joined",
        "in_force",
        "instrument",
        "deposited",
        "armed_conflict",
        "border_russia_km",
        "border_belarus_km",
        "border_source",
    ];
    let rows = COUNTRIES
        .iter()
        .map(|c| {
            let border = |with: &str| c.borders.iter().find(|b| b.neighbour == with).map(|b| b.km);
            let w = c.withdrawal;
            vec![
                c.code.into(),
                c.name.into(),
                c.signed.map(|d| d.to_string()).into(),
                c.joined.map(|(kind, _)| kind.id()).into(),
                c.joined.map(|(_, d)| d.to_string()).into(),
                c.in_force.map(|d| d.to_string()).into(),
                w.map(|w| w.instrument.id()).into(),
                w.map(|w| w.deposited.to_string()).into(),
                w.map(|w| w.armed_conflict.to_id()).into(),
                border("RU").into(),
                border("BY").into(),
                border_sources(c.borders),
            ]
        })
        .collect();
    Table { columns, rows }
}

fn forecasts() -> Table {
    let columns = vec![
        "id",
        "statement",
        "made_on",
        "horizon",
        "word",
        "min_percent",
        "max_percent",
        "outcome",
        "evidence",
    ];
    let rows = FORECASTS
        .iter()
        .map(|f| {
            let band = YARDSTICK.bands.iter().find(|b| b.id == f.band);
            vec![
                f.id.into(),
                f.statement.into(),
                f.made_on.to_string().into(),
                f.horizon.into(),
                band.map(|b| b.label).into(),
                band.map(|b| b.min_percent).into(),
                band.map(|b| b.max_percent).into(),
                f.outcome
                    .map(|o| match o {
                        Resolution::Happened => "happened",
                        Resolution::DidNotHappen => "did_not_happen",
                        Resolution::Partly => "partly",
                        Resolution::TooEarly => "too_early",
                    })
                    .into(),
                f.evidence.join(" ").into(),
            ]
        })
        .collect();
    Table { columns, rows }
}

/// Who the border figures come from: the publishers of the sources the data cites for them.
fn border_sources(borders: &[Border]) -> Cell {
    let mut publishers: Vec<&str> = Vec::new();
    for border in borders {
        let publisher = data::SOURCES
            .iter()
            .find(|s| s.id == border.source)
            .map_or(border.source, |s| s.publisher);
        if !publishers.contains(&publisher) {
            publishers.push(publisher);
        }
    }
    if publishers.is_empty() {
        Cell::Empty
    } else {
        publishers.join("; ").into()
    }
}
