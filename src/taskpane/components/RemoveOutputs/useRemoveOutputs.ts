import { useCallback, useState } from "react";
import type { AddinHost } from "../../../excel/addinHost";
import { failureText } from "../../words";

export interface RemoveOutputsState {
  /** The user asked to remove and has not yet confirmed or cancelled. */
  readonly confirming: boolean;
  readonly removing: boolean;
  /** The sheets the last removal deleted. */
  readonly removed?: readonly string[];
  readonly failure?: string;
  readonly ask: () => void;
  readonly cancel: () => void;
  readonly confirm: () => Promise<void>;
}

/** Remove outputs in two steps: ask, then confirm; then the pane refreshes what it knows of the workbook. */
export function useRemoveOutputs(host: AddinHost, onRemoved: (sheets: readonly string[]) => void): RemoveOutputsState {
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removed, setRemoved] = useState<readonly string[]>();
  const [failure, setFailure] = useState<string>();
  const ask = useCallback(() => {
    setConfirming(true);
    setRemoved(undefined);
    setFailure(undefined);
  }, []);
  const cancel = useCallback(() => setConfirming(false), []);
  const confirm = useCallback(async () => {
    setConfirming(false);
    setRemoving(true);
    try {
      const sheets = await host.removeOutputs();
      setRemoved(sheets);
      onRemoved(sheets);
    } catch (error) {
      setFailure(failureText(error));
      onRemoved([]);
    } finally {
      setRemoving(false);
    }
  }, [host, onRemoved]);
  return { confirming, removing, removed, failure, ask, cancel, confirm };
}
