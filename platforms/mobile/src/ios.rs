//! iOS through objc2: the share sheet (`UIActivityViewController`) and the reminders as local
//! notifications (`UNUserNotificationCenter`): one per planned day (iOS keeps up to 64
//! pending, the plan has 30 and is renewed every time Attune opens) and one at the time to
//! come back from a pause.

use std::path::Path;

use block2::RcBlock;
use objc2::rc::Retained;
use objc2::runtime::{AnyObject, Bool};
use objc2::{MainThreadMarker, MainThreadOnly};
use objc2_foundation::{NSArray, NSDateComponents, NSError, NSString, NSURL};
use objc2_ui_kit::{UIActivityViewController, UIApplication};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNCalendarNotificationTrigger, UNMutableNotificationContent, UNNotificationRequest,
    UNTimeIntervalNotificationTrigger, UNUserNotificationCenter,
};

use crate::PhoneReminders;

/// Presents the share sheet for `file` over the app's window. Must run on the main thread,
/// where Dioxus runs the UI; returns `false` elsewhere or without a window.
pub fn share(file: &Path) -> bool {
    let Some(mtm) = MainThreadMarker::new() else { return false };
    let app = UIApplication::sharedApplication(mtm);
    #[allow(deprecated)] // one window, no scenes: the key window is the app's window
    let Some(root) = app.keyWindow().and_then(|window| window.rootViewController()) else { return false };
    let url = NSURL::fileURLWithPath(&NSString::from_str(&file.to_string_lossy()));
    let item: Retained<AnyObject> = url.into();
    let items = NSArray::from_retained_slice(&[item]);
    let sheet = unsafe {
        UIActivityViewController::initWithActivityItems_applicationActivities(
            UIActivityViewController::alloc(mtm),
            &items,
            None,
        )
    };
    // On an iPad the sheet is a popover and needs an anchor.
    if let (Some(popover), Some(view)) = (sheet.popoverPresentationController(), root.view()) {
        popover.setSourceView(Some(&view));
    }
    root.presentViewController_animated_completion(&sheet, true, None);
    true
}

/// Replaces Attune's pending reminders with one per planned day that has a text, once the
/// person allows notifications (iOS asks the first time).
pub fn keep_reminder(plan: Option<&PhoneReminders>) {
    let center = UNUserNotificationCenter::currentNotificationCenter();
    center.removeAllPendingNotificationRequests();
    let Some(plan) = plan.cloned() else { return };
    let allowed = RcBlock::new(move |granted: Bool, _error: *mut NSError| {
        if granted.as_bool() {
            schedule(&plan);
        }
    });
    center.requestAuthorizationWithOptions_completionHandler(
        UNAuthorizationOptions::Alert | UNAuthorizationOptions::Sound,
        &allowed,
    );
}

fn schedule(plan: &PhoneReminders) {
    let center = UNUserNotificationCenter::currentNotificationCenter();
    if let Some((at_ms, text)) = &plan.come_back {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        #[allow(clippy::cast_precision_loss)] // seconds within a day
        let seconds = (at_ms - now_ms) as f64 / 1000.0;
        if seconds >= 1.0 {
            let content = UNMutableNotificationContent::new();
            content.setTitle(&NSString::from_str("Attune"));
            content.setBody(&NSString::from_str(text));
            let trigger = UNTimeIntervalNotificationTrigger::triggerWithTimeInterval_repeats(seconds, false);
            let request = UNNotificationRequest::requestWithIdentifier_content_trigger(
                &NSString::from_str("attune-come-back"),
                &content,
                Some(&trigger),
            );
            center.addNotificationRequest_withCompletionHandler(&request, None);
        }
    }
    let Some((hour, minute)) = plan.daily else { return };
    for (day, text) in &plan.days {
        let Some(text) = text else { continue };
        let mut parts = day.split('-').map(|p| p.parse::<isize>().unwrap_or(0));
        let (Some(year), Some(month), Some(date)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let content = UNMutableNotificationContent::new();
        content.setTitle(&NSString::from_str("Attune"));
        content.setBody(&NSString::from_str(text));
        let when = NSDateComponents::new();
        when.setYear(year);
        when.setMonth(month);
        when.setDay(date);
        when.setHour(isize::from(hour));
        when.setMinute(isize::from(minute));
        let trigger = UNCalendarNotificationTrigger::triggerWithDateMatchingComponents_repeats(&when, false);
        let request = UNNotificationRequest::requestWithIdentifier_content_trigger(
            &NSString::from_str(&format!("attune-reminder-{day}")),
            &content,
            Some(&trigger),
        );
        center.addNotificationRequest_withCompletionHandler(&request, None);
    }
}
