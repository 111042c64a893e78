/** A ResizeObserver whose reports the test sends: every one made is kept in `all`, newest last. */
export class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe() {}
  disconnect() {}
  /** Reports the observed element's border box, as a browser does after layout. */
  report({ width = 0, height = 0 }: { width?: number; height?: number }) {
    const entry = {
      contentRect: { width, height },
      borderBoxSize: [{ inlineSize: width, blockSize: height }],
    };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}
