//! Attune on desktop, in the browser and on phones.

fn main() {
    attune_app::launch();
}
