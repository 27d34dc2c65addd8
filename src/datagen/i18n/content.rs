//! The English content that every other language must translate, read from the data files:
//! event titles and texts, forecasts, scenarios, corrections, the yardstick, the treaty and
//! border notes, each under a key such as `event.lt-seimas-vote.title`.

use std::collections::BTreeMap;

use crate::datagen::Input;

/// The English content, by key (`event.lt-seimas-vote.title`), read from the data files.
pub fn english_content(data: &[Input]) -> BTreeMap<String, String> {
    let mut content = BTreeMap::new();
    let table = |file: &str| -> toml::Table {
        data.iter()
            .find(|i| i.name.ends_with(&format!("/{file}")))
            .and_then(|i| i.text.parse::<toml::Table>().ok())
            .unwrap_or_default()
    };
    let text = |value: Option<&toml::Value>| -> String {
        value
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let list = |table: &toml::Table, key: &str| -> Vec<toml::Table> {
        table
            .get(key)
            .and_then(toml::Value::as_array)
            .map(|items| items.iter().filter_map(|v| v.as_table().cloned()).collect())
            .unwrap_or_default()
    };
    let mut put = |key: String, value: String| {
        if !value.is_empty() {
            content.insert(key, value);
        }
    };
    for event in list(&table("events.toml"), "event") {
        let id = text(event.get("id"));
        put(format!("event.{id}.title"), text(event.get("title")));
        put(format!("event.{id}.text"), text(event.get("text")));
        for (n, d) in list(&event, "disagreement").iter().enumerate() {
            put(
                format!("event.{id}.disagreement_{}", n + 1),
                text(d.get("note")),
            );
        }
    }
    let forecasts = table("forecasts.toml");
    for horizon in list(&forecasts, "horizon") {
        put(
            format!("horizon.{}", text(horizon.get("id"))),
            text(horizon.get("label")),
        );
    }
    for forecast in list(&forecasts, "forecast") {
        let id = text(forecast.get("id"));
        for field in ["statement", "note", "outcome_note"] {
            put(format!("forecast.{id}.{field}"), text(forecast.get(field)));
        }
    }
    let yardstick = table("yardstick.toml");
    put("yardstick.name".into(), text(yardstick.get("name")));
    put("yardstick.note".into(), text(yardstick.get("note")));
    for band in list(&yardstick, "band") {
        put(
            format!("band.{}", text(band.get("id"))),
            text(band.get("label")),
        );
    }
    for scenario in list(&table("scenarios.toml"), "scenario") {
        let id = text(scenario.get("id"));
        put(format!("scenario.{id}.title"), text(scenario.get("title")));
        put(
            format!("scenario.{id}.description"),
            text(scenario.get("description")),
        );
    }
    let casualties = table("casualties.toml");
    for correction in list(&casualties, "correction") {
        let id = text(correction.get("id"));
        put(
            format!("correction.{id}.claim"),
            text(correction.get("claim")),
        );
        put(
            format!("correction.{id}.finding"),
            text(correction.get("finding")),
        );
    }
    for year in list(&casualties, "year") {
        let year_number = year
            .get("year")
            .and_then(toml::Value::as_integer)
            .unwrap_or(0);
        put(
            format!("casualty.y{year_number}.note"),
            text(year.get("note")),
        );
    }
    let treaty = table("treaty.toml");
    put("treaty.name".into(), text(treaty.get("name")));
    put("treaty.short_name".into(), text(treaty.get("short_name")));
    put(
        "treaty.article20".into(),
        text(treaty.get("article20").and_then(|a| a.get("text"))),
    );
    for country in list(&table("countries.toml"), "country") {
        let code = text(country.get("code"));
        for border in list(&country, "border") {
            let with = text(border.get("with"));
            for (n, alternative) in list(&border, "alternative").iter().enumerate() {
                put(
                    format!("border.{code}-{with}.note_{}", n + 1),
                    text(alternative.get("note")),
                );
            }
        }
    }
    content
}
