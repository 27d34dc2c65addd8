//! Which records cite each source: what a source supports, for the source list.

use crate::data::{CASUALTIES, CORRECTIONS, COUNTRIES, EVENTS, TREATY, YARDSTICK};

/// A record that cites a source: its label and, for events, a link that opens it.
#[derive(Clone, PartialEq, Debug)]
pub struct Citation {
    pub label: String,
    pub href: Option<String>,
}

/// Everything that cites `id`, in the order of the data.
pub fn citations(id: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let cites = |ids: &[&str]| ids.contains(&id);
    if cites(TREATY.sources) || TREATY.party_counts.iter().any(|c| cites(c.sources)) {
        out.push(Citation {
            label: TREATY.short_name.to_string(),
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
                label: country.name.to_string(),
                href: None,
            });
        }
    }
    for event in EVENTS {
        if cites(event.sources) || event.disagreements.iter().any(|d| cites(d.sources)) {
            out.push(Citation {
                label: format!("{}: {}", event.date, event.title),
                href: Some(format!("#v=1&ev={}", event.id)),
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
                label: correction.claim.to_string(),
                href: None,
            });
        }
    }
    if cites(YARDSTICK.sources) {
        out.push(Citation {
            label: YARDSTICK.name.to_string(),
            href: None,
        });
    }
    out
}
