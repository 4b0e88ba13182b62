// SPDX-License-Identifier: Apache-2.0
// i2ckit fan studio: the messages, their previews, the spinning fan, the glyph editor.
'use strict';

const token = new URLSearchParams(location.search).get('token') || '';
const $ = (id) => document.getElementById(id);
let glyphs = {};
let strings = ['Hello!'];
let timer = null;

async function get(path) {
  const r = await fetch(path);
  return { status: r.status, body: await r.json() };
}

async function post(path, params) {
  const r = await fetch(path, {
    method: 'POST',
    headers: { 'X-I2ckit-Token': token, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: params.toString(),
  });
  let body;
  try { body = await r.json(); } catch (e) { body = { error: r.status === 403 ? 'open the URL the studio printed: it carries the token' : 'HTTP ' + r.status }; }
  return { status: r.status, body };
}

function stringParams() {
  const p = new URLSearchParams();
  strings.forEach((s) => p.append('s', s));
  return p;
}

async function loadState() {
  const { body } = await get('/api/state');
  glyphs = body.glyphs;
  const where = $('where');
  where.textContent = body.simulated
    ? 'No dev board here: this is the simulated fan (bus sim). Profile ' + body.profile.name + ', ' + body.profile.memory + ' bytes.'
    : 'Fan on bus ' + body.bus + '. Profile ' + body.profile.name + ', ' + body.profile.memory + ' bytes.';
  where.className = body.simulated ? 'sim' : '';
  const p = body.profile;
  $('limits').textContent = 'The memory holds ' + p.memory + ' bytes (each character takes 5, each string 1 more)' +
    (p.maxStrings > 0 ? '; ' + p.maxStrings + ' strings of ' + p.maxCharacters + ' characters come from ' +
      p.limitsSource + ': going past them warns.' : '.');
  where.dataset.simulated = body.simulated;
}

function renderInputs() {
  const box = $('strings');
  box.textContent = '';
  strings.forEach((s, i) => {
    const row = document.createElement('div');
    row.className = 'row';
    const input = document.createElement('input');
    input.value = s;
    input.setAttribute('aria-label', 'string ' + (i + 1));
    input.dataset.index = i;
    input.addEventListener('input', () => { strings[i] = input.value; schedule(); });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '✕';
    remove.title = 'remove this string';
    remove.addEventListener('click', () => { strings.splice(i, 1); renderInputs(); schedule(); });
    row.append(input, remove);
    const marks = document.createElement('div');
    marks.className = 'marks';
    marks.id = 'marks' + i;
    box.append(row, marks);
  });
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

async function update() {
  const { status, body } = await post('/api/encode', stringParams());
  if (status !== 200) {
    $('error').textContent = body.error;
    return;
  }
  $('capacity').textContent = body.ok ? body.line : body.used + ' of ' + body.capacity + ' bytes';
  $('capacity').dataset.used = body.used;
  $('error').textContent = body.ok ? '' : body.error;
  const w = $('warnings');
  w.textContent = '';
  body.warnings.forEach((t) => { const li = document.createElement('li'); li.textContent = t; w.append(li); });
  strings.forEach((s, i) => {
    const marks = $('marks' + i);
    if (!marks) return;
    marks.textContent = '';
    const bad = new Set(body.missing.filter((m) => m.string === i).map((m) => m.index));
    [...s].forEach((c, k) => {
      const span = document.createElement('span');
      span.textContent = c;
      if (bad.has(k)) { span.className = 'missing'; span.title = 'not in the font'; }
      marks.append(span);
    });
  });
  renderFlat();
}

function lit(c, row, col) {
  const g = glyphs[c];
  return g ? g[row][col] === '#' : false;
}

function renderFlat() {
  const box = $('flat');
  box.textContent = '';
  strings.forEach((s) => {
    const chars = [...s];
    const pitch = 6;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, chars.length * 6 - 1) * pitch + 4;
    canvas.height = 7 * pitch + 4;
    const g = canvas.getContext('2d');
    chars.forEach((c, k) => {
      for (let col = 0; col < 5; col++) {
        for (let row = 0; row < 7; row++) {
          g.fillStyle = lit(c, row, col) ? '#ff3020' : '#2c1e1e';
          g.beginPath();
          g.arc(2 + (k * 6 + col + 0.5) * pitch, 2 + (row + 0.5) * pitch, pitch * 0.38, 0, 2 * Math.PI);
          g.fill();
        }
      }
    });
    box.append(canvas);
  });
}

function drawFan(t) {
  const canvas = $('fan');
  const g = canvas.getContext('2d');
  const c = canvas.width / 2;
  const tip = 160;
  const step = 10;
  g.fillStyle = '#15151b';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#1d1d26';
  g.beginPath();
  g.arc(c, c, tip + 8, 0, 2 * Math.PI);
  g.fill();
  const shown = strings.filter((s) => s.length > 0);
  if (shown.length > 0) {
    const chars = [...shown[Math.floor(t / 2500) % shown.length]];
    const columns = Math.max(1, chars.length * 6 - 1);
    const da = Math.min(step / (tip - 3 * step), (300 * Math.PI / 180) / columns);
    g.fillStyle = '#ff3020';
    chars.forEach((ch, k) => {
      for (let col = 0; col < 5; col++) {
        const a = (k * 6 + col - (columns - 1) / 2) * da;
        for (let row = 0; row < 7; row++) {
          if (!lit(ch, row, col)) continue;
          const r = tip - row * step;
          g.beginPath();
          g.arc(c + r * Math.sin(a), c - r * Math.cos(a), Math.min(step, r * da) * 0.4, 0, 2 * Math.PI);
          g.fill();
        }
      }
    });
  }
  const blade = t / 120;
  g.strokeStyle = '#5a5a66';
  g.lineWidth = 9;
  g.lineCap = 'round';
  g.beginPath();
  g.moveTo(c - Math.sin(blade) * 40, c + Math.cos(blade) * 40);
  g.lineTo(c + Math.sin(blade) * (tip + 4), c - Math.cos(blade) * (tip + 4));
  g.stroke();
  g.fillStyle = '#8c8c96';
  g.beginPath();
  g.arc(c, c, 11, 0, 2 * Math.PI);
  g.fill();
  requestAnimationFrame(drawFan);
}

function show(body) {
  $('result').textContent = body.error ? 'Error: ' + body.error : body.output;
  $('result').dataset.ok = body.ok === true;
}

async function readFan() {
  const { body } = await get('/api/read');
  if (body.error) { $('result').textContent = body.error; return; }
  strings = body.strings.length ? body.strings : [''];
  $('result').textContent = 'The fan says ' + body.strings.length + ' string(s)' +
    (body.unknowns.length ? '; glyphs not in the font: ' + body.unknowns.join('; ') : '');
  renderInputs();
  update();
}

async function program() {
  $('result').textContent = 'Programming…';
  const { body } = await post('/api/program', stringParams());
  show(body);
  refreshBackups();
}

async function refreshBackups() {
  const { body } = await get('/api/backups');
  const list = $('backups');
  list.textContent = '';
  body.forEach((b) => {
    const li = document.createElement('li');
    const name = b.file.split('/').pop();
    li.textContent = name + ': ' + b.what + (b.plain ? ' (a plain restore puts this back) ' : ' ');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Restore';
    button.addEventListener('click', async () => {
      const p = new URLSearchParams();
      p.append('file', b.file);
      const { body: r } = await post('/api/restore', p);
      show(r);
      refreshBackups();
    });
    li.append(button);
    list.append(li);
  });
}

function buildGrid() {
  const grid = $('grid');
  for (let row = 0; row < 7; row++) {
    for (let col = 0; col < 5; col++) {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.row = row;
      b.dataset.col = col;
      b.setAttribute('aria-label', 'row ' + (row + 1) + ', column ' + (col + 1));
      b.addEventListener('click', () => b.classList.toggle('lit'));
      grid.append(b);
    }
  }
}

function loadGlyph() {
  const c = [...$('glyphChar').value][0];
  $('grid').querySelectorAll('button').forEach((b) => {
    b.classList.toggle('lit', c !== undefined && lit(c, +b.dataset.row, +b.dataset.col));
  });
}

async function saveGlyph() {
  const c = [...$('glyphChar').value][0];
  if (c === undefined) { $('glyphResult').textContent = 'Type the character first.'; return; }
  const p = new URLSearchParams();
  p.append('char', c);
  for (let row = 0; row < 7; row++) {
    let r = '';
    for (let col = 0; col < 5; col++) {
      r += $('grid').querySelector('[data-row="' + row + '"][data-col="' + col + '"]').classList.contains('lit') ? '#' : '.';
    }
    p.append('row', r);
  }
  const { body } = await post('/api/glyph', p);
  $('glyphResult').textContent = body.ok ? 'Saved in ' + body.fontFile + '; the CLI uses it too.' : 'Error: ' + body.error;
  await loadState();
  update();
}

async function start() {
  await loadState();
  renderInputs();
  buildGrid();
  $('add').addEventListener('click', () => { strings.push(''); renderInputs(); schedule(); });
  $('read').addEventListener('click', readFan);
  $('program').addEventListener('click', program);
  $('refresh').addEventListener('click', refreshBackups);
  $('load').addEventListener('click', loadGlyph);
  $('saveGlyph').addEventListener('click', saveGlyph);
  update();
  refreshBackups();
  requestAnimationFrame(drawFan);
}

start();
