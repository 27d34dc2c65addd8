//! Small helpers for writing SVG (and CSS) numbers from computed positions.

/// A coordinate with one decimal.
pub fn fmt(value: f64) -> String {
    decimal(value, 1)
}

/// `value` with `places` decimals, written with integer formatting: Rust's float formatting
/// would add about 10 KB to the wasm.
pub fn decimal(value: f64, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / scale, scaled.abs() % scale);
    format!("{sign}{whole}.{part:0width$}", width = places as usize)
}

#[cfg(test)]
mod tests {
    use super::{decimal, fmt};

    #[test]
    fn decimals_are_written_as_asked() {
        assert_eq!(fmt(12.34), "12.3");
        assert_eq!(fmt(-0.96), "-1.0");
        assert_eq!(decimal(1.5, 5), "1.50000");
        assert_eq!(decimal(0.012345678, 5), "0.01235");
        assert_eq!(decimal(-12.346, 2), "-12.35");
        assert_eq!(decimal(-0.004, 2), "0.00");
        assert_eq!(decimal(640.0, 2), "640.00");
    }
}
