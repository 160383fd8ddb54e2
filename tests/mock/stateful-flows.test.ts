import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestMock, librarySnapshot } from './support/mock-harness.ts';

describe('sessions', () => {
  it('lists a session after creating it, with a new id', async () => {
    const mock = createTestMock();
    const created = await mock.call('POST', '/sessions', {
      body: { title: 'New idea', kind: 'Ableton', status: 'draft', tags: ['ideas', 'writing'] },
    });
    assert.equal(created.status, 201);
    assert.match(created.body.data.id, /^session_/);
    const listed = await mock.call('GET', '/sessions?q=new%20idea');
    assert.deepEqual(
      listed.body.data.map((session: { id: string }) => session.id),
      [created.body.data.id],
    );
    assert.deepEqual(listed.body.data[0].tags, ['ideas', 'writing']);
  });

  it('changes only the fields a patch carries', async () => {
    const mock = createTestMock();
    const before = (await mock.call('GET', '/sessions/session_123')).body.data;
    const patched = await mock.call('PATCH', '/sessions/session_123', {
      body: { notes: 'Print a brighter synth stem for revision B.', status: 'in-progress' },
    });
    assert.equal(patched.status, 200);
    const after = (await mock.call('GET', '/sessions/session_123')).body.data;
    assert.deepEqual(after, {
      ...before,
      notes: 'Print a brighter synth stem for revision B.',
      status: 'in-progress',
    });
  });

  it('answers 404 for a session after deleting it', async () => {
    const mock = createTestMock();
    const deleted = await mock.call('DELETE', '/sessions/session_124');
    assert.deepEqual(deleted.body.data, { deleted: true, id: 'session_124' });
    assert.equal((await mock.call('GET', '/sessions/session_124')).status, 404);
    assert.equal((await mock.call('DELETE', '/sessions/session_124')).status, 404);
  });
});

describe('tags and notes', () => {
  it('replaces the tag list with PUT and with PATCH, and the session shows it', async () => {
    const mock = createTestMock();
    for (const method of ['PUT', 'PATCH']) {
      const tags = [`${method.toLowerCase()}-tag`, 'mix'];
      assert.deepEqual(
        (await mock.call(method, '/sessions/session_123/tags', { body: { tags } })).body.data,
        { id: 'session_123', tags },
      );
      assert.deepEqual((await mock.call('GET', '/sessions/session_123/tags')).body.data.tags, tags);
      assert.deepEqual((await mock.call('GET', '/sessions/session_123')).body.data.tags, tags);
    }
  });

  it('counts tags across the library, most used first', async () => {
    const mock = createTestMock();
    const before = (await mock.call('GET', '/tags')).body.data as { tag: string; count: number }[];
    assert.ok(
      before.every((entry, index) => index === 0 || before[index - 1]!.count >= entry.count),
    );
    await mock.call('PUT', '/sessions/session_124/tags', { body: { tags: ['brand-new'] } });
    const after = (await mock.call('GET', '/tags')).body.data as { tag: string; count: number }[];
    assert.deepEqual(
      after.find((entry) => entry.tag === 'brand-new'),
      { tag: 'brand-new', count: 1 },
    );
  });

  it('sets the notes with PUT and PATCH, and the session shows them', async () => {
    const mock = createTestMock();
    for (const method of ['PUT', 'PATCH']) {
      const notes = `Send alt vocal print to client before 5 PM (${method}).`;
      assert.deepEqual(
        (await mock.call(method, '/sessions/session_123/notes', { body: { notes } })).body.data,
        { id: 'session_123', notes },
      );
      assert.equal((await mock.call('GET', '/sessions/session_123')).body.data.notes, notes);
    }
  });
});

describe('waveform notes', () => {
  it('replaces the lane of one variant and leaves the others alone', async () => {
    const mock = createTestMock();
    const alt = (
      await mock.call('GET', '/sessions/session_123/waveform-notes?variantId=preview_instrumental')
    ).body.data.notes;
    const notes = [
      { timestamp: 12.5, text: 'Drop starts here' },
      { timestamp: 18, text: 'Mute the riser' },
      { timestamp: 3, text: 'Intro' },
    ];
    const put = await mock.call(
      'PUT',
      '/sessions/session_123/waveform-notes?variantId=preview_main',
      { body: { notes } },
    );
    assert.equal(put.status, 200);
    const main = (
      await mock.call('GET', '/sessions/session_123/waveform-notes?variantId=preview_main')
    ).body.data;
    assert.equal(main.variantId, 'preview_main');
    assert.deepEqual(
      main.notes.map((note: { text: string }) => note.text),
      ['Intro', 'Drop starts here', 'Mute the riser'],
    );
    assert.ok(
      main.notes.every((note: { id: string; createdAt: string }) => note.id && note.createdAt),
    );
    assert.deepEqual(
      (
        await mock.call(
          'GET',
          '/sessions/session_123/waveform-notes?variantId=preview_instrumental',
        )
      ).body.data.notes,
      alt,
    );
  });

  it('empties the lane with PATCH and an empty list', async () => {
    const mock = createTestMock();
    await mock.call('PATCH', '/sessions/session_123/waveform-notes?variantId=preview_main', {
      body: { notes: [] },
    });
    assert.deepEqual(
      (await mock.call('GET', '/sessions/session_123/waveform-notes?variantId=preview_main')).body
        .data.notes,
      [],
    );
  });

  it('answers 404 for a variant the session does not have', async () => {
    const mock = createTestMock();
    assert.equal(
      (await mock.call('GET', '/sessions/session_123/waveform-notes?variantId=preview_nope'))
        .status,
      404,
    );
  });
});

describe('open and focus', () => {
  it('marks a session opened now, so it becomes the most recent', async () => {
    const mock = createTestMock();
    assert.equal((await mock.call('POST', '/sessions/session_133/open')).status, 200);
    const first = (await mock.call('GET', '/sessions?recent=true')).body.data[0];
    assert.equal(first.id, 'session_133');
  });

  it('fails as the flags say, and works again when they are cleared', async () => {
    const mock = createTestMock({ openFails: true, focusFails: true });
    assert.equal(
      (await mock.call('POST', '/sessions/session_123/open')).body.error.code,
      'open_failed',
    );
    assert.equal(
      (await mock.call('POST', '/sessions/session_123/focus')).body.error.code,
      'focus_failed',
    );
    mock.store.setFlags({ openFails: false, focusFails: false });
    assert.equal((await mock.call('POST', '/sessions/session_123/focus')).status, 200);
  });
});

describe('import', () => {
  it('adds a session per new path and skips paths already in the library', async () => {
    const mock = createTestMock();
    const existing = (await mock.call('GET', '/sessions/session_123')).body.data.projectPath;
    const answer = await mock.call('POST', '/import', {
      body: {
        kind: 'Ableton',
        generatePreviews: true,
        items: [
          { projectPath: '/Users/me/Music/Projects/Launch Cue', title: 'Launch Cue' },
          { projectPath: '/Users/me/Music/Projects/Resonance' },
          { projectPath: existing },
        ],
      },
    });
    assert.equal(answer.status, 202);
    assert.deepEqual(
      { ...answer.body.data, importId: undefined, durationMs: undefined },
      {
        importId: undefined,
        total: 3,
        completed: 2,
        failed: 0,
        skipped: 1,
        done: true,
        durationMs: undefined,
      },
    );
    const titles = (await mock.call('GET', '/sessions?q=Resonance')).body.data.map(
      (session: { title: string }) => session.title,
    );
    assert.ok(
      titles.includes('Resonance') &&
        titles.filter((title: string) => title === 'Resonance').length === 2,
    );
  });

  it('counts an item whose path is not absolute as failed', async () => {
    const mock = createTestMock();
    const answer = await mock.call('POST', '/import', {
      body: { items: [{ projectPath: 'relative/song.als' }] },
    });
    assert.equal(answer.body.data.failed, 1);
  });
});

describe('tokens', () => {
  it('accepts only the sandbox token', async () => {
    const mock = createTestMock();
    for (const token of [null, 'paste-your-token-here', '']) {
      const answer = await mock.call('GET', '/health', { token });
      assert.equal(answer.status, 401, String(token));
      assert.equal(answer.body.error.code, 'unauthorized');
    }
    assert.equal((await mock.call('GET', '/health')).status, 200);
  });
});

describe('health and reset', () => {
  it('counts the requests answered before it and lists them oldest first', async () => {
    const mock = createTestMock();
    await mock.call('GET', '/sessions');
    await mock.call('GET', '/sessions/session_missing');
    const health = (await mock.call('GET', '/health')).body.data;
    assert.equal(health.requestCount, 2);
    assert.deepEqual(
      health.recentRequests.map(({ method, path, statusCode }: Record<string, unknown>) => [
        method,
        path,
        statusCode,
      ]),
      [
        ['GET', '/api/v1/sessions', 200],
        ['GET', '/api/v1/sessions/session_missing', 404],
      ],
    );
    assert.equal(health.effectiveMode, 'full-automation');
    assert.equal(health.lastError, 'session not found');
  });

  it('reports the modes of the simulated app', async () => {
    const mock = createTestMock({ configuredMode: 'full-automation', effectiveMode: 'read-only' });
    const health = (await mock.call('GET', '/health')).body.data;
    assert.deepEqual(
      [health.configuredMode, health.effectiveMode],
      ['full-automation', 'read-only'],
    );
  });

  it('returns to the seed library on reset', async () => {
    const mock = createTestMock();
    const seed = librarySnapshot(mock.store);
    await mock.call('DELETE', '/sessions/session_123');
    await mock.call('POST', '/sessions', { body: { title: 'Scratch' } });
    assert.notEqual(librarySnapshot(mock.store), seed);
    mock.store.reset();
    assert.equal(librarySnapshot(mock.store), seed);
    assert.equal(mock.store.read().requests.count, 0);
  });
});
