//! Swap by looking, through real pixels: my update drawn as codes, put through what a camera
//! does to a screen (another scale, a tilt, blur, noise, a grey room around it), read back,
//! and opened by my partner's phone exactly as the file would be.

// Test bytes and pixels: small whole numbers through wider types and back, by design.
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]

mod common;

use attune_codes::simulate::{self, Noise, Picture};
use attune_core::{CodeReader, Error, Reading, Received, UpdateCodes, codes};
use common::{Phone, check_in, paired_couple, paired_phones};

/// The way a camera sees a phone held over another: a bit small (the whole code 520 pixels
/// wide), turned 10°, soft and grainy.
fn as_a_camera_sees(code: &attune_core::Code, seed: u64) -> Picture {
    simulate::as_a_camera_sees(code, 520.0, 10.0, (800, 720), seed)
}

/// What the camera's picture gives, refusals said as the core says a file's.
fn look(reader: &mut CodeReader, picture: &Picture) -> Result<Reading, Error> {
    Ok(reader.look(&picture.grey, picture.width, picture.height)?)
}

/// Pictures the camera takes while one frame is on the screen (a frame stays 100 ms; a phone's
/// camera gives about 30 pictures a second, of which the page reads a few).
const PICTURES_A_FRAME: u64 = 3;

/// Sam looks at `codes` (the frames Alex's screen shows, in that order) until the update is
/// whole: each frame is photographed a few times, and a frame none of whose pictures read is
/// missed, as a camera misses frames. Returns the bytes, the share read after each frame, and
/// how many frames were missed.
fn read_all(codes: &UpdateCodes, frames: impl IntoIterator<Item = u32>) -> (Vec<u8>, Vec<u8>, u32) {
    let mut reader = CodeReader::new();
    let mut percents = Vec::new();
    let mut missed = 0;
    for index in frames {
        let code = match codes {
            UpdateCodes::One(code) => code.clone(),
            UpdateCodes::Sequence(fountain) => fountain.frame(index),
            UpdateCodes::TooLarge { .. } => panic!("too large to show"),
        };
        let mut read = false;
        for picture in 0..PICTURES_A_FRAME {
            let seed = u64::from(index) * 31 + picture + 7;
            match look(&mut reader, &as_a_camera_sees(&code, seed)).expect("reads") {
                Reading::Done(bytes) => return (bytes, percents, missed),
                Reading::Reading { percent } if percents.last() != Some(&percent) => {
                    percents.push(percent);
                    read = true;
                    break;
                }
                Reading::Reading { .. } | Reading::Looking => {}
            }
        }
        missed += u32::from(!read);
    }
    panic!("the frames ran out before the update was whole ({missed} missed)");
}

#[test]
fn a_camera_reads_most_pictures_of_a_code_on_a_screen() {
    // Sixteen different days' updates, each photographed once, tilted, soft and grainy.
    let mut read = 0;
    for day in 0..16u64 {
        let mut noise = Noise(day + 1);
        let sealed: Vec<u8> = (0..917).map(|_| (noise.next_u64() & 0xff) as u8).collect();
        let UpdateCodes::One(code) = UpdateCodes::new(&sealed).expect("drawn") else { panic!("one code") };
        if let Ok(Reading::Done(bytes)) = look(&mut CodeReader::new(), &as_a_camera_sees(&code, day)) {
            assert_eq!(bytes, sealed, "a code read is read right");
            read += 1;
        }
    }
    println!("pictures read on the first try: {read} of 16");
    assert!(read >= 12, "only {read} of 16 pictures read");
}

#[test]
fn a_camera_reads_most_frames_of_a_big_sequence() {
    // Frames are drawn with one fixed mask (to show ten a second): sixteen frames of a 256 kB
    // update, each photographed once as a phone camera gives them to the page (1280 × 720, the
    // code 560 pixels wide: 4.5 pixels a module), tilted 6°, soft and grainy. (At 960 × 540,
    // under 4 pixels a module, only 9 of 16 read: the page reads a 720p picture whole.)
    let big: Vec<u8> = (0..codes::MAX_SHOWN_BYTES).map(|i| (i * 7919 % 251) as u8).collect();
    let UpdateCodes::Sequence(fountain) = UpdateCodes::new(&big).expect("drawn") else { panic!("a sequence") };
    let mut read = 0;
    for index in (0..16u32).map(|i| i * 37) {
        let code = fountain.frame(index);
        assert!(code.version() <= 25, "a frame is no denser than a still code (version {})", code.version());
        let picture = simulate::as_a_camera_sees(&code, 560.0, 6.0, (1280, 720), u64::from(index) + 5);
        if matches!(CodeReader::new().look(&picture.grey, picture.width, picture.height), Ok(Reading::Reading { .. })) {
            read += 1;
        }
    }
    println!("frames of a 256 kB sequence read on the first try: {read} of 16");
    assert!(read >= 12, "only {read} of 16 frames read");
}

#[test]
fn my_daily_update_is_one_code_my_partners_camera_reads_and_opens() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("checks in");
    let sealed = alex.store.export_update().expect("exports");
    let codes = UpdateCodes::new(&sealed).expect("drawn");
    let UpdateCodes::One(code) = &codes else { panic!("a day's update ({} bytes) fits one code", sealed.len()) };
    println!("a day's sealed update: {} bytes, one code of version {}", sealed.len(), code.version());

    let (read, _, _) = read_all(&codes, 0..8);
    assert_eq!(read, sealed, "the camera gives back the file's very bytes");
    let Received::Opened(summary) = sam.store.receive_update(&read).expect("opens") else { panic!("opened") };
    assert_eq!(summary.new.check_ins, 1);
}

#[test]
fn a_whole_update_goes_as_a_sequence_read_with_a_third_of_the_frames_missed_in_any_order() {
    let (mut alex, mut sam) = paired_phones();
    for n in 0..60 {
        alex.store.save_check_in(check_in(1 + (n % 5) as u8, true)).expect("checks in");
        alex.clock.next_morning();
        sam.clock.next_morning();
    }
    let sealed = alex.store.export_update().expect("exports");
    let codes = UpdateCodes::new(&sealed).expect("drawn");
    let UpdateCodes::Sequence(fountain) = &codes else { panic!("{} bytes take a sequence", sealed.len()) };
    let needed = fountain.source_frames();
    assert!(needed > 2, "{} bytes in {needed} frames", sealed.len());
    println!("sixty days, whole: {} bytes in {needed} frames", sealed.len());

    // Every third frame missed, and the rest arriving shuffled: no frame is caught in turn.
    let mut shown: Vec<u32> = (0..needed * 3).filter(|i| i % 3 != 1).collect();
    let mut noise = Noise(99);
    for i in (1..shown.len()).rev() {
        shown.swap(i, (noise.next_u64() % (i as u64 + 1)) as usize);
    }
    let (read, percents, missed) = read_all(&codes, shown);
    println!("frames missed by the camera besides those dropped: {missed}");
    assert_eq!(read, sealed);
    assert!(percents.windows(2).all(|w| w[0] <= w[1]), "the share read only grows: {percents:?}");
    assert!(percents.iter().all(|p| *p < 100));
    let Received::Opened(summary) = sam.store.receive_update(&read).expect("opens") else { panic!("opened") };
    assert_eq!(summary.new.check_ins, 60);
}

#[test]
fn a_256_kilobyte_update_goes_as_codes_and_anything_bigger_is_for_the_file() {
    let big: Vec<u8> = (0..codes::MAX_SHOWN_BYTES).map(|i| (i * 7919 % 256) as u8).collect();
    let codes = UpdateCodes::new(&big).expect("drawn");
    let UpdateCodes::Sequence(fountain) = &codes else { panic!("a sequence") };
    // Straight from the frames' bytes (the pixels are tested above): 30 % lost, shuffled.
    let frames = fountain.source_frames();
    let mut reader = CodeReader::new();
    let mut done = None;
    for index in (0..frames * 2).filter(|i| i % 10 >= 3) {
        let code = fountain.frame(index);
        let (grey, side) = code.to_grey(2);
        if let Reading::Done(bytes) = reader.look(&grey, side, side).expect("reads") {
            done = Some(bytes);
            break;
        }
    }
    assert_eq!(done.expect("whole"), big);
    let too_big = vec![0u8; codes::MAX_SHOWN_BYTES + 1];
    assert!(matches!(UpdateCodes::new(&too_big).expect("answers"), UpdateCodes::TooLarge { .. }));
}

/// What opening these bytes as a file gives, on a fresh copy of `phone`'s situation.
fn as_file(phone: &mut Phone, bytes: &[u8]) -> Result<Received, Error> {
    phone.store.receive_update(bytes)
}

#[test]
fn a_damaged_or_strange_code_gets_the_errors_a_damaged_or_strange_file_gets() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("checks in");
    let mut sealed = alex.store.export_update().expect("exports");
    let middle = sealed.len() / 2;
    sealed[middle] ^= 0x40;
    let codes = UpdateCodes::new(&sealed).expect("drawn");
    let (read, _, _) = read_all(&codes, 0..8);
    let before = sam.store.exchange().expect("view");
    assert_eq!(as_file(&mut sam, &read), Err(Error::Damaged));
    assert_eq!(sam.store.exchange().expect("view"), before, "nothing changed on a refusal");

    // A stranger's update, shown as a code: the same error as the stranger's file.
    let (stranger, _) = paired_couple();
    let theirs = stranger.store.export_update().expect("exports");
    let from_file = as_file(&mut sam, &theirs);
    let (read, _, _) = read_all(&UpdateCodes::new(&theirs).expect("drawn"), 0..8);
    assert_eq!(as_file(&mut sam, &read), from_file);
    assert!(from_file.is_err());

    // A code that is not Attune's at all.
    let mut reader = CodeReader::new();
    assert_eq!(reader.take_text("WIFI:S:home;T:WPA;P:secret;;").map_err(Error::from), Err(Error::NotAnAttuneFile));
}

#[test]
fn a_picture_with_no_code_keeps_looking() {
    let mut reader = CodeReader::new();
    let mut room = Picture { width: 640, height: 480, grey: vec![128; 640 * 480] };
    simulate::add_noise(&mut room, 60, 3);
    assert_eq!(look(&mut reader, &room), Ok(Reading::Looking));
    assert_eq!(codes::read_code(&room.grey, 640, 480).map_err(Error::from), Err(Error::Damaged));
}
