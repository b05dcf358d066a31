// Builds the SurveyJS peer into a folder, to be served like dist/: index.html,
// survey.js (SurveyJS, its UI and the converted questionnaire, bundled and
// minified by esbuild) and SurveyJS's stylesheet.
// Usage: node bench/surveyjs/build.mjs <questionnaire.json> <out folder>

import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { toSurvey } from "./questionnaire.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** SurveyJS's stylesheet without web fonts: the default one loads Open Sans from
 * fonts.gstatic.com, and the app uses the system's fonts. */
const STYLESHEET = "survey-core/survey-core.fontless.min.css";

/** The installed version of a package of bench/. */
async function version(name) {
  const manifest = join(here, "..", "node_modules", name, "package.json");
  return JSON.parse(await readFile(manifest, "utf8")).version;
}

/** Builds the peer from the FHIR Questionnaire at `questionnairePath` into
 * `out`; resolves to the packages' versions and the survey's counts. */
export async function buildPeer(questionnairePath, out) {
  const { survey, counts } = toSurvey(JSON.parse(await readFile(questionnairePath, "utf8")));
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [join(here, "main.js")],
    outfile: join(out, "survey.js"),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    logLevel: "warning",
    // The survey JSON, as the module `survey-json` that main.js imports.
    plugins: [
      {
        name: "survey-json",
        setup(esbuild) {
          esbuild.onResolve({ filter: /^survey-json$/ }, () => ({ path: "survey-json", namespace: "survey-json" }));
          esbuild.onLoad({ filter: /.*/, namespace: "survey-json" }, () => ({ contents: JSON.stringify(survey), loader: "json" }));
        },
      },
    ],
  });
  await copyFile(require.resolve(STYLESHEET), join(out, "survey-core.fontless.min.css"));
  await copyFile(join(here, "index.html"), join(out, "index.html"));
  const versions = {};
  for (const name of ["survey-core", "survey-js-ui", "esbuild"]) versions[name] = await version(name);
  return { versions, counts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [questionnaire = "dist/questionnaire.json", out = "bench/surveyjs-dist"] = process.argv.slice(2);
  console.log(await buildPeer(questionnaire, out));
}
