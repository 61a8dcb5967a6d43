/** The wire desk's UI: mount `<WireDesk />` at /admin/wire, and the alerts banner where it helps. */
export { WireDesk, type WireDeskProps } from './WireDesk.js';
export { WireAlertsBanner, type WireAlertsBannerProps } from './WireAlertsBanner.js';
