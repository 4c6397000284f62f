import { useCallback, useEffect, useRef, useState } from "react";
import type { AddinHost, WorkbookStatus } from "../../../excel/addinHost";
import { failureText } from "../../words";

export interface WorkbookStatusState {
  /** Undefined until the first read finishes. */
  readonly status?: WorkbookStatus;
  readonly failure?: string;
  /** Reads the status again; an older read that finishes later is ignored. */
  readonly refresh: () => void;
}

export function useWorkbookStatus(host: AddinHost, enabled = true): WorkbookStatusState {
  const [status, setStatus] = useState<WorkbookStatus>();
  const [failure, setFailure] = useState<string>();
  const latest = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(() => {
    const request = ++latest.current;
    host.status().then(
      (next) => {
        if (!mounted.current || request !== latest.current) return;
        setStatus(next);
        setFailure(undefined);
      },
      (error: unknown) => {
        if (!mounted.current || request !== latest.current) return;
        setFailure(failureText(error));
      },
    );
  }, [host]);

  useEffect(() => {
    mounted.current = true;
    if (enabled) refresh();
    return () => {
      mounted.current = false;
    };
  }, [enabled, refresh]);

  return { status, failure, refresh };
}
