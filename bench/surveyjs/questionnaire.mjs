// The app's questionnaire as a SurveyJS survey, for the SurveyJS peer: read from
// the FHIR R4 Questionnaire the build writes (dist/questionnaire.json, English).
// Each step (a FHIR group) becomes a page, each question a radiogroup (one
// answer), a checkbox (several) or a number box, with the same options, and
// FHIR's conditions become SurveyJS `visibleIf` expressions where they translate
// simply. The app's own logic (the assessment, the result screens, the other
// languages) has no counterpart here: the peer is the questions only.

/** A question's options as SurveyJS choices: value = FHIR code, text = English display. */
const choices = (item) => (item.answerOption ?? []).map(({ valueCoding }) => ({ value: valueCoding.code, text: valueCoding.display }));

/** One FHIR `enableWhen` entry as a SurveyJS expression. */
function whenEntry({ question, operator, answerCoding, answerInteger }) {
  if (answerCoding && operator === "=") return `{${question}} anyof ['${answerCoding.code}']`;
  if (answerCoding && operator === "!=") return `{${question}} noneof ['${answerCoding.code}']`;
  if (answerInteger !== undefined && (operator === ">=" || operator === "<=")) return `{${question}} ${operator} ${answerInteger}`;
  throw new Error(`enableWhen: no SurveyJS form for ${question} ${operator}`);
}

/** The FHIRPath atoms the app's build writes in `enableWhenExpression` (src/export/fhir.rs):
 * an answer among some codes, and an answer compared to a number. */
const CHOSEN = /%resource\.repeat\(item\)\.where\(linkId = '(\w+)'\)\.answer\.value\.code\.intersect\(('[^)]*')\)\.exists\(\)/g;
const COMPARED = /%resource\.repeat\(item\)\.where\(linkId = '(\w+)'\)\.answer\.value (>=|<=) (-?\d+)/g;

/** A FHIRPath condition as a SurveyJS expression, when it is made only of those
 * atoms joined by `and`, `or` and brackets; otherwise undefined. */
function fromFhirPath(expression) {
  const converted = expression
    .replace(CHOSEN, (_, id, codes) => `{${id}} anyof [${codes.split(" | ").join(", ")}]`)
    .replace(COMPARED, (_, id, operator, number) => `{${id}} ${operator} ${number}`);
  const rest = converted.replace(/\{\w+\} anyof \[[^\]]*\]|\{\w+\} (>=|<=) -?\d+/g, "");
  return /^(\s|\(|\)|and|or)*$/.test(rest) ? converted : undefined;
}

const ENABLE_WHEN_EXPRESSION = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/** The `visibleIf` of a FHIR item: "" when it is always shown, undefined when
 * its condition does not translate (the item is then always shown). */
function visibleIf(item) {
  if (item.enableWhen) return item.enableWhen.map(whenEntry).join(item.enableBehavior === "all" ? " and " : " or ");
  const expression = item.extension?.find((extension) => extension.url === ENABLE_WHEN_EXPRESSION)?.valueExpression.expression;
  return expression === undefined ? "" : fromFhirPath(expression);
}

/** One question item as a SurveyJS question. */
function question(item) {
  const shared = { name: item.linkId, title: item.text, isRequired: item.required === true };
  if (item.type === "integer") return { type: "text", inputType: "number", ...shared };
  if (item.type === "choice") return { type: item.repeats ? "checkbox" : "radiogroup", ...shared, choices: choices(item) };
  throw new Error(`${item.linkId}: no SurveyJS question for FHIR type ${item.type}`);
}

/** The survey JSON for SurveyJS's Model, and counts of what it holds: pages,
 * questions, conditions written as `visibleIf`, and conditions left out. */
export function toSurvey(questionnaire) {
  const counts = { pages: 0, questions: 0, conditions: 0, conditions_left_out: 0 };
  /** Adds the item's `visibleIf` to `element`, counting it. */
  const withCondition = (item, element) => {
    const condition = visibleIf(item);
    if (condition === undefined) counts.conditions_left_out += 1;
    else if (condition !== "") {
      counts.conditions += 1;
      element.visibleIf = condition;
    }
    return element;
  };
  const pages = questionnaire.item.map((group) => {
    counts.pages += 1;
    const elements = group.item.map((item) => {
      counts.questions += 1;
      return withCondition(item, question(item));
    });
    return withCondition(group, { name: group.linkId, title: group.text, elements });
  });
  const survey = {
    title: questionnaire.title,
    description: questionnaire.description,
    locale: "en",
    showQuestionNumbers: "off",
    pages,
  };
  return { survey, counts };
}
