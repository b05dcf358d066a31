//! What a person can hand to a clinician, made on the device: a plain-text
//! summary, and FHIR R4 resources (the Questionnaire and the person's
//! QuestionnaireResponse). Pure Rust; the browser only saves the results.

pub mod fhir;
pub mod json;
pub mod qr;
pub mod qr_encode;
pub mod summary;
