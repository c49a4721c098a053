//! Handing a file to the person: the desktop's native save dialog, in the browser the phone's
//! share sheet (Web Share with files) or a download where the browser can't share the file,
//! and on phones the app's outbox folder, from which the platform layer opens the share sheet.
//! Opening files is an `<input type="file">` on every platform (the native picker on desktop
//! and phones, the browser's file chooser on the web).

/// Where an offered file went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offered {
    /// Handed to the share sheet, which sent it on (phones and the web; a desktop saves).
    #[cfg_attr(all(feature = "desktop", not(target_arch = "wasm32")), allow(dead_code))]
    Shared,
    /// Saved or downloaded; where, in the person's words.
    Saved(String),
}

impl Offered {
    /// The sentence for the person: `shared` after the share sheet, `saved(place)` otherwise.
    pub fn say(&self, shared: String, saved: impl FnOnce(&str) -> String) -> String {
        match self {
            Offered::Shared => shared,
            Offered::Saved(place) => saved(place),
        }
    }
}

/// Offers `bytes` as a file named `file_name`. Returns where it went, or `None` if the person
/// cancelled.
pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<Offered>, String> {
    imp::offer(file_name, bytes).await
}

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
mod imp {
    pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<super::Offered>, String> {
        let Some(handle) = rfd::AsyncFileDialog::new().set_file_name(file_name).save_file().await else {
            return Ok(None);
        };
        let path = handle.path().to_path_buf();
        // Whole or not at all: a full disk never destroys the file being replaced.
        attune_core::files::write_whole(&path, &bytes).map_err(|e| t!("files-save-failed", cause = e.to_string()))?;
        Ok(Some(super::Offered::Saved(path.display().to_string())))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{Array, Function, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    #[allow(clippy::needless_pass_by_value)] // used as `map_err(fail)`
    fn fail(e: JsValue) -> String {
        t!("files-browser-refused", cause = format!("{e:?}"))
    }

    /// The phone's share sheet where the browser can share this file, else a download. A share
    /// the person cancels is a cancel; a share the browser refuses falls back to the download.
    pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<super::Offered>, String> {
        let array = js_sys::Uint8Array::from(bytes.as_slice());
        let parts = Array::of1(&array.buffer());
        match share(file_name, &parts).await {
            Shared::Sent => Ok(Some(super::Offered::Shared)),
            Shared::Cancelled => Ok(None),
            Shared::Unavailable => download(file_name, &parts),
        }
    }

    enum Shared {
        Sent,
        Cancelled,
        Unavailable,
    }

    /// `navigator.share({ files })`, asked first with `navigator.canShare` (Safari shares any
    /// file; Chrome on Android only some types, and not `.attune`, so it downloads there).
    async fn share(file_name: &str, parts: &Array) -> Shared {
        let Some(navigator) = web_sys::window().map(|w| JsValue::from(w.navigator())) else {
            return Shared::Unavailable;
        };
        let method =
            |name: &str| Reflect::get(&navigator, &name.into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
        let (Some(can_share), Some(share)) = (method("canShare"), method("share")) else { return Shared::Unavailable };
        let options = web_sys::FilePropertyBag::new();
        options.set_type("application/octet-stream");
        let Ok(file) = web_sys::File::new_with_blob_sequence_and_options(parts, file_name, &options) else {
            return Shared::Unavailable;
        };
        let data = js_sys::Object::new();
        let filled = Reflect::set(&data, &"files".into(), &Array::of1(&file)).is_ok()
            && Reflect::set(&data, &"title".into(), &t!("files-share-title").into()).is_ok();
        if !filled || !can_share.call1(&navigator, &data).is_ok_and(|ok| ok.is_truthy()) {
            return Shared::Unavailable;
        }
        let Ok(promise) = share.call1(&navigator, &data).and_then(JsCast::dyn_into::<js_sys::Promise>) else {
            return Shared::Unavailable;
        };
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Shared::Sent,
            Err(e)
                if Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).as_deref()
                    == Some("AbortError") =>
            {
                Shared::Cancelled
            }
            Err(_) => Shared::Unavailable,
        }
    }

    fn download(file_name: &str, parts: &Array) -> Result<Option<super::Offered>, String> {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/octet-stream");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(fail)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| t!("files-save-failed", cause = "no document"))?;
        let anchor: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(fail)?
            .dyn_into()
            .map_err(|_| t!("files-save-failed", cause = "no link element"))?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
        // The file is let go of a minute later, not at once: Safari (WebKit) reads the blob
        // after the click returns and saves nothing if it is already revoked.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(window) = web_sys::window() {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
                .map_err(fail)?;
        }
        Ok(Some(super::Offered::Saved(t!("files-downloaded", name = file_name))))
    }
}

#[cfg(all(not(feature = "desktop"), not(target_arch = "wasm32")))]
mod imp {
    /// Phones: the file goes to the app's outbox; the platform layer shares it from there.
    #[allow(clippy::unused_async)]
    pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<super::Offered>, String> {
        let dir = attune_core::paths::app_data_dir()
            .ok_or_else(|| t!("files-save-failed", cause = "no app folder"))?
            .join(attune_core::files::OUTBOX_DIR);
        // Only the newest update waits in the outbox; older ones are already sent or stale.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| t!("files-save-failed", cause = e.to_string()))?;
        let path = dir.join(file_name);
        attune_core::files::write_whole(&path, &bytes).map_err(|e| t!("files-save-failed", cause = e.to_string()))?;
        if attune_platform::share_file(&path, &t!("files-share-sheet-title")) {
            Ok(Some(super::Offered::Shared))
        } else {
            Ok(Some(super::Offered::Saved(path.display().to_string())))
        }
    }
}
