import { useCallback, useState } from "react";
import { errorText } from "./errorText";

export type Phase = "idle" | "running" | "done" | "error";

/** Runs panel actions one at a time with a phase and a user-readable error, for every panel hook. */
export function useGuardedAction(onStart?: () => void) {
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const guarded = useCallback(
    async (work: () => Promise<void>) => {
      setPhase("running");
      setError(null);
      onStart?.();
      try {
        await work();
        setPhase("done");
      } catch (e) {
        setError(errorText(e));
        setPhase("error");
      }
    },
    [onStart],
  );
  return { phase, error, setError, guarded };
}
