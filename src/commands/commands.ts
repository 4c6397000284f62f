/**
 * The ribbon's function file (commands.html loads it). An entry point, so one of the places where the
 * `Office` global appears. "Run appraisal" runs the same appraisal as the pane's button through the
 * office-js host; `event.completed()` is always called, or Office would show the button as busy.
 */
import { createOfficeAddinHost } from "../excel/officeAddinHost";
import { runAppraisalCommand } from "./runAppraisalCommand";

async function runAppraisal(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runAppraisalCommand(createOfficeAddinHost());
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("runAppraisal", runAppraisal);
});
