/**
 * Code loaded on first use: a chunk of its own in the ES module build, inlined in the single
 * files. Each user keeps a literal dynamic import in its loader (so the single-file builds can
 * inline it) and writes its fallback beside it: what a failed load costs the reader.
 *
 * The one failure policy: a load that fails is not retried (a browser keeps a failed module
 * import failed); `value` stays undefined, `failed` is true, and `load()` settles at once.
 * `load()` never rejects.
 */
export class FirstUse<T> {
  /** The loaded value; undefined before it loads, or when it failed to. */
  value: T | undefined;
  /** Whether the load failed: the user's documented fallback applies for good. */
  failed = false;
  private pending: Promise<void> | undefined;

  constructor(private readonly loader: () => Promise<T>) {}

  /** Undefined when settled (loaded, or failed); else the load under way, started once. */
  load(): Promise<void> | undefined {
    if (this.value !== undefined || this.failed) return undefined;
    return (this.pending ??= this.loader().then(
      (value) => void (this.value = value),
      () => void (this.failed = true),
    ));
  }

  /** The value, at once, for code that must not wait: servers and the synchronous `normalizeFeed`. */
  provide(value: T): void {
    this.value = value;
  }
}

/** `FirstUse` per key (one language's strings, one language's date words). */
export class KeyedFirstUse<K, T> {
  private readonly byKey = new Map<K, FirstUse<T>>();

  constructor(private readonly loader: (key: K) => Promise<T>) {}

  private entry(key: K): FirstUse<T> {
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = new FirstUse(() => this.loader(key))));
    return entry;
  }

  value(key: K): T | undefined {
    return this.byKey.get(key)?.value;
  }

  failed(key: K): boolean {
    return this.byKey.get(key)?.failed ?? false;
  }

  load(key: K): Promise<void> | undefined {
    return this.entry(key).load();
  }

  provide(key: K, value: T): void {
    this.entry(key).provide(value);
  }
}
