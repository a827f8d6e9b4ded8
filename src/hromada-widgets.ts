// Entry of the one-file script (dist/hromada-widgets.js): everything in index.ts,
// exposed as window.hromadaWidgets instead of as module exports.
import './index.js';
