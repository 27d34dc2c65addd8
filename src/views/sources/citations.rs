//! Which records cite each source: what a source supports, for the source list.

use crate::data::{CASUALTIES, CORRECTIONS, COUNTRIES, EVENTS, TREATY, YARDSTICK};
use crate::i18n::{self, Lang};

/// A record that cites a source: its label and, for events, a link that opens it.
#[derive(Clone, PartialEq, Debug)]
pub struct Citation {
    pub label: String,
    pub href: Option<String>,
}

/// Everything that cites `id`, in the order of the data. An event's link opens it in `page`
/// (`index.html`, `lt.html`, …), or in the page it is on when `page` is "".
pub fn citations(lang: Lang, id: &str, page: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let cites = |ids: &[&str]| ids.contains(&id);
    if cites(TREATY.sources) || TREATY.party_counts.iter().any(|c| cites(c.sources)) {
        out.push(Citation {
            label: i18n::treaty_short_name(lang).to_string(),
            href: None,
        });
    }
    for country in COUNTRIES {
        let border_cited = country
            .borders
            .iter()
            .any(|b| b.source == id || b.alternatives.iter().any(|a| cites(a.sources)));
        if cites(country.sources) || border_cited {
            out.push(Citation {
                label: i18n::country_name(lang, country.code).to_string(),
                href: None,
            });
        }
    }
    for event in EVENTS {
        if cites(crate::data::event_sources(event))
            || event.disagreements.iter().any(|d| cites(d.sources))
        {
            out.push(Citation {
                label: format!("{}: {}", event.date, i18n::event_title(lang, event)),
                href: Some(format!("{page}#v=1&ev={}", event.id)),
            });
        }
    }
    for year in CASUALTIES {
        if cites(year.sources) {
            out.push(Citation {
                label: format!("{} ({})", year.report, year.year),
                href: None,
            });
        }
    }
    for correction in CORRECTIONS {
        if cites(correction.sources) {
            out.push(Citation {
                label: i18n::correction_texts(lang, correction)[0].to_string(),
                href: None,
            });
        }
    }
    if cites(YARDSTICK.sources) {
        out.push(Citation {
            label: i18n::yardstick_name(lang).to_string(),
            href: None,
        });
    }
    out
}
