// The rollout guarantees under random user actions, in realistic timing (pull times, grace periods, jitter).
import { defineRolloutProperties } from '../fixtures/rolloutProperties';

defineRolloutProperties('realistic', { kind: 'realistic' }, 400);
