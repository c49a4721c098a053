//! Prints every benchmark figure next to its floor or target, from criterion's results:
//! `cargo bench -p attune-tests && cargo run -p attune-tests --bin bench-report`.

use std::path::Path;

use attune_tests::{criterion_dir, recorded_size};

/// The median of a benchmark, in milliseconds. `id` is criterion's folder under
/// `target/criterion` (group, then the function name with `/` turned into `_`).
fn median_ms(dir: &Path, id: &str) -> Option<f64> {
    let text = std::fs::read_to_string(dir.join(id).join("new").join("estimates.json")).ok()?;
    let start = text.find("\"median\"")?;
    let rest = &text[start..];
    let at = rest.find("\"point_estimate\":")? + "\"point_estimate\":".len();
    let number: String =
        rest[at..].chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == 'e' || *c == '-').collect();
    number.parse::<f64>().ok().map(|ns| ns / 1e6)
}

/// What the target column says of a figure that is only reported.
const NO_TARGET: &str = "(reported)";

// One table, one row after another: splitting it would only scatter the figures.
#[allow(clippy::too_many_lines)]
fn main() {
    let dir = criterion_dir();
    let get = |id: &str| median_ms(&dir, id);
    let mut ok = true;
    let mut row = |what: &str, value: Option<f64>, against: &str, limit: &str, pass: Option<bool>| {
        let shown = value.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.3} ms"));
        // A row with no target is only reported: "met" would claim a target it doesn't have.
        let verdict = match pass {
            Some(_) if limit == NO_TARGET => "reported",
            Some(true) => "met",
            Some(false) => {
                ok = false;
                "MISSED"
            }
            None => "not measured",
        };
        println!("| {what} | {shown} | {against} | {limit} | {verdict} |");
    };
    println!("| figure | median | compared with | target | |");
    println!("|---|---|---|---|---|");
    let ratio = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a / b);
    let show = |r: Option<f64>| r.map_or_else(|| "n/a".to_owned(), |r| format!("{r:.2}×"));

    let import = get("import/ten_years");
    let import_floor = get("import/ten_years_floor");
    let r = ratio(import, import_floor);
    row(
        "import a ten-year update (merge path)",
        import,
        &format!("floor {} → {}", fmt(import_floor), show(r)),
        "≤ 1.5× floor",
        r.map(|r| r <= 1.5),
    );
    let one = get("daily/import_one_year");
    let ten = get("daily/import_ten_years");
    let r = ratio(ten, one);
    row(
        "import the daily update at ten years (merge path)",
        ten,
        &format!("one year {} → {}", fmt(one), show(r)),
        "≤ 1.2× one year",
        r.map(|r| r <= 1.2),
    );
    let one = get("daily/import_sealed_one_year");
    let ten = get("daily/import_sealed_ten_years");
    let r = ratio(ten, one);
    row(
        "open the sealed daily update at ten years (key derivation included)",
        ten,
        &format!("one year {} → {}", fmt(one), show(r)),
        "≤ 1.2× one year",
        r.map(|r| r <= 1.2),
    );
    let one = get("daily/export_one_year");
    let ten = get("daily/export_ten_years");
    let r = ratio(ten, one);
    row(
        "export the daily update at ten years",
        ten,
        &format!("one year {} → {}", fmt(one), show(r)),
        NO_TARGET,
        r.map(|_| true),
    );
    let again = get("import/ten_years_again");
    let r = ratio(again, import);
    row(
        "re-import the same update",
        again,
        &format!("first import → {}", show(r)),
        "≤ 1× first import",
        r.map(|r| r <= 1.0),
    );
    let export = get("export/ten_years");
    let export_floor = get("export/ten_years_floor");
    let r = ratio(export, export_floor);
    row(
        "export a ten-year update",
        export,
        &format!("floor {} → {}", fmt(export_floor), show(r)),
        "≤ 1.5× floor",
        r.map(|r| r <= 1.5),
    );
    let open = get("crypto/open_ten_years");
    row("key derivation + decrypt, ten years", open, "–", "≤ 1000 ms", open.map(|v| v <= 1000.0));
    let open_daily = get("crypto/open_daily_ten_years");
    row("key derivation + decrypt, daily update", open_daily, "–", NO_TARGET, open_daily.map(|_| true));
    let save = get("save_check_in/ten_years");
    let save_floor = get("save_check_in/ten_years_floor");
    row(
        "save one check-in, ten-year database",
        save,
        &format!("bare INSERT {} → {}", fmt(save_floor), show(ratio(save, save_floor))),
        "≤ 2 ms",
        save.map(|v| v <= 2.0),
    );
    let cold = get("cold_open_ten_years");
    row("cold open + migrate + Today, ten years", cold, "–", "≤ 20 ms", cold.map(|v| v <= 20.0));
    for view in ["today", "partner", "insights_90", "question", "state_of_us", "year_in_review"] {
        let one = get(&format!("views/{view}_one_year"));
        let ten = get(&format!("views/{view}_ten_years"));
        let r = ratio(ten, one);
        row(
            &format!("{view} view at ten years"),
            ten,
            &format!("one year {} → {}", fmt(one), show(r)),
            "≤ 1.5× one year",
            r.map(|r| r <= 1.5),
        );
    }
    let english = get("views/today_ten_years");
    let spanish = get("views/today_in_spanish_ten_years");
    let r = ratio(spanish, english);
    row(
        "Today in Spanish at ten years, its sentences said",
        spanish,
        &format!("English view {} → {}", fmt(english), show(r)),
        "≤ 1.5× English view",
        r.map(|r| r <= 1.5),
    );

    ok = file_sizes() && ok;
    if !ok {
        println!("\nSome targets were missed; see BENCHMARKS.md for what bounds them.");
    }
}

fn fmt(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.3} ms"))
}

/// The sizes the benchmarks recorded: the daily update at one and ten years, the whole
/// ten-year update. `false` if a target was missed.
fn file_sizes() -> bool {
    let show = |r: Option<f64>| r.map_or_else(|| "n/a".to_owned(), |r| format!("{r:.2}×"));
    println!("\n| file | bytes | compared with | target | |");
    println!("|---|---|---|---|---|");
    let kb = |b: Option<f64>| b.map_or_else(|| "n/a".to_owned(), |b| format!("{:.1} kB", b / 1000.0));
    let (one, ten) = (recorded_size("daily_sealed_365"), recorded_size("daily_sealed_3652"));
    let r = one.zip(ten).map(|(one, ten)| ten / one);
    let verdict = |pass: Option<bool>| match pass {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "not measured",
    };
    let daily_pass = r.map(|r| r <= 1.2);
    println!(
        "| daily update at ten years, sealed | {} | one year {} → {} | ≤ 1.2× one year | {} |",
        kb(ten),
        kb(one),
        show(r),
        verdict(daily_pass)
    );
    let whole = recorded_size("whole_sealed_3652");
    let json = recorded_size("whole_json_3652");
    let whole_pass = whole.map(|w| w <= 1_200_000.0);
    println!(
        "| whole ten-year update, sealed | {} | its JSON {} → {} | ≤ 1.2 MB | {} |",
        kb(whole),
        kb(json),
        show(whole.zip(json).map(|(w, j)| w / j)),
        verdict(whole_pass)
    );
    daily_pass != Some(false) && whole_pass != Some(false)
}
