//! The data as files a reader can download: CSV (RFC 4180: a header row, fields quoted when
//! they hold a comma, a quote or a line break) and JSON, with a stable column order. Built in
//! the browser from the compiled data; no server, no serde.

/// One cell: text, a number, or nothing.
#[derive(Clone, PartialEq, Debug)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Empty, Into::into)
    }
}

macro_rules! number_cells {
    ($($t:ty),*) => { $(impl From<$t> for Cell { fn from(n: $t) -> Cell { Cell::Number(f64::from(n)) } })* };
}
number_cells!(u8, u16, u32, f64);

/// Named columns and rows of cells.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn to_csv(&self) -> String {
        let mut out = self
            .columns
            .iter()
            .map(|c| csv_field(c))
            .collect::<Vec<_>>()
            .join(",");
        out.push_str("\r\n");
        for row in &self.rows {
            let fields: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    Cell::Text(text) => csv_field(text),
                    Cell::Number(n) => number(*n),
                    Cell::Empty => String::new(),
                })
                .collect();
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// `{"<meta key>": "<value>", ..., "<name>": [ {column: value, ...}, ... ]}`.
    pub fn to_json(&self, name: &str, meta: &[(&str, &str)]) -> String {
        let mut out = String::from("{\n");
        for (key, value) in meta {
            out += &format!("  {}: {},\n", json_string(key), json_string(value));
        }
        out += &format!("  {}: [", json_string(name));
        for (i, row) in self.rows.iter().enumerate() {
            let fields: Vec<String> = self
                .columns
                .iter()
                .zip(row)
                .map(|(column, cell)| {
                    let value = match cell {
                        Cell::Text(text) => json_string(text),
                        Cell::Number(n) => number(*n),
                        Cell::Empty => "null".to_string(),
                    };
                    format!("{}: {value}", json_string(column))
                })
                .collect();
            out += if i == 0 { "\n    {" } else { ",\n    {" };
            out += &fields.join(", ");
            out += "}";
        }
        out += "\n  ]\n}\n";
        out
    }
}

pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whole numbers as integers, others with up to one decimal (border lengths): written with
/// integer formatting, which costs the wasm far less than float formatting.
fn number(n: f64) -> String {
    let tenths = (n * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        let sign = if tenths < 0 { "-" } else { "" };
        format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
    }
}
