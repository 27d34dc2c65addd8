//! What makes `dist/` work offline and anywhere: the service worker with its precache list,
//! and the one-file edition (everything inlined in one HTML file that opens from disk).

use std::path::Path;

use anyhow::{bail, Context, Result};
use base64::Engine as _;
use sha2::Digest as _;

const WORKER_META: &str = r#"<meta name="ottawa-explorer-service-worker" content="./sw.js">"#;
/// The one-file editions' names begin so: `ottawa-explorer-one-file.html` in English,
/// `ottawa-explorer-one-file-lt.html` and so on (`i18n::one_file_page`).
pub const ONE_FILE: &str = "ottawa-explorer-one-file";
const ONE_FILE_META: &str = r#"<meta name="ottawa-explorer-one-file">"#;

/// Whether `name` is one of the one-file editions.
pub fn is_one_file(name: &str) -> bool {
    name.starts_with(ONE_FILE)
}

/// Whether `name` is the page of every event in full (`events.html`, `events-lt.html`) or of
/// every source (`sources.html`, …): linked from each edition, precached, but not an edition
/// of its own.
pub fn is_list_page(name: &str) -> bool {
    (name.starts_with("events") || name.starts_with("sources")) && name.ends_with(".html")
}

/// Whether `name` is a section's page for embedding (`embed-scenario-lt.html`,
/// `i18n::section_page_file`). Frames open those online: they neither register the service
/// worker (which would download the whole explainer into every host page's reader) nor are
/// precached, and they have no one-file edition.
pub fn is_section_page(name: &str) -> bool {
    name.starts_with("embed-") && name.ends_with(".html")
}

/// Writes `dist/sw.js` from `scripts/sw.js` with the build's files and a version derived from
/// their contents, and names it in the page so that `boot.js` registers it.
pub fn write_service_worker(dist: &Path) -> Result<()> {
    let mut files: Vec<String> = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            name != "sw.js"
                && !is_one_file(name)
                && !is_section_page(name)
                && !crate::section_apps::is_section_app(name)
        })
        .collect();
    files.sort();
    let mut hasher = sha2::Sha256::new();
    for name in &files {
        hasher.update(name.as_bytes());
        hasher.update(std::fs::read(dist.join(name))?);
    }
    let version = crate::util::short_digest(hasher);
    let mut precache = vec!["./".to_string()];
    precache.extend(files.iter().map(|name| format!("./{name}")));
    let list = format!(
        "[{}]",
        precache
            .iter()
            .map(|p| format!("'{p}'"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let template = std::fs::read_to_string("scripts/sw.js").context("read scripts/sw.js")?;
    let worker = template
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace("__PRECACHE__", &list);
    std::fs::write(dist.join("sw.js"), worker)?;
    for page in crate::dist::editions(dist)? {
        let html = std::fs::read_to_string(&page)?;
        std::fs::write(&page, insert_after_charset(&html, WORKER_META)?)?;
    }
    Ok(())
}

/// `html` with `tag` inserted right after `<meta charset>`: before any script.
pub fn insert_after_charset(html: &str, tag: &str) -> Result<String> {
    let charset = html
        .find("<meta charset")
        .context("the page has no <meta charset>")?;
    let after = charset + html[charset..].find('>').context("an unclosed <meta>")? + 1;
    Ok(format!("{}{tag}{}", &html[..after], &html[after..]))
}

/// Writes a one-file edition of each language's page: the page with its CSS, scripts, the
/// wasm (base64) and its language's strings inlined, and its own loader. Each opens from
/// `file://` with no server; the language select opens the sibling file of another language
/// (its static parts are prerendered in one language, so a page cannot change in place).
pub fn write_one_file_editions(dist: &Path) -> Result<()> {
    for page in crate::dist::editions(dist)? {
        let name = page.file_name().unwrap_or_default().to_string_lossy();
        let tag = name.trim_end_matches(".html");
        let lang = if tag == "index" { "en" } else { tag };
        write_one_file_edition(dist, &name, lang)?;
    }
    Ok(())
}

fn write_one_file_edition(dist: &Path, page_name: &str, lang: &str) -> Result<()> {
    let html = std::fs::read_to_string(dist.join(page_name))?;
    let file_named = |prefix: &str, suffix: &str| -> Result<String> {
        let found = std::fs::read_dir(dist)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| {
                n.starts_with(prefix)
                    && n.ends_with(suffix)
                    && !crate::section_apps::is_section_app(n)
            });
        found.with_context(|| format!("dist/ has no {prefix}*{suffix}"))
    };
    let css = std::fs::read_to_string(dist.join(file_named("main-", ".css")?))?;
    let boot = std::fs::read_to_string(dist.join(file_named("boot-", ".js")?))?;
    let glue_name = file_named("ottawa-explorer-", ".js")?;
    let glue = std::fs::read_to_string(dist.join(&glue_name))?;
    let wasm = std::fs::read(dist.join(glue_name.replace(".js", "_bg.wasm")))?;
    // The glue is a module, inlined as one: without its export list, calling the functions
    // by the names they have inside it (esbuild's, once minified).
    let (glue, exports) = split_exports(&glue)?;
    let local = |exported: &str| {
        exports
            .iter()
            .find(|(name, _)| name == exported)
            .map(|(_, local)| local.as_str())
            .with_context(|| format!("the wasm-bindgen glue exports no {exported}"))
    };
    let loader = format!(
        "{glue}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\n\
         await {}({{ module_or_path: bytes }});\n\
         window.wasmBindings = {{ start_page: {}, hydrate_island: {}, current_fragment: {} }};\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\"));\n",
        base64::engine::general_purpose::STANDARD.encode(&wasm),
        local("default")?,
        local("start_page")?,
        local("hydrate_island")?,
        local("current_fragment")?,
    );
    let mut page = html;
    // Out: the policy (recomputed below), the worker, preloads, and every external reference.
    for marker in [
        "http-equiv=\"Content-Security-Policy\"",
        "ottawa-explorer-service-worker",
        "rel=modulepreload",
        "rel=preload",
        "rel=\"preload\"",
        "rel=stylesheet",
    ] {
        page = remove_tags_containing(&page, "<meta", marker)?;
        page = remove_tags_containing(&page, "<link", marker)?;
    }
    // One file has no list page beside it: the one-line index stays, without its link, and
    // the sources' index becomes the list itself, as the section's page for embedding has it.
    page = remove_elements(&page, "<p class=\"event-index-more\">", "</p>");
    page = with_source_list(dist, &page, lang)?;
    // The sibling files are the other editions: no hreflang links to pages it does not have.
    page = remove_alternates(&page);
    page = inline_data_files(dist, &page)?;
    page = remove_scripts(&page);
    let safe = |code: &str| code.replace("</script", "<\\/script");
    // The page's language as a data block (never run; the app reads it instead of fetching).
    let mut languages = String::from(ONE_FILE_META);
    let strings = [format!("i18n-{lang}.txt"), format!("i18n-{lang}-texts.txt")];
    for name in strings.into_iter().filter(|n| dist.join(n).exists()) {
        let text = std::fs::read_to_string(dist.join(&name))?;
        let id = name.trim_end_matches(".txt");
        languages += &format!(
            "<script type=\"text/plain\" id=\"{id}\">{}</script>",
            safe(&text)
        );
    }
    // A file has nothing beside it to fetch on a download's first click: the charts' export
    // script is inline.
    let export = std::fs::read_to_string(dist.join("chart-export.js"))?;
    let scripts = format!(
        "<style>{css}</style><script>{}</script><script>{}</script><script type=module>{}</script>{languages}",
        safe(&export),
        safe(&boot),
        safe(&loader)
    );
    let hashes = [css.as_str(), &safe(&boot), &safe(&loader), &safe(&export)].map(|text| {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
        )
    });
    let policy = format!(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'wasm-unsafe-eval' {} {} {}; style-src {}; img-src data:">"#,
        hashes[1], hashes[2], hashes[3], hashes[0]
    );
    page = insert_after_charset(&page, &format!("{policy}{scripts}"))?;
    let file = if lang == "en" {
        format!("{ONE_FILE}.html")
    } else {
        format!("{ONE_FILE}-{lang}.html")
    };
    std::fs::write(dist.join(file), page)?;
    Ok(())
}

/// `html` with its sources' index (each kind, a link into `sources.html`) replaced by the list
/// of every source, folded by kind, taken from the sources section's page for embedding in the
/// same language.
fn with_source_list(dist: &Path, html: &str, lang: &str) -> Result<String> {
    if !html.contains(SOURCE_INDEX) {
        return Ok(html.to_string());
    }
    let embed = if lang == "en" {
        "embed-sources.html".to_string()
    } else {
        format!("embed-sources-{lang}.html")
    };
    let page =
        std::fs::read_to_string(dist.join(&embed)).with_context(|| format!("dist/{embed}"))?;
    swap_source_index(html, &page).with_context(|| format!("the sources' list of dist/{embed}"))
}

const SOURCE_INDEX: &str = "<div class=\"source-index\">";
const SOURCE_LIST: &str = "<div class=\"source-groups\">";

/// `html` with its `div` of the sources' index replaced by `embed_page`'s `div` of the list.
/// Neither holds a `div`, so each ends at the first `</div>`; one that did would fail here.
fn swap_source_index(html: &str, embed_page: &str) -> Result<String> {
    fn element(text: &str, open: &str) -> Result<std::ops::Range<usize>> {
        let start = text.find(open).with_context(|| format!("no {open}"))?;
        let end = start + text[start..].find("</div>").context("an unclosed div")?;
        if text[start + 1..end].contains("<div") {
            bail!("a div inside {open}, which is read to its first </div>");
        }
        Ok(start..end + "</div>".len())
    }
    let list = &embed_page[element(embed_page, SOURCE_LIST)?];
    let index = element(html, SOURCE_INDEX)?;
    Ok(format!(
        "{}{list}{}",
        &html[..index.start],
        &html[index.end..]
    ))
}

/// A module's code without its closing `export { local as name, … }` list, and that list as
/// (name, local) pairs.
fn split_exports(module: &str) -> Result<(&str, Vec<(String, String)>)> {
    let at = module
        .rfind("export")
        .context("the wasm-bindgen glue has no export list")?;
    let (code, list) = module.split_at(at);
    let Some((inner, _)) = list["export".len()..]
        .trim_start()
        .strip_prefix('{')
        .and_then(|rest| rest.split_once('}'))
    else {
        bail!("the wasm-bindgen glue does not end with an export list")
    };
    let pairs = inner
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| match item.split_once(" as ") {
            Some((local, name)) => (name.trim().to_string(), local.trim().to_string()),
            None => (item.to_string(), item.to_string()),
        })
        .collect();
    Ok((code, pairs))
}

/// The data files the sources section links to (`href="ottawa-explorer-events-….csv"`), as
/// `data:` addresses: a one-file edition has no files beside it. Percent-encoded rather than
/// base64, so the text stays text (and compresses).
fn inline_data_files(dist: &Path, html: &str) -> Result<String> {
    const LINK: &str = "href=\"ottawa-explorer-";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(LINK) {
        let start = at + "href=\"".len();
        let end = start + rest[start..].find('"').context("an unclosed href")?;
        let name = &rest[start..end];
        out.push_str(&rest[..start]);
        let mime = if name.ends_with(".csv") {
            "text/csv;charset=utf-8"
        } else if name.ends_with(".json") {
            "application/json;charset=utf-8"
        } else {
            bail!("{name}: a link the one-file edition cannot inline")
        };
        let text =
            std::fs::read_to_string(dist.join(name)).with_context(|| format!("dist/{name}"))?;
        out.push_str(&format!("data:{mime},"));
        for byte in text.bytes() {
            if byte.is_ascii_alphanumeric() || b",.-_:;{}[]()'!*/@".contains(&byte) {
                out.push(byte as char);
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `html` without the tags that start with `open` and contain `marker`.
fn remove_tags_containing(html: &str, open: &str, marker: &str) -> Result<String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let end = start + rest[start..].find('>').context("an unclosed tag")? + 1;
        out.push_str(&rest[..start]);
        if !rest[start..end].contains(marker) {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `html` without its `<script>` elements (trunk's loader and the boot script's reference).
fn remove_scripts(html: &str) -> String {
    remove_elements(html, "<script", "</script>")
}

/// `html` without every span from `open` to the next `close` (inclusive); an unclosed one
/// runs to the end.
pub fn remove_elements(html: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// `html` without its `<link rel="alternate" …>` tags (the editions, which are other files).
fn remove_alternates(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"alternate\"") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |i| start + i + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{split_exports, swap_source_index};

    #[test]
    fn the_glue_is_read_with_its_exports_named_or_minified() {
        let plain = "function initSync() {}\nexport { initSync, __wbg_init as default };\n";
        let (code, exports) = split_exports(plain).unwrap();
        assert_eq!(code, "function initSync() {}\n");
        assert_eq!(
            exports,
            [("initSync", "initSync"), ("default", "__wbg_init")]
                .map(|(n, l)| (n.to_string(), l.to_string()))
        );
        let minified = "function $(){}export{$ as default,J as hydrate_island};";
        let (code, exports) = split_exports(minified).unwrap();
        assert_eq!(code, "function $(){}");
        assert_eq!(exports[1], ("hydrate_island".to_string(), "J".to_string()));
        assert!(split_exports("function f() {}").is_err());
    }

    #[test]
    fn the_sources_index_becomes_the_list_of_the_embed_page() {
        let edition = r#"<h3>All</h3><div class="source-index"><ul><li><a href="sources.html#sources-primary">Primary (2)</a></li></ul></div><footer>"#;
        let embed = r#"<main><div class="source-groups"><details class="source-group"><summary>Primary (2)</summary><ol><li>A</li><li>B</li></ol></details></div></main>"#;
        assert_eq!(
            swap_source_index(edition, embed).unwrap(),
            r#"<h3>All</h3><div class="source-groups"><details class="source-group"><summary>Primary (2)</summary><ol><li>A</li><li>B</li></ol></details></div><footer>"#
        );
    }

    #[test]
    fn a_list_it_cannot_cut_out_whole_fails_the_build() {
        let edition = r#"<div class="source-index"><ul></ul></div>"#;
        let nested = r#"<div class="source-groups"><div>A</div></div>"#;
        assert!(swap_source_index(edition, nested).is_err());
        assert!(swap_source_index(edition, "<main></main>").is_err());
        assert!(swap_source_index(r#"<div class="source-index"><ul>"#, nested).is_err());
    }
}
