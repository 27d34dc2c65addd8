//! Text that never changes once the page is built, inside a part the app hydrates: in the
//! scenario's island, Article 20's words, the presets' names and descriptions, and the notes
//! under the map, the slider and the totals. The prerenderer writes it; the app adopts what it
//! finds and never holds the text itself, so its wasm does not carry it.
//!
//! This rests on how yew hydrates raw HTML: it takes the nodes between the markers the
//! prerenderer wrote around it as they are, and later compares a raw HTML only with the one it
//! drew before, which here is always the same empty one. A part drawn afresh instead of
//! hydrated would show nothing there: only the timeline is ever drawn afresh (on a phone).

use yew::{AttrValue, Html};

use crate::i18n::{page_tr, Lang, PageMsg};

/// `text`, escaped, where the page is built; in the browser, the text the page already holds.
pub fn build_time_text(text: impl FnOnce() -> &'static str) -> Html {
    #[cfg(feature = "ssr")]
    let html = AttrValue::from(escape_text(text()));
    #[cfg(not(feature = "ssr"))]
    let html = {
        drop(text);
        AttrValue::Static("")
    };
    Html::from_html_unchecked(html)
}

/// An interface string only the build writes (`[page]` of `data/interface`), inside an island.
/// The one way an island may read one: the browser knows them in English only.
pub fn build_time_msg(lang: Lang, msg: PageMsg) -> Html {
    build_time_text(move || page_tr(lang, msg))
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
    #[test]
    fn escape_keeps_text_as_text() {
        assert_eq!(
            super::escape_text("withdraw [sic] <b> & more"),
            "withdraw [sic] &lt;b&gt; &amp; more"
        );
    }
}
