//! `cargo run -p uniffi-bindgen -- generate --library <libattune_ffi.so> --language kotlin …`
//! (see `platforms/bindgen.sh`).

fn main() {
    uniffi::uniffi_bindgen_main();
}
