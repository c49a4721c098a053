//! Android through JNI, on the activity Dioxus runs in (`ndk_context`).

use std::path::{Path, PathBuf};

use jni::JavaVM;
use jni::objects::{JObject, JValue};

/// The FileProvider authority declared in the manifest (see `platforms/android/`).
const FILE_PROVIDER: &str = "app.attune.couples.files";

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

pub fn share(file: &Path, title: &str) -> jni::errors::Result<()> {
    with_activity(|env, activity| {
        let path = env.new_string(file.display().to_string())?;
        let java_file = env.new_object("java/io/File", "(Ljava/lang/String;)V", &[JValue::Object(&path)])?;
        let authority = env.new_string(FILE_PROVIDER)?;
        let uri = env
            .call_static_method(
                "androidx/core/content/FileProvider",
                "getUriForFile",
                "(Landroid/content/Context;Ljava/lang/String;Ljava/io/File;)Landroid/net/Uri;",
                &[JValue::Object(activity), JValue::Object(&authority), JValue::Object(&java_file)],
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
