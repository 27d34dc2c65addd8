//! Text that never changes once the page is built, inside a part the app draws: in the
//! scenario's island, Article 20's words, the presets' names and descriptions, and the notes
//! under the map, the slider and the totals. The prerenderer writes it; the app takes it from
//! the page as it starts the island and never holds the text itself, so its wasm does not
//! carry it.
//!
//! Each text is written with its name in a comment before it and a comment after it
//! (`<!--t p12-->…<!--/t-->`). When an island starts, `islands::hydrate` hands its markup to
//! [`adopt`], which keeps each named text; the island is then drawn afresh, and each text
//! drawn as the markup it had. Only the scenario's islands read the texts
//! (`Island::holds_build_time_text`).

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
}

impl BuildText {
    /// The name written in the page.
    fn key(self) -> String {
        match self {
            BuildText::Page(msg) => format!("p{}", msg as usize),
            BuildText::WithdrawalRule => "w".to_string(),
            BuildText::Preset { preset, part } => format!("s{preset}.{part}"),
        }
    }
}

const CLOSE: &str = "<!--/t-->";

thread_local! {
    /// The texts found in the islands started so far: each text's name, and its markup with
    /// the comments around it.
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
        let key = name.key();
        ADOPTED.with(|adopted| {
            adopted
                .borrow()
                .iter()
                .find(|(found, _)| *found == key)
                .map(|(_, html)| html.clone())
                .unwrap_or_default()
        })
    };
    Html::from_html_unchecked(html)
}

/// An interface string only the build writes (`[page]` of `data/interface`), inside an island.
/// The one way an island may read one: the browser knows them in English only.
pub fn build_time_msg(lang: Lang, msg: PageMsg) -> Html {
    build_time_text(BuildText::Page(msg), move || page_tr(lang, msg))
}

/// Keeps the named texts in `markup` (an island's, as the page holds it) for its render.
pub fn adopt(markup: &str) {
    let found = named_texts(markup);
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
    const OPEN: &str = "<!--t ";
    let mut found = Vec::new();
    let mut from = 0;
    // Searched as bytes and cut with `get`: `str::find` and slicing by index would link a
    // substring searcher and a panic path that prints characters (≈ 4 KB of wasm).
    while let Some(at) = position(markup, OPEN, from) {
        let (Some(name_end), Some(close)) =
            (position(markup, "-->", at), position(markup, CLOSE, at))
        else {
            break;
        };
        let end = close + CLOSE.len();
        let (Some(name), Some(text)) = (markup.get(at + OPEN.len()..name_end), markup.get(at..end))
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
        ];
        for (i, a) in names.iter().enumerate() {
            assert!(names[i + 1..].iter().all(|b| a != b), "{a} twice");
            assert!(!a.contains("--") && !a.contains('>'));
        }
    }
}
