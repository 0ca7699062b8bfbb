// Bad attribute values and wrong property types on every attribute of every element: it always
// renders something, no script runs, warnings name the element and attribute and never flood.
import { ELEMENTS, expect, test, eachCase } from './fixtures.mjs';

const HUGE = 'x'.repeat(100 * 1024);
const ATTRIBUTE_VALUES = [
  '',
  ' ',
  'banana',
  '-1',
  '0',
  '7',
  '2.5',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '[object Object]',
  ',,,',
  'programmes,,UNKNOWN, ',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  HUGE,
  '\u202Eevil\u202C',
  'a\u200Bb\u200D\uFEFF',
  '\uD800',
  '\uDC00x\uD800',
  '😀🇧🇾👩‍👩‍👧',
];
// Wrong types through the property API, as a script on the page might set them (built in the page:
// no eval under the CSP): 5, {}, [], null, true, -0, a Date, an object with toString, NaN, 1e21.
const PROPERTY_TYPES = 10;

for (const element of ELEMENTS)
  test(`<${element.tag}>: ${ATTRIBUTE_VALUES.length} bad values and ${PROPERTY_TYPES} wrong types on each of its ${element.attributes.length} attributes`, async ({
    elementHost,
  }) => {
    await eachCase(
      element.attributes,
      ({ name: attribute }) =>
        `<${element.tag}> ${attribute}: ${ATTRIBUTE_VALUES.length} bad values and ${PROPERTY_TYPES} wrong types`,
      async ({ name: attribute, property }) => {
        const { host, inline } = await elementHost(element);
        const failures = await host.page.evaluate(
          async ({ attribute, property, values, inline }) => {
            const el = document.getElementById('el');
            const propertyValues = [5, {}, [], null, true, -0, new Date(0), { toString: () => '2' }, NaN, 1e21];
            const failures = [];
            const settle = async () => {
              await new Promise((r) => setTimeout(r, 0));
              await Promise.race([el.updateComplete, new Promise((r) => setTimeout(r, 2000))]);
            };
            const check = (label) => {
              const root = el.shadowRoot?.querySelector('.root');
              if (!root) failures.push(`${label}: no .root rendered`);
              // An inline <eu-fact> with a name it does not know shows readers nothing (never the raw
              // value): only its fallback state, which the console and eu-data-error explain.
              else if (!el.shadowRoot.textContent.trim() && !(inline && root.querySelector('[part~="fallback"]')))
                failures.push(`${label}: blank`);
              if (window.__pwned) failures.push(`${label}: script ran`);
            };
            for (const value of values) {
              el.setAttribute(attribute, value);
              await settle();
              check(`${attribute}=${JSON.stringify(value.slice(0, 20))}`);
            }
            el.removeAttribute(attribute);
            await settle();
            for (const [i, value] of propertyValues.entries()) {
              try {
                el[property] = value;
              } catch (e) {
                failures.push(`.${property} = value #${i} threw ${e}`);
              }
              await settle();
              check(`.${property} = value #${i}`);
            }
            el[property] = undefined;
            await settle();
            check('reset');
            return failures;
          },
          { attribute, property, values: ATTRIBUTE_VALUES, inline },
        );
        expect(failures, 'renders after each value').toEqual([]);
        const warnings = host.warnings().filter((w) => w.startsWith(`<${element.tag}> ${attribute}:`));
        expect(warnings.length, `warnings for ${attribute} (at most one)`).toBeLessThanOrEqual(1);
        expect(
          warnings.filter((w) => w.length >= 2000),
          'a warning quotes a huge value in full',
        ).toEqual([]);
        await host.expectHealthy({ allowFailedLoads: attribute === 'src' });
      },
    );
  });
