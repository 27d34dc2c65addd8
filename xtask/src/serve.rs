//! `cargo xtask serve`, and the plain static file server the end-to-end tests use.
//!
//! The server is deliberately plain: files from one folder, GET and HEAD, no rewrites, like
//! the simplest host a newsroom might use. Like nearly every host, it gzips text and wasm for
//! clients that accept it (so `cargo xtask bench` measures real transfer sizes). It binds to
//! loopback only.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};

use crate::dist;

pub fn run(port: u16) -> Result<()> {
    let dir = dist::run(dist::Purpose::Preview)?;
    let listener = bind(port)?;
    println!(
        "\nServing {} on http://127.0.0.1:{port}/ (Ctrl-C to stop)",
        dir.display()
    );
    serve_forever(listener, dir);
    Ok(())
}

pub fn bind(port: u16) -> Result<TcpListener> {
    TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("listen on 127.0.0.1:{port} (is it in use? try --port)"))
}

/// Serves `dir` on a background thread for as long as the process lives; returns the port.
pub fn spawn(dir: PathBuf) -> Result<u16> {
    let listener = bind(0)?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || serve_forever(listener, dir));
    Ok(port)
}

fn serve_forever(listener: TcpListener, dir: PathBuf) {
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
}

fn handle(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Of the headers, only Accept-Encoding matters here.
    let mut header = String::new();
    let mut gzip = false;
    while reader.read_line(&mut header)? > 2 {
        let lower = header.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("accept-encoding:") {
            gzip |= value.split(',').any(|v| v.trim().starts_with("gzip"));
        }
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"method not allowed\n",
            true,
        );
    }
    let Some(path) = resolve(dir, target) else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            true,
        );
    };
    match std::fs::read(&path) {
        Ok(body) if gzip && compressible(&path) => {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(&body)?;
            let body = encoder.finish()?;
            respond_with(
                &mut stream,
                "200 OK",
                content_type(&path),
                &body,
                method == "GET",
                "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n",
            )
        }
        Ok(body) => respond(
            &mut stream,
            "200 OK",
            content_type(&path),
            &body,
            method == "GET",
        ),
        Err(_) => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            true,
        ),
    }
}

/// The file a request path names inside `dir`; directories serve their index.html. Paths that
/// would leave `dir` are refused.
fn resolve(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let full = dir.join(relative);
    Some(if full.is_dir() {
        full.join("index.html")
    } else {
        full
    })
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "webmanifest" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Text and wasm shrink under gzip; images are compressed already.
fn compressible(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("html" | "js" | "mjs" | "wasm" | "css" | "json" | "svg" | "csv" | "txt")
    )
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    respond_with(stream, status, kind, body, with_body, "")
}

fn respond_with(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    with_body: bool,
    extra_headers: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{extra_headers}Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside_the_folder() {
        let dir = Path::new("/srv/dist");
        assert_eq!(
            resolve(dir, "/app.js?v=1"),
            Some(PathBuf::from("/srv/dist/app.js"))
        );
        assert_eq!(
            resolve(dir, "/a%20b.css"),
            Some(PathBuf::from("/srv/dist/a b.css"))
        );
        assert_eq!(resolve(dir, "/../etc/passwd"), None);
        assert_eq!(resolve(dir, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(dir, "/bad%zz"), None);
    }
}
