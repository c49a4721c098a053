//! The journey through the four steps: where each partner is, each step's page with its
//! exercises and my work so far, a gentle "ready to move on?", and moving between steps.
//! Steps can be revisited at any time; after growth the path loops back to awareness.

use chrono::NaiveDate;

use crate::clock::days_between;
use crate::content::Exercise;
use crate::entry::{About, CheckKind, Step};
use crate::error::Result;
use crate::records::reflection::ReflectionView;
use crate::records::self_check::{self, SelfCheckComparison, SelfCheckView};
use crate::{CommitmentView, Store};

/// Days to spend in a step before the app suggests moving on: change needs repetition.
pub const MIN_DAYS_IN_STEP: i64 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum StepStatus {
    /// Where I am now.
    Current,
    /// I have done work here before.
    Visited,
    /// Not reached yet.
    Ahead,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JourneyStep {
    pub step: Step,
    pub title: String,
    pub tagline: String,
    pub status: StepStatus,
    pub partner_is_here: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JourneyView {
    pub steps: Vec<JourneyStep>,
    pub my_step: Step,
    pub my_step_since: NaiveDate,
    pub partner_name: Option<String>,
    pub partner_step: Option<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReadinessItem {
    pub need: Readiness,
    pub done: bool,
}

/// One thing a step asks of me before I move on (`locale::Words::readiness` says it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Readiness {
    DaysInStep { days: i64 },
    PatternCheck,
    RootsMe,
    RootsPartner,
    CompassionMe,
    CompassionPartner,
    Commitment,
    KeptThreeDays,
    NeedShared,
    BeliefCheck,
    WhatChanged,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepPage {
    pub step: Step,
    pub title: String,
    pub tagline: String,
    pub intro: Vec<String>,
    pub is_current: bool,
    pub days_in_step: i64,
    pub exercises: Vec<Exercise>,
    /// My reflections in this step, newest first.
    pub reflections: Vec<ReflectionView>,
    /// What "ready to move on" asks for, only on my current step.
    pub readiness: Vec<ReadinessItem>,
    pub ready_to_move_on: bool,
    pub next_step: Step,
    /// The step's self-check takes (awareness: patterns, growth: beliefs), oldest first.
    pub self_checks: Vec<SelfCheckView>,
    pub comparison: Option<SelfCheckComparison>,
    /// Accountability: my commitments.
    pub commitments: Vec<CommitmentView>,
}

fn item(need: Readiness, done: bool) -> ReadinessItem {
    ReadinessItem { need, done }
}

impl Store {
    pub fn journey(&self) -> Result<JourneyView> {
        let me = self.my_profile()?;
        let partner = self.partner_profile()?;
        let reflections = self.reflection_views(self.me)?;
        let steps = Step::ALL
            .into_iter()
            .map(|step| {
                let content = self.program().step(step);
                let worked_here = reflections.iter().any(|r| r.step == step);
                let status = if step == me.step {
                    StepStatus::Current
                } else if worked_here || step < me.step {
                    StepStatus::Visited
                } else {
                    StepStatus::Ahead
                };
                JourneyStep {
                    step,
                    title: content.title.clone(),
                    tagline: content.tagline.clone(),
                    status,
                    partner_is_here: partner.as_ref().is_some_and(|p| p.step == step),
                }
            })
            .collect();
        Ok(JourneyView {
            steps,
            my_step: me.step,
            my_step_since: me.step_since,
            partner_name: self.partner_name()?,
            partner_step: partner.map(|p| p.step),
        })
    }

    pub fn step_page(&self, step: Step) -> Result<StepPage> {
        let me = self.my_profile()?;
        let content = self.program().step(step);
        let is_current = me.step == step;
        let days_in_step = if is_current { days_between(me.step_since, self.today_date()) } else { 0 };
        let mut reflections: Vec<ReflectionView> =
            self.reflection_views(self.me)?.into_iter().filter(|r| r.step == step).collect();
        reflections.reverse();
        let check = match step {
            Step::Awareness => Some(CheckKind::Patterns),
            Step::Growth => Some(CheckKind::Beliefs),
            Step::Compassion | Step::Accountability => None,
        };
        let self_checks = match check {
            Some(c) => self.my_self_checks(c)?,
            None => Vec::new(),
        };
        let comparison = check.and_then(|c| self_check::compare(self, &self_checks, c));
        let commitments = if step == Step::Accountability { self.my_commitments()? } else { Vec::new() };
        let readiness = if is_current {
            readiness(step, me.step_since, days_in_step, &reflections, &self_checks, &commitments)
        } else {
            Vec::new()
        };
        Ok(StepPage {
            step,
            title: content.title.clone(),
            tagline: content.tagline.clone(),
            intro: content.intro.clone(),
            is_current,
            days_in_step,
            exercises: self.program().exercises_for(step).cloned().collect(),
            ready_to_move_on: is_current && readiness.iter().all(|i| i.done),
            readiness,
            next_step: step.next(),
            reflections,
            self_checks,
            comparison,
            commitments,
        })
    }

    /// Moves me to a step (forward, back, or looping from growth to awareness).
    pub fn move_to_step(&mut self, step: Step) -> Result<()> {
        let mut profile = self.my_profile()?;
        if profile.step == step {
            return Ok(());
        }
        profile.step = step;
        profile.step_since = self.today_date();
        self.write(|w| w.save_my_profile(profile))
    }
}

/// What counts as "done enough" in a step, counted since I (re)entered it.
fn readiness(
    step: Step,
    since: NaiveDate,
    days_in_step: i64,
    reflections: &[ReflectionView],
    self_checks: &[SelfCheckView],
    commitments: &[CommitmentView],
) -> Vec<ReadinessItem> {
    let written = |about: About| reflections.iter().filter(|r| r.day >= since && r.about == about).count();
    let checked = self_checks.iter().any(|s| s.day >= since);
    let mut items = vec![item(Readiness::DaysInStep { days: MIN_DAYS_IN_STEP }, days_in_step >= MIN_DAYS_IN_STEP)];
    match step {
        Step::Awareness => {
            items.push(item(Readiness::PatternCheck, checked));
            items.push(item(Readiness::RootsMe, written(About::Me) >= 2));
            items.push(item(Readiness::RootsPartner, written(About::Partner) >= 1));
        }
        Step::Compassion => {
            items.push(item(Readiness::CompassionMe, written(About::Me) >= 1));
            items.push(item(Readiness::CompassionPartner, written(About::Partner) >= 1));
        }
        Step::Accountability => {
            let kept: u32 = commitments.iter().map(|c| c.kept_days).sum();
            items.push(item(Readiness::Commitment, !commitments.is_empty()));
            items.push(item(Readiness::KeptThreeDays, kept >= 3));
            items.push(item(
                Readiness::NeedShared,
                reflections.iter().any(|r| r.day >= since && r.exercise == "accountability-need"),
            ));
        }
        Step::Growth => {
            items.push(item(Readiness::BeliefCheck, checked));
            items.push(item(Readiness::WhatChanged, written(About::Me) >= 1));
        }
    }
    items
}
