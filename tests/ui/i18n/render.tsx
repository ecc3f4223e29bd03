// Renders the whole app with a classroom (lessons, presenter, share, persistence) around an in-process
// simulation, for the classroom's component tests.
import { act, render } from '@testing-library/react';
import { MotionGlobalConfig } from 'motion/react';
import { App } from '../../../src/ui/app/App';
import { classroomWith } from '../persist/setup';

MotionGlobalConfig.skipAnimations = true;

export function renderClassroom(opts: Parameters<typeof classroomWith>[0] = {}) {
  const c = classroomWith(opts);
  const utils = render(<App i18n={c.i18n} store={c.store} client={c.client} classroom={c.classroom} />);
  const dispose = () => {
    utils.unmount();
    c.classroom.dispose();
    c.client.dispose();
  };
  return { ...c, ...utils, dispose, act };
}
