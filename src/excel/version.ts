/** The add-in's version for the run stamp; kept equal to package.json's by a test (no Node in the pane). */
export const ADDIN_VERSION = "0.1.0";
