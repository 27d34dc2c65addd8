//! Dates, numbers and lists in the reader's language. In the browser they are the browser's
//! `Intl`, so no tables ship in the wasm; natively (the pages the build writes, the tests) they
//! come from the same CLDR data compiled into tables (`crate::i18n::written`).

use crate::i18n::written::DateStyleName as Style;
use crate::i18n::Lang;
use crate::model::timescale::{TickStep, TickUnit};
use crate::model::Date;

/// What is written when `Intl` does not answer: natively, the CLDR tables.
#[cfg(not(target_arch = "wasm32"))]
mod fallback {
    pub use crate::i18n::written::{date, list, share, thousandths, whole};
}

/// In the browser `Intl` always answers: plain digits and ISO dates keep the tables out of
/// the wasm.
#[cfg(target_arch = "wasm32")]
mod fallback {
    use super::{Date, Lang, Style};

    pub fn date(_: Lang, date: Date, _: Style) -> String {
        date.to_string()
    }
    pub fn whole(_: Lang, n: i64) -> String {
        n.to_string()
    }
    pub fn share(_: Lang, share: f64) -> String {
        format!("{}%", (share * 100.0).round() as i64)
    }
    pub fn thousandths(_: Lang, n: i64) -> String {
        format!("{}.{:03}", n / 1000, n % 1000)
    }
    pub fn list(_: Lang, items: &[&str]) -> String {
        items.join(", ")
    }
}

/// A date style's `Intl.DateTimeFormat` options; each is one cached formatter per language.
#[cfg(target_arch = "wasm32")]
fn intl_options(style: Style) -> &'static [(&'static str, &'static str)] {
    match style {
        Style::Long => &[("dateStyle", "long")],
        Style::MonthYear => &[("month", "short"), ("year", "numeric")],
        Style::DayMonth => &[("month", "short"), ("day", "numeric")],
    }
}

/// A long date in the reader's language ("May 8, 2025"). Every marker's accessible name has
/// one, so they are remembered: panning formats the same days again and again.
pub fn format_date(lang: Lang, date: Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        // A vector kept sorted, not a `BTreeMap`: the map's code (≈ 4 KB raw per key type)
        // would be linked for this one cache of a few hundred days.
        thread_local! {
            static LONG: std::cell::RefCell<Vec<((Lang, Date), String)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let key = (lang, date);
        let found = LONG.with(|cache| {
            let cache = cache.borrow();
            cache
                .binary_search_by(|(k, _)| k.cmp(&key))
                .map(|i| cache[i].1.clone())
        });
        let at = match found {
            Ok(text) => return text,
            Err(at) => at,
        };
        let text = intl(lang, date, Style::Long)
            .unwrap_or_else(|| fallback::date(lang, date, Style::Long));
        LONG.with(|cache| cache.borrow_mut().insert(at, (key, text.clone())));
        return text;
    }
    #[allow(unreachable_code)]
    intl(lang, date, Style::Long).unwrap_or_else(|| fallback::date(lang, date, Style::Long))
}

/// A day without its year ("Jun 27"), where the year is already said (the vertical
/// timeline's rows, under their year).
pub fn format_day_month(lang: Lang, date: Date) -> String {
    intl(lang, date, Style::DayMonth).unwrap_or_else(|| fallback::date(lang, date, Style::DayMonth))
}

/// A tick label: "2025" for years, "Jun 2025" for months, "Jun 27" for days and weeks.
pub fn format_tick(lang: Lang, date: Date, step: TickStep) -> String {
    match step.unit {
        TickUnit::Year => date.year().to_string(),
        TickUnit::Month => intl(lang, date, Style::MonthYear)
            .unwrap_or_else(|| fallback::date(lang, date, Style::MonthYear)),
        TickUnit::Week | TickUnit::Day => format_day_month(lang, date),
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Building an `Intl.DateTimeFormat` costs far more than using one: keep them.
    static FORMATS: std::cell::RefCell<Vec<(Lang, Style, js_sys::Intl::DateTimeFormat)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn intl(lang: Lang, date: Date, style: Style) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let format = FORMATS.with(|formats| {
            let mut formats = formats.borrow_mut();
            if let Some((_, _, format)) = formats.iter().find(|(l, s, _)| *l == lang && *s == style)
            {
                return format.clone();
            }
            let object = js_sys::Object::new();
            // Dates are civil days: format them in UTC so no time zone moves them by a day.
            let _ = js_sys::Reflect::set(&object, &"timeZone".into(), &"UTC".into());
            for (key, value) in intl_options(style) {
                let _ = js_sys::Reflect::set(
                    &object,
                    &JsValue::from_str(key),
                    &JsValue::from_str(value),
                );
            }
            let locales = js_sys::Array::of1(&JsValue::from_str(lang.tag()));
            let format = js_sys::Intl::DateTimeFormat::new(&locales, &object);
            formats.push((lang, style, format.clone()));
            format
        });
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
        let _ = (lang, date, style);
        None
    }
}

/// How a number is written; each is one cached `Intl.NumberFormat` per language.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NumberStyle {
    /// "1,309" (rounded to a whole number)
    Whole,
    /// "80%" / "80 %" (a share from 0 to 1)
    Percent,
    /// "0.132" / "0,132" (three decimals)
    Thousandths,
}

/// A whole number with the reader's grouping ("1,309"), by `Intl.NumberFormat`.
pub fn format_number(lang: Lang, value: f64) -> String {
    intl_number(lang, value.round(), NumberStyle::Whole)
        .unwrap_or_else(|| fallback::whole(lang, value.round() as i64))
}

/// A share as a whole percentage in the reader's language ("80%", "80 %").
pub fn format_share(lang: Lang, share: f64) -> String {
    intl_number(lang, share, NumberStyle::Percent).unwrap_or_else(|| fallback::share(lang, share))
}

/// A score with three decimals and the reader's decimal sign ("0.132", "0,132").
pub fn format_thousandths(lang: Lang, value: f64) -> String {
    // Rounded here, once, so the built page and the browser's Intl agree on a half.
    let n = (value * 1000.0).round() as i64;
    intl_number(lang, n as f64 / 1000.0, NumberStyle::Thousandths)
        .unwrap_or_else(|| fallback::thousandths(lang, n))
}

fn intl_number(lang: Lang, value: f64, style: NumberStyle) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static NUMBERS: std::cell::RefCell<Vec<(Lang, NumberStyle, js_sys::Intl::NumberFormat)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let format = NUMBERS.with(|cache| {
            let mut cache = cache.borrow_mut();
            if let Some((_, _, format)) = cache.iter().find(|(l, s, _)| *l == lang && *s == style) {
                return format.clone();
            }
            let options = js_sys::Object::new();
            let set = |key: &str, value: wasm_bindgen::JsValue| {
                let _ = js_sys::Reflect::set(&options, &key.into(), &value);
            };
            match style {
                NumberStyle::Whole => {}
                NumberStyle::Percent => set("style", "percent".into()),
                NumberStyle::Thousandths => {
                    set("minimumFractionDigits", 3.into());
                    set("maximumFractionDigits", 3.into());
                }
            }
            let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(lang.tag()));
            let format = js_sys::Intl::NumberFormat::new(&locales, &options);
            cache.push((lang, style, format.clone()));
            format
        });
        return format
            .format()
            .call1(&format, &wasm_bindgen::JsValue::from_f64(value))
            .ok()
            .and_then(|v| v.as_string());
    }
    #[allow(unreachable_code)]
    {
        let _ = (lang, value, style);
        None
    }
}

/// "Estonia, Latvia, and Lithuania", by `Intl.ListFormat` (a conjunction in the reader's language).
pub fn format_list(lang: Lang, items: &[&str]) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        thread_local! {
            static LISTS: std::cell::RefCell<Vec<(Lang, JsValue)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let make = || -> Option<JsValue> {
            let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
            let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"ListFormat".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let options = js_sys::Object::new();
            js_sys::Reflect::set(&options, &"type".into(), &"conjunction".into()).ok()?;
            let args = js_sys::Array::of2(&JsValue::from_str(lang.tag()), &options);
            js_sys::Reflect::construct(&constructor, &args).ok()
        };
        let list = || -> Option<String> {
            // Building an Intl formatter costs far more than using one: keep one per language.
            let format = LISTS.with(|cache| {
                let mut cache = cache.borrow_mut();
                if let Some((_, format)) = cache.iter().find(|(l, _)| *l == lang) {
                    return Some(format.clone());
                }
                let format = make()?;
                cache.push((lang, format.clone()));
                Some(format)
            })?;
            let method: js_sys::Function = js_sys::Reflect::get(&format, &"format".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let values: js_sys::Array = items.iter().map(|s| JsValue::from_str(s)).collect();
            method.call1(&format, &values).ok()?.as_string()
        };
        if let Some(text) = list() {
            return text;
        }
    }
    fallback::list(lang, items)
}
