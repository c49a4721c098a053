//! The two people: first-run set-up, names, and each person's profile entry (name and current
//! step), which always travels in the exchange so each phone can show the other's step.

use crate::entry::{EntryBody, Profile, Step, profile_id};
use crate::error::{Error, Result, TextField};
use crate::ids::PersonId;
use crate::records::reminder::ReminderTime;
use crate::storage::{Rows, rows};
use crate::text::{TextKind, check, tidy};
use crate::{Setting, Store, Writer};

/// Tidies a typed name and checks it by the text rule.
pub(crate) fn clean_name(typed: &str, field: TextField) -> Result<String> {
    let name = tidy(typed);
    check(&name, TextKind::Name, true).map_err(|problem| Error::Text { field, problem })?;
    Ok(name)
}

/// The name I give my partner, tidied; empty means "use the name they gave themselves".
pub(crate) fn clean_partner_name(typed: Option<&str>) -> Result<Option<String>> {
    typed.filter(|n| !n.trim().is_empty()).map(|n| clean_name(n, TextField::PartnerName)).transpose()
}

pub(crate) fn set_partner_name(w: &Writer<'_>, name: Option<&str>) -> Result<()> {
    match name {
        Some(n) => w.set(Setting::PartnerName, &n),
        None => w.unset(Setting::PartnerName),
    }
}

pub(crate) fn profile_of(db: Rows<'_>, person: PersonId) -> Result<Option<Profile>> {
    Ok(rows::get_entry(db, profile_id(person))?.and_then(|e| match e.body {
        Some(EntryBody::Profile(p)) if !e.deleted => Some(p),
        _ => None,
    }))
}

impl Writer<'_> {
    pub(crate) fn save_my_profile(&mut self, profile: Profile) -> Result<()> {
        let id = profile_id(self.me());
        self.save_mine(id, EntryBody::Profile(profile), true).map(|_| ())
    }
}

impl Store {
    /// Whether first run is done (my name is known).
    pub fn is_set_up(&self) -> Result<bool> {
        Ok(profile_of(self.rows(), self.me)?.is_some())
    }

    /// First run: my name, optionally my partner's name and a daily reminder time. Lands me on
    /// the awareness step today.
    pub fn set_up(&mut self, my_name: &str, partner_name: Option<&str>, reminder: Option<ReminderTime>) -> Result<()> {
        let my_name = clean_name(my_name, TextField::MyName)?;
        let partner_name = clean_partner_name(partner_name)?;
        self.write(|w| {
            let today = w.today();
            w.save_my_profile(Profile {
                name: my_name,
                step: Step::Awareness,
                step_since: today,
                hides_together: false,
            })?;
            set_partner_name(w, partner_name.as_deref())?;
            match reminder {
                Some(time) => w.set(Setting::Reminder, &time),
                None => Ok(()),
            }
        })
    }

    /// My name, as I entered it.
    pub fn my_name(&self) -> Result<String> {
        Ok(profile_of(self.rows(), self.me)?.map(|p| p.name).unwrap_or_default())
    }

    /// My partner's person id, once we have paired and one update has arrived.
    pub fn partner_id(&self) -> Result<Option<PersonId>> {
        rows::setting(self.rows(), Setting::Partner)
    }

    /// What to call my partner: the name I gave them, else the name they gave themselves.
    pub fn partner_name(&self) -> Result<Option<String>> {
        if let Some(name) = rows::setting::<String>(self.rows(), Setting::PartnerName)? {
            return Ok(Some(name));
        }
        match self.partner_id()? {
            Some(id) => Ok(profile_of(self.rows(), id)?.map(|p| p.name)),
            None => Ok(None),
        }
    }

    pub(crate) fn partner_profile(&self) -> Result<Option<Profile>> {
        match self.partner_id()? {
            Some(id) => profile_of(self.rows(), id),
            None => Ok(None),
        }
    }

    pub(crate) fn my_profile(&self) -> Result<Profile> {
        profile_of(self.rows(), self.me)?.ok_or(Error::NotSetUp)
    }
}
