import asyncio
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import Pool

REQUESTS = 20
LATENCY = 0.05  # seconds each response waits: it stands for the network
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy


class SlowServer(ThreadingHTTPServer):
    request_queue_size = 64  # every connection at once (before 3.15 the default is 5)


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(LATENCY)
        body = f"body of {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # no line on stderr per request


def fetch(url):
    with DIRECT.open(url, timeout=10) as response:  # a timeout: never wait for ever
        return response.read()


async def fetch_async(host, port, path):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())
    response = await asyncio.wait_for(reader.read(), timeout=10)  # HTTP/1.0: to EOF
    writer.close()
    await writer.wait_closed()
    status, _, rest = response.partition(b"\r\n")
    assert status.split()[1] == b"200", status
    return rest.partition(b"\r\n\r\n")[2]  # the body, after the headers


async def fetch_all(host, port, paths):
    return await asyncio.gather(*(fetch_async(host, port, p) for p in paths))


if __name__ == "__main__":
    with Pool(4) as pool:  # first: its workers start before this program has threads
        server = SlowServer(("127.0.0.1", 0), SlowHandler)  # port 0: any free port
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.server_address
        paths = [f"/item/{i}" for i in range(REQUESTS)]
        urls = [f"http://{host}:{port}{path}" for path in paths]

        bodies = {"loop": [fetch(url) for url in urls]}
        with ThreadPoolExecutor(max_workers=REQUESTS) as threads:
            bodies["threads"] = list(threads.map(fetch, urls))
        bodies["asyncio"] = asyncio.run(fetch_all(host, port, paths))
        bodies["processes"] = pool.map(fetch, urls)
        server.shutdown()
        server.server_close()

    expected = [f"body of {path}".encode() for path in paths]
    for way, got in bodies.items():
        right = sum(body == want for body, want in zip(got, expected))
        print(f"{way:>9}: {right}/{REQUESTS} responses correct")
    same = all(got == bodies["loop"] for got in bodies.values())
    print("All four ways, the same bodies in the same order:", same)
