// Testing Library gives up on findBy… and waitFor after one second, a wait sized for an idle
// machine: under `npm test` the islands share two cores with the browser tests and the builds,
// and loading a lazy part of the builder has taken longer. A wait ends when its condition holds,
// so it may last as long as the test may (vitest.config.ts's testTimeout, 60 s).
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 60_000 });
