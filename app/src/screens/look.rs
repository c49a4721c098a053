//! Swap by looking, on Exchange: my update shown as a code (one still code, or a moving
//! sequence), and my partner's code read through the camera and opened as a file would be.
//! The camera's pictures become grey pixels in the page and only the decoded bytes reach the
//! core (`attune_core::CodeReader`).

use std::rc::Rc;

use attune_core::{Code, CodeReader, Reading, Refusal, UpdateCodes};
use dioxus::prelude::*;

use crate::components::{Note, Status, fail, use_note};
use crate::core::{Actions, use_actions};

/// How long each frame of a sequence stays on the screen: ten a second, each seen by two or
/// three of a phone camera's pictures (see `attune_codes::FRAME_SYMBOL_BYTES`).
const FRAME_MS: u64 = 100;

/// What the swap-by-looking card is doing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Looking {
    Idle,
    Showing,
    Reading,
}

/// The card on Exchange: show mine, look at theirs.
#[component]
pub(crate) fn SwapByLooking(partner: String) -> Element {
    // Coming from Today's "Show … my update as a code": the code at once.
    let mut show_next = use_context::<crate::ShowCodeNext>().0;
    let mut mode = use_signal(move || {
        if show_next() {
            show_next.set(false);
            Looking::Showing
        } else {
            Looking::Idle
        }
    });
    rsx! {
        section { class: "card", id: "swap-by-looking",
            h2 { {t!("look-swap-by-looking")} }
            match mode() {
                Looking::Idle => rsx! {
                    p { class: "quiet", {t!("look-no-file-needed", partner = partner.clone())} }
                    div { class: "actions",
                        button { class: "primary", r#type: "button", onclick: move |_| mode.set(Looking::Showing), {t!("look-show-my-code")} }
                        button { class: "secondary", r#type: "button", onclick: move |_| mode.set(Looking::Reading), {t!("look-at-code", partner = partner.clone())} }
                    }
                },
                Looking::Showing => rsx! { ShowMyCode { partner: partner.clone(), mode } },
                Looking::Reading => rsx! { LookAtCode { partner: partner.clone(), mode } },
            }
        }
    }
}

/// My update as codes, with the sentence that says who may look.
#[component]
fn ShowMyCode(partner: String, mode: Signal<Looking>) -> Element {
    let actions = use_actions();
    let status = use_note();
    let codes = use_resource(move || async move {
        actions
            .run(|s| s.export_update())
            .await
            .and_then(|sealed| UpdateCodes::new(&sealed).map_err(attune_core::Error::from))
            .map(Rc::new)
    });
    let mut frame = use_signal(|| 0u32);
    // The page's own interval keeps the beat, so drawing a frame (slow on a slow phone) does not
    // stretch it; ticks that come while a frame is drawn skip ahead, which a fountain allows.
    use_future(move || async move {
        let mut ticks = document::eval(&format!(
            "clearInterval(window.__attuneFrames); window.__attuneFrames = setInterval(() => dioxus.send(1), {FRAME_MS});\
             await new Promise(() => {{}});"
        ));
        while ticks.recv::<u8>().await.is_ok() {
            frame += 1;
        }
    });
    use_drop(|| {
        document::eval("clearInterval(window.__attuneFrames);");
    });
    let done = move |_| async move {
        match actions.run(attune_core::Store::record_update_sent).await {
            Ok(()) => mode.set(Looking::Idle),
            Err(e) => fail(status, &e),
        }
    };
    // The code is the point of this screen: bring it into view, clear of the tab bar.
    use_effect(move || {
        if codes.read().is_some() {
            document::eval(
                "requestAnimationFrame(() => document.querySelector('svg.qr')?.scrollIntoView({ block: 'center', behavior: 'smooth' }));",
            );
        }
    });
    let shown = match &*codes.read() {
        None => return rsx! {},
        Some(Err(e)) => return rsx! { p { class: "error", role: "alert", {crate::i18n::error(e)} } },
        Some(Ok(codes)) => codes.clone(),
    };
    rsx! {
        match &*shown {
            UpdateCodes::One(code) => rsx! {
                QrPicture { code: code.clone() }
                p { {t!("look-let-partner-look", partner = partner.clone())} }
            },
            UpdateCodes::Sequence(fountain) => rsx! {
                QrPicture { code: fountain.frame(frame()) }
                p { {t!("look-let-partner-look", partner = partner.clone())} }
                p { class: "quiet small", {t!("look-codes-change", partner = partner.clone())} }
            },
            UpdateCodes::TooLarge { bytes } => rsx! {
                p { class: "note", role: "status", {t!("look-too-large", kilobytes = bytes.div_ceil(1024))} }
            },
        }
        div { class: "actions",
            if !matches!(&*shown, UpdateCodes::TooLarge { .. }) {
                button { class: "primary", r#type: "button", onclick: done, {t!("look-partner-has-it", partner = partner.clone())} }
            }
            button { class: "link", r#type: "button", onclick: move |_| mode.set(Looking::Idle), {t!("look-close")} }
        }
        Status { message: status() }
    }
}

/// One code, black on white with its quiet zone in both themes, as wide as the card.
#[component]
fn QrPicture(code: Code) -> Element {
    let side = code.side();
    rsx! {
        svg {
            class: "qr",
            view_box: "0 0 {side} {side}",
            role: "img",
            "aria-label": t!("look-code-label"),
            "shape-rendering": "crispEdges",
            rect { width: "{side}", height: "{side}", fill: "#fff" }
            path { d: code.svg_path(), fill: "#000" }
        }
    }
}

/// The page side of the camera: starts it facing `facing` and reads each picture until told to
/// stop. In the browser the reader is `app/codes-web`, a wasm of its own that the page loads now
/// (not on the first visit), and each answer goes to the app as `[kind, value]`: `looking`,
/// `reading <percent>`, `done <base64>`, `refused <Refusal>`. Elsewhere each picture goes to the
/// app as `["frame", width, height, grey pixels in base64]` and the core reads it. `["nocamera",
/// why]` when there is no camera, no permission or no reader. After each message the page waits
/// for a word back: `true` go on, `false` start the reading over.
const CAMERA_SCRIPT: &str = r"
const facing = await dioxus.recv();
let reader = null;
if (IN_PAGE) {
  try {
    const codes = await import('/codes/attune_codes_web.js');
    await codes.default();
    reader = () => new codes.Reader();
  } catch (e) { dioxus.send(['nocamera', 'NoReader']); return; }
}
let stream;
try {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw { name: 'NotSupportedError' };
  stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: facing, width: { ideal: 1280 }, height: { ideal: 720 } } });
} catch (e) { dioxus.send(['nocamera', String(e && e.name || 'Error')]); return; }
const video = document.getElementById('look-video');
const look = { stopped: false, stop() { this.stopped = true; stream.getTracks().forEach((t) => t.stop()); } };
window.__attuneLook?.stop();
window.__attuneLook = look;
if (!video) { look.stop(); return; }
video.srcObject = stream;
try { await video.play(); } catch (e) {}
const canvas = document.createElement('canvas');
const context = canvas.getContext('2d', { willReadFrequently: true });
// Each new camera picture is looked at once, as soon as it comes: none read twice while a new
// one waits. Where the browser cannot say (or says nothing for a while), look anyway.
let fresh = 1, woken = null;
const onPicture = () => { fresh++; woken?.(); if (!look.stopped) video.requestVideoFrameCallback(onPicture); };
if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(onPicture);
const nextPicture = () => fresh > 0 || !video.requestVideoFrameCallback ? null
  : new Promise((r) => { woken = r; setTimeout(r, 150); }).then(() => { woken = null; });
let current = reader && reader();
while (!look.stopped && video.isConnected) {
  await nextPicture();
  fresh = 0;
  const vw = video.videoWidth, vh = video.videoHeight;
  if (!vw || !vh) { await new Promise((r) => setTimeout(r, 100)); continue; }
  // A 720p picture is read whole: a sequence's frames need over 4 pixels a module.
  const scale = Math.min(1, 1280 / Math.max(vw, vh));
  const w = Math.round(vw * scale), h = Math.round(vh * scale);
  if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
  context.drawImage(video, 0, 0, w, h);
  const rgba = context.getImageData(0, 0, w, h).data;
  if (current) {
    let answer;
    try { answer = current.lookRgba(rgba, w, h).split(' '); } catch (e) { answer = ['refused', 'Damaged']; }
    dioxus.send(answer.length > 1 ? answer : [answer[0], '']);
  } else {
    const grey = new Uint8Array(w * h);
    for (let i = 0, j = 0; j < grey.length; i += 4, j++) grey[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
    let text = '';
    for (let i = 0; i < grey.length; i += 0x8000) text += String.fromCharCode.apply(null, grey.subarray(i, i + 0x8000));
    dioxus.send(['frame', String(w), String(h), btoa(text)]);
  }
  if (!(await dioxus.recv()) && reader) { current.free(); current = reader(); }
}
look.stop();
";

/// What the camera view says.
#[derive(Clone, PartialEq)]
enum Sight {
    Starting,
    Looking,
    Reading(u8),
    NoCamera,
    Opened,
}

/// The camera, reading my partner's code until the update is whole, then opening it exactly
/// as a picked file is opened.
#[component]
fn LookAtCode(partner: String, mode: Signal<Looking>) -> Element {
    let actions = use_actions();
    // Said here, under the camera, not also on the file card.
    let opened = use_note();
    let sight = use_signal(|| Sight::Starting);
    let mut back_camera = use_signal(|| true);
    let _camera = use_resource(move || async move {
        let facing = if back_camera() { "environment" } else { "user" };
        watch(facing, actions, sight, opened).await;
    });
    use_drop(stop_camera);
    rsx! {
        match sight() {
            Sight::NoCamera => rsx! {
                p { class: "note error", role: "alert", {t!("look-no-camera")} }
            },
            Sight::Opened => rsx! {
                Status { message: opened() }
                button { class: "primary", r#type: "button", onclick: move |_| mode.set(Looking::Showing), {t!("look-now-show-yours")} }
            },
            state => rsx! {
                video { id: "look-video", class: "camera", autoplay: true, muted: true, playsinline: true, aria_label: t!("look-camera-label") }
                p { role: "status",
                    match state {
                        Sight::Reading(percent) => t!("look-reading", percent = percent),
                        Sight::Starting => t!("look-starting-camera"),
                        _ => t!("look-point-camera", partner = partner.clone()),
                    }
                }
                Status { message: opened() }
                button { class: "link", r#type: "button", onclick: move |_| back_camera.toggle(), {t!("look-other-camera")} }
            },
        }
        button { class: "link", r#type: "button", onclick: move |_| mode.set(Looking::Idle), {t!("look-close")} }
    }
}

/// Runs the camera facing `facing` and reads what it sees until the update is opened (as a
/// picked file is), there is no camera, or the screen goes away. A refusal is said and the
/// reading starts over.
async fn watch(facing: &str, actions: Actions, mut sight: Signal<Sight>, mut opened: Note) {
    sight.set(Sight::Starting);
    let mut camera =
        document::eval(&CAMERA_SCRIPT.replace("IN_PAGE", if cfg!(target_arch = "wasm32") { "true" } else { "false" }));
    // The page's side is gone before it began: say so, and offer the file.
    if camera.send(facing).is_err() {
        sight.set(Sight::NoCamera);
        return;
    }
    let mut reader = CodeReader::new();
    loop {
        let message = match camera.recv::<Vec<String>>().await {
            Ok(message) => message,
            Err(e) => {
                // The page's side ended (it threw, or the screen went away): never a dead
                // screen, the sentence that points to the file.
                dioxus::logger::tracing::warn!("the camera stopped: {e}");
                sight.set(Sight::NoCamera);
                return;
            }
        };
        let Some(reading) = reading_from(&message, &mut reader) else {
            sight.set(Sight::NoCamera);
            return;
        };
        let go_on = match reading {
            Ok(Reading::Looking) => {
                sight.set(Sight::Looking);
                true
            }
            Ok(Reading::Reading { percent }) => {
                sight.set(Sight::Reading(percent));
                true
            }
            Ok(Reading::Done(sealed)) => {
                let received = actions.run(move |s| s.receive_update(&sealed)).await;
                let ok = received.is_ok();
                opened.set(Some(crate::shell::received_message(received)));
                if ok {
                    stop_camera();
                    sight.set(Sight::Opened);
                    return;
                }
                // Refused as the file would be: say why, and keep looking.
                sight.set(Sight::Looking);
                false
            }
            Err(refusal) => {
                opened.set(Some(Err(crate::i18n::error(&attune_core::Error::from(refusal)))));
                false
            }
        };
        if !go_on {
            reader = CodeReader::new();
        }
        if camera.send(go_on).is_err() {
            sight.set(Sight::NoCamera);
            return;
        }
    }
}

/// What one message of the page's camera script says; `None`: there is no camera.
fn reading_from(message: &[String], reader: &mut CodeReader) -> Option<Result<Reading, Refusal>> {
    Some(match message.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["nocamera", ..] => return None,
        ["frame", width, height, grey] => read_here(reader, width, height, grey),
        ["reading", percent, ..] => Ok(Reading::Reading { percent: percent.parse().unwrap_or(0) }),
        ["done", sealed, ..] => Ok(Reading::Done(
            base64::Engine::decode(&base64::engine::general_purpose::STANDARD, sealed).unwrap_or_default(),
        )),
        ["refused", name, ..] => Err(Refusal::from_name(name).unwrap_or(Refusal::Damaged)),
        _ => Ok(Reading::Looking),
    })
}

/// Reads a picture the page sent (desktop and phones: the core reads it in the app).
#[cfg(not(target_arch = "wasm32"))]
fn read_here(reader: &mut CodeReader, width: &str, height: &str, grey: &str) -> Result<Reading, Refusal> {
    let pixels = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, grey).unwrap_or_default();
    reader.look(&pixels, width.parse().unwrap_or(0), height.parse().unwrap_or(0))
}

/// In the browser the page reads its pictures itself (`app/codes-web`) and sends none here:
/// leaving the reader out of the app's wasm keeps it out of the first visit.
#[cfg(target_arch = "wasm32")]
#[allow(clippy::unnecessary_wraps, reason = "the same signature as the reader it stands in for")]
fn read_here(_: &mut CodeReader, _: &str, _: &str, _: &str) -> Result<Reading, Refusal> {
    Ok(Reading::Looking)
}

fn stop_camera() {
    document::eval("window.__attuneLook?.stop();");
}
