// Opens N idle WebSocket connections to ws://127.0.0.1:PORT/chat and holds them.
const WebSocket = require(process.env.YARD_BENCH_DIR + '/node_modules/ws');
const [port, n] = [process.argv[2], +process.argv[3]];
let open = 0, failed = 0;
const sockets = [];
function next(i) {
  if (i >= n) return;
  const ws = new WebSocket(`ws://127.0.0.1:${port}/chat`);
  ws.on('open', () => { open++; if (open + failed === n) console.log(`open=${open} failed=${failed}`); });
  ws.on('error', () => { failed++; if (open + failed === n) console.log(`open=${open} failed=${failed}`); });
  sockets.push(ws);
  if (i % 200 === 199) setTimeout(() => next(i + 1), 20); else next(i + 1);
}
next(0);
setTimeout(() => process.exit(0), 60000);
