//! Turns the program's content (`content/*.toml`, written and reviewed as TOML) into JSON for
//! the build to embed: the app then reads it with the JSON parser it already has, and no TOML
//! parser ships in the phone's or the browser's binary. A file that is not valid TOML stops
//! the build here, with the file and the line. Each program's `welcome` is also written on its
//! own (`welcome.json`, `es-welcome.json`).

use std::path::Path;

const FILES: [&str; 5] = ["program", "questions", "es/program", "es/questions", "helplines"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in FILES {
        let source = Path::new("content").join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        let target = Path::new(&out).join(format!("{}.json", name.replace('/', "-")));
        std::fs::write(&target, json).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        // The first screen's words on their own too: a first start reads only them.
        if let Some(welcome) = name.strip_suffix("program").and_then(|_| value.get("welcome")) {
            let json = serde_json::to_string(welcome).expect("TOML values are JSON values");
            let target = Path::new(&out).join(format!("{}.json", name.replace("program", "welcome").replace('/', "-")));
            std::fs::write(&target, json).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        }
    }
}
