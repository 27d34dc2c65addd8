//! Error collection and the checks shared by every data file: dates, references, enumerations.

use std::collections::BTreeSet;

use toml::Spanned;

use super::DataError;
use crate::date::Date;

/// Collects errors for the file being checked and knows the ids other files may cite.
pub struct Checker {
    pub errors: Vec<DataError>,
    file: String,
    text: String,
    pub sources: BTreeSet<String>,
    pub countries: BTreeSet<String>,
    /// The ids an event's `treaty` may take: the story's treaty, then the other one its events
    /// mention for context, if any (`treaty.toml`: `id`, `other_treaty_id`).
    pub treaty_ids: Vec<String>,
    /// Every text a reader sees, in the order the records claim them: its translation key
    /// (`event.lt-seimas-vote.title`) and its English. A record's `Texts` indexes this list.
    pub texts: Vec<(String, String)>,
}

impl Checker {
    pub fn new() -> Checker {
        Checker {
            errors: Vec::new(),
            file: String::new(),
            text: String::new(),
            sources: BTreeSet::new(),
            countries: BTreeSet::new(),
            treaty_ids: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// Claims the next slots of the translation tables for one record's texts, each given as
    /// its key and English, and returns the record's `Texts(first)`. Texts the data leaves
    /// empty get a slot too (so a record's texts stay consecutive); none needs translating.
    pub fn texts<const N: usize>(&mut self, texts: [(String, &str); N]) -> String {
        let first = self.texts.len();
        self.texts
            .extend(texts.map(|(key, english)| (key, english.to_string())));
        format!("Texts({first})")
    }

    /// Starts checking another file; positions are resolved against its text.
    pub fn enter(&mut self, file: &str, text: &str) {
        self.file = file.to_string();
        self.text = text.to_string();
    }

    pub fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    pub fn error(&mut self, offset: usize, field: &str, message: impl Into<String>) {
        let line = self.line_of(offset);
        self.errors.push(DataError {
            file: self.file.clone(),
            line,
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// Turns a TOML syntax or shape error into a data error (missing field, wrong type, typo).
    pub fn parse<T: serde::de::DeserializeOwned>(&mut self, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(err) => {
                let offset = err.span().map_or(0, |span| span.start);
                let message = err.message().trim().to_string();
                // serde names the field between backticks: "missing field `date`".
                let field = message.split('`').nth(1).unwrap_or("(syntax)").to_string();
                self.error(offset, &field, message);
                None
            }
        }
    }

    pub fn date(&mut self, value: &Spanned<String>, field: &str) -> Option<Date> {
        let date = Date::parse_iso(value.get_ref());
        if date.is_none() {
            self.error(
                value.span().start,
                field,
                format!(
                    "{:?} is not a valid date (write YYYY-MM-DD)",
                    value.get_ref()
                ),
            );
        }
        date
    }

    /// One of `allowed`, or an error listing them.
    pub fn one_of<'a>(
        &mut self,
        value: &Spanned<String>,
        field: &str,
        allowed: &[&'a str],
    ) -> Option<&'a str> {
        let found = allowed.iter().copied().find(|a| *a == value.get_ref());
        if found.is_none() {
            let list = allowed.join(", ");
            self.error(
                value.span().start,
                field,
                format!("{:?} is not one of: {list}", value.get_ref()),
            );
        }
        found
    }

    pub fn country(&mut self, value: &Spanned<String>, field: &str) {
        if !self.countries.contains(value.get_ref()) {
            let known: Vec<&str> = self.countries.iter().map(String::as_str).collect();
            let message = format!(
                "unknown country {:?} (countries.toml has: {})",
                value.get_ref(),
                known.join(", ")
            );
            self.error(value.span().start, field, message);
        }
    }

    /// At least one source, and every one listed in sources.toml.
    pub fn sources(&mut self, list: &Spanned<Vec<Spanned<String>>>, field: &str) {
        if list.get_ref().is_empty() {
            self.error(list.span().start, field, "at least one source is required");
        }
        for id in list.get_ref() {
            if !self.sources.contains(id.get_ref()) {
                self.error(
                    id.span().start,
                    field,
                    format!("unknown source {:?} (add it to sources.toml)", id.get_ref()),
                );
            }
        }
    }

    /// Records `id` in `seen`, or reports it as a duplicate.
    pub fn unique(&mut self, seen: &mut BTreeSet<String>, id: &Spanned<String>, field: &str) {
        let text = id.get_ref();
        let well_formed = !text.is_empty()
            && text.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b.is_ascii_uppercase()
            });
        if !well_formed {
            self.error(
                id.span().start,
                field,
                format!("{text:?}: use letters, digits and '-' only"),
            );
        } else if !seen.insert(text.clone()) {
            self.error(id.span().start, field, format!("duplicate id {text:?}"));
        }
    }
}

/// A Rust string literal for `text`.
pub fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// A Rust `&[&str]` literal.
pub fn str_slice<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    let parts: Vec<String> = items.into_iter().map(|s| lit(s)).collect();
    format!("&[{}]", parts.join(", "))
}

/// A Rust expression for a date the checker has accepted.
pub fn date_expr(date: Date) -> String {
    format!(
        "Date::from_ymd_unchecked({}, {}, {})",
        date.year(),
        date.month(),
        date.day()
    )
}

pub fn option<T>(value: Option<T>, some: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "None".to_string(), |v| format!("Some({})", some(v)))
}

/// A text compiled into native builds only (the prerenderer, the downloads, the tests): an
/// event's own text in English, a source's title, publisher and location. The browser's app
/// fetches them from `i18n-LANG-texts.txt` when a card, the list or a state's details first
/// shows one: nothing drawn at first does, and they are ≈ 13 KB gzip of every reader's first
/// load. A `static`'s initialiser is evaluated at compile time, so a text left out is not in
/// the wasm at all.
pub fn native_only(text: &str) -> String {
    if text.is_empty() {
        return lit(text);
    }
    format!(
        "if cfg!(target_arch = \"wasm32\") {{ \"\" }} else {{ {} }}",
        lit(text)
    )
}
