//! The prerenderer: renders [`App`] natively with Yew's server renderer and writes it into the
//! built page, so the content is readable before (and without) the WebAssembly, which then
//! hydrates it. Each language gets its own page, an *edition* (`index.html` in English,
//! `lt.html`, `lv.html`, …): its `lang`, title, description and every text in that language,
//! with `hreflang` links to the others, so a reader without JavaScript reads their language
//! and the first paint is already in it. Each page also holds the full event list in a
//! `<noscript>`, for readers without JavaScript (and for `boot.js` to show if the WebAssembly
//! cannot start). Beside the pages it writes `i18n-LANG.txt` for each language but English:
//! the strings an edition installs before hydrating, preloaded by its page; `i18n-LANG-texts.txt`,
//! the events' own texts, fetched when a reader first opens a card or the list; and the data files
//! the sources section links to (`ottawa-explorer-events-2026-11-26.csv`, …). And two pages
//! per language with no app: every event in full (`events.html`, `events-lt.html`, …) and every
//! source with what it supports (`sources.html`, …), each linked from the editions.
//!
//! Each section also gets a page of its own in each language, for embedding
//! (`embed-scenario.html`, `embed-scenario-lt.html`, what embed codes open): the section alone,
//! in embed mode, so a frame downloads and hydrates that section and no more.
//! Run by `cargo xtask dist`: `prerender dist/index.html`.

use ottawa_explorer::data::EVENTS;
use ottawa_explorer::exports::Dataset;
use ottawa_explorer::i18n::{self, page_tr, tr, Lang, Msg, PageMsg};
use ottawa_explorer::state::Section;
use ottawa_explorer::views::events::{titles_in_index, EventIndex, EventIndexProps};
use ottawa_explorer::views::store;
use ottawa_explorer::App;

// The crate root is this file, so its modules sit beside it unless told.
#[path = "prerender/standalone.rs"]
mod standalone;

use standalone::{list_page, sources_page};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender PATH/TO/index.html");
        std::process::exit(2);
    };
    let template =
        std::fs::read_to_string(&path).unwrap_or_else(|err| fail(&format!("read {path}: {err}")));
    let dir = std::path::Path::new(&path)
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .to_owned();
    for dataset in Dataset::in_story() {
        for (extension, text) in [("csv", dataset.csv()), ("json", dataset.json())] {
            let file = dir.join(dataset.file_name(extension));
            std::fs::write(&file, text)
                .unwrap_or_else(|err| fail(&format!("write {}: {err}", file.display())));
        }
    }
    for lang in Lang::ALL {
        let pages = std::iter::once(None).chain(Section::in_story().map(Some));
        for only in pages {
            let file = dir.join(page_file(lang, only));
            let shown = file.display().to_string();
            let page = edition(&template, lang, only)
                .await
                .unwrap_or_else(|e| fail(&format!("{shown}: {e}")));
            std::fs::write(&file, &page)
                .unwrap_or_else(|err| fail(&format!("write {shown}: {err}")));
            println!("prerendered {shown} ({}): {} bytes", lang.tag(), page.len());
        }
        let lists = [
            (i18n::list_page_file(lang), list_page(&template, lang).await),
            (
                i18n::sources_page_file(lang),
                sources_page(&template, lang).await,
            ),
        ];
        for (name, page) in lists {
            let file = dir.join(name);
            let page = page.unwrap_or_else(|e| fail(&format!("{}: {e}", file.display())));
            std::fs::write(&file, &page)
                .unwrap_or_else(|err| fail(&format!("write {}: {err}", file.display())));
            println!(
                "prerendered {} ({}): {} bytes",
                file.display(),
                lang.tag(),
                page.len()
            );
        }
        // English's interface is in the app; its events' own texts, like every language's,
        // are fetched when a card or the list first shows one.
        let mut files = vec![(i18n::texts_file_name(lang), i18n::texts_file_text(lang))];
        if lang != Lang::En {
            files.push((i18n::file_name(lang), i18n::file_text(lang)));
        }
        for (name, text) in files {
            let file = dir.join(name);
            std::fs::write(&file, text)
                .unwrap_or_else(|err| fail(&format!("write {}: {err}", file.display())));
        }
    }
}

/// The file of the edition in `lang`, or of its page of `only` that section.
fn page_file(lang: Lang, only: Option<Section>) -> String {
    match only {
        None => i18n::page_file(lang),
        Some(section) => i18n::section_page_file(lang, section),
    }
}

/// The page in `lang` (of `only` that section, if given), from trunk's built page.
async fn edition(template: &str, lang: Lang, only: Option<Section>) -> Result<String, String> {
    // The page's first state, which the browser starts from too (`main.rs`). The store is
    // this thread's, so the app is rendered here (`ServerRenderer` would use another thread).
    store::reset_page(lang, only);
    // No hydration markers: the browser draws each island afresh in its place
    // (`islands::hydrate`), and finds the build's texts by their own (`views::prerendered`).
    let app = yew::LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    // The events for readers without JavaScript belong with the timeline, one line each (the
    // full list is its own page); the other sections are readable as they are prerendered.
    let list = if only.is_none_or(|s| s == Section::Timeline) {
        let list = yew::ServerRenderer::<EventIndex>::with_props(move || EventIndexProps { lang })
            .hydratable(false)
            .render()
            .await;
        // The timeline's app reads the events' titles from this list (`titles_in_index`).
        let wanted: Vec<&str> = EVENTS.iter().map(|e| i18n::event_title(lang, e)).collect();
        if titles_in_index(&list) != wanted {
            return Err(format!(
                "the {} events' list does not read back as its titles (views/events/index.rs)",
                lang.tag()
            ));
        }
        list
    } else {
        String::new()
    };
    let page = fill(template, "div", "app", &app)?;
    // The charts take the wide measure (`#app.wide`): a class written here, not a `:has()`
    // rule, which the browser would check again on every change inside the page.
    let page = if only.is_none_or(|s| matches!(s, Section::Timeline | Section::Scenario)) {
        add_class(&page, "div", "app", "wide")?
    } else {
        page
    };
    let page = fill(
        &page,
        "p",
        "app-unavailable",
        page_tr(lang, PageMsg::AppUnavailable),
    )?;
    let page = fill(&page, "noscript", "static-content", &list)?;
    let page = set_lang(&page, lang)?;
    let page = set_title(&page, tr(lang, Msg::PageTitle))?;
    let page = if has_no_app(only) {
        without_app(&page)?
    } else {
        page
    };
    let page = if only.is_some() {
        without_icon(&page)?
    } else {
        page
    };
    insert_after_charset(&page, &head_tags(lang, only))
}

/// The sections with no island: their buttons (share, chart downloads) are `boot.js`'s, so
/// their pages for embedding load no app at all.
fn has_no_app(only: Option<Section>) -> bool {
    matches!(only, Some(Section::Forecast | Section::Sources))
}

/// The page without trunk's loader and preloads of the app.
fn without_app(page: &str) -> Result<String, String> {
    // trunk writes its loader and preloads in the head.
    let (head, body) = page.split_at(page.find("<body").unwrap_or(page.len()));
    let mut out = String::with_capacity(page.len());
    let mut removed = 0;
    let mut rest = head;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let tag_end = rest.find('>').ok_or("an unclosed tag")? + 1;
        let tag = &rest[..tag_end];
        if tag.starts_with("<script")
            && (tag.contains("type=module") || tag.contains("type=\"module\""))
        {
            let end = rest
                .find("</script>")
                .ok_or("a <script> without </script>")?;
            rest = &rest[end + "</script>".len()..];
            removed += 1;
        } else if tag.starts_with("<link")
            && (tag.contains("modulepreload") || tag.contains("application/wasm"))
        {
            rest = &rest[tag_end..];
            removed += 1;
        } else {
            out.push_str(tag);
            rest = &rest[tag_end..];
        }
    }
    if removed < 3 {
        return Err("no module script, modulepreload and wasm preload (trunk's loader)".into());
    }
    out.push_str(rest);
    out.push_str(body);
    Ok(out)
}

/// The page with an empty icon in place of the edition's: a section's page is shown in a
/// frame, which shows no icon (0.3 KB gzip of the embed's first load). Empty, not absent, so
/// that a browser that opens the page alone does not ask for a `/favicon.ico` there is none of.
fn without_icon(page: &str) -> Result<String, String> {
    let head = &page[..page.find("<body").unwrap_or(page.len())];
    let at = head
        .match_indices("<link")
        .map(|(at, _)| at)
        .find(|&at| {
            let tag = &head[at..at + head[at..].find('>').unwrap_or(0)];
            tag.contains("rel=icon") || tag.contains(r#"rel="icon""#)
        })
        .ok_or("no <link rel=icon> in the page's head")?;
    let end = at + head[at..].find('>').ok_or("an unclosed <link>")? + 1;
    Ok(format!(
        r#"{}<link rel="icon" href="data:,">{}"#,
        &page[..at],
        &page[end..]
    ))
}

/// The description, the page in the other languages as `hreflang` alternates (English is also
/// the default), and for another language than English a preload of the strings it hydrates
/// with. A section's page names its section and its edition (the canonical page).
fn head_tags(lang: Lang, only: Option<Section>) -> String {
    let file = |lang: Lang| page_file(lang, only);
    let mut tags = format!(
        r#"<meta name="description" content="{}">"#,
        attribute(page_tr(lang, PageMsg::PageLede))
    );
    if let Some(section) = only {
        tags += &format!(
            r#"<meta name="ottawa-explorer-section" content="{}"><link rel="canonical" href="{}">"#,
            section.id(),
            i18n::page_file(lang)
        );
    }
    for other in Lang::ALL {
        tags += &format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            other.tag(),
            file(other)
        );
    }
    tags += &format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        file(Lang::En)
    );
    if lang != Lang::En {
        tags += &format!(
            r#"<link rel="preload" href="{}" as="fetch" crossorigin>"#,
            i18n::file_name(lang)
        );
    }
    tags
}

/// Text for a double-quoted attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `<html lang="…" dir="ltr">` (trunk's minifier may have dropped the quotes): what the app
/// writes there too, so that its first write finds them as they are and changes nothing.
fn set_lang(page: &str, lang: Lang) -> Result<String, String> {
    for written in ["<html lang=en>", "<html lang=\"en\">"] {
        if let Some(at) = page.find(written) {
            let tag = format!("<html lang=\"{}\" dir=\"ltr\">", lang.tag());
            return Ok(format!(
                "{}{tag}{}",
                &page[..at],
                &page[at + written.len()..]
            ));
        }
    }
    Err("no <html lang=en>".into())
}

fn set_title(page: &str, title: &str) -> Result<String, String> {
    let open = page.find("<title>").ok_or("no <title>")? + "<title>".len();
    let close = open + page[open..].find("</title>").ok_or("an unclosed <title>")?;
    let title = ottawa_explorer::views::prerendered::escape_text(title);
    Ok(format!("{}{title}{}", &page[..open], &page[close..]))
}

/// `tags` right after `<meta charset>`: before any script, so `boot.js` finds the editions.
fn insert_after_charset(page: &str, tags: &str) -> Result<String, String> {
    let charset = page.find("<meta charset").ok_or("no <meta charset>")?;
    let after = charset + page[charset..].find('>').ok_or("an unclosed <meta>")? + 1;
    Ok(format!("{}{tags}{}", &page[..after], &page[after..]))
}

/// Puts `content` into the empty element `<tag … id=ID …></tag>`.
fn fill(page: &str, tag: &str, id: &str, content: &str) -> Result<String, String> {
    let (_, inside) = find_element(page, tag, id)?;
    let close = format!("</{tag}>");
    if !page[inside..].starts_with(&close) {
        return Err(format!("#{id} is not empty (already prerendered?)"));
    }
    Ok(format!("{}{content}{}", &page[..inside], &page[inside..]))
}

/// Gives the element `<tag … id=ID …>`, which must have no class yet, the class `class`.
fn add_class(page: &str, tag: &str, id: &str, class: &str) -> Result<String, String> {
    let (open, inside) = find_element(page, tag, id)?;
    if page[open..inside].contains("class=") {
        // A second `class` attribute would be ignored by the browser.
        return Err(format!("#{id} has a class already"));
    }
    let name_end = open + 1 + tag.len();
    Ok(format!(
        "{} class=\"{class}\"{}",
        &page[..name_end],
        &page[name_end..]
    ))
}

/// Where the element `<tag … id=ID …>` opens, and where its content starts. trunk's minifier
/// may drop the quotes and reorder the attributes, so the element is found by its id.
fn find_element(page: &str, tag: &str, id: &str) -> Result<(usize, usize), String> {
    let quoted = format!("id=\"{id}\"");
    let bare = format!("id={id}");
    let at = page.find(&quoted).or_else(|| {
        // Unquoted, the id ends at a space or the tag's end (`id=app` is not `id=app-x`).
        page.match_indices(&bare).map(|(i, _)| i).find(|&i| {
            matches!(
                page.as_bytes().get(i + bare.len()),
                Some(b' ' | b'>' | b'/')
            )
        })
    });
    let at = at.ok_or_else(|| format!("no element with id {id}"))?;
    let open = page[..at]
        .rfind(&format!("<{tag}"))
        .ok_or_else(|| format!("#{id} is not a <{tag}>"))?;
    let inside = open + page[open..].find('>').ok_or("an unclosed tag")? + 1;
    Ok((open, inside))
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
