// Attune's daily reminder on Android: a local notification at the chosen time, no network.
// The text comes from the core (today's question) through the uniffi bindings.
// Build wiring: docs/mobile.md ("Android: reminder and file provider").
package app.attune.couples

import android.app.AlarmManager
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import androidx.core.app.NotificationCompat
import java.util.Calendar
import uniffi.attune_ffi.AttuneStore
import uniffi.attune_ffi.databasePath
import uniffi.attune_ffi.setAppDataDir

class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        setAppDataDir(context.filesDir.absolutePath)
        val text = databasePath()?.let { runCatching { AttuneStore.open(it).reminderText() }.getOrNull() }
            ?: "A minute for the two of you."
        val manager = context.getSystemService(NotificationManager::class.java)
        manager.createNotificationChannel(
            NotificationChannel(CHANNEL, "Daily check-in", NotificationManager.IMPORTANCE_DEFAULT)
        )
        val open = PendingIntent.getActivity(
            context, 0, context.packageManager.getLaunchIntentForPackage(context.packageName),
            PendingIntent.FLAG_IMMUTABLE
        )
        val notification = NotificationCompat.Builder(context, CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle("Attune")
            .setContentText(text)
            .setStyle(NotificationCompat.BigTextStyle().bigText(text))
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        manager.notify(1, notification)
        schedule(context, intent.getIntExtra(HOUR, 20), intent.getIntExtra(MINUTE, 30))
    }

    companion object {
        private const val CHANNEL = "daily-check-in"
        private const val HOUR = "hour"
        private const val MINUTE = "minute"

        /** Schedules the next reminder at hour:minute local time (inexact, battery friendly). */
        fun schedule(context: Context, hour: Int, minute: Int) {
            val next = Calendar.getInstance().apply {
                set(Calendar.HOUR_OF_DAY, hour); set(Calendar.MINUTE, minute); set(Calendar.SECOND, 0)
                if (before(Calendar.getInstance())) add(Calendar.DAY_OF_MONTH, 1)
            }
            val intent = Intent(context, ReminderReceiver::class.java).putExtra(HOUR, hour).putExtra(MINUTE, minute)
            val pending = PendingIntent.getBroadcast(context, 0, intent, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT)
            context.getSystemService(AlarmManager::class.java)
                .setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, next.timeInMillis, pending)
        }
    }
}
