// The SurveyJS peer in the browser: SurveyJS's model (survey-core) rendered by
// its framework-free UI (survey-js-ui). `survey-json` is the app's questionnaire,
// converted by questionnaire.mjs and bundled in by build.mjs.

import { Model } from "survey-core";
import { renderSurvey } from "survey-js-ui";
import survey from "survey-json";

renderSurvey(new Model(survey), document.getElementById("survey"));
