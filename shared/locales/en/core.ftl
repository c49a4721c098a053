# Attune's words from the core: errors, summaries, reminders, dates.
# Every message here has the same id in each language's core.ftl (checked by the
# completeness test). Variables are the core's data: names, counts, ids of choices.

## Dates and times

weekday = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-long = { $weekday } { $day } { $month }
date-long-year = { $weekday } { $day } { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-short = { $day } { $mon }
date-short-year = { $day } { $mon } { $year }
date-short-weekday = { $wd } { $day } { $mon }
day-word = { $day ->
    [today] Today
    [yesterday] Yesterday
   *[tomorrow] Tomorrow
}
duration = { $hours ->
    [0] { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
   *[other] { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }{ $minutes ->
        [0] {""}
        [one] {" "}1 minute
       *[other] {" "}{ $minutes } minutes
    }
}
moment-today = today at { $time }
moment-yesterday = yesterday at { $time }
moment-days-ago = { $days ->
        [one] a day ago
       *[other] { $days } days ago
    }

## Lists

list-separator = {", "}
section-separator = {"; "}

## My partner, before a name is known

partner-fallback = your partner
partner-fallback-start = Your partner

## Errors

error-wrong-code = That couple code doesn't open this update. Check the code with your partner.
error-mistyped-code = That couple code has a typo. Check each character and try again.
error-code-length = A couple code has { $expected } characters; this one has { $got }.
error-wrong-passphrase = That passphrase doesn't open this backup.
error-not-attune = This isn't an Attune file.
error-damaged = This file is damaged. Ask for it to be sent again.
error-newer-version = This file comes from a newer version of Attune. Update Attune to open it.
error-own-update = This is your own update. Send it to your partner; it can't be opened here.
error-someone-else = This update is from someone other than your partner, or from a phone of theirs this phone doesn't know. If your partner set Attune up again on a new phone, open the file on Exchange and compare your safety numbers there. To pair with someone new, use Re-pair in Settings.
error-too-large = This file is too large to be an Attune file.
error-is-backup = This is an Attune backup, not an update from your partner. To bring it back, use Restore a backup.
error-is-update = This is an update from your partner, not a backup. Open it on Exchange.
error-plain-update = This is a plain, unencrypted copy of an update. Anyone could have written one, so Attune opens only updates sealed with your couple code. Ask for it to be sent again with Send my update.
error-clock-ahead = This file is dated more than a day ahead of this phone's clock. One of your phones probably shows the wrong date or time: check both, then send the update again.
error-backup-someone-else = This backup belongs to someone else. A backup can be restored only by the person who made it, or on a new phone before setting up.
error-backup-paired-elsewhere = This backup is paired with someone else. Re-pair in Settings before restoring it.
error-backup-too-large = A backup of everything here would be larger than Attune can restore, so none was made. Export everything as JSON to keep a readable copy.
error-passphrase-short = Choose a passphrase of at least { $min } characters.
error-not-paired = Pair with your partner first: one of you creates a couple code, the other types it in.
error-already-paired = You are already paired. To pair again, use Re-pair in Settings first.
error-not-yours = Only your partner can change what they wrote.
error-not-found = That entry isn't here any more.
error-not-set-up = Finish setting up Attune first.
error-rating = Each rating is from 1 to 5.
error-nothing-written = Write something in at least one box first.
error-wrong-texts = Each prompt needs its own box: this exercise has { $expected }.
error-pick-pattern = Pick a pattern first.
error-unknown-content = Attune doesn't know that question, exercise or quality.
error-incomplete-self-check = Please answer every statement.
error-too-many-commitments = You already have { $max ->
        [one] one commitment
       *[other] { $max } commitments
    }. Finish one before adding another.
error-pin-format = A PIN is { $min } to { $max } digits.
error-reminder-time = Pick a time between 00:00 and 23:59.
error-pause-length = A pause lasts at least { $min ->
        [one] { $min } minute
       *[other] { $min } minutes
    }, and you come back within { $max ->
        [one] { $max } hour
       *[other] { $max } hours
    }.
error-pact-back-too-soon = Coming back at the latest can't be sooner than the shortest break.
error-storage = { $kind ->
        [file] Attune couldn't read or write a file. Nothing was changed.
        [schema_upgrade] Attune couldn't update how your data is stored. Nothing was changed; your data is as it was.
        [crypto] Attune couldn't lock or unlock your data. Nothing was changed.
        [stored_entry] One of your saved entries couldn't be read. Nothing was changed.
       *[database] Attune couldn't read or save your data. Nothing was changed.
    } (Detail: { $cause })

# Which text a problem is about, at the start of a sentence.
text-field = { $field ->
    [my_name] Your name
    [partner_name] Your partner's name
    [appreciation] The appreciation
    [need] The need
    [answer] The answer
    [reflection] A reflection
    [action] The action
    [good_news] The good news
    [pact_signal] The signal words
    [pact_calming] What calms you
    [pact_to_hear] What you need to hear
    [repair_note] The repair note
   *[own_question] The question
}
error-text-empty = { $field ->
    [my_name] Please enter your name.
    [partner_name] Please enter your partner's name.
    [appreciation] Write the appreciation first.
    [need] Write the need first.
    [answer] Write an answer first.
    [reflection] Write something in at least one box first.
    [action] Describe the action you commit to.
    [good_news] Write the good news first.
    [pact_signal] Write the words either of you says to call a pause.
    [pact_calming] Write what you will do to calm down.
    [pact_to_hear] Write what you need to hear when your partner leaves.
    [repair_note] Write the note first.
   *[own_question] Write the question first.
}
error-text-too-long = { text-field } can be at most { $max } characters.
error-text-control = { text-field } contains an invisible control character.
error-text-direction = { text-field } contains a character that changes the direction of text.
error-text-untidy = { text-field } has spaces or line breaks around it.

## Insights

# The line every check-in rates first.
connection = Connection

## Today: showing up, never a streak

consistency-quiet-week = A quiet week. Attune is here whenever you want it.
consistency-quiet-days = { $quiet ->
    [one] A quiet day. Attune is here whenever you want it.
   *[other] Quiet days this week. Attune is here whenever you want it.
}
consistency-start = Today is a good day to start.
consistency-welcome-back = Welcome back. You showed up { $last30 } of the last 30 days.
consistency-every-day = You showed up every day this week.
consistency-of-seven = You showed up { $shown } of the last 7 days.
consistency-every-day-but-quiet = { $quiet ->
    [one] You showed up every day this week, besides the day you kept quiet.
   *[other] You showed up every day this week, besides the { $quiet } days you kept quiet.
}
consistency-of-counted-but-quiet = { $quiet ->
    [one] You showed up { $shown } of { $counted ->
        [one] { $counted } day
       *[other] { $counted } days
    } this week, besides the day you kept quiet.
   *[other] You showed up { $shown } of { $counted ->
        [one] { $counted } day
       *[other] { $counted } days
    } this week, besides the { $quiet } days you kept quiet.
}

nudge-pair = Pair with { $partner } to see what they share.
nudge-no-update = No update from { $partner } yet. Swap updates when you're together.
nudge-update-old = { $partner }'s latest update is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } old. Time to swap updates?

## What a swap did

kind-count = { $kind ->
    [check_in] { $n ->
        [one] 1 check-in
       *[other] { $n } check-ins
    }
    [answer] { $n ->
        [one] 1 answer
       *[other] { $n } answers
    }
    [reflection] { $n ->
        [one] 1 reflection
       *[other] { $n } reflections
    }
    [self_check] { $n ->
        [one] 1 self-check
       *[other] { $n } self-checks
    }
    [commitment] { $n ->
        [one] 1 commitment
       *[other] { $n } commitments
    }
    [pact] { $n ->
        [one] 1 pause pact
       *[other] { $n } pause pacts
    }
    [repair_note] { $n ->
        [one] 1 repair note
       *[other] { $n } repair notes
    }
   *[own_question] { $n ->
        [one] 1 question for the two of you
       *[other] { $n } questions for the two of you
    }
}
received = { $partner }: { $what }.
received-new = { $n ->
    [one] { $what } is new
   *[other] { $what } are new
}
received-updated = { $what } updated
received-removed = { $what } removed
received-nothing = { $partner }: nothing new since the last update.
swap-sent = { $n ->
    [one] Sent 1 shared entry.
   *[other] Sent { $n } shared entries.
}
swap-sent-changes = { $n ->
    [0] Sent an update with no changes.
    [one] Sent 1 change.
   *[other] Sent { $n } changes.
}
restore-nothing-new = Everything in this backup was already here.
restore-done = { $restored ->
    [one] Restored one entry
   *[other] Restored { $restored } entries
} and updated { $updated ->
    [one] one
   *[other] { $updated }
}.
restore-left-out = { $count ->
    [one] One setting in the backup could not be used here and was left as it was.
   *[other] { $count } settings in the backup could not be used here and were left as they were.
}

kind = { $kind ->
    [check_in] Check-in
    [answer] Answer
    [reflection] Reflection
    [self_check] Self-check
    [commitment] Commitment
    [commitment_log] Commitment kept or not
    [profile] Your name and step
    [pact] Your side of the pause pact
    [repair_note] Repair note
   *[own_question] A question of your own
}

## A step's readiness

readiness = { $need ->
    [days_in_step] Spend at least { $days } days in this step
    [pattern_check] Take the pattern self-check
    [roots_me] Write two reflections about your roots
    [roots_partner] Write one reflection about your partner's roots
    [compassion_me] Write a compassionate note to yourself
    [compassion_partner] Write one about your partner
    [commitment] Make at least one commitment
    [kept_three_days] Keep your commitments on three days
    [need_shared] Share an emotional need
    [belief_check] Take the belief check
   *[what_changed] Write about what has changed
}

## The phone's reminders (a lock screen may show them: nothing private)

reminder-question = Your minute together. Today's question: { $question }
reminder-fallback = A minute for the two of you, whenever you're ready.
reminder-state-of-us = It's your State of us day: an hour for the two of you, starting with what you appreciated.
reminder-come-back = Time to come back. Take a breath and find each other.
calendar-title = A minute for us
calendar-description = Time for today's check-in in Attune.

## Words the phone's own code shows without the app (Android)

phone-channel = Daily check-in
phone-pause-shortcut = I need a pause
phone-file-unreadable = Attune couldn't read that file.
