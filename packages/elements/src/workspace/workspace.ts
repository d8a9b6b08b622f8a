// The agent's workspace in one bundle, `dist/workspace.js`, apart from `signport.js`: pages that
// show clients, tasks, plans and credits load it; signing and portal pages do not pay for it.
export { ClientListElement } from '../client-list/client-list.js';
export { ClientDetail } from '../client-detail/client-detail.js';
export { TaskListElement } from '../task-list/task-list.js';
export { PlanEditor } from '../plan-editor/plan-editor.js';
export { UsageMeter } from '../usage-meter/usage-meter.js';
