// React access to the classroom (optional: the app renders without it, e.g. in other features' tests).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Classroom } from './classroom';
import type { ClassroomState } from './classroomStore';

const ClassroomContext = createContext<Classroom | undefined>(undefined);

/** Provides the classroom to the tree. */
export function ClassroomProvider({ classroom, children }: { classroom: Classroom; children: ReactNode }) {
  return <ClassroomContext.Provider value={classroom}>{children}</ClassroomContext.Provider>;
}

/** The classroom, or undefined when the app runs without one. */
export function useClassroom(): Classroom | undefined {
  return useContext(ClassroomContext);
}

/** Read classroom state (call only below a component that checked useClassroom()). */
export function useClassroomState<T>(classroom: Classroom, selector: (s: ClassroomState) => T): T {
  return useStore(classroom.store, useShallow(selector));
}
