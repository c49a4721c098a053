// Attune's Android activity and the few things only Android code can do. `dx bundle` compiles
// this one file in place of its default activity (app/Dioxus.toml: [application]
// android_main_activity). It talks to the Rust app through files in the app's private folder,
// so neither side calls the other:
//  - MainActivity / Inbox: a `.attune` file opened with or shared into Attune is copied to
//    files/inbox/ (as `.part` until complete), where the Rust app looks at start and whenever
//    it comes back, and watches while a copy is under way.
//  - ReminderReceiver: the daily reminder, planned from files/reminder.json, which the Rust app
//    writes from the core's reminder plan and announces with a broadcast.
//  - OutboxProvider: the update the Rust app wrote to files/outbox/, read-only, for the app the
//    person picks in the share sheet.
//  - QuickActions: the launcher's long-press "I need a pause" (an app shortcut); the activity
//    leaves files/open-pause, and the Rust app opens the pause when it finds it.
//  - Privacy: while the app lock is on (the Rust app keeps files/app-lock), the screen is kept
//    out of the app switcher's snapshot and out of screenshots.
package dev.dioxus.main

import android.app.Activity
import android.app.AlarmManager
import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.ContentProvider
import android.content.ContentValues
import android.content.Context
import android.content.Intent
import android.content.pm.ShortcutInfo
import android.content.pm.ShortcutManager
import android.database.Cursor
import android.database.MatrixCursor
import android.graphics.drawable.Icon
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.os.ParcelFileDescriptor
import android.provider.OpenableColumns
import android.view.WindowManager
import android.widget.Toast
import java.io.File
import java.io.FileNotFoundException
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZonedDateTime
import org.json.JSONObject

typealias BuildConfig = app.attune.couples.BuildConfig

class MainActivity : WryActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        // Before the Rust app starts, so a cold start with a file finds it in the inbox.
        if (savedInstanceState == null) {
            Inbox.receive(this, intent)
            QuickActions.receive(this, intent)
        }
        super.onCreate(savedInstanceState)
        QuickActions.publish(this)
    }

    override fun onResume() {
        super.onResume()
        Privacy.apply(this)
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        setIntent(intent)
        // The Rust app looks in the inbox again when the activity resumes, right after this.
        Inbox.receive(this, intent)
        QuickActions.receive(this, intent)
    }
}

/**
 * The words this file shows on its own, in the couple's language: files/words.json, which the
 * Rust app writes from its catalogue (attune_platform::keep_phone_words). English until the
 * app has run once.
 */
object PhoneWords {
    /** attune_platform::WORDS_FILE. */
    const val WORDS_FILE = "words.json"

    fun say(context: Context, key: String, english: String): String {
        val file = File(context.filesDir, WORDS_FILE)
        val words = if (file.isFile) runCatching { JSONObject(file.readText()) }.getOrNull() else null
        return words?.optString(key, english)?.takeIf { it.isNotEmpty() } ?: english
    }
}

/** "I need a pause" from the launcher: an app shortcut that opens Attune on the pause. */
object QuickActions {
    /** attune_core::files::PAUSE_REQUEST, which the Rust app looks for and removes. */
    const val PAUSE_REQUEST = "open-pause"
    const val PAUSE = "app.attune.couples.PAUSE"

    fun publish(activity: Activity) {
        if (Build.VERSION.SDK_INT < 25) return // app shortcuts came with Android 7.1
        val shortcuts = activity.getSystemService(ShortcutManager::class.java) ?: return
        val pause = ShortcutInfo.Builder(activity, "pause")
            .setShortLabel(PhoneWords.say(activity, "pause_shortcut", "I need a pause"))
            .setLongLabel(PhoneWords.say(activity, "pause_shortcut", "I need a pause"))
            .setIcon(Icon.createWithResource(activity, android.R.drawable.ic_media_pause))
            .setIntent(Intent(activity, MainActivity::class.java).setAction(PAUSE))
            .build()
        shortcuts.setDynamicShortcuts(listOf(pause))
    }

    fun receive(context: Context, intent: Intent?) {
        if (intent?.action == PAUSE) File(context.filesDir, PAUSE_REQUEST).writeText("")
    }
}

/** FLAG_SECURE while the app lock is on: no app-switcher snapshot, no screenshots. */
object Privacy {
    /** attune_core::files::LOCK_MARKER, which the Rust app keeps while a PIN is set. */
    const val MARKER = "app-lock"

    fun apply(activity: Activity) {
        val secure = WindowManager.LayoutParams.FLAG_SECURE
        if (File(activity.filesDir, MARKER).exists()) {
            activity.window.addFlags(secure)
        } else {
            activity.window.clearFlags(secure)
        }
    }
}

/**
 * Copies a received file into files/inbox/. The `.part` file appears at once, so the Rust app
 * knows one is on its way and watches for it; the copy itself runs off the main thread (a file
 * from a cloud drive may take a while to arrive) and the file is renamed when complete.
 */
object Inbox {
    /** attune_core::MAX_FILE_BYTES. One byte more is copied, so Rust can say "too large". */
    private const val MAX_BYTES = 48L * 1024 * 1024

    fun receive(context: Context, intent: Intent?) {
        if (intent == null) return
        val uri: Uri = when (intent.action) {
            Intent.ACTION_VIEW -> intent.data
            Intent.ACTION_SEND ->
                if (Build.VERSION.SDK_INT >= 33) intent.getParcelableExtra(Intent.EXTRA_STREAM, Uri::class.java)
                else @Suppress("DEPRECATION") intent.getParcelableExtra<Uri>(Intent.EXTRA_STREAM)
            else -> null
        } ?: return
        val inbox = File(context.filesDir, "inbox").apply { mkdirs() }
        val name = "received-${System.currentTimeMillis()}.attune"
        val part = File(inbox, "$name.part").apply { createNewFile() }
        val app = context.applicationContext
        Thread {
            try {
                copy(app, uri, part)
                part.renameTo(File(inbox, name))
            } catch (e: Exception) { // unreadable, gone, or not ours to read
                part.delete()
                Handler(Looper.getMainLooper()).post {
                    Toast.makeText(app, PhoneWords.say(app, "file_unreadable", "Attune couldn't read that file."), Toast.LENGTH_LONG).show()
                }
            }
        }.start()
    }

    private fun copy(context: Context, uri: Uri, part: File) {
        val input = context.contentResolver.openInputStream(uri) ?: throw FileNotFoundException(uri.toString())
        input.use { source ->
            part.outputStream().use { sink ->
                val buffer = ByteArray(64 * 1024)
                var copied = 0L
                while (copied <= MAX_BYTES) {
                    val n = source.read(buffer)
                    if (n < 0) break
                    sink.write(buffer, 0, n)
                    copied += n
                }
            }
        }
    }
}

/**
 * The reminders, from the core's plan: the daily one at the chosen time, and one at the time to
 * come back from a pause.
 */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val plan = readPlan(context)
        val comeBack = plan?.optJSONObject("come_back")
        if (intent.action == COME_BACK && comeBack != null) {
            notify(context, comeBack.getString("text"), COME_BACK_ID)
        }
        if (intent.action == FIRE && plan != null && plan.has("hour")) {
            val today = LocalDate.now().toString()
            val days = plan.getJSONObject("days")
            when {
                !days.has(today) -> notify(context, plan.getString("fallback"), DAILY_ID)
                !days.isNull(today) -> notify(context, days.getString(today), DAILY_ID)
                // null: already checked in today, nothing to remind of.
            }
        }
        schedule(context, plan)
    }

    private fun readPlan(context: Context): JSONObject? {
        val file = File(context.filesDir, PLAN_FILE)
        return if (file.isFile) runCatching { JSONObject(file.readText()) }.getOrNull() else null
    }

    private fun notify(context: Context, text: String, id: Int) {
        val manager = context.getSystemService(NotificationManager::class.java)
        manager.createNotificationChannel(
            NotificationChannel(CHANNEL, PhoneWords.say(context, "channel", "Daily check-in"), NotificationManager.IMPORTANCE_DEFAULT)
        )
        val launch = context.packageManager.getLaunchIntentForPackage(context.packageName) ?: return
        val open = PendingIntent.getActivity(context, 0, launch, PendingIntent.FLAG_IMMUTABLE)
        val notification = Notification.Builder(context, CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle("Attune")
            .setContentText(text)
            .setStyle(Notification.BigTextStyle().bigText(text))
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        manager.notify(id, notification) // dropped by the system if notifications are not allowed
    }

    /** The next reminders: the daily one at the plan's time, the come-back one at its moment. */
    private fun schedule(context: Context, plan: JSONObject?) {
        val alarms = context.getSystemService(AlarmManager::class.java)
        val back = PendingIntent.getBroadcast(
            context, COME_BACK_ID, Intent(context, ReminderReceiver::class.java).setAction(COME_BACK),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT
        )
        val backAt = plan?.optJSONObject("come_back")?.optLong("at_ms") ?: 0L
        if (backAt > System.currentTimeMillis()) {
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, backAt, back)
        } else {
            alarms.cancel(back)
        }
        val fire = Intent(context, ReminderReceiver::class.java).setAction(FIRE)
        val pending = PendingIntent.getBroadcast(
            context, 0, fire, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT
        )
        if (plan == null || !plan.has("hour")) {
            alarms.cancel(pending)
            return
        }
        val now = ZonedDateTime.now()
        var next = now.with(LocalTime.of(plan.getInt("hour"), plan.getInt("minute")))
        if (!next.isAfter(now)) next = next.plusDays(1)
        // Inexact by a few minutes, which a daily nudge doesn't mind and the battery does.
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, next.toInstant().toEpochMilli(), pending)
    }

    companion object {
        const val FIRE = "app.attune.couples.REMINDER"
        const val COME_BACK = "app.attune.couples.COME_BACK"
        private const val DAILY_ID = 1
        private const val COME_BACK_ID = 2
        const val PLAN_CHANGED = "app.attune.couples.REMINDER_PLAN_CHANGED"
        const val PLAN_FILE = "reminder.json"
        private const val CHANNEL = "daily-check-in"
    }
}

/** Serves files/outbox/<name> read-only to the app a share was granted to. */
class OutboxProvider : ContentProvider() {
    override fun onCreate() = true

    private fun file(uri: Uri): File {
        val outbox = File(context!!.filesDir, "outbox").canonicalFile
        val file = File(outbox, uri.lastPathSegment ?: throw FileNotFoundException(uri.toString())).canonicalFile
        if (file.parentFile != outbox || !file.isFile) throw FileNotFoundException(uri.toString())
        return file
    }

    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor {
        if (mode != "r") throw SecurityException("Attune's outbox is read-only")
        return ParcelFileDescriptor.open(file(uri), ParcelFileDescriptor.MODE_READ_ONLY)
    }

    override fun getType(uri: Uri) = "application/octet-stream"

    override fun query(
        uri: Uri,
        projection: Array<out String>?,
        selection: String?,
        args: Array<out String>?,
        order: String?,
    ): Cursor {
        val file = file(uri)
        val columns = projection ?: arrayOf(OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE)
        return MatrixCursor(columns, 1).apply {
            addRow(columns.map {
                when (it) {
                    OpenableColumns.DISPLAY_NAME -> file.name
                    OpenableColumns.SIZE -> file.length()
                    else -> null
                }
            })
        }
    }

    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun update(uri: Uri, values: ContentValues?, selection: String?, args: Array<out String>?) = 0
    override fun delete(uri: Uri, selection: String?, args: Array<out String>?) = 0
}
