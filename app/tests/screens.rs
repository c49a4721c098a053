//! Component tests: each screen rendered (server-side) around a real store, checking what
//! the couple would see, and that an intent reloads what is on screen. The tests at the end
//! click and type into the screens' own handlers (`dom/`: the mutations applied to a small
//! document), so a button wired to the wrong intent fails here.

mod dom;

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use attune_app::core::{Core, Revision};
use attune_app::incoming::{Delivered, Incoming};
use attune_app::{Themed, Unlocked};
use attune_core::{CheckInDraft, CheckKind, ManualClock, Markers, ReflectionDraft, SettingsChange, Store};
use chrono::NaiveDate;
use dioxus::prelude::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date")
}

fn store() -> Store {
    Store::open_in_memory(Arc::new(ManualClock::at_morning_of(day()))).expect("store")
}

fn set_up() -> Store {
    let mut s = store();
    s.set_up("Alex", Some("Sam"), None).expect("set up");
    s
}

fn check_in() -> CheckInDraft {
    CheckInDraft {
        connection: 4,
        markers: Markers { safe: 4, seen: 3, trust: 5, repair: 3, rely: 4 },
        appreciation: Some("You made soup.".into()),
        need: None,
        good_news: None,
        kept: vec![],
        answer: None,
        shared: true,
    }
}

#[derive(Props, Clone, PartialEq)]
struct RootProps {
    core: Core,
    path: String,
    unlocked: bool,
    incoming: Option<Incoming>,
}

#[allow(non_snake_case, clippy::needless_pass_by_value)] // a Dioxus component takes its props by value
fn Root(props: RootProps) -> Element {
    use_context_provider(|| props.core.clone());
    use_context_provider(|| Revision(Signal::new(0)));
    use_context_provider(|| Unlocked(Signal::new(props.unlocked)));
    if let Some(incoming) = props.incoming.clone() {
        use_context_provider(|| incoming);
    }
    use_hook(|| {
        let history: Rc<dyn dioxus::history::History> =
            Rc::new(dioxus::history::MemoryHistory::with_initial_path(props.path.clone()));
        dioxus::history::provide_history_context(history);
    });
    rsx! { Themed {} }
}

/// Runs the dom until nothing is left to do (resources loaded), then renders it to HTML.
async fn settle(dom: &mut VirtualDom) -> String {
    loop {
        let idle = tokio::time::timeout(Duration::from_millis(300), dom.wait_for_work()).await.is_err();
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        if idle {
            break;
        }
    }
    dioxus_ssr::render(dom)
}

/// Settles until the page says `words`, for work the core does off the screen (opening an
/// update: its key, its signature, the import) that can take longer than `settle`'s quiet
/// 300 ms on a busy machine. Gives up after 30 s with the page as it is.
async fn settle_until(dom: &mut VirtualDom, words: &str) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let html = settle(dom).await;
        if html.contains(words) || tokio::time::Instant::now() > deadline {
            return html;
        }
    }
}

struct Screen {
    dom: VirtualDom,
    core: Core,
}

impl Screen {
    async fn open(store: Store, path: &str) -> (Screen, String) {
        Self::open_locked(store, path, true).await
    }

    async fn open_locked(store: Store, path: &str, unlocked: bool) -> (Screen, String) {
        Self::open_with(store, path, unlocked, None).await
    }

    async fn open_with(store: Store, path: &str, unlocked: bool, incoming: Option<Incoming>) -> (Screen, String) {
        let core = Core::with_store(store);
        let props = RootProps { core: core.clone(), path: path.into(), unlocked, incoming };
        let mut dom = VirtualDom::new_with_props(Root, props);
        dom.rebuild_in_place();
        let html = settle(&mut dom).await;
        (Screen { dom, core }, html)
    }

    /// Sends an intent as a screen would, then lets every view reload.
    async fn act(&mut self, job: impl FnOnce(&mut Store) -> attune_core::Result<()> + Send + 'static) -> String {
        self.core.call(job).await.expect("intent");
        self.dom.in_scope(ScopeId::APP, || {
            let mut revision = consume_context::<Revision>().0;
            *revision.write() += 1;
        });
        settle(&mut self.dom).await
    }
}

/// A screen a test touches as a person would: it finds what the screen shows and fires the
/// handlers wired to it; the store is read afterwards through the same core.
struct Touch {
    dom: VirtualDom,
    doc: dom::Document,
    core: Core,
}

impl Touch {
    async fn open(store: Store, path: &str) -> Touch {
        let core = Core::with_store(store);
        let props = RootProps { core: core.clone(), path: path.into(), unlocked: true, incoming: None };
        let mut dom = VirtualDom::new_with_props(Root, props);
        let mut doc = dom::Document::default();
        dom.rebuild(&mut doc);
        let mut touch = Touch { dom, doc, core };
        touch.settle().await;
        touch
    }

    async fn settle(&mut self) {
        loop {
            let idle = tokio::time::timeout(Duration::from_millis(300), self.dom.wait_for_work()).await.is_err();
            self.dom.render_immediate(&mut self.doc);
            if idle {
                break;
            }
        }
    }

    /// Taps the button that says `text`.
    async fn tap(&mut self, text: &str) {
        let button = self.doc.find("button", text, "click");
        let button = button.unwrap_or_else(|| panic!("no button says {text:?} on: {}", self.doc.text()));
        dom::click(&self.dom, button);
        self.settle().await;
    }

    /// Taps the button whose `aria-label` says `label` (a rating's dot).
    async fn tap_labelled(&mut self, label: &str) {
        let button = self.doc.find_by_attr("button", "aria-label", label, "click");
        dom::click(&self.dom, button.unwrap_or_else(|| panic!("no button labelled {label:?}")));
        self.settle().await;
    }

    /// Types `text` into the field with `id`.
    async fn type_into(&mut self, tag: &str, id: &str, text: &str) {
        let field = self.doc.find_by_attr(tag, "id", id, "input").unwrap_or_else(|| panic!("no {tag}#{id}"));
        dom::form_event(&self.dom, "input", field, text);
        self.settle().await;
    }

    /// Submits the form on screen.
    async fn submit(&mut self) {
        let form = self.doc.find("form", "", "submit").expect("a form");
        dom::form_event(&self.dom, "submit", form, "");
        self.settle().await;
    }

    /// Submits the form that holds the field with `id` (a screen with several forms).
    async fn submit_around(&mut self, id: &str) {
        let form = self.doc.form_around(id).unwrap_or_else(|| panic!("no form around #{id}"));
        dom::form_event(&self.dom, "submit", form, "");
        self.settle().await;
    }

    async fn read<T: Send + 'static>(
        &self,
        query: impl FnOnce(&mut Store) -> attune_core::Result<T> + Send + 'static,
    ) -> T {
        self.core.call(query).await.expect("the store answers")
    }
}

fn question_text(store: &Store) -> String {
    store.question_of_the_day().expect("question").text
}

#[tokio::test]
async fn first_run_welcomes_and_promises_privacy() {
    let (_, html) = Screen::open(store(), "/welcome").await;
    assert!(html.contains("Welcome to Attune"), "{html}");
    assert!(html.contains("not therapy"));
    assert!(html.contains("Nothing leaves it unless you choose"));
    assert!(html.contains("Your name"));
    assert!(html.contains("name (optional)"), "the partner's name is optional");
}

#[tokio::test]
async fn a_new_install_goes_to_first_run() {
    let (_, html) = Screen::open(store(), "/").await;
    assert!(html.contains("Welcome to Attune"), "{html}");
}

#[tokio::test]
async fn today_before_and_after_the_check_in() {
    let store = set_up();
    let question = question_text(&store);
    let (mut screen, html) = Screen::open(store, "/").await;
    assert!(html.contains("Hello, Alex"), "{html}");
    assert!(html.contains("Today is a good day to start."));
    assert!(html.contains("Check in"));
    assert!(html.contains(&question.replace('\'', "&#x27;")) || html.contains(&question));
    assert!(html.contains("Step 1 of 4"));
    assert!(html.contains("Pair with Sam"));
    assert!(html.contains("Today"), "the tab bar");
    assert!(html.contains("Take a quiet day"));

    let html = screen.act(attune_core::Store::take_quiet_day).await;
    assert!(html.contains("<h2>A quiet day</h2>") && html.contains("count as a missed day"), "{html}");
    assert!(html.contains("Check in after all") && html.contains("Not a quiet day"));
    assert!(html.contains("A quiet day. Attune is here whenever you want it."));
    let html = screen.act(attune_core::Store::end_quiet_day).await;
    assert!(html.contains("Take a quiet day") && !html.contains("Check in after all"), "an ordinary day again");

    let html = screen.act(|s| s.save_check_in(check_in())).await;
    assert!(html.contains("Your check-in"), "{html}");
    assert!(html.contains("Connection 4/5"));
    assert!(html.contains("You made soup."));
    assert!(html.contains("You showed up 1 of the last 7 days."));
}

#[tokio::test]
async fn the_check_in_asks_for_connection_the_markers_and_the_question() {
    let store = set_up();
    let question = question_text(&store);
    let (_, html) = Screen::open(store, "/check-in").await;
    for label in ["Connection today", "Safe", "Seen", "Trust", "Repair", "Rely", "Share with my partner"] {
        assert!(html.contains(label), "missing {label}");
    }
    assert!(html.contains(&question) || html.contains(&question.replace('\'', "&#x27;")));
    assert!(html.contains("role=\"radiogroup\""), "ratings are radio groups for screen readers");
}

#[tokio::test]
async fn the_question_hides_my_partners_answer_until_i_answer() {
    let mut alex = set_up();
    let mut sam = store();
    sam.set_up("Sam", None, None).expect("sam");
    let code = alex.create_couple_code().expect("code");
    sam.enter_couple_code(&code.to_string()).expect("code");
    sam.answer_question("Morning walks.", true).expect("sam answers");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("export")).expect("import");
    let (mut screen, html) = Screen::open(alex, "/question").await;
    assert!(html.contains("Sam has answered"), "{html}");
    assert!(!html.contains("Morning walks."));
    let html = screen.act(|s| s.answer_question("Slow breakfasts.", true)).await;
    assert!(html.contains("Morning walks."), "{html}");
}

#[tokio::test]
async fn the_journey_shows_the_four_steps_and_where_i_am() {
    let (_, html) = Screen::open(set_up(), "/journey").await;
    for title in ["Awareness", "Compassion", "Accountability", "Growth mindset"] {
        assert!(html.contains(title), "missing {title}");
    }
    assert!(html.contains("You are here"));
}

#[tokio::test]
async fn the_awareness_step_offers_the_self_check_and_exercises() {
    let (mut screen, html) = Screen::open(set_up(), "/journey/awareness").await;
    assert!(html.contains("Pattern self-check"));
    assert!(html.contains("Love at home"), "roots exercise");
    assert!(html.contains("Before moving on"));
    let statements = attune_core::Program::builtin().patterns.len();
    assert_eq!(html.matches("<fieldset").count(), statements, "all fifteen statements");
    let html = screen.act(|s| s.take_self_check(CheckKind::Patterns, vec![1; 15], false).map(|_| ())).await;
    assert!(html.contains("Last taken"), "{html}");
    assert!(html.contains("15 of 30"), "the total of the take");
}

#[tokio::test]
async fn the_accountability_step_lists_commitments() {
    let mut store = set_up();
    store.add_commitment("curious", "Ask one real question each evening.", true).expect("commit");
    let (_, html) = Screen::open(store, "/journey/accountability").await;
    assert!(html.contains("Commitments"));
    assert!(html.contains("Ask one real question each evening."));
    assert!(html.contains("kept 0 of 0 days"));
}

#[tokio::test]
async fn the_partner_screen_shows_shared_entries_only() {
    let mut alex = set_up();
    let mut sam = store();
    sam.set_up("Sam", None, None).expect("sam");
    let code = alex.create_couple_code().expect("code");
    sam.enter_couple_code(&code.to_string()).expect("code");
    sam.save_check_in(check_in()).expect("check-in");
    let shared = ReflectionDraft {
        exercise: "roots-home".into(),
        pattern: None,
        texts: vec!["Sunday dinners.".into()],
        shared: true,
    };
    let private = ReflectionDraft {
        exercise: "roots-modelled".into(),
        pattern: None,
        texts: vec!["Secret.".into()],
        shared: false,
    };
    sam.add_reflection(shared).expect("shared");
    sam.add_reflection(private).expect("private");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("export")).expect("import");
    let (mut screen, html) = Screen::open(alex, "/partner").await;
    assert!(html.contains("Sunday dinners."), "{html}");
    assert!(!html.contains("Secret."));
    assert!(html.contains("Connection 4/5"));
    assert!(html.contains("Together") && html.contains("Hide this grid"));
    let html = screen.act(|s| s.change_setting(attune_core::SettingsChange::HideTogether(true))).await;
    assert!(html.contains("You hid the grid") && html.contains("Show the grid again"), "{html}");
    assert!(!html.contains("class=\"together\""), "no grid drawn: {html}");
    assert!(html.contains("Sunday dinners."), "what Sam shared still shows");
}

#[tokio::test]
async fn the_exchange_screen_pairs_then_sends() {
    let (mut screen, html) = Screen::open(set_up(), "/exchange").await;
    assert!(html.contains("Create a couple code"));
    assert!(!html.contains("Send my update"));
    let html = screen.act(|s| s.create_couple_code().map(|_| ())).await;
    assert!(html.contains("Send my update"), "{html}");
    assert!(html.contains("Choose the .attune file"));
}

#[tokio::test]
async fn after_a_swap_the_exchange_screen_sends_only_changes_and_offers_everything_again() {
    fn paired() -> (Store, Store) {
        let mut alex = set_up();
        let mut sam = store();
        sam.set_up("Sam", Some("Alex"), None).expect("set up");
        let code = alex.create_couple_code().expect("code");
        sam.enter_couple_code(&code.to_string()).expect("code");
        (alex, sam)
    }
    let (alex, _) = paired();
    let (_, html) = Screen::open(alex, "/exchange").await;
    assert!(html.contains("Everything you share"), "before any swap, the update is whole: {html}");
    assert!(!html.contains("Send a whole update"));

    let (mut alex, mut sam) = paired();
    sam.import_opened_for_tests(&alex.export_opened_for_tests(false).expect("alex")).expect("sam opens");
    alex.import_opened_for_tests(&sam.export_opened_for_tests(false).expect("sam")).expect("alex opens");
    alex.save_check_in(check_in()).expect("check-in");
    let (_, html) = Screen::open(alex, "/exchange").await;
    assert!(html.contains("1 change since Sam last confirmed"), "{html}");
    assert!(html.contains("Send a whole update"), "{html}");
    assert!(html.contains("See what it carries"), "the preview is offered: {html}");
    assert!(html.contains("Check-in") && html.contains("“You made soup.”"), "the preview names the entry: {html}");
    assert!(html.contains("Nothing else is in the file."));
    assert!(!html.contains("has your changes"), "no read receipts: the screen never says when Sam opened a file");
}

#[tokio::test]
async fn insights_draw_charts() {
    let mut store = set_up();
    store.save_check_in(check_in()).expect("check-in");
    let (_, html) = Screen::open(store, "/insights").await;
    assert!(html.contains("your average connection"));
    assert!(html.contains("4.0"));
    assert!(html.contains("<svg"), "inline SVG charts");
    assert!(html.contains("Days you showed up"));
}

#[tokio::test]
async fn settings_offer_everything_the_couple_controls() {
    let (mut screen, html) = Screen::open(set_up(), "/settings").await;
    for label in [
        "Names",
        "Daily reminder",
        "Theme",
        "Text size",
        "App lock",
        "Backup",
        "Restore a backup",
        "Export everything (JSON)",
        "Delete all data",
    ] {
        assert!(html.contains(label), "missing {label}");
    }
    assert!(html.contains("theme-system"));
    let html = screen.act(|s| s.change_setting(SettingsChange::Theme(attune_core::Theme::Dark))).await;
    assert!(html.contains("theme-dark"), "the theme applies at once");
}

#[tokio::test]
async fn the_safety_page_says_what_to_do_when_it_is_not_safe() {
    let (_, html) = Screen::open(set_up(), "/safety").await;
    assert!(html.contains("If your relationship is not safe"));
    assert!(html.contains("When to look for a couples therapist"));
    assert!(!html.contains("Leave quietly"), "no quiet exit with no partner on the phone");
}

#[tokio::test]
async fn the_quiet_exit_says_what_it_forgets_asks_for_the_pin_and_leaves_nothing_of_the_partner() {
    let mut alex = set_up();
    let mut sam = store();
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = alex.create_couple_code().expect("code");
    sam.enter_couple_code(&code.to_string()).expect("code");
    sam.save_check_in(check_in()).expect("check-in");
    alex.import_opened_for_tests(&sam.export_opened_for_tests(false).expect("sam")).expect("alex opens");
    alex.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");

    let (_, html) = Screen::open_locked(alex, "/safety", false).await;
    assert!(html.contains("Leave quietly") && html.contains("Unlock Attune first"), "{html}");
    assert!(!html.contains("Forget Sam"), "behind the lock, no way to leave");

    let mut alex = set_up();
    let code = alex.create_couple_code().expect("code");
    let mut sam = store();
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    sam.enter_couple_code(&code.to_string()).expect("code");
    sam.save_check_in(check_in()).expect("check-in");
    alex.import_opened_for_tests(&sam.export_opened_for_tests(false).expect("sam")).expect("alex opens");
    let (mut screen, html) = Screen::open(alex, "/safety").await;
    assert!(html.contains("the couple code, so no update from Sam opens here again"), "{html}");
    assert!(html.contains("what Sam shared with you (1 entry)"), "{html}");
    assert!(html.contains("Nothing is sent"));
    assert!(html.contains("Leave quietly…"));
    let html = screen.act(|s| s.leave_quietly().map(|_| ())).await;
    assert!(!html.contains("Leave quietly…"), "nothing of Sam is left to forget: {html}");
    assert!(!html.contains("Sam"), "Sam's name is gone from the page: {html}");
}

#[tokio::test]
async fn a_pin_locks_the_app() {
    let mut store = set_up();
    store.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
    let (_, html) = Screen::open_locked(store, "/", false).await;
    assert!(html.contains("Attune is locked"), "{html}");
    assert!(!html.contains("Hello, Alex"));
}

#[tokio::test]
async fn an_update_opened_from_another_app_waits_for_the_lock_then_shows_its_summary() {
    let mut alex = set_up();
    alex.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
    let mut sam = store();
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = alex.create_couple_code().expect("code").to_string();
    sam.enter_couple_code(&code).expect("pair");
    sam.save_check_in(check_in()).expect("check in");
    let update = sam.export_update().expect("export");

    // What the Android activity or iOS does when Sam's file is opened with Attune: a copy in
    // the app's inbox, handed over.
    let dir = std::env::temp_dir().join(format!("attune-screens-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let received = dir.join("from-sam.attune");
    std::fs::write(&received, update).expect("write");
    let incoming = Incoming::default();
    incoming.deliver(received.clone(), true);

    let (mut screen, html) = Screen::open_with(alex, "/", false, Some(incoming)).await;
    assert!(html.contains("Attune is locked"), "{html}");
    assert!(received.exists(), "nothing is opened while the app is locked");

    screen.dom.in_scope(ScopeId::APP, || consume_context::<Unlocked>().0.set(true));
    let html = settle_until(&mut screen.dom, "Sam: 1 check-in is new").await;
    assert!(html.contains("Swap updates"), "lands on Exchange: {html}");
    assert!(html.contains("Sam: 1 check-in is new"), "{html}");
    assert!(!received.exists(), "the inbox copy is removed once opened");
    let partner = screen.core.call(|s| s.partner()).await.expect("partner view");
    assert_eq!(partner.check_ins.len(), 1, "Sam's check-in is in Alex's store");
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[tokio::test]
async fn a_backup_opened_on_a_new_phone_is_offered_for_restoring_first() {
    let mut alex = set_up();
    alex.save_check_in(check_in()).expect("check in");
    let backup = alex.backup("apricot lanterns at dusk").expect("backup");
    let dir = std::env::temp_dir().join(format!("attune-screens-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let (backup_file, other_file) = (dir.join("attune-backup.attune"), dir.join("note.attune"));
    std::fs::write(&backup_file, backup).expect("write");
    std::fs::write(&other_file, b"not a backup").expect("write");
    let incoming = Incoming::default();
    incoming.deliver(other_file.clone(), false);
    incoming.deliver(backup_file.clone(), false);

    let (_, html) = Screen::open_with(store(), "/welcome", false, Some(incoming.clone())).await;
    assert!(html.contains("You opened an Attune backup"), "{html}");
    assert!(!html.contains("Moving to a new phone?"), "the picker is replaced by the opened backup");
    let left = incoming.take();
    assert_eq!(left, vec![Delivered::File { path: other_file, ours: false }], "anything else waits for the shell");
    assert!(backup_file.exists(), "the person's own file stays");
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[tokio::test]
async fn an_update_that_arrives_before_pairing_opens_once_paired() {
    let mut sam = store();
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = sam.create_couple_code().expect("code").to_string();
    sam.save_check_in(check_in()).expect("check in");
    let dir = std::env::temp_dir().join(format!("attune-screens-unpaired-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let received = dir.join("from-sam.attune");
    std::fs::write(&received, sam.export_update().expect("export")).expect("write");
    let incoming = Incoming::default();
    incoming.deliver(received.clone(), true);

    let (mut screen, html) = Screen::open_with(set_up(), "/", true, Some(incoming)).await;
    assert!(html.contains("Pair with your partner first"), "{html}");
    assert!(html.contains("as soon as you&#39;re paired") || html.contains("as soon as you're paired"), "{html}");
    assert!(!received.exists(), "the inbox copy is read once; Attune keeps the update itself");

    screen.act(move |s| s.enter_couple_code(&code)).await;
    let html = settle_until(&mut screen.dom, "Sam: 1 check-in is new").await;
    assert!(html.contains("Sam: 1 check-in is new"), "opened right after pairing: {html}");
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[tokio::test]
async fn the_lock_fails_closed_when_it_cannot_be_read() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("attune.sqlite3");
    let mut alex = Store::open(&path, Arc::new(ManualClock::at_morning_of(day()))).expect("opens");
    alex.set_up("Alex", None, None).expect("set up");
    alex.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
    drop(alex);
    // The stored PIN is damaged (a bad disk block, a hand edit): unreadable, not absent.
    let conn = rusqlite::Connection::open(&path).expect("raw");
    conn.execute("UPDATE settings SET value = '{broken' WHERE key = 'pin'", []).expect("damaged");
    drop(conn);
    let alex = Store::open(&path, Arc::new(ManualClock::at_morning_of(day()))).expect("reopens");
    let (_, html) = Screen::open_locked(alex, "/", false).await;
    assert!(html.contains("Attune is locked"), "{html}");
    assert!(!html.contains("Hello, Alex"), "nothing shows behind a lock that can't be read");
}

#[tokio::test]
async fn the_lock_screen_says_until_when_to_wait_after_wrong_pins() {
    let mut alex = set_up();
    alex.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
    for _ in 0..5 {
        alex.unlock("0000").expect("tried");
    }
    let (_, html) = Screen::open_locked(alex, "/", false).await;
    assert!(html.contains("Too many wrong PINs. Try again after"), "{html}");
}

#[tokio::test]
async fn every_screen_renders_entries_about_content_from_a_newer_version() {
    let mut alex = set_up();
    let mut sam = store();
    sam.set_up("Sam", None, None).expect("set up");
    let couple_code = alex.create_couple_code().expect("code").to_string();
    sam.enter_couple_code(&couple_code).expect("paired");
    sam.answer_question("An answer.", true).expect("answer");
    let draft =
        ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec!["Home.".into()], shared: true };
    sam.add_reflection(draft).expect("reflection");
    sam.add_commitment("gentle", "Speak softly.", true).expect("commitment");
    let plain = String::from_utf8(sam.export_update_plain().expect("plain")).expect("utf-8");
    let newer = plain.replace("\"roots-home\"", "\"roots-from-v9\"").replace("\"gentle\"", "\"quality-from-v9\"");
    let question = sam.question_of_the_day().expect("question").id;
    let newer = newer.replace(&format!("\"{question}\""), "\"question-from-v9\"");
    alex.import_opened_for_tests(newer.as_bytes()).expect("kept");
    let core = Core::with_store(alex);
    for path in ["/", "/partner", "/journey", "/journey/awareness", "/insights", "/exchange", "/settings", "/question"]
    {
        let props = RootProps { core: core.clone(), path: path.into(), unlocked: true, incoming: None };
        let mut dom = VirtualDom::new_with_props(Root, props);
        dom.rebuild_in_place();
        let html = settle(&mut dom).await;
        assert!(!html.contains("role=\"alert\""), "{path} shows an error: {html}");
        if path == "/partner" {
            assert!(html.contains("A question from a newer version of Attune"), "{html}");
            assert!(html.contains("quality-from-v9"), "{html}");
        }
    }
}

#[tokio::test]
async fn an_update_kept_before_pairing_is_listed_on_exchange_and_can_be_let_go() {
    let mut sam = store();
    sam.set_up("Sam", None, None).expect("set up");
    sam.create_couple_code().expect("code");
    let mut alex = set_up();
    alex.receive_update(&sam.export_update().expect("sealed")).expect("kept");
    let (mut screen, html) = Screen::open(alex, "/exchange").await;
    assert!(html.contains("Waiting to open"), "{html}");
    assert!(html.contains("Opens once you&#39;re paired") || html.contains("Opens once you're paired"), "{html}");
    let html = screen
        .act(|s| {
            let id = s.waiting_updates()?[0].id;
            s.dismiss_waiting_update(id)
        })
        .await;
    assert!(!html.contains("Waiting to open"), "{html}");
}

#[tokio::test]
async fn i_need_a_pause_from_today_to_the_card_and_back_when_the_time_has_come() {
    let clock = ManualClock::at_morning_of(day());
    let mut store = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    store.set_up("Alex", Some("Sam"), None).expect("set up");
    let (mut screen, html) = Screen::open(store, "/").await;
    assert!(html.contains("I need a pause"), "one tap from Today: {html}");

    let (_, html) = Screen::open(
        {
            let mut s = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
            s.set_up("Alex", Some("Sam"), None).expect("set up");
            s
        },
        "/pause",
    )
    .await;
    assert!(html.contains("Start the pause") && html.contains("20 minutes") && html.contains("24 hours"), "{html}");
    assert!(html.contains("write your pause pact") && html.contains("href=\"/pact\""), "no pact yet: {html}");

    let back = local_time(attune_core::Clock::now(&clock).unix_ms + 20 * 60_000);
    let html = screen.act(|s| s.start_pause(20).map(|_| ())).await;
    assert!(html.contains(&format!("On a pause until {back}.")), "Today says so: {html}");
    clock.advance(chrono::Duration::minutes(21));
    let html = screen.act(|_| Ok(())).await;
    assert!(html.contains("Your pause is over. Ready to come back?"), "{html}");
}

#[tokio::test]
async fn the_pause_card_says_when_i_come_back_then_that_it_is_time() {
    let clock = ManualClock::at_morning_of(day());
    let mut store = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    store.set_up("Alex", Some("Sam"), None).expect("set up");
    store.start_pause(30).expect("pause");
    let (mut screen, html) = Screen::open(store, "/pause").await;
    assert!(html.contains("I&#39;m flooded and need a break."), "{html}");
    let back = local_time(attune_core::Clock::now(&clock).unix_ms + 30 * 60_000);
    assert!(html.contains(&format!("<strong>{back}</strong>")), "the time I come back: {html}");
    assert!(html.contains("While you") && html.contains("class=\"breath\""));
    clock.advance(chrono::Duration::minutes(31));
    let html = screen.act(|_| Ok(())).await;
    assert!(html.contains("Time to come back"), "{html}");
    assert!(html.contains("href=\"/repair\"") && html.contains("Talk it through, turn by turn"), "{html}");
    let html = screen.act(attune_core::Store::end_pause).await;
    assert!(html.contains("Start the pause"), "back: the pause is over: {html}");
}

/// A moment as the pause card shows it: the phone's local time, to the minute.
fn local_time(ms: i64) -> String {
    use chrono::TimeZone as _;
    chrono::Local.timestamp_millis_opt(ms).single().expect("a time").format("%H:%M").to_string()
}

#[tokio::test]
async fn the_repair_conversation_starts_with_me_speaking_and_my_partner_listening() {
    let (_, html) = Screen::open(set_up(), "/repair").await;
    assert!(html.contains("Coming back to each other"), "{html}");
    assert!(html.contains("Turn 1 of 10"));
    assert!(html.contains("Alex speaks · Sam listens"), "{html}");
    assert!(html.contains("What did I feel?"));
    assert!(html.contains("Next turn") && !html.contains(">Back<"), "no way back from the first turn");
}

/// Alex's phone and Sam's, paired by a couple code, nothing swapped yet.
fn paired_with_sam() -> (Store, Store) {
    let mut alex = set_up();
    let mut sam = store();
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = alex.create_couple_code().expect("code").to_string();
    sam.enter_couple_code(&code).expect("paired");
    (alex, sam)
}

/// Alex and Sam paired, each having written a side of the pact, Sam's with a shared repair
/// note; Alex holds Sam's update.
fn couple_with_a_pact() -> Store {
    let (mut alex, mut sam) = paired_with_sam();
    let pact = |shortest_minutes, back_within_hours, to_hear: &str| attune_core::PactDraft {
        signal: "Red kite".into(),
        shortest_minutes,
        back_within_hours,
        calming: "A walk to the river.".into(),
        to_hear: to_hear.into(),
    };
    alex.save_pact(pact(30, 2, "We're okay.")).expect("Alex's side");
    sam.save_pact(pact(45, 1, "That you still love me.")).expect("Sam's side");
    sam.save_repair_note("I'll say when I'm flooded instead of going quiet.", true).expect("note");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("Sam's update")).expect("opened");
    alex
}

#[tokio::test]
async fn the_pause_pact_shows_both_sides_and_what_they_allow() {
    let (_, html) = Screen::open(set_up(), "/pact").await;
    assert!(html.contains("Our pause pact") && html.contains("Write my side"), "{html}");
    assert!(html.contains("Our signal words") && html.contains("What I need to hear when you leave"), "{html}");
    assert!(html.contains("Sam writes theirs on their own phone"), "{html}");

    let (mut screen, html) = Screen::open(couple_with_a_pact(), "/pact").await;
    assert!(html.contains("My side") && html.contains("Red kite"), "{html}");
    assert!(html.contains("Sam&#39;s side") && html.contains("That you still love me."), "{html}");
    assert!(html.contains("A pause between you lasts from 45 minutes to 1 hour."), "{html}");
    let html = screen.act(|s| s.change_setting(SettingsChange::Theme(attune_core::Theme::Dark))).await;
    assert!(html.contains("theme-dark") && html.contains("Red kite"), "dark too: {html}");
}

#[tokio::test]
async fn a_pause_takes_its_lengths_from_the_pact_and_shows_its_words() {
    let (mut screen, html) = Screen::open(couple_with_a_pact(), "/pause").await;
    assert!(html.contains("45 minutes") && html.contains("1 hour"), "{html}");
    assert!(!html.contains("20 minutes") && !html.contains("24 hours"), "only what the pact allows: {html}");
    assert!(html.contains("your pause pact"), "{html}");
    let html = screen.act(|s| s.start_pause(45).map(|_| ())).await;
    assert!(html.contains("Your partner said they need to hear") && html.contains("That you still love me."), "{html}");
    assert!(html.contains("What you said helps you") && html.contains("A walk to the river."), "{html}");
}

#[tokio::test]
async fn repair_notes_count_in_insights_beside_the_repair_marker() {
    // The note is offered once the turns are done (the browser suite walks them); not before.
    let (_, html) = Screen::open(set_up(), "/repair").await;
    assert!(!html.contains("repair-note"), "the note comes at the end: {html}");
    let (_, html) = Screen::open(
        {
            let mut s = set_up();
            s.save_repair_note("We both went quiet.", true).expect("note");
            s
        },
        "/insights",
    )
    .await;
    assert!(html.contains("Repair notes: 1 from you, 0 from Sam in these 30 days."), "{html}");
}

#[tokio::test]
async fn the_partner_page_shows_their_pact_their_repair_notes_and_their_choice_to_hide_the_grid() {
    let (_, html) = Screen::open(couple_with_a_pact(), "/partner").await;
    assert!(html.contains("Sam&#39;s side of your pause pact") && html.contains("That you still love me."), "{html}");
    assert!(html.contains("Repair notes") && html.contains("I&#39;ll say when I&#39;m flooded"), "{html}");
    assert!(html.contains("class=\"together\""), "the grid shows: {html}");

    let (mut alex, mut sam) = paired_with_sam();
    sam.change_setting(SettingsChange::HideTogether(true)).expect("hidden");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("update")).expect("opened");
    let (_, html) = Screen::open(alex, "/partner").await;
    assert!(html.contains("Sam chose to keep the grid of days you both checked in out of sight"), "{html}");
    assert!(!html.contains("class=\"together\"") && !html.contains("Show the grid again"), "{html}");
}

#[tokio::test]
async fn insights_show_the_week_steadiness_and_the_days_we_felt_differently() {
    let clock = ManualClock::at_morning_of(day());
    let mut alex = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    alex.set_up("Alex", Some("Sam"), None).expect("set up");
    let mut sam = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = alex.create_couple_code().expect("code").to_string();
    sam.enter_couple_code(&code).expect("paired");
    for (i, (a, s)) in [(2, 4), (4, 4), (4, 4)].into_iter().enumerate() {
        if i > 0 {
            clock.advance(chrono::Duration::days(1));
        }
        alex.save_check_in(CheckInDraft { connection: a, ..check_in() }).expect("Alex");
        sam.save_check_in(CheckInDraft { connection: s, ..check_in() }).expect("Sam");
    }
    alex.import_opened_for_tests(&sam.export_update_plain().expect("update")).expect("opened");
    let (_, html) = Screen::open(alex, "/insights").await;
    assert!(html.contains("you checked in on 3 of 7 days, Sam on 3"), "{html}");
    assert!(html.contains("1 day you felt differently."), "{html}");
    assert!(html.contains("How steady it felt") && html.contains("class=\"band me\""), "{html}");
    assert!(html.contains("Connection: you 2, Sam 4"), "{html}");
    assert!(html.contains(&attune_core::Program::builtin().insights.gap_question.replace('\'', "&#39;")), "{html}");
}

#[tokio::test]
async fn the_state_of_us_opens_with_our_week_filled_in_and_today_invites_on_its_day() {
    let (mut alex, mut sam) = paired_with_sam();
    alex.save_check_in(CheckInDraft { need: Some("A slow Sunday.".into()), ..check_in() }).expect("Alex");
    sam.save_check_in(CheckInDraft { appreciation: Some("You fixed the bike.".into()), ..check_in() }).expect("Sam");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("update")).expect("opened");
    let weekday = chrono::Datelike::weekday(&alex.today_date());
    let (mut screen, html) = Screen::open(alex, "/state-of-us").await;
    assert!(html.contains("State of us") && html.contains("Your week, from what you both shared"), "{html}");
    assert!(html.contains("You made soup.") && html.contains("Sam · Today: “You fixed the bike.”"), "{html}");
    assert!(html.contains("Alex · Today: “A slow Sunday.”"), "needs voiced: {html}");
    assert!(html.contains("The best day:") && html.contains(">Start<"), "{html}");

    let html = screen.act(move |s| s.change_setting(SettingsChange::StateOfUsDay(Some(weekday)))).await;
    assert!(!html.contains("role=\"alert\""), "{html}");
    let (_, html) = Screen::open(
        {
            let mut s = set_up();
            s.change_setting(SettingsChange::StateOfUsDay(Some(chrono::Datelike::weekday(&day())))).expect("day");
            s
        },
        "/",
    )
    .await;
    assert!(html.contains("Today is your State of us day.") && html.contains("href=\"/state-of-us\""), "{html}");
    assert!(html.contains("href=\"/stress-talk\""), "{html}");
}

#[tokio::test]
async fn the_stress_talk_has_the_listeners_rules_and_a_twenty_minute_start() {
    let (_, html) = Screen::open(set_up(), "/stress-talk").await;
    let content = &attune_core::Program::builtin().stress_talk;
    assert!(html.contains("Start the 20 minutes"), "{html}");
    for rule in &content.listener {
        assert!(html.contains(&rule.replace('\'', "&#39;")), "missing {rule}: {html}");
    }
    let (_, html) = Screen::open(set_up(), "/settings").await;
    assert!(html.contains("Our day") && html.contains("Sunday"), "{html}");
}

/// Alex's phone holding Sam's check-in with good news.
fn alex_with_sams_good_news() -> Store {
    let (mut alex, mut sam) = paired_with_sam();
    sam.save_check_in(CheckInDraft { good_news: Some("I got the job!".into()), ..check_in() }).expect("Sam");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("update")).expect("opened");
    alex
}

#[tokio::test]
async fn my_partners_good_news_comes_with_how_to_answer_it() {
    let tip = &attune_core::Program::builtin().good_news.title;
    for path in ["/", "/partner"] {
        let (_, html) = Screen::open(alex_with_sams_good_news(), path).await;
        assert!(html.contains("Sam&#39;s good news") && html.contains("I got the job!"), "{path}: {html}");
        assert!(html.contains(tip.as_str()), "{path}: {html}");
    }
    let (_, html) = Screen::open(set_up(), "/check-in").await;
    assert!(html.contains("Good news of mine (optional)"), "{html}");
}

#[tokio::test]
async fn a_question_of_our_own_is_added_and_asked_from_tomorrow() {
    let clock = ManualClock::at_morning_of(day());
    let mut alex = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    alex.set_up("Alex", Some("Sam"), None).expect("set up");
    let (mut screen, html) = Screen::open(alex, "/question").await;
    assert!(html.contains("Questions of your own") && html.contains("Add the question"), "{html}");
    let html = screen.act(|s| s.add_own_question("What song is ours?").map(|_| ())).await;
    assert!(html.contains("What song is ours?") && html.contains("yours · from tomorrow"), "{html}");
    clock.advance(chrono::Duration::days(1));
    let html = screen.act(|_| Ok(())).await;
    assert!(html.contains("One of your own questions. You both get it today."), "{html}");
    assert!(html.contains("yours · from today"), "the day it was first asked is today now: {html}");
}

#[tokio::test]
async fn the_year_in_review_is_a_page_with_our_figures_and_a_print_button() {
    let (mut alex, mut sam) = paired_with_sam();
    alex.save_check_in(check_in()).expect("Alex");
    sam.save_check_in(CheckInDraft { connection: 2, appreciation: Some("The lake.".into()), ..check_in() })
        .expect("Sam");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("update")).expect("opened");
    let (_, html) = Screen::open(alex, "/year").await;
    assert!(html.contains("Alex and Sam") && html.contains("Print or save as PDF"), "{html}");
    assert!(html.contains("You checked in on 1 day, Sam on 1; both of you on 1."), "{html}");
    assert!(html.contains("<th scope=\"row\">Connection</th><td>4.0</td>"), "{html}");
    assert!(html.contains("<td>2.0</td>"), "Sam's connection: {html}");
    assert!(html.contains("Best days") && html.contains("The lake."), "{html}");
    let (_, html) = Screen::open(set_up(), "/insights").await;
    assert!(html.contains("href=\"/year\"") && html.contains("Your year in review"), "{html}");
}

// ---- Languages -------------------------------------------------------------------------------

/// Alex and Sam a few days in, with something on every screen, every word they wrote without
/// three plain letters in a row (so any English word the app shows stands out), in `locale`.
fn lived_in(locale: attune_core::Locale) -> Store {
    let clock = ManualClock::at_morning_of(day());
    let open = || Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    let (mut alex, mut sam) = (open(), open());
    alex.set_up("Ñó", Some("Zoë"), None).expect("set up");
    sam.set_up("Zoë", Some("Ñó"), None).expect("set up");
    let code = alex.create_couple_code().expect("code").to_string();
    sam.enter_couple_code(&code).expect("paired");
    let words = CheckInDraft {
        appreciation: Some("Tú, ño.".into()),
        need: Some("Ñú ñú.".into()),
        good_news: Some("¡Sí!".into()),
        ..check_in()
    };
    for (i, (a, s)) in [(2, 4), (4, 4), (5, 3)].into_iter().enumerate() {
        if i > 0 {
            clock.advance(chrono::Duration::days(1));
        }
        alex.save_check_in(CheckInDraft { connection: a, ..words.clone() }).expect("Alex");
        sam.save_check_in(CheckInDraft { connection: s, ..words.clone() }).expect("Sam");
    }
    let pact = attune_core::PactDraft {
        signal: "Ñú".into(),
        shortest_minutes: 30,
        back_within_hours: 2,
        calming: "Ñó ñó.".into(),
        to_hear: "Sí.".into(),
    };
    alex.save_pact(pact.clone()).expect("pact");
    sam.save_pact(pact).expect("pact");
    sam.save_repair_note("Ño ño.", true).expect("note");
    let exercise = alex.program().exercises_for(attune_core::Step::Awareness).next().expect("an exercise").clone();
    let draft = ReflectionDraft {
        exercise: exercise.id.clone(),
        pattern: exercise.uses_pattern.then(|| alex.program().patterns[0].id.clone()),
        texts: exercise.prompts.iter().map(|_| "Ñó.".to_owned()).collect(),
        shared: true,
    };
    alex.add_reflection(draft.clone()).expect("reflection");
    sam.add_reflection(draft).expect("reflection");
    let answers = vec![1; alex.program().statements(CheckKind::Patterns)];
    sam.take_self_check(CheckKind::Patterns, answers.clone(), true).expect("self-check");
    alex.take_self_check(CheckKind::Patterns, answers, true).expect("self-check");
    alex.change_setting(SettingsChange::StateOfUsDay(Some(chrono::Weekday::Sun))).expect("day");
    alex.import_opened_for_tests(&sam.export_update_plain().expect("update")).expect("opened");
    alex.change_setting(SettingsChange::Language(Some(locale))).expect("language");
    alex
}

/// Every place a couple goes.
const EVERY_SCREEN: [&str; 21] = [
    "/",
    "/check-in",
    "/question",
    "/journey",
    "/journey/awareness",
    "/journey/compassion",
    "/journey/accountability",
    "/journey/growth",
    "/partner",
    "/exchange",
    "/insights",
    "/settings",
    "/pause",
    "/pact",
    "/repair",
    "/state-of-us",
    "/stress-talk",
    "/year",
    "/safety",
    "/welcome",
    "/zz",
];

/// What a person reads on a page: its text and the words given to screen readers and inputs.
fn words_on(html: &str) -> String {
    let attrs = regex::Regex::new(r#"(?:aria-label|placeholder|title|alt)="([^"]*)""#).expect("regex");
    let mut said: Vec<String> = attrs.captures_iter(html).map(|c| c[1].to_owned()).collect();
    let tags = regex::Regex::new(r"(?s)<style.*?</style>|<script.*?</script>|<[^>]*>").expect("regex");
    said.push(tags.replace_all(html, "\n").into_owned());
    said.join("\n").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
}

#[tokio::test]
async fn every_screen_in_the_pseudo_locale_says_nothing_the_catalogue_did_not() {
    let plain = regex::Regex::new(r"[A-Za-z]{3,}").expect("regex");
    let mut untranslated = Vec::new();
    for path in EVERY_SCREEN {
        let (_, html) = Screen::open(lived_in(attune_core::Locale::Pseudo), path).await;
        let words = words_on(&html);
        assert!(words.contains('['), "{path}: nothing from the catalogue at all");
        // Each language is offered under its own name, in its own language, on purpose.
        let own_name = |l: &str| attune_core::Locale::SHIPPED.iter().any(|locale| locale.name() == l.trim());
        untranslated
            .extend(words.lines().filter(|l| plain.is_match(l) && !own_name(l)).map(|l| format!("{path}: {l}")));
    }
    assert!(untranslated.is_empty(), "not from the catalogue: {untranslated:#?}");
}

#[tokio::test]
async fn every_screen_in_spanish_has_no_english_left() {
    let english = regex::Regex::new(
        r"\b(?i:the|your|you|and|with|this|that|what|when|today|week|partner|share|shared|saved|update|updates|check-in|back|about|day|days|of)\b",
    )
    .expect("regex");
    let mut left = Vec::new();
    for path in EVERY_SCREEN {
        let (_, html) = Screen::open(lived_in(attune_core::Locale::Spanish), path).await;
        assert!(html.contains("lang=\"es\""), "{path}: the page says it is Spanish");
        let words = words_on(&html);
        left.extend(words.lines().filter(|l| english.is_match(l)).map(|l| format!("{path}: {l}")));
    }
    assert!(left.is_empty(), "English on a Spanish screen: {left:#?}");
}

#[tokio::test]
async fn first_run_the_lock_and_an_error_in_the_pseudo_locale_and_in_spanish() {
    let plain = regex::Regex::new(r"[A-Za-z]{3,}").expect("regex");
    for locale in [attune_core::Locale::Pseudo, attune_core::Locale::Spanish] {
        // A new phone: the welcome in the phone's language.
        let mut fresh = store();
        fresh.set_phone_locale(locale).expect("phone language");
        let (_, welcome) = Screen::open(fresh, "/welcome").await;
        let welcome_words = words_on(&welcome);
        assert!(welcome.contains(&format!("lang=\"{}\"", locale.tag())), "{welcome}");
        assert!(welcome_words.contains(&attune_core::Program::for_locale(locale).welcome.title), "{welcome_words}");

        // The lock screen, with a wrong PIN's wait.
        let mut locked = lived_in(locale);
        locked.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
        let (mut screen, html) = Screen::open_locked(locked, "/", false).await;
        let html = html + &screen.act(|s| s.unlock("1111").map(|_| ())).await;
        let words = words_on(&html);
        if locale == attune_core::Locale::Pseudo {
            let left: Vec<&str> = words.lines().filter(|l| plain.is_match(l)).collect();
            assert!(left.is_empty(), "the lock in the pseudo-locale: {left:#?}");
            let left: Vec<&str> = welcome_words.lines().filter(|l| plain.is_match(l)).collect();
            assert!(left.is_empty(), "the welcome in the pseudo-locale: {left:#?}");
        } else {
            assert!(words.contains("Attune está bloqueado"), "{words}");
        }
        // An error, said in the couple's language.
        let said = locale.words().error(&attune_core::Error::WrongCode);
        assert_ne!(said, attune_core::Error::WrongCode.to_string(), "{locale}");
    }
}

#[test]
fn a_step_address_names_a_step_and_any_other_address_is_not_found() {
    use attune_app::Route;
    use attune_core::Step;
    use std::str::FromStr;
    for step in Step::ALL {
        let address = Route::StepScreen { step }.to_string();
        assert_eq!(address, format!("/journey/{}", step.id()));
        assert!(matches!(Route::from_str(&address), Ok(Route::StepScreen { step: read }) if read == step), "{address}");
    }
    assert!(
        matches!(Route::from_str("/journey/bravery"), Ok(Route::NotFound { .. })),
        "a made-up step is the not-found page, not a step"
    );
}

#[tokio::test]
async fn a_tap_takes_the_quiet_day_and_another_ends_it() {
    let mut phone = Touch::open(set_up(), "/").await;
    assert!(!phone.read(|s| Ok(s.today()?.quiet)).await);
    phone.tap("Take a quiet day").await;
    assert!(phone.read(|s| Ok(s.today()?.quiet)).await, "the tap took a quiet day");
    assert!(phone.doc.text().contains("A quiet day"), "{}", phone.doc.text());
    phone.tap("Not a quiet day").await;
    assert!(!phone.read(|s| Ok(s.today()?.quiet)).await, "the second tap ended it");
}

#[tokio::test]
async fn a_check_in_made_with_taps_and_typing_is_the_one_saved() {
    let mut phone = Touch::open(set_up(), "/check-in").await;
    phone.tap_labelled("Connection today: 4 of 5").await;
    for (marker, n) in [("Safe", 5), ("Seen", 4), ("Trust", 3), ("Repair", 2), ("Rely", 1)] {
        phone.tap_labelled(&format!("{marker}: {n} of 5")).await;
    }
    phone.type_into("textarea", "appreciation", "You fixed the bike.").await;
    phone.submit().await;
    let saved = phone.read(|s| Ok(s.today()?.check_in)).await;
    let saved = saved.unwrap_or_else(|| panic!("saved by the form: {}", phone.doc.text()));
    assert_eq!((saved.connection, saved.appreciation.as_deref()), (4, Some("You fixed the bike.")));
    let markers = phone.read(|s| Ok(s.check_in_form()?.saved.map(|c| c.markers))).await.expect("saved");
    assert_eq!(markers, Markers { safe: 5, seen: 4, trust: 3, repair: 2, rely: 1 }, "each dot sets its own marker");
    assert!(phone.doc.text().contains("Your check-in"), "back on Today: {}", phone.doc.text());
}

#[tokio::test]
async fn a_check_in_without_its_ratings_is_refused_on_screen_and_not_saved() {
    let mut phone = Touch::open(set_up(), "/check-in").await;
    phone.tap_labelled("Connection today: 4 of 5").await;
    phone.type_into("textarea", "appreciation", "Tea.").await;
    phone.submit().await;
    assert!(phone.read(|s| Ok(s.today()?.check_in)).await.is_none(), "nothing saved");
    let text = phone.doc.text();
    assert!(text.contains("Tap a number for connection and for each of the five markers."), "{text}");
    assert!(text.contains("Save check-in"), "still on the form");
}

#[tokio::test]
async fn the_question_page_saves_my_answer_and_our_own_question_each_from_its_own_form() {
    let mut phone = Touch::open(set_up(), "/question").await;
    phone.type_into("textarea", "my-answer", "Slow breakfasts.").await;
    phone.submit_around("my-answer").await;
    let mine = phone.read(|s| Ok(s.question_of_the_day()?.my_answer)).await;
    assert_eq!(mine.as_deref(), Some("Slow breakfasts."), "{}", phone.doc.text());
    assert!(phone.read(|s| s.own_questions()).await.is_empty(), "the other form did nothing");

    phone.type_into("input", "own-question", "What made you laugh this week?").await;
    phone.submit_around("own-question").await;
    let own = phone.read(|s| s.own_questions()).await;
    assert_eq!(own.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["What made you laugh this week?"]);
    assert_eq!(
        phone.read(|s| Ok(s.question_of_the_day()?.my_answer)).await.as_deref(),
        Some("Slow breakfasts."),
        "my answer untouched"
    );
}

#[tokio::test]
async fn each_look_button_in_settings_changes_what_it_says() {
    let mut phone = Touch::open(set_up(), "/settings").await;
    phone.tap("Dark").await;
    phone.tap("Larger").await;
    let settings = phone.read(|s| s.settings()).await;
    assert_eq!((settings.theme, settings.text_size), (attune_core::Theme::Dark, attune_core::TextSize::Larger));
    phone.tap("Light").await;
    assert_eq!(phone.read(|s| s.settings()).await.theme, attune_core::Theme::Light);
}
