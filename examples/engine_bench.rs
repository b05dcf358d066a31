//! The engine's benchmark: how long working out a step and an assessment takes,
//! over every scenario in tests/scenarios. Prints one JSON object for
//! ./scripts/bench. Run with `cargo run --release --example engine_bench`.

/// The benchmark itself, on the host (its scenario reader is a host-only crate).
#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::collections::BTreeMap;
    use std::fs;
    use std::hint::black_box;
    use std::time::Instant;

    use serde::Deserialize;
    use spasm_triage::content::questionnaire::CONTENT;
    use spasm_triage::engine::{evaluate, AnswerValue, Answers};

    /// The part of a scenario file the benchmark needs.
    #[derive(Deserialize)]
    struct Scenario {
        answers: BTreeMap<String, AnswerValue>,
    }

    const ROUNDS: usize = 200;

    pub fn run() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
        let answer_sets: Vec<Answers> = fs::read_dir(folder)
            .expect("the scenarios folder")
            .map(|entry| fs::read_to_string(entry.expect("an entry").path()).expect("a scenario"))
            .filter_map(|text| toml::from_str::<Scenario>(&text).ok())
            .map(|scenario| {
                let mut answers = Answers::new(&CONTENT);
                for (question, value) in &scenario.answers {
                    let _ = answers.set_by_id(&CONTENT, question, value);
                }
                answers
            })
            .collect();
        let mut nanos: Vec<u128> = Vec::with_capacity(ROUNDS * answer_sets.len());
        for _ in 0..ROUNDS {
            for answers in &answer_sets {
                let start = Instant::now();
                let evaluation = evaluate(&CONTENT, black_box(answers));
                black_box(evaluation.resume_step());
                nanos.push(start.elapsed().as_nanos());
            }
        }
        nanos.sort_unstable();
        let at = |share: f64| nanos[((nanos.len() - 1) as f64 * share) as usize];
        println!(
            "{{\"answer_sets\": {}, \"runs\": {}, \"step_and_assessment_ns\": {{\"median\": {}, \"p95\": {}, \"max\": {}}}}}",
            answer_sets.len(),
            nanos.len(),
            at(0.5),
            at(0.95),
            nanos[nanos.len() - 1]
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

/// Only the host runs the benchmark.
#[cfg(target_arch = "wasm32")]
fn main() {}
