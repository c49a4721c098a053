"""Attune's uniffi bindings, loaded from Python against the real library: a couple's round
(two stores, pairing, a check-in, export, import, reading the partner's entries) and each
typed error a bad file or a wrong code produces.

Run: bash platforms/bindgen.sh && python3 tests/bindings/test_bindings.py
"""

import asyncio
import datetime
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BINDINGS = os.environ.get("ATTUNE_PY_BINDINGS", os.path.join(HERE, "..", "..", "platforms", "bindings", "python"))
sys.path.insert(0, BINDINGS)

import attune  # noqa: E402  (the package: attune_core's types and attune_ffi's store)


def check_in(connection, shared=True, appreciation=None, answer=None, kept=(), good_news=None):
    return attune.CheckInDraft(
        connection=connection, markers=attune.Markers(safe=4, seen=3, trust=4, repair=3, rely=5),
        appreciation=appreciation, need=None, good_news=good_news, kept=list(kept), answer=answer, shared=shared,
    )


def total(counts):
    return (counts.check_ins + counts.answers + counts.reflections + counts.self_checks + counts.commitments
            + counts.commitment_logs + counts.profile + counts.pacts + counts.repair_notes)


class Phone:
    def __init__(self, directory, name):
        self.store = attune.AttuneStore.open(os.path.join(directory, name, "attune.sqlite3"))
        self.store.set_up(name, None)


class CoupleRound(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.alex = Phone(self.dir.name, "Alex")
        self.sam = Phone(self.dir.name, "Sam")
        self.code = self.alex.store.create_couple_code()
        self.sam.store.enter_couple_code(self.code)

    def tearDown(self):
        self.dir.cleanup()

    def test_a_couple_pairs_checks_in_and_swaps_updates(self):
        self.assertRegex(self.code, r"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$")
        self.assertTrue(self.alex.store.is_set_up())
        self.alex.store.save_check_in(check_in(4, appreciation="Thanks for the tea.", answer="Walks."))
        self.alex.store.save_check_in(check_in(5, appreciation="Thanks for the tea."))  # edits today's
        update = asyncio.run(self.alex.store.export_update())
        self.assertTrue(bytes(update).startswith(b"age-encryption.org/"))

        summary = asyncio.run(self.sam.store.import_update(update))
        self.assertEqual(summary.partner_name, "Alex")
        self.assertGreaterEqual(total(summary.new), 2)
        self.assertEqual(summary.new.check_ins, 1)
        self.assertIn("Alex: 1 check-in", attune.import_message(summary))
        self.assertEqual(
            attune.say_import_summary(attune.Locale.SPANISH, summary), "Alex: lo nuevo, 1 registro, 1 respuesta."
        )

        partner = self.sam.store.partner()
        self.assertEqual(partner.name, "Alex")
        self.assertEqual(partner.step, attune.Step.AWARENESS)
        self.assertEqual(len(partner.check_ins), 1)
        self.assertEqual(partner.check_ins[0].connection, 5)
        self.assertEqual(partner.check_ins[0].appreciation, "Thanks for the tea.")
        self.assertEqual(len(partner.together), 30)
        self.assertEqual([a.answer for a in partner.answers], [None], "hidden until Sam answers the same question")

        question = self.sam.store.question_of_the_day()
        self.assertIsInstance(question.partner, attune.PartnerAnswer.HIDDEN)
        self.sam.store.answer_question("Breakfast in bed.", True)
        question = self.sam.store.question_of_the_day()
        self.assertEqual(question.partner.text, "Walks.")

        again = asyncio.run(self.sam.store.import_update(update))
        self.assertEqual(total(again.new) + total(again.updated) + total(again.removed), 0)

        back = asyncio.run(self.sam.store.export_update())
        summary = asyncio.run(self.alex.store.import_update(back))
        self.assertEqual(summary.partner_name, "Sam")
        today = self.alex.store.today()
        self.assertEqual(today.my_name, "Alex")
        self.assertTrue(today.paired)
        self.assertEqual(today.check_in.connection, 5)
        self.assertEqual(today.consistency.last_7, 1)
        form = self.alex.store.check_in_form()
        self.assertEqual((form.saved.connection, form.saved.markers.rely), (5, 5))
        self.assertIn("?", self.alex.store.reminder_text())

        # Sam confirmed everything of Alex's: the next update carries only what changes.
        self.assertEqual(self.alex.store.exchange().next_update, attune.NextUpdate(whole=False, entries=0))
        self.alex.store.answer_question("Slow mornings.", True)  # changes today's answer
        self.assertEqual(self.alex.store.exchange().next_update.entries, 1)
        [item] = self.alex.store.preview_update(False).items
        self.assertEqual((item.kind, item.shared, item.words), (attune.EntryKind.ANSWER, True, "Slow mornings."))
        delta = asyncio.run(self.alex.store.export_update())
        whole = asyncio.run(self.alex.store.export_whole_update())
        self.assertLess(len(delta), len(whole))
        summary = asyncio.run(self.sam.store.import_update(delta))
        self.assertEqual(summary.updated.answers, 1)
        self.assertEqual(self.sam.store.question_of_the_day().partner.text, "Slow mornings.")
        again = asyncio.run(self.sam.store.import_update(whole))
        self.assertEqual(total(again.new) + total(again.updated) + total(again.removed), 0)

    def test_first_run_can_set_the_reminder(self):
        robin = attune.AttuneStore.open(os.path.join(self.dir.name, "Robin", "attune.sqlite3"))
        robin.set_up("Robin", "Kai", attune.ReminderTime(hour=20, minute=30))
        self.assertEqual((robin.settings().reminder.hour, robin.settings().partner_name), (20, "Kai"))

    def test_the_reminder_as_a_calendar_event_repeats_daily_and_says_nothing_private(self):
        # A real RFC 5545 parser, and its recurrence expansion.
        import datetime
        import icalendar
        import recurring_ical_events

        self.assertIsNone(self.alex.store.reminder_calendar(), "no reminder chosen: no event")
        self.alex.store.set_reminder("20:30")
        self.alex.store.answer_question("Our secret walks.", True)
        text = self.alex.store.reminder_calendar()
        self.assertTrue(all(len(line.encode()) <= 75 for line in text.split("\r\n")), "folded lines")
        calendar = icalendar.Calendar.from_ical(text)
        [event] = calendar.walk("VEVENT")
        self.assertEqual(str(event["SUMMARY"]), "A minute for us")
        self.assertEqual(event["RRULE"]["FREQ"], ["DAILY"])
        self.assertEqual(len(event.walk("VALARM")), 1, "an alarm at the time")
        start = event.decoded("DTSTART")
        self.assertIsNone(start.tzinfo, "a floating local time: the same hour wherever the phone is")
        first = start.date()
        days = recurring_ical_events.of(calendar).between(first, first + datetime.timedelta(days=3))
        self.assertEqual([d.decoded("DTSTART").time() for d in days], [datetime.time(20, 30)] * 3)
        for private in ["Sam", "Alex", "Our secret walks.", self.alex.store.question_of_the_day().text]:
            self.assertNotIn(private, text)
        # A changed time makes the same event, later in its sequence: importing it replaces the old.
        self.alex.store.set_reminder("07:15")
        later = icalendar.Calendar.from_ical(self.alex.store.reminder_calendar()).walk("VEVENT")[0]
        self.assertEqual(later["UID"], event["UID"])
        self.assertGreaterEqual(int(later["SEQUENCE"]), int(event["SEQUENCE"]))
        self.assertEqual(later.decoded("DTSTART").time(), datetime.time(7, 15))
        self.alex.store.set_phone_locale(attune.Locale.SPANISH)
        self.assertIn("SUMMARY:Un minuto para los dos", self.alex.store.reminder_calendar())

    def test_who_to_call_follows_the_phones_region(self):
        spain = attune.help_for_phone(attune.Locale.SPANISH, ["es-ES"])
        self.assertEqual((spain.region, spain.country, spain.emergency), ("ES", "España", "112"))
        [line] = spain.lines
        self.assertEqual((line.number, line.serves, line.always_open), ("016", attune.Serves.WOMEN, True))
        self.assertTrue(line.source.startswith("http"))
        us = attune.help_for_phone(attune.Locale.ENGLISH, ["en-US"])
        self.assertEqual((us.country, us.emergency, us.lines[0].serves), ("the United States", "911", attune.Serves.EVERYONE))
        self.assertEqual(attune.help_for_phone(attune.Locale.ENGLISH, ["fr-FR"]).emergency, "112")
        self.assertIsNone(attune.help_for_phone(attune.Locale.ENGLISH, ["ja-JP"]), "no checked number: none at all")
        self.assertIsNone(attune.help_for_phone(attune.Locale.SPANISH, ["es"]), "no region: none at all")

    def test_the_reminder_plan_follows_the_setting(self):
        self.assertIsNone(self.alex.store.reminder_plan(30))
        self.alex.store.set_reminder("20:30")
        plan = self.alex.store.reminder_plan(30)
        self.assertEqual((plan.time.hour, plan.time.minute), (20, 30))
        self.assertIsNone(plan.come_back)
        self.assertEqual(len(plan.days), 30)
        self.assertEqual(plan.days[0].text, self.alex.store.reminder_text())
        self.alex.store.save_check_in(check_in(4))
        self.assertIsNone(self.alex.store.reminder_plan(30).days[0].text, "checked in: today stays quiet")
        with self.assertRaises(attune.AttuneError.BadReminderTime):
            self.alex.store.set_reminder("25:00")
        self.alex.store.set_reminder(None)
        self.assertIsNone(self.alex.store.reminder_plan(30))

    def test_the_pause_pact_travels_and_sets_the_pause_and_its_come_back_reminder(self):
        def side(shortest, back_within, to_hear):
            return attune.PactDraft(signal="Red kite", shortest_minutes=shortest, back_within_hours=back_within,
                                    calming="A walk.", to_hear=to_hear)

        with self.assertRaises(attune.AttuneError.PactBackTooSoon):
            self.alex.store.save_pact(side(90, 1, "We're okay."))
        with self.assertRaises(attune.AttuneError.Text):
            self.alex.store.save_pact(side(30, 2, " "))
        self.alex.store.save_pact(side(30, 2, "We're okay."))
        self.sam.store.save_pact(side(45, 1, "That you still love me."))
        self.sam.store.save_repair_note("I'll say when I'm flooded.", True)
        self.sam.store.save_check_in(check_in(5, good_news="I passed the exam."))
        summary = asyncio.run(self.alex.store.import_update(asyncio.run(self.sam.store.export_update())))
        self.assertEqual((summary.new.pacts, summary.new.repair_notes), (1, 1))

        pact = self.alex.store.pact()
        self.assertEqual(pact.partner.to_hear, "That you still love me.")
        self.assertEqual((pact.pause.shortest_minutes, pact.pause.longest_minutes), (45, 60))
        choice = self.alex.store.pause_choice()
        self.assertEqual((choice.offered, choice.suggested), ([45, 60], 45))
        with self.assertRaises(attune.AttuneError.PauseLength):
            self.alex.store.start_pause(30)
        pause = self.alex.store.start_pause(45)
        self.assertEqual(pause.partner_needs_to_hear, "That you still love me.")
        plan = self.alex.store.reminder_plan(30)
        self.assertIsNone(plan.time, "no daily reminder, but the time to come back is planned")
        self.assertEqual(plan.come_back.at_ms, pause.back_ms)
        self.alex.store.end_pause()
        self.assertIsNone(self.alex.store.reminder_plan(30))

        partner = self.alex.store.partner()
        self.assertEqual([n.text for n in partner.repair_notes], ["I'll say when I'm flooded."])
        self.assertEqual(partner.check_ins[0].good_news, "I passed the exam.")
        week = self.alex.store.state_of_us()
        self.assertEqual(week.best_day.day, week.to)
        self.alex.store.set_state_of_us_day(6)
        self.assertEqual(self.alex.store.settings().state_of_us_day, 6, "Sunday, as 0 = Monday")
        self.assertEqual(len(self.alex.store.insights(30).steadiness), 6)
        self.assertEqual(self.alex.store.insights(30).repair_notes.partner, 1)
        self.sam.store.set_together_hidden(True)
        asyncio.run(self.alex.store.import_update(asyncio.run(self.sam.store.export_update())))
        partner = self.alex.store.partner()
        self.assertTrue(partner.together_hidden_by_partner)
        self.assertEqual(partner.together, [])

    def test_the_rest_of_a_couples_month_goes_through_the_bindings(self):
        store = self.alex.store
        # Awareness: a reflection, edited, shared, then deleted; the self-check twice, compared.
        note = store.add_reflection(attune.ReflectionDraft(
            exercise="roots-home", pattern=None, texts=["Quiet love, shown in meals."], shared=False))
        store.edit_reflection(note, attune.ReflectionDraft(
            exercise="roots-home", pattern=None, texts=["Quiet love, shown in cooking."], shared=False))
        store.set_shared(note, True)
        mine = store.my_reflections()
        self.assertEqual([(r.id, r.parts[0].text, r.shared) for r in mine], [(note, "Quiet love, shown in cooking.", True)])
        self.assertEqual(mine[0].step, attune.Step.AWARENESS)
        page = store.step_page(attune.Step.AWARENESS)
        self.assertIn("roots-home", [e.id for e in page.exercises])
        self.assertEqual([r.id for r in page.reflections], [note])
        self.assertRegex(mine[0].day, r"^\d{4}-\d{2}-\d{2}$")
        store.take_self_check(attune.CheckKind.PATTERNS, bytes([2] * 15), False)
        store.take_self_check(attune.CheckKind.PATTERNS, bytes([1] * 15), False)
        compared = store.compare_self_checks(attune.CheckKind.PATTERNS)
        self.assertEqual((compared.total_before, compared.total_after), (30, 15))
        self.assertEqual(len(store.my_self_checks(attune.CheckKind.PATTERNS)), 2)
        with self.assertRaises(attune.AttuneError.IncompleteSelfCheck):
            store.take_self_check(attune.CheckKind.PATTERNS, bytes([1] * 3), False)

        # Accountability: a commitment kept in the check-in, then finished.
        store.move_to_step(attune.Step.ACCOUNTABILITY)
        self.assertEqual(store.journey().my_step, attune.Step.ACCOUNTABILITY)
        promise = store.add_commitment("gentle", "Ask before giving advice.", True)
        store.save_check_in(check_in(4, kept=[attune.KeptCommitment(commitment=promise, kept=True)]))
        [commitment] = store.my_commitments()
        self.assertEqual((commitment.id, commitment.kept_days, commitment.active), (promise, 1, True))
        store.finish_commitment(promise)
        self.assertFalse(store.my_commitments()[0].active)
        self.assertEqual(store.insights(30).connection.me[-1], 4)

        # Settings, the lock, the exchange view, the plain export.
        store.set_my_name("Alex R.")
        store.set_partner_name("Samuel")
        store.set_share_by_default(False)
        store.set_text_size(attune.TextSize.LARGE)
        store.set_theme(attune.Theme.DARK)
        store.set_pin("2468")
        settings = store.settings()
        self.assertEqual((settings.my_name, settings.theme, settings.has_pin), ("Alex R.", attune.Theme.DARK, True))
        self.assertEqual(settings.schema_version, 3)
        self.assertEqual(
            (settings.partner_name, settings.share_by_default, settings.text_size), ("Samuel", False, attune.TextSize.LARGE)
        )
        self.assertEqual(store.re_pair_consequence(), 0)
        pause = store.start_pause(20)
        self.assertEqual(pause.back_ms - pause.started_ms, 20 * 60_000)
        self.assertEqual(store.today().pause, pause)
        store.end_pause()
        self.assertIsNone(store.pause())
        with self.assertRaises(attune.AttuneError.PauseLength):
            store.start_pause(5)
        store.set_together_hidden(True)
        self.assertTrue(store.partner().together_hidden)
        self.assertEqual(store.partner().together, [])
        store.set_together_hidden(False)
        store.take_quiet_day()
        self.assertTrue(store.today().quiet)
        store.end_quiet_day()
        self.assertFalse(store.today().quiet)
        leaving = store.leaving()
        self.assertEqual((leaving.partner_name, leaving.swaps), ("Samuel", 0))
        self.assertTrue(store.lock_required())
        self.assertIsInstance(store.unlock("1357"), attune.Unlock.WRONG_PIN)
        self.assertIsInstance(store.unlock("2468"), attune.Unlock.UNLOCKED)
        self.assertEqual((store.lock_view().has_pin, store.lock_view().retry_at_ms), (True, None))
        store.set_lock_after(attune.LockAfter.ONE_MINUTE)
        self.assertEqual(store.settings().lock_after, attune.LockAfter.ONE_MINUTE)
        self.assertFalse(store.lock_again_after(30_000))
        self.assertTrue(store.lock_again_after(60_000))
        self.assertFalse(store.came_back(), "back without having gone away: nothing to lock")
        store.went_away()
        self.assertFalse(store.came_back(), "back at once: within the minute")
        with self.assertRaises(attune.AttuneError.Text) as caught:
            store.set_names("Alex", "S\u0000m")
        self.assertEqual(caught.exception.field, attune.TextField.PARTNER_NAME)
        self.assertEqual(caught.exception.problem, attune.TextProblem.CONTROL_CHARACTER())
        self.assertEqual(store.settings().my_name, "Alex R.", "names are saved together or not at all")
        self.assertTrue(store.exchange().paired)
        self.assertEqual(json.loads(store.export_everything_json())["me"]["name"], "Alex R.")

        # A backup onto a new phone; then deleting everything really empties this one.
        backup = asyncio.run(store.backup("apricot lanterns at dusk"))
        new_phone = attune.AttuneStore.open(os.path.join(self.dir.name, "new", "attune.sqlite3"))
        with self.assertRaises(attune.AttuneError.WrongPassphrase):
            asyncio.run(new_phone.restore_backup(backup, "not the passphrase"))
        restored = asyncio.run(new_phone.restore_backup(backup, "apricot lanterns at dusk"))
        self.assertGreaterEqual(restored.restored.reflections, 1)
        self.assertEqual(new_phone.my_reflections()[0].id, note)
        new_phone.delete_entry(note)
        self.assertEqual(new_phone.my_reflections(), [], "deleted on the new phone")
        # Restoring someone else's backup never turns this phone into them.
        with self.assertRaises(attune.AttuneError.BackupOfSomeoneElse):
            asyncio.run(self.sam.store.restore_backup(backup, "apricot lanterns at dusk"))
        self.assertGreaterEqual(store.delete_all_data(), 1)
        self.assertEqual(os.listdir(os.path.join(self.dir.name, "Alex")), [], "every file Attune wrote is gone")
        with self.assertRaises(attune.AttuneError.Storage):
            store.today()

    def test_each_bad_file_is_a_typed_error(self):
        update = bytes(asyncio.run(self.alex.store.export_update()))

        cases = []
        jo = Phone(self.dir.name, "Jo")
        jo.store.create_couple_code()
        cases.append(("another couple's code", bytes(asyncio.run(jo.store.export_update())), attune.AttuneError.WrongCode))
        cases.append(("a damaged file", update[:-30], attune.AttuneError.Damaged))
        cases.append(("not an Attune file", b"hello, this is a note", attune.AttuneError.NotAnAttuneFile))
        plain_header = json.dumps({"format": "attune-exchange", "version": 1}).encode()
        cases.append(("a plain header", plain_header, attune.AttuneError.PlainUpdate))
        cases.append(("a plain copy of Alex's update", bytes(self.alex.store.export_update_plain()), attune.AttuneError.PlainUpdate))
        cases.append(("my own update", bytes(asyncio.run(self.sam.store.export_update())), attune.AttuneError.OwnUpdate))
        with open(os.path.join(HERE, "..", "fixtures", "backup-v1.attune"), "rb") as backup:
            cases.append(("a backup, not an update", backup.read(), attune.AttuneError.IsBackup))
        kim = Phone(self.dir.name, "Kim")
        kim.store.enter_couple_code(self.code)
        asyncio.run(self.sam.store.import_update(update))  # Sam is now paired with Alex
        cases.append(("a stranger's file", bytes(asyncio.run(kim.store.export_update())), attune.AttuneError.FromSomeoneElse))

        for what, data, error in cases:
            with self.subTest(what), self.assertRaises(error) as caught:
                asyncio.run(self.sam.store.import_update(data))
            self.assertTrue(attune.error_message(caught.exception))

        with self.assertRaises(attune.AttuneError.MistypedCode):
            Phone(self.dir.name, "Lee").store.enter_couple_code(self.code[:-1] + ("0" if self.code[-1] != "0" else "1"))
        with self.assertRaises(attune.AttuneError.RatingOutOfRange) as caught:
            self.alex.store.save_check_in(check_in(9))
        self.assertIn("1 to 5", attune.error_message(caught.exception))
        with self.assertRaises(attune.AttuneError.CodeLength) as caught:
            Phone(self.dir.name, "Ash").store.enter_couple_code("ABCD")
        self.assertEqual((caught.exception.expected, caught.exception.got), (14, 4))

    def test_an_update_before_pairing_is_kept_until_paired_and_sent_is_recorded_when_told(self):
        lee = Phone(self.dir.name, "Lee")
        update = bytes(asyncio.run(self.alex.store.export_update()))
        self.assertIsNone(self.alex.store.exchange().last_sent_ms, "exporting alone records nothing")
        self.alex.store.record_update_sent()
        self.assertIsNotNone(self.alex.store.exchange().last_sent_ms)
        self.assertIsNone(asyncio.run(lee.store.receive_update(update)), "kept, not opened")
        [waiting] = lee.store.exchange().waiting
        self.assertEqual(waiting.reason, attune.WaitReason.NOT_PAIRED)
        lee.store.enter_couple_code(self.code)
        [opened] = asyncio.run(lee.store.open_waiting_updates())
        self.assertEqual(opened.partner_name, "Alex")
        self.assertEqual(lee.store.exchange().waiting, [])
        # One kept and then let go.
        kim = Phone(self.dir.name, "Kim")
        self.assertIsNone(asyncio.run(kim.store.receive_update(update)))
        [kept] = kim.store.exchange().waiting
        kim.store.dismiss_waiting_update(kept.id)
        self.assertEqual(kim.store.exchange().waiting, [])

    def test_the_quiet_exit_forgets_the_partner_here_and_sends_nothing(self):
        lee = Phone(self.dir.name, "Lee")
        update = bytes(asyncio.run(self.alex.store.export_update()))
        lee.store.enter_couple_code(self.code)
        asyncio.run(lee.store.receive_update(update))
        before = lee.store.leaving()
        self.assertEqual((before.paired, before.partner_name, before.swaps), (True, "Alex", 1))
        self.assertEqual(before.partner_entries, 0, "only Alex's name came, and it goes too")
        lee.store.leave_quietly()
        after = lee.store.leaving()
        self.assertEqual(
            (after.paired, after.partner_name, after.partner_entries, after.waiting_updates, after.swaps),
            (False, None, 0, 0, 0),
        )
        self.assertFalse(lee.store.exchange().paired)

    def test_the_core_speaks_spanish_through_the_bindings(self):
        """Ids and numbers travel; each phone says them in its own language."""
        self.assertEqual(attune.locale_for_phone(["es-MX", "en-US"]), attune.Locale.SPANISH)
        self.assertEqual(attune.locale_for_phone(["de-DE"]), attune.Locale.ENGLISH)
        self.alex.store.set_phone_locale(attune.Locale.SPANISH)
        self.assertEqual(self.alex.store.locale(), attune.Locale.SPANISH)
        today = self.alex.store.today()
        self.assertEqual(today.step_title, "Conciencia")
        self.assertTrue(today.question.text.startswith("¿"), today.question.text)
        self.assertEqual(attune.say_consistency(attune.Locale.SPANISH, today.consistency), "Hoy es un buen día para empezar.")
        self.assertEqual(
            attune.say_nudge(attune.Locale.SPANISH, today.exchange_nudge, "Sam"), "Aún no hay ninguna actualización de Sam. Pueden intercambiarlas la próxima vez que estén cerca."
        )
        self.assertTrue(self.alex.store.reminder_text().startswith("Un minuto para los dos."))
        self.assertEqual(
            attune.say_error(attune.Locale.SPANISH, attune.AttuneError.WrongPassphrase()),
            "Esa contraseña no abre esta copia de seguridad.",
        )
        # The choice in Settings wins over the phone, and goes back to the phone when cleared.
        self.alex.store.set_language(attune.Locale.ENGLISH)
        self.assertEqual(self.alex.store.today().step_title, "Awareness")
        self.assertEqual(self.alex.store.settings().language, attune.Locale.ENGLISH)
        self.alex.store.set_language(None)
        self.assertEqual(self.alex.store.settings().locale, attune.Locale.SPANISH)

    def test_the_text_rule_and_the_safety_number_through_the_bindings(self):
        for bad in ["Al\u2028ex", "\u200b\u200b", "\u3164", "Al\u202eex", "Al\u00adex"]:
            with self.assertRaises(attune.AttuneError.Text, msg=repr(bad)):
                self.alex.store.set_my_name(bad)
        for good in ["\u0641\u0627\u0637\u0645\u0647\u200c\u0632\u0647\u0631\u0627", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "Mar\u00eda Jos\u00e9"]:
            self.alex.store.set_my_name(good)
        self.assertIsNone(self.alex.store.safety_number(), "no partner's phone bound yet")
        asyncio.run(self.sam.store.import_update(asyncio.run(self.alex.store.export_update())))
        asyncio.run(self.alex.store.import_update(asyncio.run(self.sam.store.export_update())))
        number = self.alex.store.safety_number()
        self.assertRegex(number, r"^\d{5} \d{5} \d{5} \d{5}$")
        self.assertEqual(number, self.sam.store.safety_number(), "both phones show the same number")
        self.assertEqual(self.alex.store.partner().safety_number, number)

    def test_the_app_data_folder_is_where_the_database_goes(self):
        attune.set_app_data_dir(self.dir.name)
        self.assertEqual(attune.database_path(), os.path.join(self.dir.name, "attune.sqlite3"))

    def test_the_program_itself_in_the_phones_language(self):
        """A native screen shows the program's own words: steps, patterns, parts, turns, safety."""
        english, spanish = attune.program(attune.Locale.ENGLISH), attune.program(attune.Locale.SPANISH)
        steps = [attune.Step.AWARENESS, attune.Step.COMPASSION, attune.Step.ACCOUNTABILITY, attune.Step.GROWTH]
        self.assertEqual([s.step for s in english.steps], steps)
        self.assertEqual([s.title for s in spanish.steps][0], "Conciencia")
        self.assertEqual(len(english.patterns), 15, "the self-check's statements")
        self.assertTrue(spanish.patterns[0].statement.startswith("Intento"), spanish.patterns[0].statement)
        self.assertEqual([p.id for p in english.patterns], [p.id for p in spanish.patterns], "ids never translated")
        self.assertEqual([p.turns for p in english.state_of_us.parts], [False, False, True, False])
        self.assertEqual(len(english.repair.turns), 10)
        self.assertEqual(english.repair.turns[0].who, attune.Speaker.FIRST)
        self.assertEqual((english.safety.title, spanish.safety.title), ("Safety and getting help", "Seguridad y cómo pedir ayuda"))
        self.assertEqual(len(english.exercises), len(spanish.exercises))
        self.assertGreater(len(english.questions), 100)
        self.assertEqual(self.alex.store.step_page(attune.Step.AWARENESS).exercises[0], english.exercises[0])

    def test_own_questions_and_the_year_in_review(self):
        mine = self.alex.store.add_own_question("What made you laugh this week?")
        self.assertEqual((mine.text, mine.written_by), ("What made you laugh this week?", attune.Who.ME))
        self.assertEqual([q.id for q in self.alex.store.own_questions()], [mine.id])
        self.alex.store.save_check_in(check_in(4, appreciation="The soup."))
        asyncio.run(self.sam.store.import_update(asyncio.run(self.alex.store.export_update())))
        [theirs] = self.sam.store.own_questions()
        self.assertEqual((theirs.text, theirs.written_by), (mine.text, attune.Who.PARTNER), "it travels")
        year = self.alex.store.year_in_review()
        self.assertEqual((year.my_name, year.my_check_ins), ("Alex", 1))
        days = datetime.date.fromisoformat(year.to) - datetime.date.fromisoformat(year._from)
        self.assertEqual(days.days, 364, "the last 365 days, days travel as YYYY-MM-DD")
        self.assertEqual(self.sam.store.year_in_review().partner_check_ins, 1)

    def test_the_rest_of_the_exchange_and_the_words_for_it(self):
        note = self.alex.store.save_repair_note("We slow down before bed.", True)
        self.assertEqual([n.id for n in self.alex.store.my_repair_notes()], [note.id])
        self.assertEqual(self.alex.store.settings_reset_at_open(), 0)
        asyncio.run(self.sam.store.import_update(asyncio.run(self.alex.store.export_update())))
        self.alex.store.record_update_sent()
        asyncio.run(self.alex.store.import_update(asyncio.run(self.sam.store.export_update())))
        [sent, received] = sorted(self.alex.store.exchange().history, key=lambda r: r.direction != attune.Direction.SENT)
        for locale in (attune.Locale.ENGLISH, attune.Locale.SPANISH):
            self.assertTrue(attune.say_swap(locale, sent) and attune.say_swap(locale, received))
        self.assertNotEqual(attune.say_swap(attune.Locale.ENGLISH, received), attune.say_swap(attune.Locale.SPANISH, received))
        self.assertIn("20", attune.say_day(attune.Locale.SPANISH, "2026-11-20"))
        self.assertTrue(attune.say_day(attune.Locale.SPANISH, "2026-11-20").startswith("viernes"))
        need = self.alex.store.step_page(attune.Step.AWARENESS).readiness[0].need
        self.assertNotEqual(attune.say_readiness(attune.Locale.ENGLISH, need), attune.say_readiness(attune.Locale.SPANISH, need))

        # Sam moves to a new phone through a backup: a new phone key for the same Sam. Alex's phone
        # keeps its update until Alex compares the safety number with Sam and accepts the phone.
        sam_backup = asyncio.run(self.sam.store.backup("plums in the blue bowl"))
        sam_again = attune.AttuneStore.open(os.path.join(self.dir.name, "Sam's new phone", "attune.sqlite3"))
        asyncio.run(sam_again.restore_backup(sam_backup, "plums in the blue bowl"))
        self.assertIsNone(asyncio.run(self.alex.store.receive_update(asyncio.run(sam_again.export_update()))))
        [waiting] = self.alex.store.exchange().waiting
        self.assertEqual(waiting.reason, attune.WaitReason.NEW_PHONE)
        self.assertRegex(asyncio.run(self.alex.store.new_phone_safety_number(waiting.id)), r"^\d{5} \d{5} \d{5} \d{5}$")
        summary = asyncio.run(self.alex.store.accept_new_phone(waiting.id))
        self.assertEqual(summary.partner_name, "Sam")
        self.assertEqual(self.alex.store.exchange().waiting, [])

        # A backup restored, said in both languages; then a re-pair forgets what Sam shared.
        backup = asyncio.run(self.alex.store.backup("apricot lanterns at dusk"))
        alex_again = attune.AttuneStore.open(os.path.join(self.dir.name, "Alex's new phone", "attune.sqlite3"))
        restored = asyncio.run(alex_again.restore_backup(backup, "apricot lanterns at dusk"))
        self.assertNotEqual(attune.say_restore_summary(attune.Locale.ENGLISH, restored), attune.say_restore_summary(attune.Locale.SPANISH, restored))
        self.alex.store.re_pair()
        self.assertFalse(self.alex.store.exchange().paired)

    def test_every_exported_function_and_method_is_called_here(self):
        """A new binding without a test here fails this one."""
        import inspect
        import attune.attune_ffi as ffi
        source = open(os.path.abspath(__file__), encoding="utf-8").read()
        names = [
            n for n, f in vars(ffi).items()
            if inspect.isfunction(f) and not n.startswith(("_", "uniffi_")) and f.__module__ == ffi.__name__
        ]
        names += [n for n, f in vars(ffi.AttuneStore).items() if callable(f) and not n.startswith("_")]
        self.assertGreater(len(names), 90)
        self.assertEqual([n for n in names if f".{n}(" not in source], [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
