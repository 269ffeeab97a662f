/**
 * Saves the draft shortly after each change (debounced: the last change wins,
 * written `SAVE_DELAY_MS` after it, well within the half second the
 * specification of issue 6 allows), one write at a time, so a quick typist
 * does not cause a write per key and an older state never overwrites a newer
 * one. `flush` writes a pending change at once (page hidden, export);
 * `cancel` drops it and waits for a write in progress (before clearing data,
 * so nothing is written back afterwards).
 */
import type { DraftRecord } from './draft-format.js';
import type { DraftStore, SaveOutcome } from './draft-store.js';

export const SAVE_DELAY_MS = 300;

export class DraftSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: (() => DraftRecord) | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    private readonly onSaved: (outcome: SaveOutcome, record: DraftRecord) => void,
    private readonly delay = SAVE_DELAY_MS,
  ) {}

  /** Asks for a save of the record that `build` makes when the delay has passed. */
  schedule(build: () => DraftRecord): void {
    this.pending = build;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Writes the pending change now (if any) and settles when every write is done. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const build = this.pending;
    this.pending = null;
    if (build) {
      this.running = this.running.then(async () => {
        const record = build();
        const outcome = await this.store.save(record);
        this.onSaved(outcome, record);
      });
    }
    return this.running;
  }

  /** Drops a pending change and waits for a write in progress. */
  cancel(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    return this.running;
  }
}
