export { LacnicTimeline } from './timeline.js';
export type { TimelineView, MilestoneSelectDetail } from './timeline.js';
export { LACNIC_MILESTONES } from './milestones.js';
export { CATEGORIES } from './types.js';
export type { Milestone, MilestoneItem, MilestoneCategory, LocalText, Precision } from './types.js';
export { validateMilestones, milestonesFromCsv, milestonesFromMarkup, parseDate } from './validate.js';
export { formatMilestoneDate } from './format.js';
