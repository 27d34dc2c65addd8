//! Downloading a chart as it is drawn: SVG (the element with its computed colours written onto
//! it as presentation attributes, so it looks the same outside the page) and PNG (that SVG drawn on a canvas at 2×).

/// Downloads the SVG element matching `selector` as `{name}.svg`.
pub fn download_svg(selector: &str, name: &str) {
    if let Some(svg) = standalone_svg(selector) {
        super::download(&format!("{name}.svg"), "image/svg+xml", &svg);
    }
}

/// Downloads the SVG element matching `selector` as a PNG picture, `{name}.png`.
pub fn download_png(selector: &str, name: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::prelude::*;
        use wasm_bindgen::JsCast;
        let Some(svg) = standalone_svg(selector) else {
            return;
        };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some((width, height)) = document
            .query_selector(selector)
            .ok()
            .flatten()
            .map(|e| e.get_bounding_client_rect())
            .map(|r| (r.width().max(1.0) * 2.0, r.height().max(1.0) * 2.0))
        else {
            return;
        };
        // A data: URL, not a blob: one — the page's policy allows images from data: only.
        let url = format!(
            "data:image/svg+xml;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(&svg))
        );
        let Ok(image) = web_sys::HtmlImageElement::new() else {
            return;
        };
        let name = name.to_string();
        let target = image.clone();
        let onload = Closure::once_into_js(move || {
            let Ok(canvas) = document.create_element("canvas") else {
                return;
            };
            let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
            canvas.set_width(width as u32);
            canvas.set_height(height as u32);
            let Some(context) = canvas.get_context("2d").ok().flatten() else {
                return;
            };
            let context: web_sys::CanvasRenderingContext2d = context.unchecked_into();
            let _ = context
                .draw_image_with_html_image_element_and_dw_and_dh(&target, 0.0, 0.0, width, height);
            if let Ok(png) = canvas.to_data_url_with_type("image/png") {
                if let Ok(link) = document.create_element("a") {
                    let link: web_sys::HtmlAnchorElement = link.unchecked_into();
                    link.set_href(&png);
                    link.set_download(&format!("{name}.png"));
                    link.click();
                }
            }
        });
        image.set_onload(Some(onload.unchecked_ref()));
        image.set_src(&url);
    }
    let _ = (selector, name);
}

/// The SVG's markup with the computed colours, strokes and fonts written on every element.
fn standalone_svg(selector: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        const PROPERTIES: [&str; 9] = [
            "fill",
            "stroke",
            "stroke-width",
            "stroke-dasharray",
            "font-family",
            "font-size",
            "font-weight",
            "opacity",
            "display",
        ];
        let window = web_sys::window()?;
        let original = window.document()?.query_selector(selector).ok()??;
        let copy: web_sys::Element = original.clone_node_with_deep(true).ok()?.unchecked_into();
        let originals = original.query_selector_all("*").ok()?;
        let copies = copy.query_selector_all("*").ok()?;
        for (from, to) in [(original.clone(), copy.clone())].into_iter().chain(
            (0..originals.length()).filter_map(|i| {
                Some((
                    originals.item(i)?.unchecked_into::<web_sys::Element>(),
                    copies.item(i)?.unchecked_into::<web_sys::Element>(),
                ))
            }),
        ) {
            let Ok(Some(style)) = window.get_computed_style(&from) else {
                continue;
            };
            // Presentation attributes, not a style attribute: the page's policy forbids inline
            // styles, and an SVG file reads these the same way.
            for property in PROPERTIES {
                if let Some(value) = style
                    .get_property_value(property)
                    .ok()
                    .filter(|v| !v.is_empty())
                {
                    let _ = to.set_attribute(property, &value);
                }
            }
        }
        // The map's states are `<use>`s of outlines drawn elsewhere in the page (see
        // `views/scenario/map.rs`): a file on its own needs each outline itself.
        let document = window.document()?;
        let uses = copy.query_selector_all("use").ok()?;
        for used in (0..uses.length()).filter_map(|i| uses.item(i)) {
            let used: web_sys::Element = used.unchecked_into();
            let outline = used
                .get_attribute("href")
                .and_then(|href| document.get_element_by_id(href.trim_start_matches('#')))
                .and_then(|outline| outline.get_attribute("d"));
            let (Some(outline), Ok(path)) = (
                outline,
                document.create_element_ns(Some("http://www.w3.org/2000/svg"), "path"),
            ) else {
                continue;
            };
            let _ = path.set_attribute("d", &outline);
            for name in PROPERTIES.into_iter().chain(["class"]) {
                if let Some(value) = used.get_attribute(name) {
                    let _ = path.set_attribute(name, &value);
                }
            }
            let _ = used.replace_with_with_node_1(&path);
        }
        let _ = copy.set_attribute("xmlns", "http://www.w3.org/2000/svg");
        let rect = original.get_bounding_client_rect();
        let _ = copy.set_attribute("width", &(rect.width().round() as i64).to_string());
        let _ = copy.set_attribute("height", &(rect.height().round() as i64).to_string());
        return Some(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
            copy.outer_html()
        ));
    }
    #[allow(unreachable_code)]
    {
        let _ = selector;
        None
    }
}
