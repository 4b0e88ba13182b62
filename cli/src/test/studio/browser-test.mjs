// SPDX-License-Identifier: Apache-2.0
// Drives i2ckit fan studio in Debian's headless Chromium, as a person would: types a message,
// checks the capacity and the previews, marks an unknown character with the CLI's words, draws
// that character in the glyph editor, programs the simulated fan and compares its EEPROM with
// what 'i2ckit fan encode' makes; then checks that a studio listening beyond localhost refuses
// requests without its token. Usage: node browser-test.mjs JAR OUTDIR
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [jar, outDir] = process.argv.slice(2);
const home = mkdtempSync(join(tmpdir(), 'studio-test-'));
const env = {
  ...process.env, HOME: home, I2CKIT_SIM_DIR: join(home, 'sim'), I2CKIT_BACKUP_DIR: join(home, 'backups'),
  XDG_CONFIG_HOME: join(home, 'config'), XDG_STATE_HOME: join(home, 'state'),
};
let passed = 0;
const failures = [];
function check(what, ok, detail = '') {
  if (ok) { passed++; } else { failures.push(what + (detail ? ': ' + detail : '')); }
  console.log((ok ? 'ok   ' : 'FAIL ') + what + (ok || !detail ? '' : ' (' + detail + ')'));
}
const i2ckit = (...args) => execFileSync('java', ['-jar', jar, ...args], { env });

function studio(listen) {
  return new Promise((resolve, reject) => {
    const p = spawn('java', ['-jar', jar, 'fan', 'studio', '--listen', listen], { env });
    let out = '';
    const timer = setTimeout(() => reject(new Error('the studio printed no URL in 60 s: ' + out)), 60000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/open (http:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve({ process: p, url: m[1] }); }
    });
    p.stderr.on('data', (d) => { out += d; });
    p.on('exit', (code) => reject(new Error('the studio ended (' + code + '): ' + out)));
  });
}

const local = await studio('127.0.0.1:0');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(local.url);
  await page.waitForFunction(() => document.getElementById('where').dataset.simulated === 'true');
  check('the page says it works on the simulated fan', (await page.textContent('#where')).includes('simulated fan'));

  await page.fill('input[aria-label="string 1"]', 'Talita, eu te amo');
  await page.click('#add');
  await page.fill('input[aria-label="string 2"]', 'muito ♥');
  await page.waitForFunction(() => document.getElementById('capacity').textContent.includes('123 of 512'));
  check('capacity as the CLI counts it', (await page.textContent('#capacity')) === '123 of 512 bytes used, 389 free');
  check('a flat preview per string', (await page.locator('#flat canvas').count()) === 2);
  const red = await page.evaluate(() => {
    const c = document.getElementById('fan');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 1] < 90) n++;
    return n;
  });
  check('the spinning fan shows lit LEDs', red > 200, red + ' red pixels');

  await page.fill('input[aria-label="string 2"]', 'muito ∑');
  await page.waitForSelector('#marks1 .missing');
  check('an unknown character is marked where it is', (await page.textContent('#marks1 .missing')) === '∑');
  const error = await page.textContent('#error');
  check('with the CLI\'s words', error.startsWith('1 character is not in the font: string 2 ("muito ∑") character 7 \'∑\' (U+2211)'), error);

  await page.fill('#glyphChar', '∑');
  for (const [row, col] of [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [1, 1], [2, 2], [3, 3], [4, 2], [5, 1],
    [6, 0], [6, 1], [6, 2], [6, 3], [6, 4]]) {
    await page.click(`#grid button[data-row="${row}"][data-col="${col}"]`);
  }
  await page.click('#saveGlyph');
  await page.waitForFunction(() => document.getElementById('glyphResult').textContent.startsWith('Saved'));
  const fontFile = join(home, 'config', 'i2ckit', 'font.txt');
  const font = existsSync(fontFile) ? readFileSync(fontFile, 'utf8') : '';
  check('the glyph is in the user\'s font file', font.includes('char ∑\n#####\n.#...\n..#..\n...#.\n..#..\n.#...\n#####\n'), font);
  await page.waitForFunction(() => document.getElementById('error').textContent === '');
  check('and the page uses it at once', (await page.locator('#marks1 .missing').count()) === 0);

  await page.click('#program');
  await page.waitForFunction(() => document.getElementById('result').textContent.includes('verified'), null, { timeout: 60000 });
  check('Program reports the verified write', (await page.textContent('#result')).includes('Saved the current contents'));
  i2ckit('eeprom', 'read', '--bus', 'sim', '-o', join(home, 'chip.bin'));
  const chip = readFileSync(join(home, 'chip.bin'));
  const encoded = i2ckit('fan', 'encode', 'Talita, eu te amo', 'muito ∑');
  check('the EEPROM holds exactly what fan encode makes (the CLI reads the new glyph too)',
    Buffer.compare(chip.subarray(0, encoded.length), encoded) === 0 && encoded.length === 123);
  await page.click('#refresh');
  await page.waitForSelector('#backups li');
  check('the backups are listed with Restore', (await page.locator('#backups li button').count()) >= 1);
  check('no script errors', errors.length === 0, errors.join('; '));
  await page.screenshot({ path: join(outDir, 'studio.png'), fullPage: true });
} finally {
  await browser.close();
  local.process.kill();
}

const wide = await studio('0.0.0.0:0');
try {
  const port = new URL(wide.url).port;
  const token = new URL(wide.url).searchParams.get('token');
  const bare = await fetch(`http://127.0.0.1:${port}/api/state`);
  check('beyond localhost, a request without the token is refused', bare.status === 403, String(bare.status));
  const page = await fetch(`http://127.0.0.1:${port}/?token=${token}`);
  check('and the printed URL opens the page', page.status === 200, String(page.status));
} finally {
  wide.process.kill();
}
console.log(`studio browser test: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
