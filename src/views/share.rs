//! "Copy link" and "Embed" for a section, and "Download this chart": buttons written at build
//! time with what they need in `data-` attributes, and no listener. `scripts/boot.js` does
//! the work when a reader clicks one, with or without the app: the link and the embed code
//! are the view's address (the app hands boot.js its current one, `current_fragment` in
//! `main.rs`, since the address is written up to 350 ms late), copied with the Clipboard API;
//! a chart's file is made by `scripts/chart-export.js`, fetched on the first download. None
//! of it is in the app's wasm, and a page whose only interactive parts are these buttons (the
//! forecasts' and the sources' pages for embedding) loads no app at all.

use yew::prelude::*;

use super::store;
use crate::i18n::{page_file, section_page_file, tr, Lang, Msg};
use crate::state::Section;

/// One "Share" control per section (a disclosure the browser opens): the link and the embed
/// code inside, the confirmation outside, where screen readers hear it. `boot.js` reads:
/// `data-share` (the section, which the embed code's frame shows alone), `data-embed-page`
/// (that section's page in this language), `data-title` (the frame's title), `data-page` (on
/// a section's own page only: the whole page, which a link from the frame opens) and the
/// three confirmations; it shows the embed panel and fills its code when asked.
pub fn share_controls(lang: Lang, section: Section) -> Html {
    // Every section has these buttons: their names say which section they share.
    let name = crate::i18n::section_name(lang, section);
    let area_id = format!("embed-code-{}", section.id());
    let whole_page = store::page_section().map(|_| page_file(lang));
    html! {
        <div class="share" role="group" aria-label={tr(lang, Msg::ShareControls)}
            data-share={section.id()} data-embed-page={section_page_file(lang, section)} data-page={whole_page}
            data-title={tr(lang, Msg::PageTitle)} data-link-copied={tr(lang, Msg::LinkCopied)}
            data-code-copied={tr(lang, Msg::EmbedCodeCopied)} data-copy-failed={tr(lang, Msg::CopyFailed)}>
            <details class="share-menu">
                <summary>{ tr(lang, Msg::Share) }</summary>
                <div class="share-panel">
                    <button type="button" data-share-action="link" aria-label={format!("{} ({name})", tr(lang, Msg::CopyLink))}>{ tr(lang, Msg::CopyLink) }</button>
                    <button type="button" data-share-action="embed" aria-label={format!("{} ({name})", tr(lang, Msg::Embed))} aria-expanded="false"
                        aria-controls={area_id.clone()}>{ tr(lang, Msg::Embed) }</button>
                    <div class="embed-panel" id={area_id.clone()} hidden=true>
                        <label for={format!("{area_id}-text")}>{ tr(lang, Msg::EmbedCode) }</label>
                        <textarea id={format!("{area_id}-text")} readonly=true rows="4" />
                        <p class="embed-help">{ tr(lang, Msg::EmbedHelp) }</p>
                        <button type="button" data-share-action="code">{ tr(lang, Msg::CopyEmbedCode) }</button>
                    </div>
                </div>
            </details>
            <p class="share-status" role="status" aria-live="polite"></p>
        </div>
    }
}

/// "Download chart: SVG, PNG" for the chart as it is drawn now (`selector`, its `<svg>`; `name`
/// for the file: `timeline` → `ottawa-explorer-timeline-2026-11-26.svg`). The buttons carry
/// what to download in `data-` attributes and no listener: `scripts/boot.js` fetches
/// `scripts/chart-export.js` on the first click and makes the file there, so the export is no
/// part of the app's wasm and works before the part is live. A function, not a component: it
/// changes with nothing but the page's language, and a component's own code cost more than
/// drawing these three elements again.
pub fn chart_downloads(lang: Lang, selector: &'static str, name: &str) -> Html {
    let file = format!("ottawa-explorer-{name}-{}", crate::data::DATA_UPDATED);
    let label = tr(lang, Msg::DownloadChart);
    html! {
        <div class="chart-downloads" role="group" aria-label={label}>
            <span aria-hidden="true">{ label }{ ": " }</span>
            <button type="button" data-chart-download="svg" data-chart={selector} data-file={file.clone()}
                aria-label={format!("{label}: SVG")}>{ "SVG" }</button>
            <button type="button" data-chart-download="png" data-chart={selector} data-file={file}
                aria-label={format!("{label}: PNG")}>{ "PNG" }</button>
        </div>
    }
}
