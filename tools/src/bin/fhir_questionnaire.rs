//! Prints the questionnaire as a FHIR R4 `Questionnaire` (JSON). The post-build
//! hook writes it into `dist/questionnaire.json`, so FHIR tools can read it.

fn main() {
    print!("{}", spasm_triage::export::fhir::questionnaire());
}
