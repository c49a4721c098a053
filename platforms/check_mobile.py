#!/usr/bin/env python3
"""Checks that the phone wiring agrees with itself, where no SDK is needed to see it.

Android's manifest, the Kotlin in MainActivity.kt, the Rust that calls them and app/Dioxus.toml
name the same things (classes, the provider's authority, actions, file names, the size limit)
in four languages; nothing compiles them together on this machine (no Android SDK, no Xcode),
so a rename on one side would only show on a phone. This script fails CI instead.

    python3 platforms/check_mobile.py
"""

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANDROID = "{http://schemas.android.com/apk/res/android}"
problems = []


def check(ok, what):
    if not ok:
        problems.append(what)


def rust_const(path, name):
    text = (ROOT / path).read_text()
    found = re.search(rf'const {name}: &str = "([^"]*)";', text)
    check(found, f"{path}: no const {name}")
    return found.group(1) if found else None


def kotlin_const(text, name):
    found = re.search(rf'const val {name} = "([^"]*)"', text)
    check(found, f"MainActivity.kt: no const {name}")
    return found.group(1) if found else None


config = tomllib.loads((ROOT / "app/Dioxus.toml").read_text())
application = config["application"]
manifest_path = (ROOT / "app" / application["android_manifest"]).resolve()
activity_path = (ROOT / "app" / application["android_main_activity"]).resolve()
check(manifest_path.is_file(), f"Dioxus.toml android_manifest {manifest_path} is missing")
check(activity_path.is_file(), f"Dioxus.toml android_main_activity {activity_path} is missing")

kotlin = activity_path.read_text()
package = re.search(r"^package ([\w.]+)", kotlin, re.M).group(1)
kotlin_classes = {f"{package}.{name}" for name in re.findall(r"^(?:abstract |open )?class (\w+)", kotlin, re.M)}
identifier = config["android"]["identifier"]
check(identifier == config["bundle"]["identifier"], "Android identifier differs from the bundle identifier")
check(f"typealias BuildConfig = {identifier}.BuildConfig" in kotlin, "MainActivity.kt's BuildConfig is not the app's")

# The manifest: the activity dx starts, the `.attune` filters, the provider and the receiver.
manifest = ET.parse(manifest_path).getroot()
app = manifest.find("application")
permissions = {p.get(f"{ANDROID}name") for p in manifest.findall("uses-permission")}
for permission in ("POST_NOTIFICATIONS", "RECEIVE_BOOT_COMPLETED", "CAMERA"):
    check(f"android.permission.{permission}" in permissions, f"manifest lacks {permission}")
check(app.get(f"{ANDROID}allowBackup") == "false", "the database must not go to a cloud backup (allowBackup)")

activities = app.findall("activity")
check(len(activities) == 1, "one activity")
activity = activities[0]
check(activity.get(f"{ANDROID}name") in kotlin_classes, "the manifest's activity is not in MainActivity.kt")
meta = {m.get(f"{ANDROID}name"): m.get(f"{ANDROID}value") for m in activity.findall("meta-data")}
check(meta.get("android.app.lib_name") == "main", "dx builds libmain.so: lib_name must be main")
filters = [
    (
        {a.get(f"{ANDROID}name") for a in f.findall("action")},
        [{k.replace(ANDROID, ""): v for k, v in d.attrib.items()} for d in f.findall("data")],
    )
    for f in activity.findall("intent-filter")
]
check(
    any("android.intent.action.VIEW" in actions and any(d.get("pathPattern", "").endswith(r"\\.attune") for d in data)
        for actions, data in filters),
    "no VIEW filter for .attune files",
)
check(any("android.intent.action.SEND" in actions for actions, _ in filters), "no SEND filter")

providers = app.findall("provider")
check(len(providers) == 1, "one provider")
provider = providers[0]
check(provider.get(f"{ANDROID}name") in kotlin_classes, "the provider class is not in MainActivity.kt")
check(provider.get(f"{ANDROID}exported") == "false" and provider.get(f"{ANDROID}grantUriPermissions") == "true",
      "the outbox must be private, shared only by granted URIs")
check(provider.get(f"{ANDROID}authorities") == rust_const("platforms/mobile/src/android.rs", "OUTBOX_AUTHORITY"),
      "the provider's authority differs from the one Rust shares with")

receivers = [r.get(f"{ANDROID}name") for r in app.findall("receiver")]
receiver = rust_const("platforms/mobile/src/android.rs", "REMINDER_RECEIVER")
check(receiver in receivers, "Rust's reminder receiver is not in the manifest")
check(receiver in kotlin_classes, "Rust's reminder receiver is not in MainActivity.kt")

# What Rust and Kotlin pass each other through files and broadcasts.
check(kotlin_const(kotlin, "PLAN_CHANGED") == rust_const("platforms/mobile/src/android.rs", "PLAN_CHANGED"),
      "the plan-changed action differs")
check(kotlin_const(kotlin, "PLAN_FILE") == rust_const("platforms/mobile/src/lib.rs", "REMINDER_FILE"),
      "the reminder file name differs")
for key in ("hour", "minute", "fallback", "days"):
    check(f'"{key}"' in kotlin and f'"{key}"' in (ROOT / "platforms/mobile/src/lib.rs").read_text(),
          f"reminder.json key {key} not on both sides")
check(kotlin_const(kotlin, "WORDS_FILE") == rust_const("platforms/mobile/src/lib.rs", "WORDS_FILE")
      == rust_const("shared/src/storage/files.rs", "PHONE_WORDS_FILE"), "the phone's words file differs")
for key in ("channel", "pause_shortcut", "file_unreadable"):
    check(f'"{key}"' in kotlin and f'"{key}"' in (ROOT / "platforms/mobile/src/lib.rs").read_text(),
          f"words.json key {key} not on both sides")
inbox = rust_const("shared/src/storage/files.rs", "INBOX_DIR")
check(f'File(context.filesDir, "{inbox}")' in kotlin, "the Kotlin inbox folder differs from Rust's")
check('.part"' in kotlin and rust_const("shared/src/storage/files.rs", "PARTIAL_SUFFIX") == "part",
      "half-copied files must be .part on both sides")
check(kotlin_const(kotlin, "MARKER") == rust_const("shared/src/storage/files.rs", "LOCK_MARKER"),
      "the app-lock marker differs between Kotlin and the core")
check(kotlin_const(kotlin, "PAUSE_REQUEST") == rust_const("shared/src/storage/files.rs", "PAUSE_REQUEST"),
      "the quick action's pause request differs between Kotlin and the core")
check(rust_const("platforms/mobile/src/lib.rs", "REMINDER_FILE") == rust_const("shared/src/storage/files.rs", "REMINDER_FILE"),
      "the reminder file delete-all removes differs from the one the phone writes")
limit = re.search(r"MAX_FILE_BYTES: usize = ([\d *]+);", (ROOT / "shared/src/exchange/format.rs").read_text()).group(1)
kotlin_limit = re.search(r"MAX_BYTES = ([\dL *]+)", kotlin).group(1).replace("L", "")
check(eval(limit) == eval(kotlin_limit), f"size limits differ: core {limit}, Kotlin {kotlin_limit}")  # noqa: S307 (digits and *)

# iOS: the `.attune` type Attune declares and opens.
plist = config["ios"]["plist"]
exported = {t["UTTypeIdentifier"]: t for t in plist.get("UTExportedTypeDeclarations", [])}
documents = plist.get("CFBundleDocumentTypes", [])
check(any("attune" in t["UTTypeTagSpecification"]["public.filename-extension"] for t in exported.values()),
      "iOS: no exported type for .attune")
check(any(set(d["LSItemContentTypes"]) & set(exported) for d in documents), "iOS: no document type Attune opens")
check("camera" in plist.get("NSCameraUsageDescription", ""), "iOS: swap by looking needs NSCameraUsageDescription")
check(plist.get("LSSupportsOpeningDocumentsInPlace") is False, "iOS: received files must be copies in the inbox")

if problems:
    print("phone wiring disagrees:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"phone wiring agrees: manifest, {len(kotlin_classes)} Kotlin classes, Rust constants, Dioxus.toml")
