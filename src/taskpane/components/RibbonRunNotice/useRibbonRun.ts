import { useCallback, useState } from "react";
import type { AddinHost, RibbonRunOutcome } from "../../../excel/addinHost";

export interface RibbonRunState {
  /** The problems the ribbon's last run saved with the workbook, until they are dealt with. */
  readonly outcome?: RibbonRunOutcome;
  /** Forgets them, in the pane and in the workbook (after a run from the pane supersedes them). */
  readonly dismiss: () => void;
}

/** Reads, once when the pane opens, what the ribbon's Run appraisal left for it. */
export function useRibbonRun(host: AddinHost): RibbonRunState {
  const [outcome, setOutcome] = useState<RibbonRunOutcome | undefined>(() => host.readRibbonRun());
  const dismiss = useCallback(() => {
    setOutcome((current) => {
      // Saving is best effort: the notice goes either way, and a failed save only means it shows again.
      if (current) host.saveRibbonRun(undefined).catch(() => undefined);
      return undefined;
    });
  }, [host]);
  return { outcome, dismiss };
}
