//! The web app's camera reader, as its own wasm (`app/codes-web/build.sh` writes it to
//! `app/public/codes/`). The page hands it each camera picture as the canvas gives it (RGBA,
//! made grey here) or as grey pixels; it answers with
//! one line the app's Rust reads: `looking`, `reading <percent>`, `done <base64 of the sealed
//! update>` or `refused <Refusal name>`. Nothing but the decoded bytes leaves it.

use attune_codes::{CodeReader, Reading};
use base64::Engine as _;
use wasm_bindgen::prelude::*;

/// One partner's code being read, picture after picture.
#[wasm_bindgen]
#[derive(Default)]
pub struct Reader {
    reader: CodeReader,
}

#[wasm_bindgen]
impl Reader {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Looks at one picture: `grey` is `width` × `height` luminance bytes, row by row.
    pub fn look(&mut self, grey: &[u8], width: u32, height: u32) -> String {
        answer(self.reader.look(grey, width, height))
    }

    /// Looks at one picture as the canvas gives it: `width` × `height` RGBA pixels.
    #[wasm_bindgen(js_name = lookRgba)]
    pub fn look_rgba(&mut self, rgba: &[u8], width: u32, height: u32) -> String {
        answer(self.reader.look_rgba(rgba, width, height))
    }
}

fn answer(reading: attune_codes::Result<Reading>) -> String {
    match reading {
        Ok(Reading::Looking) => "looking".to_owned(),
        Ok(Reading::Reading { percent }) => format!("reading {percent}"),
        Ok(Reading::Done(sealed)) => format!("done {}", base64::engine::general_purpose::STANDARD.encode(sealed)),
        Err(refusal) => format!("refused {}", refusal.name()),
    }
}

#[cfg(test)]
mod tests {
    use attune_codes::{Refusal, UpdateCodes};

    use super::*;

    #[test]
    fn the_answers_the_page_passes_on() {
        let UpdateCodes::One(code) = UpdateCodes::new(b"sealed").expect("drawn") else { panic!("one code") };
        let (grey, side) = code.to_grey(3);
        assert_eq!(Reader::new().look(&grey, side, side), "done c2VhbGVk");
        assert_eq!(Reader::new().look(&[0; 4], 2, 2), "looking");
        let rgba: Vec<u8> = grey.iter().flat_map(|g| [*g, *g, *g, 255]).collect();
        assert_eq!(Reader::new().look_rgba(&rgba, side, side), "done c2VhbGVk");
        assert_eq!(Reader::new().look_rgba(&rgba[4..], side, side), "looking", "a short picture is no picture");
        assert_eq!(answer(Err(Refusal::Damaged)), "refused Damaged");
        assert_eq!(Refusal::from_name("Damaged"), Some(Refusal::Damaged));
    }
}
