// `node tests/support/prepare-builds.ts [variant…]`: builds the shared site variants the tests
// read (all of them by default), two at a time; a variant already fresh costs nothing.
import { prepareBuilds, VARIANT_NAMES, type VariantName } from './shared-builds.ts';

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !VARIANT_NAMES.includes(name as VariantName));
if (unknown.length > 0) {
  console.error(`Unknown build variant ${unknown.join(', ')}: choose from ${VARIANT_NAMES.join(', ')}.`);
  process.exit(2);
}
const started = performance.now();
await prepareBuilds(asked.length > 0 ? (asked as VariantName[]) : VARIANT_NAMES);
console.log(`Shared builds ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
