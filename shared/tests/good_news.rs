//! Good news in a check-in: kept tidy, travels to the partner (who sees it on their latest
//! check-in).

mod common;

use attune_core::{CheckInDraft, Error, TextField};
use common::{check_in, paired_couple};

#[test]
fn good_news_reaches_the_partner() {
    let (mut alex, mut sam) = paired_couple();
    let news = CheckInDraft { good_news: Some("  I got the job!  ".into()), ..check_in(5, true) };
    alex.store.save_check_in(news).unwrap();
    let plain = alex.store.export_opened_for_tests(false).unwrap();
    sam.store.import_opened_for_tests(&plain).unwrap();
    let theirs = sam.store.today().unwrap().partner_check_in.expect("Alex's check-in");
    assert_eq!(theirs.good_news.as_deref(), Some("I got the job!"), "tidied like anything typed");
    let mine = alex.store.today().unwrap().check_in.expect("mine");
    assert_eq!(mine.good_news.as_deref(), Some("I got the job!"));

    let private = CheckInDraft { good_news: Some("Only for me.".into()), ..check_in(5, false) };
    alex.store.save_check_in(private).unwrap();
    let plain = alex.store.export_opened_for_tests(false).unwrap();
    sam.store.import_opened_for_tests(&plain).unwrap();
    assert!(sam.store.today().unwrap().partner_check_in.is_none(), "made private: gone from Sam's phone");

    let too_long = CheckInDraft { good_news: Some("x".repeat(4001)), ..check_in(5, true) };
    assert!(matches!(alex.store.save_check_in(too_long), Err(Error::Text { field: TextField::GoodNews, .. })));
}
