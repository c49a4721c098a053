//! The couple's records and what the screens make of them: every record is an `Entry`
//! (`entry`), written through one feature module each (check-ins, answers, reflections,
//! self-checks, commitments, profiles) and read back as view models (today, journey, partner,
//! insights, the reminder plan).

pub mod calendar;
pub(crate) mod checkin;
pub(crate) mod commitment;

pub(crate) mod insights;
pub(crate) mod journey;
pub(crate) mod own_question;
pub(crate) mod pact;
pub(crate) mod partner;
pub(crate) mod pause;
pub(crate) mod profile;
pub(crate) mod question;
pub(crate) mod quiet_day;
pub(crate) mod reflection;
pub mod reminder;
pub(crate) mod repair;
pub(crate) mod self_check;
pub mod spread;
pub(crate) mod state_of_us;
pub(crate) mod today;
pub(crate) mod year;
