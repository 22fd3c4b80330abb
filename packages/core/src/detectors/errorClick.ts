import { defineDetector } from './defineDetector.js';
import { elementName } from './shared/elementName.js';

/**
 * error-click: an uncaught error, unhandled rejection or failed (4xx/5xx) request within
 * `windowMs` (default 2 s) of a click. The request check uses Resource Timing's responseStatus.
 */
export const errorClick = defineDetector({
  name: 'error-click',
  start({ config, listen, emit }) {
    const { windowMs } = config.signals.errorClick;
    let clicked: Element | undefined;
    let clickedAt = -Infinity;
    const fail = (error: string) => {
      if (clicked && performance.now() - clickedAt <= windowMs) {
        emit('error-click', { element: elementName(clicked), error: error.slice(0, 120) }, { anchor: clicked });
        // One signal per click: the next failure counts only after another click.
        clicked = undefined;
      }
    };
    listen(document, 'click', (event) => {
      clicked = event.composedPath()[0] as Element;
      clickedAt = performance.now();
    });
    // Bubbling only: a broken image's load error is caught by capture listeners but is not a script error.
    listen(window, 'error', (event) => fail((event as ErrorEvent).message || 'error'), { capture: false });
    listen(window, 'unhandledrejection', (event) => fail(String((event as PromiseRejectionEvent).reason)));
    const requests = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceResourceTiming & { responseStatus?: number }>) {
        if (entry.responseStatus! >= 400 && entry.startTime >= clickedAt) fail(`HTTP ${entry.responseStatus} ${new URL(entry.name).pathname}`);
      }
    });
    requests.observe({ type: 'resource' });
    return () => requests.disconnect();
  },
});
