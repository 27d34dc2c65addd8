//! The downloads: CSV that any spreadsheet reads back exactly, JSON that parses, both matching
//! the data.

use ottawa_explorer::data::{DATA_UPDATED, FORECASTS, YARDSTICK};
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
        columns: ["name", "note", "n"].map(String::from).into(),
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
        assert_eq!(json["data_updated"], DATA_UPDATED.to_string());
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
        format!("ottawa-explorer-events-{DATA_UPDATED}.csv")
    );
}

#[test]
fn the_recorded_forecast_scores() {
    let c = calibration(FORECASTS, YARDSTICK.bands);
    assert_eq!(FORECASTS.len(), 10, "the article's ten forecasts");
    // Six have a known outcome, one of them partly; four are too early to say.
    assert_eq!((c.resolved, c.partly, c.too_early, c.decided), (6, 1, 4, 5));
    // Hits: the four that happened or did not on the side their word leaned to; the miss is
    // "a realistic possibility" (40–50 %, leaning no) of Polish and Finnish decisions, which came.
    assert_eq!(c.hit_rate, Some(0.8));
    // Brier on midpoints: highly likely 0.85, likely 0.65, realistic possibility 0.45;
    // (0.0225 + 0.1225 + 0.3025 + 0.2025 + 0.0225 + 0.1225) / 6 = 0.1325.
    assert!((c.brier.unwrap() - 0.1325).abs() < 1e-12);
    let likely = c.rows.iter().find(|r| r.band == "likely").unwrap();
    assert_eq!(
        (
            likely.happened,
            likely.partly,
            likely.too_early,
            likely.hit_rate
        ),
        (2, 1, 1, Some(1.0))
    );
}

/// An outcome is recorded only once the forecast's horizon has run out by the data's date;
/// an open-ended horizon, or one still running, can only be "too early to say".
#[test]
fn no_forecast_is_scored_before_its_horizon_has_run() {
    use ottawa_explorer::data::HORIZONS;
    use ottawa_explorer::model::Resolution;
    for forecast in FORECASTS {
        let horizon = forecast
            .horizon
            .and_then(|id| HORIZONS.iter().find(|h| h.id == id))
            .unwrap_or_else(|| panic!("{}: every forecast has a horizon", forecast.id));
        let ends = horizon
            .to_months
            .map(|months| forecast.made_on.add_months(i32::from(months)));
        let run_out = ends.is_some_and(|end| end <= DATA_UPDATED);
        let outcome = forecast.outcome.expect("every forecast has an outcome");
        assert!(
            run_out || outcome == Resolution::TooEarly,
            "{}: scored {outcome:?} although its horizon ({}) runs past {DATA_UPDATED}",
            forecast.id,
            horizon.id
        );
    }
}

/// The prerendered (script-free) page writes numbers as the browser's Intl writes English.
#[test]
fn prerendered_numbers_are_grouped_as_english_writes_them() {
    use ottawa_explorer::i18n::Lang;
    use ottawa_explorer::platform::{format_number, format_share, format_thousandths};
    let cases = [
        (0.0, "0"),
        (999.0, "999"),
        (1718.0, "1,718"),
        (6279.4, "6,279"),
    ];
    for (value, text) in cases {
        assert_eq!(format_number(Lang::En, value), text);
    }
    assert_eq!(format_number(Lang::En, 1_234_567.0), "1,234,567");
    assert_eq!(format_number(Lang::En, -4710.0), "-4,710");
    assert_eq!(format_share(Lang::En, 0.8), "80%");
    assert_eq!(format_thousandths(Lang::En, 0.1325), "0.133");
    assert_eq!(format_thousandths(Lang::En, 0.13249999999999998), "0.132");
}

/// Each event's title and sources stand in tables of their own, found by the event's place:
/// the downloads (and every view) would show another event's if the two drifted apart.
#[test]
fn every_event_knows_its_place_and_its_title_and_sources_are_its_own() {
    use ottawa_explorer::data::{
        english_title, event_sources, EVENTS, EVENT_SOURCES, EVENT_TITLES,
    };
    assert_eq!(EVENT_TITLES.len(), EVENTS.len());
    assert_eq!(EVENT_SOURCES.len(), EVENTS.len());
    for (place, event) in EVENTS.iter().enumerate() {
        assert_eq!(usize::from(event.index), place, "{}", event.id);
    }
    let vote = EVENTS.iter().find(|e| e.id == "lt-seimas-vote").unwrap();
    assert!(
        english_title(vote).starts_with("Seimas"),
        "{}",
        english_title(vote)
    );
    assert!(!event_sources(vote).is_empty());
}
