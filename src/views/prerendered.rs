//! Text and parts that never change once the page is built, inside an island the app draws:
//! in the scenario's islands, Article 20's words, the presets' names and descriptions, and the
//! notes under the map, the slider and the totals (texts); the map's caption with its legend,
//! its download buttons, its patterns, sea and notes (parts). The prerenderer writes them; the
//! app takes them from the page as it starts the island and never holds them itself, so its
//! wasm carries neither the text nor the code that draws a part.
//!
//! Each is written with its name in a comment before it and a comment after it
//! (`<!--t p12-->…<!--/t-->`, `<!--part map-caption-->…<!--/part-->`). When an island starts,
//! `islands::hydrate` hands its markup to [`adopt`], which keeps each named one; the island is
//! then drawn afresh, and each drawn as the markup it had. Only the scenario's islands read
//! them (`Island::holds_build_time_text`).

use std::cell::RefCell;

use yew::{AttrValue, Html};

use crate::i18n::{page_tr, Lang, PageMsg};

/// The name of a text only the build writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuildText {
    /// An interface string of `[page]` in `data/interface`.
    Page(PageMsg),
    /// Article 20's words.
    WithdrawalRule,
    /// A preset's name (`part` 0) or description (1).
    Preset { preset: usize, part: usize },
    /// A whole part that never changes once the page is built (a legend, download buttons),
    /// written with [`build_time_part`].
    Part(&'static str),
}

impl BuildText {
    /// The name written in the page.
    fn key(self) -> String {
        match self {
            BuildText::Page(msg) => format!("p{}", msg as usize),
            BuildText::WithdrawalRule => "w".to_string(),
            BuildText::Preset { preset, part } => format!("s{preset}.{part}"),
            BuildText::Part(name) => name.to_string(),
        }
    }
}

const CLOSE: &str = "<!--/t-->";
/// A part's markers: not a text's, so that the texts inside a part stay texts.
const PART_OPEN: &str = "<!--part ";
const PART_CLOSE: &str = "<!--/part-->";

thread_local! {
    /// The texts and parts found in the islands started so far: each one's name, and its
    /// markup with the comments around it.
    static ADOPTED: RefCell<Vec<(String, AttrValue)>> = const { RefCell::new(Vec::new()) };
}

/// `text`, escaped, where the page is built; in the browser, the text the page held.
pub fn build_time_text(name: BuildText, text: impl FnOnce() -> &'static str) -> Html {
    #[cfg(feature = "ssr")]
    let html = AttrValue::from(format!(
        "<!--t {}-->{}{CLOSE}",
        name.key(),
        escape_text(text())
    ));
    #[cfg(not(feature = "ssr"))]
    let html = {
        drop(text);
        adopted(name)
    };
    Html::from_html_unchecked(html)
}

/// `part`, drawn where the page is built, between two comments that name it; in the browser,
/// the markup the page held. For a part of an island that depends on nothing but the page's
/// language (which a page never changes): the app then does not carry its code.
pub fn build_time_part(name: &'static str, part: impl FnOnce() -> Html) -> Html {
    #[cfg(feature = "ssr")]
    return yew::html! {
        <>
            { Html::from_html_unchecked(AttrValue::from(format!("{PART_OPEN}{name}-->"))) }
            { part() }
            { Html::from_html_unchecked(AttrValue::from(PART_CLOSE)) }
        </>
    };
    #[cfg(not(feature = "ssr"))]
    {
        drop(part);
        Html::from_html_unchecked(adopted(BuildText::Part(name)))
    }
}

/// The markup adopted for `name`, or nothing (a page without it: the browser tests).
#[cfg(not(feature = "ssr"))]
fn adopted(name: BuildText) -> AttrValue {
    let key = name.key();
    ADOPTED.with(|adopted| {
        adopted
            .borrow()
            .iter()
            .find(|(found, _)| *found == key)
            .map(|(_, html)| html.clone())
            .unwrap_or_default()
    })
}

/// An interface string only the build writes (`[page]` of `data/interface`), inside an island.
/// The one way an island may read one: the browser knows them in English only.
pub fn build_time_msg(lang: Lang, msg: PageMsg) -> Html {
    build_time_text(BuildText::Page(msg), move || page_tr(lang, msg))
}

/// Keeps the named texts in `markup` (an island's, as the page holds it) for its render.
pub fn adopt(markup: &str) {
    let mut found = named_texts(markup);
    found.extend(named(markup, PART_OPEN, PART_CLOSE));
    ADOPTED.with(|adopted| {
        let mut adopted = adopted.borrow_mut();
        for (key, html) in found {
            if !adopted.iter().any(|(known, _)| known == key) {
                adopted.push((key.to_string(), AttrValue::from(html.to_string())));
            }
        }
    });
}

/// Each named text in `markup`: its name, and its markup from its opening comment to its
/// closing one. The text is escaped (`escape_text`), so it holds no comment of its own.
pub fn named_texts(markup: &str) -> Vec<(&str, &str)> {
    named(markup, "<!--t ", CLOSE)
}

/// Each part of `markup` from an `open` comment (which names it) to the next `close`: its
/// name, and its markup with the comments.
fn named<'a>(markup: &'a str, open: &str, close: &str) -> Vec<(&'a str, &'a str)> {
    let mut found = Vec::new();
    let mut from = 0;
    // Searched as bytes and cut with `get`: `str::find` and slicing by index would link a
    // substring searcher and a panic path that prints characters (≈ 4 KB of wasm).
    while let Some(at) = position(markup, open, from) {
        let (Some(name_end), Some(close_at)) =
            (position(markup, "-->", at), position(markup, close, at))
        else {
            break;
        };
        let end = close_at + close.len();
        let (Some(name), Some(text)) = (markup.get(at + open.len()..name_end), markup.get(at..end))
        else {
            break;
        };
        found.push((name, text));
        from = end;
    }
    found
}

/// Where `needle` first occurs in `hay` at or after `from`.
fn position(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let rest = hay.as_bytes().get(from..)?;
    rest.windows(needle.len())
        .position(|window| window == needle.as_bytes())
        .map(|at| from + at)
}

/// `text` as HTML text: the characters that could open markup or an entity, replaced.
#[cfg(any(feature = "ssr", test))]
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_text_as_text() {
        assert_eq!(
            escape_text("withdraw [sic] <b> & more"),
            "withdraw [sic] &lt;b&gt; &amp; more"
        );
    }

    #[test]
    fn the_named_texts_are_found_in_an_islands_markup() {
        let markup = r#"<p class="hint"><!--t p3-->Arrow keys &lt;move&gt;<!--/t--></p><label><input type="radio"><!--t s0.0-->As things are<!--/t--></label><blockquote><p><!--t w-->1. This Convention<!--/t--></p></blockquote>"#;
        assert_eq!(
            named_texts(markup),
            vec![
                ("p3", "<!--t p3-->Arrow keys &lt;move&gt;<!--/t-->"),
                ("s0.0", "<!--t s0.0-->As things are<!--/t-->"),
                ("w", "<!--t w-->1. This Convention<!--/t-->"),
            ]
        );
        assert!(named_texts("<p>no text of the build</p>").is_empty());
        // A cut page loses the text cut, not the ones before it.
        assert_eq!(named_texts("<!--t w-->x<!--/t--><!--t p1-->y").len(), 1);
    }

    #[test]
    fn a_part_is_found_whole_with_the_texts_inside_it() {
        let markup = r#"<div><!--part map-caption--><figcaption><p><!--t p3-->Tap a state<!--/t--></p><ul class="legend"><li>Party</li></ul></figcaption><!--/part--></div>"#;
        let part = r#"<!--part map-caption--><figcaption><p><!--t p3-->Tap a state<!--/t--></p><ul class="legend"><li>Party</li></ul></figcaption><!--/part-->"#;
        assert_eq!(
            named(markup, PART_OPEN, PART_CLOSE),
            vec![("map-caption", part)]
        );
        assert_eq!(
            named_texts(markup),
            vec![("p3", "<!--t p3-->Tap a state<!--/t-->")]
        );
    }

    #[test]
    fn each_name_is_its_own() {
        let names = [
            BuildText::Page(PageMsg::MapHelp).key(),
            BuildText::WithdrawalRule.key(),
            BuildText::Preset { preset: 1, part: 0 }.key(),
            BuildText::Preset { preset: 1, part: 1 }.key(),
            BuildText::Preset {
                preset: 11,
                part: 0,
            }
            .key(),
            BuildText::Part("map-caption").key(),
            BuildText::Part("map-downloads").key(),
            BuildText::Part("timeline-downloads").key(),
            BuildText::Part("timeline-legend").key(),
        ];
        for (i, a) in names.iter().enumerate() {
            assert!(names[i + 1..].iter().all(|b| a != b), "{a} twice");
            assert!(!a.contains("--") && !a.contains('>'));
        }
    }
}
