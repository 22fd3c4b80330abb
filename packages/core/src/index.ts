export { createHeed } from './createHeed.js';
export { resolveConfig } from './config/resolveConfig.js';
export { defineDetector } from './detectors/defineDetector.js';
export { builtInDetectors } from './detectors/builtInDetectors.js';

export type { CreateHeedOptions } from './createHeed.js';
export type { ResolvedConfigResult } from './config/resolveConfig.js';
export type { ConfigProblem } from './config/validate.js';
export type {
  HeedConfig,
  ResolvedConfig,
  SignalsConfig,
  SearchSignalConfig,
  PageRule,
  PolicyConfig,
  ArticleConfig,
  ExpertConfig,
  ChatConfig,
  UiConfig,
  PrivacyConfig,
  GoalConfig,
  AnalyticsConfig,
} from './config/configTypes.js';
export type { Detector, DetectorContext, EmitOptions } from './detectors/defineDetector.js';
export type {
  Heed,
  HeedEvents,
  HeedState,
  NeedState,
  NeedLevel,
  SignalEvent,
  SignalType,
  BuiltInSignalType,
  OfferEvent,
  SuppressEvent,
  DismissEvent,
  AcceptEvent,
  PanelEvent,
  PanelView,
  ErrorEvent,
  PageEvent,
  Preferences,
  ProactivePreference,
  GoalEvent,
  Stamped,
  Group,
} from './types.js';
