//! The compiler on questionnaires with mistakes: each file under
//! `fixtures/bad/` is the valid one with mistakes, and lists in `# Expect:`
//! lines exactly the errors it must give.

use std::fs;
use std::path::{Path, PathBuf};

use spasm_content::{compile_content, ContentError, Texts};

fn fixture(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn compiled(source: &str) -> Result<String, Vec<ContentError>> {
    compile_content(source, &mut Texts::new())
}

#[test]
fn the_valid_questionnaire_compiles_to_rust_data() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let rust = compiled(&fixture(&folder.join("valid.toml"))).expect("no mistakes");
    assert!(rust.contains("pub static CONTENT: Content = Content {"));
    assert!(rust.contains("pub const SIGNS: QuestionId = QuestionId(2);"));
    assert!(rust.contains("Condition::Any(&[Condition::Chosen { question: QuestionId(2), options: OptionSet(0b1) }, Condition::InRange { question: QuestionId(3), min: 9, max: 2147483647 }])"));
    assert!(
        rust.contains("level: Level::Emergency, stop: true"),
        "an emergency stops"
    );
}

#[test]
fn each_mistake_is_reported_with_the_item_it_is_in() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .expect("the fixtures")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{} fixtures", files.len());
    for path in files {
        let source = fixture(&path);
        let expected: Vec<&str> = source
            .lines()
            .filter_map(|line| line.strip_prefix("# Expect: "))
            .collect();
        let errors = compiled(&source).expect_err("the file has mistakes");
        let found: Vec<String> = errors.iter().map(ContentError::to_string).collect();
        for error in &expected {
            assert!(
                found.iter().any(|found| found.contains(error)),
                "{}: no error \"{error}\" in {found:#?}",
                path.display()
            );
        }
        assert_eq!(
            found.len(),
            expected.len(),
            "{}: {found:#?}",
            path.display()
        );
    }
}

#[test]
fn the_interface_catalog_needs_words_for_every_level_and_unique_snake_case_keys() {
    let errors = Texts::from_interface("Bad-Key = x\nnext = Next\nnext = Again\n", "en.txt")
        .err()
        .expect("mistakes");
    let found = messages(errors);
    assert!(found.contains(&"en.txt: `Bad-Key`: the key is not snake_case".to_owned()));
    assert!(found.contains(&"en.txt: `next`: the key appears twice".to_owned()));
    assert!(found.contains(&"en.txt: no message `level_emergency`".to_owned()));
    assert!(found.contains(&"en.txt: no message `advice_safety_net`".to_owned()));
}

/// The valid questionnaire compiled with the text `from` replaced by `to`.
fn valid_with(from: &str, to: &str) -> Result<String, Vec<ContentError>> {
    let valid = fixture(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid.toml"));
    assert!(valid.contains(from), "no {from} in the valid questionnaire");
    compiled(&valid.replacen(from, to, 1))
}

/// The valid questionnaire with its rule's condition replaced by `when`.
fn with_rule_condition(when: &str) -> Result<String, Vec<ContentError>> {
    valid_with(
        "when = \"signs.danger or pain >= 9\"",
        &format!("when = \"{when}\""),
    )
}

/// The errors, as the compiler writes them.
fn messages(errors: Vec<ContentError>) -> Vec<String> {
    errors.iter().map(ContentError::to_string).collect()
}

#[test]
fn an_option_named_twice_in_a_condition_counts_once() {
    assert_eq!(
        with_rule_condition("signs.[danger, danger] or pain >= 9"),
        with_rule_condition("signs.danger or pain >= 9"),
    );
}

#[test]
fn each_comparison_of_a_number_is_the_range_it_says() {
    let (min, max) = (i32::MIN, i32::MAX);
    for (when, range) in [
        ("pain >= 9", (9, max)),
        ("pain > 8", (9, max)),
        ("pain <= 3", (min, 3)),
        ("pain < 4", (min, 3)),
        ("pain = 5", (5, 5)),
    ] {
        let rust = with_rule_condition(when).expect("a valid condition");
        let condition = format!(
            "Condition::InRange {{ question: QuestionId(3), min: {}, max: {} }}",
            range.0, range.1
        );
        assert!(rust.contains(&condition), "{when}: no {condition}");
    }
    let errors = with_rule_condition("pain ] 9").expect_err("not a comparison");
    assert!(errors[0]
        .to_string()
        .contains("expected `.` or a comparison after `pain`"));
}

#[test]
fn a_date_not_written_yyyy_mm_dd_is_refused() {
    assert!(valid_with("2026-12-01", "2026-12-31").is_ok());
    for date in [
        "2026-12-01-05",
        "26-12-01",
        "2026-1-01",
        "2026-12-1",
        "2026-1a-01",
        "2026/12/01",
    ] {
        let errors = valid_with("2026-12-01", date).expect_err(date);
        assert_eq!(
            messages(errors),
            ["date: the date is written YYYY-MM-DD"],
            "{date}"
        );
    }
}

#[test]
fn a_number_question_needs_a_range_and_no_options_and_yes_no_brings_its_own() {
    let pain = "question `pain`";
    for (from, to, error) in [
        ("max = 10", "max = 0", "min must be below max"),
        ("min = 0", "min = 10", "min must be below max"),
        (
            "unit = \"out of 10\"",
            "unit = \"out of 10\"\noptions = [{ id = \"a\", text = \"A\" }]",
            "a number has no options",
        ),
        (
            "unit = \"out of 10\"",
            "",
            "a number question needs min, max and unit",
        ),
    ] {
        let errors = valid_with(from, to).expect_err(error);
        assert_eq!(messages(errors), [format!("{pain}: {error}")], "{to}");
    }
    let errors = valid_with("kind = \"several\"", "kind = \"yes_no\"").expect_err("options");
    assert!(messages(errors).contains(&"question `signs`: yes_no options are built in".to_owned()));
}
