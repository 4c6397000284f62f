import { useCallback, useEffect, useRef } from "react";

/**
 * Wraps `action` so that calls made while `held` is true wait, and run once when it turns false: an
 * automatic re-run must not start while the pane is creating input tables or removing the outputs.
 */
export function useHeldWhile(action: () => void, held: boolean): () => void {
  const heldRef = useRef(held);
  const pendingRef = useRef(false);
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  }, [action]);
  useEffect(() => {
    heldRef.current = held;
    if (!held && pendingRef.current) {
      pendingRef.current = false;
      actionRef.current();
    }
  }, [held]);
  return useCallback(() => {
    if (heldRef.current) pendingRef.current = true;
    else actionRef.current();
  }, []);
}
