//! Dates formatted by the browser's `Intl.DateTimeFormat`, so no date tables ship in the wasm.
//! Natively (tests, prerendering) they fall back to ISO 8601.

use crate::i18n::Lang;
use crate::model::timescale::{TickStep, TickUnit};
use crate::model::Date;

/// A long date in the reader's language ("May 8, 2025").
pub fn format_date(lang: Lang, date: Date) -> String {
    intl(lang, date, &[("dateStyle", "long")]).unwrap_or_else(|| date.to_string())
}

/// A tick label: "2025" for years, "Jun 2025" for months, "27 Jun" for days and weeks.
pub fn format_tick(lang: Lang, date: Date, step: TickStep) -> String {
    match step.unit {
        TickUnit::Year => date.year().to_string(),
        TickUnit::Month => intl(lang, date, &[("month", "short"), ("year", "numeric")])
            .unwrap_or_else(|| format!("{}-{:02}", date.year(), date.month())),
        TickUnit::Week | TickUnit::Day => {
            intl(lang, date, &[("month", "short"), ("day", "numeric")])
                .unwrap_or_else(|| format!("{:02}-{:02}", date.month(), date.day()))
        }
    }
}

fn intl(lang: Lang, date: Date, options: &[(&str, &str)]) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let object = js_sys::Object::new();
        // Dates are civil days: format them in UTC so no time zone moves them by a day.
        let _ = js_sys::Reflect::set(&object, &"timeZone".into(), &"UTC".into());
        for (key, value) in options {
            let _ =
                js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
        }
        let locales = js_sys::Array::of1(&JsValue::from_str(lang.tag()));
        let format = js_sys::Intl::DateTimeFormat::new(&locales, &object);
        let millis = date.days_since_epoch() as f64 * 86_400_000.0;
        let value = js_sys::Date::new(&JsValue::from_f64(millis));
        return format
            .format()
            .call1(&format, &value)
            .ok()
            .and_then(|v| v.as_string());
    }
    #[allow(unreachable_code)]
    {
        let _ = (lang, date, options);
        None
    }
}
