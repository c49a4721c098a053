//! The program as data: step introductions, the check-in markers, the fifteen patterns, the
//! exercises, the safe-person qualities, the beliefs, the question bank and the safety page.
//! The text lives in `shared/content/*.toml` so it can be reviewed and translated without
//! touching code; it is compiled in, parsed once and checked by `Program::problems`.
//!
//! Each language has its own copy under `shared/content/<tag>/`: `program.toml` with the same
//! shape and ids as the English one, and `questions.toml` mapping each question's id to its
//! text. `locale_problems` proves a translation has exactly the English ids and values, only
//! its words differ. The pseudo-locale is the English program run through `locale::pseudo`.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The four steps of the method, in the order a couple walks them. Growth loops back to
/// awareness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Step {
    Awareness,
    Compassion,
    Accountability,
    Growth,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Awareness, Step::Compassion, Step::Accountability, Step::Growth];

    pub fn next(self) -> Step {
        match self {
            Step::Awareness => Step::Compassion,
            Step::Compassion => Step::Accountability,
            Step::Accountability => Step::Growth,
            Step::Growth => Step::Awareness,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Step::Awareness => "awareness",
            Step::Compassion => "compassion",
            Step::Accountability => "accountability",
            Step::Growth => "growth",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// A step as its id (`awareness`…): how it appears in an address such as `/journey/awareness`.
impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Not one of the four steps' ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownStep(pub String);

impl std::fmt::Display for UnknownStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "there is no step called {:?}", self.0)
    }
}

impl std::str::FromStr for Step {
    type Err = UnknownStep;

    fn from_str(id: &str) -> Result<Step, UnknownStep> {
        Step::from_id(id).ok_or_else(|| UnknownStep(id.to_owned()))
    }
}

/// Whom a reflection is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum About {
    Me,
    Partner,
}

/// Which self-check was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CheckKind {
    /// The fifteen insecure patterns: 0 never, 1 sometimes, 2 often.
    Patterns,
    /// Fixed versus growth beliefs: 0 I lean growth, 1 unsure, 2 I lean fixed.
    Beliefs,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Program {
    pub welcome: Welcome,
    pub steps: Vec<StepContent>,
    pub markers: Vec<Marker>,
    pub patterns: Vec<Pattern>,
    pub qualities: Vec<Quality>,
    pub beliefs: Vec<Belief>,
    pub exercises: Vec<Exercise>,
    pub safety: Safety,
    pub pause: PauseContent,
    pub pact: PactContent,
    pub insights: InsightsContent,
    pub good_news: GoodNewsContent,
    pub state_of_us: StateOfUsContent,
    pub stress_talk: StressTalkContent,
    pub repair: RepairContent,
    #[serde(default)]
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Welcome {
    pub title: String,
    pub lines: Vec<String>,
}

impl Welcome {
    /// The first screen's words in `locale` (the program's `welcome`), read on their own: a
    /// first start shows them without reading the whole program. English while the core does
    /// not have that translation yet (`Translation`).
    pub fn for_locale(locale: crate::Locale) -> &'static Welcome {
        static WELCOMES: [OnceLock<Welcome>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let translated = crate::locale::Translation::of(locale).map(|t| t.welcome);
        let (locale, json) = match (locale, translated) {
            (crate::Locale::Pseudo, _) => (locale, WELCOME_JSON),
            (_, Some(json)) => (locale, json),
            (_, None) => (crate::Locale::English, WELCOME_JSON),
        };
        let slot = crate::Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        WELCOMES[slot].get_or_init(|| {
            let mut welcome: Welcome = serde_json::from_str(json).expect("the welcome parses (content tests)");
            if locale == crate::Locale::Pseudo {
                welcome.title = crate::locale::pseudo(&welcome.title);
                welcome.lines = welcome.lines.iter().map(|l| crate::locale::pseudo(l)).collect();
            }
            welcome
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepContent {
    pub step: Step,
    pub title: String,
    pub tagline: String,
    pub intro: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Marker {
    pub id: String,
    pub label: String,
    pub prompt: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Pattern {
    pub id: String,
    pub name: String,
    pub statement: String,
    pub protects: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Quality {
    pub id: String,
    pub name: String,
    pub description: String,
    pub examples: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Belief {
    pub id: String,
    pub fixed: String,
    pub growth: String,
    pub reframe: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Exercise {
    pub id: String,
    pub step: Step,
    pub about: About,
    pub title: String,
    pub prompts: Vec<String>,
    #[serde(default)]
    pub uses_pattern: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Question {
    pub id: String,
    pub step: Step,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Safety {
    pub title: String,
    pub not_therapy: String,
    pub seek_help_title: String,
    pub seek_help: Vec<String>,
    pub not_safe_title: String,
    pub not_safe: Vec<String>,
}

/// The words of "I need a pause": the card to show my partner and what helps while apart.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PauseContent {
    pub title: String,
    pub why: String,
    /// The card, before and after the time I come back.
    pub flooded: String,
    pub coming_back: String,
    pub care: String,
    pub breathe: String,
    pub calming_title: String,
    pub calming: Vec<String>,
    pub back_title: String,
    pub back: String,
}

/// The weekly State of us: its agenda, a timer per part.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StateOfUsContent {
    pub title: String,
    pub intro: String,
    pub try_title: String,
    pub try_hint: String,
    pub parts: Vec<MeetingPart>,
}

/// One part of the State of us.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MeetingPart {
    pub id: String,
    pub title: String,
    pub minutes: u32,
    pub guide: String,
    /// Speaker and listener take turns in this part.
    pub turns: bool,
}

/// The stress-reducing conversation: twenty minutes, the listener's rules.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StressTalkContent {
    pub title: String,
    pub intro: String,
    pub minutes: u32,
    pub listener_title: String,
    pub listener: Vec<String>,
}

/// Shown with my partner's good news: how to answer it well.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoodNewsContent {
    pub title: String,
    pub tip: String,
}

/// The words Insights puts around what averages hide.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct InsightsContent {
    pub steadiness_title: String,
    pub steadiness_intro: String,
    pub gap_title: String,
    pub gap_intro: String,
    /// Asked beside each gap day: something to talk about, never a verdict.
    pub gap_question: String,
}

/// The words of the pause pact: what it is for and each of its questions.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PactContent {
    pub title: String,
    pub intro: String,
    pub signal: PactQuestion,
    pub shortest: PactQuestion,
    pub back_within: PactQuestion,
    pub calming: PactQuestion,
    pub to_hear: PactQuestion,
    /// Said under the form: how the pact travels.
    pub travels: String,
}

/// One question of the pact.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PactQuestion {
    pub label: String,
    pub hint: String,
}

/// The repair conversation: turns for two people on one phone, speaker and listener in turn,
/// ending with an optional note.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RepairContent {
    pub title: String,
    pub intro: String,
    pub closing: String,
    pub turns: Vec<RepairTurn>,
    pub note_title: String,
    pub note_hint: String,
}

/// Who speaks a turn: the partner who took the pause speaks first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Speaker {
    First,
    Second,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RepairTurn {
    pub who: Speaker,
    pub prompt: String,
    pub hint: String,
}

#[derive(Deserialize)]
struct QuestionBank {
    questions: Vec<Question>,
}

// `content/*.toml` as JSON, converted by `build.rs`.
const PROGRAM_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/program.json"));
const QUESTIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questions.json"));
const WELCOME_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/welcome.json"));

/// The fields of the content that are ids and choices, never words to translate.
const NOT_WORDS: [&str; 4] = ["id", "step", "about", "who"];

/// A translated question bank: each English question's id, and its text here.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslatedQuestions {
    questions: std::collections::BTreeMap<String, String>,
}

/// The program and question files of a translation the core has (`Translation`).
fn translation(locale: crate::Locale) -> Option<(&'static str, &'static str)> {
    crate::locale::Translation::of(locale).map(|t| (t.program, t.questions))
}

/// Every string of `value` that is words (not an id or a choice) through `f`.
fn map_words(value: &mut serde_json::Value, key: Option<&str>, f: &impl Fn(&str) -> String) {
    match value {
        serde_json::Value::String(s) if !key.is_some_and(|k| NOT_WORDS.contains(&k)) => *s = f(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| map_words(v, key, f)),
        serde_json::Value::Object(table) => table.iter_mut().for_each(|(k, v)| map_words(v, Some(k), f)),
        _ => {}
    }
}

/// Where `translated` differs from `english` in anything but words: a key, an id, a step, a
/// number, how many items a list has.
fn shape_problems(
    english: &serde_json::Value,
    translated: &serde_json::Value,
    at: &str,
    key: Option<&str>,
    out: &mut Vec<String>,
) {
    use serde_json::Value;
    match (english, translated) {
        (Value::String(e), Value::String(t)) => {
            if key.is_some_and(|k| NOT_WORDS.contains(&k)) && e != t {
                out.push(format!("{at}: '{t}' should stay '{e}'"));
            }
        }
        (Value::Array(e), Value::Array(t)) => {
            if e.len() != t.len() {
                out.push(format!("{at}: {} items, the English has {}", t.len(), e.len()));
            }
            for (i, (e, t)) in e.iter().zip(t).enumerate() {
                shape_problems(e, t, &format!("{at}[{i}]"), key, out);
            }
        }
        (Value::Object(e), Value::Object(t)) => {
            for k in e.keys().filter(|k| !t.contains_key(*k)) {
                out.push(format!("{at}.{k}: missing"));
            }
            for k in t.keys().filter(|k| !e.contains_key(*k)) {
                out.push(format!("{at}.{k}: not in the English"));
            }
            for (k, ev) in e {
                if let Some(tv) = t.get(k) {
                    shape_problems(ev, tv, &format!("{at}.{k}"), Some(k), out);
                }
            }
        }
        (e, t) if e == t => {}
        (e, t) => out.push(format!("{at}: {t} where the English has {e}")),
    }
}

/// Longest id of a piece of program content (question, exercise, pattern, quality).
pub const MAX_CONTENT_ID_CHARS: usize = 64;

/// Longest prompt, in characters, that still fits a phone screen next to its input.
pub const MAX_PROMPT_CHARS: usize = 240;

impl Program {
    /// The program compiled into this build. Its validity is proven by the content tests, so
    /// a parse failure here can only be a build made without running them.
    pub fn builtin() -> &'static Program {
        static PROGRAM: OnceLock<Program> = OnceLock::new();
        PROGRAM.get_or_init(|| Program::parse(PROGRAM_JSON, QUESTIONS_JSON).expect("built-in content parses"))
    }

    /// The program in `locale`'s words; in English while the core does not have that
    /// translation yet (`Translation`).
    pub fn for_locale(locale: crate::Locale) -> &'static Program {
        static PROGRAMS: [OnceLock<Program>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        if !crate::locale::Translation::is_ready(locale) || locale == crate::Locale::English {
            return Program::builtin();
        }
        let slot = crate::Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        PROGRAMS[slot].get_or_init(|| Program::translated(locale).expect("translated content parses"))
    }

    fn translated(locale: crate::Locale) -> Result<Program, String> {
        let english = Program::builtin();
        if locale == crate::Locale::Pseudo {
            let mut value: serde_json::Value = serde_json::from_str(PROGRAM_JSON).map_err(|e| e.to_string())?;
            map_words(&mut value, None, &crate::locale::pseudo);
            let mut program: Program = serde_json::from_value(value).map_err(|e| e.to_string())?;
            program.questions = english
                .questions
                .iter()
                .map(|q| Question { id: q.id.clone(), step: q.step, text: crate::locale::pseudo(&q.text) })
                .collect();
            return Ok(program);
        }
        let (program, questions) = translation(locale).ok_or("no translation")?;
        let mut parsed: Program = serde_json::from_str(program).map_err(|e| e.to_string())?;
        let texts = serde_json::from_str::<TranslatedQuestions>(questions).map_err(|e| e.to_string())?.questions;
        parsed.questions = english
            .questions
            .iter()
            .map(|q| Question {
                id: q.id.clone(),
                step: q.step,
                text: texts.get(&q.id).cloned().unwrap_or_else(|| q.text.clone()),
            })
            .collect();
        Ok(parsed)
    }

    /// What keeps `locale`'s content from matching the English: a file that doesn't parse, a
    /// key, id or number that differs, a question missing or extra, and every problem
    /// `problems` finds in its words.
    pub fn locale_problems(locale: crate::Locale) -> Vec<String> {
        let mut out = Vec::new();
        if let Some((program, questions)) = translation(locale) {
            let english: serde_json::Value = serde_json::from_str(PROGRAM_JSON).expect("the English program parses");
            match serde_json::from_str::<serde_json::Value>(program) {
                Ok(translated) => shape_problems(&english, &translated, "program", None, &mut out),
                Err(e) => out.push(format!("program.toml: {e}")),
            }
            match serde_json::from_str::<TranslatedQuestions>(questions) {
                Ok(t) => {
                    let ids: HashSet<&str> = Program::builtin().questions.iter().map(|q| q.id.as_str()).collect();
                    out.extend(
                        ids.iter()
                            .filter(|id| !t.questions.contains_key(**id))
                            .map(|id| format!("question {id}: missing")),
                    );
                    out.extend(
                        t.questions
                            .keys()
                            .filter(|id| !ids.contains(id.as_str()))
                            .map(|id| format!("question {id}: not in the English")),
                    );
                }
                Err(e) => out.push(format!("questions.toml: {e}")),
            }
            if !out.is_empty() {
                return out;
            }
        }
        match locale {
            crate::Locale::English => out.extend(Program::builtin().problems()),
            // The pseudo-locale is a third longer by design: what it checks is the layout (the
            // browser test), so the authors' length limit doesn't apply to it.
            crate::Locale::Pseudo => match Program::translated(locale) {
                Ok(program) => out.extend(program.problems().into_iter().filter(|p| !p.contains("longer than"))),
                Err(e) => out.push(e),
            },
            crate::Locale::Spanish => match Program::translated(locale) {
                Ok(program) => out.extend(program.problems()),
                Err(e) => out.push(e),
            },
        }
        out
    }

    /// The program from its JSON (`build.rs` makes it from `content/*.toml`).
    pub(crate) fn parse(program: &str, questions: &str) -> Result<Program, serde_json::Error> {
        let mut parsed: Program = serde_json::from_str(program)?;
        parsed.questions = serde_json::from_str::<QuestionBank>(questions)?.questions;
        Ok(parsed)
    }

    /// How many statements a self-check has: one answer each.
    pub fn statements(&self, check: CheckKind) -> usize {
        match check {
            CheckKind::Patterns => self.patterns.len(),
            CheckKind::Beliefs => self.beliefs.len(),
        }
    }

    pub fn step(&self, step: Step) -> &StepContent {
        self.steps.iter().find(|s| s.step == step).expect("every step has content (content test)")
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn exercises_for(&self, step: Step) -> impl Iterator<Item = &Exercise> {
        self.exercises.iter().filter(move |e| e.step == step)
    }

    pub fn pattern(&self, id: &str) -> Option<&Pattern> {
        self.patterns.iter().find(|p| p.id == id)
    }

    pub fn quality(&self, id: &str) -> Option<&Quality> {
        self.qualities.iter().find(|q| q.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The question of the day. It depends on the date alone, so both phones agree without
    /// talking. Days walk the bank with a stride coprime to its length: every question comes
    /// once before any repeats, and neighbouring days land on different steps.
    pub fn question_for(&self, day: NaiveDate) -> &Question {
        let n = self.questions.len();
        let days = i64::from(day.num_days_from_ce());
        let len = i64::try_from(n).expect("the bank is small");
        let position = usize::try_from(days.rem_euclid(len)).unwrap_or(0);
        let index = (position * question_stride(n)) % n;
        &self.questions[index]
    }

    /// A year of questions, balanced over the steps: each between a fifth and three tenths.
    fn question_problems(&self, problems: &mut Vec<String>) {
        let n = self.questions.len();
        if n < QUESTIONS_IN_A_YEAR {
            problems.push(format!(
                "the question bank needs at least {QUESTIONS_IN_A_YEAR} questions (a year without a repeat), has {n}"
            ));
        }
        for step in Step::ALL {
            let of_step = self.questions.iter().filter(|q| q.step == step).count();
            if of_step * 5 < n || of_step * 10 > n * 3 {
                problems.push(format!("step {} has {of_step} of {n} questions: not balanced", step.id()));
            }
        }
    }

    /// The pause, the pact and the repair conversation: ideas for while apart; repair turns that
    /// alternate, so every turn is answered by the other (the listener says back what they
    /// heard), and both partners speak as often.
    fn hard_moment_problems(&self, problems: &mut Vec<String>) {
        if self.pause.calming.is_empty() {
            problems.push("the pause needs ideas for while apart".into());
        }
        // The weekly meeting lasts about an hour; one part has speaker and listener turns.
        let meeting: u32 = self.state_of_us.parts.iter().map(|p| p.minutes).sum();
        if !(45..=75).contains(&meeting) || !self.state_of_us.parts.iter().any(|p| p.turns) {
            problems
                .push(format!("the State of us should last about an hour with a part in turns, not {meeting} minutes"));
        }
        if self.stress_talk.listener.is_empty() || self.stress_talk.minutes == 0 {
            problems.push("the stress-reducing conversation needs a length and the listener's rules".into());
        }
        let pact = &self.pact;
        for (name, words) in [
            ("signal", &pact.signal),
            ("shortest", &pact.shortest),
            ("back_within", &pact.back_within),
            ("calming", &pact.calming),
            ("to_hear", &pact.to_hear),
        ] {
            if words.label.trim().is_empty() || words.hint.chars().count() > MAX_PROMPT_CHARS {
                problems.push(format!("the pact's {name} needs a label and a short hint"));
            }
        }
        let turns = &self.repair.turns;
        if turns.is_empty() || turns.windows(2).any(|w| w[0].who == w[1].who) {
            problems.push("repair turns must alternate between the two partners".into());
        }
        if turns.iter().filter(|t| t.who == Speaker::First).count() * 2 != turns.len() {
            problems.push("both partners need as many repair turns".into());
        }
        for (i, t) in turns.iter().enumerate() {
            if t.prompt.trim().is_empty() || t.hint.trim().is_empty() || t.hint.chars().count() > MAX_PROMPT_CHARS {
                problems.push(format!("repair turn {i} needs a prompt and a short hint"));
            }
        }
    }

    /// Everything wrong with the content, in words a reviewer can act on. Empty when valid.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut ids = HashSet::new();
        let mut texts = HashSet::new();
        let mut check_text = |what: &str, text: &str, problems: &mut Vec<String>| {
            if text.trim().is_empty() {
                problems.push(format!("{what} is empty"));
            }
            if text.chars().count() > MAX_PROMPT_CHARS {
                problems.push(format!("{what} is longer than {MAX_PROMPT_CHARS} characters"));
            }
            if !texts.insert(text.to_lowercase()) {
                problems.push(format!("{what} repeats another text: {text}"));
            }
        };
        for step in Step::ALL {
            if self.steps.iter().filter(|s| s.step == step).count() != 1 {
                problems.push(format!("step {} needs exactly one introduction", step.id()));
            }
            if self.exercises_for(step).count() < 2 {
                problems.push(format!("step {} needs at least two exercises", step.id()));
            }
        }
        for s in &self.steps {
            for (i, p) in s.intro.iter().enumerate() {
                check_text(&format!("intro {} paragraph {i}", s.step.id()), p, &mut problems);
            }
        }
        if self.markers.len() != 5 {
            problems.push(format!("there must be five markers, found {}", self.markers.len()));
        }
        if self.patterns.len() != 15 {
            problems.push(format!("there must be fifteen patterns, found {}", self.patterns.len()));
        }
        if self.qualities.len() != 6 {
            problems.push(format!("there must be six safe-person qualities, found {}", self.qualities.len()));
        }
        if self.beliefs.len() < 5 {
            problems.push("there must be at least five beliefs".into());
        }
        self.question_problems(&mut problems);
        for about in [About::Me, About::Partner] {
            if !self.exercises.iter().any(|e| e.step == Step::Awareness && e.about == about) {
                problems.push(format!("awareness needs roots prompts about {about:?}"));
            }
        }
        for m in &self.markers {
            check_text(&format!("marker {}", m.id), &m.prompt, &mut problems);
        }
        self.hard_moment_problems(&mut problems);
        for p in &self.patterns {
            check_text(&format!("pattern {}", p.id), &p.statement, &mut problems);
            check_text(&format!("pattern {} name", p.id), &p.name, &mut problems);
        }
        for q in &self.qualities {
            check_text(&format!("quality {}", q.id), &q.description, &mut problems);
        }
        for b in &self.beliefs {
            check_text(&format!("belief {} fixed", b.id), &b.fixed, &mut problems);
            check_text(&format!("belief {} growth", b.id), &b.growth, &mut problems);
            check_text(&format!("belief {} reframe", b.id), &b.reframe, &mut problems);
        }
        for e in &self.exercises {
            if e.prompts.is_empty() || e.prompts.len() > 4 {
                problems.push(format!("exercise {} needs one to four prompts", e.id));
            }
            for (i, p) in e.prompts.iter().enumerate() {
                check_text(&format!("exercise {} prompt {i}", e.id), p, &mut problems);
            }
        }
        for q in &self.questions {
            check_text(&format!("question {}", q.id), &q.text, &mut problems);
        }
        let all_ids = self
            .markers
            .iter()
            .map(|m| &m.id)
            .chain(self.patterns.iter().map(|p| &p.id))
            .chain(self.qualities.iter().map(|q| &q.id))
            .chain(self.beliefs.iter().map(|b| &b.id))
            .chain(self.exercises.iter().map(|e| &e.id))
            .chain(self.questions.iter().map(|q| &q.id));
        for id in all_ids {
            if id.is_empty() || id.len() > MAX_CONTENT_ID_CHARS {
                problems.push(format!("id '{id}' is empty or too long"));
            }
            if !ids.insert(id.clone()) {
                problems.push(format!("id '{id}' is used twice"));
            }
        }
        problems
    }
}

/// The bank is at least this long, so the question of the day never repeats within a year.
pub const QUESTIONS_IN_A_YEAR: usize = 365;

/// A step through the bank that visits every question once per cycle: the number closest to
/// the golden section of `n` that shares no factor with it.
fn question_stride(n: usize) -> usize {
    fn gcd(a: usize, b: usize) -> usize {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    if n <= 2 {
        return 1;
    }
    let golden = n * 618 / 1000;
    (0..n).flat_map(|d| [golden + d, golden.saturating_sub(d)]).find(|&k| k > 0 && k < n && gcd(k, n) == 1).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_program_is_valid() {
        let problems = Program::builtin().problems();
        assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
    }

    #[test]
    fn the_builtin_program_has_the_promised_counts() {
        let p = Program::builtin();
        assert_eq!(p.patterns.len(), 15);
        assert_eq!(p.qualities.len(), 6);
        assert_eq!(p.markers.len(), 5);
        assert_eq!(p.steps.len(), 4);
        assert!(p.questions.len() >= QUESTIONS_IN_A_YEAR);
        for step in Step::ALL {
            assert!(p.questions.iter().any(|q| q.step == step), "no questions for {step:?}");
            assert!(p.exercises_for(step).count() >= 2);
        }
    }

    #[test]
    fn a_duplicated_question_is_reported() {
        let questions = r#"{"questions": [{"id": "a", "step": "awareness", "text": "Same?"}, {"id": "a", "step": "growth", "text": "Same?"}]}"#;
        let p = Program::parse(PROGRAM_JSON, questions).expect("parses");
        let problems = p.problems();
        assert!(problems.iter().any(|m| m.contains("used twice")));
        assert!(problems.iter().any(|m| m.contains("repeats another text")));
        assert!(problems.iter().any(|m| m.contains("at least 365")));
    }

    #[test]
    fn no_question_repeats_until_the_bank_is_used_up() {
        let p = Program::builtin();
        let n = p.questions.len();
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid");
        let mut seen = HashSet::new();
        for d in 0..n {
            let day = start + chrono::Duration::days(i64::try_from(d).expect("small"));
            assert!(seen.insert(&p.question_for(day).id), "repeated on day {d}");
        }
        let after = start + chrono::Duration::days(i64::try_from(n).expect("small"));
        assert_eq!(p.question_for(after).id, p.question_for(start).id);
    }

    #[test]
    fn neighbouring_days_get_questions_from_different_steps() {
        let p = Program::builtin();
        let start = NaiveDate::from_ymd_opt(2026, 5, 1).expect("valid");
        let steps: Vec<Step> = (0..14).map(|d| p.question_for(start + chrono::Duration::days(d)).step).collect();
        let same_as_yesterday = steps.windows(2).filter(|w| w[0] == w[1]).count();
        assert_eq!(same_as_yesterday, 0, "{steps:?}");
    }
}
