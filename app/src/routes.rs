//! The app's addresses: each screen's route, the frame (`Shell`) around most of them. In the
//! browser's split build (`web-split`) each route's screen is its own lazily loaded wasm.

// The split build's route macro names each screen's loader after the screen and a hash.
#![cfg_attr(all(target_arch = "wasm32", feature = "web-split"), allow(non_snake_case))]

use dioxus::prelude::*;

use crate::screens::{
    CheckIn, Exchange, Insights, Journey, NotFound, Pact, Partner, PauseScreen, Question, Repair, Safety, Settings,
    StateOfUs, StepScreen, StressTalk, Today, Welcome, Year,
};
use crate::shell::Shell;

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[route("/welcome")]
    Welcome {},
    #[layout(Shell)]
        #[route("/")]
        Today {},
        #[route("/check-in")]
        CheckIn {},
        #[route("/question")]
        Question {},
        #[route("/journey")]
        Journey {},
        #[route("/journey/:step")]
        StepScreen { step: attune_core::Step },
        #[route("/partner")]
        Partner {},
        #[route("/exchange")]
        Exchange {},
        #[route("/insights")]
        Insights {},
        #[route("/settings")]
        Settings {},
        #[route("/pause")]
        PauseScreen {},
        #[route("/pact")]
        Pact {},
        #[route("/repair")]
        Repair {},
        #[route("/state-of-us")]
        StateOfUs {},
        #[route("/stress-talk")]
        StressTalk {},
        #[route("/year")]
        Year {},
    #[end_layout]
    #[route("/safety")]
    Safety {},
    #[route("/:..segments")]
    NotFound { segments: Vec<String> },
}
