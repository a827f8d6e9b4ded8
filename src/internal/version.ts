// The package version, compared when two copies of the widgets meet on one page.
// scripts/build.mjs checks that it matches package.json.
export const VERSION = '0.1.0';
