//! Shorter names between an app's wasm and its JavaScript glue. wasm-bindgen names every
//! import after its function and a hash (`__wbg_getElementById_7ee213db584f37b0`), about 190
//! of them, written once in the wasm and once in the glue, and the hashes do not compress:
//! ≈ 3 KB gzip in each file. binaryen's `--minify-imports-and-exports-and-modules` renames
//! them in the wasm to one or two letters and prints the mapping; this module applies the
//! same mapping to the glue, then minifies the glue with esbuild (trunk's minifier leaves
//! wasm-bindgen's output as it is; esbuild keeps the module's exports and every property name,
//! which the wasm and boot.js use). Every name is checked: a glue that does not spell an
//! import the way wasm-bindgen does fails the build instead of shipping a broken app.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use xshell::{cmd, Shell};

/// Shortens the names of the app trunk built (loaded by every edition), and writes its files'
/// new integrity values into the pages.
pub fn shorten_trunk_app(sh: &Shell, dist: &Path) -> Result<()> {
    let (glue, wasm) = crate::section_apps::full_app(dist)?;
    shorten(sh, &dist.join(&glue.name), &dist.join(&wasm.name))?;
    let (new_glue, new_wasm) = crate::section_apps::full_app(dist)?;
    for page in crate::dist::pages(dist)? {
        let html = std::fs::read_to_string(&page)?;
        if !html.contains(&glue.integrity) {
            continue;
        }
        let html = html
            .replace(&glue.integrity, &new_glue.integrity)
            .replace(&wasm.integrity, &new_wasm.integrity);
        std::fs::write(&page, html)?;
    }
    Ok(())
}

/// Renames the imports and exports of `wasm` and its `glue` (both rewritten in place).
pub fn shorten(sh: &Shell, glue: &Path, wasm: &Path) -> Result<()> {
    let renamed = wasm.with_extension("short.wasm");
    // The same run optimises the wasm once more with one more assumption: that nothing reads
    // or writes the lowest kilobyte of memory, so an address plus a constant can be folded into
    // the load's offset. That holds for Rust's wasm: the stack fills the first megabyte
    // downwards from its top, and the data lies above it. Measured on the full app: −1.3 KB
    // gzip (a second `-Oz` alone: −0.6 KB). Before it, the control flow of every function is
    // flattened and rebuilt by binaryen's relooper (`--flatten --rereloop`, which needs two
    // `-Oz` after it to fold the locals flattening adds): a shape that `-Oz` alone does not
    // reach. The page's app −517 bytes gzip, the timeline's −338, for ≈ 6 s more per app.
    // Last, the two custom sections only tools read (the producers, and the features the wasm
    // was built with, which this pass was the last to need) go: −193 bytes gzip.
    let mapping = cmd!(
        sh,
        "wasm-opt --minify-imports-and-exports-and-modules --flatten --rereloop -Oz -Oz --low-memory-unused --strip-producers --strip-target-features {wasm} --output {renamed}"
    )
    .read()
    .context("wasm-opt --minify-imports-and-exports-and-modules")?;
    let mapping: Mapping = serde_json::from_str(&mapping)
        .context("reading the names wasm-opt printed (a JSON mapping)")?;
    let bytes = std::fs::read(&renamed)?;
    let modules = import_modules(&bytes).context("reading the renamed wasm's imports")?;
    let [module] = modules.as_slice() else {
        bail!("the renamed wasm imports from {modules:?}, not from one module");
    };
    let text = std::fs::read_to_string(glue)?;
    let text = rename_in_glue(&text, &mapping, module)
        .with_context(|| format!("renaming in {}", glue.display()))?;
    std::fs::write(glue, text)?;
    // Measured on the page's app: glue 5,540 → 4,433 bytes gzip (the comments and indentation
    // dropped by hand before: 5,540).
    cmd!(
        sh,
        "esbuild {glue} --minify --format=esm --log-level=warning --allow-overwrite --outfile={glue}"
    )
    .run()
    .context("esbuild --minify (the app's glue)")?;
    std::fs::rename(&renamed, wasm)?;
    Ok(())
}

/// What wasm-opt prints: `{"imports": [[module, name, new], …], "exports": [[name, new], …]}`.
#[derive(serde::Deserialize)]
struct Mapping {
    imports: Vec<(String, String, String)>,
    exports: Vec<(String, String)>,
}

/// The glue with the new names: each import is a key of the imports object (`name:
/// function(…)`), written once; the module is that object's one key; each export is read as
/// `wasm.name`.
fn rename_in_glue(glue: &str, mapping: &Mapping, new_module: &str) -> Result<String> {
    let old_modules: std::collections::BTreeSet<&str> = mapping
        .imports
        .iter()
        .map(|(module, _, _)| module.as_str())
        .collect();
    let (Some(old_module), 1) = (old_modules.first(), old_modules.len()) else {
        bail!("the wasm imported from {old_modules:?}, not from one module");
    };
    let mut out = replace_once(
        glue,
        &format!("\"{old_module}\": import0"),
        &format!("{}: import0", key(new_module)),
    )?;
    // A key begins its line: `        __wbg_new_0_36d738a0c8cfac43: function() {`.
    let imports: BTreeMap<&str, &str> = mapping
        .imports
        .iter()
        .map(|(_, old, new)| (old.as_str(), new.as_str()))
        .collect();
    let mut found = BTreeMap::new();
    let lines: Vec<String> = out
        .split('\n')
        .map(|line| {
            let code = line.trim_start();
            let indent = &line[..line.len() - code.len()];
            match code.split_once(": ") {
                Some((name, rest)) if imports.contains_key(name) => {
                    *found.entry(name).or_insert(0) += 1;
                    format!("{indent}{}: {rest}", key(imports[name]))
                }
                _ => line.to_string(),
            }
        })
        .collect();
    for old in imports.keys() {
        match found.get(old) {
            Some(1) => {}
            n => bail!(
                "the import {old} is a key of the glue {} times, not once",
                n.unwrap_or(&0)
            ),
        }
    }
    out = lines.join("\n");
    let exports: BTreeMap<&str, &str> = mapping
        .exports
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    Ok(rename_exports(&out, &exports))
}

/// `wasm.old` → `wasm.new` for every export (a name ends where an identifier does).
fn rename_exports(glue: &str, exports: &BTreeMap<&str, &str>) -> String {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(glue.len());
    let mut rest = glue;
    while let Some(at) = rest.find("wasm.") {
        let (before, after) = rest.split_at(at + "wasm.".len());
        let preceded_by_ident = before[..at].chars().next_back().is_some_and(is_ident);
        out += before;
        let end = after.find(|c: char| !is_ident(c)).unwrap_or(after.len());
        let name = &after[..end];
        match exports.get(name) {
            Some(new) if !preceded_by_ident => out += new,
            _ => out += name,
        }
        rest = &after[end..];
    }
    out + rest
}

/// A property key: the name itself when it is an identifier, else quoted.
fn key(name: &str) -> String {
    let identifier = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        name.to_string()
    } else {
        format!("{name:?}")
    }
}

/// `text` with its one `from` replaced by `to`; an error if `from` is not there exactly once.
fn replace_once(text: &str, from: &str, to: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => bail!("{from:?} is in the glue {n} times, not once"),
    }
}

/// The module names of a wasm binary's imports, each once, in order.
fn import_modules(wasm: &[u8]) -> Result<Vec<String>> {
    let mut reader = Reader {
        bytes: wasm.get(8..).context("not a wasm binary")?,
    };
    let mut modules = Vec::new();
    while !reader.bytes.is_empty() {
        let id = reader.byte()?;
        let size = reader.leb()? as usize;
        let section = reader.take(size)?;
        if id != 2 {
            continue;
        }
        let mut imports = Reader { bytes: section };
        for _ in 0..imports.leb()? {
            let module = imports.name()?;
            imports.name()?;
            imports.import_kind()?;
            if !modules.contains(&module) {
                modules.push(module);
            }
        }
    }
    Ok(modules)
}

/// Reads a wasm binary's import section (only as far as the names need).
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.bytes.len() {
            bail!("the wasm binary ends early");
        }
        let (taken, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(taken)
    }

    fn byte(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn leb(&mut self) -> Result<u64> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
        }
    }

    fn name(&mut self) -> Result<String> {
        let len = self.leb()? as usize;
        Ok(String::from_utf8(self.take(len)?.to_vec())?)
    }

    fn limits(&mut self) -> Result<()> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }

    /// Skips an import's description: a function, table, memory, global or tag.
    fn import_kind(&mut self) -> Result<()> {
        match self.byte()? {
            0 => self.leb().map(drop),
            1 => {
                self.byte()?;
                self.limits()
            }
            2 => self.limits(),
            3 => self.take(2).map(drop),
            4 => {
                self.byte()?;
                self.leb().map(drop)
            }
            kind => bail!("an import of unknown kind {kind}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_the_imports_module_and_exports_of_a_glue() {
        let glue = "function __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n        // Cast intrinsic for `F64 -> Externref`.\n        __wbg_new_0_36d7: function(arg0) {\n            return wasm.__wbindgen_malloc(arg0);\n        },\n    };\n    return {\n        __proto__: null,\n        \"./app_bg.js\": import0,\n    };\n}\nfunction f() { mywasm.memory; wasm.memory2; return wasm.memory; }\n";
        let mapping = Mapping {
            imports: vec![("./app_bg.js".into(), "__wbg_new_0_36d7".into(), "$a".into())],
            exports: vec![
                ("__wbindgen_malloc".into(), "b".into()),
                ("memory".into(), "0x".into()),
            ],
        };
        let renamed = rename_in_glue(glue, &mapping, "a").unwrap();
        assert!(renamed.contains("\n        $a: function(arg0)"));
        assert!(renamed.contains("a: import0"));
        assert!(renamed.contains("return wasm.b(arg0)"));
        // Only `wasm.` itself, and only the whole name.
        assert!(renamed.contains("mywasm.memory; wasm.memory2; return wasm.0x;"));
    }

    #[test]
    fn a_name_that_is_not_a_key_once_fails() {
        let mapping = Mapping {
            imports: vec![("m".into(), "__wbg_x".into(), "a".into())],
            exports: vec![],
        };
        let glue = "\"m\": import0\n    __wbg_y: function() {}\n";
        assert!(rename_in_glue(glue, &mapping, "a").is_err());
    }

    #[test]
    fn keys_that_are_not_identifiers_are_quoted() {
        assert_eq!(key("$a"), "$a");
        assert_eq!(key("0"), "\"0\"");
    }

    #[test]
    fn reads_the_module_of_every_import() {
        // magic, version; an import section: two functions from "a", a memory from "env".
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let body = b"\x03\x01a\x01b\x00\x00\x01a\x01c\x00\x01\x03env\x01m\x02\x01\x01\x02";
        wasm.extend([2, body.len() as u8]);
        wasm.extend(body);
        assert_eq!(import_modules(&wasm).unwrap(), ["a", "env"]);
    }
}
