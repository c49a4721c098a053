//! Android through JNI, on the activity Dioxus runs in (`ndk_context`). Only framework classes
//! are named here (they resolve from any thread); the app's own Kotlin (`MainActivity.kt`) is
//! reached through files and an explicit broadcast, never by class lookup.

use std::path::{Path, PathBuf};

use jni::JavaVM;
use jni::objects::{JObject, JValue};

use crate::{PhoneReminders, REMINDER_FILE};

/// The `OutboxProvider` authority declared in `platforms/android/AndroidManifest.xml`.
const OUTBOX_AUTHORITY: &str = "app.attune.couples.outbox";
/// `ReminderReceiver` in `MainActivity.kt`, and the action that tells it the plan changed.
const REMINDER_RECEIVER: &str = "dev.dioxus.main.ReminderReceiver";
const PLAN_CHANGED: &str = "app.attune.couples.REMINDER_PLAN_CHANGED";
const POST_NOTIFICATIONS: &str = "android.permission.POST_NOTIFICATIONS";

fn with_activity<T>(
    f: impl FnOnce(&mut jni::JNIEnv<'_>, &JObject<'_>) -> jni::errors::Result<T>,
) -> jni::errors::Result<T> {
    let ctx = ndk_context::android_context();
    // SAFETY: ndk_context hands out the process's JavaVM and the current activity, both
    // valid for the life of the app; we only borrow them here.
    let vm = unsafe { JavaVM::from_raw(ctx.vm().cast()) }?;
    let mut env = vm.attach_current_thread()?;
    // SAFETY: see above; the activity outlives this call.
    let activity = unsafe { JObject::from_raw(ctx.context().cast()) };
    f(&mut env, &activity)
}

pub fn files_dir() -> Option<PathBuf> {
    with_activity(|env, activity| {
        let dir = env.call_method(activity, "getFilesDir", "()Ljava/io/File;", &[])?.l()?;
        let path = env.call_method(&dir, "getAbsolutePath", "()Ljava/lang/String;", &[])?.l()?;
        let path: String = env.get_string(&path.into())?.into();
        Ok(PathBuf::from(path))
    })
    .ok()
}

/// `ACTION_SEND` of `files/outbox/<name>` as `content://app.attune.couples.outbox/<name>`, with
/// read permission granted to the one app the person picks.
pub fn share(file: &Path, title: &str) -> jni::errors::Result<()> {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    with_activity(|env, activity| {
        let name = env.new_string(name)?;
        let encoded = env
            .call_static_method(
                "android/net/Uri",
                "encode",
                "(Ljava/lang/String;)Ljava/lang/String;",
                &[JValue::Object(&name)],
            )?
            .l()?;
        let encoded: String = env.get_string(&encoded.into())?.into();
        let address = env.new_string(format!("content://{OUTBOX_AUTHORITY}/{encoded}"))?;
        let uri = env
            .call_static_method(
                "android/net/Uri",
                "parse",
                "(Ljava/lang/String;)Landroid/net/Uri;",
                &[JValue::Object(&address)],
            )?
            .l()?;
        let action = env.new_string("android.intent.action.SEND")?;
        let intent = env.new_object("android/content/Intent", "(Ljava/lang/String;)V", &[JValue::Object(&action)])?;
        let mime = env.new_string("application/octet-stream")?;
        env.call_method(&intent, "setType", "(Ljava/lang/String;)Landroid/content/Intent;", &[JValue::Object(&mime)])?;
        let extra = env.new_string("android.intent.extra.STREAM")?;
        env.call_method(
            &intent,
            "putExtra",
            "(Ljava/lang/String;Landroid/os/Parcelable;)Landroid/content/Intent;",
            &[JValue::Object(&extra), JValue::Object(&uri)],
        )?;
        // The grant travels with ClipData through the chooser to the app picked.
        let label = env.new_string("Attune update")?;
        let clip = env
            .call_static_method(
                "android/content/ClipData",
                "newRawUri",
                "(Ljava/lang/CharSequence;Landroid/net/Uri;)Landroid/content/ClipData;",
                &[JValue::Object(&label), JValue::Object(&uri)],
            )?
            .l()?;
        env.call_method(&intent, "setClipData", "(Landroid/content/ClipData;)V", &[JValue::Object(&clip)])?;
        // FLAG_GRANT_READ_URI_PERMISSION: the receiving app may read this one file.
        env.call_method(&intent, "addFlags", "(I)Landroid/content/Intent;", &[JValue::Int(1)])?;
        let title = env.new_string(title)?;
        let chooser = env.call_static_method(
            "android/content/Intent",
            "createChooser",
            "(Landroid/content/Intent;Ljava/lang/CharSequence;)Landroid/content/Intent;",
            &[JValue::Object(&intent), JValue::Object(&title)],
        )?;
        env.call_method(activity, "startActivity", "(Landroid/content/Intent;)V", &[JValue::Object(&chooser.l()?)])?;
        Ok(())
    })
}

/// Writes (or removes) `files/reminder.json`, asks for the notification permission when a new
/// reminder time is chosen (Android 13+), and tells `ReminderReceiver` to re-plan.
pub fn keep_reminder(plan: Option<&PhoneReminders>) -> std::io::Result<()> {
    let dir = files_dir().ok_or_else(|| std::io::Error::other("no files dir"))?;
    let path = dir.join(REMINDER_FILE);
    let before = std::fs::read_to_string(&path).ok();
    let time_of = |json: &str| {
        serde_json::from_str::<serde_json::Value>(json)
            .ok()
            .map(|v| (v["hour"].as_u64(), v["minute"].as_u64(), v["come_back"]["at_ms"].as_i64()))
    };
    match plan {
        Some(plan) => {
            let json = crate::reminder_json(plan);
            let new_time = before.as_deref().and_then(time_of) != time_of(&json);
            let part = dir.join(format!("{REMINDER_FILE}.part"));
            std::fs::write(&part, json)?;
            std::fs::rename(&part, &path)?;
            if new_time {
                let _ = ask_to_notify();
            }
        }
        None if before.is_some() => std::fs::remove_file(&path)?,
        None => return Ok(()),
    }
    plan_changed().map_err(|e| std::io::Error::other(e.to_string()))
}

fn ask_to_notify() -> jni::errors::Result<()> {
    with_activity(|env, activity| {
        let sdk = env.get_static_field("android/os/Build$VERSION", "SDK_INT", "I")?.i()?;
        if sdk < 33 {
            return Ok(()); // allowed by default before Android 13
        }
        let permission = env.new_string(POST_NOTIFICATIONS)?;
        let granted = env
            .call_method(activity, "checkSelfPermission", "(Ljava/lang/String;)I", &[JValue::Object(&permission)])?
            .i()?;
        if granted != 0 {
            let wanted = env.new_object_array(1, "java/lang/String", &permission)?;
            env.call_method(
                activity,
                "requestPermissions",
                "([Ljava/lang/String;I)V",
                &[JValue::Object(&wanted), JValue::Int(7)],
            )?;
        }
        Ok(())
    })
}

fn plan_changed() -> jni::errors::Result<()> {
    with_activity(|env, activity| {
        let action = env.new_string(PLAN_CHANGED)?;
        let intent = env.new_object("android/content/Intent", "(Ljava/lang/String;)V", &[JValue::Object(&action)])?;
        let receiver = env.new_string(REMINDER_RECEIVER)?;
        env.call_method(
            &intent,
            "setClassName",
            "(Landroid/content/Context;Ljava/lang/String;)Landroid/content/Intent;",
            &[JValue::Object(activity), JValue::Object(&receiver)],
        )?;
        env.call_method(activity, "sendBroadcast", "(Landroid/content/Intent;)V", &[JValue::Object(&intent)])?;
        Ok(())
    })
}
