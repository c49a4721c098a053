// Attune's uniffi Kotlin bindings, compiled with kotlinc and run on the JVM against the
// host-built libattune_ffi.so: exactly the calls the Android app's Kotlin would make. A couple
// sets up, pairs, checks in, swaps updates both ways, meets typed errors, makes and restores a
// backup, and locks the app. Run: bash tests/bindings/kotlin/run.sh

import java.io.File
import java.nio.file.Files
import kotlinx.coroutines.runBlocking
import uniffi.attune_core.*
import uniffi.attune_ffi.*

private var checks = 0
private val failures = mutableListOf<String>()

private fun check(ok: Boolean, what: String) {
    checks += 1
    if (!ok) failures += what
}

private fun <T> same(actual: T, expected: T, what: String) = check(actual == expected, "$what: expected <$expected>, got <$actual>")

/** Runs `block` and says which AttuneException it threw (null when none). */
private inline fun thrown(block: () -> Unit): AttuneException? =
    try { block(); null } catch (e: AttuneException) { e }

private fun draft(connection: Int, appreciation: String? = null, answer: String? = null, shared: Boolean = true) =
    CheckInDraft(
        connection = connection.toUByte(),
        markers = Markers(safe = 4u, seen = 3u, trust = 4u, repair = 3u, rely = 5u),
        appreciation = appreciation, need = null, goodNews = null, kept = emptyList(), answer = answer, shared = shared,
    )

private fun KindCounts.total() =
    (checkIns + answers + reflections + selfChecks + commitments + commitmentLogs + profile + pacts + repairNotes + ownQuestions).toInt()

private fun phone(dir: File, name: String): AttuneStore =
    AttuneStore.open(File(dir, "$name/attune.sqlite3").path).also { it.setUp(name, null) }

fun main() {
    val dir = Files.createTempDirectory("attune-kotlin").toFile()
    try {
        aCoupleSwapsUpdates(dir)
        badFilesAreTypedErrors(dir)
        aBackupRestoresOntoANewPhoneAndTheLockHolds(dir)
        whoToCallFollowsTheRegion()
    } finally {
        dir.deleteRecursively()
    }
    if (failures.isNotEmpty()) {
        failures.forEach { System.err.println("FAILED: $it") }
        System.err.println("${failures.size} of $checks checks failed")
        kotlin.system.exitProcess(1)
    }
    println("Kotlin bindings on the JVM: all $checks checks passed")
}

private fun aCoupleSwapsUpdates(dir: File) = runBlocking {
    val alex = phone(dir, "Alex")
    val sam = phone(dir, "Sam")
    check(alex.isSetUp(), "Alex is set up")
    val code = alex.createCoupleCode()
    check(Regex("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$").matches(code), "a couple code looks like one: $code")
    sam.enterCoupleCode(code)

    alex.saveCheckIn(draft(4, appreciation = "Thanks for the tea.", answer = "Walks."))
    alex.saveCheckIn(draft(5, appreciation = "Thanks for the tea.")) // edits today's
    val update = alex.exportUpdate()
    check(String(update, 0, 19, Charsets.US_ASCII) == "age-encryption.org/", "an update is an age file")

    val summary = sam.importUpdate(update)
    same(summary.partnerName, "Alex", "the sender's name")
    same(summary.new.checkIns, 1u, "one new check-in")
    check(importMessage(summary).contains("Alex: 1 check-in"), "the summary's sentence: ${importMessage(summary)}")
    same(sayImportSummary(Locale.SPANISH, summary), "Alex: lo nuevo, 1 registro, 1 respuesta.", "the summary in Spanish")

    val partner = sam.partner()
    same(partner.name, "Alex", "Sam's partner")
    same(partner.checkIns.single().connection, 5.toUByte(), "the edited check-in travelled")
    same(partner.checkIns.single().appreciation, "Thanks for the tea.", "the appreciation travelled")
    check(partner.safetyNumber != null, "a safety number once signed updates arrive")
    same(alex.safetyNumber(), null, "Alex has no number before Sam's first update")

    check(sam.questionOfTheDay().partner is PartnerAnswer.Hidden, "Alex's answer hidden until Sam answers")
    sam.answerQuestion("Breakfast in bed.", true)
    same((sam.questionOfTheDay().partner as? PartnerAnswer.Revealed)?.text, "Walks.", "revealed after answering")

    val again = sam.importUpdate(update)
    same(again.new.total() + again.updated.total() + again.removed.total(), 0, "the same file twice changes nothing")

    val back = alex.importUpdate(sam.exportUpdate())
    same(back.partnerName, "Sam", "Alex hears from Sam")
    same(alex.safetyNumber(), sam.safetyNumber(), "both phones show the same safety number")
    val today = alex.today()
    check(today.paired, "Alex is paired")
    same(today.checkIn?.connection, 5.toUByte(), "Today shows the check-in")

    // Sam confirmed everything of Alex's: the next update carries only what changed.
    same(alex.exchange().nextUpdate, NextUpdate(whole = false, entries = 0u), "nothing unconfirmed")
    alex.answerQuestion("Slow mornings.", true)
    same(alex.exchange().nextUpdate.entries, 1u, "one entry to send")
    val delta = alex.exportUpdate()
    check(delta.size < alex.exportWholeUpdate().size, "a delta is smaller than the whole")
    same(sam.importUpdate(delta).updated.answers, 1u, "the changed answer arrives")
}

private fun badFilesAreTypedErrors(dir: File) = runBlocking {
    val ana = phone(dir, "Ana")
    val ben = phone(dir, "Ben")
    val code = ana.createCoupleCode()
    ben.enterCoupleCode(code)
    val update = ana.exportUpdate()
    val jo = phone(dir, "Jo")
    jo.createCoupleCode()

    val cases = listOf(
        Triple("another couple's code", jo.exportUpdate(), AttuneException.WrongCode::class),
        Triple("a damaged file", update.copyOf(update.size - 30), AttuneException.Damaged::class),
        Triple("not an Attune file", "hello, this is a note".toByteArray(), AttuneException.NotAnAttuneFile::class),
        Triple("a plain copy", ana.exportUpdatePlain(), AttuneException.PlainUpdate::class),
        Triple("my own update", ben.exportUpdate(), AttuneException.OwnUpdate::class),
        Triple("a backup, not an update", ana.backup("a long passphrase here"), AttuneException.IsBackup::class),
    )
    for ((what, bytes, expected) in cases) {
        val error = thrown { runBlocking { ben.importUpdate(bytes) } }
        check(expected.isInstance(error), "$what: expected ${expected.simpleName}, got $error")
        check(error != null && errorMessage(error).isNotBlank(), "$what: a sentence to show")
    }
    val mistyped = code.dropLast(1) + (if (code.last() == '0') '1' else '0')
    check(thrown { phone(dir, "Lee").enterCoupleCode(mistyped) } is AttuneException.MistypedCode, "a mistyped code")
    val short = thrown { phone(dir, "Ash").enterCoupleCode("ABCD") }
    check(short is AttuneException.CodeLength && short.expected == 14u && short.got == 4u, "a short code says its lengths: $short")
    val rating = thrown { ana.saveCheckIn(draft(9)) }
    check(rating is AttuneException.RatingOutOfRange && errorMessage(rating).contains("1 to 5"), "a rating of 9: $rating")
    val control = thrown { ana.setNames("Ana", "B\u0000n") }
    check(control is AttuneException.Text && control.field == TextField.PARTNER_NAME, "a control character in a name: $control")
    same(ana.settings().myName, "Ana", "nothing saved by a refused change")
}

private fun aBackupRestoresOntoANewPhoneAndTheLockHolds(dir: File) = runBlocking {
    val alex = phone(dir, "Alexis")
    val note = alex.addReflection(ReflectionDraft(exercise = "roots-home", pattern = null, texts = listOf("Quiet love, shown in meals."), shared = false))
    val backup = alex.backup("apricot lanterns at dusk")

    val newPhone = AttuneStore.open(File(dir, "new/attune.sqlite3").path)
    val wrong = thrown { runBlocking { newPhone.restoreBackup(backup, "not the passphrase") } }
    check(wrong is AttuneException.WrongPassphrase, "a wrong passphrase: $wrong")
    val restored = newPhone.restoreBackup(backup, "apricot lanterns at dusk")
    check(restored.restored.reflections >= 1u, "the reflection is restored")
    same(newPhone.myReflections().firstOrNull()?.id, note, "the same entry, the same id")
    same(newPhone.settings().myName, "Alexis", "the name came back")
    val someone = phone(dir, "Someone")
    val other = thrown { runBlocking { someone.restoreBackup(backup, "apricot lanterns at dusk") } }
    check(other is AttuneException.BackupOfSomeoneElse, "someone else's backup is refused: $other")

    newPhone.setPin("2468")
    check(newPhone.lockView().hasPin, "the lock is on")
    check(newPhone.lockRequired(), "a PIN asks at start")
    check(newPhone.unlock("1357") is Unlock.WrongPin, "a wrong PIN")
    check(newPhone.unlock("2468") is Unlock.Unlocked, "the right PIN")
    newPhone.setLockAfter(LockAfter.ONE_MINUTE)
    check(!newPhone.lockAgainAfter(30_000), "away 30 s: still open")
    check(newPhone.lockAgainAfter(60_000), "away a minute: asks again")
    check(!newPhone.cameBack(), "back without having gone away: nothing to lock")
    newPhone.wentAway()
    check(!newPhone.cameBack(), "back at once: within the minute")

    check(newPhone.deleteAllData() >= 1u, "delete everything removes files")
    check(File(dir, "new").listFiles().isNullOrEmpty(), "every file Attune wrote is gone")
    check(thrown { newPhone.today() } is AttuneException.Storage, "a deleted store says so")
}

private fun whoToCallFollowsTheRegion() {
    val mexico = helpForPhone(Locale.SPANISH, listOf("es-MX", "en-US"))
    same(mexico?.emergency, "911", "Mexico's emergency number")
    same(mexico?.country, "México", "the country, in Spanish")
    val spain = helpForPhone(Locale.ENGLISH, listOf("es_ES"))
    same(spain?.lines?.single()?.serves, Serves.WOMEN, "016 says it serves women")
    same(helpForPhone(Locale.ENGLISH, listOf("ja-JP")), null, "no checked numbers: none")
    // The program's own words, as a native screen would show them.
    val spanish = program(Locale.SPANISH)
    same(spanish.steps.map { it.step }, listOf(Step.AWARENESS, Step.COMPASSION, Step.ACCOUNTABILITY, Step.GROWTH), "the four steps")
    same(spanish.safety.title, "Seguridad y cómo pedir ayuda", "the safety page in Spanish")
    same(spanish.repair.turns.first().who, Speaker.FIRST, "the partner who paused speaks first")
    same(spanish.patterns.map { it.id }, program(Locale.ENGLISH).patterns.map { it.id }, "the self-check's ids are not translated")
}

