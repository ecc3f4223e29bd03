// The rollout guarantees under random user actions, in the conformance traces' fixed:5 timing.
import { defineRolloutProperties } from '../fixtures/rolloutProperties';

defineRolloutProperties('fixed:5', { kind: 'fixed', readyDelayMs: 5000 }, 1000);
