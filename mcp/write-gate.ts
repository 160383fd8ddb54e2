import type { EffectiveMode } from './app-mode.ts';

/** The mode that allows writes. */
export const WRITE_MODE = 'full-automation';

/** Whether write tools are offered: only with `--allow-writes` and while the app is in full-automation. */
export interface WriteGate {
  readonly allowWrites: boolean;
  /** The effective mode last read, or undefined when the last read failed. */
  mode(): EffectiveMode | undefined;
  /** True while write tools are listed and may be called. */
  writesOpen(): boolean;
  /** Reads the mode again; calls `onChange` when that opens or closes the writes. */
  recheck(): Promise<void>;
}

/** Options of a gate: the start-up mode, how to read the mode again, what to do on a change. */
export interface WriteGateOptions {
  allowWrites: boolean;
  initialMode: EffectiveMode | undefined;
  readMode: () => Promise<EffectiveMode | undefined>;
  onChange: (open: boolean, mode: EffectiveMode | undefined) => void;
}

/** A gate over the app's effective mode; a failed read closes the writes (safe by default). */
export function createWriteGate(options: WriteGateOptions): WriteGate {
  let mode = options.initialMode;
  const open = () => options.allowWrites && mode === WRITE_MODE;
  return {
    allowWrites: options.allowWrites,
    mode: () => mode,
    writesOpen: open,
    async recheck() {
      const before = open();
      try {
        mode = await options.readMode();
      } catch {
        mode = undefined;
      }
      if (open() !== before) options.onChange(open(), mode);
    },
  };
}
