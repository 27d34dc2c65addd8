//! The prerenderer: renders [`App`] natively with Yew's server renderer and writes it into the
//! built page, so the content is readable before (and without) the WebAssembly, which then
//! hydrates it. It also writes the full event list into a `<noscript>`, for readers without
//! JavaScript (and for `boot.js` to show if the WebAssembly cannot start).
//! Beside the page it writes `i18n-LANG.txt` for each language but English, which the browser
//! fetches when a reader asks for that language.
//! Run by `cargo xtask dist`: `prerender dist/index.html`.

use ottawa_explorer::i18n::{tr, Lang, Msg};
use ottawa_explorer::views::events::{EventList, EventListProps};
use ottawa_explorer::App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender PATH/TO/index.html");
        std::process::exit(2);
    };
    let page =
        std::fs::read_to_string(&path).unwrap_or_else(|err| fail(&format!("read {path}: {err}")));
    let lang = Lang::default();
    let app = yew::ServerRenderer::<App>::new().render().await;
    let list = yew::ServerRenderer::<EventList>::with_props(move || EventListProps {
        lang,
        filters: Default::default(),
    })
    .hydratable(false)
    .render()
    .await;
    let page = fill(&page, "div", "app", &app).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let page = fill(&page, "p", "app-unavailable", tr(lang, Msg::AppUnavailable))
        .unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let page = fill(&page, "noscript", "static-content", &list)
        .unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    std::fs::write(&path, page).unwrap_or_else(|err| fail(&format!("write {path}: {err}")));
    // The other languages, which the browser fetches when a reader asks for one.
    let dir = std::path::Path::new(&path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    for other in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let file = dir.join(ottawa_explorer::i18n::file_name(other));
        std::fs::write(&file, ottawa_explorer::i18n::file_text(other))
            .unwrap_or_else(|err| fail(&format!("write {}: {err}", file.display())));
    }
    println!(
        "prerendered {path}: {} bytes of app HTML, {} bytes of static list",
        app.len(),
        list.len()
    );
}

/// Puts `content` into the empty element `<tag … id=ID …></tag>`. trunk's minifier may drop
/// the quotes and reorder the attributes, so the element is found by its id.
fn fill(page: &str, tag: &str, id: &str, content: &str) -> Result<String, String> {
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
    let close = format!("</{tag}>");
    if !page[inside..].starts_with(&close) {
        return Err(format!("#{id} is not empty (already prerendered?)"));
    }
    Ok(format!("{}{content}{}", &page[..inside], &page[inside..]))
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
