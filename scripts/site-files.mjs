// Which files of dist/ a visitor's browser downloads, shared by the post-build
// hook (what the offline worker stores) and the size report (what is measured).

/** For others, never fetched by the checker: the embedding guide, its styles and
 * the two scripts for clinics' pages (the one-line embed, and the helper for a
 * frame of their own), and the FHIR Questionnaire for health-record tools. */
const FOR_OTHERS = ["embed.html", "embed.css", "embed.js", "embed-host.js", "questionnaire.json"];

/** Fetched only when a person installs the app. */
const INSTALL_ONLY = ["icon-192.png", "icon-512.png"];

/** Whether `file` (a path inside dist/) is a language pack, fetched only by its
 * readers and then kept for offline use. */
export const isLanguagePack = (file) => /^lang-[a-z]+\.js$/.test(file);

/** Whether the offline worker stores `file` when the app is first loaded. */
export const isPrecached = (file) => !FOR_OTHERS.includes(file) && !INSTALL_ONLY.includes(file) && !isLanguagePack(file);
