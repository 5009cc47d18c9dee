// A real outside client: the `ws` package joins a Yardmaster chat room (CONTRACT.md) served by
// `yardmaster serve`, and checks presence, broadcast and the not-joined error.
//   node chat-with-ws.js YARDMASTER PROJECT
// Exit 0 on success, 1 on failure, 77 (skipped) when the ws package is not installed.
'use strict';
const { spawn } = require('child_process');
let WebSocket;
try {
  WebSocket = require('ws');
} catch {
  console.log('ws is not installed (npm install in this folder); skipping');
  process.exit(77);
}

const [exe, project] = process.argv.slice(2);
const server = spawn(exe, ['serve', project, '--port', '0', '--log-db', '/dev/null/none'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
const fail = (why) => {
  console.error('FAIL:', why);
  server.kill('SIGTERM');
  process.exit(1);
};
setTimeout(() => fail('timed out'), 15000);

const client = (url) =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.frames = [];
    ws.waiters = [];
    ws.on('message', (data) => {
      ws.frames.push(JSON.parse(data.toString()));
      ws.waiters.splice(0).forEach((w) => w());
    });
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
// Resolves with the first frame (already received or coming) matching `predicate`.
const frame = (ws, predicate) =>
  new Promise((resolve) => {
    const look = () => {
      const found = ws.frames.find(predicate);
      if (found) resolve(found);
      else ws.waiters.push(look);
    };
    look();
  });

server.stdout.on('data', async (chunk) => {
  const match = /listening web (http:\/\/\S+)/.exec(chunk.toString());
  if (!match) return;
  try {
    const url = match[1].replace('http://', 'ws://') + '/chat';
    const ada = await client(url);
    const bob = await client(url);
    ada.send(JSON.stringify({ type: 'message', room: 'lobby', text: 'too early' }));
    const error = await frame(ada, (f) => f.type === 'error');
    if (error.code !== 'not-joined') fail(`expected not-joined, got ${error.code}`);
    ada.send(JSON.stringify({ type: 'join', room: 'lobby', user: 'ada' }));
    await frame(ada, (f) => f.type === 'joined' && f.room === 'lobby');
    bob.send(JSON.stringify({ type: 'join', room: 'lobby', user: 'bob' }));
    const joined = await frame(bob, (f) => f.type === 'joined');
    if (!joined.members.includes('ada') || !joined.members.includes('bob'))
      fail(`members: ${JSON.stringify(joined.members)}`);
    await frame(ada, (f) => f.type === 'user-joined' && f.user === 'bob');
    bob.send(JSON.stringify({ type: 'message', room: 'lobby', text: 'hello from ws' }));
    for (const ws of [ada, bob]) {
      const message = await frame(ws, (f) => f.type === 'message');
      if (message.text !== 'hello from ws' || message.user !== 'bob' || typeof message.id !== 'number')
        fail(`message: ${JSON.stringify(message)}`);
    }
    bob.close();
    await frame(ada, (f) => f.type === 'user-left' && f.user === 'bob');
    ada.close();
    server.kill('SIGTERM');
    server.on('exit', (code) => process.exit(code === 0 ? 0 : 1));
  } catch (e) {
    fail(e.message);
  }
});
