// Attune on iOS: the daily reminder as a local notification, the share sheet for a written
// update, and opening a received `.attune` file. Text comes from the core via uniffi.
// Build wiring: docs/mobile.md ("iOS").
import Foundation
import UIKit
import UserNotifications

enum AttunePlatform {
    /// The database directory: Library/Application Support inside the app's container.
    static var appDataDir: URL {
        FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
    }

    /// Schedules the daily reminder at hour:minute with today's question as its text.
    static func scheduleReminder(hour: Int, minute: Int) {
        let center = UNUserNotificationCenter.current()
        center.requestAuthorization(options: [.alert, .sound]) { granted, _ in
            guard granted else { return }
            setAppDataDir(path: appDataDir.path)
            let text = (try? databasePath().map { try AttuneStore.open(path: $0).reminderText() } ?? nil)
                ?? "A minute for the two of you."
            let content = UNMutableNotificationContent()
            content.title = "Attune"
            content.body = text
            var when = DateComponents()
            when.hour = hour
            when.minute = minute
            let trigger = UNCalendarNotificationTrigger(dateMatching: when, repeats: true)
            center.add(UNNotificationRequest(identifier: "daily-check-in", content: content, trigger: trigger))
        }
    }

    /// Shows the share sheet (AirDrop, Messages, Mail) for a written `.attune` file.
    static func share(file: URL, from controller: UIViewController) {
        let sheet = UIActivityViewController(activityItems: [file], applicationActivities: nil)
        sheet.popoverPresentationController?.sourceView = controller.view
        controller.present(sheet, animated: true)
    }

    /// Called from `application(_:open:options:)`: opens a received update and returns the
    /// summary line ("Sam: 6 new check-ins, …") or the error sentence.
    static func open(received url: URL) async -> String {
        setAppDataDir(path: appDataDir.path)
        do {
            let access = url.startAccessingSecurityScopedResource()
            defer { if access { url.stopAccessingSecurityScopedResource() } }
            let bytes = try Data(contentsOf: url)
            guard let path = databasePath() else { return "Attune has no data folder yet." }
            let summary = try await AttuneStore.open(path: path).importUpdate(bytes: bytes)
            return summary.message
        } catch let error as AttuneError {
            return errorMessage(error: error)
        } catch {
            return "Attune couldn't read that file."
        }
    }
}
