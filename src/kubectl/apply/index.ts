// What `kubectl apply -f` computes client-side (client-side apply): the last-applied annotation, the
// three-way strategic merge patch, and the create / patch / unchanged decision.
export {
  LAST_APPLIED_ANNOTATION,
  lastAppliedAnnotation,
  marshalUnstructured,
  modifiedConfiguration,
  originalConfiguration,
  withNamespace,
} from './lastApplied';
export { createThreeWayMergePatch, type ThreeWayResult } from './threeWay';
export { applyDecision, missingAnnotationWarning, type ApplyDecision, type ApplyOptions } from './decision';
