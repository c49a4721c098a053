//! What only the installed web app has, next to its service worker (`app/public/sw.js`): files
//! shared to Attune or opened with it (the worker's inbox for the share target, the browser's
//! launch queue for the file handler), handed to the same `Incoming` queue the phones use; and
//! a new version the worker has cached, offered on Today and switched to only when the person
//! says so. Elsewhere these render nothing.

use dioxus::prelude::*;

/// The service worker's cache of files shared to Attune (see `sw.js`).
const INBOX_CACHE: &str = "attune-inbox";

/// Hands every file the browser gave the web app to `Incoming::system()`: those the service
/// worker kept from a share (read again at every start until their outcome is kept) and those
/// the app was opened with. Mounted once, at the root, so a backup reaches a new phone's
/// welcome screen and an update waits for set-up and the lock, as on the phones.
#[component]
pub fn BrowserFiles() -> Element {
    #[cfg(target_arch = "wasm32")]
    use_future(|| async {
        use base64::Engine as _;
        let script = format!(
            "const max = {max};
             async function hand(file, inbox) {{
               if (file.size > max) {{ dioxus.send([inbox, null]); return; }}
               const bytes = new Uint8Array(await file.arrayBuffer());
               let text = '';
               for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
               dioxus.send([inbox, btoa(text)]);
             }}
             if (self.caches) {{
               const inbox = await caches.open('{INBOX_CACHE}');
               for (const request of await inbox.keys()) {{
                 const kept = await inbox.match(request);
                 if (kept) await hand(await kept.blob(), new URL(request.url).pathname);
               }}
             }}
             if (self.launchQueue) {{
               launchQueue.setConsumer(async (params) => {{
                 for (const handle of params.files ?? []) await hand(await handle.getFile(), null);
               }});
             }}
             await new Promise(() => {{}});",
            max = attune_core::MAX_FILE_BYTES,
        );
        let mut files = document::eval(&script);
        let incoming = crate::incoming::Incoming::system();
        while let Ok((inbox, data)) = files.recv::<(Option<String>, Option<String>)>().await {
            // A file that isn't base64 can't come from the script above; it reads as too large
            // to be an Attune file rather than as an empty one.
            let bytes = data.and_then(|d| base64::engine::general_purpose::STANDARD.decode(d).ok());
            incoming.deliver_from_browser(bytes, inbox);
        }
    });
    rsx! {}
}

/// Removes the service worker's copy of a shared file once its outcome is kept.
pub fn forget_received(key: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        // The worker names its copies `/inbox/<time>-<n>`; anything else is not one of them.
        if key.chars().all(|c| c.is_ascii_alphanumeric() || "/-_".contains(c)) {
            document::eval(&format!("await (await caches.open('{INBOX_CACHE}')).delete('{key}');"));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// On Today, a calm moment: when the service worker has a newer build of Attune cached whole,
/// offers to restart into it. Nothing reloads unasked, so no half-written check-in is lost; the
/// next start opens the new version anyway. The worker looks for one at every start and when the
/// app comes back to the screen.
#[component]
pub fn NewVersionOffer() -> Element {
    #[cfg(not(target_arch = "wasm32"))]
    return rsx! {};
    #[cfg(target_arch = "wasm32")]
    {
        let mut ready = use_signal(|| false);
        use_future(move || async move {
            let mut found = document::eval(
                "const sw = navigator.serviceWorker;
                 if (!sw || !self.caches) return;
                 const check = async () => {
                   const next = await (await caches.open('attune-current')).match('/next');
                   dioxus.send(!!next && await caches.has(await next.text()));
                 };
                 sw.addEventListener('message', (event) => { if (event.data === 'attune-new-version') check(); });
                 document.addEventListener('visibilitychange', () => {
                   if (document.visibilityState === 'visible') sw.controller?.postMessage('attune-look-for-new-version');
                 });
                 await check();
                 await new Promise(() => {});",
            );
            while let Ok(now) = found.recv::<bool>().await {
                ready.set(now);
            }
        });
        if !ready() {
            return rsx! {};
        }
        rsx! {
            section { class: "card new-version", id: "new-version", role: "status",
                p { {t!("browser-new-version-ready")} }
                button {
                    class: "secondary",
                    r#type: "button",
                    onclick: |_| {
                        document::eval("location.reload();");
                    },
                    {t!("browser-restart")}
                }
            }
        }
    }
}

/// Whether this is an iPhone or iPad browser that did not open Attune from the Home Screen:
/// there, Safari clears a website's data after seven days of browsing without a visit, and only
/// the Home Screen app keeps it. `hint`: also whether the person has not put the hint away.
const ON_IOS_OUTSIDE_HOME_SCREEN: &str = "const ios = /iPad|iPhone|iPod/.test(navigator.userAgent)
       || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
     const home = navigator.standalone === true || matchMedia('(display-mode: standalone)').matches;
     return ios && !home;";

/// The mark that the Home Screen hint was put away ("Not now"); delete everything removes it.
const HOME_HINT_MARK: &str = "attune-home-hint";

/// Whether to suggest adding Attune to the Home Screen (see `ON_IOS_OUTSIDE_HOME_SCREEN`).
pub async fn outside_ios_home_screen() -> bool {
    cfg!(target_arch = "wasm32")
        && dioxus::document::eval(&format!("{{ {ON_IOS_OUTSIDE_HOME_SCREEN} }}")).join::<bool>().await.unwrap_or(false)
}

/// On Today, in Safari on an iPhone or iPad: suggests adding Attune to the Home Screen, where
/// its data stays, until the person puts it away. Settings says it again beside what the
/// browser promised. Elsewhere renders nothing.
#[component]
pub fn HomeScreenHint() -> Element {
    let mut show = use_signal(|| false);
    use_future(move || async move {
        let put_away = cfg!(target_arch = "wasm32")
            && dioxus::document::eval(&format!("return localStorage.getItem('{HOME_HINT_MARK}') !== null;"))
                .join::<bool>()
                .await
                .unwrap_or(true);
        show.set(!put_away && outside_ios_home_screen().await);
    });
    if !show() {
        return rsx! {};
    }
    rsx! {
        section { class: "card home-screen-hint", id: "home-screen-hint", role: "note",
            p { {t!("browser-home-screen-keeps")} }
            p { class: "quiet small", {t!("browser-home-screen-how")} }
            button {
                class: "secondary",
                r#type: "button",
                onclick: move |_| {
                    show.set(false);
                    document::eval(&format!("localStorage.setItem('{HOME_HINT_MARK}', '1');"));
                },
                {t!("browser-not-now")}
            }
        }
    }
}

/// Put on every first screen the app can show (welcome, the shell with its lock, safety, a
/// wrong address, an error): in the browser, removes the first screen `index.html` painted
/// before the app loaded, and remembers whether this phone is set up (`returning`), so the next
/// start paints the splash rather than the welcome. `None` leaves that as it was.
#[component]
pub fn FirstScreenUp(returning: Option<bool>) -> Element {
    #[cfg(target_arch = "wasm32")]
    use_effect(move || {
        let remember = match returning {
            Some(true) => "localStorage.setItem('attune-returning', '1');",
            Some(false) => "localStorage.removeItem('attune-returning');",
            None => "",
        };
        document::eval(&format!("{remember} document.getElementById('shell')?.remove();"));
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = returning;
    rsx! {}
}

/// Forgets what the browser keeps for Attune beside the database: files shared to the app and
/// not opened yet (the service worker's inbox), the language and "returning" marks the first
/// screen reads, and anything in the origin's private file system. The app's own files (its
/// offline copy) stay: they hold nothing of the couple's. `partner_only`: the quiet exit, which
/// forgets only what came from the partner (the inbox).
pub async fn forget_browser_traces(partner_only: bool) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let script = format!(
        "await caches.delete('{INBOX_CACHE}');
         if (!{partner_only}) {{
           localStorage.removeItem('attune-returning');
           localStorage.removeItem('attune-lang');
           localStorage.removeItem('{HOME_HINT_MARK}');
           if (navigator.storage && navigator.storage.getDirectory) {{
             const root = await navigator.storage.getDirectory();
             for await (const name of root.keys()) await root.removeEntry(name, {{ recursive: true }});
           }}
         }}
         return true;"
    );
    let _ = dioxus::document::eval(&script).join::<bool>().await;
}

/// Asks the browser to keep Attune's data when space runs low (`navigator.storage.persist()`),
/// and says what it granted: `kept`, `not-kept` or `unsupported` (`None` outside a browser).
/// Asked right after the first save, and again by Settings, which shows the answer.
pub async fn keep_storage() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    dioxus::document::eval(
        "const storage = navigator.storage;
         if (!storage || !storage.persist) return 'unsupported';
         return (await storage.persisted()) || (await storage.persist()) ? 'kept' : 'not-kept';",
    )
    .join::<String>()
    .await
    .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_screen_in_index_html_says_what_the_welcome_screen_says_in_each_language() {
        let html = include_str!("../index.html");
        let mut lines = 0;
        for locale in attune_core::Locale::SHIPPED {
            let welcome = &attune_core::Program::for_locale(locale).welcome;
            let screen = html
                .split(&format!("<main class=\"screen welcome\" lang=\"{}\">", locale.tag()))
                .nth(1)
                .and_then(|rest| rest.split("</main>").next())
                .unwrap_or_else(|| panic!("no first screen in {locale}"));
            assert!(screen.contains(&format!("<h1>{}</h1>", welcome.title)), "the title in {locale}");
            for line in &welcome.lines {
                assert!(screen.contains(&format!("<p class=\"lead\">{line}</p>")), "missing in {locale}: {line}");
            }
            lines += welcome.lines.len();
        }
        assert_eq!(html.matches("<p class=\"lead\">").count(), lines, "no line the app doesn't show");
    }
}
