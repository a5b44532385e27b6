import { afterAll, describe, expect, it } from 'vitest';
import type { HistoryMarks } from '../../../src/shared/history/history-schema';
import { expectOk, testCores } from '../../support/test-core';

/*
 * "Try demo data" shows the history without an account: the in-process demo server changes two
 * ICPs and deletes one once it served its first list, so the next refresh marks them.
 */

const cores = testCores();
afterAll(() => cores.disposeAll());

describe('the demo workspace', () => {
  it('changes two ICPs and removes one after the first list, and the history marks them', async () => {
    const core = cores.create();
    expectOk(await core.dispatch('session:signInDemo', {}));
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    expect(expectOk(await core.dispatch('history:marks', {}))).toEqual({ newIds: [], changedIds: [], removed: [] });

    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    const marks = expectOk(await core.dispatch('history:marks', {})) as HistoryMarks;
    expect(marks.changedIds).toHaveLength(2);
    expect(marks.removed.map((icp) => icp.last?.icp.name)).toEqual(['Healthcare Procurement – NHS Trusts']);
    expect(marks.newIds).toEqual([]);

    // Said once: a third refresh finds nothing new.
    expectOk(await core.dispatch('icps:list', { source: 'network' }));
    expect((expectOk(await core.dispatch('history:marks', {})) as HistoryMarks).changedIds).toEqual(marks.changedIds);
  });
});
