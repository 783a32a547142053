// The custom-functions bundle (functions.js), loaded by Excel's JavaScript-only custom-functions runtime (no DOM).
// One module per function: webpack's CustomFunctionsMetadataPlugin generates functions.json from each
// *.function.ts's JSDoc and appends its CustomFunctions.associate call, which runs when the module is imported
// here. Every *.function.ts must be imported below (a test checks it).
// Built-ins newer than the oldest engine (ES2016), before any function module runs.
import "./engine-polyfills";
import "./acronym.function";
import "./cite.function";
import "./company.function";
import "./countryshare.function";
import "./figure.function";
import "./list.function";
import "./patents.function";
import "./sepshare.function";
import "./sepspread.function";
import "./source.function";
import "./table.function";
