// Finds a Chrome or Chromium for the tests and benchmarks. On Debian/Ubuntu as
// root with none installed, installs Debian's chromium package; elsewhere says how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for running Chromium headless on a locked-down machine (root, no network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Tests run several pages at once; background pages must keep full-speed timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

async function installedByChromeLauncher() {
  try {
    const { Launcher } = await import('chrome-launcher');
    return Launcher.getInstallations().find((candidate) => existsSync(candidate));
  } catch {
    return undefined;
  }
}

export async function findBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  return KNOWN_PATHS.find((candidate) => existsSync(candidate)) ?? (await installedByChromeLauncher());
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return process.platform === 'linux' && isRoot && hasApt;
}

/** Returns a browser's path, installing Debian's chromium if that is possible and needed. */
export async function ensureBrowser() {
  const found = await findBrowser();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium package (apt-get, ~20 s)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = await findBrowser();
    if (install && install.status === 0 && installed) return installed;
  }
  throw new Error(
    [
      'No Chrome or Chromium was found, and none could be installed here.',
      'Install one, then run the command again:',
      '  Debian/Ubuntu: sudo apt-get install chromium   (or: sudo apt-get install chromium-browser)',
      '  macOS:         brew install --cask chromium   (or install Google Chrome)',
      '  Windows:       install Google Chrome',
      'or point CHROME_PATH at a Chrome/Chromium executable: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}
