
## today.rs

app-cannot-open-data = Attune can't open its data
today-today-check = Today's check-in
today-how-connected-do-feel = How connected do you feel today? About a minute.
today-check = Check in
today-your-check-in = Your check-in
today-edit = Edit
today-private-stays-phone = Private: stays on this phone.
today-question-day = Question of the day
today-has-answered-answer-see = { $partner } has answered. Answer to see theirs.
today-tap-answer = Tap to answer.
today-you = You
today-hello = Hello, { $name }
today-step = Step { $number } of { $steps }
today-days-in-step = { $count ->
        [one] 1 day
       *[other] { $count } days
    } in this step
today-latest-check = { $partner }'s latest check-in · { $day }
today-swap-updates = Swap updates
today-pair-now = Pair now
today-time-together = Time together
today-today-state-us-day = Today is your State of us day.
today-state-us-week = State of us, this week
today-how-was-day-really = How was your day, really? 20 minutes
today-connection-of-five = Connection { $connection }/5
today-appreciated = Appreciated
today-need = A need
today-good-news = Good news
today-partner-good-news = { $name }'s good news
today-take-quiet-day = Take a quiet day
today-not-today-any-reason = {" "}Not today, for any reason. It stays on this phone and never counts as missed.
today-quiet-day = A quiet day
today-no-check-today-fine = No check-in today, and that's fine. Nothing about it is shared, and it doesn't count as a missed day.
today-check-after-all = Check in after all
today-not-quiet-day = Not a quiet day
today-pause-over-ready-come = Your pause is over. Ready to come back?
today-open = Open
today-pause-until = On a pause until { $time }.
today-show-card = Show the card
today-i-need-pause = I need a pause

## check_in.rs

check-in-tap-number-connection-each = Tap a number for connection and for each of the five markers.
check-in-daily-check = Daily check-in
check-in-edit-today-check = Edit today's check-in
check-in-how-was-today = How was today?
check-in-connection-today = Connection today
check-in-feeling-secure-together = Feeling secure together
check-in-1-not-at-all = 1 not at all · 5 completely
check-in-question-day = Question of the day
check-in-answer-optional = Your answer (optional)
check-in-one-thing-i-appreciated = One thing I appreciated (optional)
check-in-one-need-i-want = One need I want to share (optional)
check-in-good-news-mine-optional = Good news of mine (optional)
check-in-good-news-hint = Something that went well for you, at work, with friends, anywhere. Your partner gets to be glad with you.
check-in-kept-commitment = Did I keep my commitments today?
check-in-goes-partner-next-update = Goes to your partner with your next update.
check-in-private-stays-phone = Private: stays on this phone.
check-in-save-check = Save check-in

## exchange.rs

exchange-shared-without-encryption-reading = Shared without encryption, for reading. It can't be opened as an update.
exchange-saved-without-encryption-reading = Saved without encryption, for reading: { $place }. It can't be opened as an update.
exchange-exchange = Exchange
exchange-swap-updates = Swap updates
exchange-phones-never-talk-server = Your phones never talk to a server. You each send one small encrypted file, by AirDrop, a chat app or email, and open the other's.
exchange-send-my-update = Send my update
exchange-everything-share-will-go = Everything you share ({ $count ->
        [one] 1 entry
       *[other] { $count } entries
    }) will go to { $partner }. Private entries never leave this phone.
exchange-has-everything-share-sending = { $partner } has everything you share. Sending now still tells { $partner } what you have received, so their next update stays small.
exchange-changes-since-confirmed = { $count ->
        [one] 1 change
       *[other] { $count } changes
    } since { $partner } last confirmed will go to { $partner }. Private entries never leave this phone.
exchange-see-what-carries = See what it carries
exchange-send-everything-again = Send everything again
exchange-whole-update-why = Updates only carry what changed, so they stay small however long you use Attune. If { $partner } lost a file or asks for everything, send a whole update instead.
exchange-send-whole-update = Send a whole update
exchange-open-update = Open { $partner }'s update
exchange-choose-attune-file = Choose the .attune file
exchange-history = History
exchange-sent = Sent.{" "}
exchange-opened = Opened.{" "}
exchange-plain-file = Plain file
exchange-plain-file-explain = For reading what you share, you can save your update as plain, unencrypted JSON. Anyone with that file can read it, and it can't be opened as an update: only the sealed file proves it comes from you.
exchange-save-as-plain-json = Save as plain JSON
exchange-update-went-share-sheet = Your update went to the share sheet.
exchange-paired-now-send-each = Paired. Now send each other your updates.
exchange-couple-code = Couple code
exchange-couple-code-label = Couple code { $code }
exchange-read-out-so-they = Read it out to { $partner } so they can type it in. Keep it safe: it opens your updates.
exchange-hide-code = Hide code
exchange-re-paired-code-stays = You're paired. The code stays on this phone.
exchange-show-code = Show code
exchange-pair = Pair with { $partner }
exchange-sit-together-one-creates = Sit together. One of you creates a couple code; the other types it in. You only do this once.
exchange-create-couple-code = Create a couple code
exchange-type-partner-code = Or type the code from { $partner }'s phone
exchange-xxxx-xxxx-xxxx-xx = XXXX-XXXX-XXXX-XX
exchange-pair-button = Pair
exchange-waiting-open = Waiting to open
exchange-received = Received { $when } ·{" "}
exchange-opens-once-re-paired = Opens once you're paired.{" "}
exchange-opens-once-attune-updated = Opens once Attune is updated.{" "}
exchange-opens-once-new-phone-accepted = Signed by a phone this phone doesn't know for { $partner }: a new phone of theirs, or someone else with your code. It opens only if you accept it.{" "}
exchange-compare-safety-numbers = Compare safety numbers
exchange-new-phone-number = With that phone, the safety number would be { $number }. { $partner }'s new phone shows its number on Partner. Accept only if you see the same number on both phones, side by side.
exchange-accept-new-phone = Same number: accept { $partner }'s new phone
exchange-let-go = Let it go
exchange-try-opening-them-again = Try opening them again
exchange-removed-from-phone-deleted = {" "}· removed from { $partner }'s phone (you deleted it or made it private)
exchange-more = and { $more } more.
exchange-carries = { $count ->
    [one] The file carries one entry:
   *[other] The file carries { $count } entries:
}
exchange-carries-besides = Besides the entries: your name as { $name }, the ids of your person and your phone (so { $partner }'s phone knows the file is yours), the key your phone signs with, and how far you hold { $partner }'s changes.
exchange-nothing-else-file-private = Nothing else is in the file. Private entries never are.

## insights.rs

insights-insights = Insights
insights-how-re-doing-together = How you're doing, together
insights-range = Range
insights-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
insights-week = This week:{" "}
insights-checked-7-days = you checked in on { $my_check_ins } of 7 days, { $partner } on { $partner_check_ins }
insights-average = { $partner }'s average
insights-you = You{"  "}
insights-feeling-secure-together = Feeling secure together
insights-repair-notes = Repair notes: { $me } from you, { $theirs } from { $partner } in these { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
insights-year-review = Your year in review
insights-twelve-months-one-page = Twelve months on one page, to print or save as a PDF
insights-gap-line = { $label }: you { $me }, { $partner } { $partner2 }
insights-commitments-kept = Commitments kept
insights-kept-days = Kept on { $kept_days } of { $logged_days ->
        [one] { $logged_days } day
       *[other] { $logged_days } days
    }
insights-pattern-self-check-over = Pattern self-check over time
insights-take-self-check-awareness = Take the self-check in the awareness step to see it here.
insights-self-check-day-total = { $day }: { $total } of { $out_of }
insights-self-check-total = { $total } of { $out_of }
insights-since-answers-changed-total = Since { $from }: { $changes ->
        [one] one answer changed
       *[other] { $changes } answers changed
    }, total { $total_before } → { $total_after }.

## journey.rs

journey-journey = Your journey
journey-four-steps-walked-again = Four steps, walked again and again
journey-change-comes-from-repetition = Change comes from repetition. After growth, the path loops back to awareness.
journey-are-here = You are here
journey-visited = Visited
journey-here = { $partner } is here

## lock.rs

lock-pin-isn-right-try = That PIN isn't right. Try again.
lock-attune-locked = Attune is locked
lock-pin = PIN
lock-unlock = Unlock

## mod.rs


## not_found.rs

not-found-nothing-here = Nothing here
not-found-page-doesn-exist = This page doesn't exist ({ $path }).
not-found-back-today = Back to Today

## pact.rs

pact-i-need-pause = ‹ I need a pause
pact-compassion = Compassion
pact-bounds = A pause between you lasts from { $shortest } to { $longest }.
pact-bounds-one = A pause between you lasts { $shortest }.
pact-side = { $partner }'s side
pact-writes-theirs-their-own = { $partner } writes theirs on their own phone. It arrives with their next update.
pact-side-saved-goes-next = Your side is saved. It goes with your next update.
pact-my-side = My side
pact-write-my-side = Write my side
pact-change-my-side = Change my side
pact-save-my-side = Save my side
pact-save-my-side-pact = Save my side of the pact

## partner.rs

partner-partner = Partner
partner-step = On the { $step } step
partner-no-update-opened-yet = No update opened yet.
partner-swap-updates = Swap updates
partner-pair = Pair with { $name }
partner-together = Together
partner-hid-grid-days-both = You hid the grid of the days you both checked in. It stays hidden on { $name }'s phone too, from your next update.
partner-chose-keep-grid-days = { $name } chose to keep the grid of days you both checked in out of sight. What { $name } shares still shows below.
partner-both-checked-last = You both checked in on { $count ->
        [one] 1 day
       *[other] { $count } days
    } of the last { $days }.
partner-last-days-both-checked = Last { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: both of you checked in on { $both ->
        [one] { $both } day
       *[other] { $both } days
    }.
partner-nothing-shared-yet = Nothing shared yet. When { $name } sends an update and you open it, it shows here.
partner-check-ins = Check-ins
partner-answers = Answers
partner-answer-question-yourself-see = Answer this question yourself to see { $name }'s answer.
partner-reflections = Reflections
partner-side-pause-pact = { $name }'s side of your pause pact
partner-see-both-sides = See both sides
partner-repair-notes = Repair notes
partner-commitments = { $name }'s commitments
partner-self-checks = Self-checks
partner-pattern-self-check = Pattern self-check
partner-belief-check = Belief check
partner-self-check-day-total = {" "}· { $day }: { $total } of { $out_of }
partner-hide-grid-both-us = Hide this grid for both of us
partner-show-grid-again = Show the grid again
partner-safety-number = Safety number
partner-safety-number-explain = { $name }'s phone shows the same number on its Partner page when each phone holds the other's own key. Compare them once, side by side: then an update with your code from any other phone is refused.
settings-reset-at-open = { $count ->
    [one] One setting could not be read and was reset to its default.
   *[other] { $count } settings could not be read and were reset to their defaults.
}

## pause.rs

pause-break-agreed = A break, agreed
pause-i-ll-come-back = I'll come back in
pause-how-long-pause-lasts = How long the pause lasts
pause-start-pause = Start the pause
pause-pause-stays-phone-show = The pause stays on this phone. Show the card to your partner; nothing is sent.
pause-lengths-source = These lengths come from{" "}
pause-agree-breaks-before-need = Agree on your breaks before you need them:{" "}
pause-if-feel-afraid-partner = If you feel afraid of your partner, a pause is not enough.{" "}
pause-safety-getting-help = Safety and getting help
pause-talk-it-through = Talk it through, turn by turn
pause-partner-said-they-need = Your partner said they need to hear:{" "}
pause-what-said-helps = What you said helps you:{" "}
pause-i-m-back = I'm back

## question.rs

question-saved = Saved.
question-question-day = Question of the day
question-one-own-questions-both = One of your own questions. You both get it today.
question-both-get-question-today = You both get this question today.
question-answer = Your answer
question-update-answer = Update answer
question-save-answer = Save answer
question-partner-answer = { $partner }'s answer
question-has-answered-yours-first = { $partner } has answered. Yours first, then you'll see theirs.
question-not-updates-have-yet = Not in the updates you have yet.
question-questions-own = Questions of your own
question-write-question-two-joins = Write a question for the two of you. It joins the question of the day on both phones, once a year.
question-question = Your question
question-add-question = Add the question
question-starts = {" "}· { $rel ->
        [today] from today
        [tomorrow] from tomorrow
       *[other] from { $day }
    }
question-by-me = yours
question-by-partner = { $partner }'s

## repair.rs

repair-together-again = Together again
repair-done = Done
repair-turn = Turn { $number } of { $total }
repair-speaks-listens = { $speaker } speaks · { $listener } listens
repair-back = Back
repair-finish = Finish
repair-next-turn = Next turn
repair-kept-goes-next-update = Kept, and it goes with your next update.
repair-kept-phone = Kept on this phone.
repair-keep-note = Keep the note

## safety.rs

safety-back = ‹ Back
safety-leave-quietly = Leave quietly
safety-unlock-attune-first-quiet = Unlock Attune first: the quiet exit asks for your PIN, so no one else can use it on your phone.
safety-if-sharing-no-longer = If sharing with { $partner } no longer feels safe, Attune can forget { $partner } on this phone in one step, without telling them:
safety-couple-code-so-no = the couple code, so no update from { $partner } opens here again
safety-what-shared = what { $partner } shared with you ({ $count ->
        [one] 1 entry
       *[other] { $count } entries
    })
safety-waiting-be-opened = { $count ->
        [one] 1 update
       *[other] { $count } updates
    } waiting to be opened
safety-leaving-sends-nothing = Nothing is sent, and { $partner }'s phone is not told. What you already sent stays on their phone. Your own entries stay here; to remove them too, delete all data in Settings.
safety-older-backup-brings-back = A backup made before this still holds { $partner }, your couple code and what { $partner } shared: restoring it would bring them back. After leaving, make a fresh backup in Settings, and delete the older ones wherever you keep them.
safety-can-be-undone = This can't be undone.
safety-forget-phone = Forget { $partner } on this phone
safety-cancel = Cancel
safety-leave-quietly-button = Leave quietly…

## settings.rs

settings-notification-at-time-day = A notification at this time with the day's question, made on this phone. It stays quiet once you've checked in.
settings-phone-attune-sends-notification = On your phone, Attune sends a notification at this time with the day's question. This window and the browser don't.
settings-names-saved = Names saved.
settings-reminder-off = Reminder off.
settings-reminder-saved = Reminder saved.
settings-settings = Settings
settings-attune = Your Attune
settings-names = Names
settings-name = Your name
settings-partner-name = Your partner's name
settings-save-names = Save names
settings-daily-reminder = Daily reminder
settings-time-leave-empty-none = Time (leave empty for none)
settings-save-reminder = Save reminder
settings-calendar-title = In your calendar
settings-calendar-explain = Your calendar can remind you every day at this time, even when Attune is closed. The event says only "A minute for us". Your calendar may be synced by its own provider (Google, Apple, Microsoft). When you change the time, add it again: most calendars replace the old event with the new one; if yours shows both, delete the older.
settings-add-to-calendar = Add to my calendar
settings-calendar-shared = The reminder went to the share sheet: choose your calendar.
settings-calendar-saved = Saved: { $place }. Open it to add the reminder to your calendar.
settings-state-us = State of us
settings-day-week-hold-hour = The day of the week you hold your hour together. On that day, Today and the daily reminder invite you to it.
settings-our-day = Our day
settings-no-day-chosen = No day chosen
settings-sharing-looks = Sharing and looks
settings-share-by-default = Share new entries by default
settings-theme = Theme
settings-system = System
settings-light = Light
settings-dark = Dark
settings-text-size = Text size
settings-normal = Normal
settings-large = Large
settings-larger = Larger
settings-data = Your data
settings-about = About
settings-attune-helps-two-build = Attune helps the two of you build a secure bond, one small daily step at a time. No account, no server: your entries live on this phone, and only what you choose to share travels, encrypted, in the file you send.
settings-data-format-version = Data format version { $schema_version }.
settings-safety-getting-help = Safety and getting help
settings-browser-keeps-attune-data = Your browser keeps Attune's data, even when the phone runs low on space.
settings-browser-may-clear-attune = Your browser may clear Attune's data when the phone runs low on space. Adding Attune to your home screen usually lets it keep it; a backup is the safe copy either way.
settings-browser-can-promise-keep = This browser can't promise to keep Attune's data when space runs low. Keep a backup.
settings-app-lock-attune-asks = App lock on. Attune asks for this PIN when it opens and when you come back to it.
settings-app-lock-off = App lock off.
settings-saved = Saved.
settings-app-lock = App lock
settings-change-pin-digits = Change PIN ({ $digits } digits)
settings-set-pin-digits = Set a PIN ({ $digits } digits)
settings-change-pin = Change PIN
settings-turn = Turn on
settings-turn-off = Turn off
settings-lock-again-after-time = Lock again after time away
settings-at-once = At once
settings-wrong-pins-bring-growing = Wrong PINs bring growing waits. The lock keeps the screen from someone holding your phone; your phone's own lock and encryption protect the data itself.
settings-backup-shared = Backup shared.
settings-backup = Backup
settings-everything-phone-private-entries = Everything on this phone, private entries too, in one file locked with a passphrase you choose. Use it to move to a new phone.
settings-backup-passphrase-at-least = Backup passphrase (at least { $min } characters)
settings-make-backup = Make a backup
settings-choose-backup-file-first = Choose a backup file first.
settings-restore-backup = Restore a backup
settings-opened-attune-backup-type = You opened an Attune backup. Type its passphrase to bring everything back on this phone.
settings-backup-file = Backup file
settings-its-passphrase = Its passphrase
settings-restore = Restore
settings-exported-through-share-sheet = Exported through the share sheet.
settings-everything-wrote-as-plain = Everything you wrote, as plain and readable JSON, for your own records. It is not encrypted.
settings-export-everything-json = Export everything (JSON)
settings-pairing-removed-pair-again = Pairing removed. Pair again on the Exchange screen.
settings-re-pair = Re-pair
settings-cancel = Cancel
settings-re-pair-button = Re-pair…
settings-type-delete-confirm = Type DELETE to confirm.
settings-deletes-every-entry-setting = This deletes every entry, setting and the pairing from this phone. It can't be undone. Make a backup first if you may want it back.
settings-type-delete-label = Type DELETE to confirm
settings-delete-all-data = Delete all data
settings-delete-all-button = Delete all data…

## state_of_us.rs

state-of-us-once-week-about-minutes = Once a week · about { $total ->
        [one] { $total } minute
       *[other] { $total } minutes
    }
state-of-us-week-from-what-both = Your week, from what you both shared
state-of-us-today = { $from } to today
state-of-us-appreciations = Appreciations
state-of-us-best-day = The best day:{" "}
state-of-us-hardest-day = The hardest day:{" "}
state-of-us-needs-voiced = Needs you voiced
state-of-us-commitments = Commitments
state-of-us-kept-days = { $action }: kept on { $kept_days } of { $logged_days ->
        [one] { $logged_days } day
       *[other] { $logged_days } days
    }
state-of-us-start = Start
state-of-us-part-minutes = Part { $stage } of { $parts } · { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
state-of-us-back = Back
state-of-us-finish = Finish
state-of-us-next-part = Next part
state-of-us-commitment-now-shows-check = It's a commitment now: it shows on your check-in every day.
state-of-us-quality-builds = The quality it builds
state-of-us-make-commitment = Make it a commitment
state-of-us-done = Done

## step.rs

step-journey = ‹ Journey
step-step = Step { $number } of { $steps }
step-make-my-current-step = Make this my current step
step-ready-move = Ready to move on?
step-before-moving = Before moving on
step-step-so-far = { $count ->
        [one] 1 day
       *[other] { $count } days
    } in this step so far.
step-done = Done:{" "}
step-not-yet = Not yet:{" "}
step-ve-done-good-work = You've done good work here. Move on when it feels right; you can come back any time.
step-move = Move on to { $next_title }
step-open-our-pause-pact = Open our pause pact
step-exercises = Exercises
step-reflections-here = Your reflections here
step-delete-reflection = Delete this reflection?
step-delete = Delete
step-keep = Keep
step-about = About you
step-about-partner = About your partner
step-saved-reflections = Saved to your reflections.
step-pick-pattern = Pick a pattern
step-choose = Choose…
step-often-protects-against = Often it protects against { $protects }.
step-save-reflection = Save reflection
step-never = Never
step-sometimes = Sometimes
step-often = Often
step-i-lean-growth = I lean growth
step-unsure = Unsure
step-i-lean-fixed = I lean fixed
step-pattern-self-check = Pattern self-check
step-fifteen-ways-old-self = Fifteen ways old self-protection can show up. Answer for how things are lately, not how you wish they were. Everyone has some.
step-belief-check = Belief check
step-each-pair-which-way = For each pair, which way do you lean right now?
step-please-answer-every-statement = Please answer every statement.
step-saved-retake-any-time = Saved. Retake it any time to see what changes.
step-last-taken = Last taken { $day }: { $total } of { $out_of }
step-lower-means-fewer-old = {" "}(lower means fewer old patterns)
step-lower-means-more-growth = {" "}(lower means more growth-minded)
step-since = Since { $from }
step-total = Total { $total_before } → { $total_after }
step-no-answer-changed = No answer changed.
step-share-result-my-partner = Share the result with my partner
step-save = Save
step-take = Take it
step-take-again = Take it again
step-pick-quality-first = Pick a quality first.
step-committed-check-will-ask = Committed. Your check-in will ask about it.
step-commitments = Commitments
step-one-three-small-concrete = One to three small, concrete actions. Be a safe person: gentle, curious, open, empathetic, understanding, vulnerable.
step-quality = Quality
step-commitment-action = What will you do?
step-commit = Commit
step-finish = Finish

## stress_talk.rs

stress-talk-minutes-together = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } together
stress-talk-start-minutes = Start the { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
stress-talk-done = Done

## welcome.rs

welcome-or-start-fresh-below = Or start fresh below.
welcome-name = Your name
welcome-partner-name-optional = Your partner's name (optional)
welcome-remind-me-once-day = Remind me once a day
welcome-reminder-time = Reminder time
welcome-start = Start
welcome-moving-new-phone-restore = Moving to a new phone? Restore a backup
welcome-safety-getting-help = Safety and getting help

## year.rs

year-year-review = Year in review
year-title-names = { $my_name } and { $partner }
year-print = Print or save as PDF
year-made-phone-nothing-uploaded = Made on this phone; nothing is uploaded. Your phone's print dialog can save it as a PDF to keep or to bring to a therapist.
year-showing-up = Showing up
year-checked-both = You checked in on { $count ->
        [one] 1 day
       *[other] { $count } days
    }, { $partner } on { $partner_check_ins }; both of you on { $both_days }.
year-how-felt-over-year = How it felt, over the year
year-you = You
year-first-last-3-months = first → last 3 months
year-averages-1-5-ratings = Averages of the 1–5 ratings on the days each of you checked in.
year-pattern-self-check = Pattern self-check
year-self-check-first = { $total } of { $out_of } on { $day }
year-self-check-last = , { $total } of { $out_of } on { $day }
year-lower-means-old-patterns = {"."} Lower means the old patterns showed up less.
year-commitments = Commitments
year-kept-days = { $action } ({ $quality_name }): kept on { $kept_days } of { $logged_days ->
        [one] { $logged_days } day
       *[other] { $logged_days } days
    }
year-coming-back-each-other = Coming back to each other
year-repair-notes = Repair notes: { $me } from you, { $partner } from { $partner2 }.
year-best-days = Best days

## charts.rs

charts-you = You
charts-too-few-days = { $who }: too few days to tell
charts-days-showed-up = Days you showed up
charts-days-checked-both = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: you checked in on { $mine }, { $partner } on { $theirs }, both of you on { $both }.{ $quiet ->
        [0] {""}
        [one] {" "}You kept one day quiet.
       *[other] {" "}You kept { $quiet } days quiet.
    }
charts-line-summary = { $title }: { $mine } of your days and { $theirs } of { $partner }'s days have a rating.
charts-steadiness = { $kind ->
        [steady] steady
        [ups_and_downs] some ups and downs
       *[swings] big swings
    }
charts-spread = { $who }: usually around { $mean }, between { $low } and { $high }, { $steadiness }
charts-summary = { $label }. { $me }. { $partner }.
charts-who-steadiness = { $who }: { $steadiness }

## mod.rs

components-main = Main
components-today = Today
components-journey = Journey
components-partner = Partner
components-insights = Insights
components-settings = Settings
components-rating-of-five = { $label }: { $n } of 5
components-share-my-partner = Share with my partner
components-kept-days = {" "}{ $quality_name } · kept { $kept_days } of { $logged_days ->
        [one] { $logged_days } day
       *[other] { $logged_days } days
    }
components-loading = Loading…

## timer.rs

timer-minutes-seconds-left = { $label }: { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    } { $s ->
        [one] { $s } second
       *[other] { $s } seconds
    } left
timer-time-up-finish-sentence = Time's up. Finish your sentence, then go on.
timer-talks-listens = { $first } talks · { $second } listens
timer-turns-swapped = { $second } talks · { $first } listens

## files and messages written by hand

files-save-failed = Couldn't save the file ({ $cause }).
files-browser-refused = The browser refused the file ({ $cause }).
files-share-title = Attune update
files-share-sheet-title = Send your Attune update
files-downloaded = downloaded as { $name }
exchange-could-not-read-file = Couldn't read that file: { $cause }
exchange-update-ready = Your update is ready: { $place }. Send it to your partner any way you like.
shell-kept-until-paired = { $why } Attune keeps this update and opens it as soon as you're paired.
shell-kept-until-updated = { $why } Attune keeps it and opens it once updated.
shell-kept-new-phone = { $why } Attune keeps it on Exchange, where you can compare safety numbers.
settings-minutes-short = { $n } min
settings-everything-deleted = { $files ->
        [0] Everything is deleted.
        [one] Everything is deleted (1 file).
       *[other] Everything is deleted ({ $files } files).
    } Files you saved elsewhere stay where you put them.
state-of-us-no-appreciations = No appreciations written this week: say them out loud today.
state-of-us-no-needs = No needs written this week.
state-of-us-day-average = { $day } ({ $average } of 5)
step-belief-either = “{ $fixed }” or “{ $growth }”
year-span = { $from } – { $to }
year-average-of-five = {" "}· { $average } of 5
step-reflection-eyebrow = { $title } · { $day }
step-reflection-eyebrow-private = { $title } · { $day } · private
insights-week-connection = ; connection { $me } for you, { $them } for { $partner }
insights-week-gap-days = { $n ->
        [0] .
        [one] ; 1 day you felt differently.
       *[other] ; { $n } days you felt differently.
    }
insights-your-average = your average connection
partner-last-update-opened = Last update opened { $when }.
partner-key-both = both{"  "}
partner-key-you = you{"  "}
partner-key-quiet-days = your quiet days
pause-your-pact = your pause pact
pause-write-your-pact = write your pause pact
safety-history-of-swaps = the history of your swaps
check-in-connection-hint = 1 distant · 5 very close
settings-language = Language
settings-language-label = Attune speaks
settings-language-phone = The phone's language
settings-language-note = Only the words of the app change. What you and your partner write stays as you wrote it, and your partner reads Attune in their own language.
incoming-could-not-read = Attune couldn't read that file: { $cause }
lock-wrong-pin-wait = That PIN isn't right. { $wait }
lock-too-many-wrong = Too many wrong PINs. Try again after { $time }.
question-partner-wrote = A question { $partner } wrote. You both get it today.
question-added = Added. It goes to { $to } with your next update.
question-added-first-asked = Added. It goes to { $to } with your next update. It's first asked { $day }.
state-of-us-said = { $who } · { $day }: “{ $text }”
partner-reflection-eyebrow = { $title } · { $day }
safety-forgotten = Done. Attune has forgotten { $partner } on this phone, and nothing was sent. Older backups still hold { $partner }: make a fresh backup in Settings and delete the older ones.
safety-make-fresh-backup = Make a fresh backup
year-moved = { $from } → { $to }
settings-pin-digits = { $min } to { $max }
settings-backup-saved = Backup saved: { $place }.
settings-exported = Exported: { $place }
step-for-example = For example: { $examples }
step-examples-or-separator = {" "}Or:{" "}
# The word typed to confirm deleting everything (said in the two messages above).
settings-delete-word = DELETE
settings-re-pair-consequence = Re-pairing forgets the couple code and removes the { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } { $partner } shared from this phone. Your own entries stay.
browser-new-version-ready = A new version of Attune is ready. Everything you saved stays as it is.
browser-restart = Restart Attune
browser-home-screen-keeps = On an iPhone or iPad, Safari clears a website's data after seven days of browsing without opening it. Added to your Home Screen, Attune keeps everything.
browser-home-screen-how = In Safari, tap Share, then "Add to Home Screen", and open Attune from there.
browser-not-now = Not now
settings-backup-keep-passphrase = { $done } Keep the passphrase somewhere safe; without it the backup can't be opened.

## safety.rs: who to call (shared/content/helplines.toml)

help-danger-now = If you are in danger now
help-call-emergency = Call { $number }, the emergency number in { $country }.
help-call-emergency-anywhere = Call the emergency number of the country you are in. Attune has no checked numbers for where your phone is set.
help-lines-country = Helplines in { $country }
help-no-lines = Attune has no checked national helpline for { $country }. A doctor or health centre can tell you where to turn.
help-serves = { $serves ->
        [women] For women.
        [women-lgbti] For women and LGBTI+ people.
        [men] For men.
       *[everyone] Open to everyone.
    }
help-always-open = { $always ->
        [yes] Every day, at any hour.
       *[no] Not open at every hour.
    }
help-text = Text: { $text }
help-checked = Checked on { $date }. Numbers change: make sure this one is still current.
help-call-log = A call to these numbers may not show on the phone bill, but it stays in the phone's list of recent calls. If someone checks your phone, delete it from that list.
region-name = { $region ->
        [ES] Spain
        [MX] Mexico
        [US] the United States
        [AR] Argentina
        [CO] Colombia
        [CL] Chile
        [PE] Peru
        [GB] the United Kingdom
        [CA] Canada
        [AU] Australia
        [AT] Austria
        [BE] Belgium
        [BG] Bulgaria
        [HR] Croatia
        [CY] Cyprus
        [CZ] Czechia
        [DK] Denmark
        [EE] Estonia
        [FI] Finland
        [FR] France
        [DE] Germany
        [GR] Greece
        [HU] Hungary
        [IE] Ireland
        [IT] Italy
        [LV] Latvia
        [LT] Lithuania
        [LU] Luxembourg
        [MT] Malta
        [NL] the Netherlands
        [PL] Poland
        [PT] Portugal
        [RO] Romania
        [SK] Slovakia
        [SI] Slovenia
        [SE] Sweden
       *[other] your country ({ $region })
    }

## Quoted words (the couple's own, or a belief), with this language's quotation marks.
quoted = “{ $text }”

## Swap by looking (Exchange)
look-swap-by-looking = Swap by looking
look-no-file-needed = One phone shows a code, the other looks at it with its camera: no file, no other app, nothing on any network.
look-show-my-code = Show my update as a code
look-at-code = Look at { $partner }'s code
look-let-partner-look = Let { $partner }'s phone look at this. It is sealed with your couple code: a photo of it shows nothing to anyone else.
look-codes-change = Your update is too big for one code, so the codes change. Hold still until { $partner }'s phone says it has all of it.
look-too-large = Your update is too big to show as codes ({ $kilobytes } kB). Send it as a file instead, above.
look-partner-has-it = { $partner }'s phone has it
look-close = Close
look-code-label = Your update, as a code for your partner's camera
look-no-camera = The camera can't be used here: there is no camera, or permission was refused. A file works just as well: send and open one above.
look-now-show-yours = Now show yours
look-camera-label = What the camera sees
look-reading = Reading, about { $percent } %
look-starting-camera = Starting the camera…
look-point-camera = Point the camera at the code on { $partner }'s phone.
look-other-camera = Use the other camera
today-show-code = Show { $partner } my update as a code
