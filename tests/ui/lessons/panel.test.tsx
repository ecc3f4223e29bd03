// @vitest-environment happy-dom
// The lessons panel with the real simulation: a step's Run sends the command as typed, typed commands count
// too, a checkpoint pauses the timeline and reveals its answer after a choice, progress is remembered.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../../src/ui/lessons/progress';
import { renderClassroom } from '../i18n/render';
import { FakeStorage } from '../persist/setup';

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers) d();
  disposers = [];
  cleanup();
});
function open(opts: Parameters<typeof renderClassroom>[0] = {}) {
  const app = renderClassroom(opts);
  disposers.push(app.dispose);
  return app;
}

const panel = () => screen.getByRole('region', { name: 'Lesson' });

async function startLesson(app: ReturnType<typeof open>, title: RegExp) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Lessons' }));
  await user.click(within(panel()).getByRole('button', { name: title }));
  app.frames(3);
  return app;
}

/** Click Next until the step titled `title` shows. */
async function goTo(user: ReturnType<typeof userEvent.setup>, title: string) {
  for (let i = 0; i < 20 && !within(panel()).queryByRole('heading', { name: title, level: 3 }); i++) {
    await user.click(within(panel()).getByRole('button', { name: 'Next' }));
  }
  expect(within(panel()).getByRole('heading', { name: title, level: 3 })).toBeTruthy();
}

describe('lessons panel', () => {
  it('lists the five lessons with their progress', async () => {
    open();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    const items = within(panel()).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      '1. Your first rolling update',
      '2. A bad image, history and undo',
      '3. Pause, batch edits, resume',
      '4. Strategy lab',
      '5. Rollover and proportional scaling',
    ]);
    expect(items.every((li) => li.textContent?.includes('Not started'))).toBe(true);
  });

  it('lesson 1 starts from an empty cluster; Run creates the Deployment exactly as typed', async () => {
    const app = await startLesson(open(), /Your first rolling update/);
    expect(app.store.getState().lanes).toEqual([]);
    const user = userEvent.setup();
    await user.click(within(panel()).getByRole('button', { name: 'Run kubectl get deployments' }));
    app.frames(2);
    expect(app.store.getState().terminal.at(-1)?.result.chunks[0]?.text).toBe(
      'No resources found in default namespace.\n',
    );
    expect(
      within(panel()).getByRole('button', { name: 'Run kubectl get deployments' }).textContent,
    ).toContain('Ran');
    await user.click(within(panel()).getByRole('button', { name: 'Next' }));
    await user.click(
      within(panel()).getByRole('button', {
        name: 'Run kubectl create deployment nginx-deployment --image=nginx:1.14.2 --replicas=3',
      }),
    );
    app.run(20_000);
    expect(app.store.getState().lanes).toHaveLength(1);
    expect(app.store.getState().deployment?.readyColumn).toBe('3/3');
    const entry = app.store.getState().terminal.find((e) => e.argv[0] === 'create');
    expect(entry).toMatchObject({
      source: 'terminal',
      line: 'kubectl create deployment nginx-deployment --image=nginx:1.14.2 --replicas=3',
    });
  });

  it('a typed command counts as run', async () => {
    const app = await startLesson(open(), /A bad image/);
    app.shell(`kubectl patch deployment nginx-deployment -p '{"spec":{"progressDeadlineSeconds":30}}'`);
    expect(app.store.getState().deployment?.progressDeadlineSeconds).toBe(30);
    expect(within(panel()).getAllByRole('button', { name: /^Run kubectl patch/ })[0]!.textContent).toContain(
      'Ran',
    );
  });

  it('a checkpoint after a command pauses the timeline, asks, and reveals the answer', async () => {
    const app = await startLesson(open(), /A bad image/);
    const user = userEvent.setup();
    await goTo(user, 'A typo in the tag');
    act(() => app.classroom.session.setPlaying(true));
    app.frames(2);
    expect(app.store.getState().playing).toBe(true);
    expect(within(panel()).queryByRole('region', { name: 'Predict what happens next' })).toBeNull();
    await user.click(
      within(panel()).getByRole('button', {
        name: 'Run kubectl set image deployment/nginx-deployment nginx=nginx:1.231',
      }),
    );
    app.frames(2);
    expect(app.store.getState().playing).toBe(false);
    const at = app.store.getState().now;
    const cp = within(panel()).getByRole('region', { name: 'Predict what happens next' });
    expect(within(cp).getByText('The timeline is paused until you answer.')).toBeTruthy();
    expect(within(cp).getByRole('button', { name: 'Check' })).toHaveProperty('disabled', true);
    await user.click(within(cp).getByRole('radio', { name: 'One of them is removed to make room' }));
    await user.click(within(cp).getByRole('button', { name: 'Check' }));
    const reveal = within(panel()).getByRole('status');
    expect(reveal.textContent).toContain(
      'Not quite — the answer is: None is removed: the old ReplicaSet keeps 3',
    );
    expect(reveal.textContent).toContain('That is the rolling update’s safety net');
    // time did not move while the question was open
    app.frames(5, 100);
    expect(app.store.getState().now).toBe(at);
    await user.click(within(panel()).getByRole('button', { name: 'Play and see' }));
    app.frames(5, 100);
    expect(app.store.getState().playing).toBe(true);
    expect(app.store.getState().now).toBeGreaterThan(at);
  });

  it('a checkpoint without commands pauses as soon as its step shows; a right answer says so', async () => {
    const app = await startLesson(open(), /Your first rolling update/);
    const user = userEvent.setup();
    act(() => app.classroom.session.setPlaying(true));
    app.frames(2);
    await goTo(user, 'The rolling-update budget');
    app.frames(2);
    expect(app.store.getState().playing).toBe(false);
    await user.click(screen.getByRole('radio', { name: 'At most 4 pods; at least 3 available' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(within(panel()).getByRole('status').textContent).toMatch(/^.*Right\./);
  });

  it('remembers progress and answers between visits', async () => {
    const storage = new FakeStorage();
    const app = await startLesson(open({ storage }), /Pause, batch edits, resume/);
    const user = userEvent.setup();
    await goTo(user, 'Before resuming');
    await user.click(screen.getByRole('radio', { name: 'One, with both edits' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const saved = JSON.parse(storage.data.get(PROGRESS_KEY)!);
    expect(saved['pause-resume']).toMatchObject({
      step: 4,
      reached: 4,
      done: false,
      answers: { predict: 'b' },
    });
    app.dispose();
    cleanup();
    open({ storage });
    await user.click(screen.getByRole('button', { name: 'Lessons' }));
    const item = within(panel())
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Pause, batch edits'))!;
    expect(item.textContent).toContain('5 of 7 steps');
    expect(within(item).getByRole('button', { name: /Start again/ })).toBeTruthy();
  });
});
