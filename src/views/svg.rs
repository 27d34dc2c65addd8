//! Small helpers for writing SVG from computed positions.

/// A coordinate with one decimal. Written with integer formatting: Rust's float formatting
/// would add about 10 KB to the wasm.
pub fn fmt(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}
