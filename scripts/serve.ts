/**
 * Serves a folder on 127.0.0.1 (the built add-in for `npm run preview` and the end-to-end tests).
 *   node build/scripts/serve.js dist [port]
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, Server } from "http";
import { extname, join, normalize } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".map": "application/json",
};

export function serve(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path === "/" ? "preview.html" : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const a = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof a === "object" && a ? a.port : port}/` });
    }),
  );
}

if (require.main === module) {
  const root = join(process.cwd(), process.argv[2] ?? "dist");
  void serve(root, Number(process.argv[3] ?? 3001)).then(({ url }) =>
    console.log(`Xem thử ngăn tác vụ (không cần Excel): ${url}preview.html   (Ctrl+C để dừng)`),
  );
}
