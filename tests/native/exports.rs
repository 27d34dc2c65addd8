//! The downloads: CSV that any spreadsheet reads back exactly, JSON that parses, both matching
//! the data.

use ottawa_explorer::data::{EVENTS, FORECASTS, SOURCES, YARDSTICK};
use ottawa_explorer::exports::Dataset;
use ottawa_explorer::model::export::{csv_field, json_string, Cell, Table};
use ottawa_explorer::model::forecast::calibration;

/// A strict RFC 4180 reader, to read back what we write.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_escapes_commas_quotes_newlines_and_keeps_non_ascii() {
    let table = Table {
        columns: vec!["name", "note", "n"],
        rows: vec![
            vec![
                "Rinkēvičs".into(),
                "signs, on \"24\" April".into(),
                Cell::Number(66.0),
            ],
            vec![
                "Šakalienė".into(),
                "line one\nline two".into(),
                Cell::Number(678.8),
            ],
            vec![Cell::Empty, "".into(), Cell::Empty],
        ],
    };
    let csv = table.to_csv();
    assert_eq!(
        csv,
        "name,note,n\r\nRinkēvičs,\"signs, on \"\"24\"\" April\",66\r\nŠakalienė,\"line one\nline two\",678.8\r\n,,\r\n"
    );
    assert_eq!(
        parse_csv(&csv)[1],
        ["Rinkēvičs", "signs, on \"24\" April", "66"]
    );
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(
        json_string("a \"b\"\n\\ č\u{1}"),
        "\"a \\\"b\\\"\\n\\\\ č\\u0001\""
    );
}

#[test]
fn every_download_reads_back_as_the_data() {
    for dataset in Dataset::ALL {
        let table = dataset.table();
        let rows = parse_csv(&dataset.csv());
        assert_eq!(rows[0], table.columns, "{dataset:?}: the header row");
        assert_eq!(
            rows.len() - 1,
            table.rows.len(),
            "{dataset:?}: one row per record"
        );
        assert!(
            rows.iter().all(|r| r.len() == table.columns.len()),
            "{dataset:?}: every row is complete"
        );
        let json: serde_json::Value = serde_json::from_str(&dataset.json()).expect("valid JSON");
        assert_eq!(json["data_updated"], "2026-11-26");
        assert_eq!(
            json[dataset.name()].as_array().unwrap().len(),
            table.rows.len()
        );
    }
    let events = parse_csv(&Dataset::Events.csv());
    let seimas = events.iter().find(|r| r[0] == "lt-seimas-vote").unwrap();
    assert_eq!(
        &seimas[1..5],
        ["2025-05-08", "LT", "parliament_vote", "mine_ban"]
    );
    assert_eq!(&seimas[7..12], ["107", "0", "3", "", "85"]);
    let latvia = events.iter().find(|r| r[0] == "lv-saeima-vote").unwrap();
    assert!(
        latvia[13].contains("votes.for: 68"),
        "disagreements travel with the data: {}",
        latvia[13]
    );
    assert_eq!(
        Dataset::Events.file_name("csv"),
        "ottawa-explorer-events-2026-11-26.csv"
    );
}

#[test]
fn every_source_cited_exists_and_every_event_has_one() {
    for event in EVENTS {
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        for id in event
            .sources
            .iter()
            .chain(event.disagreements.iter().flat_map(|d| d.sources.iter()))
        {
            assert!(
                SOURCES.iter().any(|s| s.id == *id),
                "{} cites unknown source {id}",
                event.id
            );
        }
    }
}

#[test]
fn the_recorded_forecast_scores() {
    let c = calibration(FORECASTS, YARDSTICK.bands);
    // One resolved forecast so far: "likely" (65 %) and it happened: (0.65 − 1)² = 0.1225.
    assert_eq!(c.resolved, 1);
    assert_eq!(c.hit_rate, Some(1.0));
    assert!((c.brier.unwrap() - 0.1225).abs() < 1e-12);
}
