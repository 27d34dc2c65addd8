//! A state's membership in a member organisation's story: bound from a date or throughout, and
//! the organisation's suspensions of it, and a withdrawal it announced without notice
//! (`countries.toml`).

use super::checker::{date_expr, option, Checker};
use super::files::id_list;
use super::raw::RawCountry;
use crate::date::Date;

/// When the treaty bound the state: its `in_force` date, or (`member_throughout`) from before
/// anything the story records.
pub fn membership(ck: &mut Checker, c: &RawCountry) -> Option<Date> {
    let throughout = c.member_throughout.as_ref().filter(|t| *t.get_ref());
    match (c.in_force.as_ref(), throughout) {
        (Some(date), None) => ck.date(date, "in_force"),
        (None, Some(_)) => Some(Date::BEFORE_RECORDS),
        (None, None) => None,
        (Some(date), Some(_)) => {
            let message = "give in_force or member_throughout, not both";
            ck.error(date.span().start, "in_force", message);
            None
        }
    }
}

/// The organisation's suspensions of a member: in date order, each ending after it began.
pub fn suspensions(ck: &mut Checker, c: &RawCountry) -> String {
    let mut items = String::new();
    // The last suspension's end: `Some(None)` when it had none (it lasted on).
    let mut previous_end: Option<Option<Date>> = None;
    for suspension in &c.suspension {
        let s = suspension.get_ref();
        ck.sources(&s.sources, "suspension.sources");
        let from = ck.date(&s.from, "suspension.from");
        let until = s
            .until
            .as_ref()
            .and_then(|d| ck.date(d, "suspension.until"));
        let Some(from) = from else { continue };
        if until.is_some_and(|until| until <= from) {
            let offset = s.until.as_ref().map_or(0, |d| d.span().start);
            ck.error(offset, "suspension.until", "must be after `from`");
        }
        if previous_end.is_some_and(|end| end.is_none_or(|end| end > from)) {
            let message = "suspensions must be listed in date order, each after the last ended";
            ck.error(s.from.span().start, "suspension.from", message);
        }
        previous_end = Some(until);
        items += &format!(
            "Suspension {{ from: {}, until: {}, sources: {} }}, ",
            date_expr(from),
            option(until, date_expr),
            id_list(s.sources.get_ref())
        );
    }
    items
}

/// The day the state announced a withdrawal without notice, if it did: after it became bound,
/// and before any notice it sent (a notice outweighs the announcement).
pub fn announcement(ck: &mut Checker, c: &RawCountry, bound_from: Option<Date>) -> Option<Date> {
    let announcement = c.announcement.as_ref()?.get_ref();
    ck.sources(&announcement.sources, "announcement.sources");
    let on = ck.date(&announcement.on, "announcement.on")?;
    let offset = announcement.on.span().start;
    if bound_from.is_none_or(|bound| on < bound) {
        let message = "a state announces a withdrawal only while bound (after in_force)";
        ck.error(offset, "announcement.on", message);
    }
    let notice = c.withdrawal.as_ref().map(|w| &w.get_ref().deposited);
    if let Some(deposited) = notice.and_then(|d| Date::parse_iso(d.get_ref())) {
        if on >= deposited {
            let message =
                "an announcement without notice comes before the notice (withdrawal.deposited)";
            ck.error(offset, "announcement.on", message);
        }
    }
    Some(on)
}
