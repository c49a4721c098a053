//! Swap by looking: my sealed update (the very bytes of a `.attune` file) drawn as QR codes for
//! my partner's camera, and their codes read back from grey camera pixels into those bytes.
//!
//! A small update is one code. A bigger one is a fountain (RaptorQ, RFC 6330): an endless run of
//! frames of which any few more than the update's size, in any order, rebuild it, so the camera
//! need not catch each frame in turn. What comes out is opened exactly as a file is
//! (`Store::receive_update`): the codes add no trust and no format to the update itself, and a
//! code that is not one of ours gets the error a file that is not ours gets.
//!
//! A frame's bytes travel as base45 text in QR's alphanumeric mode: every reader gives such text
//! back exactly (bytes in byte mode come back through a guessed character set), for 3 % more
//! modules than bytes would take.
//!
//! Crates, chosen for being pure Rust (the same code in wasm, on the desktop and in tests):
//! `qrcode` draws, `rxing` (ZXing's reader) finds and reads codes in a picture, `raptorq` makes
//! the fountain, `base45` writes bytes as alphanumeric text.
//!
//! A crate of its own, without storage: the core re-exports it (and turns a [`Refusal`] into
//! the error a file gets), and the web app loads its reader as a separate small wasm only when
//! the camera opens (`app/codes-web`), so a first visit does not download it.

use std::collections::HashSet;
use std::fmt::Write as _;

use qrcode::{EcLevel, QrCode};
use raptorq::{Decoder, Encoder, EncodingPacket, ObjectTransmissionInformation, PayloadId};
use sha2::{Digest, Sha256};

#[cfg(feature = "simulate")]
pub mod simulate;

/// Why a code read from the camera is refused: the same reasons, and the same words, as a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not one of Attune's codes (a web address, a Wi-Fi code, …).
    NotAnAttuneFile,
    /// Written by a newer Attune, in a frame format this one can't read.
    FromNewerVersion,
    /// One of ours, but broken: a frame that contradicts itself, or frames that don't add up.
    Damaged,
    /// Claims to carry more than any update shown as codes can.
    TooLarge,
}

impl Refusal {
    /// A name that survives a trip through the web app's page (`app/codes-web`).
    pub fn name(self) -> &'static str {
        match self {
            Refusal::NotAnAttuneFile => "NotAnAttuneFile",
            Refusal::FromNewerVersion => "FromNewerVersion",
            Refusal::Damaged => "Damaged",
            Refusal::TooLarge => "TooLarge",
        }
    }

    pub fn from_name(name: &str) -> Option<Refusal> {
        [Refusal::NotAnAttuneFile, Refusal::FromNewerVersion, Refusal::Damaged, Refusal::TooLarge]
            .into_iter()
            .find(|r| r.name() == name)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::error::Error for Refusal {}

pub type Result<T> = std::result::Result<T, Refusal>;

/// The largest update shown as one still code. At error correction level L it needs a code of
/// version 25 at most (117 modules a side), which a phone's camera reads across a table.
pub const ONE_CODE_MAX_BYTES: usize = 1_200;

/// The largest update shown as a moving sequence; past it the file is the way.
pub const MAX_SHOWN_BYTES: usize = 256 * 1024;

/// Bytes of the update each frame of a sequence carries (a multiple of the symbol alignment):
/// a frame is then a code of version 25, no denser than the biggest still code. With frames
/// shown ten a second that is 12 kB a second, so a 256 kB update needs 219 frames, 22 s, and
/// still comes whole within 30 s when a quarter of the frames are missed. (Frames of 896 bytes
/// four a second took 73 s.)
pub const FRAME_SYMBOL_BYTES: u16 = 1_200;

/// Every frame starts with these two bytes and the frame format's version.
const MAGIC: &[u8; 2] = b"AT";
const FRAMES_VERSION: u8 = 1;
const KIND_ONE: u8 = b'1';
const KIND_FOUNTAIN: u8 = b'F';
/// Magic, version, kind, update id, length, symbol size, packet id.
const FOUNTAIN_HEADER: usize = 2 + 1 + 1 + 4 + 4 + 2 + 4;
const ALIGNMENT: u8 = 8;

/// The largest picture a look examines, in pixels (a 4K frame); bigger ones are not searched.
const MAX_PIXELS: usize = 3840 * 2160;

/// One QR code, as modules: `true` is dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// Modules per side, without the quiet zone.
    pub width: u32,
    dark: Vec<bool>,
}

impl Code {
    /// The quiet zone a reader needs around the code, in modules, on every side.
    pub const QUIET_ZONE: u32 = 4;

    /// Draws a still code's bytes, as base45 text, with the mask that reads best (`qrcode`
    /// tries all eight: 6 ms for a version-25 code, spent once).
    fn draw(frame: &[u8]) -> Result<Code> {
        Code::draw_text(&base45::encode(frame))
    }

    fn draw_text(text: &str) -> Result<Code> {
        let code = QrCode::with_error_correction_level(text, EcLevel::L).map_err(|_| Refusal::TooLarge)?;
        Ok(Code {
            width: u32::try_from(code.width()).expect("a QR code is at most 177 modules a side"),
            dark: code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect(),
        })
    }

    /// Draws one frame of a moving sequence with a fixed mask: 0.15 ms instead of 6, so a slow
    /// phone shows ten frames a second. The mask only breaks up patterns that could look like a
    /// finder; a sealed update's bytes are as good as random, so the first mask serves, and a
    /// frame the camera misses is made up by any other.
    fn draw_quickly(frame: &[u8]) -> Result<Code> {
        use qrcode::canvas::{Canvas, MaskPattern};
        let text = base45::encode(frame);
        let too_large = |_| Refusal::TooLarge;
        let bits = qrcode::bits::encode_auto(text.as_bytes(), EcLevel::L).map_err(too_large)?;
        let version = bits.version();
        let (data, ec) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, EcLevel::L).map_err(too_large)?;
        let mut canvas = Canvas::new(version, EcLevel::L);
        canvas.draw_all_functional_patterns();
        canvas.draw_data(&data, &ec);
        canvas.apply_mask(MaskPattern::Checkerboard);
        Ok(Code {
            width: u32::try_from(version.width()).expect("a QR code is at most 177 modules a side"),
            dark: canvas.into_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect(),
        })
    }

    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.width && self.dark[(y * self.width + x) as usize]
    }

    /// The QR version (1–40) this code is drawn at.
    pub fn version(&self) -> u32 {
        (self.width - 17) / 4
    }

    /// Side of the whole picture in modules, quiet zone included.
    pub fn side(&self) -> u32 {
        self.width + 2 * Self::QUIET_ZONE
    }

    /// An SVG path of the dark modules (one unit a module, the quiet zone included in the
    /// offsets), runs of a row merged, for a `viewBox` of `0 0 side side`.
    pub fn svg_path(&self) -> String {
        let mut path = String::with_capacity(self.dark.len() * 3);
        let q = Self::QUIET_ZONE;
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                let _ = write!(path, "M{} {}h{run}v1h-{run}z", start + q, y + q);
            }
        }
        path
    }

    /// The code as grey pixels (0 dark, 255 light), `scale` pixels a module, quiet zone
    /// included: what a screen shows, for tests and benchmarks.
    pub fn to_grey(&self, scale: u32) -> (Vec<u8>, u32) {
        let side = self.side() * scale;
        let mut pixels = vec![255u8; (side * side) as usize];
        for y in 0..self.width {
            for x in 0..self.width {
                if self.is_dark(x, y) {
                    let (px, py) = ((x + Self::QUIET_ZONE) * scale, (y + Self::QUIET_ZONE) * scale);
                    for row in py..py + scale {
                        let start = (row * side + px) as usize;
                        pixels[start..start + scale as usize].fill(0);
                    }
                }
            }
        }
        (pixels, side)
    }
}

/// My update, ready to be shown.
pub enum UpdateCodes {
    /// Small enough for one still code.
    One(Code),
    /// A moving sequence: show `frame(0)`, `frame(1)`, … for as long as the partner looks.
    Sequence(Fountain),
    /// Bigger than `MAX_SHOWN_BYTES`: the file is the way.
    TooLarge { bytes: usize },
}

impl UpdateCodes {
    /// Draws `sealed` (the bytes `Store::export_update` gives) as codes.
    pub fn new(sealed: &[u8]) -> Result<UpdateCodes> {
        if sealed.len() > MAX_SHOWN_BYTES {
            return Ok(UpdateCodes::TooLarge { bytes: sealed.len() });
        }
        if sealed.len() <= ONE_CODE_MAX_BYTES {
            let mut frame = Vec::with_capacity(sealed.len() + 4);
            frame.extend_from_slice(MAGIC);
            frame.extend_from_slice(&[FRAMES_VERSION, KIND_ONE]);
            frame.extend_from_slice(sealed);
            return Ok(UpdateCodes::One(Code::draw(&frame)?));
        }
        Ok(UpdateCodes::Sequence(Fountain::new(sealed)))
    }
}

/// A fountain of frames for one update: the first `source_frames` carry the update in order,
/// every later one a repair symbol, so a reader that missed some fills the gaps from any others.
pub struct Fountain {
    header: [u8; FOUNTAIN_HEADER - 4],
    source: Vec<EncodingPacket>,
    encoder: Encoder,
}

impl Fountain {
    fn new(sealed: &[u8]) -> Fountain {
        let config = ObjectTransmissionInformation::new(sealed.len() as u64, FRAME_SYMBOL_BYTES, 1, 1, ALIGNMENT);
        let encoder = Encoder::new(sealed, config);
        let source = encoder.get_block_encoders()[0].source_packets();
        let mut header = [0u8; FOUNTAIN_HEADER - 4];
        header[..2].copy_from_slice(MAGIC);
        header[2] = FRAMES_VERSION;
        header[3] = KIND_FOUNTAIN;
        header[4..8].copy_from_slice(&update_id(sealed));
        let length = u32::try_from(sealed.len()).expect("at most MAX_SHOWN_BYTES");
        header[8..12].copy_from_slice(&length.to_be_bytes());
        header[12..14].copy_from_slice(&FRAME_SYMBOL_BYTES.to_be_bytes());
        Fountain { header, source, encoder }
    }

    /// How many frames carry the update once; a reader needs about this many, any of them.
    pub fn source_frames(&self) -> u32 {
        u32::try_from(self.source.len()).expect("at most MAX_SHOWN_BYTES / FRAME_SYMBOL_BYTES")
    }

    /// The `index`th frame: the update's own pieces first, then repair pieces without end.
    pub fn frame(&self, index: u32) -> Code {
        let packet = match self.source.get(index as usize) {
            Some(p) => p.clone(),
            None => self.encoder.get_block_encoders()[0].repair_packets(index - self.source_frames(), 1).remove(0),
        };
        let mut bytes = Vec::with_capacity(FOUNTAIN_HEADER + packet.data().len());
        bytes.extend_from_slice(&self.header);
        bytes.extend_from_slice(&packet.serialize());
        Code::draw_quickly(&bytes).expect("a frame fits a code: its size is fixed well under version 40")
    }
}

fn update_id(sealed: &[u8]) -> [u8; 4] {
    let digest = Sha256::digest(sealed);
    [digest[0], digest[1], digest[2], digest[3]]
}

/// What one look at the camera found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    /// No readable code in this picture (yet): keep looking.
    Looking,
    /// Part of a sequence is in: `percent` of what is needed, never 100 before it is whole.
    Reading { percent: u8 },
    /// The whole update, to be opened as a file would be.
    Done(Vec<u8>),
}

/// Reads my partner's codes, one camera picture at a time.
#[derive(Default)]
pub struct CodeReader {
    fountain: Option<Collecting>,
}

struct Collecting {
    id: [u8; 4],
    length: u32,
    symbol_bytes: u16,
    needed: usize,
    seen: HashSet<u32>,
    decoder: Decoder,
}

impl CodeReader {
    pub fn new() -> CodeReader {
        CodeReader::default()
    }

    /// Looks at one picture: `grey` is `width` × `height` luminance bytes, row by row.
    /// A code that is not Attune's gives the error a file that is not Attune's gives.
    pub fn look(&mut self, grey: &[u8], width: u32, height: u32) -> Result<Reading> {
        match code_in(grey, width, height) {
            Some(text) => self.take_text(&text),
            None => Ok(self.progress()),
        }
    }

    /// Looks at one picture as a canvas gives it: `rgba` is `width` × `height` pixels of four
    /// bytes, made grey here (faster in wasm than in the page's script).
    pub fn look_rgba(&mut self, rgba: &[u8], width: u32, height: u32) -> Result<Reading> {
        if rgba.len() != (width as usize).saturating_mul(height as usize).saturating_mul(4) {
            return Ok(self.progress());
        }
        self.look(&grey_from_rgba(rgba), width, height)
    }

    /// Takes the text one code held (what `look` does with the code it reads).
    pub fn take_text(&mut self, text: &str) -> Result<Reading> {
        let frame = base45::decode(text).map_err(|_| Refusal::NotAnAttuneFile)?;
        self.take(&frame)
    }

    /// Takes the bytes of one frame.
    pub fn take(&mut self, payload: &[u8]) -> Result<Reading> {
        if payload.len() < 4 || &payload[..2] != MAGIC {
            return Err(Refusal::NotAnAttuneFile);
        }
        if payload[2] > FRAMES_VERSION {
            return Err(Refusal::FromNewerVersion);
        }
        match (payload[2], payload[3]) {
            (FRAMES_VERSION, KIND_ONE) => Ok(Reading::Done(payload[4..].to_vec())),
            (FRAMES_VERSION, KIND_FOUNTAIN) => self.take_frame(payload),
            _ => Err(Refusal::Damaged),
        }
    }

    fn take_frame(&mut self, frame: &[u8]) -> Result<Reading> {
        if frame.len() < FOUNTAIN_HEADER {
            return Err(Refusal::Damaged);
        }
        let id: [u8; 4] = frame[4..8].try_into().expect("four bytes");
        let length = u32::from_be_bytes(frame[8..12].try_into().expect("four bytes"));
        let symbol_bytes = u16::from_be_bytes(frame[12..14].try_into().expect("two bytes"));
        let packet_id: [u8; 4] = frame[14..18].try_into().expect("four bytes");
        let symbol = &frame[FOUNTAIN_HEADER..];
        if length as usize > MAX_SHOWN_BYTES {
            return Err(Refusal::TooLarge);
        }
        if length == 0
            || symbol_bytes == 0
            || !symbol_bytes.is_multiple_of(u16::from(ALIGNMENT))
            || symbol.len() != usize::from(symbol_bytes)
            || PayloadId::deserialize(&packet_id).source_block_number() != 0
        {
            return Err(Refusal::Damaged);
        }
        let same =
            self.fountain.as_ref().is_some_and(|c| c.id == id && c.length == length && c.symbol_bytes == symbol_bytes);
        if !same {
            // A new update (my partner made another): start again with its frames.
            let config = ObjectTransmissionInformation::new(u64::from(length), symbol_bytes, 1, 1, ALIGNMENT);
            self.fountain = Some(Collecting {
                id,
                length,
                symbol_bytes,
                needed: (length as usize).div_ceil(usize::from(symbol_bytes)),
                seen: HashSet::new(),
                decoder: Decoder::new(config),
            });
        }
        let collecting = self.fountain.as_mut().expect("set just above");
        let packet_id = PayloadId::deserialize(&packet_id);
        if !collecting.seen.insert(packet_id.encoding_symbol_id()) {
            return Ok(self.progress());
        }
        if let Some(sealed) = collecting.decoder.decode(EncodingPacket::new(packet_id, symbol.to_vec())) {
            self.fountain = None;
            if update_id(&sealed) != id {
                return Err(Refusal::Damaged);
            }
            return Ok(Reading::Done(sealed));
        }
        Ok(self.progress())
    }

    fn progress(&self) -> Reading {
        match &self.fountain {
            None => Reading::Looking,
            Some(c) => {
                Reading::Reading { percent: u8::try_from((c.seen.len() * 100 / c.needed.max(1)).min(99)).unwrap_or(99) }
            }
        }
    }
}

/// Luminance (ITU-R BT.601 weights, in whole numbers) of RGBA pixels.
#[expect(clippy::cast_possible_truncation, reason = "the weights add up to 256: at most 255 after the shift")]
pub fn grey_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}

/// The text of the QR code readable in a grey picture, if there is one.
fn code_in(grey: &[u8], width: u32, height: u32) -> Option<String> {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h == 0 || w.saturating_mul(h) > MAX_PIXELS || grey.len() != w * h {
        return None;
    }
    let mut hints = rxing::DecodeHints::default().with(rxing::DecodeHintValue::TryHarder(true));
    rxing::helpers::detect_in_luma_slice_with_hints(
        grey,
        width,
        height,
        Some(rxing::BarcodeFormat::QR_CODE),
        &mut hints,
    )
    .ok()
    .map(|found| found.getText().to_owned())
}

/// Reads the one code in a picture (a still code: the whole update, or one frame of a sequence
/// as `Reading::Reading`). No readable code gives `Refusal::Damaged`, as a damaged file does.
pub fn read_code(grey: &[u8], width: u32, height: u32) -> Result<Reading> {
    let mut reader = CodeReader::new();
    match reader.look(grey, width, height)? {
        Reading::Looking => Err(Refusal::Damaged),
        found => Ok(found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(n: usize) -> Vec<u8> {
        (0..n).map(|i| u8::try_from(i * 31 % 251).expect("under 251")).collect()
    }

    #[test]
    fn a_small_update_is_one_code_read_back_whole() {
        let sealed = bytes(ONE_CODE_MAX_BYTES);
        let UpdateCodes::One(code) = UpdateCodes::new(&sealed).unwrap() else { panic!("one code") };
        assert!(code.version() <= 25, "version {}", code.version());
        let (grey, side) = code.to_grey(3);
        assert_eq!(read_code(&grey, side, side).unwrap(), Reading::Done(sealed));
    }

    #[test]
    fn a_code_that_is_not_ours_is_refused_as_a_file_that_is_not_ours() {
        let code = Code::draw_text("https://example.com").unwrap();
        let (grey, side) = code.to_grey(4);
        assert_eq!(read_code(&grey, side, side), Err(Refusal::NotAnAttuneFile));
        assert_eq!(CodeReader::new().take(b"AT\x09F"), Err(Refusal::FromNewerVersion));
        assert_eq!(CodeReader::new().take(b"AT\x01F short"), Err(Refusal::Damaged));
    }

    #[test]
    fn a_hand_made_fountain_header_cannot_make_the_reader_panic_or_grow() {
        let mut frame = Vec::new();
        frame.extend_from_slice(b"AT\x01F");
        frame.extend_from_slice(&[1, 2, 3, 4]);
        frame.extend_from_slice(&u32::MAX.to_be_bytes());
        frame.extend_from_slice(&896u16.to_be_bytes());
        frame.extend_from_slice(&[0, 0, 0, 0]);
        frame.extend_from_slice(&[0; 896]);
        assert_eq!(CodeReader::new().take(&frame), Err(Refusal::TooLarge));
        frame[8..12].copy_from_slice(&1000u32.to_be_bytes());
        frame[14] = 3; // another source block than the only one
        assert_eq!(CodeReader::new().take(&frame), Err(Refusal::Damaged));
        frame[14] = 0;
        frame[12..14].copy_from_slice(&0u16.to_be_bytes());
        assert_eq!(CodeReader::new().take(&frame), Err(Refusal::Damaged));
    }

    #[test]
    fn a_picture_of_the_wrong_size_is_no_code_not_a_panic() {
        assert_eq!(CodeReader::new().look(&[0; 10], 5, 5).unwrap(), Reading::Looking);
        assert_eq!(CodeReader::new().look(&[], 0, 0).unwrap(), Reading::Looking);
    }

    #[test]
    fn past_the_limit_the_file_is_the_way() {
        let sealed = bytes(MAX_SHOWN_BYTES + 1);
        assert!(matches!(UpdateCodes::new(&sealed).unwrap(), UpdateCodes::TooLarge { bytes } if bytes == sealed.len()));
    }
}
