//! How each language writes dates, numbers and lists, for the pages the build writes: the
//! tables are CLDR's, as `Intl` has them (`src/generated/formats.rs`, from `cargo xtask
//! codegen-formats`). In the browser the app asks the browser's own `Intl` instead
//! (`src/platform/format.rs`), so none of this ships in the wasm; the browser tests check that
//! the two agree for every date and number the data holds.

use crate::generated::formats::WRITTEN;
use crate::i18n::Lang;
use crate::model::Date;

/// One piece of a date pattern.
pub enum DatePart {
    /// Text written as is (" m. ", ", ").
    Lit(&'static str),
    Year,
    /// The day of the month; `pad` writes 8 as "08".
    Day {
        pad: bool,
    },
    /// The month's name from the style's twelve (in the grammatical case the pattern needs).
    MonthName,
    /// The month as a number; `pad` writes 5 as "05".
    MonthNumber {
        pad: bool,
    },
}

/// A date style in one language: its pattern and, unless the month is a number, its names.
pub struct DateStyle {
    pub pattern: &'static [DatePart],
    pub months: &'static [&'static str],
}

/// How one language writes things.
pub struct Written {
    pub tag: &'static str,
    /// "May 8, 2025" (`dateStyle: long`).
    pub long: DateStyle,
    /// "May 2025" (short month, numeric year).
    pub month_year: DateStyle,
    /// "May 8" (short month, numeric day).
    pub day_month: DateStyle,
    /// The thousands separator.
    pub group: &'static str,
    /// Digits a number needs before it is grouped at all beyond 3 (CLDR's minimum grouping
    /// digits: Polish writes 1309 but 12 309).
    pub min_grouping: u8,
    pub minus: &'static str,
    pub decimal: &'static str,
    /// What follows a percentage ("%", " %").
    pub percent_suffix: &'static str,
    /// Between the two items of a two-item list (" and ").
    pub list_pair: &'static str,
    /// Between items of a longer list, but the last two (", ").
    pub list_middle: &'static str,
    /// Before the last item of a longer list (", and ").
    pub list_end: &'static str,
}

/// The date styles the app writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DateStyleName {
    Long,
    MonthYear,
    DayMonth,
}

fn written(lang: Lang) -> &'static Written {
    WRITTEN
        .iter()
        .find(|w| w.tag == lang.tag())
        .expect("cargo xtask codegen-formats writes every language of data/interface")
}

/// `date` in `lang`'s `style`, as `Intl.DateTimeFormat` writes it.
pub fn date(lang: Lang, date: Date, style: DateStyleName) -> String {
    let w = written(lang);
    let style = match style {
        DateStyleName::Long => &w.long,
        DateStyleName::MonthYear => &w.month_year,
        DateStyleName::DayMonth => &w.day_month,
    };
    let pad = |n: u32, pad: bool| {
        if pad {
            format!("{n:02}")
        } else {
            n.to_string()
        }
    };
    let mut out = String::new();
    for part in style.pattern {
        match part {
            DatePart::Lit(text) => out.push_str(text),
            DatePart::Year => out.push_str(&date.year().to_string()),
            DatePart::Day { pad: p } => out.push_str(&pad(date.day(), *p)),
            DatePart::MonthName => out.push_str(style.months[date.month() as usize - 1]),
            DatePart::MonthNumber { pad: p } => out.push_str(&pad(date.month(), *p)),
        }
    }
    out
}

/// A whole number with `lang`'s grouping ("1,309", "6 279", "1309").
pub fn whole(lang: Lang, n: i64) -> String {
    let w = written(lang);
    let digits = n.unsigned_abs().to_string();
    let grouped = digits.len() >= 3 + usize::from(w.min_grouping);
    let mut out = String::with_capacity(digits.len() * 2);
    if n < 0 {
        out.push_str(w.minus);
    }
    for (i, digit) in digits.chars().enumerate() {
        if grouped && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(w.group);
        }
        out.push(digit);
    }
    out
}

/// A share from 0 to 1 as a whole percentage ("80%", "80 %").
pub fn share(lang: Lang, share: f64) -> String {
    let percent = (share * 100.0).round() as i64;
    format!("{}{}", whole(lang, percent), written(lang).percent_suffix)
}

/// `thousandths / 1000` with three decimals ("0.132", "0,132").
pub fn thousandths(lang: Lang, thousandths: i64) -> String {
    let sign = if thousandths < 0 {
        written(lang).minus
    } else {
        ""
    };
    let n = thousandths.unsigned_abs() as i64;
    format!(
        "{sign}{}{}{:03}",
        whole(lang, n / 1000),
        written(lang).decimal,
        n % 1000
    )
}

/// "Estonia, Latvia, and Lithuania": a conjunction in `lang`.
pub fn list(lang: Lang, items: &[&str]) -> String {
    let w = written(lang);
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [a, b] => format!("{a}{}{b}", w.list_pair),
        [rest @ .., last] => format!("{}{}{last}", rest.join(w.list_middle), w.list_end),
    }
}
