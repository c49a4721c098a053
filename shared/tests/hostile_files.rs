//! A corrupt, hostile or wrong file never costs the couple an entry. For every bad input: the
//! right typed error, no panic, and the database logically identical afterwards (a dump of
//! every row before and after).

mod common;

use attune_core::{CoupleCode, Error, MAX_FILE_BYTES, ReflectionDraft};
use common::{Phone, check_in, paired_couple, phone};
use serde_json::{Value, json};

struct Scene {
    alex: Phone,
    sam: Phone,
    /// A valid sealed update from Alex to Sam that Sam has not opened yet.
    update: Vec<u8>,
    /// The same update as plain JSON.
    plain: Value,
    /// Their couple code: a hostile file below is sealed with it, as a hand-made file from
    /// someone who knows the code (another client, a curious partner) would be.
    code: CoupleCode,
}

fn scene() -> Scene {
    let (mut alex, mut sam) = paired_couple();
    for i in 0..3 {
        alex.store.save_check_in(check_in(4, true)).expect("check-in");
        let draft = ReflectionDraft {
            exercise: "roots-home".into(),
            pattern: None,
            texts: vec![format!("note {i}")],
            shared: true,
        };
        alex.store.add_reflection(draft).expect("reflection");
        sam.store.save_check_in(check_in(3, true)).expect("sam's check-in");
        alex.clock.next_morning();
        sam.clock.next_morning();
    }
    let plain = serde_json::from_slice(&alex.store.export_update_plain().expect("plain")).expect("json");
    let update = alex.store.export_update().expect("sealed");
    let code = alex.store.exchange().expect("view").couple_code.expect("paired").parse().expect("code");
    Scene { alex, sam, update, plain, code }
}

/// Opens `bytes` on Sam's phone, expecting one of `allowed`, with nothing changed.
fn refused(sam: &mut Phone, bytes: &[u8], allowed: &[Error], what: &str) {
    let before = sam.store.dump().expect("dump");
    match sam.store.import_update(bytes) {
        Ok(summary) => panic!("{what}: accepted ({})", attune_core::Locale::English.words().import_summary(&summary)),
        Err(e) => assert!(allowed.contains(&e), "{what}: got {e:?}, expected one of {allowed:?}"),
    }
    assert_eq!(sam.store.dump().expect("dump"), before, "{what}: the database changed");
}

fn plain_bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).expect("serialises")
}

/// `v` signed by `signer`'s phone and sealed with the couple's code: a hand-made file from
/// the partner (or from whoever holds their phone).
fn sealed(by: &Phone, code: &CoupleCode, v: &Value) -> Vec<u8> {
    let signed = by.store.sign_opened_for_tests(&plain_bytes(v)).expect("signed");
    attune_core::crypto::seal_update(&signed, code).expect("sealed")
}

#[test]
fn a_truncated_update_is_refused_at_every_offset() {
    let Scene { mut sam, update, .. } = scene();
    let step = (update.len() / 40).max(1);
    for cut in (0..update.len()).step_by(step) {
        refused(&mut sam, &update[..cut], &[Error::NotAnAttuneFile, Error::Damaged], &format!("cut at {cut}"));
    }
    refused(&mut sam, &update[..update.len() - 1], &[Error::Damaged], "last byte missing");
}

#[test]
fn flipped_bits_are_refused() {
    let Scene { mut sam, update, .. } = scene();
    let header_end = update.windows(4).position(|w| w == b"\n---").expect("age header") + 50;
    let header_step = (header_end / 15).max(1);
    for at in (0..header_end).step_by(header_step) {
        let mut bad = update.clone();
        bad[at] ^= 0x04;
        refused(
            &mut sam,
            &bad,
            &[Error::NotAnAttuneFile, Error::Damaged, Error::WrongCode],
            &format!("header bit flip at {at}"),
        );
    }
    let body_step = ((update.len() - header_end) / 20).max(1);
    for at in (header_end..update.len()).step_by(body_step) {
        let mut bad = update.clone();
        bad[at] ^= 0x80;
        refused(&mut sam, &bad, &[Error::Damaged], &format!("body bit flip at {at}"));
    }
}

#[test]
fn the_wrong_code_is_named_as_such() {
    let Scene { mut sam, .. } = scene();
    let mut stranger = phone("Jo", None);
    let other_code = stranger.store.create_couple_code().expect("code");
    let mut alex_twin = phone("Alex", None);
    alex_twin.store.enter_couple_code(&other_code.to_string()).expect("entered");
    let wrong = alex_twin.store.export_update().expect("sealed with another code");
    refused(&mut sam, &wrong, &[Error::WrongCode], "another couple's code");
}

#[test]
fn junk_is_not_an_attune_file() {
    let Scene { mut sam, .. } = scene();
    refused(&mut sam, b"", &[Error::NotAnAttuneFile], "empty file");
    let random: Vec<u8> =
        (0..4096u32).map(|i| u8::try_from(i.wrapping_mul(2_654_435_761) >> 24).unwrap_or(0)).collect();
    refused(&mut sam, &random, &[Error::NotAnAttuneFile], "random bytes");
    refused(&mut sam, b"\xff\xfe{\x00\x80", &[Error::NotAnAttuneFile], "invalid UTF-8");
    refused(&mut sam, b"{\"hello\": \xff\xfe}", &[Error::NotAnAttuneFile], "invalid UTF-8 inside JSON");
    refused(&mut sam, b"{\"format\": \"something-else\", \"version\": 1}", &[Error::NotAnAttuneFile], "another format");
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    refused(&mut sam, format!("{{\"format\": {nested}}}").as_bytes(), &[Error::NotAnAttuneFile], "deeply nested JSON");
}

#[test]
fn a_plain_update_with_bad_fields_is_damaged() {
    let Scene { alex, mut sam, plain, code, .. } = scene();
    let mut cases: Vec<(&str, Value)> = Vec::new();
    let mut missing = plain.clone();
    missing.as_object_mut().expect("object").remove("sender");
    cases.push(("missing sender", missing));
    let mut extra = plain.clone();
    extra["surprise"] = json!(true);
    cases.push(("extra top-level field", extra));
    let mut mistyped = plain.clone();
    mistyped["exported_ms"] = json!("yesterday");
    cases.push(("mistyped time", mistyped));
    let mut bad_rating = plain.clone();
    let check_in = bad_rating["entries"]
        .as_array_mut()
        .expect("entries")
        .iter_mut()
        .find(|e| e["kind"] == "check_in")
        .expect("a check-in");
    check_in["body"]["data"]["connection"] = json!(9);
    cases.push(("rating out of range", bad_rating));
    let mut giant = plain.clone();
    let reflection =
        giant["entries"].as_array_mut().expect("entries").iter_mut().find(|e| e["kind"] == "reflection").expect("one");
    reflection["body"]["data"]["texts"][0] = json!("x".repeat(1_000_000));
    cases.push(("giant string", giant));
    let mut duplicate = plain.clone();
    let first = duplicate["entries"][0].clone();
    duplicate["entries"].as_array_mut().expect("entries").push(first);
    cases.push(("duplicate ids", duplicate));
    let mut kind_mismatch = plain.clone();
    kind_mismatch["entries"][0]["kind"] = json!("answer");
    cases.push(("kind and body disagree", kind_mismatch));
    let mut live_without_body = plain.clone();
    live_without_body["entries"][0]["body"] = Value::Null;
    cases.push(("live entry without a body", live_without_body));
    let mut bad_name = plain.clone();
    bad_name["sender"]["name"] = json!("");
    cases.push(("empty sender name", bad_name));
    let mut zero = plain.clone();
    zero["version"] = json!(0);
    cases.push(("version zero", zero));
    for (what, value) in cases {
        refused(&mut sam, &sealed(&alex, &code, &value), &[Error::Damaged], what);
    }
}

#[test]
fn a_newer_version_asks_for_an_update_of_attune() {
    let Scene { alex, mut sam, plain, code, .. } = scene();
    let mut newer = plain.clone();
    let next = attune_core::FORMAT_VERSION + 1;
    newer["version"] = json!(next);
    newer["something_new"] = json!({"we": "can't read this"});
    refused(&mut sam, &sealed(&alex, &code, &newer), &[Error::FromNewerVersion], "the next format version, bare");
    // A packed newer version is recognised by its header line, before anything is inflated.
    let packed = [format!("attune-exchange {next} zstd 1000\n").as_bytes(), &[0xAB; 64]].concat();
    refused(&mut sam, &seal_bytes(&code, &packed), &[Error::FromNewerVersion], "the next format version, packed");
}

/// Raw content sealed with the couple's code.
fn seal_bytes(code: &CoupleCode, content: &[u8]) -> Vec<u8> {
    attune_core::crypto::seal_update(content, code).expect("sealed")
}

/// `json` packed the way version 2 packs it, under the header line `header` (without `\n`).
fn packed_with(header: &str, json: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(json).expect("deflate");
    [format!("{header}\n").into_bytes(), encoder.finish().expect("deflate")].concat()
}

fn packed(v: &Value) -> Vec<u8> {
    let json = plain_bytes(v);
    packed_with(&format!("attune-exchange 2 deflate {}", json.len()), &json)
}

#[test]
fn packed_content_that_lies_is_refused_before_it_costs_anything() {
    let Scene { alex, mut sam, plain, code, .. } = scene();
    // The honest packing opens (checked on a copy of Sam, so the scene stays unopened).
    let json = plain_bytes(&plain);
    // A bomb: 64 MiB of zeros deflate to 64 KiB; the header claims 100 bytes. Inflation stops
    // at byte 101.
    let zeros = vec![0u8; 64 * 1024 * 1024];
    let bomb = packed_with("attune-exchange 2 deflate 100", &zeros);
    assert!(bomb.len() < 200 * 1024);
    refused(&mut sam, &seal_bytes(&code, &bomb), &[Error::Damaged], "a bomb under a small declared size");
    // Declared honestly, but over the limit: refused by the header alone.
    let declared = format!("attune-exchange 2 deflate {}", attune_core::MAX_DOC_BYTES + 1);
    refused(&mut sam, &seal_bytes(&code, &packed_with(&declared, &zeros)), &[Error::TooLarge], "over the limit");
    // A size that does not match the document.
    let short = packed_with(&format!("attune-exchange 2 deflate {}", json.len() + 10), &json);
    refused(&mut sam, &seal_bytes(&code, &short), &[Error::Damaged], "declared longer than it is");
    let cases: [(&str, Vec<u8>, Error); 5] = [
        (
            "header and document disagree on the version",
            packed_with(&format!("attune-exchange 1 deflate {}", json.len()), &json),
            Error::Damaged,
        ),
        (
            "unknown compression",
            packed_with(&format!("attune-exchange 2 brotli {}", json.len()), &json),
            Error::Damaged,
        ),
        ("a backup's header", packed_with(&format!("attune-backup 2 deflate {}", json.len()), &json), Error::IsBackup),
        ("another format", packed_with(&format!("zip 2 deflate {}", json.len()), &json), Error::Damaged),
        (
            "not deflate at all",
            [format!("attune-exchange 2 deflate {}\n", json.len()).into_bytes(), json.clone()].concat(),
            Error::Damaged,
        ),
    ];
    for (what, content, error) in cases {
        refused(&mut sam, &seal_bytes(&code, &content), &[error], what);
    }
    // A packed update that was never sealed is a plain copy, told apart like a bare one.
    refused(&mut sam, &packed(&plain), &[Error::PlainUpdate], "packed but not sealed");
    // And the real thing opens: packed, signed by Alex's phone, sealed.
    let honest = alex.store.sign_opened_for_tests(&json).expect("signed");
    sam.store.import_update(&seal_bytes(&code, &honest)).expect("the honest packing opens");
    // The same packing without Alex's signature is someone else, once Alex's phone is bound.
    refused(&mut sam, &seal_bytes(&code, &packed(&plain)), &[Error::Damaged, Error::FromSomeoneElse], "unsigned");
}

#[test]
fn a_delta_that_does_not_add_up_is_damaged() {
    let Scene { alex, mut sam, plain, code, .. } = scene();
    assert_eq!(plain["full"], json!(false), "after a swap both ways, the scene's update is a delta");
    let since = plain["since"].clone();
    let through = plain["through"].clone();
    let mut cases: Vec<(&str, Value, Error)> = Vec::new();
    let mut old_entry = plain.clone();
    old_entry["entries"][0]["stamp"] = since.clone();
    cases.push(("an entry my partner already confirmed", old_entry, Error::Damaged));
    let mut after_through = plain.clone();
    after_through["through"] = since.clone();
    cases.push(("entries newer than the update says it holds", after_through, Error::Damaged));
    let mut whole_with_since = plain.clone();
    whole_with_since["full"] = json!(true);
    cases.push(("a whole update that starts after a stamp", whole_with_since, Error::Damaged));
    let mut since_without_through = plain.clone();
    since_without_through["through"] = Value::Null;
    cases.push(("a delta that holds nothing", since_without_through, Error::Damaged));
    let mut bad_timeline = plain.clone();
    bad_timeline["timeline"] = json!("not a timeline");
    cases.push(("a timeline that is no id", bad_timeline, Error::Damaged));
    let mut future_through = plain.clone();
    future_through["through"]["ms"] = json!(through["ms"].as_i64().expect("ms") + 96 * 3_600_000);
    cases.push(("a through stamp four days ahead", future_through, Error::ClockAhead));
    let mut future_ack = plain.clone();
    future_ack["ack"]["through"]["ms"] = json!(through["ms"].as_i64().expect("ms") + 96 * 3_600_000);
    cases.push(("a confirmation four days ahead", future_ack, Error::ClockAhead));
    for (what, value, error) in cases {
        refused(&mut sam, &sealed(&alex, &code, &value), &[error], what);
    }
}

#[test]
fn my_own_update_and_a_strangers_are_refused() {
    let Scene { alex, mut sam, update, plain, code } = scene();
    let mine = sam.store.export_update().expect("sam's own");
    refused(&mut sam, &mine, &[Error::OwnUpdate], "my own update");

    let mut stranger = plain.clone();
    stranger["sender"]["person"] = json!(attune_core::PersonId::random());
    refused(&mut sam, &sealed(&alex, &code, &stranger), &[Error::Damaged, Error::FromSomeoneElse], "a third person");

    let mut for_someone_else = plain.clone();
    for_someone_else["recipient"] = json!(attune_core::PersonId::random());
    refused(&mut sam, &sealed(&alex, &code, &for_someone_else), &[Error::FromSomeoneElse], "addressed to someone else");

    // A real third person, paired with the same code (e.g. a new phone of someone else).
    let mut jo = phone("Jo", None);
    jo.store.enter_couple_code(&alex.store.exchange().expect("view").couple_code.expect("code")).expect("code");
    let from_jo = jo.store.export_update().expect("jo's update");
    refused(&mut sam, &from_jo, &[Error::FromSomeoneElse], "a stranger's file");

    // After all that, the real update still opens.
    let summary = sam.store.import_update(&update).expect("alex's update");
    assert_eq!(summary.new.check_ins, 3);
    assert_eq!(alex.store.my_reflections().expect("mine").len(), 3, "Alex's own phone is untouched");
}

#[test]
fn entries_claiming_to_be_mine_are_refused() {
    let Scene { alex, mut sam, plain, code, .. } = scene();
    let sam_id = sam.store.me();
    let mut forged = plain.clone();
    forged["entries"][0]["author"] = json!(sam_id);
    refused(&mut sam, &sealed(&alex, &code, &forged), &[Error::Damaged], "an entry authored by me");

    // An entry from Alex that reuses the id of one of Sam's own entries.
    let sam_entry = sam.store.shared_snapshot(sam_id).expect("snapshot")[0].id;
    let mut hijack = plain.clone();
    hijack["entries"][0]["id"] = json!(sam_entry);
    hijack["entries"][0]["stamp"]["ms"] = json!(plain["exported_ms"].as_i64().expect("ms") + 1);
    refused(&mut sam, &sealed(&alex, &code, &hijack), &[Error::Damaged], "an entry overwriting one of mine");
}

#[test]
fn an_oversized_file_is_refused_before_reading_it() {
    let Scene { mut sam, .. } = scene();
    let mut huge = b"age-encryption.org/v1\n".to_vec();
    huge.resize(MAX_FILE_BYTES + 1, b'a');
    refused(&mut sam, &huge, &[Error::TooLarge], "a file over the cap");
}

#[test]
fn an_update_before_pairing_asks_to_pair_first() {
    let Scene { update, .. } = scene();
    let mut lone = phone("Lee", None);
    refused(&mut lone, &update, &[Error::NotPaired], "not paired yet");
}
