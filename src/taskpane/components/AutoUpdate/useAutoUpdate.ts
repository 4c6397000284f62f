import { useCallback, useEffect, useRef, useState } from "react";
import type { AddinHost } from "../../../excel/addinHost";
import { failureText } from "../../words";

export const DEFAULT_DEBOUNCE_MS = 800;

export interface AutoUpdateState {
  readonly on: boolean;
  /** Saving the setting or watching the tables failed. */
  readonly failure?: string;
  readonly setOn: (on: boolean) => void;
}

/**
 * "Update automatically": the setting saved with the workbook, and while it is on, a watch on the input
 * tables that calls `rerun` once the changes have paused for `debounceMs`. The watch stops when the setting
 * is turned off or the pane closes.
 */
export function useAutoUpdate(host: AddinHost, rerun: () => void, debounceMs = DEFAULT_DEBOUNCE_MS): AutoUpdateState {
  const [on, setOnState] = useState(() => host.readAutoUpdate());
  const [failure, setFailure] = useState<string>();
  const rerunRef = useRef(rerun);
  useEffect(() => {
    rerunRef.current = rerun;
  }, [rerun]);

  useEffect(() => {
    if (!on) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWatching: (() => Promise<void>) | undefined;
    const onChange = () => {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!stopped) rerunRef.current();
      }, debounceMs);
    };
    host.watchInputs(onChange).then(
      (stop) => {
        if (stopped) void stop().catch(() => undefined);
        else stopWatching = stop;
      },
      (error: unknown) => {
        if (!stopped) setFailure(`The input tables cannot be watched: ${failureText(error)}`);
      },
    );
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      void stopWatching?.().catch(() => undefined);
    };
  }, [host, on, debounceMs]);

  const setOn = useCallback(
    (next: boolean) => {
      setOnState(next);
      setFailure(undefined);
      host.saveAutoUpdate(next).catch((error: unknown) => {
        setFailure(`The setting could not be saved with the workbook: ${failureText(error)}`);
      });
    },
    [host],
  );

  return { on, failure, setOn };
}
