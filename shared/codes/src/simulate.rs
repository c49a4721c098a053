//! What a camera sees of a code on another phone's screen (tests, benchmarks and the browser
//! suite's fake camera only; behind the `simulate` feature): the code at a scale that is not a
//! whole number of pixels a module, turned, in a grey room, the screen's black a glowing grey,
//! then softened and grainy.

// Pixel arithmetic: small whole numbers through floats and back, by design.
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap
)]

use crate::Code;

/// The table around the phone, as grey as the screen's white is not.
const ROOM: f32 = 120.0;

/// A camera's picture: luminance, row by row.
#[derive(Clone, Debug)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub grey: Vec<u8>,
}

/// A small deterministic generator (xorshift), so a failing picture can be made again.
pub struct Noise(pub u64);

impl Noise {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `code` seen `pixels_per_module` camera pixels a module, turned by `degrees`, in the middle
/// of a `width` × `height` picture with the room around it.
pub fn photograph(code: &Code, pixels_per_module: f32, degrees: f32, width: u32, height: u32) -> Picture {
    let (shown, side) = code.to_grey(1);
    let (cos, sin) = (degrees.to_radians().cos(), degrees.to_radians().sin());
    let (cx, cy) = (width as f32 / 2.0, height as f32 / 2.0);
    let half = side as f32 / 2.0;
    let mut grey = Vec::with_capacity((width * height) as usize);
    for y in 0..height {
        for x in 0..width {
            // Back from the camera's pixel to the screen's module, turned the other way.
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let u = (cos * dx + sin * dy) / pixels_per_module + half;
            let v = (-sin * dx + cos * dy) / pixels_per_module + half;
            let value = if u < 0.0 || v < 0.0 || u >= side as f32 - 1.0 || v >= side as f32 - 1.0 {
                ROOM
            } else {
                let (u0, v0) = (u.floor() as u32, v.floor() as u32);
                let (fu, fv) = (u - u0 as f32, v - v0 as f32);
                let at = |xx: u32, yy: u32| f32::from(shown[(yy * side + xx) as usize]);
                let top = at(u0, v0) * (1.0 - fu) + at(u0 + 1, v0) * fu;
                let bottom = at(u0, v0 + 1) * (1.0 - fu) + at(u0 + 1, v0 + 1) * fu;
                top * (1.0 - fv) + bottom * fv
            };
            // A screen's black glows and its white is not paper.
            grey.push((35.0 + value * (215.0 - 35.0) / 255.0) as u8);
        }
    }
    Picture { width, height, grey }
}

/// A lens slightly out of focus: each pixel the mean of its 3 × 3 neighbours.
pub fn blur(p: &mut Picture) {
    let (w, h) = (p.width as usize, p.height as usize);
    let source = p.grey.clone();
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let mut sum = 0u32;
            for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 1), (1, 2), (2, 2)] {
                sum += u32::from(source[(y + dy - 1) * w + x + dx - 1]);
            }
            p.grey[y * w + x] = (sum / 9) as u8;
        }
    }
}

/// A sensor's grain: every pixel moved by up to `amplitude` either way.
pub fn add_noise(p: &mut Picture, amplitude: i32, seed: u64) {
    let mut noise = Noise(seed);
    for v in &mut p.grey {
        let delta = (noise.next_u64() % (2 * amplitude as u64 + 1)) as i32 - amplitude;
        *v = (i32::from(*v) + delta).clamp(0, 255) as u8;
    }
}

/// The way a camera sees a phone held over another: the code `side_pixels` wide in a
/// `width` × `height` picture, turned `degrees`, soft and grainy.
pub fn as_a_camera_sees(
    code: &Code,
    side_pixels: f32,
    degrees: f32,
    (width, height): (u32, u32),
    seed: u64,
) -> Picture {
    let mut picture = photograph(code, side_pixels / code.side() as f32, degrees, width, height);
    blur(&mut picture);
    add_noise(&mut picture, 24, seed);
    picture
}
