import '@lacnic/anniversary-widgets/timeline';
import type { LacnicTimeline } from '@lacnic/anniversary-widgets/timeline';

// HTMLElementTagNameMap knows the tag: this is typed LacnicTimeline without a cast.
const timeline = document.createElement('lacnic-timeline');
const typed: LacnicTimeline = timeline;
typed.view = 'list';
timeline.addEventListener('lacnic-milestone-select', (e) => console.log(e.detail.id));
document.querySelector('#app')!.append(timeline);
