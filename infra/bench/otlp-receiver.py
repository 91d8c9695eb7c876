#!/usr/bin/env python3
"""An OpenTelemetry collector's front door for the traces check: takes OTLP/HTTP exports (POST /v1/traces,
protobuf), keeps each body as a file in DIR, and answers as a collector does (200, an empty export response).

    python3 infra/bench/otlp-receiver.py PORT DIR
"""
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, directory = int(sys.argv[1]), sys.argv[2]
os.makedirs(directory, exist_ok=True)
counter = iter(range(1, 1_000_000))
lock = threading.Lock()


class Collector(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with lock:
            name = "%s-%06d.bin" % (self.path.strip("/").replace("/", "-"), next(counter))
        with open(os.path.join(directory, name), "wb") as out:
            out.write(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Collector).serve_forever()
