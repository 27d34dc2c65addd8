//! Browser glue: the only module besides `main.rs` that calls browser APIs.
//!
//! Each function also works natively (for tests and the prerenderer), where it returns a
//! plain, language-neutral fallback.

use crate::i18n::Lang;
use crate::model::Date;

/// A long date in the reader's language ("27 December 2025"), formatted by the browser's
/// `Intl.DateTimeFormat` so that no date tables ship in the wasm. Natively: ISO 8601.
pub fn format_date(lang: Lang, date: Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let options = js_sys::Object::new();
        // Dates are civil days: format them in UTC so no time zone moves them by a day.
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
        let locales = js_sys::Array::of1(&JsValue::from_str(lang.tag()));
        let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
        let millis = date.days_since_epoch() as f64 * 86_400_000.0;
        let value = js_sys::Date::new(&JsValue::from_f64(millis));
        let text = format
            .format()
            .call1(&format, &value)
            .ok()
            .and_then(|v| v.as_string());
        if let Some(text) = text {
            return text;
        }
    }
    let _ = lang;
    date.to_string()
}
