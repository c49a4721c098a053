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
        Ok(summary) => panic!("{what}: accepted ({})", summary.message()),
        Err(e) => assert!(allowed.contains(&e), "{what}: got {e:?}, expected one of {allowed:?}"),
    }
    assert_eq!(sam.store.dump().expect("dump"), before, "{what}: the database changed");
}

fn plain_bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).expect("serialises")
}

/// `v` sealed with the couple's code, as a hand-made file from someone who knows it.
fn sealed(code: &CoupleCode, v: &Value) -> Vec<u8> {
    attune_core::crypto::seal_update(&plain_bytes(v), code).expect("sealed")
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
    let Scene { mut sam, plain, code, .. } = scene();
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
        refused(&mut sam, &sealed(&code, &value), &[Error::Damaged], what);
    }
}

#[test]
fn a_newer_version_asks_for_an_update_of_attune() {
    let Scene { mut sam, plain, code, .. } = scene();
    let mut newer = plain.clone();
    newer["version"] = json!(2);
    newer["something_new"] = json!({"we": "can't read this"});
    refused(&mut sam, &sealed(&code, &newer), &[Error::FromNewerVersion], "format version 2");
}

#[test]
fn my_own_update_and_a_strangers_are_refused() {
    let Scene { alex, mut sam, update, plain, code } = scene();
    let mine = sam.store.export_update().expect("sam's own");
    refused(&mut sam, &mine, &[Error::OwnUpdate], "my own update");

    let mut stranger = plain.clone();
    stranger["sender"]["person"] = json!(attune_core::PersonId::random());
    refused(&mut sam, &sealed(&code, &stranger), &[Error::Damaged, Error::FromSomeoneElse], "a third person");

    let mut for_someone_else = plain.clone();
    for_someone_else["recipient"] = json!(attune_core::PersonId::random());
    refused(&mut sam, &sealed(&code, &for_someone_else), &[Error::FromSomeoneElse], "addressed to someone else");

    // A real third person, paired with the same code (e.g. a new phone of someone else).
    let mut jo = phone("Jo", None);
    jo.store.enter_couple_code(&alex.store.exchange().expect("view").couple_code.expect("code")).expect("code");
    let from_jo = jo.store.export_update().expect("jo's update");
    refused(&mut sam, &from_jo, &[Error::FromSomeoneElse], "a stranger's file");

    // After all that, the real update still opens.
    let summary = sam.store.import_update(&update).expect("alex's update");
    assert_eq!(summary.new.check_ins, 3);
    let _ = alex.store.today().expect("alex untouched");
}

#[test]
fn entries_claiming_to_be_mine_are_refused() {
    let Scene { mut sam, plain, code, .. } = scene();
    let sam_id = sam.store.me();
    let mut forged = plain.clone();
    forged["entries"][0]["author"] = json!(sam_id);
    refused(&mut sam, &sealed(&code, &forged), &[Error::Damaged], "an entry authored by me");

    // An entry from Alex that reuses the id of one of Sam's own entries.
    let sam_entry = sam.store.shared_snapshot(sam_id).expect("snapshot")[0].id;
    let mut hijack = plain.clone();
    hijack["entries"][0]["id"] = json!(sam_entry);
    hijack["entries"][0]["stamp"]["ms"] = json!(plain["exported_ms"].as_i64().expect("ms") + 1);
    refused(&mut sam, &sealed(&code, &hijack), &[Error::Damaged], "an entry overwriting one of mine");
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
