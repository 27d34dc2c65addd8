//! "Copy link" and "Embed" for a section: the current view's address, and an `<iframe>` code
//! for it (plus the optional parent script), copied with a confirmation screen readers hear.

use yew::prelude::*;

use super::store::{self, use_slice};
use crate::i18n::{page_file, section_page_file, tr, Lang, Msg};
use crate::platform;
use crate::state::url::to_fragment;
use crate::state::{Section, ViewState};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The language the page is drawn in (the reader's may still be arriving).
    pub lang: Lang,
    pub section: Section,
}

/// The embed code's style: in browsers with responsive iframes, the frame takes its content's
/// height (the page opts in with `<meta name="responsive-embedded-sizing">`).
const FRAME_SIZING: &str = "<style>@supports (frame-sizing: content-height) { \
     iframe[data-ottawa-explorer] { height: auto; frame-sizing: content-height } }</style>";

/// `file` in the folder of the page at `base` (`https://x/a/index.html` → `https://x/a/FILE`).
pub fn sibling(base: &str, file: &str) -> String {
    let dir = base.rsplit_once('/').map_or("", |(dir, _)| dir);
    if dir.is_empty() && !base.contains('/') {
        file.to_string()
    } else {
        format!("{dir}/{file}")
    }
}

/// The embed code for `state` shown as `section` alone, from the page at `base`: the frame
/// opens that section's own page in the state's language, which holds the section and no
/// more (the link still names the section, so the full page shows it alone too).
pub fn embed_code(base: &str, state: &ViewState, section: Section, title: &str) -> String {
    let embedded = ViewState {
        embed: true,
        section: Some(section),
        ..state.clone()
    };
    let page = sibling(base, &section_page_file(state.lang, section));
    let src = format!("{page}#{}", to_fragment(&embedded));
    let script = sibling(base, "embed.js");
    let title = title.replace('"', "&quot;");
    // Where the browser sizes frames to their content (frame-sizing), the style lets it, with
    // no script; elsewhere the frame keeps its height until embed.js (or Pym.js) resizes it.
    format!(
        "{FRAME_SIZING}\n<iframe src=\"{src}\" title=\"{title}\" lang=\"{}\" loading=\"lazy\" height=\"900\" \
         style=\"width:100%;border:0\" data-ottawa-explorer></iframe>\n<script src=\"{script}\" defer></script>",
        state.lang.tag()
    )
}

#[component]
pub fn ShareControls(props: &ShareProps) -> Html {
    // The link to share is computed once per change, by the store; the embed code only while
    // its panel is open.
    let shared = use_slice(|s| s.share_fragment.clone());
    let lang = props.lang;
    let open = use_state(|| false);
    let status = use_state(|| None::<Msg>);
    let copy = |text: String, success: Msg| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            platform::copy_text(text.clone(), move |ok| {
                status.set(Some(if ok { success } else { Msg::CopyFailed }))
            });
        })
    };
    let base = platform::page_base_url();
    // From a section's own page (in a frame), the link to share is the whole page's.
    let page = match store::page_section() {
        Some(_) => sibling(&base, &page_file(lang)),
        None => base.clone(),
    };
    let link = if shared.is_empty() {
        page
    } else {
        format!("{page}#{shared}")
    };
    let copy_link = copy(link, Msg::LinkCopied);
    let code = (*open).then(|| {
        let state = &store::snapshot().state;
        embed_code(&base, state, props.section, tr(lang, Msg::PageTitle))
    });
    let copy_code = copy(code.clone().unwrap_or_default(), Msg::EmbedCodeCopied);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let area_id = format!("embed-code-{}", props.section.id());
    // Every section has these buttons: their names say which section they share.
    let section = crate::i18n::section_name(lang, props.section);
    html! {
        // One "Share" control per section (a disclosure the browser opens, so it works before
        // the app has started): the link and the embed code inside, the confirmation outside,
        // where screen readers hear it.
        <div class="share" role="group" aria-label={tr(lang, Msg::ShareControls)}>
            <details class="share-menu">
                <summary>{ tr(lang, Msg::Share) }</summary>
                <div class="share-panel">
                    <button type="button" aria-label={format!("{} ({section})", tr(lang, Msg::CopyLink))} onclick={copy_link}>{ tr(lang, Msg::CopyLink) }</button>
                    <button type="button" aria-label={format!("{} ({section})", tr(lang, Msg::Embed))} aria-expanded={open.to_string()}
                        aria-controls={area_id.clone()} onclick={toggle}>{ tr(lang, Msg::Embed) }</button>
                    if *open {
                        <div class="embed-panel" id={area_id.clone()}>
                            <label for={format!("{area_id}-text")}>{ tr(lang, Msg::EmbedCode) }</label>
                            <textarea id={format!("{area_id}-text")} readonly=true rows="4" value={code.unwrap_or_default()} />
                            <p class="embed-help">{ tr(lang, Msg::EmbedHelp) }</p>
                            <button type="button" onclick={copy_code}>{ tr(lang, Msg::CopyEmbedCode) }</button>
                        </div>
                    }
                </div>
            </details>
            <p class="share-status" role="status" aria-live="polite">{ status.map(|m| tr(lang, m)).unwrap_or_default() }</p>
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
