//! The palette, checked with WCAG 2.2's contrast formula in both themes: text at least 4.5:1
//! against the background, marks, map edges and map patterns at least 3:1 against what they
//! sit on. The colours are read from `styles/main.css`, so a changed colour is checked too.

use std::collections::BTreeMap;
use std::path::Path;

/// The `--name: #rrggbb` custom properties of the CSS blocks that start with `header`.
fn palette(css: &str, headers: &[&str]) -> BTreeMap<String, (u8, u8, u8)> {
    let mut colours = BTreeMap::new();
    for header in headers {
        let start = css
            .find(header)
            .unwrap_or_else(|| panic!("no {header} block"));
        let block = &css[start..];
        let block = &block[..block.find('}').expect("a closed block")];
        for line in block.lines() {
            let line = line.trim();
            let Some((name, value)) = line.strip_prefix("--").and_then(|l| l.split_once(':'))
            else {
                continue;
            };
            // Colours only: the block also holds the type and spacing scales.
            let Some(hex) = value.trim().trim_end_matches(';').strip_prefix('#') else {
                continue;
            };
            if hex.len() == 6 {
                let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
                colours.insert(name.to_string(), (channel(0), channel(2), channel(4)));
            }
        }
    }
    colours
}

fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Pairs (foreground, background, minimum) every theme must meet.
const TEXT: [&str; 4] = ["fg", "muted", "link", "focus"];
const MARKS: [&str; 9] = [
    "mark-join",
    "mark-force",
    "mark-announce",
    "mark-declare",
    "mark-vote",
    "mark-deposit",
    "mark-effective",
    "mark-report",
    "mark-forecast",
];
const MAP_FILLS: [&str; 5] = [
    "map-party",
    "map-pending",
    "map-suspension",
    "map-withdrawn",
    "map-not-party",
];

#[test]
fn both_themes_meet_the_contrast_minimums() {
    let css =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/main.css"))
            .unwrap();
    let themes = [
        ("light", palette(&css, &[":root {", "/* Marks"])),
        ("dark", palette(&css, &[":root[data-theme=\"dark\"] {"])),
    ];
    let mut failures = Vec::new();
    for (theme, colours) in &themes {
        let colour = |name: &str| {
            *colours
                .get(name)
                .unwrap_or_else(|| panic!("{theme}: no --{name}"))
        };
        let mut check = |fg: &str, bg: &str, minimum: f64| {
            let r = ratio(colour(fg), colour(bg));
            if r < minimum {
                failures.push(format!(
                    "{theme}: --{fg} on --{bg} is {r:.2}:1, needs {minimum}:1"
                ));
            }
        };
        for text in TEXT {
            check(text, "bg", 4.5);
            check(text, "accent-bg", 4.5);
        }
        for mark in MARKS {
            check(mark, "bg", 3.0);
        }
        check("map-edge", "map-sea", 3.0);
        check("map-edge", "map-context", 3.0);
        for fill in MAP_FILLS {
            // The pattern carries the status where colour cannot.
            if fill != "map-party" {
                check("map-pattern", fill, 3.0);
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
