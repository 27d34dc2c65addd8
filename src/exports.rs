//! The downloadable tables: events, countries and forecasts, from the compiled data, with a
//! stable column order. File names say what and the data's as-of date. The prerenderer writes
//! them beside the pages at build time; none of this is in the wasm.

use crate::data::{self, COUNTRIES, DATA_UPDATED, EVENTS, FORECASTS, TREATY, YARDSTICK};
use crate::model::export::{Cell, Table};
use crate::model::{Border, Country, Resolution};

/// What can be downloaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dataset {
    Events,
    Countries,
    Forecasts,
}

impl Dataset {
    pub const ALL: [Dataset; 3] = [Dataset::Events, Dataset::Countries, Dataset::Forecasts];

    /// The datasets this story has (a story without forecasts offers none to download).
    pub fn in_story() -> impl Iterator<Item = Dataset> {
        Dataset::ALL
            .into_iter()
            .filter(|d| *d != Dataset::Forecasts || data::HAS_FORECASTS)
    }

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
                e.kind.id().into(),
                TREATY.id_of(e.treaty).into(),
                data::english_title(e).into(),
                e.text.into(),
                votes.map(|v| v.yes).into(),
                votes.map(|v| v.no).into(),
                votes.map(|v| v.abstain).into(),
                votes.and_then(|v| v.absent).into(),
                votes.and_then(|v| v.required).into(),
                e.confidence.id().into(),
                disagreements.join(" ; ").into(),
                source_locations(data::event_sources(e)).into(),
            ]
        })
        .collect();
    Table {
        columns: columns.into_iter().map(String::from).collect(),
        rows,
    }
}

fn countries() -> Table {
    let neighbours = neighbours();
    let mut columns: Vec<String> = [
        "code",
        "name",
        "signed",
        "joined_by",
        "joined",
        "in_force",
        "instrument",
        "deposited",
        "armed_conflict",
    ]
    .map(String::from)
    .into();
    // `border_russia_km`: one column per neighbour the data's borders name.
    columns.extend(
        neighbours
            .iter()
            .map(|n| format!("border_{}_km", n.name.to_lowercase())),
    );
    columns.push("border_source".into());
    let rows = COUNTRIES
        .iter()
        .map(|c| {
            let w = c.withdrawal;
            let mut row: Vec<Cell> = vec![
                c.code.into(),
                c.name.into(),
                c.signed.map(|d| d.to_string()).into(),
                c.joined.map(|(kind, _)| kind.id()).into(),
                c.joined.map(|(_, d)| d.to_string()).into(),
                c.in_force.map(|d| d.to_string()).into(),
                w.map(|w| w.instrument.id()).into(),
                w.map(|w| w.deposited.to_string()).into(),
                w.map(|w| w.armed_conflict.to_id()).into(),
            ];
            row.extend(neighbours.iter().map(|n| {
                let km = c
                    .borders
                    .iter()
                    .find(|b| b.neighbour == n.code)
                    .map(|b| b.km);
                Cell::from(km)
            }));
            row.push(border_sources(c.borders));
            row
        })
        .collect();
    Table { columns, rows }
}

/// The states the data's borders are with, the longest border first (Russia, then Belarus).
fn neighbours() -> Vec<&'static Country> {
    let km_with = |code: &str| -> f64 {
        COUNTRIES
            .iter()
            .flat_map(|c| c.borders)
            .filter(|b| b.neighbour == code)
            .map(|b| b.km)
            .sum()
    };
    let mut neighbours: Vec<&'static Country> = COUNTRIES
        .iter()
        .filter(|n| {
            COUNTRIES
                .iter()
                .flat_map(|c| c.borders)
                .any(|b| b.neighbour == n.code)
        })
        .collect();
    neighbours.sort_by(|a, b| km_with(b.code).total_cmp(&km_with(a.code)));
    neighbours
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
                f.outcome.map(Resolution::id).into(),
                f.evidence.join(" ").into(),
            ]
        })
        .collect();
    Table {
        columns: columns.into_iter().map(String::from).collect(),
        rows,
    }
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
