// The embed script's evaluation is one task on the host's main thread: defining the elements and
// upgrading those on the page calls a few hundred of its functions. Compiled one by one at their
// first call, they were 72 compiles inside that task (about half its time at CPU ×4); with V8's
// compile hint at the top of the script they compile with it, off the main thread while it streams.
import { allElements, expect, test } from './fixtures.mjs';

test('the embed script: its functions compile with the script, not one by one while it defines the elements', async ({
  host,
}) => {
  const cdp = await host.page.context().newCDPSession(host.page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['v8', 'devtools.timeline', 'disabled-by-default-v8.compile'] },
    transferMode: 'ReportEvents',
  });
  await host.open(allElements());
  await cdp.send('Tracing.end');
  await complete;

  const compiled = events.find((e) => e.name === 'v8.compileModule' && /eu-belarus\.js/.test(e.args?.data?.url));
  expect(compiled, 'the embed script compiled as a module').toBeTruthy();
  const evaluated = events
    .filter((e) => e.name === 'v8.evaluateModule' && e.ph === 'X' && e.tid === compiled.tid && e.ts > compiled.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  expect(evaluated, "the embed script's evaluation").toBeTruthy();
  const lazy = events.filter(
    (e) =>
      e.name === 'V8.CompileCode' &&
      e.tid === compiled.tid &&
      e.ts >= evaluated.ts &&
      e.ts <= evaluated.ts + evaluated.dur,
  );
  expect(lazy.length, 'functions compiled on the main thread during the evaluation (72 without the hint)').toBeLessThan(
    5,
  );
  await host.expectHealthy();
});
