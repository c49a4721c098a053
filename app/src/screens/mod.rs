//! One screen per file. Each renders a view model from the core and sends intents through
//! `Actions`; none of them knows about SQL or files on disk.

mod check_in;
mod exchange;
mod insights;
mod journey;
mod lock;
mod look;
mod not_found;
mod pact;
mod partner;
mod pause;
mod question;
mod repair;
mod safety;
mod settings;
mod state_of_us;
mod step;
mod stress_talk;
mod today;
mod welcome;
mod year;

pub use check_in::CheckIn;
pub use exchange::Exchange;
pub use insights::Insights;
pub use journey::Journey;
pub use lock::Lock;
pub use not_found::NotFound;
pub use pact::Pact;
pub use partner::Partner;
pub use pause::PauseScreen;
pub use question::Question;
pub use repair::Repair;
pub use safety::Safety;
pub use settings::{RestoreBackup, Settings};
pub use state_of_us::StateOfUs;
pub use step::StepScreen;
pub use stress_talk::StressTalk;
pub use today::Today;
pub use welcome::Welcome;
pub use year::Year;
