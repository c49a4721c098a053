//! Handing a file to the person: the desktop's native save dialog, a download in the browser,
//! and on phones the app's outbox folder, from which the platform layer opens the share sheet.
//! Opening files is an `<input type="file">` on every platform (the native picker on desktop
//! and phones, the browser's file chooser on the web).

/// Offers `bytes` as a file named `file_name`. Returns where it went, or `None` if the person
/// cancelled.
pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<String>, String> {
    imp::offer(file_name, bytes).await
}

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
mod imp {
    pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<String>, String> {
        let Some(handle) = rfd::AsyncFileDialog::new().set_file_name(file_name).save_file().await else {
            return Ok(None);
        };
        let path = handle.path().to_path_buf();
        // Whole or not at all: a full disk never destroys the file being replaced.
        attune_core::files::write_whole(&path, &bytes).map_err(|e| format!("Couldn't save the file: {e}"))?;
        Ok(Some(path.display().to_string()))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;

    #[allow(clippy::unused_async)] // the same signature as the dialog-based platforms
    pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<String>, String> {
        let fail = |e: wasm_bindgen::JsValue| format!("The browser refused the download: {e:?}");
        let array = js_sys::Uint8Array::from(bytes.as_slice());
        let parts = js_sys::Array::new();
        parts.push(&array.buffer());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/octet-stream");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
        let document = web_sys::window().and_then(|w| w.document()).ok_or("No document to download from.")?;
        let anchor: web_sys::HtmlAnchorElement =
            document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| "No link element.".to_owned())?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
        web_sys::Url::revoke_object_url(&url).map_err(fail)?;
        Ok(Some(format!("Downloaded as {file_name}")))
    }
}

#[cfg(all(not(feature = "desktop"), not(target_arch = "wasm32")))]
mod imp {
    /// Phones: the file goes to the app's outbox; the platform layer shares it from there.
    #[allow(clippy::unused_async)]
    pub async fn offer(file_name: &str, bytes: Vec<u8>) -> Result<Option<String>, String> {
        let dir = attune_core::paths::app_data_dir()
            .ok_or("No app folder on this phone.")?
            .join(attune_core::files::OUTBOX_DIR);
        // Only the newest update waits in the outbox; older ones are already sent or stale.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("Couldn't prepare the file: {e}"))?;
        let path = dir.join(file_name);
        attune_core::files::write_whole(&path, &bytes).map_err(|e| format!("Couldn't prepare the file: {e}"))?;
        if attune_platform::share_file(&path, "Send your Attune update") {
            Ok(Some("the share sheet".to_owned()))
        } else {
            Ok(Some(path.display().to_string()))
        }
    }
}
