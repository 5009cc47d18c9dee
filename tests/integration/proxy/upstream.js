// The upstream for tst_proxy: a plain node http server, like the dev servers Yardmaster fronts.
// Prints "ready PORT" once listening on 127.0.0.1; exits when stdin closes.
'use strict';
const http = require('http');
const crypto = require('crypto');

function pattern(size) {
  const block = Buffer.alloc(64 * 1024);
  for (let i = 0; i < block.length; ++i) block[i] = (i * 7) & 0xff;
  return size <= block.length ? block.subarray(0, size) : block;
}

// Streams `total` bytes of the pattern, waiting for 'drain': a slow reader slows us down.
function stream(res, total) {
  const block = pattern(64 * 1024);
  let left = total;
  const pump = () => {
    while (left > 0) {
      const piece = left >= block.length ? block : block.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://upstream');
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  req.on('data', (d) => { bytes += d.length; hash.update(d); });
  req.on('end', () => {
    switch (url.pathname.replace(/^\/base/, '')) {
    case '/echo':
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({
        method: req.method, url: req.url, bytes, sha256: hash.digest('hex'),
        headers: req.headers, remotePort: req.socket.remotePort,
        chunked: req.headers['transfer-encoding'] === 'chunked',
      }));
      return;
    case '/length': {
      const n = Number(url.searchParams.get('n'));
      res.setHeader('Content-Length', n);
      stream(res, n);
      return;
    }
    case '/chunked':
      stream(res, Number(url.searchParams.get('n')));
      return;
    case '/sse': {
      res.writeHead(200, {'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache'});
      let id = 0;
      const timer = setInterval(() => {
        res.write(`id: ${++id}\ndata: ${Date.now()}\n\n`);
        if (id === 5) { clearInterval(timer); res.end(); }
      }, 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/cut': // promises 1000 bytes, sends 10, then drops the connection
      res.writeHead(200, {'Content-Length': 1000});
      res.write('0123456789', () => setTimeout(() => req.socket.destroy(), 50));
      return;
    case '/stall':
      return; // never answers
    default:
      res.statusCode = 404;
      res.end('no such upstream path\n');
    }
  });
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
